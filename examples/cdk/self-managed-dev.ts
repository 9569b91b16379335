/**
 * A minimal development cluster: one EC2 node running broker and controller together (combined mode, refused in
 * production), SCRAM-SHA-512 over TLS, destroyed with the stack.
 *
 *   npx tsx examples/cdk/self-managed-dev.ts
 *   npx tsx lib/cli/kafka-iac.ts render examples/cdk/self-managed-dev.ts --out out
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { SelfManagedKafkaCluster } from '../../lib/self-managed-ec2/cdk';
import { devSpec } from '../self-managed-specs';
import { runWithNag } from './run-with-nag';

/** Read by `kafka-iac render`. */
export const selfManagedSpec = devSpec;

export function buildApp(app: App = new App()): Stack {
  const stack = new Stack(app, 'KafkaSelfManagedDev', { description: 'kafka-iac example: single-node development Kafka on EC2' });
  const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', { ...devSpec, availabilityZones: [...devSpec.availabilityZones] });
  cluster.allowClientsFrom(ec2.Peer.ipv4(cluster.kafkaVpc!.plan.cidr));
  new CfnOutput(stack, 'BootstrapServersScram', { value: cluster.bootstrapServersScram });
  return stack;
}

if (require.main === module) runWithNag(buildApp);
