/**
 * Self-managed Apache Kafka 3.9 in KRaft mode on EC2: 3 controllers and 6 brokers over 3 AZs, SCRAM-SHA-512 over
 * TLS, mTLS inside, tiered storage to S3, alarms notifying an SNS topic, topics, ACLs and quotas applied by the
 * in-VPC admin function. The Pulumi twin of
 * `examples/cdk/self-managed-kraft.ts`. In your own program, import from `kafka-iac/self-managed-ec2/pulumi`.
 *
 *   npx tsx lib/cli/kafka-iac.ts render examples/pulumi/self-managed-kraft/program.ts --out out
 */
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
  return {
    bootstrapServersScram: cluster.bootstrapServersScram,
    caCertificateParameter: cluster.caCertificateParameterName,
    clusterId: cluster.clusterId,
    brokerSecurityGroupId: cluster.brokerSecurityGroupId,
  };
}
