/**
 * The recommended shape for a cluster's declared `workload`, from the target's recommender, shown by `kafka-iac review`
 * next to the declared shape. Clusters without a workload get none.
 */
import { recommendConfluent } from '../../confluent/sizing';
import { recommendEventHubs } from '../../event-hubs/sizing';
import { recommendGcpManagedKafka } from '../../gcp-managed-kafka/sizing';
import { recommendMskExpress, recommendMskStandard } from '../../msk/sizing';
import { recommendSelfManaged } from '../../self-managed-ec2/sizing';
import type { KafkaWorkload } from '../../core';
import type { ClusterPlan } from './clusters';

export interface SizingAdvice {
  /** The recommended shape, one line. */
  readonly recommended: string;
  /** Why: the recommender's reasons. */
  readonly reasons: readonly string[];
}

const UNITS = { Standard: 'throughput units', Premium: 'processing units', Dedicated: 'capacity units' } as const;

/** The advice for a cluster with a declared workload; undefined without one. */
export function sizingAdviceOf(c: ClusterPlan): SizingAdvice | undefined {
  const workload = (c.plan as { readonly workload?: KafkaWorkload }).workload;
  if (workload === undefined) return undefined;
  switch (c.target) {
    case 'msk': {
      if (c.plan.kind === 'serverless') return undefined;
      if (c.plan.kind === 'express') {
        const r = recommendMskExpress(workload);
        return r ? { recommended: `${r.brokerNodes} x ${r.instanceType}`, reasons: r.reasons } : { recommended: 'no Express size within 30 brokers', reasons: [] };
      }
      const r = recommendMskStandard(workload, c.plan.instance.instanceType);
      return r ? { recommended: `${r.brokerNodes} x ${r.instanceType}, ${r.volumeSizeGiB} GiB per broker`, reasons: r.reasons } : undefined;
    }
    case 'self-managed-ec2': {
      const r = recommendSelfManaged(workload);
      return { recommended: `${r.brokerCount} brokers, ${r.volumeSizeGiB} GiB gp3 at ${r.volumeThroughputMiBps} MiB/s each`, reasons: r.reasons };
    }
    case 'confluent': {
      const r = recommendConfluent(workload);
      return r ? { recommended: `cluster type '${r.type}'`, reasons: r.reasons } : { recommended: 'no cluster type holds it: split the workload', reasons: [] };
    }
    case 'event-hubs': {
      const r = recommendEventHubs(workload);
      return r ? { recommended: `${r.tier}, ${r.capacity} ${UNITS[r.tier]}`, reasons: r.reasons } : { recommended: 'no tier holds it: split the workload', reasons: [] };
    }
    case 'gcp-managed-kafka': {
      const r = recommendGcpManagedKafka(workload);
      return { recommended: `${r.vcpuCount} vCPU, ${r.memoryGiB} GiB`, reasons: r.reasons };
    }
    case 'msk-replicator': return undefined;
  }
}
