import type { MirrorMaker2Plan } from '../plan-types';

export function renderMirrorMakerProperties(plan: MirrorMaker2Plan): string {
  return `clusters=${plan.clusters.map((c) => c.alias).join(',')}\n`;
}
