/**
 * `MskServerlessCluster`: an MSK Serverless cluster (IAM access control only) as a Pulumi component.
 */
import * as pulumi from '@pulumi/pulumi';
import type * as lambda from '@pulumi/aws/lambda';
import type * as iam from '@pulumi/aws/iam';
import * as msk from '@pulumi/aws/msk';
import { DEFAULT_AZ_COUNT } from '../../core/defaults';
import { IssueCollector } from '../../core/issues';
import type { MskGrantOptions } from '../../aws/msk-iam-access';
import { isUnknown } from '../../aws/pulumi/is-unknown';
import { KafkaAdminFunction } from '../../aws/pulumi/kafka-admin-function';
import { KafkaVpc } from '../../aws/pulumi/kafka-vpc';
import { planCatalog, validateCatalog } from '../../core/catalog/plan';
import type { AccessIntent, TopicSpec } from '../../core/catalog/types';
import { mskIntentGrants, serverlessCatalogContext } from '../topics';
import { createAccessPolicies } from './topics';
import { mskMetricDescriptor, type MskMetricDescriptor, type MskMetricOptions } from '../metrics';
import { planMskCluster, validateMskCluster } from '../plan';
import type { MskServerlessPlan } from '../plan-types';
import type { MskServerlessSpec } from '../spec';
import { grantPolicy, grantToRole, type MskReadGrantOptions, type MskRoleGrantArgs } from './grants';
import { addMskConsumer, type MskConsumerArgs } from './consumers';
import { brokerSubnetIds, createClusterSecurityGroup, networkIssues, subnetRefs, type MskNetworkArgs } from './network';

/** A further VPC the Serverless cluster is reachable from. */
export interface MskServerlessVpcConfigArgs {
  /** Subnets in 2 or more AZs of that VPC (one per AZ; each counts as its own AZ, as for `subnetIds`). */
  readonly subnetIds: pulumi.Input<string>[];
  /**
   * Security groups of the cluster's endpoints in that VPC (at most 5).
   * @default - the VPC's default security group (MSK's behaviour)
   */
  readonly securityGroupIds?: pulumi.Input<string>[];
}

/** Arguments of `MskServerlessCluster`: the shared Serverless spec plus Pulumi network objects (first VPC). */
export interface MskServerlessClusterArgs extends Omit<MskServerlessSpec, 'kind'>, MskNetworkArgs {
  /**
   * Cluster kind; only 'serverless' is accepted.
   * @default 'serverless'
   */
  readonly kind?: 'serverless';
  /**
   * Up to 4 more VPCs (MSK Serverless allows 5 VPC configurations).
   * @default - none
   */
  readonly additionalVpcConfigs?: readonly MskServerlessVpcConfigArgs[];
  /**
   * Topics, applied by the in-VPC Kafka admin function (component `${name}-admin`): created, adopted when identical,
   * grown, reconfigured; never deleted unless a removed topic had `deleteOnRemoval`.
   * @default []
   */
  readonly topics?: readonly TopicSpec[];
  /**
   * Application access as catalog intents. MSK Serverless accepts IAM only: each `iam` intent becomes an inline
   * policy `${name}-access-<intent>` (a `RolePolicy`, or a `UserPolicy` for a user ARN) holding the statements
   * `readPolicy` / `writePolicy` produce. Other principal kinds, ACLs and quotas are refused
   * (`catalog/access-auth-mode`, `catalog/quota-unsupported`).
   * @default []
   */
  readonly access?: readonly AccessIntent[];
}

/**
 * An MSK Serverless cluster: `${name}` (the cluster), `${name}-sg` with `${name}-sg-9098-<peer>` rules (unless
 * `securityGroupIds` is given) and `${name}-vpc` (a `KafkaVpc`, when no network is given), parented to the
 * component. With `removal: 'retain'` (the default) the cluster, security group, rules and a created
 * `KafkaVpc` get `retainOnDelete`, and the cluster `protect` too; `removal: 'destroy'` turns both off.
 * MSK manages the encryption key of Serverless clusters.
 */
export class MskServerlessCluster extends pulumi.ComponentResource {
  readonly plan: MskServerlessPlan;
  readonly clusterArn: pulumi.Output<string>;
  readonly clusterName: pulumi.Output<string>;
  /** SASL/IAM bootstrap brokers (port 9098), read from the cluster on every refresh. */
  readonly bootstrapBrokersSaslIam: pulumi.Output<string>;
  /** The created security group (absent when `securityGroupIds` was given). */
  readonly securityGroupId?: pulumi.Output<string>;
  /** Security groups of the first VPC configuration. */
  readonly securityGroupIds: pulumi.Output<string[]>;
  /** The `KafkaVpc` created because no network was given. */
  readonly vpc?: KafkaVpc;
  /** The subnets of the first VPC configuration. */
  readonly brokerSubnetIds: pulumi.Input<string>[];
  /** The VPC of the first VPC configuration, when known (`vpcId`, or the given or created `KafkaVpc`). */
  readonly vpcId?: pulumi.Input<string>;
  /** The in-VPC admin function applying `topics` (none without topics). */
  readonly admin?: KafkaAdminFunction;
  private readonly resourceName: string;
  /** The KafkaVpc of the first VPC configuration and the catalog's topic names, for `addConsumer`. */
  private readonly consumerNetwork?: KafkaVpc;
  private readonly catalogTopics: string[];

  constructor(name: string, args: MskServerlessClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:aws:MskServerlessCluster', name, {}, opts);
    this.resourceName = name;
    const spec: MskServerlessSpec = { ...args, kind: 'serverless' };
    const extra = args.additionalVpcConfigs ?? [];
    const first = subnetRefs(args, args.azCount ?? DEFAULT_AZ_COUNT);
    const network = {
      vpcConfigs: [
        { subnets: first, securityGroupCount: args.securityGroupIds?.length ?? 1 },
        ...extra.map((v) => ({ subnets: v.subnetIds.map((_, i) => ({ subnetId: `#${i}` })), securityGroupCount: v.securityGroupIds?.length ?? 0 })),
      ],
    };
    const c = new IssueCollector();
    networkIssues(args, c);
    if (args.kind !== undefined && args.kind !== 'serverless') {
      c.error('msk/pulumi-kind', 'kind', "be 'serverless' for MskServerlessCluster", args.kind, 'Use MskCluster for Standard or Express brokers.');
    }
    c.addAll(validateMskCluster(spec, network, isUnknown));
    const catalogContext = serverlessCatalogContext(isUnknown);
    const topics = args.topics ?? [];
    const access = args.access ?? [];
    if (topics.length > 0 || access.length > 0) c.addAll(validateCatalog({ topics, access }, catalogContext));
    if (topics.length > 0) {
      if (args.subnetIds !== undefined && args.vpcId === undefined && args.vpc === undefined) {
        c.error('msk/topics-need-vpc', 'vpcId', 'be given with `subnetIds` when the cluster has `topics`', undefined, 'Pass the VPC id: the admin function gets its own security group in it.');
      }
    }
    c.throwIfErrors(`MskServerlessCluster '${name}'`);
    const plan = planMskCluster(spec, network, isUnknown, `MskServerlessCluster '${name}'`) as MskServerlessPlan;
    this.plan = plan;
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);

    const retained: pulumi.CustomResourceOptions = { parent: this, retainOnDelete: plan.removal === 'retain' };
    if (args.vpc === undefined && args.subnetIds === undefined) {
      this.vpc = new KafkaVpc(`${name}-vpc`, { azCount: plan.azCount as 2 | 3, removal: plan.removal }, { parent: this });
    }
    const kafkaVpc = args.vpc ?? this.vpc;
    this.consumerNetwork = kafkaVpc;
    this.catalogTopics = topics.map((t) => t.name);

    let securityGroups: pulumi.Input<string>[];
    if (args.securityGroupIds !== undefined) {
      securityGroups = args.securityGroupIds;
    } else {
      const clients = { securityGroupIds: args.allowedClientSecurityGroupIds, cidrs: args.allowedClientCidrs };
      const sg = createClusterSecurityGroup(name, {
        vpcId: kafkaVpc?.vpcId ?? args.vpcId!,
        description: `MSK Serverless cluster ${plan.clusterName}: SASL/IAM clients only`,
        ports: plan.ports,
        peers: { clients, multiVpc: clients, public: {}, monitoring: {} },
        tags: plan.tags,
        resourceOptions: retained,
      });
      securityGroups = [sg.id];
      this.securityGroupId = sg.id;
    }

    const [firstPlanned, ...extraPlanned] = plan.vpcConfigs;
    this.brokerSubnetIds = brokerSubnetIds(args, kafkaVpc, firstPlanned!.subnets);
    this.vpcId = args.vpcId ?? kafkaVpc?.vpcId;
    const cluster = new msk.ServerlessCluster(
      name,
      {
        clusterName: plan.clusterName,
        clientAuthentication: { sasl: { iam: { enabled: true } } },
        vpcConfigs: [
          { subnetIds: this.brokerSubnetIds, securityGroupIds: securityGroups },
          ...extraPlanned.map((v, i) => ({
            subnetIds: v.subnets.map((ref) => extra[i]!.subnetIds[Number(ref.subnetId.slice(1))]!),
            securityGroupIds: extra[i]!.securityGroupIds,
          })),
        ],
        tags: { ...plan.tags },
      },
      { ...retained, protect: plan.removal === 'retain' },
    );

    this.clusterArn = cluster.arn;
    this.clusterName = cluster.clusterName;
    this.bootstrapBrokersSaslIam = cluster.bootstrapBrokersSaslIam;
    this.securityGroupIds = pulumi.all(securityGroups);
    const catalog = planCatalog({ topics, access }, catalogContext, `MskServerlessCluster '${name}'`);
    createAccessPolicies(this, name, cluster.arn, mskIntentGrants(catalog));
    if (topics.length > 0) {
      this.admin = new KafkaAdminFunction(`${name}-admin`, {
        clusterName: plan.clusterName, catalog,
        vpcId: this.vpcId!, subnetIds: this.brokerSubnetIds, brokerSecurityGroupIds: securityGroups,
        brokerPort: plan.ports.find((p) => p.audience === 'clients')!.fromPort, bootstrapBrokers: cluster.bootstrapBrokersSaslIam,
        auth: 'iam', clusterArn: cluster.arn, retainLogs: plan.removal === 'retain',
      }, { parent: this });
    }
    this.registerOutputs({
      clusterArn: this.clusterArn,
      clusterName: this.clusterName,
      bootstrapBrokersSaslIam: this.bootstrapBrokersSaslIam,
      securityGroupId: this.securityGroupId,
      securityGroupIds: this.securityGroupIds,
    });
  }

  /** A Lambda consumer of one topic (IAM auth), as `MskCluster.addConsumer`. */
  addConsumer(args: MskConsumerArgs): lambda.EventSourceMapping {
    return addMskConsumer({
      component: this, name: this.resourceName, plan: this.plan, clusterArn: this.clusterArn, securityGroupId: this.securityGroupId, network: this.consumerNetwork,
      vpcId: this.vpcId, catalogTopics: this.catalogTopics, scramSecretArns: {},
    }, args);
  }

  /** IAM policy JSON that lets a client connect to and describe the cluster. */
  connectPolicy(): pulumi.Output<string> {
    return grantPolicy(`MskServerlessCluster '${this.resourceName}'`, this.clusterArn, 'connect');
  }

  /** IAM policy JSON that lets a client read `topics` as a member of `groups`. */
  readPolicy(o: MskReadGrantOptions): pulumi.Output<string> {
    return grantPolicy(`MskServerlessCluster '${this.resourceName}'`, this.clusterArn, 'read', o);
  }

  /** IAM policy JSON that lets a client write to `topics` (idempotently by default). */
  writePolicy(o: MskGrantOptions): pulumi.Output<string> {
    return grantPolicy(`MskServerlessCluster '${this.resourceName}'`, this.clusterArn, 'write', o);
  }

  /** Adds the connect policy to `role` as inline policy `${name}-${grantName}`. */
  grantConnect(grantName: string, args: MskRoleGrantArgs): iam.RolePolicy {
    return grantToRole(this, this.resourceName, grantName, this.clusterArn, 'connect', args);
  }

  /** Adds the read policy to `role` as inline policy `${name}-${grantName}`. */
  grantRead(grantName: string, args: MskRoleGrantArgs & MskReadGrantOptions): iam.RolePolicy {
    return grantToRole(this, this.resourceName, grantName, this.clusterArn, 'read', args);
  }

  /** Adds the write policy to `role` as inline policy `${name}-${grantName}`. */
  grantWrite(grantName: string, args: MskRoleGrantArgs & MskGrantOptions): iam.RolePolicy {
    return grantToRole(this, this.resourceName, grantName, this.clusterArn, 'write', args);
  }

  /**
   * An `AWS/Kafka` metric of this cluster, or of one topic (dimensions `Cluster Name` and `Topic`), as plain data
   * whose fields are those of `aws.cloudwatch.MetricAlarm`.
   */
  metric(metricName: string, o: Omit<MskMetricOptions, 'brokerId'> = {}): MskMetricDescriptor {
    return mskMetricDescriptor(this.plan.clusterName, metricName, o);
  }
}
