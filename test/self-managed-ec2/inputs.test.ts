/** Region/AZ names, typed props and the default VPC: each refusal coded, each dependent rule skipped once a value fails. */
import { App, Stack } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { KafkaValidationError } from '../../lib/core';
import { planSelfManagedCluster, SelfManagedKafkaSpec, validateSelfManagedCluster } from '../../lib/self-managed-ec2';
import { SelfManagedKafkaCluster } from '../../lib/self-managed-ec2/cdk';
import { validationErrorOf } from '../support/conventions';
import { AZS5, KAFKA_391, spec, TIERED } from './fixtures';

const errors = (s: unknown, context = {}) => validateSelfManagedCluster(s as SelfManagedKafkaSpec, undefined, context).filter((i) => i.severity === 'error');
const codes = (s: unknown, context = {}) => errors(s, context).map((i) => i.code);

describe('AZ names', () => {
  test('a typo in a zone is refused with the zone it probably means', () => {
    const e = errors(spec({ availabilityZones: ['eu-west-1a', 'eu-wset-1b', 'eu-west-1c'] }));
    expect(e.map((i) => [i.code, i.path])).toEqual([['self-managed/availability-zone', 'availabilityZones[1]']]);
    expect(e[0].message).toContain('Did you mean "eu-west-1b"?');
  });
  test('zones of two regions are refused', () => {
    expect(errors(spec({ availabilityZones: ['eu-west-1a', 'eu-west-2b', 'eu-west-1c'] }))[0].message).toContain('must list AZs of one region');
  });
  test("zones outside the region the face deploys to (a CDK stack's env)", () => {
    expect(codes(spec(), { region: 'us-east-1' })).toEqual(['self-managed/availability-zone']);
    expect(codes(spec(), { region: 'eu-west-1' })).toEqual([]);
  });
  test('a zone of a region newer than the table passes with a warning', () => {
    const issues = validateSelfManagedCluster(spec({ availabilityZones: ['ap-southeast-9a', 'ap-southeast-9b', 'ap-southeast-9c'] }));
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(issues.filter((i) => i.code === 'self-managed/availability-zone').length).toBe(3);
  });
  test('a single string instead of a list names the type', () => {
    expect(errors(spec({ availabilityZones: 'eu-west-1a' as unknown as string[] }))[0].message).toBe(
      '`availabilityZones` must be an array, got: "eu-west-1a" (a string). Wrap it in a list: ["eu-west-1a"].');
  });
});

describe('typed counts: the type is named, and a failed count is reported once', () => {
  test('brokers.count "3"', () => {
    const e = errors(spec({ brokers: { count: '3' as unknown as number } }));
    expect(e.map((i) => i.message)).toEqual(['`brokers.count` must be an integer, got: "3" (a string). Write it without quotes: 3.']);
  });
  test('brokers.count -3 never suggests a replication factor of -3', () => {
    const e = errors(spec({ brokers: { count: -3 } }));
    expect(e.map((i) => i.message)).toEqual(['`brokers.count` must be an integer from 1 to 300, got: -3.']);
  });
  test('controllers.count 3.5, heap "4", volume size "100", Java "21"', () => {
    expect(codes(spec({
      controllers: { count: 3.5 as 3 }, brokers: { count: 3, heapGiB: '4' as unknown as number, volume: { sizeGiB: '100' as unknown as number } }, javaVersion: '21' as unknown as 21,
    }))).toEqual(['self-managed/controller-count', 'self-managed/java-version', 'self-managed/heap-too-small', 'self-managed/volume-size']);
  });
});

describe('bootTimeoutMinutes: whole minutes from 10 to 120 (a lifecycle hook waits at most 7200 s)', () => {
  test.each([
    [5, '`bootTimeoutMinutes` must be an integer from 10 to 120, got: 5. A node installs Java and Kafka, may wait for its predecessor to release its volume and must join the cluster: keep the default (30) or more.'],
    [121, '`bootTimeoutMinutes` must be an integer from 10 to 120, got: 121. An Auto Scaling lifecycle hook waits at most 7200 seconds.'],
    [12.5, '`bootTimeoutMinutes` must be an integer, got: 12.5 (a number). Use a whole number, e.g. 13.'],
    ['30', '`bootTimeoutMinutes` must be an integer, got: "30" (a string). Write it without quotes: 30.'],
  ])('%p is refused with one coded issue', (value, message) => {
    const e = errors(spec({ bootTimeoutMinutes: value as number }));
    expect(e.map((i) => [i.code, i.path, i.message])).toEqual([['self-managed/boot-timeout', 'bootTimeoutMinutes', message]]);
  });
  test('reported with the other issues, all at once', () => {
    expect(codes(spec({ bootTimeoutMinutes: 0, brokers: { count: -3 } })).sort()).toEqual(['self-managed/boot-timeout', 'self-managed/broker-count']);
  });
  test('the bounds and the default reach the plan: heartbeat in seconds, the script deadline before it', () => {
    expect(planSelfManagedCluster(spec()).bootSignal).toEqual({ hookName: 'kafka-iac-node-serving', timeoutMinutes: 30, heartbeatTimeoutSeconds: 1800, scriptDeadlineSeconds: 1620, pollSeconds: 15 });
    expect(planSelfManagedCluster(spec({ bootTimeoutMinutes: 10 })).bootSignal.scriptDeadlineSeconds).toBe(420);
    expect(planSelfManagedCluster(spec({ bootTimeoutMinutes: 120 })).bootSignal.heartbeatTimeoutSeconds).toBe(7200);
  });
});

describe('five controllers (KIP-853 shipped in Kafka 3.9.0)', () => {
  test('3.9.1 with a dynamic quorum runs 5 controllers over 5 AZs', () => {
    const plan = planSelfManagedCluster(spec({ availabilityZones: AZS5, controllers: { count: 5 }, brokers: { count: 3 } }));
    expect([plan.quorum.mode, plan.quorum.controllerIds]).toEqual(['dynamic', [1, 2, 3, 4, 5]]);
  });
  test('the default KafkaVpc (at most 3 AZs) can never hold 5 controllers: refused with the fix', () => {
    const e = errors(spec({ availabilityZones: AZS5, controllers: { count: 5 } }), { defaultVpc: true });
    expect(e.map((i) => i.code)).toEqual(['self-managed/default-vpc-az-count', 'self-managed/five-controllers-need-own-vpc']);
    expect(e[1].message).toContain('Pass a VPC with subnets in 5 AZs');
  });
});

describe('CDK face: coded issues where aws-cdk-lib would throw plain errors', () => {
  const cluster = (props: Record<string, unknown>, env?: { region: string }) => () => {
    const stack = new Stack(new App(), 'S', env ? { env: { ...env, account: '123456789012' } } : undefined);
    return new SelfManagedKafkaCluster(stack, 'Kafka', { ...spec(), ...props } as never);
  };
  test.each([
    ['tiered-storage bucket name', { tieredStorage: { ...TIERED, bucketName: 'Orders_Tiered' } }, 'self-managed/tiered-bucket'],
    ['tiered-storage KMS key ARN', { tieredStorage: { ...TIERED, kmsKeyArn: 'alias/orders' } }, 'self-managed/tiered-kms-key'],
    ['AZ count of the default VPC', { availabilityZones: AZS5.slice(0, 4) }, 'self-managed/default-vpc-az-count'],
    ['a single AZ for a production cluster in the default VPC', { availabilityZones: ['eu-west-1a'] }, 'self-managed/default-vpc-az-count'],
  ])('%s', (_name, props, code) => {
    const err = validationErrorOf(cluster(props));
    expect(err).toBeInstanceOf(KafkaValidationError);
    expect(err.codes).toContain(code);
  });
  test("zones of another region than the stack's", () => {
    expect(validationErrorOf(cluster({}, { region: 'us-east-1' })).codes).toEqual(['self-managed/availability-zone']);
  });
  test('a valid tiered-storage spec still builds its bucket', () => {
    const c = cluster({ tieredStorage: TIERED, distribution: KAFKA_391 })();
    expect(c.tieredStorageBucket).toBeInstanceOf(s3.Bucket);
  });
});
