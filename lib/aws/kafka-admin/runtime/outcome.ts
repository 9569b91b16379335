/**
 * What leaves the admin function: log lines and the custom resource's response data, scrubbed of every secret value
 * the function read, and small (a CloudFormation response holds at most 4 KiB).
 */
import type { KafkaCatalogPlan } from '../../../core/catalog/types';
import type { ReconcileSummary } from '../reconcile';

/** Replaces every registered secret value in a message. */
export class Scrubber {
  private readonly secrets: string[] = [];

  /** Registers a value (ignored when empty or very short, which would garble messages) and returns it. */
  add<T extends string | undefined>(value: T): T {
    if (value && value.length >= 6 && !this.secrets.includes(value)) this.secrets.push(value);
    return value;
  }

  clean(message: string): string {
    // Longest first, so that a secret containing another is replaced whole.
    return [...this.secrets].sort((a, b) => b.length - a.length).reduce((m, s) => m.split(s).join('[redacted]'), message);
  }
}

/** Whether deleting a catalog has anything to do on the cluster (topics that opted in, ACLs, quotas). */
export function needsCluster(previous: KafkaCatalogPlan): boolean {
  return previous.topics.some((t) => t.deleteOnRemoval) || previous.acls.length > 0 || previous.quotas.length > 0;
}

/** Counts only: names could exceed the response's 4 KiB. */
export function summaryData(s: ReconcileSummary | Record<string, never>): Record<string, string> {
  if (!('created' in s)) return {};
  return {
    TopicsCreated: String(s.created.length), TopicsAdopted: String(s.adopted.length), TopicsGrown: String(s.grown.length),
    TopicsAltered: String(s.altered.length), TopicsDeleted: String(s.deleted.length), TopicsRetained: String(s.retained.length),
    AclsCreated: String(s.aclsCreated), AclsDeleted: String(s.aclsDeleted), QuotasAltered: String(s.quotasAltered.length),
  };
}
