/**
 * MirrorMaker 2 plans built by hand for the renderer tests (independent of planMirrorMaker2: the renderers read only
 * the plan). Shapes: `small` (two MSK clusters, IAM, no exporter) and `largest` (three clusters: IAM target, SCRAM and
 * mTLS sources with private CAs in another region, exporter, IAM library), the largest realistic user data.
 */
import type { MirrorMaker2Plan, MirrorMakerClusterPlan, MirrorMakerFlowPlan } from '../../../lib/replication/mirror-maker';
import { MM2_GROUPS_EXCLUDE, MM2_PATHS, MM2_TOPICS_EXCLUDE } from '../../../lib/replication/mirror-maker';

const SHA = 'ab'.repeat(64);
export const TARGET_ARN = 'arn:aws:kafka:eu-west-1:123456789012:cluster/dr/11111111-2222-3333-4444-555555555555-3';
export const PRIMARY_ARN = 'arn:aws:kafka:eu-central-1:123456789012:cluster/primary/66666666-7777-8888-9999-000000000000-2';
export const SCRAM_SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:AmazonMSK_legacy-scram-AbCdEf';
export const MTLS_SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka-iac/onprem/mm2-client-GhIjKl';

const iam = (alias: string, region: string, arn: string, role: 'source' | 'target'): MirrorMakerClusterPlan => ({
  alias, region, role, auth: { mechanism: 'iam', clusterArn: arn }, securityProtocol: 'SASL_SSL', saslMechanism: 'AWS_MSK_IAM',
  bootstrapServers: [1, 2, 3].map((i) => `b-${i}.${alias}.abc123.c3.kafka.${region}.amazonaws.com:9098`).join(','), kafkaLine: '3.9',
});

const flow = (source: string, target: string, topics: string[] = ['.*'], groups: string[] = ['.*']): MirrorMakerFlowPlan => ({
  id: `${source}->${target}`, source, target, topics, topicsExclude: [...MM2_TOPICS_EXCLUDE], groups, groupsExclude: [...MM2_GROUPS_EXCLUDE],
});

const base: MirrorMaker2Plan = {
  name: 'orders-dr',
  region: 'eu-west-1',
  targetCluster: 'dr',
  clusters: [iam('dr', 'eu-west-1', TARGET_ARN, 'target'), iam('primary', 'eu-central-1', PRIMARY_ARN, 'source')],
  flows: [flow('primary', 'dr')],
  replicationPolicy: 'default',
  replicationFactor: 3,
  nodes: 2,
  tasksMax: 4,
  exactlyOnce: true,
  offsetSyncIntervalSeconds: 30,
  internalRest: true,
  restPort: 8083,
  kafkaVersion: '3.9.1',
  keyList: '3.9',
  javaVersion: 21,
  heapMiB: 4096,
  instance: { instanceType: 'm7g.large', vcpu: 2, memoryGiB: 8, architecture: 'arm64' },
  distribution: { kind: 'url', url: 'https://archive.apache.org/dist/kafka/3.9.1/kafka_2.13-3.9.1.tgz', sha512: SHA },
  iamAuthLibrary: { kind: 's3', bucket: 'artifacts-bucket', key: 'msk/aws-msk-iam-auth-2.3.2-all.jar', sha512: SHA },
  extraProperties: {},
  secretReads: [],
  parameterReads: [],
  iamGrants: [],
  alarms: [],
  internetEgress: true,
  warnings: [],
};

/** Two MSK clusters with IAM, one flow, no exporter. */
export function smallPlan(over: Partial<MirrorMaker2Plan> = {}): MirrorMaker2Plan {
  return { ...base, ...over };
}

/** Three clusters (IAM target, SCRAM and mTLS sources with private CAs), two flows, exporter, 4.1. */
export function largestPlan(over: Partial<MirrorMaker2Plan> = {}): MirrorMaker2Plan {
  const legacy: MirrorMakerClusterPlan = {
    alias: 'legacy', region: 'us-east-1', role: 'source', securityProtocol: 'SASL_SSL', saslMechanism: 'SCRAM-SHA-512',
    auth: { mechanism: 'scram', secretArn: SCRAM_SECRET, secretKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
    bootstrapServers: [1, 2, 3, 4, 5, 6].map((i) => `broker-${i}.legacy.kafka.internal.example.com:9096`).join(','),
    credentialsFile: `${MM2_PATHS.secretsDir}/legacy.properties`,
    trustedCaParameter: '/kafka-iac/legacy/ca-certificate', truststoreFile: `${MM2_PATHS.tlsDir}/legacy-ca.pem`, kafkaLine: '3.9',
  };
  const onprem: MirrorMakerClusterPlan = {
    alias: 'onprem', region: 'us-east-1', role: 'source', securityProtocol: 'SSL',
    auth: { mechanism: 'mtls', secretArn: MTLS_SECRET },
    bootstrapServers: [1, 2, 3, 4, 5, 6].map((i) => `kafka-${i}.dc1.onprem.example.com:9094`).join(','),
    keystoreFile: `${MM2_PATHS.tlsDir}/onprem.pem`,
    trustedCaParameter: '/kafka-iac/onprem/ca-certificate', truststoreFile: `${MM2_PATHS.tlsDir}/onprem-ca.pem`,
  };
  return {
    ...base,
    kafkaVersion: '4.1.0',
    keyList: '4.0',
    distribution: { kind: 'url', url: 'https://archive.apache.org/dist/kafka/4.1.0/kafka_2.13-4.1.0.tgz', sha512: SHA },
    iamAuthLibrary: { kind: 'url', url: 'https://github.com/aws/aws-msk-iam-auth/releases/download/v2.3.2/aws-msk-iam-auth-2.3.2-all.jar', sha512: SHA },
    jmxExporter: { source: { kind: 'url', url: 'https://github.com/prometheus/jmx_exporter/releases/download/1.3.0/jmx_prometheus_javaagent-1.3.0.jar', sha512: SHA }, port: 7072 },
    clusters: [iam('dr', 'eu-west-1', TARGET_ARN, 'target'), legacy, onprem],
    flows: [
      flow('legacy', 'dr', ['orders\\..*', 'payments\\..*', 'customers\\..*', 'inventory-.*'], ['orders-.*', 'payments-.*', 'billing-.*']),
      flow('onprem', 'dr', ['erp\\..*', 'warehouse\\..*', 'shipping\\..*'], ['erp-.*', 'warehouse-.*']),
    ],
    nodes: 3,
    tasksMax: 6,
    heapMiB: 6144,
    instance: { instanceType: 'm7g.xlarge', vcpu: 4, memoryGiB: 16, architecture: 'arm64' },
    extraProperties: { 'consumer.max.poll.records': '2000', 'producer.linger.ms': '20', 'producer.compression.type': 'zstd', 'refresh.topics.interval.seconds': '300' },
    secretReads: [
      { alias: 'legacy', kind: 'scram', secretArn: SCRAM_SECRET, region: 'us-east-1', keyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      { alias: 'onprem', kind: 'mtls', secretArn: MTLS_SECRET, region: 'us-east-1' },
    ],
    parameterReads: [
      { alias: 'legacy', name: '/kafka-iac/legacy/ca-certificate', region: 'us-east-1' },
      { alias: 'onprem', name: '/kafka-iac/onprem/ca-certificate', region: 'us-east-1' },
    ],
    ...over,
  };
}
