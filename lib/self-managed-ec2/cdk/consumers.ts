/**
 * `addConsumer` of `SelfManagedKafkaCluster`: a Lambda event source mapping (construct `Consumer-<group>/Resource`)
 * over the brokers' client listener of the chosen auth, planned by `planConsumer`. The pollers run in the nodes'
 * subnets with a security group of their own (`Consumer-<group>/SecurityGroup`) that the brokers let in on that
 * port only; they trust the cluster CA through a certificate-only secret (`ConsumerCaCertificate`, one per cluster,
 * filled by the provisioner: the CA's key never reaches a consumer).
 */
import { Annotations, CustomResource, RemovalPolicy, Token, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { consumerMappingProps, grantConsumerDestinations, grantPollerNetwork, schemaRegistryConfig, type ConsumerSchemaRegistry } from '../../aws/cdk/consumer-mapping';
import { KafkaVpc } from '../../aws/cdk/kafka-vpc';
import { planConsumer, type ConsumerNetworkFacts, type KafkaConsumerOptions, type KafkaConsumerPlan } from '../../aws/consumers';
import { throwInvalid } from '../../core/issues';
import { consumerAclWarnings, consumerBootstrapServers, selfManagedConsumerFacts } from '../consumers';
import type { SelfManagedClusterPlan } from '../plan-types';
import { caCertificateSecretInput } from '../provisioner';
import { pendingSecret } from './node';
import type { Provisioner } from './provisioner';

/** Options of `SelfManagedKafkaCluster.addConsumer`. */
export type SelfManagedConsumerOptions = KafkaConsumerOptions<ConsumerSchemaRegistry>;

/** What `addConsumer` reads from the cluster construct. */
export interface SelfManagedConsumerCluster extends Construct {
  readonly plan: SelfManagedClusterPlan;
  readonly vpc: ec2.IVpc;
  /** @default - the VPC was passed: the network path is not checked (a warning names the endpoints) */
  readonly kafkaVpc?: KafkaVpc;
  readonly connections: ec2.Connections;
  readonly scramSecrets: Record<string, secretsmanager.ISecret>;
  readonly caSecret: secretsmanager.ISecret;
  readonly encryptionKey: kms.IKey;
  readonly provisioner: Provisioner;
}

/** Facts the face adds to the plan's. */
export interface SelfManagedConsumerFaceFacts {
  /** Subnets of the nodes (the pollers join them). */
  readonly subnets: readonly ec2.ISubnet[];
  /** Topic names of the cluster's catalog. */
  readonly catalogTopics: readonly string[];
  /** Whether the catalog's `access` grants the consumer's principal Read on its topic and group. */
  readonly granted: (plan: KafkaConsumerPlan) => boolean;
}

const groupsByCluster = new WeakMap<Construct, string[]>();
const caSecrets = new WeakMap<Construct, secretsmanager.Secret>();

/** Plans and creates one consumer of `cluster`. Throws `KafkaValidationError` listing every issue. */
export function addSelfManagedConsumer(cluster: SelfManagedConsumerCluster, fn: lambda.IFunction, options: SelfManagedConsumerOptions, face: SelfManagedConsumerFaceFacts): lambda.CfnEventSourceMapping {
  const subject = `SelfManagedKafkaCluster '${cluster.node.path}' addConsumer`;
  const facts = selfManagedConsumerFacts(cluster.plan, { catalogTopics: face.catalogTopics, network: networkFacts(cluster, face.subnets), groupsInUse: groupsByCluster.get(cluster) ?? [] });
  const plan = planConsumer(options, facts, subject, (v) => Token.isUnresolved(v));
  if (!fn.role) throwInvalid(subject, 'consumer/function-role', 'function', 'have an execution role of this app', fn.functionName, 'Pass a function defined in the app (not imported without its role): the mapping grants go to its role.');
  groupsByCluster.set(cluster, [...(groupsByCluster.get(cluster) ?? []), plan.group]);
  const scope = new Construct(cluster, `Consumer-${plan.id}`);
  for (const w of [...plan.warnings, ...consumerAclWarnings(cluster.plan, plan, face.granted(plan))]) Annotations.of(scope).addWarningV2(`kafka-iac:${w.code}`, w.message);

  grantPollerNetwork(fn, plan);
  const caSecret = consumerCaSecret(cluster);
  caSecret.grantRead(fn);
  const auth = authAccess(cluster, fn, plan, subject);
  const registry = options.schemaRegistry?.registry;
  grantConsumerDestinations(fn, plan, registry);
  const securityGroup = pollerSecurityGroup(scope, cluster, plan);

  const mapping = new lambda.CfnEventSourceMapping(scope, 'Resource', {
    ...consumerMappingProps(fn, plan),
    selfManagedEventSource: { endpoints: { kafkaBootstrapServers: consumerBootstrapServers(cluster.plan, plan).split(',') } },
    selfManagedKafkaEventSourceConfig: { consumerGroupId: plan.group, schemaRegistryConfig: schemaRegistryConfig(plan, registry) },
    sourceAccessConfigurations: [
      auth,
      { type: 'SERVER_ROOT_CA_CERTIFICATE', uri: caSecret.secretArn },
      ...face.subnets.map((s) => ({ type: 'VPC_SUBNET', uri: `subnet:${s.subnetId}` })),
      { type: 'VPC_SECURITY_GROUP', uri: `security_group:${securityGroup.securityGroupId}` },
    ],
  });
  // Lambda checks the role, the network and the CA when it creates the mapping: grants, rules and the copy first.
  mapping.node.addDependency(fn.role!, securityGroup, caSecret.node.scope!);
  return mapping;
}

/** The `KafkaVpc` of the nodes: created by the cluster, or the one whose VPC was passed. */
function kafkaVpcOf(cluster: SelfManagedConsumerCluster): KafkaVpc | undefined {
  return cluster.kafkaVpc ?? (cluster.vpc.node.scope instanceof KafkaVpc ? cluster.vpc.node.scope : undefined);
}

/** The nodes' subnets in a `KafkaVpc` (broker subnets are isolated: no NAT route; client subnets have one). */
function networkFacts(cluster: SelfManagedConsumerCluster, subnets: readonly ec2.ISubnet[]): ConsumerNetworkFacts {
  const kafkaVpc = kafkaVpcOf(cluster);
  if (!kafkaVpc) return { kind: 'unknown' };
  const withNat = new Set(cluster.vpc.privateSubnets.map((s) => s.subnetId));
  return { kind: 'kafka-vpc', interfaceEndpoints: kafkaVpc.plan.interfaceEndpoints.map((e) => e.service), natRoute: subnets.length > 0 && subnets.every((s) => withNat.has(s.subnetId)) };
}

function authAccess(cluster: SelfManagedConsumerCluster, fn: lambda.IFunction, plan: KafkaConsumerPlan, subject: string): lambda.CfnEventSourceMapping.SourceAccessConfigurationProperty {
  const auth = plan.auth;
  if (auth.kind === 'scram') {
    const secret = cluster.scramSecrets[auth.user];
    if (!secret) throwInvalid(subject, 'consumer/scram-user-unknown', 'auth.scramUser', 'name a SCRAM user whose secret the cluster created', auth.user, 'Add the user to `clientAuthentication.scram.users`.');
    secret.grantRead(fn);
    return { type: 'SASL_SCRAM_512_AUTH', uri: secret.secretArn };
  }
  if (auth.kind === 'mtls') {
    iam.Grant.addToPrincipal({ grantee: fn, actions: ['secretsmanager:GetSecretValue'], resourceArns: [auth.clientCertificateSecretArn] });
    return { type: 'CLIENT_CERTIFICATE_TLS_AUTH', uri: auth.clientCertificateSecretArn };
  }
  // The plan offers self-managed clusters SCRAM and mTLS only.
  throw new Error(`unexpected consumer auth ${auth.kind} on a self-managed cluster`);
}

/**
 * The pollers' own group: out to the brokers on the auth's port and on HTTPS to the path the plan checked; the
 * brokers' group lets it in on that port only.
 */
function pollerSecurityGroup(scope: Construct, cluster: SelfManagedConsumerCluster, plan: KafkaConsumerPlan): ec2.SecurityGroup {
  const sg = new ec2.SecurityGroup(scope, 'SecurityGroup', {
    vpc: cluster.vpc, allowAllOutbound: false, description: `Lambda pollers of consumer group ${plan.group} (${cluster.plan.clusterName})`,
  });
  const port = ec2.Port.tcp(plan.port);
  // Both sides: out from the pollers, in to the brokers.
  sg.connections.allowTo(cluster.connections, port, `Lambda event source pollers of ${plan.group} to the brokers (${plan.auth.kind})`);
  const https = ec2.Port.tcp(443);
  if (plan.network.httpsEgress === 'kafka-vpc-endpoints') sg.connections.allowTo(kafkaVpcOf(cluster)!.endpointSecurityGroup, https, 'Lambda, STS and Secrets Manager endpoints');
  else if (plan.network.httpsEgress === 'vpc-cidr') sg.connections.allowTo(ec2.Peer.ipv4(cluster.vpc.vpcCidrBlock), https, 'Interface endpoints in the VPC');
  return sg;
}

/**
 * The certificate-only CA secret (construct `ConsumerCaCertificate`, once per cluster): encrypted with the cluster
 * key, filled by the provisioner's `ca-certificate-secret` action after the CA exists, rewritten if the CA changes.
 */
function consumerCaSecret(cluster: SelfManagedConsumerCluster): secretsmanager.Secret {
  const existing = caSecrets.get(cluster);
  if (existing) return existing;
  const plan = cluster.plan;
  const scope = new Construct(cluster, 'ConsumerCaCertificate');
  const secret = new secretsmanager.Secret(scope, 'Secret', {
    ...pendingSecret(`Certificate (no key) of the cluster CA of ${plan.clusterName}: the root CA its Lambda consumers trust`),
    // Like every secret of the cluster: retained unless `removal: 'destroy'`; its name is generated, so a consumer
    // added again after a removal never meets a retained namesake.
    encryptionKey: cluster.encryptionKey, removalPolicy: cluster.plan.removal === 'destroy' ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
  });
  Validations.of(secret).acknowledge({ id: 'AwsSolutions-SMG4', reason: 'The secret holds the public CA certificate, copied by the provisioner whenever the CA changes; there is nothing to rotate.' });
  const provisioner = cluster.provisioner;
  const policy = new iam.Policy(scope, 'ProvisionerPolicy', {
    statements: [new iam.PolicyStatement({ actions: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'], resources: [secret.secretArn] })],
  });
  provisioner.function.role!.attachInlinePolicy(policy);
  const copy = new CustomResource(scope, 'Resource', {
    serviceToken: provisioner.function.functionArn,
    resourceType: 'Custom::KafkaCaCertificateSecret',
    properties: { ...caCertificateSecretInput(plan, cluster.caSecret.secretArn, secret.secretArn, provisioner.tls.getAttString('CaFingerprint')) },
  });
  copy.node.addDependency(policy);
  caSecrets.set(cluster, secret);
  return secret;
}
