/**
 * `MirrorMaker2`: a dedicated-mode MirrorMaker 2 deployment on EC2 next to its target cluster. Every decision comes
 * from `planMirrorMaker2`; this file maps the plan to resources with fixed construct ids.
 */
import { Annotations, Duration, Stack, Tags, Token, Validations } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { throwInvalid } from '../../../core/issues';
import { createAlarms } from '../../../aws/cdk/alarms';
import { kafkaResourceArn } from '../../../aws/cdk/kafka-resource-arn';
import { flattenCfnReference } from '../../../aws/cdk/nag-ids';
import { AL2023_AMI_PARAMETER } from '../../../aws/ec2-node/defaults';
import { planMirrorMaker2 } from '../plan';
import type { MirrorMaker2Plan } from '../plan-types';
import { renderMirrorMakerUserData } from '../render/node-files';
import type { MirrorMaker2Spec } from '../spec';
import type { MirrorMakerCluster } from './clusters';
import { MIRROR_MAKER_ROOT_VOLUME_SPEC, MIRROR_MAKER_TAG_KEY, mirrorMakerPolicyStatements, UNSCOPED_MIRROR_MAKER_ACTIONS } from '../node-policy';

/** Root volume of every node (shared with the Pulumi face). */
export const MIRROR_MAKER_ROOT_VOLUME = MIRROR_MAKER_ROOT_VOLUME_SPEC;
/** A replaced node boots (artifacts, secrets, Connect group rebalance) before the next one is replaced. */
export const ROLLING_UPDATE_PAUSE = Duration.minutes(5);
/** Tag on the nodes and their group. */
export const MIRROR_MAKER_TAG = MIRROR_MAKER_TAG_KEY;

/** HTTPS out: AWS APIs through endpoints or NAT, and artifact downloads. */
const HTTPS_EGRESS = 'HTTPS: AWS APIs (Secrets Manager, SSM, CloudWatch, S3), Kafka artifacts';

/** Properties of `MirrorMaker2`: the spec (its region is the stack's) plus CDK objects. */
export interface MirrorMaker2Props extends Omit<MirrorMaker2Spec, 'region' | 'clusters'> {
  /**
   * Every cluster named by `flows`: `MirrorMakerClusters.fromMskCluster(...)`, `.fromSelfManagedCluster(...)` or
   * `.imported({...})`.
   */
  readonly clusters: readonly MirrorMakerCluster[];
  /** VPC of the nodes: the target cluster's VPC, or one routed to it. */
  readonly vpc: ec2.IVpc;
  /**
   * Subnets of the nodes, in at least 2 AZs.
   * @default - the VPC's PRIVATE_WITH_EGRESS subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * Security groups of the nodes. Rules are added to them as to the created one.
   * @default - one new security group (construct id `SecurityGroup`): HTTPS and the clusters' ports out, internal REST in from itself only
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
  /**
   * SNS topic notified when an alarm fires or recovers, and of Auto Scaling launch and terminate events.
   * @default - alarms without actions
   */
  readonly alarmTopic?: sns.ITopic;
}

/**
 * MirrorMaker 2 in dedicated mode (`connect-mirror-maker.sh`) on an Auto Scaling group of `nodes` identical
 * instances: Amazon Linux 2023, IMDSv2 only, encrypted root volume, credentials read from Secrets Manager at boot
 * (never in the template or user data), an instance role with exactly the actions the plan lists, no inbound access
 * but Connect's internal REST between the nodes, node-down and replication-latency alarms, Session Manager for access.
 *
 * Open the clusters' side with their own methods: `mskCluster.allowFrom(mirrorMaker)`,
 * `selfManagedCluster.allowClientsFrom(mirrorMaker)` (or a CIDR across regions).
 */
export class MirrorMaker2 extends Construct implements ec2.IConnectable {
  /** The decisions this deployment was built from. */
  readonly plan: MirrorMaker2Plan;
  /** The nodes' security groups; `connections.allowFrom` is never needed: nothing but the nodes connects to them. */
  readonly connections: ec2.Connections;
  /** The created security group (construct id `SecurityGroup`), when none was passed. */
  readonly securityGroup?: ec2.SecurityGroup;
  /** Instance role (construct id `Role`). */
  readonly role: iam.Role;
  /** Launch template (construct id `LaunchTemplate`). */
  readonly launchTemplate: ec2.LaunchTemplate;
  /** Auto Scaling group (construct id `Group`): min = max = desired = `nodes`. */
  readonly autoScalingGroup: autoscaling.AutoScalingGroup;
  /** Alarms by plan id (construct ids = plan ids). */
  readonly alarms: Record<string, cloudwatch.Alarm>;

  constructor(scope: Construct, id: string, props: MirrorMaker2Props) {
    super(scope, id);
    const { clusters, vpc, vpcSubnets, securityGroups, alarmTopic, ...spec } = props;
    const stack = Stack.of(this);
    this.plan = planMirrorMaker2({ ...spec, region: stack.region, clusters: clusters.map((c) => c.spec) }, (v) => Token.isUnresolved(v));
    const plan = this.plan;

    const subnets = vpc.selectSubnets(vpcSubnets ?? { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS });
    const azs = new Set(subnets.subnets.map((s) => s.availabilityZone));
    if (subnets.subnets.length > 0 && azs.size < 2 && ![...azs].some((az) => Token.isUnresolved(az))) {
      throwInvalid(`MirrorMaker2 '${this.node.path}'`, 'mirror-maker/subnets-one-az', 'vpcSubnets', 'select subnets in at least 2 AZs', [...azs].join(', '),
        'A node lost with its AZ would otherwise come back in the same AZ.');
    }

    // Security group: HTTPS and the used clusters' broker ports out, internal REST in from the nodes only.
    if (!securityGroups || securityGroups.length === 0) {
      this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
        vpc, description: `MirrorMaker 2 ${plan.name}: HTTPS and Kafka out, internal REST between nodes`, allowAllOutbound: false,
      });
    }
    const groups = this.securityGroup ? [this.securityGroup] : [...securityGroups!];
    this.connections = new ec2.Connections({ securityGroups: groups });
    for (const g of groups) g.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), HTTPS_EGRESS);
    const used = new Set(plan.clusters.map((c) => c.alias));
    for (const c of clusters.filter((x) => used.has(x.spec.alias))) {
      const peers = this.egressPeers(c);
      for (const port of c.ports) {
        for (const peer of peers) for (const g of groups) g.addEgressRule(peer, ec2.Port.tcp(port), `Kafka ${c.spec.alias} (${c.spec.auth.mechanism})`);
      }
    }
    if (plan.internalRest) this.connections.allowInternally(ec2.Port.tcp(plan.restPort), 'Connect internal REST between MirrorMaker 2 nodes (KIP-710)');

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      description: `Instance role of MirrorMaker 2 ${plan.name}: its clusters, credentials, CA certificates and artifacts only`,
      inlinePolicies: {
        Node: new iam.PolicyDocument({
          statements: mirrorMakerPolicyStatements(plan, { partition: stack.partition, account: stack.account, kafkaArn: kafkaResourceArn })
            .map((s) => iam.PolicyStatement.fromJson(s)),
        }),
      },
    });
    acknowledgeWildcards(this.role, plan);

    this.launchTemplate = new ec2.LaunchTemplate(this, 'LaunchTemplate', {
      machineImage: ec2.MachineImage.fromSsmParameter(AL2023_AMI_PARAMETER[plan.instance.architecture]),
      instanceType: new ec2.InstanceType(plan.instance.instanceType),
      userData: ec2.UserData.custom(renderMirrorMakerUserData(plan)),
      role: this.role,
      securityGroup: groups[0],
      requireImdsv2: true,
      httpPutResponseHopLimit: 1,
      detailedMonitoring: true,
      blockDevices: [{
        deviceName: MIRROR_MAKER_ROOT_VOLUME.deviceName,
        volume: ec2.BlockDeviceVolume.ebs(MIRROR_MAKER_ROOT_VOLUME.sizeGiB, { encrypted: true, volumeType: ec2.EbsDeviceVolumeType.GP3, deleteOnTermination: true }),
      }],
    });
    for (const g of groups.slice(1)) this.launchTemplate.addSecurityGroup(g);

    this.autoScalingGroup = new autoscaling.AutoScalingGroup(this, 'Group', {
      vpc,
      vpcSubnets: { subnets: subnets.subnets },
      launchTemplate: this.launchTemplate,
      minCapacity: plan.nodes,
      maxCapacity: plan.nodes,
      desiredCapacity: plan.nodes,
      // A new launch template version (user data, AMI, instance type) replaces the nodes one at a time.
      updatePolicy: autoscaling.UpdatePolicy.rollingUpdate({ maxBatchSize: 1, minInstancesInService: plan.nodes - 1, pauseTime: ROLLING_UPDATE_PAUSE }),
      groupMetrics: [autoscaling.GroupMetrics.all()],
      healthChecks: autoscaling.HealthChecks.ec2({ gracePeriod: Duration.minutes(10) }),
      notifications: alarmTopic ? [{ topic: alarmTopic }] : undefined,
    });
    Annotations.of(this.autoScalingGroup).acknowledgeWarning('@aws-cdk/aws-autoscaling:desiredCapacitySet',
      'min = max = desired: the node count is fixed by `nodes`, so resetting it on every deployment is intended.');
    Tags.of(this.autoScalingGroup).add('Name', `mirror-maker-${plan.name}`, { applyToLaunchedInstances: true });
    Tags.of(this).add(MIRROR_MAKER_TAG, plan.name);
    if (!alarmTopic) {
      Validations.of(this.autoScalingGroup).acknowledge({
        id: 'AwsSolutions-AS3',
        reason: 'Node replacements show in the node-down alarm; pass `alarmTopic` to also get Auto Scaling launch and terminate notifications.',
      });
    }

    this.alarms = createAlarms(this, plan.alarms, alarmTopic);
    for (const w of plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);
  }

  /** The cluster's security groups when it is in this region (same stack, or same resolved region), else any IPv4. */
  private egressPeers(c: MirrorMakerCluster): ec2.IPeer[] {
    if (c.spec.networkCidrs) return c.spec.networkCidrs.map((cidr) => ec2.Peer.ipv4(cidr));
    const conn = c.connectable;
    if (conn && Construct.isConstruct(conn)) {
      const here = Stack.of(this);
      const there = Stack.of(conn);
      const sameRegion = here === there || (!Token.isUnresolved(here.region) && here.region === there.region && here.account === there.account);
      if (sameRegion && conn.connections.securityGroups.length > 0) return [...conn.connections.securityGroups];
    }
    return [ec2.Peer.anyIpv4()];
  }
}

/** IAM5 findings of the node role, each with its reason. */
function acknowledgeWildcards(role: iam.Role, plan: MirrorMaker2Plan): void {
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: [UNSCOPED_MIRROR_MAKER_ACTIONS.PublishMetrics.reason, UNSCOPED_MIRROR_MAKER_ACTIONS.SsmAgent.reason].join(' '),
  });
  const stack = Stack.of(role);
  for (const g of plan.iamGrants) {
    for (const s of g.statements) {
      if (s.resource === 'cluster') continue;
      for (const name of s.names.filter((n) => n.includes('*'))) {
        Validations.of(role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${flattenCfnReference(stack.resolve(kafkaResourceArn(g.clusterArn, s.resource, name)))}]`,
          reason: `MSK IAM access control on cluster ${g.alias}: the ${s.resource} pattern ${name} comes from the flows' filters or names MirrorMaker 2's own `
            + 'internal topics, groups and transactional ids (prefixed by the source alias or mm2-); every other part of the ARN is exact.',
        });
      }
    }
  }
}
