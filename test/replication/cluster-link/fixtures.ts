/** Valid cluster link specs the plan and component tests start from. */
import type { ClusterLinkClusterSpec, ClusterLinkSpec } from '../../../lib/replication/cluster-link';

export const KEY_SECRET = 'LinkSecretNeverInState+0123456789';

export function cluster(id: string, type: ClusterLinkClusterSpec['type'] = 'dedicated', region = 'us-east-2'): ClusterLinkClusterSpec {
  return {
    id,
    environmentId: 'env-abc123',
    restEndpoint: `https://${id}.${region}.aws.confluent.cloud:443`,
    bootstrapEndpoint: `SASL_SSL://${id}.${region}.aws.confluent.cloud:9092`,
    type,
    credentials: { key: `KEY-${id}`, secret: KEY_SECRET },
  };
}

/** A destination-mode DR link from a Standard primary to a Dedicated DR cluster, two mirror topics. */
export const DR: ClusterLinkSpec = {
  name: 'orders-dr',
  source: cluster('lkc-primary', 'standard'),
  destination: cluster('lkc-dr', 'dedicated', 'us-west-2'),
  mirrorTopics: [{ sourceTopic: 'orders' }, { sourceTopic: 'payments' }],
};

/** `DR` with `patch` merged at the top level. */
export function withLink(patch: Partial<Record<keyof ClusterLinkSpec, unknown>>): ClusterLinkSpec {
  return { ...DR, ...patch } as ClusterLinkSpec;
}
