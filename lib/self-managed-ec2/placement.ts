/**
 * Node placement is keyed by AZ name, not by the position of a name in `availabilityZones`: the plan places nodes
 * over the names in sorted order, so reordering the list changes no node's AZ, volume or subnet. Lists that were
 * already sorted (every shipped example) keep exactly the placement they had when placement followed the list.
 */
import type { Issue } from '../core/issues';

/** `azs` sorted by name; kept as given when any name is a deploy-time value (its name is unknown at synth time). */
export function placementOrder<T>(azs: readonly T[], isUnknown: (v: unknown) => boolean): T[] {
  if (azs.some((az) => typeof az !== 'string' || isUnknown(az))) return [...azs];
  return [...azs].sort((a, b) => ((a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0));
}

/** The index of `az` in `listed` (the user's order), e.g. to pick the user's subnet for a node placed in `az`. */
export function listedIndex<T>(listed: readonly T[], az: T): number {
  const i = listed.indexOf(az);
  if (i < 0) throw new Error(`placement: ${String(az)} is not one of the listed availability zones`);
  return i;
}

/**
 * A node whose deployed volume is in another AZ than the plan now puts it: an AZ that holds nodes was removed (or the
 * broker AZ count changed), which would move the node to an empty volume. Refused before anything is replaced.
 */
export function nodeMovedIssues(node: string, deployedAz: string | undefined, plannedAz: string): Issue[] {
  if (deployedAz === undefined || deployedAz === plannedAz) return [];
  return [{
    code: 'self-managed/node-az-removed',
    path: 'availabilityZones',
    severity: 'error',
    message: `\`availabilityZones\` must keep ${deployedAz} while ${node} lives there (its data volume is in ${deployedAz}), got: a plan that moves it to ${plannedAz}. `
      + `Put ${deployedAz} back (and the broker AZ count), or first move ${node}'s partitions away and retire the node (docs/self-managed-ec2.md, "Placement").`,
  }];
}
