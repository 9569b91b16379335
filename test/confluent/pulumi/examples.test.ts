/**
 * The Confluent Pulumi examples run under mocks: resources (secrets scrubbed), URNs and outputs are snapshotted,
 * so a rename that would replace a cluster fails here first.
 */
import { program as dedicatedPrivateLink } from '../../../examples/pulumi/confluent-dedicated-privatelink/program';
import { program as standardDev } from '../../../examples/pulumi/confluent-standard-dev/program';
import { MOCK_API_SECRET, mockedConfluentId, recordConfluent, type ConfluentRecording } from './support';

const examples: Record<string, () => unknown> = { 'confluent-dedicated-privatelink': dedicatedPrivateLink, 'confluent-standard-dev': standardDev };
const recordings = new Map<string, ConfluentRecording<unknown>>();
beforeAll(async () => {
  for (const [name, program] of Object.entries(examples)) recordings.set(name, await recordConfluent(program));
});

describe.each(Object.keys(examples))('examples/pulumi/%s', (name) => {
  test('snapshot: resources, URNs and outputs', () => {
    const r = recordings.get(name)!;
    expect({ resources: r.resources, urns: r.urns, outputs: r.outputs }).toMatchSnapshot();
  });

  test('no API key secret in the recording; client properties are secrets', () => {
    const r = recordings.get(name)!;
    expect(JSON.stringify({ resources: r.resources, outputs: r.outputs })).not.toContain(MOCK_API_SECRET);
    expect(Object.values((r.outputs as { clientProperties: Record<string, string> }).clientProperties).every((v) => v === '[secret]')).toBe(true);
  });

  test('cluster and environment are protected', () => {
    const r = recordings.get(name)!;
    const prefix = name === 'confluent-standard-dev' ? 'dev' : 'payments';
    expect(r.registration(prefix, 'confluentcloud:index/kafkaCluster:KafkaCluster').protect).toBe(true);
    expect(r.registration(`${prefix}-env`).protect).toBe(true);
  });
});

test('dedicated example: two apps, least privilege, BYOK, PrivateLink endpoint', () => {
  const r = recordings.get('confluent-dedicated-privatelink')!;
  expect(r.byName('payments', 'confluentcloud:index/kafkaCluster:KafkaCluster').inputs).toMatchObject({ dedicated: { cku: 2 }, availability: 'MULTI_ZONE', byokKey: { id: mockedConfluentId('byokKey', 'ByokKey', 'payments-byok') } });
  expect(r.ofType('confluentcloud:index/roleBinding:RoleBinding').map((x) => `${x.name} ${x.inputs.roleName}`).sort()).toEqual([
    'payments-access-audit-read-group-prefix-audit. DeveloperRead', 'payments-access-audit-read-topic-all DeveloperRead',
    'payments-access-refunds-writer-write-topic-refunds DeveloperWrite',
    'payments-admin-manage-topic-payments DeveloperManage', 'payments-admin-manage-topic-refunds DeveloperManage',
    'payments-ledger-read-group-ledger DeveloperRead', 'payments-ledger-read-topic-payments DeveloperRead',
    'payments-payments-read-group-payments DeveloperRead', 'payments-payments-read-topic-refunds DeveloperRead', 'payments-payments-write-topic-payments DeveloperWrite',
  ]);
  expect(r.ofType('aws:ec2/vpcEndpoint:VpcEndpoint')).toHaveLength(1);
  // The intents' client quota and the service account created for the refunds principal.
  expect(r.byName('payments-access-refunds-writer-quota').inputs).toMatchObject({
    displayName: 'payments-refunds-writer', throughput: { ingressByteRate: '5000000', egressByteRate: '5000000' },
    principals: [mockedConfluentId('serviceAccount', 'ServiceAccount', 'payments-refunds')],
  });
  expect(r.byName('payments-refunds', 'confluentcloud:index/serviceAccount:ServiceAccount').inputs.displayName).toBe('payments-refunds');
});
