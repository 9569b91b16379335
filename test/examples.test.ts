/**
 * Checks over every example, each Pulumi program recorded once (with the registrations' engine options) and each
 * CDK app synthesized once, shared by the three sections below:
 *
 * - Pulumi programs under `recordPulumi` with the default mocks and no override (only the stack configuration its
 *   Pulumi.yaml declares): the components and key resources are there, and every input and output is known and
 *   built from real-looking values (never `[unknown]`, never the string `undefined`).
 * - Data safety on the Pulumi faces: every data-holding resource (the types in test/support/data-holding.ts) is
 *   `protect`ed and `retainOnDelete`, and the network of a retained cluster is retained; an example that opts out
 *   (`removal: 'destroy'`, `protect: false`) has neither. The CDK faces' DeletionPolicy is in the example snapshots
 *   and test/aws/cdk/kafka-vpc.test.ts.
 * - The data-holding ledger: the logical ids (CDK) and URNs (Pulumi) of every data-holding resource of every
 *   example, with the properties whose change replaces them, compared with test/data-holding-ids.txt (every entry
 *   ever shipped). An entry that disappears (renamed, replaced, removed) must have its row, with the migration, in
 *   MIGRATIONS.md; a new entry is added to the ledger (`UPDATE_DATA_HOLDING_LEDGER=1 npx jest test/examples.test.ts`).
 *   The ledger never loses a line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BUILT_FROM_UNDEFINED, stringLeaves } from './support/recorded-strings';
import { PULUMI_EXAMPLE_CONFIG as STACK_CONFIG, PULUMI_EXAMPLE_NAMES as names, PULUMI_EXAMPLES_DIR as EXAMPLES, recordPulumiExample } from './support/pulumi-examples';
import { NETWORK_TYPES, cdkEntries, cdkExampleNames, heldByKafkaIac, parseIdChanges, pulumiEntries } from './support/data-holding';
import type { RegistrationRecording } from './support/pulumi-registrations';
import { UNKNOWN_PLACEHOLDER } from '../lib/testing/pulumi';

/** Per example: its components (`type name`) and the resource types that make it what it is. */
const EXPECTED: Record<string, { components: string[]; resources: string[] }> = {
  'archival-express-s3': {
    components: ['kafka-iac:aws:KafkaVpc orders-vpc', 'kafka-iac:aws:MskCluster orders', 'kafka-iac:pipelines:TopicArchive orders-archive'],
    resources: ['aws:msk/channel:Channel', 'aws:s3/bucket:Bucket', 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration', 'aws:kms/key:Key'],
  },
  'archival-standard-connect': {
    components: ['kafka-iac:aws:KafkaVpc payments-vpc', 'kafka-iac:aws:MskCluster payments', 'kafka-iac:pipelines:ConnectTopicArchive payments-archive'],
    resources: ['aws:mskconnect/connector:Connector', 'aws:mskconnect/customPlugin:CustomPlugin', 'aws:lambda/invocation:Invocation', 'aws:s3/bucket:Bucket', 'aws:cloudwatch/logGroup:LogGroup'],
  },
  'confluent-cluster-link': {
    components: ['kafka-iac:confluent:ConfluentKafka dr', 'kafka-iac:confluent:ConfluentKafka primary', 'kafka-iac:replication:ClusterLink orders-dr'],
    resources: ['confluentcloud:index/clusterLink:ClusterLink', 'confluentcloud:index/kafkaMirrorTopic:KafkaMirrorTopic'],
  },
  'confluent-dedicated-privatelink': {
    components: ['kafka-iac:confluent:ConfluentKafka payments'],
    resources: ['confluentcloud:index/network:Network', 'confluentcloud:index/privateLinkAccess:PrivateLinkAccess', 'aws:ec2/vpcEndpoint:VpcEndpoint', 'aws:route53/record:Record', 'confluentcloud:index/byokKey:ByokKey',
      'confluentcloud:index/kafkaClientQuota:KafkaClientQuota'],
  },
  'confluent-standard-dev': {
    components: ['kafka-iac:confluent:ConfluentKafka dev'],
    resources: ['confluentcloud:index/kafkaCluster:KafkaCluster', 'confluentcloud:index/apiKey:ApiKey', 'confluentcloud:index/kafkaTopic:KafkaTopic'],
  },
  'event-hubs-premium': {
    components: ['kafka-iac:azure:EventHubsNamespace orders'],
    resources: ['azure-native:eventhub:Namespace', 'azure-native:network:PrivateEndpoint', 'azure-native:authorization:RoleAssignment', 'azure-native:managedidentity:UserAssignedIdentity'],
  },
  'event-hubs-standard-dev': {
    components: ['kafka-iac:azure:EventHubsNamespace orders-dev'],
    resources: ['azure-native:eventhub:Namespace', 'azure-native:eventhub:NamespaceNetworkRuleSet', 'azure-native:authorization:RoleAssignment'],
  },
  'express-default': {
    components: ['kafka-iac:aws:KafkaVpc orders-network', 'kafka-iac:aws:MskCluster orders'],
    resources: ['aws:msk/cluster:Cluster', 'aws:msk/configuration:Configuration', 'aws:cloudwatch/metricAlarm:MetricAlarm', 'aws:sns/topic:Topic'],
  },
  'gcp-managed-kafka-production': {
    components: ['kafka-iac:gcp:ManagedKafkaCluster orders'],
    resources: ['gcp:managedkafka/cluster:Cluster', 'gcp:managedkafka/topic:Topic', 'gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember', 'gcp:managedkafka/acl:Acl'],
  },
  'mirror-maker-2': {
    components: [
      'kafka-iac:aws:KafkaVpc orders-dr-vpc', 'kafka-iac:aws:KafkaVpc orders-vpc', 'kafka-iac:aws:KafkaVpcPeering orders-dr-peering', 'kafka-iac:aws:MskCluster orders-dr',
      'kafka-iac:aws:SelfManagedKafkaCluster orders', 'kafka-iac:replication:MirrorMaker2 orders-dr-mm2',
    ],
    resources: [
      'aws:autoscaling/group:Group', 'aws:msk/cluster:Cluster', 'aws:lambda/invocation:Invocation', 'pulumi:providers:aws',
      'aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter', 'aws:ec2/route:Route', 'aws:route53/zoneAssociation:ZoneAssociation',
    ],
  },
  'express-topics': {
    components: ['kafka-iac:aws:KafkaVpc orders-network', 'kafka-iac:aws:MskCluster orders'],
    resources: ['aws:msk/cluster:Cluster', 'aws:msk/topic:Topic', 'aws:iam/rolePolicy:RolePolicy'],
  },
  'msk-lambda-consumer': {
    components: ['kafka-iac:aws:KafkaVpc orders-network', 'kafka-iac:aws:MskCluster orders', 'kafka-iac:pipelines:GlueSchemaRegistry orders-schemas'],
    resources: ['aws:lambda/eventSourceMapping:EventSourceMapping', 'aws:iam/rolePolicy:RolePolicy', 'aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule', 'aws:sqs/queue:Queue'],
  },
  'provisioned-tiered-scram': {
    components: ['kafka-iac:aws:KafkaAdminFunction payments-kafka-access', 'kafka-iac:aws:KafkaVpc payments-network', 'kafka-iac:aws:MskCluster payments'],
    resources: [
      'aws:msk/cluster:Cluster', 'aws:msk/scramSecretAssociation:ScramSecretAssociation', 'aws:appautoscaling/policy:Policy', 'aws:secretsmanager/secret:Secret',
      'aws:msk/topic:Topic', 'aws:lambda/invocation:Invocation',
    ],
  },
  'schema-registry-glue': {
    components: ['kafka-iac:aws:KafkaVpc orders-vpc', 'kafka-iac:aws:MskCluster orders', 'kafka-iac:pipelines:GlueSchemaRegistry orders-schemas'],
    resources: ['aws:glue/registry:Registry', 'aws:glue/schema:Schema', 'aws:iam/rolePolicy:RolePolicy'],
  },
  'self-managed-dev': {
    components: ['kafka-iac:aws:KafkaVpc dev-vpc', 'kafka-iac:aws:SelfManagedKafkaCluster dev'],
    resources: ['aws:autoscaling/group:Group', 'aws:lambda/invocation:Invocation', 'aws:route53/record:Record', 'aws:ec2/launchTemplate:LaunchTemplate'],
  },
  'self-managed-kraft': {
    components: ['kafka-iac:aws:KafkaAdminFunction orders-admin', 'kafka-iac:aws:KafkaVpc orders-vpc', 'kafka-iac:aws:SelfManagedKafkaCluster orders'],
    resources: ['aws:autoscaling/group:Group', 'aws:lambda/eventSourceMapping:EventSourceMapping', 'aws:lambda/invocation:Invocation', 'aws:s3/bucket:Bucket', 'aws:cloudwatch/metricAlarm:MetricAlarm'],
  },
  'serverless-client': {
    components: ['kafka-iac:aws:KafkaVpc events-network', 'kafka-iac:aws:MskServerlessCluster events'],
    resources: ['aws:msk/serverlessCluster:ServerlessCluster', 'aws:iam/rolePolicy:RolePolicy'],
  },
};

/** The keys under `config:` in a Pulumi.yaml. */
function declaredConfig(example: string): string[] {
  const yaml = fs.readFileSync(path.join(EXAMPLES, example, 'Pulumi.yaml'), 'utf8');
  const block = /^config:\n((?: {2}.*\n?)*)/m.exec(yaml)?.[1] ?? '';
  return [...block.matchAll(/^ {2}([A-Za-z0-9:_-]+):/gm)].map((m) => m[1]!).sort();
}

const recordings = new Map<string, RegistrationRecording<unknown>>();
beforeAll(async () => {
  // One recording per example, in turn (Pulumi mocks are global), shared by every section.
  for (const name of names) recordings.set(name, await recordPulumiExample(name));
}, 300_000);

test('every example is covered, with exactly the stack configuration its Pulumi.yaml declares', () => {
  expect(names.length).toBeGreaterThanOrEqual(12);
  expect(Object.keys(EXPECTED).sort()).toEqual(names);
  for (const name of names) {
    expect([name, Object.keys(STACK_CONFIG[name] ?? {}).filter((k) => !k.includes(':')).sort()]).toEqual([name, declaredConfig(name)]);
  }
});

describe.each(names)('examples/pulumi/%s under the default mocks', (name) => {
  test('its components and key resources', () => {
    const r = recordings.get(name)!;
    expect(r.resources.filter((x) => !x.custom).map((x) => `${x.type} ${x.name}`)).toEqual(EXPECTED[name]!.components);
    const types = new Set(r.resources.map((x) => x.type));
    for (const type of EXPECTED[name]!.resources) expect([type, types.has(type)]).toEqual([type, true]);
    expect(new Set(r.urns).size).toBe(r.resources.length);
  });

  test('every input and output is known, and none is built from an undefined value', () => {
    const r = recordings.get(name)!;
    const all = [...r.resources.flatMap((x) => stringLeaves(x.inputs, `${x.type} ${x.name}`)), ...stringLeaves(r.outputs, 'outputs')];
    expect(all.filter(([, v]) => v === UNKNOWN_PLACEHOLDER)).toEqual([]);
    expect(all.filter(([, v]) => BUILT_FROM_UNDEFINED.test(v))).toEqual([]);
    const outputs = r.outputs as Record<string, unknown>;
    expect(Object.keys(outputs).length).toBeGreaterThan(0);
    for (const [key, value] of Object.entries(outputs)) expect([key, value === undefined || value === '']).toEqual([key, false]);
  });
});

describe('data safety on the Pulumi faces', () => {
  const PROTECTED = ['express-default', 'express-topics', 'schema-registry-glue', 'archival-express-s3', 'archival-standard-connect', 'msk-lambda-consumer', 'provisioned-tiered-scram', 'serverless-client', 'self-managed-kraft', 'event-hubs-premium', 'gcp-managed-kafka-production', 'confluent-dedicated-privatelink'];

  describe.each(PROTECTED)('examples/pulumi/%s (defaults)', (example) => {
    test('every data-holding resource is retained, and protected unless it is network', () => {
      const data = heldByKafkaIac(recordings.get(example)!.registrations);
      expect(data.length).toBeGreaterThan(0);
      expect(data.filter((r) => !r.retainOnDelete).map((r) => `${r.type} ${r.name}`)).toEqual([]);
      expect(data.filter((r) => !NETWORK_TYPES.has(r.type) && !r.protect).map((r) => `${r.type} ${r.name}`)).toEqual([]);
    });
  });

  describe.each(['self-managed-dev', 'event-hubs-standard-dev'])('examples/pulumi/%s (removal: destroy)', (example) => {
    test('nothing is retained or protected', () => {
      const regs = recordings.get(example)!.registrations;
      expect(heldByKafkaIac(regs).length).toBeGreaterThan(0);
      expect(regs.filter((r) => r.protect || r.retainOnDelete).map((r) => `${r.type} ${r.name}`)).toEqual([]);
    });
  });
});

describe('the data-holding ledger (test/data-holding-ids.txt)', () => {
  const ROOT = path.join(__dirname, '..');
  const LEDGER = path.join(__dirname, 'data-holding-ids.txt');

  const LEDGER_HEADER = [
    '# Every data-holding entry the examples ever shipped (test/examples.test.ts). Never delete a line: an entry',
    '# that disappears needs its row in MIGRATIONS.md. UPDATE_DATA_HOLDING_LEDGER=1 npx jest test/examples.test.ts',
    '# appends new entries.',
  ];
  const readLedger = () => fs.readFileSync(LEDGER, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const current = new Set<string>();
  let ledger = readLedger();
  beforeAll(() => {
    for (const name of cdkExampleNames()) for (const e of cdkEntries(name)) current.add(e);
    for (const name of names) for (const e of pulumiEntries(name, recordings.get(name)!)) current.add(e);
    // Additions only: the union of what was shipped and what the examples build now.
    if (process.env.UPDATE_DATA_HOLDING_LEDGER !== '1') return;
    fs.writeFileSync(LEDGER, [...LEDGER_HEADER, ...[...new Set([...ledger, ...current])].sort()].join('\n') + '\n');
    ledger = readLedger();
  }, 900_000);
  const changes = parseIdChanges(fs.readFileSync(path.join(ROOT, 'MIGRATIONS.md'), 'utf8'));

  test('every example contributes data-holding entries of every kind it builds', () => {
    expect(current.size).toBeGreaterThan(100);
    const kinds = (prefix: string) => new Set([...current].filter((e) => e.startsWith(prefix)).map((e) => e.split(' ')[0]));
    expect([...kinds('cdk/')].sort()).toEqual(cdkExampleNames().map((n) => `cdk/${n}`));
    expect([...kinds('pulumi/')].sort()).toEqual(names.map((n) => `pulumi/${n}`));
  });

  test('no new data-holding entry is missing from the ledger (add new ones to test/data-holding-ids.txt)', () => {
    const known = new Set(ledger);
    expect([...current].filter((e) => !known.has(e)).sort()).toEqual([]);
  });

  test('every ledger entry still exists, or MIGRATIONS.md says how to migrate from it', () => {
    const migrated = new Set(changes.map((c) => c.old));
    expect(ledger.filter((e) => !current.has(e) && !migrated.has(e))).toEqual([]);
  });

  test('every MIGRATIONS.md row is about a shipped entry that is gone, and names what replaced it', () => {
    const known = new Set(ledger);
    for (const c of changes) {
      expect([c.old, known.has(c.old), current.has(c.old)]).toEqual([c.old, true, false]);
      expect([c.old, c.new === 'removed' || current.has(c.new)]).toEqual([c.old, true]);
      expect([c.old, c.migration.length > 40]).toEqual([c.old, true]);
    }
  });

  test('the ledger is sorted and has no duplicates (so a diff shows exactly what changed)', () => {
    expect(ledger).toEqual([...new Set(ledger)].sort());
  });
});
