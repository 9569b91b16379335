/**
 * `MskReplicator`: an Amazon MSK Replicator as a Pulumi component, between two MSK clusters or from an Apache Kafka
 * cluster outside MSK into MSK. Thin: `planMskReplicator` decides everything; this file maps the plan to
 * `@pulumi/aws` resources, all in the target cluster's Region.
 */
import * as pulumi from '@pulumi/pulumi';
import * as cloudwatch from '@pulumi/aws/cloudwatch';
import * as ec2 from '@pulumi/aws/ec2';
import * as iam from '@pulumi/aws/iam';
import * as msk from '@pulumi/aws/msk';
import * as vpc from '@pulumi/aws/vpc';
import { IssueCollector } from '../../../core/issues';
import { resourceArn } from '../../../aws/msk-iam-access';
import { alarmArgs } from '../../../aws/pulumi/alarms';
import { isUnknown } from '../../../aws/pulumi/is-unknown';
import { REPLICATOR_METRIC_NAMESPACE, replicatorDimensions } from '../alarms';
import { REPLICATOR_EXTERNAL_REQUIREMENTS } from '../limits';
import { planMskReplicator, replicatorClusterKey, validateMskReplicator, validateMskReplicatorSet, type MskReplicatorSetEntry } from '../plan';
import type { MskReplicatorApacheKafkaClusterPlan, MskReplicatorPlan } from '../plan-types';
import { executionRolePolicy, executionRoleTrustPolicy } from '../policies';
import type { MskReplicatorClusterRole, MskReplicatorSettings } from '../spec';
import { resolveCluster, type MskReplicatorClusterInput, type ResolvedPulumiCluster } from './cluster-input';
import { throwInvalid } from '../../../core/issues';

/** Arguments of `MskReplicator`: the shared settings plus the two clusters and Pulumi network inputs. */
export interface MskReplicatorArgs extends MskReplicatorSettings {
  /**
   * The cluster to copy from: an MSK cluster (in another Region it needs multi-VPC connectivity for IAM and a
   * cluster policy allowing MSK), or an Apache Kafka cluster outside MSK (`MskReplicatorClusters`), reached over TLS
   * from the replicator's interfaces next to the target.
   */
  readonly source: MskReplicatorClusterInput;
  /** The cluster to copy to; the replicator, its security groups and alarms are created in its Region. */
  readonly target: MskReplicatorClusterInput;
  /**
   * Security groups of the replicator's network interfaces next to the target (and a same-region source in the same VPC).
   * @default - one new group `${name}-sg` in the target's VPC with egress on port 9098 to the clusters only
   */
  readonly securityGroupIds?: pulumi.Input<string>[];
  /**
   * Security groups of the replicator's network interfaces next to a same-region source.
   * @default - `securityGroupIds` when both VPC ids are the same string, else one new group `${name}-source-sg` in the source's VPC
   */
  readonly sourceSecurityGroupIds?: pulumi.Input<string>[];
  /**
   * SNS topic the default alarms notify on ALARM and OK.
   * @default - alarms without actions
   */
  readonly alarmTopicArn?: pulumi.Input<string>;
}

/** The replicators declared so far in this program (keyed by the engine monitor: one per deployment), for the set checks. */
const declaredByProgram = new WeakMap<object, MskReplicatorSetEntry[]>();

function declaredReplicators(): MskReplicatorSetEntry[] {
  const monitor = (pulumi.runtime.getMonitor() ?? declaredByProgram) as object;
  let list = declaredByProgram.get(monitor);
  if (list === undefined) declaredByProgram.set(monitor, (list = []));
  return list;
}

/**
 * An MSK Replicator from `source` to `target`: `${name}` (the replicator, in the target's Region),
 * `${name}-execution-role` and its policy `${name}-execution-policy`, `${name}-sg` (and `${name}-source-sg` for a
 * same-region source in another VPC) with `-egress-9098-<role>` rules, `${name}-ingress-9098-<role>-<i>` rules on the
 * clusters' security groups, and `${name}-alarm-<id>`. All are parented to the component.
 */
export class MskReplicator extends pulumi.ComponentResource {
  readonly plan: MskReplicatorPlan;
  readonly replicatorArn: pulumi.Output<string>;
  readonly replicatorName: string;
  readonly executionRoleArn: pulumi.Output<string>;
  /** Security groups of the replicator's interfaces next to the target. */
  readonly securityGroupIds: pulumi.Output<string[]>;
  readonly alarms: Record<string, cloudwatch.MetricAlarm>;

  constructor(name: string, args: MskReplicatorArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:replication:MskReplicator', name, {}, opts);
    const { source: sourceInput, target: targetInput, securityGroupIds, sourceSecurityGroupIds, alarmTopicArn, ...settings } = args;
    const subject = `MskReplicator '${name}'`;
    const clusters: Record<MskReplicatorClusterRole, ResolvedPulumiCluster> = {
      source: resolveCluster(sourceInput, 'source'), target: resolveCluster(targetInput, 'target'),
    };
    const spec = {
      ...settings,
      kafkaClusters: [
        clusters.source.spec.kind === 'apache-kafka' ? clusters.source.spec : { ...clusters.source.spec, securityGroupIds: (sourceSecurityGroupIds ?? securityGroupIds)?.map((_, i) => `#${i}`) },
        clusters.target.spec.kind === 'apache-kafka' ? clusters.target.spec : { ...clusters.target.spec, securityGroupIds: securityGroupIds?.map((_, i) => `#${i}`) },
      ],
      // The replicator is always created in the target's Region (`region` input below).
      replicatorRegion: clusters.target.spec.kind === 'apache-kafka' ? undefined : clusters.target.spec.region,
    };
    const c = new IssueCollector().addAll(validateMskReplicator(spec, isUnknown));
    c.throwIfErrors(subject);
    const plan = planMskReplicator(spec, isUnknown, subject);
    this.plan = plan;
    this.replicatorName = plan.replicatorName;
    const entry: MskReplicatorSetEntry = {
      path: name, replicatorName: plan.replicatorName, region: plan.target.region,
      sourceClusterArn: replicatorClusterKey(plan.source), targetClusterArn: plan.target.clusterArn, naming: plan.topicReplication.naming,
    };
    const declared = declaredReplicators();
    new IssueCollector().addAll(validateMskReplicatorSet([...declared, entry], isUnknown).filter((i) => i.path.startsWith(`${name}.`))).throwIfErrors(subject);
    declared.push(entry);
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);

    const region = plan.target.region;
    const parent = { parent: this };
    const tags = plan.tags;
    const sgs: Record<MskReplicatorClusterRole, pulumi.Input<string>[]> = { target: [], source: [] };
    sgs.target = securityGroupIds ?? [this.securityGroup(`${name}-sg`, clusters.target, 'target', region)];
    if (plan.ingressFrom.includes('source')) {
      const shared = typeof clusters.source.vpcId === 'string' && clusters.source.vpcId === clusters.target.vpcId;
      sgs.source = sourceSecurityGroupIds ?? (shared ? sgs.target : [this.securityGroup(`${name}-source-sg`, clusters.source, 'source', region)]);
    }
    const rules: pulumi.Resource[] = [];
    if (plan.source.kind === 'apache-kafka') rules.push(...this.apacheKafkaSourceRules(name, plan.source, sgs.target, clusters.source.clusterSecurityGroupIds, region));
    if (plan.httpsEgress) {
      sgs.target.forEach((sg, i) => rules.push(new vpc.SecurityGroupEgressRule(`${name}-egress-${REPLICATOR_EXTERNAL_REQUIREMENTS.httpsPort}${sgs.target.length > 1 ? `-${i}` : ''}`, {
        securityGroupId: sg, ipProtocol: 'tcp', fromPort: REPLICATOR_EXTERNAL_REQUIREMENTS.httpsPort, toPort: REPLICATOR_EXTERNAL_REQUIREMENTS.httpsPort, cidrIpv4: '0.0.0.0/0',
        description: `MSK Replicator ${plan.replicatorName}: Secrets Manager and KMS (endpoints or NAT)`, region, tags: { ...tags },
      }, parent)));
    }
    for (const role of plan.ingressFrom) {
      const planned = plan[role];
      const regionOfRole = planned.kind === 'apache-kafka' ? region : planned.region;
      sgs[role].forEach((replicatorSg, i) => {
        clusters[role].clusterSecurityGroupIds.forEach((clusterSg, j) => {
          const common = { ipProtocol: 'tcp', fromPort: plan.port, toPort: plan.port, description: `MSK Replicator ${plan.replicatorName} (IAM)`, region: regionOfRole, tags: { ...tags } };
          const suffix = sgs[role].length === 1 && clusters[role].clusterSecurityGroupIds.length === 1 ? `${role}` : `${role}-${i}-${j}`;
          rules.push(
            new vpc.SecurityGroupEgressRule(`${name}-egress-${plan.port}-${suffix}`, { ...common, securityGroupId: replicatorSg, referencedSecurityGroupId: clusterSg }, parent),
            new vpc.SecurityGroupIngressRule(`${name}-ingress-${plan.port}-${suffix}`, { ...common, securityGroupId: clusterSg, referencedSecurityGroupId: replicatorSg }, parent),
          );
        });
      });
    }

    const role = new iam.Role(`${name}-execution-role`, {
      description: `MSK Replicator ${plan.replicatorName}: the two clusters, replicated topics and groups only`,
      assumeRolePolicy: JSON.stringify(executionRoleTrustPolicy()),
      tags: { ...tags },
    }, parent);
    const secrets = plan.executionRole.secrets;
    const policy = new iam.RolePolicy(`${name}-execution-policy`, {
      role: role.name,
      policy: pulumi.all([
        plan.source.kind === 'apache-kafka' ? '' : plan.source.clusterArn, plan.target.clusterArn, pulumi.all([...(secrets?.secretArns ?? [])]), pulumi.all([...(secrets?.keyArns ?? [])]),
      ]).apply(([sourceArn, targetArn, secretArns, keyArns]) => {
        const resolved = { executionRole: { statements: plan.executionRole.statements, ...(secrets ? { secrets: { secretArns, keyArns } } : {}) } };
        return JSON.stringify(executionRolePolicy(resolved, (cluster, resource, n) => resourceArn(cluster === 'source' ? sourceArn : targetArn, resource, n)));
      }),
    }, parent);

    const replicator = new msk.Replicator(name, replicatorArgs(plan, role.arn, sgs, clusters, region), { ...parent, dependsOn: [policy, ...rules] });
    this.replicatorArn = replicator.arn;
    this.executionRoleArn = role.arn;
    this.securityGroupIds = pulumi.all(sgs.target);
    // The shared mapper's inputs, in the target's Region (where MSK Replicator publishes its metrics).
    const alarmOptions = { actions: alarmTopicArn === undefined ? undefined : [alarmTopicArn], tags: Object.keys(tags).length > 0 ? { ...tags } : undefined };
    this.alarms = Object.fromEntries(plan.alarms.map((a) => [a.id, new cloudwatch.MetricAlarm(`${name}-alarm-${a.id}`, { ...alarmArgs(a, alarmOptions), region }, parent)]));
    this.registerOutputs({ replicatorArn: this.replicatorArn, executionRoleArn: this.executionRoleArn, securityGroupIds: this.securityGroupIds });
  }

  /**
   * An `AWS/Kafka` metric of this replicator (dimension `ReplicatorName`, target Region), as plain data whose fields
   * are those of `aws.cloudwatch.MetricAlarm`.
   */
  metric(metricName: string, statistic: 'Maximum' | 'Average' | 'Sum' = 'Maximum', periodSeconds = 60): {
    namespace: string; metricName: string; dimensions: Record<string, string>; statistic: string; period: number;
  } {
    return { namespace: REPLICATOR_METRIC_NAMESPACE, metricName, dimensions: replicatorDimensions(this.replicatorName), statistic, period: periodSeconds };
  }

  /**
   * Rules to an Apache Kafka source's listener, on each of its ports: egress to its brokers' security groups and
   * ingress on them (same Region), else egress to the plan's `egressCidrs`.
   */
  private apacheKafkaSourceRules(
    name: string, source: MskReplicatorApacheKafkaClusterPlan, replicatorSgs: pulumi.Input<string>[], brokerSgs: pulumi.Input<string>[], region: string | undefined,
  ): pulumi.Resource[] {
    const parent = { parent: this };
    const description = `MSK Replicator ${this.replicatorName} to the source brokers`;
    const out: pulumi.Resource[] = [];
    for (const port of source.ports) {
      const common = { ipProtocol: 'tcp', fromPort: port, toPort: port, description, region, tags: { ...this.plan.tags } };
      replicatorSgs.forEach((sg, i) => {
        const at = (j: number) => `${port}-source${replicatorSgs.length > 1 || brokerSgs.length > 1 ? `-${i}-${j}` : ''}`;
        if (brokerSgs.length > 0) {
          brokerSgs.forEach((brokerSg, j) => out.push(
            new vpc.SecurityGroupEgressRule(`${name}-egress-${at(j)}`, { ...common, securityGroupId: sg, referencedSecurityGroupId: brokerSg }, parent),
            new vpc.SecurityGroupIngressRule(`${name}-ingress-${at(j)}`, { ...common, securityGroupId: brokerSg, referencedSecurityGroupId: sg }, parent),
          ));
        } else {
          source.egressCidrs.forEach((cidr, j) => out.push(new vpc.SecurityGroupEgressRule(`${name}-egress-${at(j)}`, { ...common, securityGroupId: sg, cidrIpv4: cidr }, parent)));
        }
      });
    }
    return out;
  }

  /** The replicator's security group next to a cluster: no inline rule, so no egress but the rules added. */
  private securityGroup(sgName: string, cluster: ResolvedPulumiCluster, role: MskReplicatorClusterRole, region: string | undefined): pulumi.Output<string> {
    if (cluster.vpcId === undefined) {
      throwInvalid(`MskReplicator '${sgName.replace(/-(source-)?sg$/, '')}'`, 'msk-replicator/vpc-unknown', `${role}.vpcId`, `be known to create the replicator's ${role}-side security group`, undefined,
        `Pass \`${role}.vpcId\`, or \`${role === 'target' ? 'securityGroupIds' : 'sourceSecurityGroupIds'}\`.`);
    }
    return new ec2.SecurityGroup(sgName, {
      vpcId: cluster.vpcId, description: `MSK Replicator ${this.replicatorName} (${role} side)`, region, tags: { ...this.plan.tags, Name: sgName },
    }, { parent: this }).id;
  }
}

function replicatorArgs(
  plan: MskReplicatorPlan, roleArn: pulumi.Input<string>, sgs: Record<MskReplicatorClusterRole, pulumi.Input<string>[]>,
  clusters: Record<MskReplicatorClusterRole, ResolvedPulumiCluster>, region: string | undefined,
): msk.ReplicatorArgs {
  const t = plan.topicReplication;
  const g = plan.consumerGroupReplication;
  // The plan validated placeholders (`#<index>`): map them back to the real subnet ids.
  const kafkaCluster = (role: MskReplicatorClusterRole): msk.ReplicatorArgs['kafkaClusters'] extends pulumi.Input<(infer T)[]> ? T : never => {
    const c = plan[role];
    if (c.kind === 'apache-kafka') {
      // Reached through the target entry's vpcConfig; TLS is always on, the block only names a private CA.
      return {
        apacheKafkaCluster: { apacheKafkaClusterId: c.clusterId, bootstrapBrokerString: c.bootstrapBrokers },
        clientAuthentication: 'scram' in c.auth ? { saslScram: { ...c.auth.scram } } : { mtls: { ...c.auth.mtls } },
        encryptionInTransit: c.rootCaCertificateSecretArn !== undefined ? { rootCaCertificate: c.rootCaCertificateSecretArn } : undefined,
      };
    }
    const subnetIds = c.subnetIds.map((ref) => clusters[role].subnetIds[Number(ref.slice(1))]!);
    return { amazonMskCluster: { mskClusterArn: c.clusterArn }, vpcConfig: { subnetIds, securityGroupsIds: sgs[role].length > 0 ? sgs[role] : undefined } };
  };
  return {
    replicatorName: plan.replicatorName,
    description: plan.description,
    serviceExecutionRoleArn: roleArn,
    region,
    kafkaClusters: [kafkaCluster('source'), kafkaCluster('target')],
    replicationInfoList: {
      ...(plan.source.kind === 'apache-kafka' ? { sourceKafkaClusterId: plan.source.clusterId } : { sourceKafkaClusterArn: plan.source.clusterArn }),
      targetKafkaClusterArn: plan.target.clusterArn,
      targetCompressionType: plan.compression,
      topicReplications: [{
        topicsToReplicates: [...t.include],
        topicsToExcludes: t.exclude.length > 0 ? [...t.exclude] : undefined,
        topicNameConfiguration: { type: t.naming },
        startingPosition: { type: t.startingPosition },
        copyTopicConfigurations: t.copyTopicConfigurations,
        copyAccessControlListsForTopics: t.copyAccessControlLists,
        detectAndCopyNewTopics: t.detectAndCopyNewTopics,
      }],
      consumerGroupReplications: [{
        consumerGroupsToReplicates: [...g.include],
        consumerGroupsToExcludes: g.exclude.length > 0 ? [...g.exclude] : undefined,
        synchroniseConsumerGroupOffsets: g.synchroniseOffsets,
        detectAndCopyNewConsumerGroups: g.detectAndCopyNewGroups,
        consumerGroupOffsetSyncMode: g.offsetSyncMode,
      }],
    },
    tags: Object.keys(plan.tags).length > 0 ? { ...plan.tags } : undefined,
  };
}
