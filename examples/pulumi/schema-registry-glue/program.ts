/**
 * An Express MSK cluster with a Glue schema registry for its order topics: the producer registers the Avro schema of
 * `orders.placed`, the consumer reads every `orders.*` topic and its schemas. The Pulumi twin of
 * `examples/cdk/schema-registry-glue.ts`. In your own program, import from `kafka-iac/msk/pulumi` and
 * `kafka-iac/pipelines/pulumi`.
 */
import * as iam from '@pulumi/aws/iam';
import { MskCluster } from '../../../lib/msk/pulumi';
import { GlueSchemaRegistry } from '../../../lib/pipelines/pulumi';

const ORDER_PLACED = JSON.stringify({
  type: 'record', name: 'OrderPlaced', namespace: 'com.example.orders',
  fields: [{ name: 'orderId', type: 'string' }, { name: 'amountCents', type: 'long' }, { name: 'currency', type: 'string', default: 'EUR' }],
});

export function program() {
  const cluster = new MskCluster('orders', { kind: 'express', clusterName: 'orders', brokerNodes: 3 });
  const registry = new GlueSchemaRegistry('orders-schemas', {
    name: 'orders',
    description: 'Schemas of the orders topics',
    subjects: [{ topic: 'orders.placed', format: 'AVRO', schema: ORDER_PLACED, description: 'An order was placed' }],
  });
  const ecsTasks = iam.assumeRolePolicyForPrincipal({ Service: 'ecs-tasks.amazonaws.com' });

  const producer = new iam.Role('orders-producer', { assumeRolePolicy: ecsTasks, description: 'Writes orders.placed' });
  cluster.grantWrite('producer', { role: producer.name, topics: ['orders.placed'] });
  registry.grantWrite('producer', { role: producer.name, topics: ['orders.placed'] });

  const consumer = new iam.Role('orders-consumer', { assumeRolePolicy: ecsTasks, description: 'Reads every orders topic' });
  cluster.grantRead('consumer', { role: consumer.name, topics: ['orders.*'], groups: ['billing'] });
  registry.grantRead('consumer', { role: consumer.name, topics: ['orders.*'] });

  return { bootstrapBrokers: cluster.bootstrapBrokersSaslIam, registryArn: registry.registryArn };
}
