/**
 * `SelfManagedKafkaCluster` for Pulumi: Apache Kafka in KRaft mode on EC2. Thin: `planSelfManagedCluster` decides
 * everything; this file maps the plan to `@pulumi/aws` resources (imported by submodule).
 */
import * as pulumi from '@pulumi/pulumi';
import type * as cloudwatch from '@pulumi/aws/cloudwatch';
import { getCallerIdentityOutput } from '@pulumi/aws/getCallerIdentity';
import { getPartitionOutput } from '@pulumi/aws/getPartition';
import { getRegionOutput } from '@pulumi/aws/getRegion';
import * as kms from '@pulumi/aws/kms';
import * as route53 from '@pulumi/aws/route53';
import * as secretsmanager from '@pulumi/aws/secretsmanager';
import * as vpcRules from '@pulumi/aws/vpc';
import { createAlarms } from '../../aws/pulumi/alarms';
import { KafkaVpc } from '../../aws/pulumi/kafka-vpc';
import { listedIndex } from '../placement';
import { planSelfManagedCluster, planSelfManagedNetwork } from '../plan';
import { throwInvalid } from '../../core/issues';
import type { SelfManagedClusterPlan } from '../plan-types';
import { passwordSecrets } from '../provisioner';
import type { SelfManagedKafkaSpec } from '../spec';
import { planSelfManagedCatalog, type SelfManagedCatalogSpec } from '../catalog';
import { KafkaAdminFunction } from '../../aws/pulumi/kafka-admin-function';
import { createProvisioner, createRestartDocument, createSecurityGroups, createTieredStorageBucket } from './cluster-resources';
import type * as ssm from '@pulumi/aws/ssm';
import { renderRoleFiles, type RoleFile } from '../render/node-files';
import { createNode, fileParameter, PARAMETER_SUFFIXES, type NodeResources } from './node';
import { addSelfManagedConsumer, type SelfManagedConsumerArgs, type SelfManagedConsumerTarget } from './consumers';
import { consumerGrantedByCatalog } from '../consumers';
import type * as lambda from '@pulumi/aws/lambda';

/** Arguments of `SelfManagedKafkaCluster`: the face-agnostic spec plus Pulumi network objects. */
export interface SelfManagedKafkaClusterArgs extends SelfManagedKafkaSpec, SelfManagedCatalogSpec {
  /**
   * VPC of the nodes (with `subnetIds`).
   * @default - a new `KafkaVpc` named `${name}-vpc` over `availabilityZones` (2 or 3), with the endpoints the nodes call and NAT egress when an artifact is a URL
   */
  readonly vpcId?: pulumi.Input<string>;
  /**
   * One subnet per entry of `availabilityZones`, in the same order as that list (nodes are placed by AZ name, so
   * reordering both lists together changes nothing).
   * @default - the `KafkaVpc` broker subnets (client subnets when a URL artifact needs egress)
   */
  readonly subnetIds?: pulumi.Input<string>[];
  /**
   * Key of the secrets (and of the tiered-storage bucket unless `tieredStorage.kmsKeyArn`).
   * @default - a new customer-managed key with rotation, `${name}-key`
   */
  readonly encryptionKeyArn?: pulumi.Input<string>;
  /**
   * Private hosted zone to adopt (its name must be `dnsZoneName`).
   * @default - a new private zone `${name}-zone` on the VPC
   */
  readonly hostedZoneId?: pulumi.Input<string>;
  /**
   * Create the tiered-storage bucket named `tieredStorage.bucketName`; false adopts an existing bucket of that name.
   * @default true
   */
  readonly createTieredStorageBucket?: boolean;
  /**
   * Security groups of clients, allowed on the client listeners.
   * @default - none
   */
  readonly allowedClientSecurityGroupIds?: pulumi.Input<string>[];
  /**
   * IPv4 ranges of clients, allowed on the client listeners.
   * @default - none
   */
  readonly allowedClientCidrs?: pulumi.Input<string>[];
  /**
   * SNS topic notified by the alarms (ALARM and OK) and of Auto Scaling events.
   * @default - alarms without actions
   */
  readonly alarmTopicArn?: pulumi.Input<string>;
}

/**
 * A self-managed Apache Kafka (KRaft) cluster on EC2, the Pulumi twin of the CDK construct.
 *
 * Names (a public contract): `${name}-vpc`, `${name}-key`, `${name}-zone`, `${name}-sg-{brokers,controllers}` and their
 * rules, `${name}-ca`, `${name}-scram-<user>`, `${name}-controller-password`, per node `${name}-<node>-{volume,eni,dns,
 * tls,role,policy,profile,lt,asg,<file>}`, `${name}-provisioner*`, `${name}-cluster-id`, `${name}-passwords`,
 * `${name}-tls-material`, `${name}-tiered-bucket*`, `${name}-alarm-<id>`, `${name}-restart-document`, all parented here.
 *
 * Secrets have no version in Pulumi: the provisioner function writes the TLS material and passwords, so no key or
 * password is ever in the Pulumi state. The cluster id is generated once by the provisioner into its SSM parameter
 * and never changed (an invocation after the first finds it and returns it).
 * With `removal: 'retain'` (default) volumes, secrets, key, zone, bucket and a created `KafkaVpc` get
 * `retainOnDelete`, and all but the VPC `protect` too; `removal: 'destroy'` turns both off.
 */
export class SelfManagedKafkaCluster extends pulumi.ComponentResource {
  readonly plan: SelfManagedClusterPlan;
  readonly vpc?: KafkaVpc;
  readonly keyArn: pulumi.Output<string>;
  readonly zoneId: pulumi.Output<string>;
  readonly brokerSecurityGroupId: pulumi.Output<string>;
  readonly controllerSecurityGroupId?: pulumi.Output<string>;
  readonly nodes: Record<string, NodeResources>;
  readonly scramSecretArns: Record<string, pulumi.Output<string>>;
  readonly caSecretArn: pulumi.Output<string>;
  /** The cluster id, as generated once by the provisioner (not secret: it is in every meta.properties). */
  readonly clusterId: pulumi.Output<string>;
  readonly bootstrapServersScram?: string;
  readonly bootstrapServersMtls?: string;
  readonly caCertificateParameterName: string;
  readonly alarms: Record<string, cloudwatch.MetricAlarm>;
  /** The in-VPC admin function applying `topics` and `access` (`${name}-admin`); undefined without either. */
  readonly catalogFunction?: KafkaAdminFunction;
  /** The name the children are named after (`${name}-...`). */
  private readonly resourceName: string;
  private readonly brokerGroup: pulumi.Output<string>;
  private readonly controllerGroup?: pulumi.Output<string>;
  /** What `addConsumer` needs besides the public fields. */
  private readonly consumerTarget: SelfManagedConsumerTarget;

  constructor(name: string, args: SelfManagedKafkaClusterArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:aws:SelfManagedKafkaCluster', name, {}, opts);
    this.resourceName = name;
    const { vpcId, subnetIds, encryptionKeyArn, hostedZoneId, createTieredStorageBucket: createBucket, allowedClientSecurityGroupIds, allowedClientCidrs, alarmTopicArn, topics, access, catalogAdmin, ...spec } = args;
    const retain = (spec.removal ?? 'retain') === 'retain';
    const parent = { parent: this };
    const retained = { parent: this, retainOnDelete: retain };
    // Data-holding children (key, secrets, volumes, bucket, zone, provisioner logs) are protected too: Pulumi refuses to delete or replace them.
    const kept = { ...retained, protect: retain };

    // Key first: its ARN is the tiered bucket's key, decided before the plan renders the broker roles.
    const key = encryptionKeyArn ? undefined : new kms.Key(`${name}-key`, {
      description: `Encrypts the secrets and tiered-storage bucket of Kafka cluster ${spec.clusterName}`, enableKeyRotation: true, deletionWindowInDays: 30,
    }, kept);
    this.keyArn = pulumi.output(encryptionKeyArn ?? key!.arn);
    const ts = spec.tieredStorage;
    const isUnknown = (v: unknown) => pulumi.Output.isInstance(v);
    this.plan = planSelfManagedCluster(
      ts ? { ...spec, tieredStorage: { ...ts, kmsKeyArn: ts.kmsKeyArn ?? (this.keyArn as unknown as string) } } : spec, isUnknown, `SelfManagedKafkaCluster '${name}'`,
      { defaultVpc: vpcId === undefined && subnetIds === undefined },
    );
    const plan = this.plan;
    const catalog = planSelfManagedCatalog(plan, { topics, access, catalogAdmin }, isUnknown, `SelfManagedKafkaCluster '${name}'`);
    for (const w of [...plan.warnings, ...catalog.warnings]) pulumi.log.warn(`[${w.code}] ${w.message}`, this);
    const account = pulumi.all([getPartitionOutput({}, parent).partition, getRegionOutput({}, parent).region, getCallerIdentityOutput({}, parent).accountId])
      .apply(([partition, region, acct]) => ({ partition, region, account: acct }));

    // Network.
    const needs = planSelfManagedNetwork(spec);
    if (vpcId === undefined || subnetIds === undefined) {
      if (vpcId !== undefined || subnetIds !== undefined) {
        throwInvalid(`SelfManagedKafkaCluster '${name}'`, 'self-managed/vpc-and-subnets', vpcId === undefined ? 'vpcId' : 'subnetIds', 'be set together with the other (`vpcId` and `subnetIds`)',
          vpcId ?? subnetIds, 'Pass both `vpcId` and `subnetIds`, or neither (a new KafkaVpc).');
      }
      const azs = plan.availabilityZones; // 2 or 3: the plan refuses other counts for the default VPC
      this.vpc = new KafkaVpc(`${name}-vpc`, { azCount: azs.length as 2 | 3, availabilityZones: [...azs], interfaceEndpoints: [...needs.interfaceEndpoints], privateEgress: needs.internetEgress, removal: plan.removal }, parent);
    } else if (subnetIds.length !== plan.availabilityZones.length) {
      throwInvalid(`SelfManagedKafkaCluster '${name}'`, 'self-managed/subnet-count', 'subnetIds', `list one subnet per AZ (${plan.availabilityZones.length})`, subnetIds.length,
        'Pass the subnets in the order of `availabilityZones`.');
    }
    // The created KafkaVpc lists its subnets in placement order; given subnets follow the user's list.
    const subnetIndex = (az: string) => listedIndex(this.vpc ? plan.availabilityZones : spec.availabilityZones, az);
    const nodeSubnets = this.vpc ? (needs.internetEgress ? this.vpc.clientSubnetIds : this.vpc.brokerSubnetIds) : pulumi.output(subnetIds!);
    const theVpcId = this.vpc ? this.vpc.vpcId : pulumi.output(vpcId!);

    const groups = createSecurityGroups(name, this, { plan, vpcId: theVpcId, clientSecurityGroupIds: allowedClientSecurityGroupIds ?? [], clientCidrs: allowedClientCidrs ?? [] });
    this.brokerSecurityGroupId = groups.brokers.id;
    this.controllerSecurityGroupId = groups.controllers?.id;
    this.brokerGroup = groups.brokers.id;
    this.controllerGroup = groups.controllers?.id;
    this.zoneId = hostedZoneId ? pulumi.output(hostedZoneId) : new route53.Zone(`${name}-zone`, {
      name: plan.dnsZoneName, vpcs: [{ vpcId: theVpcId }], forceDestroy: !retain, comment: `kafka-iac: stable node names of ${plan.clusterName}`,
      // Further VPCs are associated by `associateHostedZoneWith` (route53.ZoneAssociation), which the inline list would undo.
    }, { ...kept, ignoreChanges: ['vpcs'] }).zoneId;

    // Secrets without versions: the provisioner fills them.
    const secret = (id: string, secretName: string, description: string) => new secretsmanager.Secret(`${name}-${id}`, {
      name: secretName, kmsKeyId: this.keyArn, description, recoveryWindowInDays: retain ? 30 : 0,
    }, kept);
    this.caSecretArn = secret('ca', plan.tls.caSecretName, `Cluster CA of ${plan.clusterName}: read by the provisioner and by admins issuing client certificates, never by nodes`).arn;
    const shared: Record<string, pulumi.Output<string>> = {};
    this.scramSecretArns = {};
    for (const s of passwordSecrets(plan)) {
      const scram = plan.scramUsers.find((u) => u.secretName === s.secretName);
      const id = scram ? `scram-${scram.user}` : 'controller-password';
      shared[s.secretName] = secret(id, s.secretName, scram ? `SASL/SCRAM-SHA-512 credentials of Kafka user ${scram.user}` : 'SASL PLAIN password of the controller listener').arn;
      if (scram) this.scramSecretArns[scram.user] = shared[s.secretName]!;
    }
    // TLS secrets first (the provisioner fills them), then the provisioner, then the nodes, which wait for it.
    const tlsSecrets = Object.fromEntries(plan.nodes.map((n) => [n.name,
      secret(`${n.name}-tls`, n.tlsSecretName, `TLS key and certificate of ${n.dnsName} (${plan.clusterName}), issued by the cluster CA at deploy time`)]));
    const provisioner = createProvisioner(name, this, {
      plan, account, keyArn: this.keyArn, retain, caSecretArn: this.caSecretArn, sharedSecretArns: shared,
      nodeSecretArns: Object.fromEntries(Object.entries(tlsSecrets).map(([k, v]) => [k, v.arn])),
    });
    const roleParameters: Record<string, ssm.Parameter[]> = {};
    for (const r of renderRoleFiles(plan)) {
      roleParameters[r.role] = (Object.entries(r.files) as [RoleFile, string][]).map(([file, text]) =>
        fileParameter(`${name}-${r.role}-files-${PARAMETER_SUFFIXES[file]}`, this, r.parameters[file]!, text, `${plan.clusterName} ${r.role} nodes: ${file}`));
    }
    this.nodes = {};
    for (const n of plan.nodes) {
      this.nodes[n.name] = createNode({
        name, plan, parent: this, retain, subnetId: nodeSubnets.apply((ids) => ids[subnetIndex(n.availabilityZone)]!),
        securityGroupId: (n.processRoles.includes('broker') ? groups.brokers : groups.controllers ?? groups.brokers).id,
        zoneId: this.zoneId, account, sharedSecretArn: (x) => shared[x]!, alarmTopicArn, roleParameters,
      }, n, tlsSecrets[n.name]!, provisioner.invocations);
    }
    this.clusterId = provisioner.clusterId;
    this.consumerTarget = {
      component: this, name, plan, vpcId: theVpcId, subnetIds: nodeSubnets, network: this.vpc ? { vpc: this.vpc, natRoute: needs.internetEgress } : undefined,
      brokerSecurityGroupId: this.brokerSecurityGroupId, scramSecretArns: this.scramSecretArns, caSecretArn: this.caSecretArn, keyArn: this.keyArn,
      provisioner: provisioner.function, caFingerprint: provisioner.caFingerprint,
      retain, catalogTopics: (topics ?? []).map((t) => t.name), granted: (p) => consumerGrantedByCatalog(access ?? [], p),
    };

    // Topics and access: the admin function, in the nodes' subnets, once every node exists (it still waits for Kafka to answer).
    const admin = catalog.admin;
    if (admin) {
      const subnetIndexes = [...new Set(plan.nodes.map((n) => subnetIndex(n.availabilityZone)))].sort((a, b) => a - b);
      this.catalogFunction = new KafkaAdminFunction(`${name}-admin`, {
        clusterName: plan.clusterName, catalog: catalog.catalog, vpcId: theVpcId, subnetIds: subnetIndexes.map((i) => nodeSubnets.apply((ids) => ids[i]!)),
        brokerSecurityGroupIds: [groups.brokers.id], brokerPort: admin.port, bootstrapBrokers: admin.bootstrapServers,
        auth: 'scram', adminSecretArn: this.scramSecretArns[admin.user], adminSecretKeyArn: this.keyArn, caCertificateParameterName: admin.caCertificateParameter,
        waitForClusterSeconds: admin.waitForClusterSeconds, retainLogs: retain,
        catalogDependsOn: Object.values(this.nodes).flatMap((n) => [n.autoScalingGroup, n.volume, n.networkInterface]),
      }, { parent: this });
    }

    if (ts && createBucket !== false) createTieredStorageBucket(name, this, { bucketName: ts.bucketName, keyArn: ts.kmsKeyArn ?? this.keyArn, retain });
    // Without a topic: explicit empty action lists and no tags, the inputs these alarms have always had.
    this.alarms = createAlarms(name, plan.alarms, { actions: alarmTopicArn ? [alarmTopicArn] : [], resourceOptions: { parent: this } });
    createRestartDocument(name, this, plan);

    const servers = (listener: string) => {
      const l = plan.listeners.find((x) => x.name === listener);
      return l ? plan.nodes.filter((x) => x.listeners.includes(listener)).map((x) => `${x.dnsName}:${l.port}`).join(',') : undefined;
    };
    this.bootstrapServersScram = servers('CLIENT_SCRAM');
    this.bootstrapServersMtls = servers('CLIENT_MTLS');
    this.caCertificateParameterName = plan.tls.caCertificateParameter;
    this.registerOutputs({
      clusterId: this.clusterId, keyArn: this.keyArn, zoneId: this.zoneId, brokerSecurityGroupId: this.brokerSecurityGroupId,
      bootstrapServersScram: this.bootstrapServersScram, bootstrapServersMtls: this.bootstrapServersMtls, caCertificateParameterName: this.caCertificateParameterName,
    });
  }
  /**
   * A Lambda function consuming one topic of this cluster (`${name}-consumer-<group>`): over SASL/SCRAM (the user's
   * secret) or mTLS (a client certificate secret you pass), trusting the cluster CA through a certificate-only
   * secret, with pollers in the nodes' subnets and a security group of their own that the brokers admit on that
   * listener's port only. Throws `KafkaValidationError` with every issue; warns (`consumer/acls-needed`) when no
   * `access` intent grants the principal Read on the topic and group.
   */
  addConsumer(args: SelfManagedConsumerArgs): lambda.EventSourceMapping {
    return addSelfManagedConsumer(this.consumerTarget, args);
  }

  /**
   * Opens the client listeners to every address of `vpc`, e.g. the `KafkaVpc` of a disaster-recovery site in another
   * Region (security groups cannot reference each other across Regions), by its plan range. Rules are named
   * `${name}-sg-<role>-in-<port>-<id>`.
   */
  allowClientsFromVpc(id: string, vpc: KafkaVpc): void {
    for (const r of this.plan.securityGroupRules.filter((x) => x.source === 'clients')) {
      const group = r.target === 'controllers' && this.controllerGroup ? this.controllerGroup : this.brokerGroup;
      new vpcRules.SecurityGroupIngressRule(`${this.resourceName}-sg-${r.target}-in-${r.port}-${id}`, {
        securityGroupId: group, ipProtocol: 'tcp', fromPort: r.port, toPort: r.port, cidrIpv4: vpc.plan.cidr, description: r.description,
      }, { parent: this });
    }
  }

  /**
   * Associates the cluster's private hosted zone with another VPC of the account (any Region), so clients there
   * resolve the brokers' stable names: `${name}-zone-<id>`, a `route53.ZoneAssociation`. For a `KafkaVpc`, its Region
   * is read from the provider it was created with.
   */
  associateHostedZoneWith(id: string, vpc: KafkaVpc | { readonly vpcId: pulumi.Input<string>; readonly vpcRegion?: pulumi.Input<string> }): route53.ZoneAssociation {
    const vpcRegion = vpc instanceof KafkaVpc
      ? getRegionOutput({}, { parent: this, ...(vpc.getProvider('aws:ec2/vpc:Vpc') ? { provider: vpc.getProvider('aws:ec2/vpc:Vpc') } : {}) }).region
      : vpc.vpcRegion;
    return new route53.ZoneAssociation(`${this.resourceName}-zone-${id}`, { zoneId: this.zoneId, vpcId: vpc.vpcId, ...(vpcRegion !== undefined ? { vpcRegion } : {}) }, { parent: this });
  }
}
