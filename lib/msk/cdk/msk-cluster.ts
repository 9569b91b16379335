/**
 * `MskCluster`: a provisioned Amazon MSK cluster with Standard or Express brokers. Every decision comes from
 * `planMskCluster`; this file maps the plan to CloudFormation resources with fixed construct ids.
 */
import { Annotations, Resource, Tags, Token } from 'aws-cdk-lib';
import type * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as msk from 'aws-cdk-lib/aws-msk';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import { assertNever } from '../../core/types';
import { createAlarms } from '../../aws/cdk/alarms';
import type { KafkaVpc } from '../../aws/cdk/kafka-vpc';
import { applyRemoval, removalPolicyOf } from '../../aws/cdk/removal';
import { mskMetrics } from '../metrics';
import { planMskCluster } from '../plan';
import type { BootstrapField, MskPortRule, MskProvisionedPlan, MskScramSecretsKeyPlan } from '../plan-types';
import type { MskProvisionedSpec } from '../spec';
import { bootstrapFieldError, createBootstrapBrokers } from './bootstrap-brokers';
import { createClusterPolicy } from './cluster-policy';
import { addMskConsumer, type MskConsumerOptions } from './consumers';
import { createClusterKey } from './encryption-key';
import type { KafkaAdminFunction } from '../../aws/cdk/kafka-admin-function';
import { createKafkaAccessFunction } from './kafka-access';
import { grantConnect, grantRead, grantWrite, type MskReadGrantOptions, type MskWriteGrantOptions } from './grants';
import { metricFromDescriptor, mskMetric } from './metrics';
import { defaultKafkaVpc, resolvePlacement, subnetRefs, type MskPlacement } from './network';
import { createScramSecrets } from './scram-secrets';
import { createStorageScaling } from './storage-scaling';
import { planMskTopics, type MskTopicsPlan } from '../topics';
import type { TopicSpec } from '../../core/catalog/types';
import { createAccessGrants, createTopics } from './topics';

/** Properties of `MskCluster`: the face-agnostic spec plus CDK objects. */
export interface MskClusterProps extends Omit<MskProvisionedSpec, 'encryptionKey'>, MskPlacement {
  /**
   * Key for data at rest, broker logs and SCRAM secrets. A key you pass is not modified: its policy must let
   * CloudWatch Logs (for the broker log group) and Secrets Manager (for SCRAM secrets) use it.
   * @default - a new customer-managed key with rotation (construct id `Key`)
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * SNS topic notified when an alarm fires or recovers.
   * @default - alarms without actions
   */
  readonly alarmTopic?: sns.ITopic;
  /**
   * Cluster policy (resource-based). Extended in place with the multi-VPC statement when
   * `connectivity.multiVpcAllowedAccounts` is set.
   * @default - no cluster policy unless multi-VPC accounts are allowed
   */
  readonly clusterPolicy?: iam.PolicyDocument;
  /**
   * Nested stacks that hold the topics: 0 keeps them in the cluster's stack (up to 400 topics); N spreads them over
   * N nested stacks by a hash of each name, so adding a topic never moves another. Fixed once topics are deployed:
   * a changed count would move topics between stacks (CloudFormation would try to create them again).
   * @default 0
   */
  readonly topicStacks?: number;
}

/** What to do to enable each bootstrap string, for the error of a missing one. */
const BOOTSTRAP_FIX: Record<BootstrapField, string> = {
  BootstrapBrokerString: 'plaintext needs unauthenticated access and `encryptionInTransit.clientBroker` TLS_PLAINTEXT or PLAINTEXT',
  BootstrapBrokerStringTls: 'enable `clientAuthentication.mtls`',
  BootstrapBrokerStringSaslScram: 'enable `clientAuthentication.scram`',
  BootstrapBrokerStringSaslIam: 'enable `clientAuthentication.iam`',
  BootstrapBrokerStringPublicTls: 'enable `connectivity.publicAccess` and mTLS',
  BootstrapBrokerStringPublicSaslScram: 'enable `connectivity.publicAccess` and SASL/SCRAM',
  BootstrapBrokerStringPublicSaslIam: 'enable `connectivity.publicAccess` and IAM',
  BootstrapBrokerStringVpcConnectivityTls: 'enable `connectivity.multiVpc.tls`',
  BootstrapBrokerStringVpcConnectivitySaslScram: 'enable `connectivity.multiVpc.scram`',
  BootstrapBrokerStringVpcConnectivitySaslIam: 'enable `connectivity.multiVpc.iam`',
  BootstrapBrokerStringIpv6: "set `connectivity.networkType: 'DUAL'` with a plaintext listener",
  BootstrapBrokerStringTlsIpv6: "set `connectivity.networkType: 'DUAL'` with a TLS listener",
  BootstrapBrokerStringSaslScramIpv6: "set `connectivity.networkType: 'DUAL'` with `clientAuthentication.scram`",
  BootstrapBrokerStringSaslIamIpv6: "set `connectivity.networkType: 'DUAL'` with `clientAuthentication.iam`",
};

/**
 * A provisioned MSK cluster (Standard or Express brokers): encrypted with a customer-managed key, TLS in
 * transit, IAM access control by default, broker logs, alarms, bootstrap brokers and IAM grant helpers.
 * The cluster and everything it owns are retained on removal unless `removal: 'destroy'`.
 *
 * Bootstrap brokers (`bootstrapBrokersSaslIam`, ...) are deploy-time values read by one custom resource
 * (`BootstrapBrokers`) calling `kafka:GetBootstrapBrokers` after every change of the cluster's `CurrentVersion`.
 * With SCRAM secrets, a second one (`ScramSecretsCheck`) calls `kafka:ListScramSecrets` after the association and
 * the lookup reads its `SecretArnList.<n-1>` attribute: when MSK lists fewer secrets than declared, the deployment
 * fails ("Vendor response doesn't contain SecretArnList.<n-1> ...") instead of reporting success.
 * Storage auto-scaling grows volumes outside CloudFormation: leave `storage.volumeSizeGiB` unchanged afterwards,
 * or raise it above the size the volumes have reached (MSK cannot shrink a volume).
 */
export class MskCluster extends Resource implements ec2.IConnectable {
  /** The decisions this cluster was built from. */
  readonly plan: MskProvisionedPlan;
  readonly clusterArn: string;
  readonly clusterName: string;
  /** Client access: `defaultPort` is the first client listener; use `allowFrom` to open all of an audience's ports. */
  readonly connections: ec2.Connections;
  readonly vpc: ec2.IVpc;
  /** The VPC created when none was passed (construct id `Vpc`). */
  readonly kafkaVpc?: KafkaVpc;
  readonly securityGroups: ec2.ISecurityGroup[];
  /** The first security group (the created one by default). */
  readonly securityGroup: ec2.ISecurityGroup;
  readonly encryptionKey: kms.IKey;
  /** Broker log group, when CloudWatch Logs is on. */
  readonly logGroup?: logs.ILogGroup;
  readonly configuration: msk.CfnConfiguration;
  /** Created SCRAM secrets by user name. */
  readonly scramSecrets: Record<string, secretsmanager.ISecret>;
  /** Default alarms by plan id. */
  readonly alarms: Record<string, cloudwatch.Alarm>;
  readonly storageScaling?: appscaling.ScalableTarget;
  /** The L1 cluster (construct id `Resource`). */
  readonly cfnCluster: msk.CfnCluster;
  /** Native topics (`AWS::MSK::Topic`) by topic name. */
  readonly topics: Record<string, msk.CfnTopic> = {};
  /** The in-VPC admin function applying the Kafka ACLs and quotas of `scram` and `mtls` intents (none without them). */
  readonly kafkaAccess?: KafkaAdminFunction;
  /** The validated topic and access plan (props' topics plus `addTopic`). */
  topicsPlan?: MskTopicsPlan;
  private readonly bootstrap: cr.AwsCustomResource;
  private readonly topicSpecs: TopicSpec[] = [];
  private readonly topicStacks?: number;

  constructor(scope: Construct, id: string, props: MskClusterProps) {
    super(scope, id, { physicalName: props.clusterName });
    const { vpc, vpcSubnets, securityGroups, encryptionKey, alarmTopic, clusterPolicy, topicStacks, topics, access, ...spec } = props;
    this.kafkaVpc = vpc ? undefined : defaultKafkaVpc(this, props.azCount, props.removal);
    const placement = resolvePlacement(this, { vpc, vpcSubnets, securityGroups }, this.kafkaVpc, 'SecurityGroup', `MSK cluster ${props.clusterName} brokers`);
    const plan = planMskCluster(
      { ...spec, encryptionKey: encryptionKey ? { kind: 'existing', keyArn: encryptionKey.keyArn } : undefined },
      { subnets: subnetRefs(placement.subnets), securityGroupCount: placement.securityGroups.length },
      (v) => Token.isUnresolved(v),
      `MskCluster '${this.node.path}'`,
    );
    if (plan.kind === 'serverless') throw new Error('MskCluster: use MskServerlessCluster for kind "serverless"');
    this.plan = plan;
    this.clusterName = plan.clusterName;
    this.vpc = placement.vpc;
    this.securityGroups = placement.securityGroups;
    this.securityGroup = placement.securityGroups[0]!;
    const removal = removalPolicyOf(plan.removal);

    // Key and log group: the key policy names the group, so the plan fixes its name before either exists.
    const cloudWatch = plan.logging.cloudWatch;
    this.encryptionKey = encryptionKey ?? createClusterKey(this, 'Key', {
      clusterName: plan.clusterName,
      removalPolicy: removal,
      logGroupName: cloudWatch?.logGroupName,
      secretsManager: plan.scramSecretsKey.kind === 'cluster-key',
    });
    if (cloudWatch) {
      this.logGroup = new logs.LogGroup(this, 'BrokerLogs', {
        logGroupName: cloudWatch.logGroupName,
        encryptionKey: this.encryptionKey,
        retention: cloudWatch.retentionDays as logs.RetentionDays,
        removalPolicy: removal,
      });
    }

    this.configuration = new msk.CfnConfiguration(this, 'Configuration', {
      name: plan.configuration.name,
      description: plan.configuration.description,
      kafkaVersionsList: [...plan.configuration.kafkaVersions],
      serverProperties: plan.configuration.serverProperties,
    });

    this.cfnCluster = new msk.CfnCluster(this, 'Resource', clusterProperties(plan, placement.securityGroups, this.encryptionKey, this.configuration, this.logGroup));
    this.clusterArn = this.cfnCluster.attrArn;

    const scram = createScramSecrets(this, {
      secrets: plan.scramSecrets,
      existingSecretArns: plan.existingScramSecretArns,
      key: this.scramSecretsKey(plan.scramSecretsKey),
      clusterArn: this.clusterArn,
      removalPolicy: removal,
    });
    this.scramSecrets = scram.byUser;
    const policy = createClusterPolicy(this, this.clusterArn, plan.connectivity.multiVpcAllowedAccounts, clusterPolicy);

    const autoScaling = plan.storage?.autoScaling;
    if (plan.storage && autoScaling) {
      this.storageScaling = createStorageScaling(this, { clusterArn: this.clusterArn, volumeSizeGiB: plan.storage.volumeSizeGiB, ...autoScaling });
    }
    this.alarms = createAlarms(this, plan.alarms, alarmTopic);
    this.bootstrap = createBootstrapBrokers(this, {
      clusterArn: this.clusterArn,
      clusterVersion: this.cfnCluster.attrCurrentVersion,
      fields: plan.bootstrapFields,
      dependsOn: [scram.association, policy],
      // Fails the deployment when MSK lists fewer SCRAM secrets than declared (see scram-secrets-check.ts).
      gate: scram.associatedGate,
    });

    this.connections = new ec2.Connections({ securityGroups: this.securityGroups, defaultPort: defaultPort(plan.ports) });
    this.allowPublicAccess();
    applyRemoval(removal, this.cfnCluster, this.configuration, policy, ...placement.ownedSecurityGroups);
    // cfn-lint 1.x rejects Tags on AWS::ApplicationAutoScaling::ScalableTarget (E3002); it holds no data anyway.
    for (const [k, v] of Object.entries(plan.tags)) Tags.of(this).add(k, v, { excludeResourceTypes: ['AWS::ApplicationAutoScaling::ScalableTarget'] });
    for (const w of plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);

    this.topicStacks = topicStacks;
    this.topicSpecs.push(...(topics ?? []));
    const topicsPlan = this.planTopics(access);
    Object.assign(this.topics, createTopics(this, this.clusterArn, topicsPlan.topics));
    createAccessGrants(this, `MskCluster '${this.node.path}'`, this.clusterArn, topicsPlan.grants);
    if (topicsPlan.kafkaAccess) {
      this.kafkaAccess = createKafkaAccessFunction(this, {
        clusterName: plan.clusterName, clusterArn: this.clusterArn, vpc: this.vpc, subnets: placement.subnets, securityGroups: this.securityGroups,
        bootstrapBrokersSaslIam: this.bootstrapBrokersSaslIam, removalPolicy: removal,
      }, topicsPlan.kafkaAccess);
    }
  }

  /**
   * Adds a native topic, validated with every other topic of the cluster (duplicates, limits). Retained when removed
   * from the program unless `deleteOnRemoval`. Throws `KafkaValidationError`.
   */
  addTopic(topic: TopicSpec): msk.CfnTopic {
    this.topicSpecs.push(topic);
    const plan = this.planTopics(this.topicsPlan?.catalog.grants);
    const created = createTopics(this, this.clusterArn, plan.topics.filter((t) => t.topic.name === topic.name));
    Object.assign(this.topics, created);
    return created[topic.name]!;
  }

  private planTopics(access: MskClusterProps['access']): MskTopicsPlan {
    const plan = planMskTopics(this.plan, { topics: this.topicSpecs, access, topicStacks: this.topicStacks, cloudFormation: true }, (v) => Token.isUnresolved(v), `MskCluster '${this.node.path}'`);
    for (const w of plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);
    this.topicsPlan = plan;
    return plan;
  }

  /** Opens every port of `audience` (client listeners by default) to `other`. */
  allowFrom(other: ec2.IConnectable, audience: Exclude<MskPortRule['audience'], 'public'> = 'clients'): void {
    const rules = this.plan.ports.filter((p) => p.audience === audience);
    if (rules.length === 0) {
      throw new Error(`MSK cluster '${this.clusterName}' has no ${audience} ports (plan ports: ${this.plan.ports.map((p) => `${p.fromPort}/${p.audience}`).join(', ')}).`);
    }
    for (const p of rules) this.connections.allowFrom(other, tcpPort(p), p.description);
  }

  /** Bootstrap brokers for SASL/IAM clients (`host:9098,...`). Throws when IAM is off. */
  get bootstrapBrokersSaslIam(): string {
    return this.bootstrapBrokers('BootstrapBrokerStringSaslIam');
  }

  /** Bootstrap brokers for SASL/SCRAM clients (`host:9096,...`). Throws when SCRAM is off. */
  get bootstrapBrokersSaslScram(): string {
    return this.bootstrapBrokers('BootstrapBrokerStringSaslScram');
  }

  /** Bootstrap brokers for TLS clients (`host:9094,...`). Throws when no TLS listener is on. */
  get bootstrapBrokersTls(): string {
    return this.bootstrapBrokers('BootstrapBrokerStringTls');
  }

  /** IPv6 bootstrap brokers for SASL/IAM clients (dual-stack clusters). Throws unless IAM is on and `networkType` is DUAL. */
  get bootstrapBrokersSaslIamIpv6(): string {
    return this.bootstrapBrokers('BootstrapBrokerStringSaslIamIpv6');
  }

  /** A bootstrap string (deploy-time value from `kafka:GetBootstrapBrokers`). Throws when the cluster does not expose it. */
  bootstrapBrokers(field: BootstrapField): string {
    if (!this.plan.bootstrapFields.includes(field)) throw bootstrapFieldError(this.clusterName, field, this.plan.bootstrapFields, BOOTSTRAP_FIX[field]);
    return this.bootstrap.getResponseField(field);
  }

  /** `kafka-cluster:Connect` and `DescribeCluster`. */
  grantConnect(grantee: iam.IGrantable): iam.Grant {
    return grantConnect(grantee, this.clusterArn);
  }

  /**
   * A Lambda consumer of one topic (event source mapping `Consumer-<group>`): auth from the cluster, exact grants on
   * the function's role, the auth's port opened to the pollers, the network path checked. Add catalog topics first.
   */
  addConsumer(fn: lambda.IFunction, options: MskConsumerOptions): lambda.CfnEventSourceMapping {
    return addMskConsumer(this, fn, options, this.topicSpecs.map((t) => t.name));
  }

  /** Connect, read `topics` and use consumer `groups`. */
  grantRead(grantee: iam.IGrantable, options: MskReadGrantOptions): iam.Grant {
    return grantRead(`MskCluster '${this.node.path}' grantRead`, grantee, this.clusterArn, options);
  }

  /** Connect and write `topics` (idempotently by default; optionally transactionally and creating them). */
  grantWrite(grantee: iam.IGrantable, options: MskWriteGrantOptions): iam.Grant {
    return grantWrite(`MskCluster '${this.node.path}' grantWrite`, grantee, this.clusterArn, options);
  }

  /** An `AWS/Kafka` metric of this cluster, or of one broker (`brokerId` from 1). */
  metric(metricName: string, props?: cloudwatch.MetricOptions, brokerId?: number): cloudwatch.Metric {
    return mskMetric(this.clusterName, metricName, props, brokerId);
  }

  /** Partitions without an active leader (Maximum). */
  metricOfflinePartitionsCount(props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return metricFromDescriptor(mskMetrics.offlinePartitionsCount(this.clusterName), props);
  }

  /** Under-replicated partitions of one broker (Maximum). */
  metricUnderReplicatedPartitions(brokerId: number, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return metricFromDescriptor(mskMetrics.underReplicatedPartitions(this.clusterName, brokerId), props);
  }

  /** Percentage of the data volume used on one broker (Maximum). Standard brokers only. */
  metricKafkaDataLogsDiskUsed(brokerId: number, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return metricFromDescriptor(mskMetrics.kafkaDataLogsDiskUsed(this.clusterName, brokerId), props);
  }

  /** User-space CPU of one broker, in percent (Average). */
  metricCpuUser(brokerId: number, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return metricFromDescriptor(mskMetrics.cpuUser(this.clusterName, brokerId), props);
  }

  /** Opens the public listeners to the plan's `connectivity.publicAccessCidrs` (IPv4, validated by the plan). */
  private allowPublicAccess(): void {
    const rules = this.plan.ports.filter((p) => p.audience === 'public');
    for (const cidr of this.plan.connectivity.publicAccessCidrs) {
      for (const p of rules) this.connections.allowFrom(ec2.Peer.ipv4(cidr), tcpPort(p), p.description);
    }
  }

  /** The key of the SCRAM secrets the library creates, as the plan decided (a separate key has id `ScramSecretsKey`). */
  private scramSecretsKey(key: MskScramSecretsKeyPlan): kms.IKey | undefined {
    switch (key.kind) {
      case 'none':
        return undefined;
      case 'cluster-key':
        return this.encryptionKey;
      case 'create':
        return createClusterKey(this, 'ScramSecretsKey', { clusterName: this.clusterName, removalPolicy: removalPolicyOf(this.plan.removal), secretsManager: true });
      case 'existing':
        return kms.Key.fromKeyArn(this, 'ScramSecretsKey', key.keyArn);
      default:
        return assertNever(key, 'SCRAM secrets key');
    }
  }
}

function tcpPort(p: MskPortRule): ec2.Port {
  return p.fromPort === p.toPort ? ec2.Port.tcp(p.fromPort) : ec2.Port.tcpRange(p.fromPort, p.toPort);
}

function defaultPort(ports: readonly MskPortRule[]): ec2.Port | undefined {
  const first = ports.find((p) => p.audience === 'clients');
  return first ? tcpPort(first) : undefined;
}

/** The `AWS::MSK::Cluster` properties for a plan. */
function clusterProperties(
  plan: MskProvisionedPlan, securityGroups: readonly ec2.ISecurityGroup[], key: kms.IKey, configuration: msk.CfnConfiguration,
  logGroup: logs.ILogGroup | undefined,
): msk.CfnClusterProps {
  const { auth, connectivity, monitoring, logging, storage } = plan;
  const exporters = monitoring.jmxExporter || monitoring.nodeExporter;
  const publicAccess = connectivity.publicAccess;
  const multiVpc = connectivity.multiVpc;
  return {
    clusterName: plan.clusterName,
    kafkaVersion: plan.kafkaVersion.version,
    numberOfBrokerNodes: plan.brokerNodes,
    brokerNodeGroupInfo: {
      instanceType: plan.instance.instanceType,
      clientSubnets: plan.subnets.map((s) => s.subnetId),
      securityGroups: securityGroups.map((sg) => sg.securityGroupId),
      // Express brokers: storage is managed by MSK, no EBS settings.
      storageInfo: storage
        ? {
          ebsStorageInfo: {
            volumeSize: storage.volumeSizeGiB,
            provisionedThroughput: storage.provisionedThroughputMiBps !== undefined ? { enabled: true, volumeThroughput: storage.provisionedThroughputMiBps } : undefined,
          },
        }
        : undefined,
      // The plan sends connectivity settings only once the cluster exists (MSK refuses them at creation); from
      // then on public access is explicit, so that `DISABLED` turns it off again.
      connectivityInfo: connectivity.sendConnectivityInfo
        ? {
          publicAccess: { type: publicAccess ? 'SERVICE_PROVIDED_EIPS' : 'DISABLED' },
          vpcConnectivity: multiVpc
            ? { clientAuthentication: { sasl: { iam: { enabled: multiVpc.iam }, scram: { enabled: multiVpc.scram } }, tls: { enabled: multiVpc.tls } } }
            : undefined,
          networkType: connectivity.networkType,
        }
        : undefined,
      topicReassignment: plan.topicReassignment,
    },
    rebalancing: plan.rebalancing ? { status: plan.rebalancing } : undefined,
    storageMode: storage?.mode,
    clientAuthentication: {
      sasl: { iam: { enabled: auth.iam }, scram: { enabled: auth.scram } },
      tls: auth.tlsCertificateAuthorityArns.length > 0 ? { enabled: true, certificateAuthorityArnList: [...auth.tlsCertificateAuthorityArns] } : undefined,
      unauthenticated: { enabled: auth.unauthenticated },
    },
    encryptionInfo: {
      encryptionAtRest: { dataVolumeKmsKeyId: key.keyArn },
      encryptionInTransit: { clientBroker: plan.encryptionInTransit.clientBroker, inCluster: plan.encryptionInTransit.inCluster },
    },
    configurationInfo: { arn: configuration.attrArn, revision: configuration.attrLatestRevisionRevision },
    enhancedMonitoring: monitoring.enhanced,
    openMonitoring: exporters
      ? { prometheus: { jmxExporter: { enabledInBroker: monitoring.jmxExporter }, nodeExporter: { enabledInBroker: monitoring.nodeExporter } } }
      : undefined,
    loggingInfo: {
      brokerLogs: {
        cloudWatchLogs: logGroup ? { enabled: true, logGroup: logGroup.logGroupName } : { enabled: false },
        s3: logging.s3 ? { enabled: true, bucket: logging.s3.bucketName, prefix: logging.s3.prefix } : undefined,
        firehose: logging.firehoseDeliveryStream ? { enabled: true, deliveryStream: logging.firehoseDeliveryStream } : undefined,
      },
    },
  };
}
