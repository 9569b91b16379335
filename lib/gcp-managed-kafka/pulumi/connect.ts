/**
 * The optional Kafka Connect cluster and its connectors.
 */
import * as pulumi from '@pulumi/pulumi';
import * as managedkafka from '@pulumi/gcp/managedkafka';
import type { GcpKafkaConnectPlan, GcpKafkaPlan } from '../plan-types';

export interface CreatedConnect {
  readonly cluster: managedkafka.ConnectCluster;
  readonly connectors: managedkafka.Connector[];
}

export function createConnect(
  name: string, plan: GcpKafkaPlan, connect: GcpKafkaConnectPlan, primarySubnet: pulumi.Input<string>, kafkaClusterId: pulumi.Input<string>, parent: pulumi.Resource,
): CreatedConnect {
  const kept: pulumi.CustomResourceOptions = { parent, protect: plan.protect, retainOnDelete: plan.protect };
  const cluster = new managedkafka.ConnectCluster(
    `${name}-connect`,
    {
      connectClusterId: connect.connectClusterId,
      kafkaCluster: pulumi.interpolate`projects/${plan.project}/locations/${plan.region}/clusters/${kafkaClusterId}`,
      location: plan.region,
      project: plan.project,
      capacityConfig: { vcpuCount: String(connect.vcpuCount), memoryBytes: connect.memoryBytes },
      gcpConfig: {
        accessConfig: {
          networkConfigs: [{ primarySubnet, dnsDomainNames: connect.dnsDomainNames.length > 0 ? [...connect.dnsDomainNames] : undefined }],
        },
      },
      labels: { ...plan.labels },
      deletionPolicy: plan.deletionPolicy,
    },
    kept,
  );
  const connectors = connect.connectors.map(
    (k) =>
      new managedkafka.Connector(
        `${name}-connector-${k.connectorId}`,
        {
          connectorId: k.connectorId,
          connectCluster: cluster.connectClusterId,
          location: plan.region,
          project: plan.project,
          // A credential in the configs (e.g. the source cluster's JAAS config) stays a secret in the state.
          configs: k.sensitive ? pulumi.secret({ ...k.configs }) : { ...k.configs },
          taskRestartPolicy: k.taskRestartPolicy ? { ...k.taskRestartPolicy } : undefined,
          deletionPolicy: plan.deletionPolicy,
        },
        k.sensitive ? { ...kept, additionalSecretOutputs: ['configs'] } : kept,
      ),
  );
  return { cluster, connectors };
}
