/**
 * The self-managed Pulumi examples under mocks: URNs and outputs snapshotted (a rename that would replace a node
 * fails here first), every child parented, no secret anywhere, nodes in the isolated subnets (S3 artifacts).
 */
import { program as dev } from '../../../examples/pulumi/self-managed-dev/program';
import { program as kraft } from '../../../examples/pulumi/self-managed-kraft/program';
import { secretFindings } from '../cdk/support';
import { MOCK_PASSWORD, record, type Recording } from './support';

const examples: Record<string, () => unknown> = { 'self-managed-kraft': kraft, 'self-managed-dev': dev };
const recordings = new Map<string, Recording<unknown>>();
beforeAll(async () => {
  for (const [name, program] of Object.entries(examples)) recordings.set(name, await record(program));
});

describe.each(Object.keys(examples))('examples/pulumi/%s', (name) => {
  test('snapshot: URNs and outputs', () => {
    const r = recordings.get(name)!;
    expect({ urns: r.urns, outputs: r.outputs }).toMatchSnapshot();
  });
  test('no secret in the recording; every resource top-level or parented to a kafka-iac component', () => {
    const r = recordings.get(name)!;
    expect(JSON.stringify(r)).not.toContain(MOCK_PASSWORD);
    expect(secretFindings(r.resources.filter((x) => !x.name.endsWith('-provisioner')))).toEqual([]);
    for (const reg of r.registrations) expect(reg.parent === '' || /kafka-iac:aws:[A-Za-z]+::[^:]+$/.test(reg.parent)).toBe(true);
  });
});

test('kraft: 9 nodes in the isolated subnets, tiered bucket, alarms notify the topic; dev: one combined node, nothing retained', () => {
  const k = recordings.get('self-managed-kraft')!;
  const asgs = k.resources.filter((x) => x.type === 'aws:autoscaling/group:Group');
  expect(asgs).toHaveLength(9);
  for (const a of asgs) expect(String((a.inputs.vpcZoneIdentifiers as string[])[0])).toMatch(/^orders-vpc-subnet-\d-id$/);
  expect(k.byName('orders-tiered-bucket').inputs.bucket).toBe('example-orders-kafka-tiered-eu-west-1');
  for (const a of k.resources.filter((x) => x.type === 'aws:cloudwatch/metricAlarm:MetricAlarm')) expect(a.inputs.alarmActions).toEqual(['arn:aws:sns:us-east-1:123456789012:orders-alarms']);
  const d = recordings.get('self-managed-dev')!;
  expect(d.resources.filter((x) => x.type === 'aws:autoscaling/group:Group').map((x) => x.name)).toEqual(['dev-combined-1-asg']);
  expect(d.registrations.filter((x) => x.retainOnDelete)).toEqual([]);
});
