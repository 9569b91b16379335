/**
 * Every Pulumi example runs under mocks: recorded resources (secrets scrubbed), URNs and outputs are
 * snapshotted, so a rename that would replace a cluster fails here first.
 */
import { program as expressDefault } from '../../../examples/pulumi/express-default/program';
import { program as expressTopics } from '../../../examples/pulumi/express-topics/program';
import { program as mskLambdaConsumer } from '../../../examples/pulumi/msk-lambda-consumer/program';
import { program as provisionedTieredScram } from '../../../examples/pulumi/provisioned-tiered-scram/program';
import { program as serverlessClient } from '../../../examples/pulumi/serverless-client/program';
import { MOCK_PASSWORD, recordMsk, type MskRecording } from './support';

const examples: Record<string, () => unknown> = { 'express-default': expressDefault, 'express-topics': expressTopics, 'msk-lambda-consumer': mskLambdaConsumer, 'provisioned-tiered-scram': provisionedTieredScram, 'serverless-client': serverlessClient };

const recordings = new Map<string, MskRecording<unknown>>();
beforeAll(async () => {
  // One recording per example, awaited in turn (Pulumi mocks are global).
  for (const [name, program] of Object.entries(examples)) recordings.set(name, await recordMsk(program));
});

describe.each(Object.keys(examples))('examples/pulumi/%s', (name) => {
  let r: MskRecording<unknown>;
  beforeAll(() => {
    r = recordings.get(name)!;
  });

  test('snapshot: resources, URNs and outputs', () => {
    expect({ resources: r.resources, urns: r.urns, outputs: r.outputs }).toMatchSnapshot();
  });

  test('no generated password in the recording', () => {
    expect(JSON.stringify(r)).not.toContain(MOCK_PASSWORD);
  });

  test('every resource is a top-level resource or parented to a kafka-iac component', () => {
    for (const reg of r.registrations) {
      // A nested component's URN chains the types of its ancestors with `$`.
      expect([reg.name, reg.parent === '' || /::(kafka-iac:aws:[A-Za-z]+\$)*kafka-iac:(aws|pipelines):[A-Za-z]+::/.test(reg.parent)]).toEqual([reg.name, true]);
    }
  });
});

describe('example specifics', () => {
  test('express-default: Express brokers, IAM only, alarms notify the topic', () => {
    const r = recordings.get('express-default')!;
    const c = r.byName('orders').inputs as Record<string, any>;
    expect(c.brokerNodeGroupInfo.instanceType).toBe('express.m7g.large');
    expect(c.clientAuthentication.sasl).toEqual({ iam: true, scram: false });
    expect(c.brokerNodeGroupInfo.clientSubnets).toEqual([0, 1, 2].map((i) => `orders-network-subnet-${i}-id`));
    const alarms = r.resources.filter((x) => x.type === 'aws:cloudwatch/metricAlarm:MetricAlarm');
    expect(alarms.length).toBeGreaterThan(0);
    for (const a of alarms) expect(a.inputs.alarmActions).toEqual(['arn:aws:sns:us-east-1:123456789012:orders-alarms']);
    expect(r.byName('orders-sg-9098-cidr0').inputs).toMatchObject({ fromPort: 9098, cidrIpv4: '10.0.0.0/16' });
    expect((r.outputs as Record<string, string>).bootstrapBrokersSaslIam).toMatch(/:9098/);
  });

  test('provisioned-tiered-scram: 6 x m7g.xlarge, TIERED, auto-scaling, SCRAM + IAM, exporters open to Prometheus only', () => {
    const r = recordings.get('provisioned-tiered-scram')!;
    const c = r.byName('payments').inputs as Record<string, any>;
    expect(c).toMatchObject({ numberOfBrokerNodes: 6, storageMode: 'TIERED', clientAuthentication: { sasl: { iam: true, scram: true } } });
    expect(c.brokerNodeGroupInfo.instanceType).toBe('kafka.m7g.xlarge');
    expect(r.byName('payments-storage-scaling').inputs).toMatchObject({ minCapacity: 1000, maxCapacity: 4000 });
    expect(r.byName('payments-scram-payments-api').inputs).toMatchObject({ name: 'AmazonMSK_payments_payments-api' });
    const ingress = r.resources.filter((x) => x.type === 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule').map((x) => `${x.inputs.fromPort} ${x.inputs.referencedSecurityGroupId}`);
    // The admin function applying the SCRAM users' ACLs and quota reaches the IAM listener only.
    expect(ingress.sort()).toEqual(['11001 payments-prometheus-id', '11002 payments-prometheus-id', '9096 payments-apps-id', '9098 payments-apps-id', '9098 payments-kafka-access-sg-id']);
    expect(Object.keys((r.outputs as { scramSecretArns: Record<string, string> }).scramSecretArns)).toEqual(['ledger', 'payments-api']);
  });

  test('express-topics: four retained, protected topics and one inline policy for the orders service', () => {
    const r = recordings.get('express-topics')!;
    const topics = r.resources.filter((x) => x.type === 'aws:msk/topic:Topic');
    expect(topics.map((t) => t.inputs.name).sort()).toEqual(['customers.snapshot', 'orders.audit', 'orders.dlq', 'orders.v1']);
    for (const t of topics) expect(r.registration(t.name)).toMatchObject({ protect: true, retainOnDelete: true });
    expect(JSON.parse(r.byName('orders-topic-customers.snapshot').inputs.configs as string)).toEqual({ 'cleanup.policy': 'compact', 'min.insync.replicas': '2', 'retention.ms': '-1' });
    expect(r.byName('orders-access-orders-api').inputs.role).toBe('orders-api');
  });

  test('serverless-client: the client role may write and read the events topic', () => {
    const r = recordings.get('serverless-client')!;
    expect(r.byName('events-client-write').inputs.role).toBe('events-client');
    const read = JSON.parse(r.byName('events-client-read').inputs.policy as string).Statement;
    expect(read.map((s: { Action: string[] }) => s.Action).flat()).toEqual(expect.arrayContaining(['kafka-cluster:ReadData', 'kafka-cluster:AlterGroup']));
    expect((r.outputs as Record<string, string>).bootstrapBrokersSaslIam).toMatch(/:9098$/);
  });
});
