/**
 * The clusters a CDK `MskReplicator` accepts: the library's `MskCluster` / `MskServerlessCluster` constructs, whose
 * plans already hold every fact the replicator checks, or an existing cluster described by its attributes.
 */
import { Stack } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import { MskCluster, MskServerlessCluster } from '../../../msk/cdk';
import type { MskReplicatorClusterKind, MskReplicatorClusterRole, MskReplicatorClusterSpec } from '../spec';

/** An MSK cluster that is not built by this library (or lives in another app), described by its attributes. */
export interface MskReplicatorClusterAttributes {
  /** ARN of the cluster. */
  readonly clusterArn: string;
  /**
   * Cluster name, for descriptions.
   * @default - the name in `clusterArn`
   */
  readonly clusterName?: string;
  /** Provisioned (Standard or Express brokers) or Serverless. */
  readonly kind: MskReplicatorClusterKind;
  /** Whether IAM access control is on: MSK Replicator needs it. */
  readonly iamAuthentication: boolean;
  /** Client subnets of the cluster (2 or 3), where the replicator's network interfaces go. */
  readonly subnetIds: string[];
  /**
   * VPC of `subnetIds`: the replicator's security group is created there.
   * @default - none: pass `securityGroups` on the replicator instead
   */
  readonly vpc?: ec2.IVpc;
  /**
   * Security groups of the cluster, opened to the replicator on port 9098.
   * @default - none: open port 9098 to the replicator's security group yourself
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
  /**
   * Region of the cluster.
   * @default - the Region in `clusterArn`
   */
  readonly region?: string;
  /**
   * Broker count (provisioned).
   * @default - not checked
   */
  readonly brokerNodes?: number;
  /**
   * AZs the brokers span (provisioned).
   * @default - not checked
   */
  readonly azCount?: number;
  /**
   * Broker instance type (provisioned).
   * @default - not checked
   */
  readonly instanceType?: string;
  /**
   * Kafka version as MSK names it (provisioned).
   * @default - not checked
   */
  readonly kafkaVersion?: string;
  /**
   * Multi-VPC private connectivity for IAM is on (a provisioned source in another Region needs it).
   * @default - unknown: a warning reminds you of it for a cross-region source
   */
  readonly multiVpcIam?: boolean;
}

/** A cluster the replicator copies from or to. */
export type MskReplicatorClusterInput = MskCluster | MskServerlessCluster | MskReplicatorClusterAttributes;

/** A cluster input with every fact the plan and the face need. */
export interface ResolvedReplicatorCluster {
  readonly spec: MskReplicatorClusterSpec;
  /**
   * VPC for the replicator's security group next to this cluster.
   * @default - unknown (an imported cluster without `vpc`, or a Serverless cluster in a VPC you passed)
   */
  readonly vpc?: ec2.IVpc;
  /** The cluster's own security groups (opened on 9098 to the replicator). */
  readonly clusterSecurityGroups: readonly ec2.ISecurityGroup[];
}

/** Resolves a cluster input for `role`. */
export function resolveCluster(input: MskReplicatorClusterInput, role: MskReplicatorClusterRole): ResolvedReplicatorCluster {
  if (input instanceof MskCluster) {
    const p = input.plan;
    return {
      spec: {
        role, clusterArn: input.clusterArn, clusterName: input.clusterName, region: Stack.of(input).region, kind: 'provisioned', iamAuthentication: p.auth.iam,
        brokerNodes: p.brokerNodes, azCount: p.azCount, instanceType: p.instance.instanceType, kafkaVersion: p.kafkaVersion.version,
        multiVpcIam: p.connectivity.multiVpc?.iam ?? false, subnetIds: p.subnets.map((s) => s.subnetId),
      },
      vpc: input.vpc,
      clusterSecurityGroups: input.securityGroups,
    };
  }
  if (input instanceof MskServerlessCluster) {
    const first = input.plan.vpcConfigs[0];
    return {
      spec: {
        role, clusterArn: input.clusterArn, clusterName: input.clusterName, region: Stack.of(input).region, kind: 'serverless', iamAuthentication: true,
        subnetIds: (first?.subnets ?? []).map((s) => s.subnetId),
      },
      vpc: input.vpc,
      clusterSecurityGroups: input.securityGroups,
    };
  }
  const { vpc, securityGroups, ...attrs } = input;
  return { spec: { role, ...attrs }, vpc, clusterSecurityGroups: securityGroups ?? [] };
}
