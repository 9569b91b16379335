/**
 * The clusters a Pulumi `MskReplicator` accepts: the library's `MskCluster` / `MskServerlessCluster` components
 * (with the Region of their provider, which a component does not know), or an existing cluster by its attributes.
 */
import * as pulumi from '@pulumi/pulumi';
import { MskCluster, MskServerlessCluster } from '../../../msk/pulumi';
import type { MskReplicatorClusterKind, MskReplicatorClusterRole, MskReplicatorClusterSpec } from '../spec';

/** A library cluster component and the Region its provider deploys to. */
export interface MskReplicatorComponentCluster {
  readonly cluster: MskCluster | MskServerlessCluster;
  /** Region of the cluster's provider (a component cannot read it at plan time). */
  readonly region: string;
  /**
   * The cluster's client subnets, where the replicator's network interfaces go.
   * @default - the component's broker subnets (`brokerSubnetIds`)
   */
  readonly subnetIds?: pulumi.Input<string>[];
  /**
   * VPC of those subnets, for the replicator's security group.
   * @default - the component's `vpcId` (its `vpcId` argument, or the given or created `KafkaVpc`)
   */
  readonly vpcId?: pulumi.Input<string>;
}

/** An MSK cluster that is not a component of this program, described by its attributes. */
export interface MskReplicatorClusterAttributesArgs {
  readonly clusterArn: pulumi.Input<string>;
  /** Region of the cluster. */
  readonly region: string;
  readonly kind: MskReplicatorClusterKind;
  /** Whether IAM access control is on: MSK Replicator needs it. */
  readonly iamAuthentication: boolean;
  /** Client subnets (2 or 3), where the replicator's network interfaces go. */
  readonly subnetIds: pulumi.Input<string>[];
  /**
   * VPC of `subnetIds`, for the replicator's security group.
   * @default - none: pass the replicator's `securityGroupIds`
   */
  readonly vpcId?: pulumi.Input<string>;
  /**
   * Security groups of the cluster, opened to the replicator on port 9098.
   * @default - none: open port 9098 to the replicator's security group yourself
   */
  readonly securityGroupIds?: pulumi.Input<string>[];
  /**
   * Cluster name, for descriptions.
   * @default - the name in `clusterArn` when it is a plain string
   */
  readonly clusterName?: string;
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
export type MskReplicatorClusterInput = MskReplicatorComponentCluster | MskReplicatorClusterAttributesArgs;

/** A cluster input with what the plan and the face need. */
export interface ResolvedPulumiCluster {
  /** The spec the plan validates; `subnetIds` holds placeholders (`#0`, ...) for `subnetIds` below. */
  readonly spec: MskReplicatorClusterSpec;
  readonly subnetIds: pulumi.Input<string>[];
  /**
   * VPC for the replicator's security group.
   * @default - unknown
   */
  readonly vpcId?: pulumi.Input<string>;
  /** Cluster security groups to open on 9098. */
  readonly clusterSecurityGroupIds: pulumi.Input<string>[];
}

function isComponent(input: MskReplicatorClusterInput): input is MskReplicatorComponentCluster {
  return (input as MskReplicatorComponentCluster).cluster !== undefined;
}

/** Resolves a cluster input for `role`; the plan sees placeholders for subnet ids that are outputs. */
export function resolveCluster(input: MskReplicatorClusterInput, role: MskReplicatorClusterRole): ResolvedPulumiCluster {
  if (isComponent(input)) {
    const c = input.cluster;
    const subnetIds = input.subnetIds ?? c.brokerSubnetIds;
    const placeholders = subnetIds.map((_, i) => `#${i}`);
    const common = { role, clusterArn: c.clusterArn as unknown as string, region: input.region, subnetIds: placeholders };
    const spec: MskReplicatorClusterSpec = c instanceof MskCluster
      ? {
        ...common, clusterName: c.plan.clusterName, kind: 'provisioned', iamAuthentication: c.plan.auth.iam, brokerNodes: c.plan.brokerNodes, azCount: c.plan.azCount,
        instanceType: c.plan.instance.instanceType, kafkaVersion: c.plan.kafkaVersion.version, multiVpcIam: c.plan.connectivity.multiVpc?.iam ?? false,
      }
      : { ...common, clusterName: c.plan.clusterName, kind: 'serverless', iamAuthentication: true };
    return { spec, subnetIds, vpcId: input.vpcId ?? c.vpcId, clusterSecurityGroupIds: c.securityGroupId ? [c.securityGroupId] : [] };
  }
  const { subnetIds, vpcId, securityGroupIds, ...attrs } = input;
  return {
    spec: { role, ...attrs, clusterArn: attrs.clusterArn as string, subnetIds: subnetIds.map((_, i) => `#${i}`) },
    subnetIds,
    vpcId,
    clusterSecurityGroupIds: securityGroupIds ?? [],
  };
}
