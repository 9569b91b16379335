/**
 * Inputs shared by the MirrorMaker 2 face tests (CDK and Pulumi): a self-managed SCRAM source in eu-west-1 replicated
 * into an MSK IAM target in eu-central-1, with known secret values that must never reach a template or the state.
 */
import type { MirrorMaker2Spec, MirrorMakerClusterSpec } from '../../../../lib/replication/mirror-maker';

export const ACCOUNT = '111111111111';
export const TARGET_REGION = 'eu-central-1';
export const SOURCE_REGION = 'eu-west-1';
export const TARGET_CLUSTER_ARN = `arn:aws:kafka:${TARGET_REGION}:${ACCOUNT}:cluster/orders-dr/0a1b2c3d-1111-2222-3333-444455556666-2`;
export const SOURCE_SECRET_ARN = `arn:aws:secretsmanager:${SOURCE_REGION}:${ACCOUNT}:secret:orders/scram/orders-mm2-AbCdEf`;
export const SOURCE_KEY_ARN = `arn:aws:kms:${SOURCE_REGION}:${ACCOUNT}:key/0000aaaa-bbbb-cccc-dddd-eeeeffff0000`;
export const CA_PARAMETER = '/kafka-iac/orders/ca-certificate';
export const ARTIFACTS = 'example-kafka-artifacts-eu-central-1';

/** Values a secret holds at run time: none may appear anywhere in what the faces produce. */
export const KNOWN_SECRET_VALUES = ['S3cretScramPassw0rd-never-in-templates', '-----BEGIN PRIVATE KEY-----'];

export const SOURCE: MirrorMakerClusterSpec = {
  alias: 'primary',
  bootstrapServers: 'broker-1.orders.kafka.internal:9096,broker-2.orders.kafka.internal:9096,broker-3.orders.kafka.internal:9096',
  region: SOURCE_REGION,
  auth: { mechanism: 'scram', secretArn: SOURCE_SECRET_ARN, secretKeyArn: SOURCE_KEY_ARN },
  kafkaVersion: '3.9.1',
  trustedCaParameter: CA_PARAMETER,
  brokerCount: 3,
};

export const TARGET: MirrorMakerClusterSpec = {
  alias: 'dr',
  bootstrapServers: 'b-1.ordersdr.abc123.c2.kafka.eu-central-1.amazonaws.com:9098,b-2.ordersdr.abc123.c2.kafka.eu-central-1.amazonaws.com:9098',
  region: TARGET_REGION,
  auth: { mechanism: 'iam', clusterArn: TARGET_CLUSTER_ARN },
  kafkaVersion: '3.9.x',
  brokerCount: 3,
};

/** The spec without `region` and `clusters` (the faces add them). */
export const SPEC: Omit<MirrorMaker2Spec, 'region' | 'clusters'> = {
  name: 'orders-dr',
  flows: [{ source: 'primary', target: 'dr', topics: ['orders\\..*', 'payments'] }],
  targetCluster: 'dr',
  nodes: 3,
  kafkaVersion: '3.9.1',
  distribution: { kind: 's3', bucket: ARTIFACTS, key: 'kafka/kafka_2.13-3.9.1.tgz' },
  iamAuthLibrary: { kind: 's3', bucket: ARTIFACTS, key: 'msk-iam-auth/aws-msk-iam-auth-2.3.2-all.jar' },
  monitoring: { jmxExporter: { source: { kind: 's3', bucket: ARTIFACTS, key: 'jmx/jmx_prometheus_javaagent-1.0.1.jar' } } },
};

export const FULL_SPEC: MirrorMaker2Spec = { ...SPEC, region: TARGET_REGION, clusters: [SOURCE, TARGET] };
