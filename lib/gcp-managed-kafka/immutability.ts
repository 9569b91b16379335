/**
 * Deploy-time checks of immutable settings. A plan only sees the desired state, so the Pulumi face registers the
 * cluster with `ignoreChanges` on the key (and topics on the replication factor), which keeps the deployed value
 * in the resource's outputs, and runs these pure comparisons on those outputs: a change fails the preview and
 * the update before the service is asked to replace anything.
 */
import { IssueCollector, type Issue } from '../core';

/** A refused change of the cluster's key; none when `deployed` is unknown or empty (a cluster being created). */
export function kmsKeyChangeIssues(desired: string, deployed: string | undefined): Issue[] {
  const c = new IssueCollector();
  if (deployed && desired && deployed.trim() !== desired.trim()) {
    c.error('gcp-kafka/kms-key-change', 'encryptionKey', `stay ${JSON.stringify(deployed)} (a cluster's key is fixed at creation)`, desired,
      'Restore the previous key, or set `acceptReplacementOnKeyChange: true` and `protect: false` to delete and re-create the cluster (every message is lost).');
  }
  return [...c.issues];
}

/** A refused change of a topic's replication factor. */
export function replicationFactorChangeIssues(index: number, desired: number, deployed: number | undefined): Issue[] {
  const c = new IssueCollector();
  if (deployed !== undefined && deployed !== null && Number(deployed) !== desired) {
    c.error('gcp-kafka/replication-factor-change', `topics[${index}].replicationFactor`, `stay ${deployed} (a topic's replication factor is immutable here)`, desired,
      `Restore ${deployed}, or create a new topic with the new replication factor and migrate producers and consumers to it.`);
  }
  return [...c.issues];
}
