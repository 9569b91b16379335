/**
 * The facts an archive reads from the library's clusters (both faces), by their shape: the plan's broker kind, the
 * planned topic catalog with each topic's `retention.ms`, and the cluster's `log.retention.*` default. Read
 * structurally, so lib/pipelines imports no target.
 */
import type { TopicPlan } from '../../core/catalog/types';
import type { ArchivalClusterFacts, ArchivalClusterKind } from './spec';

/** The part of a library cluster's plan an archive reads. */
export interface ArchivableClusterPlan {
  /**
   * `express` or `standard` (MSK Provisioned), `serverless` (MSK Serverless).
   * @default - none: a self-managed cluster
   */
  readonly kind?: string;
  readonly clusterName: string;
  /**
   * The broker configuration (MSK Provisioned).
   * @default - none: Kafka's default retention applies
   */
  readonly configuration?: { readonly serverProperties: string };
  /**
   * Client authentication of an MSK Provisioned cluster (MSK Connect needs IAM).
   * @default - none: a cluster without IAM
   */
  readonly auth?: { readonly iam: boolean };
  /**
   * Broker count (MSK Provisioned): caps the replication factor of a topic the archive creates.
   * @default - none: 3 is assumed
   */
  readonly brokerNodes?: number;
}

const KINDS: Readonly<Record<string, ArchivalClusterKind>> = { express: 'msk-express', standard: 'msk-standard', serverless: 'msk-serverless' };

const HOUR_MS = 3_600_000;

/** Hours of a `retention.ms` value; `-1` is unlimited. */
function hoursOfMs(ms: string): number | 'unlimited' | undefined {
  const n = Number(ms);
  if (!Number.isFinite(n)) return undefined;
  return n < 0 ? 'unlimited' : n / HOUR_MS;
}

/** The cluster's `log.retention.ms` / `log.retention.hours` (Kafka reads ms first, then hours). */
export function brokerRetentionHours(serverProperties: string): number | undefined {
  const props = new Map(serverProperties.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).map((l) => {
    const i = l.indexOf('=');
    return [l.slice(0, i).trim(), l.slice(i + 1).trim()] as const;
  }));
  const ms = props.get('log.retention.ms');
  if (ms !== undefined) {
    const h = hoursOfMs(ms);
    return h === 'unlimited' ? undefined : h;
  }
  const hours = props.get('log.retention.hours');
  return hours !== undefined && Number.isFinite(Number(hours)) ? Number(hours) : undefined;
}

/** Facts of a cluster of this library (its plan) and its planned topics. */
export function archivalFactsOf(plan: ArchivableClusterPlan, topics: readonly TopicPlan[]): ArchivalClusterFacts {
  const defaultRetentionHours = plan.configuration ? brokerRetentionHours(plan.configuration.serverProperties) : undefined;
  return {
    kind: (plan.kind !== undefined ? KINDS[plan.kind] : undefined) ?? 'self-managed',
    clusterName: plan.clusterName,
    catalog: topics.map((t) => {
      const retention = t.configs['retention.ms'] !== undefined ? hoursOfMs(t.configs['retention.ms']) : undefined;
      return { name: t.name, ...(retention !== undefined ? { retentionHours: retention } : {}) };
    }),
    ...(defaultRetentionHours !== undefined ? { defaultRetentionHours } : {}),
    ...(plan.auth !== undefined && typeof plan.auth.iam === 'boolean' ? { iamAuth: plan.auth.iam } : {}),
    ...(typeof plan.brokerNodes === 'number' ? { brokerNodes: plan.brokerNodes } : {}),
  };
}
