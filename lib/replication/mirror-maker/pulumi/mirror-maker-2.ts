/**
 * `MirrorMaker2` for Pulumi: a dedicated-mode MirrorMaker 2 deployment on EC2 next to its target cluster. Thin:
 * `planMirrorMaker2` decides everything; this file maps the plan to `@pulumi/aws` resources (imported by submodule).
 */
import * as pulumi from '@pulumi/pulumi';
import * as autoscaling from '@pulumi/aws/autoscaling';
import type * as cloudwatch from '@pulumi/aws/cloudwatch';
import * as ec2 from '@pulumi/aws/ec2';
import * as iam from '@pulumi/aws/iam';
import * as vpc from '@pulumi/aws/vpc';
import { accountContext } from '../../../aws/pulumi/account-context';
import { createAlarms } from '../../../aws/pulumi/alarms';
import { resourceArn } from '../../../aws/msk-iam-access';
import { AL2023_AMI_PARAMETER } from '../../../aws/ec2-node/defaults';
import { MIRROR_MAKER_ROOT_VOLUME_SPEC, MIRROR_MAKER_TAG_KEY, mirrorMakerPolicyStatements } from '../node-policy';
import { planMirrorMaker2 } from '../plan';
import type { MirrorMaker2Plan } from '../plan-types';
import { renderMirrorMakerUserData } from '../render/node-files';
import type { MirrorMaker2Spec } from '../spec';
import { configuredRegion, type MirrorMakerCluster } from './clusters';

/** Auto Scaling group metrics collected every minute (`GroupMetrics.all()` on the CDK face). */
export const GROUP_METRICS = [
  'GroupDesiredCapacity', 'GroupInServiceCapacity', 'GroupPendingCapacity', 'GroupMinSize', 'GroupMaxSize', 'GroupInServiceInstances',
  'GroupPendingInstances', 'GroupStandbyInstances', 'GroupStandbyCapacity', 'GroupTerminatingCapacity', 'GroupTerminatingInstances',
  'GroupTotalCapacity', 'GroupTotalInstances',
] as const;

/** Arguments of `MirrorMaker2`: the spec plus Pulumi network objects. */
export interface MirrorMaker2Args extends Omit<MirrorMaker2Spec, 'region' | 'clusters'> {
  /** Every cluster named by `flows`: `MirrorMakerClusters.fromMskCluster(...)`, `.fromSelfManagedCluster(...)` or `.imported({...})`. */
  readonly clusters: readonly MirrorMakerCluster[];
  /**
   * Region of the nodes: must be the target cluster's.
   * @default - the `aws:region` stack configuration
   */
  readonly region?: string;
  /** VPC of the nodes. */
  readonly vpcId: pulumi.Input<string>;
  /** Subnets of the nodes, in at least 2 AZs (private, with a route to AWS APIs and the clusters). */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * SNS topic notified by the alarms (ALARM and OK) and of Auto Scaling launch and terminate events.
   * @default - alarms without actions
   */
  readonly alarmTopicArn?: pulumi.Input<string>;
}

/**
 * MirrorMaker 2 in dedicated mode on an Auto Scaling group of `nodes` identical instances, the Pulumi twin of the CDK
 * construct.
 *
 * Names (a public contract): `${name}-sg` and its rules `${name}-sg-out-443`, `${name}-sg-out-<port>-<alias>`,
 * `${name}-sg-in-<rest port>-self` / `${name}-sg-out-<rest port>-self`, `${name}-role`, `${name}-policy`,
 * `${name}-profile`, `${name}-lt`, `${name}-asg`, `${name}-notifications`, `${name}-alarm-<id>`, and
 * `${name}-ingress-<alias>-<port>` from `allowIngressOn`; all parented here.
 */
export class MirrorMaker2 extends pulumi.ComponentResource {
  readonly plan: MirrorMaker2Plan;
  readonly securityGroupId: pulumi.Output<string>;
  readonly roleArn: pulumi.Output<string>;
  readonly launchTemplateId: pulumi.Output<string>;
  readonly autoScalingGroupName: pulumi.Output<string>;
  readonly alarms: Record<string, cloudwatch.MetricAlarm>;
  private readonly resourceName: string;
  private readonly clusters: readonly MirrorMakerCluster[];

  constructor(name: string, args: MirrorMaker2Args, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:replication:MirrorMaker2', name, {}, opts);
    this.resourceName = name;
    const { clusters, region: regionArg, vpcId, subnetIds, alarmTopicArn, ...rest } = args;
    this.clusters = clusters;
    const region = regionArg ?? configuredRegion(`MirrorMaker2 '${name}'`);
    // Outputs stay in the spec for the structural plan (the plan defers what is unknown); the rendered files and the
    // policy are planned again once every value is known.
    const spec = { ...rest, region, clusters: clusters.map((c) => c.spec) } as unknown as MirrorMaker2Spec;
    const isUnknown = (v: unknown) => pulumi.Output.isInstance(v) || pulumi.Resource.isInstance(v);
    this.plan = planMirrorMaker2(spec, isUnknown);
    const plan = this.plan;
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);
    const resolved = pulumi.output(spec as unknown as pulumi.Input<MirrorMaker2Spec>).apply((s) => planMirrorMaker2(s as MirrorMaker2Spec));
    const parent = { parent: this };

    const sg = new ec2.SecurityGroup(`${name}-sg`, {
      vpcId, description: `MirrorMaker 2 ${plan.name}: HTTPS and Kafka out, internal REST between nodes`, revokeRulesOnDelete: true,
      tags: { [MIRROR_MAKER_TAG_KEY]: plan.name },
    }, parent);
    this.securityGroupId = sg.id;
    new vpc.SecurityGroupEgressRule(`${name}-sg-out-443`, {
      securityGroupId: sg.id, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0', description: 'HTTPS: AWS APIs (Secrets Manager, SSM, CloudWatch, S3), Kafka artifacts',
    }, parent);
    const used = new Set(plan.clusters.map((c) => c.alias));
    for (const c of clusters.filter((x) => used.has(x.spec.alias))) {
      const sameRegion = c.spec.region === region;
      // The first peer keeps the rule's original name (`${name}-sg-out-<port>-<alias>`); further CIDRs add `-<i>`.
      const peers = c.spec.networkCidrs ? c.spec.networkCidrs.map((cidr) => ({ cidrIpv4: cidr }))
        : [sameRegion && c.securityGroupId ? { referencedSecurityGroupId: c.securityGroupId } : { cidrIpv4: '0.0.0.0/0' }];
      for (const port of c.ports) {
        peers.forEach((peer, i) => new vpc.SecurityGroupEgressRule(`${name}-sg-out-${port}-${c.spec.alias}${i === 0 ? '' : `-${i}`}`, {
          securityGroupId: sg.id, ipProtocol: 'tcp', fromPort: port, toPort: port, description: `Kafka ${c.spec.alias} (${c.spec.auth.mechanism})`, ...peer,
        }, parent));
      }
    }
    if (plan.internalRest) {
      const rule = { securityGroupId: sg.id, ipProtocol: 'tcp', fromPort: plan.restPort, toPort: plan.restPort, referencedSecurityGroupId: sg.id, description: 'Connect internal REST between MirrorMaker 2 nodes (KIP-710)' };
      new vpc.SecurityGroupIngressRule(`${name}-sg-in-${plan.restPort}-self`, rule, parent);
      new vpc.SecurityGroupEgressRule(`${name}-sg-out-${plan.restPort}-self`, rule, parent);
    }

    const role = new iam.Role(`${name}-role`, {
      assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
      description: `Instance role of MirrorMaker 2 ${plan.name}: its clusters, credentials, CA certificates and artifacts only`,
    }, parent);
    this.roleArn = role.arn;
    const ctx = accountContext(this);
    new iam.RolePolicy(`${name}-policy`, {
      role: role.id,
      policy: pulumi.all([ctx, resolved]).apply(([a, p]) => JSON.stringify({
        Version: '2012-10-17',
        Statement: mirrorMakerPolicyStatements(p, { partition: a.partition, account: a.accountId, kafkaArn: (arn, kind, n) => resourceArn(arn, kind, n) }),
      })),
    }, parent);
    const profile = new iam.InstanceProfile(`${name}-profile`, { role: role.name }, parent);

    const lt = new ec2.LaunchTemplate(`${name}-lt`, {
      description: `kafka-iac MirrorMaker 2 ${plan.name}`,
      // Resolved by EC2 at every launch: no lookup at preview, and the AMI never sits in state.
      imageId: `resolve:ssm:${AL2023_AMI_PARAMETER[plan.instance.architecture]}`,
      instanceType: plan.instance.instanceType,
      userData: resolved.apply((p) => Buffer.from(renderMirrorMakerUserData(p), 'utf8').toString('base64')),
      iamInstanceProfile: { arn: profile.arn },
      vpcSecurityGroupIds: [sg.id],
      metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
      monitoring: { enabled: true },
      blockDeviceMappings: [{
        deviceName: MIRROR_MAKER_ROOT_VOLUME_SPEC.deviceName,
        ebs: { volumeSize: MIRROR_MAKER_ROOT_VOLUME_SPEC.sizeGiB, volumeType: 'gp3', encrypted: 'true', deleteOnTermination: 'true' },
      }],
      tagSpecifications: [{ resourceType: 'volume', tags: { [MIRROR_MAKER_TAG_KEY]: plan.name } }],
    }, parent);
    this.launchTemplateId = lt.id;

    // A new launch template version replaces the nodes one at a time (the CDK face's rolling update).
    const asg = new autoscaling.Group(`${name}-asg`, {
      minSize: plan.nodes, maxSize: plan.nodes, desiredCapacity: plan.nodes,
      vpcZoneIdentifiers: subnetIds,
      launchTemplate: { id: lt.id, version: lt.latestVersion.apply((v) => String(v)) },
      healthCheckType: 'EC2', healthCheckGracePeriod: 600,
      metricsGranularity: '1Minute', enabledMetrics: [...GROUP_METRICS],
      instanceRefresh: { strategy: 'Rolling', preferences: { minHealthyPercentage: Math.floor(((plan.nodes - 1) / plan.nodes) * 100), instanceWarmup: '300' } },
      tags: Object.entries({ [MIRROR_MAKER_TAG_KEY]: plan.name, Name: `mirror-maker-${plan.name}` }).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
    }, parent);
    this.autoScalingGroupName = asg.name;
    if (alarmTopicArn) {
      new autoscaling.Notification(`${name}-notifications`, {
        groupNames: [asg.name], topicArn: alarmTopicArn,
        notifications: ['autoscaling:EC2_INSTANCE_LAUNCH', 'autoscaling:EC2_INSTANCE_LAUNCH_ERROR', 'autoscaling:EC2_INSTANCE_TERMINATE', 'autoscaling:EC2_INSTANCE_TERMINATE_ERROR'],
      }, parent);
    }
    this.alarms = createAlarms(name, plan.alarms, { actions: alarmTopicArn ? [alarmTopicArn] : undefined, resourceOptions: parent });
    this.registerOutputs({ securityGroupId: this.securityGroupId, roleArn: this.roleArn, launchTemplateId: this.launchTemplateId, autoScalingGroupName: this.autoScalingGroupName });
  }

  /**
   * Opens `cluster`'s listener ports on its security group to the nodes (`${name}-ingress-<alias>-<port>`): for a
   * cluster in this region whose security group takes no client list of its own.
   */
  allowIngressOn(cluster: MirrorMakerCluster): vpc.SecurityGroupIngressRule[] {
    const sg = cluster.securityGroupId;
    if (!sg) throw new Error(`MirrorMaker2 '${this.resourceName}': cluster ${cluster.spec.alias} has no security group here (another region or imported); allow the nodes' subnets on the cluster side.`);
    if (!this.clusters.includes(cluster)) throw new Error(`MirrorMaker2 '${this.resourceName}': cluster ${cluster.spec.alias} is not one of this deployment's clusters.`);
    return cluster.ports.map((port) => new vpc.SecurityGroupIngressRule(`${this.resourceName}-ingress-${cluster.spec.alias}-${port}`, {
      securityGroupId: sg, ipProtocol: 'tcp', fromPort: port, toPort: port, referencedSecurityGroupId: this.securityGroupId,
      description: `MirrorMaker 2 ${this.plan.name} nodes`,
    }, { parent: this }));
  }
}
