/**
 * Which resource types hold data (or the network a retained cluster lives in), per provider, and the properties
 * whose change replaces them: a changed logical id, URN or replacing property loses what the resource holds (or
 * orphans a retained copy), so each one is a migration (MIGRATIONS.md). Types and replacing properties as documented
 * by the CloudFormation resource reference ("Update requires: Replacement") and the Pulumi providers
 * (@pulumi/aws 7, @pulumi/azure-native 3, @pulumi/confluentcloud 2, @pulumi/gcp 9.37); checked 2026-12-04.
 */

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
