/** Spec generators for the input property tests: mostly well-shaped values, with junk of every kind mixed in. */
import * as fc from 'fast-check';
import type { MskNetworkInput } from '../../lib/msk';
import { KAFKA_391, KAFKA_440, TIERED } from '../self-managed-ec2/fixtures';

/** A value of the right shape most of the time, else junk of every kind. */
export const junk = fc.oneof(
  fc.constant(undefined), fc.constant(null), fc.constant(''), fc.constant(' '), fc.constant('3'), fc.constant('-1'), fc.constant('true'),
  fc.integer({ min: -5, max: 40 }), fc.double({ noNaN: false }), fc.constant(NaN), fc.constant(Infinity), fc.boolean(),
  fc.string({ maxLength: 12 }), fc.constant([]), fc.constant({}), fc.array(fc.string({ maxLength: 4 }), { maxLength: 3 }),
);
const maybe = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: junk });
const optional = <T>(good: fc.Arbitrary<T>) => fc.option(maybe(good), { nil: undefined });

const az = fc.constantFrom('eu-west-1a', 'eu-west-1b', 'eu-west-1c', 'eu-wset-1b', 'us-east-1d', 'euw1-az1', 'eu-west-1', 'ap-southeast-9a');
const AZS = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];
const artifact = fc.constantFrom<unknown>(KAFKA_391, KAFKA_440, { kind: 's3', bucket: 'artifacts', key: 'k.tgz' }, { kind: 'url', url: 'http://x' }, { kind: 'preinstalled' });

const group = fc.record({
  count: optional(fc.integer({ min: 0, max: 12 })),
  azCount: optional(fc.integer({ min: 0, max: 4 })),
  instanceType: optional(fc.constantFrom('m7g.large', 'r7g.xlarge', 'm5.huge')),
  heapGiB: optional(fc.double({ min: 0, max: 64, noNaN: true })),
  volume: optional(fc.record({
    sizeGiB: optional(fc.integer({ min: 0, max: 20000 })), type: optional(fc.constantFrom('gp3', 'io2', 'st1')),
    iops: optional(fc.integer({ min: 0, max: 80000 })), throughputMiBps: optional(fc.integer({ min: 0, max: 2000 })),
  }, { requiredKeys: [] })),
}, { requiredKeys: [] });

const tiered = fc.record({
  bucketName: maybe(fc.constantFrom('orders-tiered', 'Orders_Tiered', 'arn:aws:s3:::orders', 'ab', 'x'.repeat(70))),
  region: maybe(fc.constantFrom('eu-west-1', 'eu-wset-1', 'EU', 'ap-southeast-9')),
  kmsKeyArn: optional(fc.constantFrom(TIERED.kmsKeyArn, 'alias/orders', 'arn:aws:kms:eu-west-1:1:key/x')),
  keyPrefix: optional(fc.constantFrom('tiered/', 'no-slash', '/')),
  plugin: maybe(fc.constant(TIERED.plugin)),
  uploadRateLimitBytesPerSecond: optional(fc.integer({ min: 0, max: 10_000_000 })),
  chunkCacheSizeBytes: optional(fc.integer({ min: -1, max: 10_000_000 })),
}, { requiredKeys: [] });

export const selfManaged = fc.record({
  clusterName: maybe(fc.constantFrom('orders', 'Orders', 'a'.repeat(60), 'dev-1')),
  kafkaVersion: maybe(fc.constantFrom('3.9.1', '4.4.0', '3.8.1', '3.10.0', '2.8.2', '4.1.0')),
  availabilityZones: maybe(fc.oneof(fc.constant(AZS), fc.array(az, { minLength: 0, maxLength: 6 }))),
  mode: optional(fc.constantFrom('production', 'development', 'dev')),
  combinedMode: optional(fc.boolean()),
  quorum: optional(fc.constantFrom('static', 'dynamic', 'raft')),
  javaVersion: optional(fc.constantFrom(11, 17, 21, 8)),
  brokers: optional(group),
  controllers: optional(fc.record({ count: optional(fc.constantFrom(1, 3, 4, 5, 7)), instanceType: optional(fc.constantFrom('m7g.large', 't4g.nano')) }, { requiredKeys: [] })),
  clientAuthentication: maybe(fc.record({
    scram: optional(fc.record({ users: maybe(fc.array(fc.constantFrom('app', 'a,b', 'controller', 'x'.repeat(70)), { maxLength: 3 })) }, { requiredKeys: [] })),
    mtls: optional(fc.record({ clientAuth: optional(fc.constantFrom('required', 'requested')) }, { requiredKeys: [] })),
  }, { requiredKeys: [] })),
  distribution: maybe(artifact),
  tieredStorage: optional(tiered),
  tls: optional(fc.record({ certificateValidityDays: optional(fc.integer({ min: -1, max: 40000 })), generation: optional(fc.integer({ min: -1, max: 3 })) }, { requiredKeys: [] })),
  monitoring: optional(fc.record({ diskUsedPercent: optional(fc.double({ min: -10, max: 150, noNaN: true })) }, { requiredKeys: [] })),
  dnsZoneName: optional(fc.constantFrom('orders.kafka.internal', 'Orders..internal')),
  serverProperties: optional(fc.record({ defaultReplicationFactor: optional(fc.integer({ min: -3, max: 7 })), minInsyncReplicas: optional(fc.integer({ min: -1, max: 5 })) }, { requiredKeys: [] })),
  removal: optional(fc.constantFrom('retain', 'destroy', 'snapshot')),
}, { requiredKeys: [] });

export const SUBNETS: MskNetworkInput = {
  subnets: [{ subnetId: 'subnet-a', availabilityZone: 'us-east-1a' }, { subnetId: 'subnet-b', availabilityZone: 'us-east-1b' }, { subnetId: 'subnet-c', availabilityZone: 'us-east-1c' }],
};
export const msk = fc.record({
  kind: maybe(fc.constantFrom('standard', 'express', 'serverless', 'provisioned')),
  clusterName: maybe(fc.constantFrom('orders', 'Orders Cluster', 'x'.repeat(80))),
  kafkaVersion: optional(fc.constantFrom('3.9.x', '3.8.x', '4.1.x', '2.2.1', 'latest')),
  instanceType: optional(fc.constantFrom('kafka.m7g.large', 'express.m7g.large', 'kafka.t3.small', 'm7g.large')),
  azCount: optional(fc.constantFrom(1, 2, 3, 4)),
  brokerNodes: optional(fc.integer({ min: -3, max: 40 })),
  storage: optional(fc.record({ volumeSizeGiB: optional(fc.integer({ min: 0, max: 20000 })), provisionedThroughputMiBps: optional(fc.integer({ min: 0, max: 2000 })), tiered: optional(fc.boolean()) }, { requiredKeys: [] })),
  logging: optional(fc.record({ cloudWatch: optional(fc.boolean()), retentionDays: optional(fc.constantFrom(7, 30, 31)), s3: optional(fc.record({ bucketName: maybe(fc.constantFrom('logs', 'Logs!')) }, { requiredKeys: [] })) }, { requiredKeys: [] })),
  alarms: optional(fc.record({ diskUsedPercent: optional(fc.double({ min: -1, max: 120, noNaN: true })), cpuPercent: optional(fc.integer({ min: -1, max: 120 })) }, { requiredKeys: [] })),
  clientAuthentication: optional(fc.record({ iam: optional(fc.boolean()), scram: optional(fc.record({ users: maybe(fc.array(fc.constantFrom('app', 'bad user'), { maxLength: 2 })) }, { requiredKeys: [] })), unauthenticated: optional(fc.boolean()) }, { requiredKeys: [] })),
  connectivity: optional(fc.record({ publicAccess: optional(fc.boolean()), publicAccessCidrs: maybe(fc.array(fc.constantFrom('0.0.0.0/0', '10.0.0.0/33', '203.0.113.0/24'), { maxLength: 2 })) }, { requiredKeys: [] })),
  serverProperties: optional(fc.record({ defaultReplicationFactor: optional(fc.integer({ min: -3, max: 7 })) }, { requiredKeys: [] })),
}, { requiredKeys: [] });

