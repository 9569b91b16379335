/**
 * The facts an archive reads from the library's MSK clusters (both faces): Express or Standard brokers, the planned
 * topic catalog with each topic's `retention.ms`, and the cluster's `log.retention.*` default.
 */
import type { TopicPlan } from '../../core/catalog/types';
import type { MskProvisionedPlan } from '../../msk/plan-types';
import type { ArchivalClusterFacts } from './spec';

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

/** Facts of a provisioned MSK cluster of this library and its planned topics. */
export function mskArchivalFacts(plan: MskProvisionedPlan, topics: readonly TopicPlan[]): ArchivalClusterFacts {
  const defaultRetentionHours = brokerRetentionHours(plan.configuration.serverProperties);
  return {
    kind: plan.kind === 'express' ? 'msk-express' : 'msk-standard',
    clusterName: plan.clusterName,
    catalog: topics.map((t) => {
      const retention = t.configs['retention.ms'] !== undefined ? hoursOfMs(t.configs['retention.ms']) : undefined;
      return { name: t.name, ...(retention !== undefined ? { retentionHours: retention } : {}) };
    }),
    ...(defaultRetentionHours !== undefined ? { defaultRetentionHours } : {}),
  };
}
