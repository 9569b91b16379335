/** Region names, typed props and the remaining silent inputs on the targets other than self-managed (see its own test). */
import { validateEventHubsNamespace } from '../../lib/event-hubs';
import { validateGcpKafkaCluster } from '../../lib/gcp-managed-kafka';
import { planMskCluster, validateMskCluster, type MskClusterSpec, type MskNetworkInput } from '../../lib/msk';
import { spec as gcpSpec } from '../gcp-managed-kafka/fixtures';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';

const SUBNETS: MskNetworkInput = {
  subnets: [{ subnetId: 'subnet-a', availabilityZone: 'us-east-1a' }, { subnetId: 'subnet-b', availabilityZone: 'us-east-1b' }, { subnetId: 'subnet-c', availabilityZone: 'us-east-1c' }],
};
const msk = (extra: Record<string, unknown>) => ({ kind: 'standard', clusterName: 'orders', ...extra } as unknown as MskClusterSpec);
const mskErrors = (s: MskClusterSpec) => validateMskCluster(s, SUBNETS).filter((i) => i.severity === 'error');

describe('Event Hubs', () => {
  const errors = (extra: Record<string, unknown>) => validateEventHubsNamespace({ namespaceName: 'contoso-orders', ...extra } as never).filter((i) => i.severity === 'error');
  test('location typo: refused with the closest location', () => {
    const e = errors({ location: 'westeuropee' });
    expect(e.map((i) => [i.code, i.message])).toEqual([['event-hubs/location', '`location` must be an Azure location, got: "westeuropee". Did you mean "westeurope"?']]);
  });
  test('a display name is refused with the programmatic name', () => {
    expect(errors({ location: 'West Europe' })[0].message).toContain('Did you mean "westeurope"?');
  });
  test('known and new locations pass (the new one with a warning)', () => {
    expect(errors({ location: 'swedencentral' })).toEqual([]);
    const issues = validateEventHubsNamespace({ namespaceName: 'contoso-orders', location: 'westus4' } as never);
    expect(issues.filter((i) => i.code === 'event-hubs/location').map((i) => i.severity)).toEqual(['warning']);
  });
  test('public access Enabled with no rule and no opt-in is refused', () => {
    const e = errors({ network: { publicNetworkAccess: 'Enabled' } });
    expect(e.map((i) => i.code)).toEqual(['event-hubs/public-access-without-rules']);
    expect(e[0].message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
    expect(e[0].message).toContain('allowPublicAccessWithoutRules: true');
  });
  test('...and accepted with IP rules, subnet rules or the explicit opt-in', () => {
    expect(errors({ network: { publicNetworkAccess: 'Enabled', allowedIpRanges: ['203.0.113.0/24'] } })).toEqual([]);
    expect(errors({ network: { publicNetworkAccess: 'Enabled', allowPublicAccessWithoutRules: true } })).toEqual([]);
  });
});

describe('Google Cloud Managed Kafka region', () => {
  const errors = (region: unknown) => validateGcpKafkaCluster(gcpSpec({ region } as never)).filter((i) => i.code === 'gcp-kafka/region');
  test.each([
    ['us-centrl1', 'error', 'Did you mean "us-central1"?'],
    ['europe-west1-b', 'error', 'Did you mean "europe-west1"?'],
    ['europe-west15', 'warning', "not in the library's table"],
    [42, 'error', 'be a region such as "us-central1"'],
  ] as const)('%s', (region, severity, fragment) => {
    const e = errors(region);
    expect(e.map((i) => i.severity)).toEqual([severity]);
    expect(e[0].message).toContain(fragment);
  });
});

describe('Amazon MSK', () => {
  test('brokerNodes "3" names the type; -3 is reported once and suggests no replication factor', () => {
    expect(mskErrors(msk({ brokerNodes: '3' })).map((i) => i.message)).toEqual(['`brokerNodes` must be an integer, got: "3" (a string). Write it without quotes: 3.']);
    expect(mskErrors(msk({ brokerNodes: -3 })).map((i) => i.message)).toEqual(['`brokerNodes` must be a positive integer, got: -3.']);
    expect(mskErrors(msk({ brokerNodes: -3, serverProperties: { defaultReplicationFactor: 3 } })).map((i) => i.code)).toEqual(['msk/broker-count']);
  });
  test('logging.s3: {} (through JSON) is refused instead of S3 logging with no bucket', () => {
    const err = validationErrorOf(() => planMskCluster(msk({ logging: { s3: {} } }), SUBNETS));
    expect(err.codes).toEqual(['msk/log-bucket']);
    expect(err.issues[0].message).toBe('`logging.s3.bucketName` must be set to an S3 bucket name when `logging.s3` is given, got: undefined. Name the bucket, or remove `logging.s3`.');
  });
  test('storage and alarm thresholds name the type', () => {
    expect(mskErrors(msk({ storage: { volumeSizeGiB: '1000' }, alarms: { cpuPercent: '60' } })).map((i) => i.code)).toEqual(['msk/volume-size', 'msk/alarm-threshold']);
  });
});

describe('typed counts on the other targets', () => {
  test('Event Hubs partitions "4" and GCP vcpuCount "3" name the type, once', () => {
    const eh = validateEventHubsNamespace({ namespaceName: 'contoso-orders', eventHubs: [{ name: 'orders', partitions: '4' }] } as never).filter((i) => i.severity === 'error');
    expect(eh.map((i) => i.message)).toEqual(['`eventHubs[0].partitions` must be an integer, got: "4" (a string). Write it without quotes: 4.']);
    const gcp = validateGcpKafkaCluster(gcpSpec({ vcpuCount: '3' } as never)).filter((i) => i.severity === 'error');
    expect(gcp.map((i) => i.message)).toEqual(['`vcpuCount` must be an integer, got: "3" (a string). Write it without quotes: 3.']);
  });
});
