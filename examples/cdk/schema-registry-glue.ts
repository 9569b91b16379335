/**
 * An Express MSK cluster with a Glue schema registry for its order topics: the producer registers the Avro schema of
 * `orders.placed`, the consumer reads every `orders.*` topic and its schemas.
 *
 *   npx tsx examples/cdk/schema-registry-glue.ts
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { acknowledgeGrantFindings, MskCluster } from '../../lib/msk/cdk';
import { acknowledgeSchemaGrantFindings, GlueSchemaRegistry } from '../../lib/pipelines/cdk';
import { runWithNag } from './run-with-nag';

/** The Avro schema of the `orders.placed` values (read from a file in a real program). */
export const ORDER_PLACED = JSON.stringify({
  type: 'record', name: 'OrderPlaced', namespace: 'com.example.orders',
  fields: [{ name: 'orderId', type: 'string' }, { name: 'amountCents', type: 'long' }, { name: 'currency', type: 'string', default: 'EUR' }],
});

/** Builds the example stack into `app` (a new App by default) and returns it. */
export function buildApp(app: App = new App()): Stack {
  const stack = new Stack(app, 'KafkaSchemaRegistry', { description: 'kafka-iac example: Express MSK cluster with a Glue schema registry' });
  const cluster = new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders', brokerNodes: 3 });
  const registry = new GlueSchemaRegistry(stack, 'Schemas', {
    name: 'orders',
    description: 'Schemas of the orders topics',
    subjects: [{ topic: 'orders.placed', format: 'AVRO', schema: ORDER_PLACED, description: 'An order was placed' }],
  });

  const producer = new iam.Role(stack, 'ProducerRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'), description: 'Writes orders.placed' });
  cluster.grantWrite(producer, { topics: ['orders.placed'] });
  registry.grantWrite(producer, { topics: ['orders.placed'] });
  acknowledgeSchemaGrantFindings(producer);

  const consumer = new iam.Role(stack, 'ConsumerRole', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com'), description: 'Reads every orders topic' });
  cluster.grantRead(consumer, { topics: ['orders.*'], groups: ['billing'] });
  registry.grantRead(consumer, { topics: ['orders.*'] });
  acknowledgeGrantFindings(consumer, 'Billing reads every orders topic.');
  acknowledgeSchemaGrantFindings(consumer, 'Billing reads every orders topic.');

  new CfnOutput(stack, 'BootstrapBrokersSaslIam', { value: cluster.bootstrapBrokersSaslIam });
  new CfnOutput(stack, 'RegistryArn', { value: registry.registryArn });
  return stack;
}

if (require.main === module) runWithNag(buildApp);
