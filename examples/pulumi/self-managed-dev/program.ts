/**
 * A minimal development cluster: one EC2 node running broker and controller together (combined mode, refused in
 * production), SCRAM-SHA-512 over TLS, deleted with the stack. The Pulumi twin of `examples/cdk/self-managed-dev.ts`.
 */
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/pulumi';
import { devSpec } from '../../self-managed-specs';

/** Read by `kafka-iac render`. */
export const selfManagedSpec = devSpec;

export function program() {
  const cluster = new SelfManagedKafkaCluster('dev', { ...devSpec, allowedClientCidrs: ['10.0.0.0/16'] });
  return { bootstrapServersScram: cluster.bootstrapServersScram, clusterId: cluster.clusterId };
}
