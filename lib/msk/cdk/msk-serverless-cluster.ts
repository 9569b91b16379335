/**
 * `MskServerlessCluster`: an MSK Serverless cluster (IAM access control only, up to 5 VPC configurations).
 */
import { Annotations, Resource, Tags, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as msk from 'aws-cdk-lib/aws-msk';
import type * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import type { KafkaVpc } from '../../aws/cdk/kafka-vpc';
import { applyRemoval, removalPolicyOf } from '../../aws/cdk/removal';
import { mskMetricDescriptor } from '../metrics';
import { planMskCluster } from '../plan';
import type { MskServerlessPlan } from '../plan-types';
import type { MskServerlessSpec } from '../spec';
import { createBootstrapBrokers } from './bootstrap-brokers';
import { addMskConsumer, type MskConsumerOptions } from './consumers';
import { grantConnect, grantRead, grantWrite, type MskReadGrantOptions, type MskWriteGrantOptions } from './grants';
import { metricFromDescriptor } from './metrics';
import { defaultKafkaVpc, resolvePlacement, subnetRefs, type MskPlacement, type ResolvedPlacement } from './network';
import { ServerlessCatalog } from './serverless-catalog';
import type { AccessIntent, TopicSpec } from '../../core/catalog/types';

/** One VPC of a Serverless cluster. */
export interface MskServerlessVpcConfig {
  /** The VPC clients reach the cluster from. */
  readonly vpc: ec2.IVpc;
  /**
   * Subnets in 2 or 3 AZs.
   * @default - the VPC's PRIVATE_ISOLATED subnets, else its PRIVATE_WITH_EGRESS subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * Security groups (up to 5).
   * @default - one new security group, construct id `SecurityGroup` for the first VPC and `SecurityGroup<n>` (n from 2) for the others
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
}

/** Properties of `MskServerlessCluster`: the spec plus CDK placement (`vpc` / `vpcSubnets` / `securityGroups`, or `vpcConfigs`). */
export interface MskServerlessClusterProps extends Omit<MskServerlessSpec, 'kind' | 'encryptionKey'>, MskPlacement {
  /**
   * Several VPCs (1 to 5); replaces `vpc`, `vpcSubnets` and `securityGroups`.
   * @default - one VPC configuration from `vpc`, `vpcSubnets` and `securityGroups`
   */
  readonly vpcConfigs?: readonly MskServerlessVpcConfig[];
  /**
   * Topics, applied by the in-VPC Kafka admin function (construct `Catalog`): created, adopted when identical, grown,
   * reconfigured; never deleted unless a removed topic had `deleteOnRemoval`. More with `addTopic`.
   * @default []
   */
  readonly topics?: readonly TopicSpec[];
  /**
   * Application access as catalog intents. MSK Serverless accepts IAM only: each `iam` intent becomes the IAM
   * policy `grantRead` / `grantWrite` write, on the role or user its ARN names (an identity policy of that principal,
   * in this stack). Other principal kinds, ACLs and quotas are refused (`catalog/access-auth-mode`, `catalog/quota-unsupported`).
   * @default []
   */
  readonly access?: readonly AccessIntent[];
}

/** Options of `MskServerlessCluster.metric`. */
export interface MskServerlessMetricOptions extends cloudwatch.MetricOptions {
  /**
   * Topic of a per-topic metric (Serverless metrics are per cluster and topic).
   * @default - no Topic dimension
   */
  readonly topic?: string;
}

/**
 * An MSK Serverless cluster: IAM access control on port 9098, TLS, encryption at rest by MSK, retained on
 * removal unless `removal: 'destroy'`. Bootstrap brokers and IAM grants work as on `MskCluster`.
 */
export class MskServerlessCluster extends Resource implements ec2.IConnectable {
  readonly plan: MskServerlessPlan;
  readonly clusterArn: string;
  readonly clusterName: string;
  /** All security groups of all VPC configurations; `defaultPort` is 9098 (SASL/IAM). */
  readonly connections: ec2.Connections;
  /** The VPC created when neither `vpc` nor `vpcConfigs` was passed (construct id `Vpc`). */
  readonly kafkaVpc?: KafkaVpc;
  /** The VPC of the cluster's first VPC configuration (the created `KafkaVpc`, or the one passed). */
  readonly vpc: ec2.IVpc;
  readonly securityGroups: ec2.ISecurityGroup[];
  /** The first security group. */
  readonly securityGroup: ec2.ISecurityGroup;
  /** The L1 cluster (construct id `Resource`). */
  readonly cfnCluster: msk.CfnServerlessCluster;
  private readonly bootstrap: cr.AwsCustomResource;
  private readonly catalog: ServerlessCatalog;

  constructor(scope: Construct, id: string, props: MskServerlessClusterProps) {
    super(scope, id, { physicalName: props.clusterName });
    const { vpc, vpcSubnets, securityGroups, vpcConfigs, topics, access, ...spec } = props;
    if (vpcConfigs && (vpc || vpcSubnets || securityGroups)) {
      throw new Error(`MskServerlessCluster '${this.node.path}': pass either \`vpcConfigs\` or \`vpc\`/\`vpcSubnets\`/\`securityGroups\`, not both.`);
    }
    this.kafkaVpc = vpc || vpcConfigs ? undefined : defaultKafkaVpc(this, props.azCount, props.removal);
    const configs: MskPlacement[] = vpcConfigs ? [...vpcConfigs] : [{ vpc, vpcSubnets, securityGroups }];
    const placements: ResolvedPlacement[] = configs.map((c, i) =>
      resolvePlacement(this, c, this.kafkaVpc, i === 0 ? 'SecurityGroup' : `SecurityGroup${i + 1}`, `MSK Serverless cluster ${props.clusterName} (VPC ${i + 1})`));
    const plan = planMskCluster(
      { ...spec, kind: 'serverless' },
      { vpcConfigs: placements.map((p) => ({ subnets: subnetRefs(p.subnets), securityGroupCount: p.securityGroups.length })) },
      (v) => Token.isUnresolved(v),
      `MskServerlessCluster '${this.node.path}'`,
    );
    if (plan.kind !== 'serverless') throw new Error('MskServerlessCluster: plan is not serverless');
    this.plan = plan;
    this.clusterName = plan.clusterName;
    this.vpc = placements[0]!.vpc;
    this.securityGroups = placements.flatMap((p) => p.securityGroups);
    this.securityGroup = this.securityGroups[0]!;

    this.cfnCluster = new msk.CfnServerlessCluster(this, 'Resource', {
      clusterName: plan.clusterName,
      clientAuthentication: { sasl: { iam: { enabled: true } } },
      vpcConfigs: plan.vpcConfigs.map((c, i) => ({
        subnetIds: c.subnets.map((s) => s.subnetId),
        securityGroups: placements[i]!.securityGroups.map((sg) => sg.securityGroupId),
      })),
    });
    this.clusterArn = this.cfnCluster.attrArn;
    // Serverless clusters expose no CurrentVersion and cannot change auth or connectivity: the ARN is enough.
    this.bootstrap = createBootstrapBrokers(this, { clusterArn: this.clusterArn, clusterVersion: this.clusterArn, fields: plan.bootstrapFields, dependsOn: [] });

    const client = plan.ports.find((p) => p.audience === 'clients')!;
    this.connections = new ec2.Connections({ securityGroups: this.securityGroups, defaultPort: ec2.Port.tcp(client.fromPort) });
    applyRemoval(removalPolicyOf(plan.removal), this.cfnCluster, ...placements.flatMap((p) => p.ownedSecurityGroups));
    for (const [k, v] of Object.entries(plan.tags)) Tags.of(this).add(k, v);
    for (const w of plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);

    this.catalog = new ServerlessCatalog(this, {
      clusterName: plan.clusterName, clusterArn: this.clusterArn, vpc: this.vpc, subnets: placements[0]!.subnets, securityGroups: placements[0]!.securityGroups,
      port: client.fromPort, bootstrapBrokers: () => this.bootstrapBrokersSaslIam, removalPolicy: removalPolicyOf(plan.removal),
    }, access);
    for (const t of topics ?? []) this.addTopic(t);
  }

  /** Adds a topic to the catalog the in-VPC admin function applies (the function is created with the first topic). */
  addTopic(topic: TopicSpec): void {
    this.catalog.add(topic);
  }

  /** Opens the client port (9098) to `other`. */
  allowFrom(other: ec2.IConnectable): void {
    for (const p of this.plan.ports) this.connections.allowFrom(other, ec2.Port.tcp(p.fromPort), p.description);
  }

  /** Bootstrap brokers for SASL/IAM clients (deploy-time value from `kafka:GetBootstrapBrokers`). */
  get bootstrapBrokersSaslIam(): string {
    return this.bootstrap.getResponseField('BootstrapBrokerStringSaslIam');
  }

  /** `kafka-cluster:Connect` and `DescribeCluster`. */
  grantConnect(grantee: iam.IGrantable): iam.Grant {
    return grantConnect(grantee, this.clusterArn);
  }

  /** A Lambda consumer of one topic (IAM auth), as `MskCluster.addConsumer`. Add catalog topics first. */
  addConsumer(fn: lambda.IFunction, options: MskConsumerOptions): lambda.CfnEventSourceMapping {
    return addMskConsumer(this, fn, options, this.catalog.topicNames);
  }

  /** Connect, read `topics` and use consumer `groups`. */
  grantRead(grantee: iam.IGrantable, options: MskReadGrantOptions): iam.Grant {
    return grantRead(`MskServerlessCluster '${this.node.path}' grantRead`, grantee, this.clusterArn, options);
  }

  /** Connect and write `topics` (idempotently by default; optionally transactionally and creating them). */
  grantWrite(grantee: iam.IGrantable, options: MskWriteGrantOptions): iam.Grant {
    return grantWrite(`MskServerlessCluster '${this.node.path}' grantWrite`, grantee, this.clusterArn, options);
  }

  /** An `AWS/Kafka` metric of this cluster, or of one topic (dimensions `Cluster Name` and `Topic`). */
  metric(metricName: string, options: MskServerlessMetricOptions = {}): cloudwatch.Metric {
    const { topic, ...props } = options;
    return metricFromDescriptor(mskMetricDescriptor(this.clusterName, metricName, { topic }), props);
  }
}
