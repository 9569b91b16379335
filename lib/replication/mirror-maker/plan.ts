import { neverUnknown, type IsUnknown } from '../../core';
import type { MirrorMaker2Plan } from './plan-types';
import type { MirrorMaker2Spec } from './spec';

/** Validates a MirrorMaker 2 deployment and decides everything both faces need; throws one KafkaValidationError. */
export function planMirrorMaker2(spec: MirrorMaker2Spec, isUnknown: IsUnknown = neverUnknown): MirrorMaker2Plan {
  void spec; void isUnknown;
  throw new Error('not implemented yet');
}
