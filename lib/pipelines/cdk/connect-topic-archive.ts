/**
 * `ConnectTopicArchive`: archives topics of an MSK cluster with Standard brokers (IAM on) to S3 with the Confluent S3
 * sink on MSK Connect. Every decision is in `planConnectArchival`; this face creates the buckets and their key (ids
 * `Bucket`, `DeadLetterBucket`, `Key`, shared with `TopicArchive`), the plugin checksum check (`PluginCheck`), the
 * custom plugin (`Plugin`), the worker configuration (`WorkerConfiguration`), the workers' log group (`Logs`), the
 * service execution role (`Role`), the connectors' security group (`SecurityGroup`) and the two connectors
 * (`Connector.archive`, `Connector.dead-letters`).
 */
import { Annotations, Aws, CustomResource, Fn, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kafkaconnect from 'aws-cdk-lib/aws-kafkaconnect';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct, type IConstruct } from 'constructs';
import { createDeployTimeFunction } from '../../aws/cdk/deploy-time-function';
import { kafkaResourceArn } from '../../aws/cdk/kafka-resource-arn';
import { removalPolicyOf } from '../../aws/cdk/removal';
import { WildcardFindingLedger } from '../../aws/cdk/wildcard-findings';
import type { AccountContext } from '../../aws/iam-policy';
import type { TopicPlan, TopicSpec } from '../../core/catalog/types';
import { archivalFactsOf, type ArchivableClusterPlan } from '../archival/cluster-facts';
import { CONNECT_SERVICE_PRINCIPAL, CONNECT_WILDCARD_REASONS, connectLogsKeyStatement, connectPolicyStatements, connectTrustConditions } from '../archival/connect-policy';
import { connectorConfiguration, planConnectArchival } from '../archival/connect-plan';
import type { ConnectArchivalPlan, PlannedConnector } from '../archival/connect-plan-types';
import type { ConnectArchivalSpec } from '../archival/connect-spec';
import { PLUGIN_CHECK_FUNCTION, PLUGIN_CHECK_RESOURCE_TYPE, pluginCheckInput, pluginCheckStatements } from '../archival/plugin-check';
import type { ArchivalClusterFacts, ArchivalClusterKind } from '../archival/spec';
import { createArchiveBucket, type ArchiveStorageProps } from './archive-buckets';

/** A library `MskCluster` by its shape: its plan, network and IAM bootstrap brokers. */
export interface ConnectArchivableCluster {
  readonly plan: ArchivableClusterPlan & {
    /**
     * The brokers' subnets (MSK Provisioned).
     * @default - none
     */
    readonly subnets?: readonly { readonly subnetId: string }[];
  };
  /**
   * The MSK cluster ARN.
   * @default - none: a self-managed cluster (refused by the plan)
   */
  readonly clusterArn?: string;
  /**
   * The validated topic catalog of the cluster.
   * @default - none: topic names are checked for Kafka's naming rules only
   */
  readonly topicsPlan?: { readonly catalog: { readonly topics: readonly TopicPlan[] } };
  /**
   * The cluster's native topics by name: the connectors are created after them.
   * @default {}
   */
  readonly topics?: Readonly<Record<string, IConstruct>>;
  /**
   * The brokers' VPC.
   * @default - none: refused unless the cluster is refused for another reason
   */
  readonly vpc?: ec2.IVpc;
  /**
   * The brokers' security groups.
   * @default []
   */
  readonly securityGroups?: ec2.ISecurityGroup[];
  /**
   * IAM bootstrap brokers (`host:9098,...`); read only once the plan has checked that IAM is on.
   * @default - none: the cluster has no IAM listener (refused by the plan)
   */
  readonly bootstrapBrokersSaslIam?: string;
}

/** An MSK cluster that is not built by this library. */
export interface ConnectTopicArchiveClusterAttributes {
  readonly kind: ArchivalClusterKind;
  readonly clusterArn: string;
  readonly clusterName: string;
  /** IAM client authentication is on. */
  readonly iamAuth: boolean;
  readonly vpc: ec2.IVpc;
  /** The brokers' client subnets: the connectors' ENIs go there. */
  readonly subnetIds: string[];
  /** The brokers' security groups: each is opened to the connectors on the IAM port only. */
  readonly securityGroups: ec2.ISecurityGroup[];
  /** `host:9098,...` */
  readonly bootstrapBrokersSaslIam: string;
  /**
   * The cluster's topics: archived topics must be among them.
   * @default - none: topic names are checked for Kafka's naming rules only (the topics must exist before deploy)
   */
  readonly topics?: readonly TopicSpec[];
  /**
   * Broker count (caps the dead-letter topic's replication factor).
   * @default 3
   */
  readonly brokerNodes?: number;
}

/** Properties of `ConnectTopicArchive`: the archive spec, the cluster, and its buckets. */
export interface ConnectTopicArchiveProps extends Omit<ConnectArchivalSpec, 'bucket' | 'deadLetterBucket'>, ArchiveStorageProps {
  /** An `MskCluster` with Standard brokers and IAM on (others are refused, with the reason). */
  readonly cluster: ConnectArchivableCluster | ConnectTopicArchiveClusterAttributes;
}

interface ResolvedConnectCluster {
  readonly facts: ArchivalClusterFacts;
  /** @default - none: refused */
  readonly clusterArn?: string;
  readonly topics: Readonly<Record<string, IConstruct>>;
  /** @default - none: refused */
  readonly vpc?: ec2.IVpc;
  readonly subnetIds: string[];
  readonly securityGroups: ec2.ISecurityGroup[];
  readonly bootstrap: () => string;
}

function clusterOf(c: ConnectTopicArchiveProps['cluster']): ResolvedConnectCluster {
  if ('plan' in c) {
    return {
      facts: archivalFactsOf(c.plan, c.topicsPlan?.catalog.topics ?? []), ...(c.clusterArn !== undefined ? { clusterArn: c.clusterArn } : {}), topics: c.topics ?? {},
      ...(c.vpc ? { vpc: c.vpc } : {}), subnetIds: (c.plan.subnets ?? []).map((s) => s.subnetId), securityGroups: c.securityGroups ?? [], bootstrap: () => c.bootstrapBrokersSaslIam!,
    };
  }
  return {
    facts: { kind: c.kind, clusterName: c.clusterName, iamAuth: c.iamAuth, ...(c.topics ? { catalog: c.topics } : {}), ...(c.brokerNodes !== undefined ? { brokerNodes: c.brokerNodes } : {}) },
    clusterArn: c.clusterArn, topics: {}, vpc: c.vpc, subnetIds: c.subnetIds, securityGroups: c.securityGroups, bootstrap: () => c.bootstrapBrokersSaslIam,
  };
}

const ledger = new WildcardFindingLedger();

export class ConnectTopicArchive extends Construct {
  readonly plan: ConnectArchivalPlan;
  readonly bucket: s3.IBucket;
  readonly deadLetterBucket: s3.IBucket;
  /** The key of the created buckets and of the log group. */
  readonly encryptionKey: kms.IKey;
  readonly logGroup: logs.LogGroup;
  /** The connectors' service execution role. */
  readonly role: iam.Role;
  readonly securityGroup: ec2.SecurityGroup;
  readonly plugin: kafkaconnect.CfnCustomPlugin;
  readonly workerConfiguration: kafkaconnect.CfnWorkerConfiguration;
  /** The connectors by role: `archive` and `dead-letters`. */
  readonly connectors: Readonly<Record<PlannedConnector['role'], kafkaconnect.CfnConnector>>;

  constructor(scope: Construct, id: string, props: ConnectTopicArchiveProps) {
    super(scope, id);
    const { cluster, bucket, bucketName, deadLetterBucket, deadLetterBucketName, encryptionKey, serverAccessLogsBucket, ...spec } = props;
    const resolved = clusterOf(cluster);
    this.plan = planConnectArchival({
      ...spec,
      bucket: bucket ? { kind: 'existing', bucketName: bucket.bucketName } : { kind: 'create', ...(bucketName !== undefined ? { bucketName } : {}) },
      deadLetterBucket: deadLetterBucket ? { kind: 'existing', bucketName: deadLetterBucket.bucketName } : { kind: 'create', ...(deadLetterBucketName !== undefined ? { bucketName: deadLetterBucketName } : {}) },
    }, resolved.facts, (v) => Token.isUnresolved(v), `ConnectTopicArchive '${this.node.path}'`);
    const plan = this.plan;
    if (!resolved.vpc || resolved.subnetIds.length === 0 || resolved.clusterArn === undefined) {
      throw new Error(`ConnectTopicArchive '${this.node.path}': the cluster must give its VPC, broker subnets and ARN (an MskCluster does).`);
    }
    for (const w of plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);
    const removal = removalPolicyOf(plan.removal);
    const ctx = this.account();

    const key = encryptionKey ?? new kms.Key(this, 'Key', {
      description: `Archive of Kafka topics of cluster ${plan.clusterName} (${plan.name}) through MSK Connect, and its worker logs`, enableKeyRotation: true, removalPolicy: removal,
    });
    if (!encryptionKey) key.addToResourcePolicy(iam.PolicyStatement.fromJson(connectLogsKeyStatement(ctx, plan.logGroupName)));
    this.encryptionKey = key;
    const bucketOptions = { key, removalPolicy: removal, writtenBy: 'the MSK Connect role', ...(serverAccessLogsBucket ? { serverAccessLogsBucket } : {}) };
    this.bucket = bucket ?? createArchiveBucket(this, 'Bucket', { ...bucketOptions, bucketName, lifecycle: plan.dataLifecycle, holds: `the archived records of cluster ${plan.clusterName}` });
    this.deadLetterBucket = deadLetterBucket ?? createArchiveBucket(this, 'DeadLetterBucket', {
      ...bucketOptions, bucketName: deadLetterBucketName, lifecycle: plan.deadLetterLifecycle, holds: `the dead-letter records of the connectors of cluster ${plan.clusterName}`,
    });
    this.logGroup = new logs.LogGroup(this, 'Logs', { logGroupName: plan.logGroupName, encryptionKey: key, retention: plan.logRetentionDays as logs.RetentionDays, removalPolicy: removal });

    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal(CONNECT_SERVICE_PRINCIPAL).withConditions(connectTrustConditions(ctx, plan.name)),
      description: `MSK Connect archive ${plan.name} of cluster ${plan.clusterName}: read its topics, write its buckets`,
    });
    const keyArns = [...new Set([this.bucket.encryptionKey, this.deadLetterBucket.encryptionKey].flatMap((k) => (k ? [k.keyArn] : [])))];
    const clusterArn = resolved.clusterArn;
    const statements = connectPolicyStatements({
      ctx, plan, clusterArn, kafkaArn: (kind, name) => kafkaResourceArn(clusterArn, kind, name), bucketArn: this.bucket.bucketArn, deadLetterBucketArn: this.deadLetterBucket.bucketArn, keyArns,
    });
    for (const s of statements) {
      this.role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: s.sid, actions: [...s.actions], resources: [...s.resources], ...(s.condition ? { conditions: s.condition } : {}) }));
    }
    const wildcard = (r: string) => JSON.stringify(Stack.of(this).resolve(r)).includes('*');
    ledger.record(this.role, statements.flatMap((s) => s.resources.filter(wildcard).map((resource) => ({
      resource, reason: CONNECT_WILDCARD_REASONS[s.sid] ?? s.sid,
    }))));
    ledger.acknowledge(this.role, `MSK Connect archive '${plan.name}' of cluster ${plan.clusterName}.`);

    // The connectors' ENIs: to the brokers' IAM port and to S3 over HTTPS only.
    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: resolved.vpc, allowAllOutbound: false, description: `MSK Connect archive ${plan.name} of cluster ${plan.clusterName}`,
    });
    for (const sg of resolved.securityGroups) this.securityGroup.connections.allowTo(sg, ec2.Port.tcp(plan.brokerPort), `MSK Connect archive ${plan.name} (IAM listener)`);
    this.securityGroup.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS: S3 through the gateway endpoint or NAT');

    const checkScope = new Construct(this, 'PluginCheck');
    const check = createDeployTimeFunction(checkScope, {
      spec: PLUGIN_CHECK_FUNCTION, policyName: 'PluginCheck', removalPolicy: removal,
      statements: (logGroupArn) => pluginCheckStatements(ctx.partition, ctx.region, ctx.dnsSuffix, plan.plugin, logGroupArn),
    });
    const checked = new CustomResource(checkScope, 'Checksum', {
      serviceToken: check.function.functionArn, resourceType: PLUGIN_CHECK_RESOURCE_TYPE, properties: pluginCheckInput(plan.plugin),
    });
    this.plugin = new kafkaconnect.CfnCustomPlugin(this, 'Plugin', {
      name: plan.pluginName, contentType: 'ZIP', description: `Confluent S3 sink for archive ${plan.name}, SHA-256 ${plan.plugin.sha256}`,
      location: { s3Location: { bucketArn: `arn:${ctx.partition}:s3:::${plan.plugin.bucketName}`, fileKey: plan.plugin.key, objectVersion: plan.plugin.objectVersion } },
    });
    this.plugin.node.addDependency(checked);
    this.workerConfiguration = new kafkaconnect.CfnWorkerConfiguration(this, 'WorkerConfiguration', {
      name: plan.workerConfigurationName, description: `Workers of MSK Connect archive ${plan.name}`, propertiesFileContent: Fn.base64(plan.workerProperties),
    });

    const connectors = {} as Record<PlannedConnector['role'], kafkaconnect.CfnConnector>;
    for (const c of plan.connectors) {
      const connector = new kafkaconnect.CfnConnector(this, `Connector.${c.role}`, this.connectorProps(c, resolved));
      connector.node.addDependency(this.role.node.findChild('DefaultPolicy'));
      for (const t of c.topics) if (resolved.topics[t]) connector.node.addDependency(resolved.topics[t]!);
      connectors[c.role] = connector;
    }
    this.connectors = connectors;
  }

  private connectorProps(c: PlannedConnector, cluster: ResolvedConnectCluster): kafkaconnect.CfnConnectorProps {
    const plan = this.plan;
    const bucket = c.bucket === 'data' ? this.bucket : this.deadLetterBucket;
    const capacity: kafkaconnect.CfnConnector.CapacityProperty = c.capacity.kind === 'autoscaled'
      ? { autoScaling: {
        mcuCount: c.capacity.mcuCount, minWorkerCount: c.capacity.minWorkers, maxWorkerCount: c.capacity.maxWorkers,
        scaleInPolicy: { cpuUtilizationPercentage: c.capacity.scaleInCpuPercent }, scaleOutPolicy: { cpuUtilizationPercentage: c.capacity.scaleOutCpuPercent },
      } }
      : { provisionedCapacity: { mcuCount: c.capacity.mcuCount, workerCount: c.capacity.workerCount } };
    return {
      connectorName: c.connectorName,
      connectorDescription: `Archive ${plan.name} of cluster ${plan.clusterName}: ${c.role} to S3`,
      capacity,
      connectorConfiguration: connectorConfiguration(c, bucket.bucketName, Aws.REGION),
      kafkaCluster: { apacheKafkaCluster: { bootstrapServers: cluster.bootstrap(), vpc: { securityGroups: [this.securityGroup.securityGroupId], subnets: cluster.subnetIds } } },
      kafkaClusterClientAuthentication: { authenticationType: plan.authentication },
      kafkaClusterEncryptionInTransit: { encryptionType: 'TLS' },
      kafkaConnectVersion: plan.kafkaConnectVersion,
      logDelivery: { workerLogDelivery: { cloudWatchLogs: { enabled: true, logGroup: this.logGroup.logGroupName } } },
      plugins: [{ customPlugin: { customPluginArn: this.plugin.attrCustomPluginArn, revision: this.plugin.attrRevision } }],
      serviceExecutionRoleArn: this.role.roleArn,
      workerConfiguration: { workerConfigurationArn: this.workerConfiguration.attrWorkerConfigurationArn, revision: this.workerConfiguration.attrRevision },
    };
  }

  private account(): AccountContext {
    const stack = Stack.of(this);
    return { partition: Aws.PARTITION, dnsSuffix: Aws.URL_SUFFIX, region: stack.region, accountId: stack.account };
  }
}
