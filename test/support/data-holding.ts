/**
 * Which resource types hold data (or the network a retained cluster lives in), per provider, and the properties
 * whose change replaces them: a changed logical id, URN or replacing property loses what the resource holds (or
 * orphans a retained copy), so each one is a migration (MIGRATIONS.md). Types and replacing properties as documented
 * by the CloudFormation resource reference ("Update requires: Replacement") and the Pulumi providers
 * (@pulumi/aws 7, @pulumi/azure-native 3, @pulumi/confluentcloud 2, @pulumi/gcp 9.37); checked 2026-12-04.
 * Also the ledger entries of an example and the data-safety selection test/examples.test.ts checks.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import type { PulumiRecording } from '../../lib/testing/pulumi';
import type { Registration } from './pulumi-registrations';


/** CloudFormation type -> properties whose change replaces the resource (the ones worth recording). */
export const CFN_DATA_HOLDING_TYPES: Readonly<Record<string, readonly string[]>> = {
  'AWS::MSK::Cluster': ['ClusterName'],
  'AWS::MSK::ServerlessCluster': ['ClusterName'],
  'AWS::MSK::Topic': ['TopicName', 'ReplicationFactor'],
  'AWS::Glue::Registry': ['Name'],
  'AWS::Glue::Schema': ['Name', 'DataFormat'],
  'AWS::KMS::Key': [],
  'AWS::Logs::LogGroup': ['LogGroupName'],
  'AWS::S3::Bucket': ['BucketName'],
  'AWS::SecretsManager::Secret': ['Name'],
  'AWS::EC2::Volume': ['AvailabilityZone'],
  'AWS::Route53::HostedZone': ['Name'],
  // The network of a retained cluster: its interfaces stay in these subnets.
  'AWS::EC2::VPC': ['CidrBlock'],
  'AWS::EC2::Subnet': ['AvailabilityZone', 'CidrBlock'],
  'AWS::EC2::RouteTable': [],
  'AWS::EC2::VPCEndpoint': ['ServiceName'],
};

/** Pulumi type token -> inputs whose change replaces the resource. */
export const PULUMI_DATA_HOLDING_TYPES: Readonly<Record<string, readonly string[]>> = {
  'aws:msk/cluster:Cluster': ['clusterName'],
  'aws:msk/serverlessCluster:ServerlessCluster': ['clusterName'],
  'aws:msk/topic:Topic': ['name', 'replicationFactor'],
  'aws:glue/registry:Registry': ['registryName'],
  'aws:glue/schema:Schema': ['schemaName', 'dataFormat'],
  'confluentcloud:index/schema:Schema': ['subjectName', 'format'],
  'aws:kms/key:Key': [],
  'aws:cloudwatch/logGroup:LogGroup': ['name'],
  'aws:s3/bucket:Bucket': ['bucket'],
  'aws:secretsmanager/secret:Secret': ['name'],
  'aws:ebs/volume:Volume': ['availabilityZone'],
  'aws:route53/zone:Zone': ['name'],
  'aws:ec2/vpc:Vpc': ['cidrBlock'],
  'aws:ec2/subnet:Subnet': ['availabilityZone', 'cidrBlock'],
  'aws:ec2/routeTable:RouteTable': [],
  'aws:ec2/vpcEndpoint:VpcEndpoint': ['serviceName'],
  'azure-native:eventhub:Cluster': ['clusterName'],
  'azure-native:eventhub:Namespace': ['namespaceName'],
  'azure-native:eventhub:EventHub': ['eventHubName'],
  'azure-native:eventhub:ConsumerGroup': ['consumerGroupName'],
  'confluentcloud:index/environment:Environment': [],
  'confluentcloud:index/kafkaCluster:KafkaCluster': ['cloud', 'region'],
  'confluentcloud:index/byokKey:ByokKey': [],
  'confluentcloud:index/kafkaTopic:KafkaTopic': ['topicName'],
  'confluentcloud:index/kafkaMirrorTopic:KafkaMirrorTopic': ['mirrorTopicName'],
  'gcp:managedkafka/cluster:Cluster': ['clusterId'],
  'gcp:managedkafka/topic:Topic': ['topicId'],
  'gcp:managedkafka/connectCluster:ConnectCluster': ['connectClusterId'],
  'gcp:managedkafka/connector:Connector': ['connectorId'],
  'gcp:kms/keyRing:KeyRing': ['name'],
  'gcp:kms/cryptoKey:CryptoKey': ['name'],
};

/** Pulumi types that are network (retained with the cluster, protected only where they hold data). */
export const NETWORK_TYPES: ReadonlySet<string> = new Set(['aws:ec2/vpc:Vpc', 'aws:ec2/subnet:Subnet', 'aws:ec2/routeTable:RouteTable', 'aws:ec2/vpcEndpoint:VpcEndpoint']);

/** The client side of a Confluent PrivateLink (an endpoint and zone in the user's VPC): no cluster data lives there. */
const clientSide = (r: Registration) => r.parent.includes('::kafka-iac:confluent:') && r.type.startsWith('aws:');

/** Data-holding registrations of a kafka-iac component (the examples' own alarm topics and keys are left out). */
export const heldByKafkaIac = (regs: readonly Registration[]): Registration[] =>
  regs.filter((r) => r.type in PULUMI_DATA_HOLDING_TYPES && r.parent.includes('::kafka-iac:') && !clientSide(r));

/** ` Prop=value` for each replacing property that is set (JSON for non-strings, e.g. CloudFormation functions). */
export function identityProps(props: Record<string, unknown> | undefined, keys: readonly string[]): string {
  return keys
    .filter((k) => props?.[k] !== undefined)
    .map((k) => {
      const v = props![k];
      return ` ${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`;
    })
    .join('');
}

const CDK_EXAMPLES = path.join(__dirname, '..', '..', 'examples', 'cdk');

/** Every CDK example that builds an app (`buildApp`), sorted. */
export function cdkExampleNames(): string[] {
  return fs.readdirSync(CDK_EXAMPLES).filter((f) => f.endsWith('.ts') && /export function buildApp\b/.test(fs.readFileSync(path.join(CDK_EXAMPLES, f), 'utf8')))
    .map((f) => f.slice(0, -3)).sort();
}

/** The ledger entries of one CDK example: its app synthesized (validator off), the data-holding resources of each stack. */
export function cdkEntries(example: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each example's builder, found on disk
  const { buildApp } = require(path.join(CDK_EXAMPLES, example)) as { buildApp: (app: App) => unknown };
  const app = new App({ builtinCloudFormationValidation: false });
  buildApp(app);
  const stacks = app.node.findAll().filter((c): c is Stack => Stack.isStack(c));
  const assembly = app.synth();
  return stacks.flatMap((stack) => {
    const resources = assembly.getStackArtifact(stack.artifactId).template.Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>;
    return Object.entries(resources)
      .filter(([, r]) => r.Type in CFN_DATA_HOLDING_TYPES)
      .map(([id, r]) => `cdk/${example} ${stack.stackName}/${id} ${r.Type}${identityProps(r.Properties, CFN_DATA_HOLDING_TYPES[r.Type]!)}`);
  });
}

/** The ledger entries of one Pulumi example, from its recording: URN, then the replacing inputs. */
export function pulumiEntries(example: string, r: PulumiRecording<unknown>): string[] {
  return r.urns.flatMap((urn) => {
    const [, , types, ...rest] = urn.split('::');
    const type = types!.split('$').pop()!;
    const keys = PULUMI_DATA_HOLDING_TYPES[type];
    if (!keys) return [];
    const name = rest.join('::');
    const resource = r.resources.find((x) => x.type === type && x.name === name);
    return [`pulumi/${example} ${urn}${identityProps(resource?.inputs as Record<string, unknown> | undefined, keys)}`];
  });
}

/** One row of MIGRATIONS.md's machine-readable table. */
export interface IdChange {
  readonly old: string;
  /** The entry that replaces `old`, or `removed`. */
  readonly new: string;
  readonly migration: string;
}

export const ID_CHANGES_BEGIN = '<!-- data-holding-id-changes:begin -->';
export const ID_CHANGES_END = '<!-- data-holding-id-changes:end -->';

/** Reads the table between the markers: | `old` | `new` or removed | since | migration |. */
export function parseIdChanges(markdown: string): IdChange[] {
  const start = markdown.indexOf(ID_CHANGES_BEGIN);
  const end = markdown.indexOf(ID_CHANGES_END);
  if (start < 0 || end < start) throw new Error(`MIGRATIONS.md: the table must sit between ${ID_CHANGES_BEGIN} and ${ID_CHANGES_END}`);
  const rows = markdown.slice(start + ID_CHANGES_BEGIN.length, end).split('\n').filter((l) => l.startsWith('|')).slice(2);
  return rows.map((row) => {
    const cells = row.slice(1, -1).split(' | ').map((c) => c.trim());
    if (cells.length !== 4) throw new Error(`MIGRATIONS.md: a row needs 4 cells (old, new, since, migration), got: ${row}`);
    const unquote = (c: string) => (c.startsWith('`') && c.endsWith('`') ? c.slice(1, -1) : c);
    return { old: unquote(cells[0]!), new: unquote(cells[1]!), migration: cells[3]! };
  });
}
