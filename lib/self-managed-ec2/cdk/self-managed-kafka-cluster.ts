/**
 * `SelfManagedKafkaCluster`: Apache Kafka in KRaft mode on EC2, every decision from `planSelfManagedCluster`.
 * This file maps the plan to resources with fixed construct ids; per-node resources live in node.ts.
 */
import { Annotations, Duration, RemovalPolicy, Stack, Tags, Token, Validations } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cw from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as route53 from 'aws-cdk-lib/aws-route53';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { createAlarms } from '../../aws/cdk/alarms';
import type { KafkaVpc } from '../../aws/cdk/kafka-vpc';
import { associatePrivateZone } from '../../aws/cdk/private-zone-association';
import { throwInvalid } from '../../core/issues';
import { METRICS_NAMESPACE } from '../alarms';
import { CONTROLLER_PLAIN_USER, PATHS, TAGS } from '../defaults';
import { parameterArn } from '../iam';
import { listedIndex, placementOrder } from '../placement';
import { planSelfManagedCluster, planSelfManagedNetwork } from '../plan';
import type { SelfManagedClusterPlan } from '../plan-types';
import { restartDocumentContent } from '../render/restart-node';
import type { SelfManagedKafkaSpec } from '../spec';
import type { SelfManagedCatalogSpec } from '../catalog';
import type { TopicSpec } from '../../core/catalog/types';
import type { KafkaAdminFunction } from '../../aws/cdk/kafka-admin-function';
import { SelfManagedCatalog } from './catalog';
import { createSecurityGroups, groupOf, hostedZone, resolveNodeNetwork, type ClusterSecurityGroups } from './network';
import { fileParameter, KafkaNode, PARAMETER_IDS, pascalName, pendingSecret } from './node';
import { renderRoleFiles, type RoleFile } from '../render/node-files';
import { Provisioner } from './provisioner';
import { addSelfManagedConsumer, type SelfManagedConsumerOptions } from './consumers';
import { consumerGrantedByCatalog } from '../consumers';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { createTieredStorageBucket } from './tiered-storage-bucket';

/** Properties of `SelfManagedKafkaCluster`: the face-agnostic spec plus CDK objects. */
export interface SelfManagedKafkaClusterProps extends Omit<SelfManagedKafkaSpec, 'availabilityZones'>, SelfManagedCatalogSpec {
  /**
   * AZ names in a stable order (controller n in AZ n, brokers round-robin). Each needs a selected subnet.
   * @default - the AZs of the selected subnets, in subnet order
   */
  readonly availabilityZones?: string[];
  /**
   * The VPC of the nodes.
   * @default - a new `KafkaVpc` (construct id `Vpc`) with the endpoints the nodes call (EC2, SSM, Secrets Manager, KMS, CloudWatch, STS, S3), and NAT egress when an artifact is downloaded from a URL
   */
  readonly vpc?: ec2.IVpc;
  /**
   * Node subnets; one per AZ is used.
   * @default - the `KafkaVpc` broker subnets (client subnets when a URL artifact needs egress), else the VPC's isolated subnets, else its private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * Key of the secrets (and of the tiered-storage bucket unless `tieredStorage.kmsKeyArn`). A key you pass is not modified.
   * @default - a new customer-managed key with rotation (construct id `Key`)
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Private hosted zone to adopt for the node names; its name must be `dnsZoneName`.
   * @default - a new private hosted zone (construct id `HostedZone`) associated with the VPC
   */
  readonly hostedZone?: route53.IHostedZone;
  /**
   * Existing bucket for tiered storage (its name replaces `tieredStorage.bucketName`).
   * @default - a new bucket named `tieredStorage.bucketName` (construct id `TieredStorageBucket`)
   */
  readonly tieredStorageBucket?: s3.IBucket;
  /**
   * SNS topic notified when an alarm fires or recovers, and of Auto Scaling events.
   * @default - alarms without actions
   */
  readonly alarmTopic?: sns.ITopic;
}

/**
 * A self-managed Apache Kafka (KRaft) cluster on EC2: dedicated controllers and brokers, one Auto Scaling group of
 * one instance per node pinned to its subnet, a retained encrypted volume and a fixed-address network interface per
 * node (its DNS record points there), TLS everywhere with certificates generated at deploy time into Secrets
 * Manager, SCRAM-SHA-512 and/or mTLS for clients, alarms, and an SSM document for rolling restarts.
 */
export class SelfManagedKafkaCluster extends Construct implements ec2.IConnectable {
  readonly plan: SelfManagedClusterPlan;
  readonly clusterName: string;
  readonly vpc: ec2.IVpc;
  /** The VPC created when none was passed (construct id `Vpc`). */
  readonly kafkaVpc?: KafkaVpc;
  /** Client access to the brokers; `defaultPort` is the first client listener. Use `allowClientsFrom`. */
  readonly connections: ec2.Connections;
  readonly securityGroups: ClusterSecurityGroups;
  readonly hostedZone: route53.IHostedZone;
  readonly encryptionKey: kms.IKey;
  readonly tieredStorageBucket?: s3.IBucket;
  /** SSM parameters of the files shared by every node of a role (`kafka.env`, `kafka.service`, ...), by role. */
  readonly roleFiles: Record<string, ssm.StringParameter[]>;
  /** Nodes by name (`controller-1`, `broker-1`, ...). */
  readonly nodes: Record<string, KafkaNode>;
  /** SCRAM user secrets (`{"username","password"}`) by user name. */
  readonly scramSecrets: Record<string, secretsmanager.ISecret>;
  readonly caSecret: secretsmanager.ISecret;
  readonly controllerPasswordSecret?: secretsmanager.ISecret;
  readonly provisioner: Provisioner;
  readonly restartDocument: ssm.CfnDocument;
  readonly alarms: Record<string, cloudwatch.Alarm>;
  /** Subnets of the nodes, one per AZ in placement order. */
  private readonly nodeSubnets: ec2.ISubnet[];
  private readonly catalog: SelfManagedCatalog;

  constructor(scope: Construct, id: string, props: SelfManagedKafkaClusterProps) {
    super(scope, id);
    const { vpc, vpcSubnets, availabilityZones, encryptionKey, hostedZone: zone, tieredStorageBucket, alarmTopic, topics, access, catalogAdmin, ...spec } = props;
    const removalPolicy = (spec.removal ?? 'retain') === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
    const needs = planSelfManagedNetwork(spec);
    const subject = `SelfManagedKafkaCluster '${this.node.path}'`;
    const isUnknown = (v: unknown) => Token.isUnresolved(v);
    const stackRegion = Stack.of(this).region;
    const context = { region: Token.isUnresolved(stackRegion) ? undefined : stackRegion, defaultVpc: !vpc };
    // The listed AZs shape the default VPC: a list it cannot span, or a misspelt zone, is refused with every other issue before any subnet exists.
    if (!vpc && availabilityZones !== undefined) {
      planSelfManagedCluster({ ...spec, availabilityZones }, isUnknown, subject, context);
    }
    const azs = availabilityZones && placementOrder(availabilityZones, isUnknown);
    const network = resolveNodeNetwork(this, { vpc, vpcSubnets, azs, ...needs, removal: spec.removal ?? 'retain' });
    this.vpc = network.vpc;
    this.kafkaVpc = network.kafkaVpc;
    this.nodeSubnets = network.subnets;

    this.encryptionKey = encryptionKey ?? new kms.Key(this, 'Key', {
      description: `Encrypts the secrets and tiered-storage bucket of Kafka cluster ${spec.clusterName}`,
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy,
    });
    const ts = spec.tieredStorage;
    const bucketKey = ts && (ts.kmsKeyArn ?? tieredStorageBucket?.encryptionKey?.keyArn ?? (tieredStorageBucket ? undefined : this.encryptionKey.keyArn));
    this.plan = planSelfManagedCluster(
      {
        ...spec,
        availabilityZones: network.availabilityZones,
        ...(ts ? { tieredStorage: { ...ts, bucketName: tieredStorageBucket?.bucketName ?? ts.bucketName, kmsKeyArn: bucketKey } } : {}),
      },
      isUnknown,
      subject,
      context,
    );
    const plan = this.plan;
    // After the plan: it has checked the bucket name and the key ARN, which aws-cdk-lib would refuse with a plain error.
    if (ts) {
      const key = ts.kmsKeyArn ? kms.Key.fromKeyArn(this, 'TieredStorageKey', ts.kmsKeyArn) : this.encryptionKey;
      this.tieredStorageBucket = tieredStorageBucket ?? createTieredStorageBucket(this, ts.bucketName, key, removalPolicy);
    }
    this.clusterName = plan.clusterName;

    this.securityGroups = createSecurityGroups(this, this.vpc, plan.clusterName, plan.securityGroupRules);
    const clientRule = plan.securityGroupRules.find((r) => r.source === 'clients');
    this.connections = new ec2.Connections({ securityGroups: [this.securityGroups.brokers], defaultPort: clientRule ? ec2.Port.tcp(clientRule.port) : undefined });
    this.hostedZone = hostedZone(this, plan.dnsZoneName, this.vpc, zone);
    if (!zone) (this.hostedZone as unknown as { applyRemovalPolicy(p: RemovalPolicy): void }).applyRemovalPolicy(removalPolicy);

    // Shared secrets: values generated by Secrets Manager (SCRAM, controller password) or by the provisioner (CA).
    this.caSecret = new secretsmanager.Secret(this, 'CaSecret', {
      ...pendingSecret(`Cluster CA of ${plan.clusterName} (certificate and key): read by the provisioner and by admins issuing client certificates, never by nodes`),
      secretName: plan.tls.caSecretName, encryptionKey: this.encryptionKey, removalPolicy,
    });
    acknowledgeNoRotation(this.caSecret, 'The cluster CA signs every node certificate: rotating it means re-issuing all of them (`tls.generation`) and a rolling replacement, never an unattended rotation.');
    this.scramSecrets = {};
    for (const u of plan.scramUsers) {
      const secret = new secretsmanager.Secret(this, `ScramUser-${u.user}`, {
        secretName: u.secretName, description: `SASL/SCRAM-SHA-512 credentials of Kafka user ${u.user} (${plan.clusterName})`, encryptionKey: this.encryptionKey, removalPolicy,
        generateSecretString: { secretStringTemplate: JSON.stringify({ username: u.user }), generateStringKey: 'password', passwordLength: 32, excludePunctuation: true },
      });
      acknowledgeNoRotation(secret, 'SCRAM credentials live in the KRaft metadata log (bootstrapped at format time); a Secrets Manager rotation would not change them. Rotate with kafka-configs.sh, then update the secret.');
      this.scramSecrets[u.user] = secret;
    }
    if (plan.controllerPasswordSecretName) {
      this.controllerPasswordSecret = new secretsmanager.Secret(this, 'ControllerPassword', {
        secretName: plan.controllerPasswordSecretName, description: `SASL PLAIN password of the controller listener of ${plan.clusterName}`, encryptionKey: this.encryptionKey, removalPolicy,
        generateSecretString: { secretStringTemplate: JSON.stringify({ username: CONTROLLER_PLAIN_USER }), generateStringKey: 'password', passwordLength: 32, excludePunctuation: true },
      });
      acknowledgeNoRotation(this.controllerPasswordSecret, 'Every node reads the controller password at boot; rotating it needs a rolling replacement of all nodes, never an unattended rotation.');
    }
    const shared: Record<string, string> = Object.fromEntries([
      ...plan.scramUsers.map((u) => [u.secretName, this.scramSecrets[u.user]!.secretArn]),
      ...(this.controllerPasswordSecret ? [[plan.controllerPasswordSecretName!, this.controllerPasswordSecret.secretArn]] : []),
    ]);

    // Files shared by every node of a role: one parameter each per role (construct `<Role>Files`).
    this.roleFiles = {};
    for (const r of renderRoleFiles(plan)) {
      const scope = new Construct(this, `${pascalName(r.role)}Files`);
      this.roleFiles[r.role] = (Object.entries(r.files) as [RoleFile, string][]).map(([file, text]) =>
        fileParameter(scope, r.parameters[file]!, text, `${plan.clusterName} ${r.role} nodes: ${file}`, PARAMETER_IDS[file]));
    }
    this.nodes = {};
    plan.nodes.forEach((n) => {
      this.nodes[n.name] = new KafkaNode(this, pascalName(n.name), {
        plan, node: n, vpc: this.vpc, subnet: network.subnets[listedIndex(network.availabilityZones, n.availabilityZone)]!, securityGroup: groupOf(this.securityGroups, n.processRoles.includes('broker') ? 'brokers' : 'controllers'),
        zone: this.hostedZone, key: this.encryptionKey, removalPolicy, alarmTopic, roleParameters: this.roleFiles[n.role]!,
        sharedSecretArn: (name) => shared[name] ?? (() => { throw new Error(`no shared secret ${name}`); })(),
      });
    });

    this.provisioner = new Provisioner(this, 'Provisioner', {
      plan, key: this.encryptionKey, caSecret: this.caSecret, removalPolicy,
      nodeSecrets: Object.fromEntries(Object.values(this.nodes).map((n) => [n.plan.name, n.tlsSecret])),
    });
    for (const n of Object.values(this.nodes)) n.autoScalingGroup.node.addDependency(this.provisioner.clusterId, this.provisioner.tls);
    this.catalog = new SelfManagedCatalog(this, {
      plan, vpc: this.vpc, subnets: network.subnets, brokerSecurityGroup: groupOf(this.securityGroups, 'brokers'), scramSecrets: this.scramSecrets,
      key: this.encryptionKey, removalPolicy, nodes: () => Object.values(this.nodes),
    }, { topics, access, catalogAdmin }, subject);

    this.restartDocument = new ssm.CfnDocument(this, 'RestartDocument', {
      name: plan.restartDocumentName,
      documentType: 'Command',
      updateMethod: 'NewVersion',
      content: restartDocumentContent(plan),
    });

    this.alarms = createAlarms(this, plan.alarms, alarmTopic);
    Tags.of(this).add(TAGS.cluster, plan.clusterName);
    for (const w of plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);
  }

  /**
   * Adds a topic to the catalog the in-VPC admin function applies (created with the first topic or intent; needs
   * `catalogAdmin`). The topic is checked with the others when the app synthesizes.
   */
  addTopic(topic: TopicSpec): void {
    this.catalog.add(topic, `SelfManagedKafkaCluster '${this.node.path}'`);
  }

  /** The in-VPC admin function applying `topics` and `access` (construct `Catalog`); undefined without either. */
  get catalogFunction(): KafkaAdminFunction | undefined {
    return this.catalog.adminFunction;
  }

  /** Opens the client listeners of the brokers to `other` (each port of the plan's `clients` rules). */
  allowClientsFrom(other: ec2.IConnectable): void {
    for (const r of this.plan.securityGroupRules.filter((x) => x.source === 'clients')) this.connections.allowFrom(other, ec2.Port.tcp(r.port), r.description);
  }

  /**
   * Opens the client listeners to every address of `vpc`, e.g. the `KafkaVpc` of a disaster-recovery site in another
   * stack or Region (security groups cannot reference each other across Regions). Its range is a plan value, a
   * literal CIDR: this stack does not reference the other one, so there is no dependency cycle.
   */
  allowClientsFromVpc(vpc: KafkaVpc): void {
    this.allowClientsFrom(ec2.Peer.ipv4(vpc.plan.cidr));
  }

  /**
   * Associates the cluster's private hosted zone with `vpc` (of this account; this stack, another stack, or another
   * Region), so clients there resolve the brokers' stable names. In this stack, a created zone lists the VPC;
   * otherwise the association is made from the stack of `vpc` (construct `ZoneAssociation-<clusterName>` under
   * `vpc`, a `Custom::KafkaZoneVpcAssociation`), which references this stack's zone and never the reverse. Another
   * Region needs `crossRegionReferences: true` on both stacks.
   */
  associateHostedZoneWith(vpc: ec2.IVpc): void {
    if (vpc === this.vpc) {
      throwInvalid(`SelfManagedKafkaCluster '${this.node.path}'`, 'self-managed/zone-own-vpc', 'vpc', 'be another VPC than the cluster\'s (its zone is already associated with it)', vpc.node.path,
        'Pass the VPC of the clients in another network, e.g. the disaster-recovery site\'s `KafkaVpc.vpc`.');
    }
    if (Stack.of(vpc) === Stack.of(this) && this.hostedZone instanceof route53.PrivateHostedZone) {
      this.hostedZone.addVpc(vpc);
      return;
    }
    associatePrivateZone(vpc, `ZoneAssociation-${this.clusterName}`, { hostedZoneId: this.hostedZone.hostedZoneId, vpc });
  }

  /**
   * A Lambda function consuming one topic of this cluster (an event source mapping, construct
   * `Consumer-<group>/Resource`): over SASL/SCRAM (the user's secret) or mTLS (a client certificate secret you pass),
   * trusting the cluster CA through a certificate-only secret, with pollers in the nodes' subnets and a security group
   * of their own that the brokers admit on that listener's port only. Throws `KafkaValidationError` with every issue;
   * warns (`consumer/acls-needed`) when no `access` intent grants the principal Read on the topic and group.
   */
  addConsumer(fn: lambda.IFunction, options: SelfManagedConsumerOptions): lambda.CfnEventSourceMapping {
    return addSelfManagedConsumer(this, fn, options, {
      subnets: this.nodeSubnets, catalogTopics: this.catalog.topicNames, granted: (p) => consumerGrantedByCatalog(this.catalog.accessIntents, p),
    });
  }

  /** `host:port,...` of the brokers' SCRAM listener (stable DNS names). Throws when SCRAM is off. */
  get bootstrapServersScram(): string {
    return this.bootstrapServers('CLIENT_SCRAM', 'enable `clientAuthentication.scram`');
  }

  /** `host:port,...` of the brokers' mTLS listener. Throws when mTLS is off. */
  get bootstrapServersMtls(): string {
    return this.bootstrapServers('CLIENT_MTLS', 'enable `clientAuthentication.mtls`');
  }

  /** Name of the SSM parameter holding the cluster CA certificate (PEM) that clients trust. */
  get caCertificateParameterName(): string {
    return this.plan.tls.caCertificateParameter;
  }

  /** Read one SCRAM user's secret. */
  grantReadScramSecret(user: string, grantee: iam.IGrantable): iam.Grant {
    const secret = this.scramSecrets[user];
    if (!secret) throw new Error(`Kafka cluster '${this.clusterName}' has no SCRAM user '${user}' (users: ${Object.keys(this.scramSecrets).join(', ') || 'none'}).`);
    return secret.grantRead(grantee);
  }

  /** Read the CA certificate parameter (public material: what clients trust). */
  grantReadCaCertificate(grantee: iam.IGrantable): iam.Grant {
    return iam.Grant.addToPrincipal({ grantee, actions: ['ssm:GetParameter'], resourceArns: [parameterArn(Stack.of(this), this.plan.tls.caCertificateParameter)] });
  }

  /** A metric the nodes publish (namespace `KafkaIac/SelfManaged`), for the cluster or one node. */
  metric(metricName: string, props?: cloudwatch.MetricOptions, nodeName?: string): cloudwatch.Metric {
    return new cw.Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { ClusterName: this.clusterName, ...(nodeName ? { NodeName: nodeName } : {}) }, ...props });
  }

  /** Under-replicated partitions led by one broker (Maximum). */
  metricUnderReplicatedPartitions(nodeName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return this.metric('kafka_server_replicamanager_underreplicatedpartitions', { statistic: 'Maximum', ...props }, nodeName);
  }

  /** Percentage used of one node's data or metadata volume (Maximum). */
  metricDiskUsedPercent(nodeName: string, props?: cloudwatch.MetricOptions): cloudwatch.Metric {
    return new cw.Metric({
      namespace: METRICS_NAMESPACE, metricName: 'disk_used_percent', statistic: 'Maximum',
      dimensionsMap: { ClusterName: this.clusterName, NodeName: nodeName, path: PATHS.mountPoint }, ...props,
    });
  }

  private bootstrapServers(listener: string, fix: string): string {
    const l = this.plan.listeners.find((x) => x.name === listener);
    if (!l) throw new Error(`Kafka cluster '${this.clusterName}' has no ${listener} listener: ${fix}.`);
    return this.plan.nodes.filter((n) => n.listeners.includes(listener)).map((n) => `${n.dnsName}:${l.port}`).join(',');
  }
}

function acknowledgeNoRotation(secret: secretsmanager.ISecret, reason: string): void {
  Validations.of(secret).acknowledge({ id: 'AwsSolutions-SMG4', reason });
}
