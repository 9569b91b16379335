/** Specs that each raise exactly one archival code, and the cluster they are planned against. */
import { planSchemaRegistry, type ArchivalClusterFacts, type ArchivalSpec } from '../../lib/pipelines';
import { ORDER_AVRO, ORDER_JSON_SCHEMA } from './fixtures';

export const EXPRESS: ArchivalClusterFacts = {
  kind: 'msk-express', clusterName: 'orders',
  catalog: [{ name: 'orders.placed', retentionHours: 72 }, { name: 'orders.shipped', retentionHours: 720 }, { name: 'orders.audit', retentionHours: 'unlimited' }],
};

export const BASE: ArchivalSpec = { name: 'archive', topics: ['orders.placed'] };

export const GLUE = planSchemaRegistry({
  name: 'orders',
  subjects: [
    { topic: 'orders.placed', format: 'JSON', schema: ORDER_JSON_SCHEMA },
    { topic: 'orders.shipped', format: 'AVRO', schema: ORDER_AVRO },
  ],
}, 'glue');

export const TABLE_BUCKET = 'arn:aws:s3tables:eu-west-1:123456789012:bucket/orders-tables';
export const ICEBERG = { kind: 'iceberg', schemaRegistry: GLUE, tableBucketArn: TABLE_BUCKET, namespace: 'kafka_archive' } as const;

export interface Row {
  readonly code: string;
  readonly spec: Partial<ArchivalSpec>;
  readonly cluster?: Partial<ArchivalClusterFacts>;
  readonly message: string;
  readonly severity?: 'warning';
}
