/**
 * The MirrorMaker 2 deployment both disaster-recovery examples share (CDK: examples/cdk/self-managed-to-msk-mirror-maker.ts,
 * Pulumi: examples/pulumi/mirror-maker-2): orders and payments from the self-managed primary into the MSK secondary,
 * artifacts copied from an S3 bucket in the secondary's region. Each face adds its clusters and network.
 */
import type { MirrorMaker2Spec } from '../lib/replication/mirror-maker/spec';

/** Bucket holding the Kafka distribution, the MSK IAM auth library and the JMX exporter (in the secondary's region). */
export const MM2_ARTIFACTS = 'example-kafka-artifacts-eu-central-1';

export const ordersDrDeployment = {
  name: 'orders-dr',
  flows: [{ source: 'primary', target: 'dr', topics: ['orders\\..*', 'payments'], groups: ['orders-.*'] }],
  targetCluster: 'dr',
  nodes: 2,
  kafkaVersion: '3.9.1',
  distribution: { kind: 's3', bucket: MM2_ARTIFACTS, key: 'kafka/kafka_2.13-3.9.1.tgz' },
  iamAuthLibrary: { kind: 's3', bucket: MM2_ARTIFACTS, key: 'msk-iam-auth/aws-msk-iam-auth-2.3.2-all.jar' },
  monitoring: { jmxExporter: { source: { kind: 's3', bucket: MM2_ARTIFACTS, key: 'jmx/jmx_prometheus_javaagent-1.0.1.jar' } } },
} as const satisfies Omit<MirrorMaker2Spec, 'clusters' | 'region'>;
