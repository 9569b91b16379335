/**
 * `MskCluster`: a provisioned Amazon MSK cluster (Standard or Express brokers) as a Pulumi component.
 * Thin: `planMskCluster` decides everything; this file maps the plan to `@pulumi/aws` resources.
 */
import * as pulumi from '@pulumi/pulumi';
import * as cloudwatch from '@pulumi/aws/cloudwatch';
import type * as iam from '@pulumi/aws/iam';
import type * as lambda from '@pulumi/aws/lambda';
import * as kms from '@pulumi/aws/kms';
import * as msk from '@pulumi/aws/msk';
import { DEFAULT_AZ_COUNT } from '../../core/defaults';
import { IssueCollector } from '../../core/issues';
import type { AtRestKey } from '../../core/types';
import type { MskGrantOptions } from '../../aws/msk-iam-access';
import { accountContext } from '../../aws/pulumi/account-context';
import { createAlarms } from '../../aws/pulumi/alarms';
import { isUnknown } from '../../aws/pulumi/is-unknown';
import { KafkaVpc } from '../../aws/pulumi/kafka-vpc';
import { mskMetricDescriptor, mskMetrics, type MskBrokerMetricOptions, type MskMetricDescriptor, type MskMetricOptions } from '../metrics';
import { planMskCluster, validateMskCluster } from '../plan';
import type { BootstrapField, MskProvisionedPlan } from '../plan-types';
import { mskClusterPolicy, mskKeyPolicy } from '../policies';
import type { MskConnectivity, MskProvisionedSpec } from '../spec';
import { connectivityInfo, parseClusterPolicy, scramSecretsKeyArn } from './cluster-inputs';
import { BOOTSTRAP_OUTPUTS } from './bootstrap-outputs';
import type { KafkaAdminFunction } from '../../aws/pulumi/kafka-admin-function';
import { createKafkaAccessFunction } from './kafka-access';
import { addMskConsumer, type MskConsumerArgs } from './consumers';
import { grantPolicy, grantToRole, type MskReadGrantOptions, type MskRoleGrantArgs } from './grants';
import { brokerSubnetIds, createClusterSecurityGroup, networkIssues, subnetRefs, type MskNetworkArgs } from './network';
import { createScramSecrets } from './scram';
import { createStorageScaling } from './storage-scaling';
import type { TopicSpec } from '../../core/catalog/types';
import { planMskTopics, type MskTopicsPlan } from '../topics';
import { createAccessPolicies, createTopics } from './topics';

/** Encryption-at-rest key: created with rotation, or yours (its ARN may be an output). */
export type MskKeyInput = { readonly kind: 'create' } | { readonly kind: 'existing'; readonly keyArn: pulumi.Input<string> };

/** Connectivity of `MskCluster`: the shared spec, with public ranges that may be outputs. */
export interface MskClusterConnectivityArgs extends Omit<MskConnectivity, 'publicAccessCidrs'> {
  /**
   * IPv4 ranges allowed on the public listeners when `publicAccess` is on (validated when known). Needs the
   * created security group.
   * @default - none: public ports stay closed
   */
  readonly publicAccessCidrs?: pulumi.Input<string>[];
}

/** Arguments of `MskCluster`: the shared provisioned spec plus Pulumi network objects. */
export interface MskClusterArgs extends Omit<MskProvisionedSpec, 'encryptionKey' | 'connectivity'>, MskNetworkArgs {
  /**
   * Encryption-at-rest key; also encrypts broker logs and the SCRAM secrets the library creates. A key you pass
   * must allow CloudWatch Logs (for the broker log group) and Secrets Manager (for SCRAM) to use it.
   * @default { kind: 'create' } - a customer-managed key with rotation, named `${name}-key`
   */
  readonly encryptionKey?: MskKeyInput;
  /**
   * Public access and multi-VPC connectivity.
   * @default - private only
   */
  readonly connectivity?: MskClusterConnectivityArgs;
  /**
   * Security groups of Prometheus scrapers, allowed on the exporter ports when they are on.
   * @default - none
   */
  readonly allowedMonitoringSecurityGroupIds?: pulumi.Input<string>[];
  /**
   * IPv4 ranges of Prometheus scrapers, allowed on the exporter ports when they are on.
   * @default - none
   */
  readonly allowedMonitoringCidrs?: pulumi.Input<string>[];
  /**
   * SNS topic the default alarms notify (on ALARM and OK).
   * @default - alarms without actions
   */
  readonly alarmTopicArn?: pulumi.Input<string>;
  /**
   * A cluster policy (JSON document); the multi-VPC statement for `connectivity.multiVpcAllowedAccounts` is
   * appended to it.
   * @default - only the multi-VPC statement, and no policy at all without allowed accounts
   */
  readonly clusterPolicy?: pulumi.Input<string>;
  /**
   * Version of the generated SCRAM passwords: bump it to generate and write new passwords for every user the
   * library created (clients must then re-read their secret).
   * @default 1
   */
  readonly scramPasswordVersion?: number;
}

/**
 * A provisioned MSK cluster with everything it owns: KMS key, configuration, broker log group, security group
 * and rules, SCRAM secrets and their association, storage auto-scaling, cluster policy and default alarms.
 *
 * Names (a public contract, see the README): `${name}` (the cluster), `${name}-key`, `${name}-config`,
 * `${name}-broker-logs`, `${name}-sg` and `${name}-sg-<port>-<peer>`, `${name}-scram-<user>` (+ `-version`,
 * `-policy`), `${name}-scram-association`, `${name}-storage-scaling` (+ `-policy`), `${name}-policy`,
 * `${name}-alarm-<id>`, `${name}-vpc` (a `KafkaVpc`, when none is given). All are parented to the component.
 *
 * Removal: with `removal: 'retain'` (the default) every child the running cluster depends on gets
 * `retainOnDelete` (Pulumi's analogue of CloudFormation's RETAIN): deleting the component or the stack leaves
 * them in the account, and so does the `KafkaVpc` created for it. The data-holding children (cluster, key, broker
 * log group, SCRAM secrets) are also `protect`ed: Pulumi refuses to delete or replace them. Alarms are neither.
 * `removal: 'destroy'` turns both off.
 *
 * Bootstrap brokers are outputs of `aws.msk.Cluster`, read from the cluster on every refresh and update: no
 * custom resource that could go stale. Only the strings of enabled listeners are set.
 */
export class MskCluster extends pulumi.ComponentResource {
  readonly plan: MskProvisionedPlan;
  readonly clusterArn: pulumi.Output<string>;
  readonly clusterName: pulumi.Output<string>;
  /** Plaintext listener (only with unauthenticated access over PLAINTEXT). */
  readonly bootstrapBrokers?: pulumi.Output<string>;
  readonly bootstrapBrokersTls?: pulumi.Output<string>;
  readonly bootstrapBrokersSaslScram?: pulumi.Output<string>;
  readonly bootstrapBrokersSaslIam?: pulumi.Output<string>;
  readonly bootstrapBrokersPublicTls?: pulumi.Output<string>;
  readonly bootstrapBrokersPublicSaslScram?: pulumi.Output<string>;
  readonly bootstrapBrokersPublicSaslIam?: pulumi.Output<string>;
  readonly bootstrapBrokersVpcConnectivityTls?: pulumi.Output<string>;
  readonly bootstrapBrokersVpcConnectivitySaslScram?: pulumi.Output<string>;
  readonly bootstrapBrokersVpcConnectivitySaslIam?: pulumi.Output<string>;
  /** IPv6 bootstrap strings of a dual-stack cluster (`connectivity.networkType: 'DUAL'`), per private listener. */
  readonly bootstrapBrokersIpv6?: pulumi.Output<string>;
  readonly bootstrapBrokersTlsIpv6?: pulumi.Output<string>;
  readonly bootstrapBrokersSaslScramIpv6?: pulumi.Output<string>;
  readonly bootstrapBrokersSaslIamIpv6?: pulumi.Output<string>;
  /** The created security group (absent when `securityGroupIds` was given). */
  readonly securityGroupId?: pulumi.Output<string>;
  /** Every security group attached to the brokers. */
  readonly securityGroupIds: pulumi.Output<string[]>;
  /** Encryption-at-rest key. */
  readonly keyArn: pulumi.Output<string>;
  /** Broker log group (absent when CloudWatch logging is off). */
  readonly logGroupName?: pulumi.Output<string>;
  readonly configurationArn: pulumi.Output<string>;
  /** Secrets of the SCRAM users the library created, by user. */
  readonly scramSecretArns: Record<string, pulumi.Output<string>>;
  /** The `KafkaVpc` created because no network was given. */
  readonly vpc?: KafkaVpc;
  /** The subnets the brokers run in (one per AZ). */
  readonly brokerSubnetIds: pulumi.Input<string>[];
  /** The VPC of the brokers, when known (`vpcId`, or the given or created `KafkaVpc`). */
  readonly vpcId?: pulumi.Input<string>;
  /** Native topics (`aws.msk.Topic`) by topic name. */
  readonly topics: Record<string, msk.Topic> = {};
  /** The in-VPC admin function applying the Kafka ACLs and quotas of `scram` and `mtls` intents (none without them). */
  readonly kafkaAccess?: KafkaAdminFunction;
  /** The validated topic and access plan (args' topics plus `addTopic`). */
  topicsPlan?: MskTopicsPlan;
  private readonly resourceName: string;
  private readonly topicSpecs: TopicSpec[] = [];
  /** The KafkaVpc of the brokers (given or created) and the SCRAM secrets' key, for `addConsumer`. */
  private readonly consumerNetwork?: KafkaVpc;
  private readonly scramKeyArn?: pulumi.Input<string>;

  constructor(name: string, args: MskClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:aws:MskCluster', name, {}, opts);
    this.resourceName = name;
    // Outputs (a key ARN, public ranges) stay in the spec: the plan skips unknown values and passes them through.
    const spec = { ...args, encryptionKey: args.encryptionKey as AtRestKey | undefined } as MskProvisionedSpec;
    const refs = subnetRefs(args, args.azCount ?? DEFAULT_AZ_COUNT);
    const network = { subnets: refs, securityGroupCount: args.securityGroupIds?.length ?? 1 };
    const c = new IssueCollector();
    networkIssues(args, c);
    c.addAll(validateMskCluster(spec, network, isUnknown));
    if (args.kind !== 'standard' && args.kind !== 'express') {
      c.error('msk/pulumi-kind', 'kind', "be 'standard' or 'express' for MskCluster", args.kind, 'Use MskServerlessCluster for Serverless.');
    }
    if (args.topicReassignment !== undefined) {
      // @pulumi/aws 7.48 has no input for BrokerNodeGroupInfo.TopicReassignment: refused rather than dropped.
      c.error('msk/pulumi-topic-reassignment', 'topicReassignment', 'be omitted on the Pulumi face (@pulumi/aws has no input for it)', args.topicReassignment,
        'Remove it: the in-place upgrade then uses MSK\'s default, MANUAL (move topics with StartTopicReassignment), or start the upgrade with the AWS CLI.');
    }
    c.throwIfErrors(`MskCluster '${name}'`);
    const plan = planMskCluster(spec, network, isUnknown, `MskCluster '${name}'`) as MskProvisionedPlan;
    this.plan = plan;
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);

    const parent = { parent: this };
    const retained: pulumi.CustomResourceOptions = { parent: this, retainOnDelete: plan.removal === 'retain' };
    // Data-holding children (cluster, key, broker log group, SCRAM secrets) are also protected: Pulumi refuses to
    // delete or replace them until `removal: 'destroy'` or `pulumi state unprotect`.
    const kept: pulumi.CustomResourceOptions = { ...retained, protect: plan.removal === 'retain' };
    const tags = plan.tags;
    const ctx = accountContext(this);

    if (args.vpc === undefined && args.subnetIds === undefined) {
      this.vpc = new KafkaVpc(`${name}-vpc`, { azCount: plan.azCount as 2 | 3, removal: plan.removal }, parent);
    }
    const clientSubnets = brokerSubnetIds(args, args.vpc ?? this.vpc, plan.subnets);
    this.brokerSubnetIds = clientSubnets;
    this.vpcId = args.vpcId ?? (args.vpc ?? this.vpc)?.vpcId;
    this.consumerNetwork = args.vpc ?? this.vpc;

    // One created key, `${name}-key`: the cluster key when the plan creates it, else the separate SCRAM secrets key
    // the plan may ask for (never both: a created secrets key next to a created cluster key is the cluster key).
    const cloudWatch = plan.logging.cloudWatch;
    const clusterKeyCreated = plan.encryptionKey.kind === 'create';
    const secretsKeyCreated = plan.scramSecretsKey.kind === 'create';
    let key: kms.Key | undefined;
    if (clusterKeyCreated || secretsKeyCreated) {
      const keyPolicy = { logGroupName: clusterKeyCreated ? cloudWatch?.logGroupName : undefined, secretsManager: secretsKeyCreated || plan.scramSecretsKey.kind === 'cluster-key' };
      key = new kms.Key(
        `${name}-key`,
        {
          description: `Encrypts MSK cluster ${plan.clusterName}: data at rest, broker logs and SCRAM secrets`,
          enableKeyRotation: true,
          deletionWindowInDays: 30,
          policy: ctx.apply((x) => JSON.stringify(mskKeyPolicy(x, keyPolicy))),
          tags: { ...tags },
        },
        kept,
      );
    }
    const clusterKeyArn: pulumi.Input<string> = plan.encryptionKey.kind === 'existing' ? plan.encryptionKey.keyArn : key!.arn;

    let logGroup: cloudwatch.LogGroup | undefined;
    if (cloudWatch) {
      logGroup = new cloudwatch.LogGroup(
        `${name}-broker-logs`,
        { name: cloudWatch.logGroupName, kmsKeyId: clusterKeyArn, retentionInDays: cloudWatch.retentionDays, tags: { ...tags } },
        kept,
      );
    }

    // The name carries the Kafka version: versions of a configuration are immutable, so an upgrade creates a
    // new configuration (before the old one is deleted) instead of failing to edit the one in use.
    const configuration = new msk.Configuration(
      `${name}-config`,
      {
        name: plan.configuration.name,
        description: plan.configuration.description,
        kafkaVersions: [...plan.configuration.kafkaVersions],
        serverProperties: plan.configuration.serverProperties,
      },
      retained,
    );

    let sg: pulumi.Resource | undefined;
    let securityGroups: pulumi.Input<string>[];
    if (args.securityGroupIds !== undefined) {
      securityGroups = args.securityGroupIds;
    } else {
      const clients = { securityGroupIds: args.allowedClientSecurityGroupIds, cidrs: args.allowedClientCidrs };
      const created = createClusterSecurityGroup(name, {
        vpcId: (args.vpc ?? this.vpc)?.vpcId ?? args.vpcId!,
        description: `MSK cluster ${plan.clusterName}: Kafka listeners of the enabled auth modes only`,
        ports: plan.ports,
        peers: { clients, multiVpc: clients, public: { cidrs: [...plan.connectivity.publicAccessCidrs] }, monitoring: { securityGroupIds: args.allowedMonitoringSecurityGroupIds, cidrs: args.allowedMonitoringCidrs } },
        tags,
        resourceOptions: retained,
      });
      sg = created;
      securityGroups = [created.id];
      this.securityGroupId = created.id;
    }

    const storage = plan.storage;
    const cluster = new msk.Cluster(
      name,
      {
        clusterName: plan.clusterName,
        kafkaVersion: plan.kafkaVersion.version,
        numberOfBrokerNodes: plan.brokerNodes,
        brokerNodeGroupInfo: {
          instanceType: plan.instance.instanceType,
          clientSubnets,
          securityGroups,
          storageInfo: storage && {
            ebsStorageInfo: {
              volumeSize: storage.volumeSizeGiB,
              provisionedThroughput: storage.provisionedThroughputMiBps === undefined ? undefined : { enabled: true, volumeThroughput: storage.provisionedThroughputMiBps },
            },
          },
          connectivityInfo: connectivityInfo(plan),
        },
        storageMode: storage?.mode,
        rebalancing: plan.rebalancing ? { status: plan.rebalancing } : undefined,
        clientAuthentication: {
          sasl: { iam: plan.auth.iam, scram: plan.auth.scram },
          tls: plan.auth.tlsCertificateAuthorityArns.length > 0 ? { certificateAuthorityArns: [...plan.auth.tlsCertificateAuthorityArns] } : undefined,
          unauthenticated: plan.auth.unauthenticated,
        },
        encryptionInfo: {
          encryptionAtRestKmsKeyArn: clusterKeyArn,
          encryptionInTransit: { clientBroker: plan.encryptionInTransit.clientBroker, inCluster: plan.encryptionInTransit.inCluster },
        },
        configurationInfo: { arn: configuration.arn, revision: configuration.latestRevision },
        enhancedMonitoring: plan.monitoring.enhanced,
        openMonitoring: {
          prometheus: { jmxExporter: { enabledInBroker: plan.monitoring.jmxExporter }, nodeExporter: { enabledInBroker: plan.monitoring.nodeExporter } },
        },
        loggingInfo: {
          brokerLogs: {
            cloudwatchLogs: { enabled: logGroup !== undefined, logGroup: logGroup?.name },
            s3: { enabled: plan.logging.s3 !== undefined, bucket: plan.logging.s3?.bucketName, prefix: plan.logging.s3?.prefix },
            firehose: { enabled: plan.logging.firehoseDeliveryStream !== undefined, deliveryStream: plan.logging.firehoseDeliveryStream },
          },
        },
        tags: { ...tags },
      },
      {
        ...kept,
        // Storage auto-scaling grows the volumes outside Pulumi; without this the next update would try to
        // shrink them back to `volumeSizeGiB` (which MSK refuses). Raise the size by hand only with scaling off.
        ignoreChanges: storage?.autoScaling ? ['brokerNodeGroupInfo.storageInfo.ebsStorageInfo.volumeSize'] : undefined,
        dependsOn: sg ? [sg] : undefined,
      },
    );

    this.scramKeyArn = scramSecretsKeyArn(plan.scramSecretsKey, clusterKeyArn, key);
    const scram = plan.scramSecrets.length > 0 || plan.existingScramSecretArns.length > 0
      ? createScramSecrets(name, plan.scramSecrets, {
          clusterName: plan.clusterName, clusterArn: cluster.arn, keyArn: this.scramKeyArn, existingSecretArns: plan.existingScramSecretArns,
          passwordVersion: args.scramPasswordVersion ?? 1, tags, retained, kept,
        })
      : undefined;

    if (storage?.autoScaling) {
      createStorageScaling(name, {
        clusterName: plan.clusterName, clusterArn: cluster.arn, volumeSizeGiB: storage.volumeSizeGiB, ...storage.autoScaling, tags, resourceOptions: retained,
      });
    }

    if (plan.connectivity.multiVpcAllowedAccounts.length > 0 || args.clusterPolicy !== undefined) {
      const policy = pulumi
        .all([ctx, cluster.arn, args.clusterPolicy])
        .apply(([x, arn, user]) => JSON.stringify(mskClusterPolicy(x.partition, arn, plan.connectivity.multiVpcAllowedAccounts, parseClusterPolicy(user))));
      new msk.ClusterPolicy(`${name}-policy`, { clusterArn: cluster.arn, policy }, retained);
    }

    createAlarms(name, plan.alarms, { actions: args.alarmTopicArn === undefined ? undefined : [args.alarmTopicArn], tags, resourceOptions: parent });

    this.clusterArn = cluster.arn;
    this.clusterName = cluster.clusterName;
    const bootstrap = (f: BootstrapField) => (plan.bootstrapFields.includes(f) ? cluster[BOOTSTRAP_OUTPUTS[f]] : undefined);
    this.bootstrapBrokers = bootstrap('BootstrapBrokerString');
    this.bootstrapBrokersTls = bootstrap('BootstrapBrokerStringTls');
    this.bootstrapBrokersSaslScram = bootstrap('BootstrapBrokerStringSaslScram');
    this.bootstrapBrokersSaslIam = bootstrap('BootstrapBrokerStringSaslIam');
    this.bootstrapBrokersPublicTls = bootstrap('BootstrapBrokerStringPublicTls');
    this.bootstrapBrokersPublicSaslScram = bootstrap('BootstrapBrokerStringPublicSaslScram');
    this.bootstrapBrokersPublicSaslIam = bootstrap('BootstrapBrokerStringPublicSaslIam');
    this.bootstrapBrokersVpcConnectivityTls = bootstrap('BootstrapBrokerStringVpcConnectivityTls');
    this.bootstrapBrokersVpcConnectivitySaslScram = bootstrap('BootstrapBrokerStringVpcConnectivitySaslScram');
    this.bootstrapBrokersVpcConnectivitySaslIam = bootstrap('BootstrapBrokerStringVpcConnectivitySaslIam');
    this.bootstrapBrokersIpv6 = bootstrap('BootstrapBrokerStringIpv6');
    this.bootstrapBrokersTlsIpv6 = bootstrap('BootstrapBrokerStringTlsIpv6');
    this.bootstrapBrokersSaslScramIpv6 = bootstrap('BootstrapBrokerStringSaslScramIpv6');
    this.bootstrapBrokersSaslIamIpv6 = bootstrap('BootstrapBrokerStringSaslIamIpv6');
    this.securityGroupIds = pulumi.all(securityGroups);
    this.keyArn = pulumi.output(clusterKeyArn);
    this.logGroupName = logGroup?.name;
    this.configurationArn = configuration.arn;
    this.scramSecretArns = Object.fromEntries((scram?.secrets ?? []).map((s, i) => [plan.scramSecrets[i]!.user, s.arn]));

    this.topicSpecs.push(...(args.topics ?? []));
    const topicsPlan = this.planTopics(args.access);
    Object.assign(this.topics, createTopics(this, name, this.clusterArn, topicsPlan.topics));
    createAccessPolicies(this, name, this.clusterArn, topicsPlan.grants);
    if (topicsPlan.kafkaAccess) {
      this.kafkaAccess = createKafkaAccessFunction(this, name, {
        clusterName: plan.clusterName, clusterArn: this.clusterArn, vpcId: this.vpcId!, subnetIds: this.brokerSubnetIds, securityGroupIds: securityGroups,
        bootstrapBrokers: this.bootstrapBrokersSaslIam!, retainLogs: plan.removal === 'retain',
      }, topicsPlan.kafkaAccess);
    }

    this.registerOutputs({
      clusterArn: this.clusterArn,
      clusterName: this.clusterName,
      ...Object.fromEntries(plan.bootstrapFields.map((f) => [BOOTSTRAP_OUTPUTS[f], cluster[BOOTSTRAP_OUTPUTS[f]]])),
      securityGroupId: this.securityGroupId,
      securityGroupIds: this.securityGroupIds,
      keyArn: this.keyArn,
      logGroupName: this.logGroupName,
      configurationArn: this.configurationArn,
      scramSecretArns: this.scramSecretArns,
    });
  }

  /**
   * Adds a native topic `${name}-topic-<topic name>`, validated with every other topic of the cluster. Retained and
   * protected unless `deleteOnRemoval`. Throws `KafkaValidationError`.
   */
  addTopic(topic: TopicSpec): msk.Topic {
    this.topicSpecs.push(topic);
    const plan = this.planTopics(this.topicsPlan?.catalog.grants);
    const created = createTopics(this, this.resourceName, this.clusterArn, plan.topics.filter((t) => t.topic.name === topic.name));
    Object.assign(this.topics, created);
    return created[topic.name]!;
  }

  private planTopics(access: MskClusterArgs['access']): MskTopicsPlan {
    const plan = planMskTopics(this.plan, { topics: this.topicSpecs, access }, isUnknown, `MskCluster '${this.resourceName}'`);
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);
    this.topicsPlan = plan;
    return plan;
  }

  /**
   * A Lambda consumer of one topic (`${name}-consumer-<group>`): auth from the cluster, an exact inline policy on the
   * function's role, the auth's port opened to the pollers, the network path checked. Add catalog topics first.
   */
  addConsumer(args: MskConsumerArgs): lambda.EventSourceMapping {
    return addMskConsumer({
      component: this, name: this.resourceName, plan: this.plan, clusterArn: this.clusterArn, securityGroupId: this.securityGroupId, network: this.consumerNetwork,
      vpcId: this.vpcId, catalogTopics: this.topicSpecs.map((t) => t.name), scramSecretArns: this.scramSecretArns, scramKeyArn: this.scramKeyArn,
    }, args);
  }

  /** IAM policy JSON that lets a client connect to and describe the cluster. */
  connectPolicy(): pulumi.Output<string> {
    return grantPolicy(`MskCluster '${this.resourceName}'`, this.clusterArn, 'connect');
  }

  /** IAM policy JSON that lets a client read `topics` as a member of `groups`. */
  readPolicy(o: MskReadGrantOptions): pulumi.Output<string> {
    return grantPolicy(`MskCluster '${this.resourceName}'`, this.clusterArn, 'read', o);
  }

  /** IAM policy JSON that lets a client write to `topics` (idempotently by default). */
  writePolicy(o: MskGrantOptions): pulumi.Output<string> {
    return grantPolicy(`MskCluster '${this.resourceName}'`, this.clusterArn, 'write', o);
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
   * An `AWS/Kafka` metric of this cluster (or of one broker / topic) as plain data whose fields are those of
   * `aws.cloudwatch.MetricAlarm`: `new aws.cloudwatch.MetricAlarm(n, { ...cluster.metric('CpuUser', { brokerId: 1 }), threshold: 60, ... })`.
   */
  metric(metricName: string, o?: MskMetricOptions): MskMetricDescriptor {
    return mskMetricDescriptor(this.plan.clusterName, metricName, o);
  }

  /** Partitions without an active leader (Maximum). Standard brokers only. */
  metricOfflinePartitionsCount(o?: Omit<MskMetricOptions, 'brokerId'>): MskMetricDescriptor {
    return mskMetrics.offlinePartitionsCount(this.plan.clusterName, o);
  }

  /** Under-replicated partitions of one broker (Maximum). Standard brokers only. */
  metricUnderReplicatedPartitions(brokerId: number, o?: MskBrokerMetricOptions): MskMetricDescriptor {
    return mskMetrics.underReplicatedPartitions(this.plan.clusterName, brokerId, o);
  }

  /** Percentage of the data volume used on one broker (Maximum). Standard brokers only. */
  metricKafkaDataLogsDiskUsed(brokerId: number, o?: MskBrokerMetricOptions): MskMetricDescriptor {
    return mskMetrics.kafkaDataLogsDiskUsed(this.plan.clusterName, brokerId, o);
  }

  /** User-space CPU of one broker, in percent (Average). */
  metricCpuUser(brokerId: number, o?: MskBrokerMetricOptions): MskMetricDescriptor {
    return mskMetrics.cpuUser(this.plan.clusterName, brokerId, o);
  }
}
