/** Spec builders shared by the self-managed tests. */
import type { ArtifactSource, SelfManagedKafkaSpec } from '../../lib/self-managed-ec2';

export const AZS3 = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];
export const AZS5 = ['us-east-1a', 'us-east-1b', 'us-east-1c', 'us-east-1d', 'us-east-1f'];
export const SHA = (c: string) => c.repeat(128);
export const KAFKA_391: ArtifactSource = { kind: 'url', url: 'https://archive.apache.org/dist/kafka/3.9.1/kafka_2.13-3.9.1.tgz', sha512: SHA('a') };
export const KAFKA_410: ArtifactSource = { kind: 'url', url: 'https://archive.apache.org/dist/kafka/4.1.0/kafka_2.13-4.1.0.tgz', sha512: SHA('b') };
export const KAFKA_432: ArtifactSource = { kind: 'url', url: 'https://archive.apache.org/dist/kafka/4.3.2/kafka_2.13-4.3.2.tgz', sha512: SHA('e') };
export const KAFKA_440: ArtifactSource = { kind: 'url', url: 'https://archive.apache.org/dist/kafka/4.4.0/kafka_2.13-4.4.0.tgz', sha512: SHA('f') };
export const TIERED = {
  bucketName: 'orders-tiered', region: 'eu-west-1', keyPrefix: 'tiered/', kmsKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555',
  plugin: { version: '1.0.0', core: { kind: 'url', url: 'https://github.com/Aiven-Open/tiered-storage-for-apache-kafka/releases/download/v1.0.0/core-1.0.0.tgz', sha512: SHA('c') }, s3: { kind: 's3', bucket: 'artifacts-bucket', key: 'tiered/s3-1.0.0.tgz' } },
} as const;
export const EXPORTER = { source: { kind: 'url', url: 'https://repo1.maven.org/maven2/io/prometheus/jmx/jmx_prometheus_javaagent/1.0.1/jmx_prometheus_javaagent-1.0.1.jar', sha512: SHA('d') } } as const;

/** A valid production spec; `extra` overrides. */
export function spec(extra: Partial<SelfManagedKafkaSpec> = {}): SelfManagedKafkaSpec {
  return {
    clusterName: 'orders',
    kafkaVersion: '3.9.1',
    availabilityZones: AZS3,
    brokers: { count: 3 },
    clientAuthentication: { scram: { users: ['orders-app', 'audit'] } },
    distribution: KAFKA_391,
    monitoring: { jmxExporter: EXPORTER },
    ...extra,
  };
}
