/**
 * Self-managed Apache Kafka 3.9 in KRaft mode on EC2: 3 controllers and 6 brokers over 3 AZs, SCRAM-SHA-512 over
 * TLS, mTLS inside, tiered storage to S3, alarms notifying an SNS topic, topics, ACLs and quotas applied by the
 * in-VPC admin function, a Lambda consumer of `orders.v1` as the SCRAM user the catalog grants it to. The Pulumi twin of
 * `examples/cdk/self-managed-kraft.ts`. In your own program, import from `kafka-iac/self-managed-ec2/pulumi`.
 *
 *   npx tsx lib/cli/kafka-iac.ts render examples/pulumi/self-managed-kraft/program.ts --out out
 */
import * as pulumi from '@pulumi/pulumi';
import * as cloudwatch from '@pulumi/aws/cloudwatch';
import * as iam from '@pulumi/aws/iam';
import * as lambda from '@pulumi/aws/lambda';
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/pulumi';
import { kraftCatalog, kraftSpec } from '../../self-managed-specs';
import { alarmTopic } from '../alarm-topic';

/** Read by `kafka-iac render`. */
export const selfManagedSpec = kraftSpec;

export function program() {
  const cluster = new SelfManagedKafkaCluster('orders', {
    ...kraftSpec,
    ...kraftCatalog,
    // Clients anywhere in the default VPC may reach the SCRAM listener; ACLs decide what they may do.
    allowedClientCidrs: ['10.0.0.0/16'],
    alarmTopicArn: alarmTopic('orders-alarms').arn,
  });
  // The consumer's own role and log group: no managed policy, logs kept a year (and kept when removed).
  const role = new iam.Role('orders-app', { assumeRolePolicy: iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }), description: 'orders-app consumer of orders.v1' });
  const logGroup = new cloudwatch.LogGroup('orders-app', { retentionInDays: 365 }, { retainOnDelete: true });
  new iam.RolePolicy('orders-app-logs', {
    role: role.name,
    policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: pulumi.interpolate`${logGroup.arn}:*` }] }),
  });
  const consumer = new lambda.Function('orders-app', {
    runtime: 'nodejs24.x', handler: 'index.handler', role: role.arn, timeout: 60,
    code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async (event) => { console.log(Object.keys(event.records ?? {}).length); };') }),
    loggingConfig: { logFormat: 'JSON', logGroup: logGroup.name },
  });
  // Provisioned pollers: the cluster's own KafkaVpc has no Lambda endpoint.
  const mapping = cluster.addConsumer({
    functionArn: consumer.arn, role: role.name, topics: ['orders.v1'], group: 'orders-app', auth: { scramUser: 'orders-app' }, pollers: { minimum: 1, maximum: 2 },
  });
  return {
    ordersAppMapping: mapping.id,
    bootstrapServersScram: cluster.bootstrapServersScram,
    caCertificateParameter: cluster.caCertificateParameterName,
    clusterId: cluster.clusterId,
    brokerSecurityGroupId: cluster.brokerSecurityGroupId,
  };
}
