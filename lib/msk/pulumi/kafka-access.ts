/**
 * Kafka ACLs and client quotas of the `scram` and `mtls` intents of an `MskCluster` (Pulumi): the in-VPC admin
 * function `${name}-kafka-access` reaches the brokers with IAM on 9098 and applies them; it manages no topic (topics
 * are native `aws.msk.Topic`s). `planMskTopics` decides; this file only maps.
 */
import type * as pulumi from '@pulumi/pulumi';
import { KafkaAdminFunction } from '../../aws/pulumi/kafka-admin-function';
import type { KafkaCatalogPlan } from '../../core/catalog/types';
import { MSK_PORTS } from '../limits';

export interface KafkaAccessTarget {
  readonly clusterName: string;
  readonly clusterArn: pulumi.Input<string>;
  /** The cluster's VPC (always known: subnets without `vpcId` are refused as `msk/network-subnets-need-vpc-id`). */
  readonly vpcId: pulumi.Input<string>;
  readonly subnetIds: pulumi.Input<string>[];
  readonly securityGroupIds: pulumi.Input<string>[];
  /** `bootstrapBrokersSaslIam`. */
  readonly bootstrapBrokers: pulumi.Input<string>;
  readonly retainLogs: boolean;
}

export function createKafkaAccessFunction(parent: pulumi.ComponentResource, name: string, target: KafkaAccessTarget, access: KafkaCatalogPlan): KafkaAdminFunction {
  return new KafkaAdminFunction(`${name}-kafka-access`, {
    clusterName: target.clusterName, catalog: access, vpcId: target.vpcId, subnetIds: target.subnetIds,
    brokerSecurityGroupIds: target.securityGroupIds, brokerPort: MSK_PORTS.iam, bootstrapBrokers: target.bootstrapBrokers,
    auth: 'iam', clusterArn: target.clusterArn, kafkaAclsOverIam: true, manageTopics: false, retainLogs: target.retainLogs,
  }, { parent });
}
