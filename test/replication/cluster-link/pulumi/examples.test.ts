/**
 * examples/pulumi/confluent-cluster-link runs under mocks, as deployed (no failover) and with `failover` set in the
 * stack config: resources (secrets scrubbed), URNs and outputs are snapshotted, so a rename that would replace a
 * link or a mirror topic fails here first.
 */
import { program } from '../../../../examples/pulumi/confluent-cluster-link/program';
import { recordRegistrations, type RegistrationRecording } from '../../../support/pulumi-registrations';
import { MOCK_API_SECRET } from '../../../confluent/pulumi/support';

const record = (config: Record<string, string> = {}) => recordRegistrations(program, { project: 'proj', stack: 'dev', config });

let steady: RegistrationRecording<ReturnType<typeof program>>;
let failedOver: RegistrationRecording<ReturnType<typeof program>>;
beforeAll(async () => {
  steady = await record();
  failedOver = await record({ failover: 'failover' });
});

test('snapshot: resources, URNs and outputs', () => {
  expect({ resources: steady.resources, urns: steady.urns, outputs: steady.outputs }).toMatchSnapshot();
});

test('the link pulls from the primary into the DR cluster, after both components and the link keys', () => {
  const link = steady.resources.find((r) => r.name === 'orders-dr' && r.type === 'confluentcloud:index/clusterLink:ClusterLink')!;
  expect(link.inputs).toMatchObject({ link: 'orders-dr', linkMode: 'DESTINATION', connectionMode: 'OUTBOUND', sourceKafkaCluster: '[secret]', destinationKafkaCluster: '[secret]' });
  const reg = steady.registrations.find((r) => r.name === 'orders-dr' && r.type === 'confluentcloud:index/clusterLink:ClusterLink')!;
  expect(reg.protect).toBe(true);
  expect(reg.dependencies).toEqual(expect.arrayContaining([
    // Depending on a component means depending on all its children: the source topics exist before mirroring.
    expect.stringMatching(/::primary-topic-orders$/), expect.stringMatching(/::primary-topic-payments$/), expect.stringMatching(/KafkaCluster::dr$/),
    expect.stringMatching(/::orders-dr-source-link-key$/), expect.stringMatching(/::orders-dr-destination-link-key$/),
  ]));
  expect(steady.resources.filter((r) => r.type === 'confluentcloud:index/roleBinding:RoleBinding' && r.name.startsWith('orders-dr-')).map((r) => r.inputs.roleName)).toEqual(['CloudClusterAdmin', 'CloudClusterAdmin']);
});

test('failover is a stack setting: every mirror topic FAILED_OVER, nothing else changes', () => {
  expect(steady.outputs.mirrorTopicStatuses).toEqual({ orders: 'ACTIVE', payments: 'ACTIVE' });
  expect(failedOver.outputs.mirrorTopicStatuses).toEqual({ orders: 'FAILED_OVER', payments: 'FAILED_OVER' });
  expect(failedOver.urns).toEqual(steady.urns);
  const differing = failedOver.resources.filter((r, i) => JSON.stringify(r) !== JSON.stringify(steady.resources[i])).map((r) => r.name);
  expect(differing).toEqual(['orders-dr-mirror-orders', 'orders-dr-mirror-payments']);
});

test('no API key secret in the recording; client properties are secrets', () => {
  expect(JSON.stringify({ resources: steady.resources, outputs: steady.outputs })).not.toContain(MOCK_API_SECRET);
  expect(steady.outputs.drClientProperties).toEqual({ billing: '[secret]' });
});
