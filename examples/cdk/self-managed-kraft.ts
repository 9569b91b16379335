/**
 * Self-managed Apache Kafka 3.9 in KRaft mode on EC2: 3 controllers and 6 brokers over 3 AZs, SCRAM-SHA-512 over
 * TLS for clients, mTLS between nodes, tiered storage to S3, alarms notifying an SNS topic, and its topics, ACLs and
 * quotas applied by the in-VPC admin function.
 *
 *   npx tsx examples/cdk/self-managed-kraft.ts                                        # synth
 *   npx tsx lib/cli/kafka-iac.ts render examples/cdk/self-managed-kraft.ts --out out   # review every node's files
 */
import { App, CfnOutput, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { SelfManagedKafkaCluster } from '../../lib/self-managed-ec2/cdk';
import { kraftCatalog, kraftSpec } from '../self-managed-specs';
import { alarmTopic } from './alarm-topic';
import { runWithNag } from './run-with-nag';

/** Read by `kafka-iac render`. */
export const selfManagedSpec = kraftSpec;

/** Builds the example stack into `app` (a new App by default) and returns it. */
export function buildApp(app: App = new App()): Stack {
  const stack = new Stack(app, 'KafkaSelfManagedKraft', { description: 'kafka-iac example: self-managed KRaft cluster on EC2' });
  const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', {
    ...kraftSpec,
    ...kraftCatalog,
    availabilityZones: [...kraftSpec.availabilityZones],
    alarmTopic: alarmTopic(stack, 'AlarmTopic'),
  });
  // Clients anywhere in the VPC may reach the SCRAM listener; ACLs decide what they may do.
  cluster.allowClientsFrom(ec2.Peer.ipv4(cluster.kafkaVpc!.plan.cidr));

  new CfnOutput(stack, 'BootstrapServersScram', { value: cluster.bootstrapServersScram, description: 'SASL_SSL / SCRAM-SHA-512 bootstrap servers (port 9096)' });
  new CfnOutput(stack, 'CaCertificateParameter', { value: cluster.caCertificateParameterName, description: 'SSM parameter holding the CA certificate clients trust' });
  new CfnOutput(stack, 'RestartDocument', { value: cluster.restartDocument.ref, description: 'SSM document for rolling restarts (docs/self-managed-rolling-restart.md)' });
  return stack;
}

if (require.main === module) runWithNag(buildApp);
