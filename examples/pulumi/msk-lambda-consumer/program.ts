/**
 * A Lambda consumer of an Express MSK cluster: the function `billing` reads `orders.placed` as consumer group
 * `billing` over IAM, its records validated against the topic's Avro schema in a Glue schema registry (provisioned
 * pollers), discarded batches sent to an encrypted SQS queue. The KafkaVpc adds the `lambda` interface endpoint so
 * that the pollers reach Lambda and STS from the isolated broker subnets. The Pulumi twin of
 * `examples/cdk/msk-lambda-consumer.ts`. In your own program, import from `kafka-iac/msk/pulumi` and
 * `kafka-iac/pipelines/pulumi`.
 */
import * as pulumi from '@pulumi/pulumi';
import * as cloudwatch from '@pulumi/aws/cloudwatch';
import * as iam from '@pulumi/aws/iam';
import * as lambda from '@pulumi/aws/lambda';
import * as sqs from '@pulumi/aws/sqs';
import { DEFAULT_INTERFACE_ENDPOINTS } from '../../../lib/aws';
import { KafkaVpc, MskCluster } from '../../../lib/msk/pulumi';
import { GlueSchemaRegistry } from '../../../lib/pipelines/pulumi';

const ORDER_PLACED = JSON.stringify({
  type: 'record', name: 'OrderPlaced', namespace: 'com.example.orders',
  fields: [{ name: 'orderId', type: 'string' }, { name: 'amountCents', type: 'long' }],
});

export function program() {
  const network = new KafkaVpc('orders-network', { interfaceEndpoints: [...DEFAULT_INTERFACE_ENDPOINTS, 'lambda'] });
  const cluster = new MskCluster('orders', {
    kind: 'express', clusterName: 'orders', brokerNodes: 3, vpc: network,
    topics: [{ name: 'orders.placed', partitions: 6 }],
  });
  const registry = new GlueSchemaRegistry('orders-schemas', {
    name: 'orders',
    subjects: [{ topic: 'orders.placed', format: 'AVRO', schema: ORDER_PLACED }],
  });

  // The function's own role and log group: no managed policy, logs kept a year (and kept when removed).
  const role = new iam.Role('billing', { assumeRolePolicy: iam.assumeRolePolicyForPrincipal({ Service: 'lambda.amazonaws.com' }), description: 'Billing consumer of orders.placed' });
  const logGroup = new cloudwatch.LogGroup('billing', { retentionInDays: 365 }, { retainOnDelete: true });
  new iam.RolePolicy('billing-logs', {
    role: role.name,
    policy: pulumi.jsonStringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: pulumi.interpolate`${logGroup.arn}:*` }] }),
  });
  const billing = new lambda.Function('billing', {
    runtime: 'nodejs24.x',
    handler: 'index.handler',
    role: role.arn,
    code: new pulumi.asset.AssetArchive({ 'index.js': new pulumi.asset.StringAsset('exports.handler = async (event) => { console.log(Object.keys(event.records ?? {}).length); };') }),
    loggingConfig: { logFormat: 'JSON', logGroup: logGroup.name },
    timeout: 60,
  });

  const failures = new sqs.Queue('billing-failures', { sqsManagedSseEnabled: true, messageRetentionSeconds: 14 * 24 * 3600 }, { retainOnDelete: true });

  cluster.addConsumer({
    functionArn: billing.arn,
    role: role.name,
    topics: ['orders.placed'],
    group: 'billing',
    startingPosition: 'TRIM_HORIZON',
    batching: { batchSize: 500, maximumBatchingWindowSeconds: 5 },
    pollers: { minimum: 1, maximum: 4 },
    schemaRegistry: { registry, eventRecordFormat: 'JSON' },
    onFailure: { kind: 'sqs', arn: failures.arn },
  });

  return { bootstrapBrokers: cluster.bootstrapBrokersSaslIam, functionArn: billing.arn, failuresQueueArn: failures.arn };
}
