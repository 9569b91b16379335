/**
 * Confluent Cloud sizing (pure): checks a cluster plan against a declared workload (warnings: the plan stays valid),
 * and recommends a cluster type for a workload.
 *
 * Data: the "Cluster limit comparison" table of "Kafka Cluster Types in Confluent Cloud" (Confluent documentation),
 * the version whose partition ceilings match `CLUSTER_TYPE_INFO` (Basic and Standard 4,096, Enterprise 30,000,
 * Dedicated 100,000): ingress 250 / 250 / 600 / 9,120 MBps, egress 750 / 750 / 1,800 / 27,360 MBps, client connections
 * 1,000 / 1,000 / 45,000 / 2,736,000. These are each type's ceilings (at its largest eCKU or CKU count), "for planning
 * purposes, and not a guarantee of performance"; older versions of the page list lower Enterprise figures (250 or
 * 300 MBps in). The per-eCKU and per-CKU figures were not found in a readable source, so the declared `maxEcku` and
 * `cku` are not checked against throughput, and no eCKU or CKU count is recommended. Freight is not in the table.
 */
import { IssueCollector, resolveWorkload, type CapacitySource, type Issue, type KafkaWorkload, type ResolvedWorkload } from '../core';
import { CLUSTER_TYPE_INFO, type ConfluentClusterType } from './limits';

const CLUSTER_TYPES_PAGE: CapacitySource = {
  title: 'Kafka Cluster Types in Confluent Cloud (Confluent documentation), section Cluster limit comparison',
  url: 'https://docs.confluent.io/cloud/current/clusters/cluster-types.html', checked: '2026-12-04',
};

/** A cluster type's published ceilings (the whole cluster, pre-replication). */
export interface ConfluentTypeCeiling {
  readonly ingressMBps: number;
  readonly egressMBps: number;
  readonly partitions: number;
  readonly clientConnections: number;
  readonly source: CapacitySource;
}

const ceiling = (type: ConfluentClusterType, ingressMBps: number, egressMBps: number, clientConnections: number): ConfluentTypeCeiling => ({
  ingressMBps, egressMBps, partitions: CLUSTER_TYPE_INFO[type].maxPartitions!, clientConnections, source: CLUSTER_TYPES_PAGE,
});

/** Ceilings per cluster type; Freight has none published. */
export const CONFLUENT_TYPE_CEILINGS: Readonly<Partial<Record<ConfluentClusterType, ConfluentTypeCeiling>>> = {
  basic: ceiling('basic', 250, 750, 1000),
  standard: ceiling('standard', 250, 750, 1000),
  enterprise: ceiling('enterprise', 600, 1800, 45000),
  dedicated: ceiling('dedicated', 9120, 27360, 2736000),
};

/** Production types in the order `recommendConfluent` tries them (Basic is single-zone and for development). */
const PRODUCTION_ORDER: readonly ConfluentClusterType[] = ['standard', 'enterprise', 'dedicated'];

const fmt = (x: number) => String(Math.round(x * 10) / 10);

function misfits(w: ResolvedWorkload, type: ConfluentClusterType): string[] {
  const c = CONFLUENT_TYPE_CEILINGS[type];
  if (!c) return [`no published ceilings for ${type}`];
  return [
    w.ingressMBps > c.ingressMBps && `ingress ${fmt(w.ingressMBps)} MBps exceeds ${type}'s ${c.ingressMBps}`,
    w.egressMBps > c.egressMBps && `egress ${fmt(w.egressMBps)} MBps exceeds ${type}'s ${c.egressMBps}`,
    w.partitions !== undefined && w.partitions > c.partitions && `${w.partitions} partitions exceed ${type}'s ${c.partitions}`,
  ].filter((x): x is string => typeof x === 'string');
}

function fix(w: ResolvedWorkload): string {
  const t = PRODUCTION_ORDER.find((x) => misfits(w, x).length === 0);
  return t ? `Use \`cluster.type: '${t}'\`.` : 'Split the workload over clusters.';
}

/** Sizing warnings of a cluster (type) for a (validated) workload: `sizing/*` codes under `workload`. */
export function checkConfluentSizing(type: ConfluentClusterType, workload: KafkaWorkload): Issue[] {
  const w = resolveWorkload(workload);
  const c = new IssueCollector();
  const ceil = CONFLUENT_TYPE_CEILINGS[type];
  if (!ceil) return [];
  const what = `cluster type '${type}' (its ceiling, "${ceil.source.title}")`;
  if (w.ingressMBps > ceil.ingressMBps) {
    c.warn('sizing/ingress-above-throughput', 'workload.ingressMBps', `\`workload.ingressMBps\` must be at most ${ceil.ingressMBps} MBps on ${what}, got: ${fmt(w.ingressMBps)}. ${fix(w)}`);
  }
  if (w.egressMBps > ceil.egressMBps) {
    c.warn('sizing/egress-above-throughput', 'workload.consumerFanOut', `\`workload.consumerFanOut\` must keep egress (ingress x fan-out) at most ${ceil.egressMBps} MBps on cluster type '${type}', got: ${fmt(w.consumerFanOut)} (egress ${fmt(w.egressMBps)} MBps). ${fix(w)}`);
  }
  if (w.partitions !== undefined && w.partitions > ceil.partitions) {
    c.warn('sizing/partitions-above-capacity', 'workload.partitions', `\`workload.partitions\` must be at most ${ceil.partitions} (pre-replication) on cluster type '${type}', got: ${w.partitions}. ${fix(w)}`);
  }
  return [...c.issues];
}

/** A recommended Confluent cluster type. */
export interface ConfluentRecommendation {
  readonly type: ConfluentClusterType;
  /** Why: the ceilings that ruled out smaller types, and what is not sized. */
  readonly reasons: readonly string[];
}

/**
 * The first production type (Standard, Enterprise, Dedicated) whose published ceilings hold the workload's ingress,
 * egress (ingress x fan-out) and partitions. The eCKU or CKU count is not recommended: no per-unit figure is in the
 * library. Undefined when even Dedicated's ceilings are exceeded.
 */
export function recommendConfluent(workload: KafkaWorkload | ResolvedWorkload): ConfluentRecommendation | undefined {
  const w = 'egressMBps' in workload ? workload : resolveWorkload(workload);
  const ruledOut: string[] = [];
  for (const type of PRODUCTION_ORDER) {
    const m = misfits(w, type);
    if (m.length > 0) { ruledOut.push(...m); continue; }
    const c = CONFLUENT_TYPE_CEILINGS[type]!;
    return {
      type,
      reasons: [
        ...ruledOut,
        `${type} holds ingress ${fmt(w.ingressMBps)}/${c.ingressMBps} MBps, egress ${fmt(w.egressMBps)}/${c.egressMBps} MBps${w.partitions !== undefined ? `, partitions ${w.partitions}/${c.partitions}` : ''}`,
        type === 'dedicated'
          ? 'CKUs: no per-CKU figure is in the library; start from the multi-zone minimum of 2 and load-test'
          : 'eCKUs: no per-eCKU figure is in the library; eCKUs scale elastically up to `maxEcku`: cap it after a load test',
      ],
    };
  }
  return undefined;
}
