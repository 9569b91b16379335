/**
 * `MskReplicator`: an Amazon MSK Replicator (`AWS::MSK::Replicator`) between two MSK clusters, or from an Apache
 * Kafka cluster outside MSK into MSK. Every decision comes from `planMskReplicator`; this file maps the plan to the
 * execution role, security groups, the replicator and its alarms, with fixed construct ids.
 */
import { Annotations, Resource, Stack, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as msk from 'aws-cdk-lib/aws-msk';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';
import { KafkaValidationError } from '../../../core/issues';
import { kafkaResourceArn } from '../../../aws/cdk/kafka-resource-arn';
import { createAlarms } from '../../../aws/cdk/alarms';
import { dependencyOnAttachments } from '../../../aws/cdk/dependencies';
import { REPLICATOR_METRIC_NAMESPACE, replicatorDimensions } from '../alarms';
import { REPLICATOR_EXTERNAL_REQUIREMENTS } from '../limits';
import { mskClusterArn, planMskReplicator, replicatorClusterKey as clusterKey, validateMskReplicatorSet, type MskReplicatorSetEntry } from '../plan';
import type { MskReplicatorApacheKafkaClusterPlan, MskReplicatorClusterPlan, MskReplicatorPlan } from '../plan-types';
import { executionRolePolicyStatements } from '../policies';
import type { MskReplicatorClusterRole, MskReplicatorSettings } from '../spec';
import { resolveCluster, type MskReplicatorClusterInput, type ResolvedReplicatorCluster } from './cluster-input';
import { acknowledgeExecutionRoleWildcards } from './nag-acknowledgements';
import { throwInvalid } from '../../../core/issues';

/** Properties of `MskReplicator`: the shared settings plus the two clusters and CDK objects. */
export interface MskReplicatorProps extends MskReplicatorSettings {
  /**
   * The cluster to copy from: an `MskCluster`, an `MskServerlessCluster`, or attributes (in another Region, it needs
   * multi-VPC connectivity for IAM); or an Apache Kafka cluster outside MSK (`MskReplicatorClusters`), reached over
   * TLS from the replicator's interfaces next to the target.
   */
  readonly source: MskReplicatorClusterInput;
  /** The cluster to copy to. The replicator is created in the target's Region: put it in the target's stack. */
  readonly target: MskReplicatorClusterInput;
  /**
   * Security groups of the replicator's network interfaces next to the target (and next to a same-region source in
   * the same VPC).
   * @default - one new group (id `SecurityGroup`) in the target's VPC, whose only egress is port 9098 to the clusters
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
  /**
   * Security groups of the replicator's network interfaces next to a same-region source in another VPC.
   * @default - `securityGroups` when the source shares the target's VPC, else one new group (id `SourceSecurityGroup`) in the source's VPC
   */
  readonly sourceSecurityGroups?: ec2.ISecurityGroup[];
  /**
   * SNS topic the default alarms notify on ALARM and OK.
   * @default - alarms without actions
   */
  readonly alarmTopic?: sns.ITopic;
}

/**
 * An MSK Replicator from `source` to `target`, created in the target's Region, with a service execution role
 * limited to the two clusters, the replicated topics and groups and the replicator's own topics; security-group
 * rules on port 9098 (target, and a same-region source); alarms on `ReplicationLatency` and `MessageLag`.
 * A cross-region source is reached over multi-VPC private connectivity: turn it on for IAM on the deployed source
 * cluster and allow MSK in its cluster policy (`mskReplicatorSourceClusterPolicy`).
 */
export class MskReplicator extends Resource implements ec2.IConnectable {
  /** The decisions this replicator was built from. */
  readonly plan: MskReplicatorPlan;
  readonly replicatorArn: string;
  readonly replicatorName: string;
  /** The service execution role (construct id `ExecutionRole`). */
  readonly executionRole: iam.Role;
  /** Security groups of the replicator's interfaces next to the target. */
  readonly connections: ec2.Connections;
  /** Default alarms by plan id. */
  readonly alarms: Record<string, cloudwatch.Alarm>;
  /** The L1 replicator (construct id `Resource`). */
  readonly cfnReplicator: msk.CfnReplicator;

  constructor(scope: Construct, id: string, props: MskReplicatorProps) {
    super(scope, id, { physicalName: props.replicatorName });
    const { source: sourceInput, target: targetInput, securityGroups, sourceSecurityGroups, alarmTopic, ...settings } = props;
    const clusters = { source: resolveCluster(sourceInput, 'source'), target: resolveCluster(targetInput, 'target') };
    const isUnknown = (v: unknown) => Token.isUnresolved(v);
    const subject = `MskReplicator '${this.node.path}'`;
    const sourceSgIds = (sourceSecurityGroups ?? securityGroups)?.map((sg) => sg.securityGroupId);
    const plan = planMskReplicator(
      {
        ...settings,
        kafkaClusters: [
          clusters.source.spec.kind === 'apache-kafka' ? clusters.source.spec : { ...clusters.source.spec, securityGroupIds: sourceSgIds },
          clusters.target.spec.kind === 'apache-kafka' ? clusters.target.spec : { ...clusters.target.spec, securityGroupIds: securityGroups?.map((sg) => sg.securityGroupId) },
        ],
        replicatorRegion: Stack.of(this).region,
      },
      isUnknown,
      subject,
    );
    this.plan = plan;
    this.replicatorName = plan.replicatorName;
    this.checkAgainstOtherReplicators(subject);

    const targetSgs = securityGroups ?? [this.createSecurityGroup('SecurityGroup', clusters.target, 'target')];
    const sgsByRole: Record<MskReplicatorClusterRole, ec2.ISecurityGroup[]> = { target: targetSgs, source: [] };
    if (plan.ingressFrom.includes('source')) {
      sgsByRole.source = sourceSecurityGroups ?? (sameVpc(clusters.source, clusters.target) ? targetSgs : [this.createSecurityGroup('SourceSecurityGroup', clusters.source, 'source')]);
    }
    for (const role of plan.ingressFrom) {
      const clusterSgs = clusters[role].clusterSecurityGroups;
      if (clusterSgs.length === 0) continue;
      new ec2.Connections({ securityGroups: [...clusterSgs] })
        .allowFrom(new ec2.Connections({ securityGroups: sgsByRole[role] }), ec2.Port.tcp(plan.port), `MSK Replicator ${plan.replicatorName} (IAM)`);
    }
    this.connections = new ec2.Connections({ securityGroups: targetSgs, defaultPort: ec2.Port.tcp(plan.port) });
    if (plan.source.kind === 'apache-kafka') this.allowToApacheKafkaSource(plan.source, clusters.source.brokers);
    if (plan.httpsEgress) {
      this.connections.allowTo(ec2.Peer.anyIpv4(), ec2.Port.tcp(REPLICATOR_EXTERNAL_REQUIREMENTS.httpsPort), `MSK Replicator ${plan.replicatorName}: Secrets Manager and KMS (endpoints or NAT)`);
    }

    const policy = new iam.PolicyDocument({
      statements: executionRolePolicyStatements(plan, (cluster, resource, name) =>
        kafkaResourceArn(mskClusterArn(plan, cluster), resource, name)).map((s) => iam.PolicyStatement.fromJson(s)),
    });
    this.executionRole = new iam.Role(this, 'ExecutionRole', {
      assumedBy: new iam.ServicePrincipal('kafka.amazonaws.com'),
      description: `MSK Replicator ${plan.replicatorName}: the two clusters, replicated topics and groups only`,
      inlinePolicies: { Replication: policy },
    });
    acknowledgeExecutionRoleWildcards(this, this.executionRole, policy, plan);

    this.cfnReplicator = new msk.CfnReplicator(this, 'Resource', replicatorProperties(plan, this.executionRole.roleArn, sgsByRole));
    this.replicatorArn = this.cfnReplicator.attrReplicatorArn;
    // The replicator checks connectivity when it is created: its rules and role must exist by then. The groups it
    // names are ordered by their reference already; a DependsOn on their rules is what it needs from them.
    const named = new Set([...targetSgs, ...sgsByRole.source]);
    for (const sg of [...named, ...clusters.target.clusterSecurityGroups, ...(clusters.source.brokers?.connections.securityGroups ?? [])]) {
      if (Stack.of(sg) === Stack.of(this)) this.cfnReplicator.node.addDependency(named.has(sg) ? dependencyOnAttachments(sg) : sg);
    }
    this.alarms = createAlarms(this, plan.alarms, alarmTopic);
    for (const w of plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);
  }

  /** Grants `actions` (e.g. `kafka:DescribeReplicator`) on this replicator. */
  grant(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [this.replicatorArn] });
  }

  /** An `AWS/Kafka` metric of this replicator (dimension `ReplicatorName`; target cluster's Region). */
  metric(metricName: string, props: cloudwatch.MetricOptions = {}): cloudwatch.Metric {
    return new cloudwatch.Metric({ namespace: REPLICATOR_METRIC_NAMESPACE, metricName, dimensionsMap: replicatorDimensions(this.replicatorName), ...props });
  }

  /** Milliseconds from a record's produce time on the source to its write on the target (Maximum). */
  metricReplicationLatency(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('ReplicationLatency', { statistic: 'Maximum', ...props });
  }

  /** Records produced to the source that the replicator has not consumed yet (Maximum). */
  metricMessageLag(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('MessageLag', { statistic: 'Maximum', ...props });
  }

  /**
   * Egress to an Apache Kafka source's listener: to its brokers' security groups (which admit the replicator's) when
   * they are in this app, else to the plan's `egressCidrs`, on each of the listener's ports.
   */
  private allowToApacheKafkaSource(source: MskReplicatorApacheKafkaClusterPlan, brokers: ec2.IConnectable | undefined): void {
    const description = `MSK Replicator ${this.replicatorName} to the source brokers`;
    for (const port of source.ports) {
      if (brokers) this.connections.allowTo(brokers, ec2.Port.tcp(port), description);
      else for (const cidr of source.egressCidrs) this.connections.allowTo(ec2.Peer.ipv4(cidr), ec2.Port.tcp(port), description);
    }
  }

  /** The replicator's security group next to `cluster`: no egress but the one the rules add, in that cluster's VPC. */
  private createSecurityGroup(id: string, cluster: ResolvedReplicatorCluster, role: MskReplicatorClusterRole): ec2.SecurityGroup {
    if (!cluster.vpc) {
      throwInvalid(`MskReplicator '${this.node.path}'`, 'msk-replicator/vpc-unknown', `${role}.vpc`, `be known to create the replicator's ${role}-side security group`, undefined,
        `Pass \`vpc\` in the ${role} cluster's attributes, or \`${role === 'target' ? 'securityGroups' : 'sourceSecurityGroups'}\`.`);
    }
    return new ec2.SecurityGroup(this, id, { vpc: cluster.vpc, description: `MSK Replicator ${this.replicatorName} (${role} side)`, allowAllOutbound: false });
  }

  /** Names must be unique per Region, and identical topic names must not flow both ways between two clusters. */
  private checkAgainstOtherReplicators(subject: string): void {
    const entry = (r: MskReplicator): MskReplicatorSetEntry => ({
      path: r.node.path, replicatorName: r.plan.replicatorName, region: Stack.of(r).region,
      sourceClusterArn: clusterKey(r.plan.source), targetClusterArn: r.plan.target.clusterArn, naming: r.plan.topicReplication.naming,
    });
    const others = this.node.root.node.findAll().filter((c): c is MskReplicator => c instanceof MskReplicator && c !== this && c.plan !== undefined);
    const issues = validateMskReplicatorSet([...others.map(entry), entry(this)], (v) => Token.isUnresolved(v))
      .filter((i) => i.severity === 'error' && i.path.startsWith(`${this.node.path}.`));
    if (issues.length > 0) throw new KafkaValidationError(subject, issues);
  }
}

function sameVpc(a: ResolvedReplicatorCluster, b: ResolvedReplicatorCluster): boolean {
  return a.vpc !== undefined && b.vpc !== undefined && (a.vpc === b.vpc || a.vpc.vpcId === b.vpc.vpcId);
}

function kafkaCluster(c: MskReplicatorClusterPlan | MskReplicatorApacheKafkaClusterPlan, sgs: readonly ec2.ISecurityGroup[]): msk.CfnReplicator.KafkaClusterProperty {
  if (c.kind === 'apache-kafka') {
    // Reached through the target entry's VpcConfig: the plan gives an Apache Kafka entry none.
    return {
      apacheKafkaCluster: { apacheKafkaClusterId: c.clusterId, bootstrapBrokerString: c.bootstrapBrokers },
      clientAuthentication: 'scram' in c.auth
        ? { saslScram: { mechanism: c.auth.scram.mechanism, secretArn: c.auth.scram.secretArn } }
        : { mtls: { secretArn: c.auth.mtls.secretArn } },
      encryptionInTransit: { encryptionType: 'TLS', rootCaCertificate: c.rootCaCertificateSecretArn },
    };
  }
  return {
    amazonMskCluster: { mskClusterArn: c.clusterArn },
    vpcConfig: { subnetIds: [...c.subnetIds], securityGroupIds: sgs.length > 0 ? sgs.map((sg) => sg.securityGroupId) : undefined },
  };
}

/** The `AWS::MSK::Replicator` properties of a plan. */
function replicatorProperties(plan: MskReplicatorPlan, roleArn: string, sgs: Record<MskReplicatorClusterRole, ec2.ISecurityGroup[]>): msk.CfnReplicatorProps {
  const t = plan.topicReplication;
  const g = plan.consumerGroupReplication;
  return {
    replicatorName: plan.replicatorName,
    description: plan.description,
    serviceExecutionRoleArn: roleArn,
    kafkaClusters: [kafkaCluster(plan.source, sgs.source), kafkaCluster(plan.target, sgs.target)],
    replicationInfoList: [{
      ...(plan.source.kind === 'apache-kafka' ? { sourceKafkaClusterId: plan.source.clusterId } : { sourceKafkaClusterArn: plan.source.clusterArn }),
      targetKafkaClusterArn: plan.target.clusterArn,
      targetCompressionType: plan.compression,
      topicReplication: {
        topicsToReplicate: [...t.include],
        topicsToExclude: t.exclude.length > 0 ? [...t.exclude] : undefined,
        topicNameConfiguration: { type: t.naming },
        startingPosition: { type: t.startingPosition },
        copyTopicConfigurations: t.copyTopicConfigurations,
        copyAccessControlListsForTopics: t.copyAccessControlLists,
        detectAndCopyNewTopics: t.detectAndCopyNewTopics,
      },
      consumerGroupReplication: {
        consumerGroupsToReplicate: [...g.include],
        consumerGroupsToExclude: g.exclude.length > 0 ? [...g.exclude] : undefined,
        synchroniseConsumerGroupOffsets: g.synchroniseOffsets,
        detectAndCopyNewConsumerGroups: g.detectAndCopyNewGroups,
        consumerGroupOffsetSyncMode: g.offsetSyncMode,
      },
    }],
    tags: Object.keys(plan.tags).length > 0 ? Object.entries(plan.tags).map(([key, value]) => ({ key, value })) : undefined,
  };
}
