/** MirrorMaker 2 specs for plan tests: a self-managed primary in eu-west-1 replicated into an MSK secondary in eu-central-1. */
import type { MirrorMaker2Spec, MirrorMakerClusterSpec } from '../../../lib/replication';

export const SHA = 'a'.repeat(128);
export const PRIMARY: MirrorMakerClusterSpec = {
  alias: 'primary',
  bootstrapServers: 'broker-0.kafka.internal:9093,broker-1.kafka.internal:9093,broker-2.kafka.internal:9093',
  region: 'eu-west-1',
  kafkaVersion: '3.9.1',
  auth: { mechanism: 'scram', secretArn: 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:orders/scram/mirror-maker-AbCdEf' },
  trustedCaParameter: '/kafka-iac/orders/ca-certificate',
  brokerCount: 3,
};
export const DR: MirrorMakerClusterSpec = {
  alias: 'dr',
  bootstrapServers: 'b-1.dr.abc123.c2.kafka.eu-central-1.amazonaws.com:9098,b-2.dr.abc123.c2.kafka.eu-central-1.amazonaws.com:9098',
  region: 'eu-central-1',
  kafkaVersion: '3.9.x',
  auth: { mechanism: 'iam', clusterArn: 'arn:aws:kafka:eu-central-1:111111111111:cluster/dr/0b1c2d3e-aaaa-bbbb-cccc-0123456789ab-2' },
  brokerCount: 3,
};

export function spec(over: Partial<MirrorMaker2Spec> = {}): MirrorMaker2Spec {
  return {
    name: 'orders-dr',
    clusters: [PRIMARY, DR],
    flows: [{ source: 'primary', target: 'dr' }],
    targetCluster: 'dr',
    region: 'eu-central-1',
    kafkaVersion: '3.9.1',
    distribution: { kind: 'url', url: 'https://archive.apache.org/dist/kafka/3.9.1/kafka_2.13-3.9.1.tgz', sha512: SHA },
    iamAuthLibrary: { kind: 's3', bucket: 'artifacts-bucket', key: 'aws-msk-iam-auth-2.3.2-all.jar' },
    monitoring: { jmxExporter: { source: { kind: 's3', bucket: 'artifacts-bucket', key: 'jmx_prometheus_javaagent-1.0.1.jar' } } },
    ...over,
  };
}
