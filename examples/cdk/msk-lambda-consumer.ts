/**
 * A Lambda consumer of an Express MSK cluster: the function `billing` reads `orders.placed` as consumer group
 * `billing` over IAM, its records validated against the topic's Avro schema in a Glue schema registry (provisioned
 * pollers), discarded batches sent to an encrypted SQS queue. The cluster's KafkaVpc adds the `lambda` interface
 * endpoint so that the pollers reach Lambda and STS from the isolated broker subnets.
 *
 *   npx tsx examples/cdk/msk-lambda-consumer.ts
 */
import { App, CfnOutput, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { DEFAULT_INTERFACE_ENDPOINTS } from '../../lib/aws';
import { KafkaVpc, MskCluster } from '../../lib/msk/cdk';
import { acknowledgeSchemaGrantFindings, GlueSchemaRegistry } from '../../lib/pipelines/cdk';
import { runWithNag } from './run-with-nag';

/** The Avro schema of the `orders.placed` values (read from a file in a real program). */
export const ORDER_PLACED = JSON.stringify({
  type: 'record', name: 'OrderPlaced', namespace: 'com.example.orders',
  fields: [{ name: 'orderId', type: 'string' }, { name: 'amountCents', type: 'long' }],
});

/** Builds the example stack into `app` (a new App by default) and returns it. */
export function buildApp(app: App = new App()): Stack {
  const stack = new Stack(app, 'KafkaLambdaConsumer', { description: 'kafka-iac example: a Lambda consumer of an Express MSK cluster' });
  const network = new KafkaVpc(stack, 'Network', { interfaceEndpoints: [...DEFAULT_INTERFACE_ENDPOINTS, 'lambda'] });
  const cluster = new MskCluster(stack, 'Cluster', {
    kind: 'express', clusterName: 'orders', brokerNodes: 3, vpc: network.vpc, vpcSubnets: network.brokerSubnets,
    topics: [{ name: 'orders.placed', partitions: 6 }],
  });
  const registry = new GlueSchemaRegistry(stack, 'Schemas', {
    name: 'orders',
    subjects: [{ topic: 'orders.placed', format: 'AVRO', schema: ORDER_PLACED }],
  });

  // The function's own role and log group: no managed policy, logs kept a year.
  const role = new iam.Role(stack, 'BillingRole', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'), description: 'Billing consumer of orders.placed' });
  const logGroup = new logs.LogGroup(stack, 'BillingLogs', { retention: logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.RETAIN });
  logGroup.grantWrite(role);
  const billing = new lambda.Function(stack, 'Billing', {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async (event) => { console.log(Object.keys(event.records ?? {}).length); };'),
    role,
    logGroup,
    timeout: Duration.seconds(60),
  });
  Validations.of(billing).acknowledge({ id: 'AwsSolutions-L1', reason: 'nodejs24.x is the newest Node.js runtime Lambda and cfn-lint know here; cdk-nag compares with the newest name aws-cdk-lib lists.' });

  const failures = new sqs.Queue(stack, 'BillingFailures', {
    encryption: sqs.QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14), removalPolicy: RemovalPolicy.RETAIN,
  });
  Validations.of(failures).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'This queue is the on-failure destination of the billing consumer: it is the dead-letter queue.' });

  const mapping = cluster.addConsumer(billing, {
    topics: ['orders.placed'],
    group: 'billing',
    startingPosition: 'TRIM_HORIZON',
    batching: { batchSize: 500, maximumBatchingWindowSeconds: 5 },
    pollers: { minimum: 1, maximum: 4 },
    schemaRegistry: { registry, eventRecordFormat: 'JSON' },
    onFailure: { kind: 'sqs', arn: failures.queueArn },
  });
  // One AwsSolutions-IAM5[Resource::*] finding covers both wildcards of this role: this reason replaces the one
  // addConsumer gives (the pollers' network-interface actions), so it names both.
  acknowledgeSchemaGrantFindings(role, 'The billing consumer validates orders.placed records; the same Resource * holds the pollers\' network-interface actions, which EC2 scopes to no resource.');

  new CfnOutput(stack, 'BillingMapping', { value: mapping.ref });
  return stack;
}

if (require.main === module) runWithNag(buildApp);
