/**
 * Kafka ACLs and client quotas of the `scram` and `mtls` intents of an `MskCluster` (CDK): the in-VPC admin function
 * (construct id `KafkaAccess` under the cluster) reaches the brokers with IAM on 9098 and applies them; it manages no
 * topic (topics are native `AWS::MSK::Topic`s). `planMskTopics` decides; this file only maps.
 */
import type { RemovalPolicy } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { KafkaAdminFunction } from '../../aws/cdk/kafka-admin-function';
import type { KafkaCatalogPlan } from '../../core/catalog/types';
import { MSK_PORTS } from '../limits';

export interface KafkaAccessTarget {
  readonly clusterName: string;
  readonly clusterArn: string;
  readonly vpc: ec2.IVpc;
  /** The brokers' subnets: the function runs there. */
  readonly subnets: ec2.ISubnet[];
  readonly securityGroups: ec2.ISecurityGroup[];
  /** `BootstrapBrokerStringSaslIam` (a deploy-time value). */
  readonly bootstrapBrokersSaslIam: string;
  /** Of the function's log group: the cluster's. */
  readonly removalPolicy: RemovalPolicy;
}

export function createKafkaAccessFunction(scope: Construct, target: KafkaAccessTarget, access: KafkaCatalogPlan): KafkaAdminFunction {
  return new KafkaAdminFunction(scope, 'KafkaAccess', {
    clusterName: target.clusterName, catalog: access, vpc: target.vpc, vpcSubnets: { subnets: target.subnets },
    brokerSecurityGroups: target.securityGroups, brokerPort: MSK_PORTS.iam, bootstrapBrokers: target.bootstrapBrokersSaslIam,
    auth: 'iam', clusterArn: target.clusterArn, kafkaAclsOverIam: true, manageTopics: false, removalPolicy: target.removalPolicy,
  });
}
