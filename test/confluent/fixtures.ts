/** Valid Confluent specs the plan and component tests start from. */
import type { ConfluentKafkaSpec } from '../../lib/confluent';

export const KMS_ARN = 'arn:aws:kms:us-east-2:123456789012:key/11111111-2222-3333-4444-555555555555';

/** Standard, public, one producer and one consumer. */
export const STANDARD: ConfluentKafkaSpec = {
  environment: { kind: 'create', displayName: 'orders-dev' },
  cluster: { type: 'standard', cloud: 'AWS', region: 'us-east-2', displayName: 'orders' },
  applications: {
    'order-service': { produce: { topics: ['orders'] } },
    billing: { consume: { topics: ['orders'], groups: ['billing'] } },
  },
  topics: [{ name: 'orders', partitions: 6, retentionHours: 168 }],
};

/** Dedicated, multi-zone, PrivateLink with the AWS endpoint, BYOK. */
export const DEDICATED: ConfluentKafkaSpec = {
  environment: { kind: 'create', displayName: 'payments-prod' },
  cluster: { type: 'dedicated', cloud: 'AWS', region: 'us-east-2', displayName: 'payments', cku: 2, byok: { kind: 'aws', keyArn: KMS_ARN } },
  networking: {
    kind: 'privatelink',
    allowedAccounts: ['123456789012'],
    endpoint: { cloud: 'AWS', vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'], allowedCidrs: ['10.0.0.0/16'] },
  },
  applications: {
    payments: { produce: { topics: ['payments'], topicPrefixes: ['payments.'] }, consume: { topics: ['refunds'], groups: ['payments'] } },
    ledger: { consume: { topics: ['payments'], groupPrefixes: ['ledger-'] } },
  },
  topics: [{ name: 'payments', partitions: 12 }, { name: 'refunds', partitions: 6 }],
};

/** `spec` with `patch` applied per top-level key (cluster/environment/networking merged shallowly). */
export function withSpec(base: ConfluentKafkaSpec, patch: Record<string, unknown>): ConfluentKafkaSpec {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    const prior = (base as unknown as Record<string, unknown>)[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && prior && typeof prior === 'object' && ['cluster', 'environment'].includes(k) ? { ...prior, ...v } : v;
  }
  return out as unknown as ConfluentKafkaSpec;
}
