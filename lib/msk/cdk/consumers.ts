/**
 * `addConsumer` of `MskCluster` and `MskServerlessCluster`: a Lambda event source mapping (construct
 * `Consumer-<group>/Resource`) planned by `planConsumer`. This file only maps the plan: the function's role gets the
 * plan's statements (MSK IAM access on exactly the topic and group, the SCRAM secret, the on-failure destination, the
 * registry's read grant), the cluster's own security group lets itself in on the port of the chosen auth (the
 * pollers use the cluster's security groups) and out on HTTPS to the network path the plan checked.
 */
import { Annotations, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { throwInvalid } from '../../core/issues';
import { consumerMappingProps, grantConsumerDestinations, grantPollerNetwork, schemaRegistryConfig, type ConsumerSchemaRegistry } from '../../aws/cdk/consumer-mapping';
import { KafkaVpc } from '../../aws/cdk/kafka-vpc';
import { planConsumer, type ConsumerClusterFacts, type ConsumerNetworkFacts, type KafkaConsumerOptions, type KafkaConsumerPlan } from '../../aws/consumers';
import { MSK_PORTS } from '../limits';
import type { MskProvisionedPlan, MskServerlessPlan } from '../plan-types';
import { grantStatementsOf } from './grants';

/** A schema registry of the library (`GlueSchemaRegistry` from `kafka-iac/pipelines/cdk`), as a consumer reads it. */
export type MskConsumerSchemaRegistry = ConsumerSchemaRegistry;

/** Options of `addConsumer` on the MSK constructs. */
export type MskConsumerOptions = KafkaConsumerOptions<MskConsumerSchemaRegistry>;

/** What `addConsumer` reads from an MSK construct. */
export interface MskConsumerCluster extends Construct {
  readonly plan: MskProvisionedPlan | MskServerlessPlan;
  readonly clusterArn: string;
  readonly clusterName: string;
  readonly vpc: ec2.IVpc;
  /** @default - the VPC was passed (a KafkaVpc is then recognized by its construct) */
  readonly kafkaVpc?: KafkaVpc;
  readonly connections: ec2.Connections;
  readonly securityGroups: ec2.ISecurityGroup[];
  /** @default - no SCRAM secrets (Serverless) */
  readonly scramSecrets?: Record<string, secretsmanager.ISecret>;
}

const groupsByCluster = new WeakMap<Construct, string[]>();

/** Facts of a provisioned or Serverless cluster for the plan. */
function clusterFacts(cluster: MskConsumerCluster, catalogTopics: readonly string[]): ConsumerClusterFacts {
  const plan = cluster.plan;
  const owned = cluster.securityGroups.some((sg) => sg.node.scope === cluster && sg instanceof ec2.SecurityGroup);
  const common = {
    clusterName: cluster.clusterName,
    catalogTopics: catalogTopics.length > 0 ? catalogTopics : undefined,
    network: networkFacts(cluster, plan.kind === 'serverless' ? undefined : plan.subnets.map((s) => s.subnetId)),
    securityGroupManaged: owned,
    groupsInUse: groupsByCluster.get(cluster) ?? [],
  };
  if (plan.kind === 'serverless') {
    return { ...common, kind: 'msk-serverless', auth: { iam: true, scram: false, mtls: false, unauthenticated: false }, scramUsers: [], ports: { iam: MSK_PORTS.iam } };
  }
  const { auth, encryptionInTransit } = plan;
  return {
    ...common,
    kind: 'msk-provisioned',
    auth: { iam: auth.iam, scram: auth.scram, mtls: auth.tlsCertificateAuthorityArns.length > 0, unauthenticated: auth.unauthenticated },
    scramUsers: plan.scramSecrets.map((s) => s.user),
    ports: { iam: MSK_PORTS.iam, scram: MSK_PORTS.scram, mtls: MSK_PORTS.tls, unauthenticated: encryptionInTransit.clientBroker === 'PLAINTEXT' ? MSK_PORTS.plaintext : MSK_PORTS.tls },
  };
}

/** A `KafkaVpc` (created by the cluster, or the one whose VPC was passed) the plan can check; else unknown. */
function networkFacts(cluster: MskConsumerCluster, subnetIds: readonly string[] | undefined): ConsumerNetworkFacts {
  const kafkaVpc = cluster.kafkaVpc ?? (cluster.vpc.node.scope instanceof KafkaVpc ? cluster.vpc.node.scope : undefined);
  if (!kafkaVpc) return { kind: 'unknown' };
  const withNat = new Set(cluster.vpc.privateSubnets.map((s) => s.subnetId));
  const natRoute = subnetIds !== undefined && subnetIds.length > 0 && subnetIds.every((id) => withNat.has(id));
  return { kind: 'kafka-vpc', interfaceEndpoints: kafkaVpc.plan.interfaceEndpoints.map((e) => e.service), natRoute };
}

/** Plans and creates one consumer of `cluster`. Throws `KafkaValidationError` listing every issue. */
export function addMskConsumer(cluster: MskConsumerCluster, fn: lambda.IFunction, options: MskConsumerOptions, catalogTopics: readonly string[]): lambda.CfnEventSourceMapping {
  const subject = `${cluster.constructor.name} '${cluster.node.path}' addConsumer`;
  const plan = planConsumer(options, clusterFacts(cluster, catalogTopics), subject, (v) => Token.isUnresolved(v));
  if (!fn.role) throwInvalid(subject, 'consumer/function-role', 'function', 'have an execution role of this app', fn.functionName, 'Pass a function defined in the app (not imported without its role): the mapping grants go to its role.');
  groupsByCluster.set(cluster, [...(groupsByCluster.get(cluster) ?? []), plan.group]);
  const scope = new Construct(cluster, `Consumer-${plan.id}`);
  for (const w of plan.warnings) Annotations.of(scope).addWarningV2(`kafka-iac:${w.code}`, w.message);

  grantStatementsOf(fn, cluster.clusterArn, plan.iam.kafkaCluster, `${subject} (${plan.group})`);
  iam.Grant.addToPrincipal({ grantee: fn, actions: [...plan.iam.mskCluster], resourceArns: [cluster.clusterArn] });
  grantPollerNetwork(fn, plan);
  const access = sourceAccess(cluster, fn, plan, subject);
  const registry = options.schemaRegistry?.registry;
  grantConsumerDestinations(fn, plan, registry);
  openNetwork(cluster, plan);

  const { provisionedPollerConfig, destinationConfig, ...common } = consumerMappingProps(fn, plan);
  const mapping = new lambda.CfnEventSourceMapping(scope, 'Resource', {
    ...common,
    eventSourceArn: cluster.clusterArn,
    amazonManagedKafkaEventSourceConfig: { consumerGroupId: plan.group, schemaRegistryConfig: schemaRegistryConfig(plan, registry) },
    sourceAccessConfigurations: access,
    provisionedPollerConfig,
    destinationConfig,
  });
  // Lambda checks the role and the network when it creates the mapping: grants and rules first.
  mapping.node.addDependency(fn.role!, ...cluster.securityGroups.filter((sg) => sg.node.scope === cluster));
  return mapping;
}

function sourceAccess(cluster: MskConsumerCluster, fn: lambda.IFunction, plan: KafkaConsumerPlan, subject: string): lambda.CfnEventSourceMapping.SourceAccessConfigurationProperty[] | undefined {
  const auth = plan.auth;
  switch (auth.kind) {
    case 'iam':
    case 'unauthenticated':
      return undefined;
    case 'scram': {
      const secret = cluster.scramSecrets?.[auth.user];
      if (!secret) throwInvalid(subject, 'consumer/scram-user-unknown', 'auth.scramUser', 'name a SCRAM user whose secret the cluster created', auth.user, 'Add the user to `clientAuthentication.scram.users`.');
      secret.grantRead(fn);
      return [{ type: 'SASL_SCRAM_512_AUTH', uri: secret.secretArn }];
    }
    case 'mtls':
      iam.Grant.addToPrincipal({ grantee: fn, actions: ['secretsmanager:GetSecretValue'], resourceArns: [auth.clientCertificateSecretArn] });
      return [{ type: 'CLIENT_CERTIFICATE_TLS_AUTH', uri: auth.clientCertificateSecretArn }];
    default:
      return assertNeverAuth(auth);
  }
}

function assertNeverAuth(x: never): never {
  throw new Error(`unknown consumer auth ${JSON.stringify(x)}`);
}

/** The pollers join the cluster's security groups: let them in on the port, and out on HTTPS to the checked path. */
function openNetwork(cluster: MskConsumerCluster, plan: KafkaConsumerPlan): void {
  if (!plan.network.manageRules) return;
  const port = ec2.Port.tcp(plan.port);
  const owned = cluster.securityGroups.filter((sg) => sg.node.scope === cluster);
  const connections = new ec2.Connections({ securityGroups: owned });
  connections.allowInternally(port, `Lambda event source pollers (${plan.auth.kind})`);
  const https = ec2.Port.tcp(443);
  if (plan.network.httpsEgress === 'kafka-vpc-endpoints') {
    const kafkaVpc = cluster.kafkaVpc ?? (cluster.vpc.node.scope as KafkaVpc);
    connections.allowTo(kafkaVpc.endpointSecurityGroup, https, 'Lambda event source pollers to Lambda, STS and Secrets Manager endpoints');
  } else if (plan.network.httpsEgress === 'vpc-cidr') {
    connections.allowTo(ec2.Peer.ipv4(cluster.vpc.vpcCidrBlock), https, 'Lambda event source pollers to interface endpoints in the VPC');
  }
}
