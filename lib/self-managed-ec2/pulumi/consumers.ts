/**
 * `addConsumer` of the self-managed Pulumi component: an `aws.lambda.EventSourceMapping` `${name}-consumer-<group>`
 * over the brokers' listener of the chosen auth, planned by `planConsumer`; an inline policy
 * `${name}-consumer-<group>-policy` on the function's role; the pollers' security group `${name}-consumer-<group>-sg`
 * (out to the brokers on that port and to the endpoints on HTTPS; the brokers let it in on that port only); once per
 * cluster the certificate-only CA secret `${name}-consumer-ca-certificate`, filled by the provisioner (invocation
 * `${name}-consumer-ca-certificate-copy`, policy `${name}-consumer-ca-certificate-policy` on its role).
 */
import * as pulumi from '@pulumi/pulumi';
import * as ec2 from '@pulumi/aws/ec2';
import * as iam from '@pulumi/aws/iam';
import * as lambda from '@pulumi/aws/lambda';
import * as secretsmanager from '@pulumi/aws/secretsmanager';
import * as vpc from '@pulumi/aws/vpc';
import { invokeAtDeploy } from '../../aws/pulumi/deploy-time-function';
import { isUnknown } from '../../aws/pulumi/is-unknown';
import type { KafkaVpc } from '../../aws/pulumi/kafka-vpc';
import { planConsumer, type ConsumerNetworkFacts, type KafkaConsumerOptions, type KafkaConsumerPlan } from '../../aws/consumers';
import { consumerMappingArgs, onFailureStatements, schemaRegistryConfig, type ConsumerSchemaRegistry, type KafkaConsumerArgs } from '../../aws/pulumi/consumer-mapping';
import { consumerAclWarnings, consumerBootstrapServers, selfManagedConsumerFacts } from '../consumers';
import type { SelfManagedClusterPlan } from '../plan-types';
import { caCertificateSecretInput } from '../provisioner';

/** Arguments of `SelfManagedKafkaCluster.addConsumer`. */
export type SelfManagedConsumerArgs = KafkaConsumerArgs;

/** What `addConsumer` reads from the component. */
export interface SelfManagedConsumerTarget {
  readonly component: pulumi.ComponentResource;
  readonly name: string;
  readonly plan: SelfManagedClusterPlan;
  readonly vpcId: pulumi.Output<string>;
  readonly subnetIds: pulumi.Output<string[]>;
  /**
   * The created KafkaVpc and whether the nodes' subnets route to a NAT gateway.
   * @default - the VPC was passed: the network path is not checked (a warning names the endpoints)
   */
  readonly network?: { readonly vpc: KafkaVpc; readonly natRoute: boolean };
  readonly brokerSecurityGroupId: pulumi.Output<string>;
  readonly scramSecretArns: Record<string, pulumi.Output<string>>;
  readonly caSecretArn: pulumi.Output<string>;
  readonly keyArn: pulumi.Output<string>;
  readonly provisioner: lambda.Function;
  /** The fingerprint of the CA the provisioner issued (a new CA copies again). */
  readonly caFingerprint: pulumi.Output<string>;
  readonly catalogTopics: readonly string[];
  /** `removal: 'retain'`: the CA copy is retained and protected like the cluster's other secrets. */
  readonly retain: boolean;
  /** Whether the catalog's `access` grants the consumer's principal Read on its topic and group. */
  readonly granted: (plan: KafkaConsumerPlan) => boolean;
}

const groupsByCluster = new WeakMap<pulumi.ComponentResource, string[]>();
const caSecrets = new WeakMap<pulumi.ComponentResource, { arn: pulumi.Output<string>; ready: pulumi.Resource[] }>();

/** Plans and creates one consumer. Throws `KafkaValidationError` listing every issue. */
export function addSelfManagedConsumer(t: SelfManagedConsumerTarget, args: SelfManagedConsumerArgs): lambda.EventSourceMapping {
  const { functionArn, role, ...options } = args;
  const subject = `SelfManagedKafkaCluster '${t.name}' addConsumer`;
  const network: ConsumerNetworkFacts = t.network
    ? { kind: 'kafka-vpc', interfaceEndpoints: t.network.vpc.plan.interfaceEndpoints.map((e) => e.service), natRoute: t.network.natRoute }
    : { kind: 'unknown' };
  const facts = selfManagedConsumerFacts(t.plan, { catalogTopics: t.catalogTopics, network, groupsInUse: groupsByCluster.get(t.component) ?? [] });
  const plan = planConsumer(options as KafkaConsumerOptions<ConsumerSchemaRegistry>, facts, subject, isUnknown);
  groupsByCluster.set(t.component, [...(groupsByCluster.get(t.component) ?? []), plan.group]);
  for (const w of [...plan.warnings, ...consumerAclWarnings(t.plan, plan, t.granted(plan))]) pulumi.log.warn(`[${w.code}] ${w.message}`, t.component);
  const id = `${t.name}-consumer-${plan.id}`;
  const parent = { parent: t.component };

  const ca = consumerCaSecret(t);
  const secretArn = plan.auth.kind === 'scram' ? t.scramSecretArns[plan.auth.user] : undefined;
  const policy = new iam.RolePolicy(`${id}-policy`, { role, policy: policyDocument(t, plan, ca.arn, secretArn) }, parent);
  const registry = options.schemaRegistry?.registry;
  const registryGrant = plan.schemaRegistry && registry ? registry.grantRead(`consumer-${t.name}-${plan.id}`, { role, topics: [plan.topic] }) : undefined;
  const sg = pollerSecurityGroup(t, plan, id);

  const auth = plan.auth.kind === 'scram'
    ? { type: 'SASL_SCRAM_512_AUTH', uri: secretArn! }
    : { type: 'CLIENT_CERTIFICATE_TLS_AUTH', uri: plan.auth.kind === 'mtls' ? plan.auth.clientCertificateSecretArn : '' };
  return new lambda.EventSourceMapping(id, {
    ...consumerMappingArgs(functionArn, plan),
    selfManagedEventSource: { endpoints: { KAFKA_BOOTSTRAP_SERVERS: consumerBootstrapServers(t.plan, plan) } },
    selfManagedKafkaEventSourceConfig: { consumerGroupId: plan.group, schemaRegistryConfig: schemaRegistryConfig(plan, registry) },
    sourceAccessConfigurations: pulumi.all([t.subnetIds, sg.group.id]).apply(([subnets, sgId]) => [
      auth,
      { type: 'SERVER_ROOT_CA_CERTIFICATE', uri: ca.arn },
      ...subnets.map((s) => ({ type: 'VPC_SUBNET', uri: `subnet:${s}` })),
      { type: 'VPC_SECURITY_GROUP', uri: `security_group:${sgId}` },
    ]),
  }, { ...parent, dependsOn: [policy, ...(registryGrant ? [registryGrant] : []), sg.group, ...sg.rules, ...ca.ready] });
}

/** The consumer's inline policy: pollers' interfaces, the CA copy and the auth's secret (with the cluster key), the destination. */
function policyDocument(t: SelfManagedConsumerTarget, plan: KafkaConsumerPlan, caArn: pulumi.Output<string>, secretArn: pulumi.Output<string> | undefined): pulumi.Output<string> {
  return pulumi.all([caArn, secretArn, t.keyArn]).apply(([ca, secret, key]) => {
    const statements: Record<string, unknown>[] = [
      { Effect: 'Allow', Action: [...plan.iam.vpc], Resource: '*' },
      { Effect: 'Allow', Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: secret ? [ca, secret] : ca },
      { Effect: 'Allow', Action: ['kms:Decrypt'], Resource: key },
    ];
    if (plan.auth.kind === 'mtls') statements.push({ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: plan.auth.clientCertificateSecretArn });
    statements.push(...onFailureStatements(plan));
    return JSON.stringify({ Version: '2012-10-17', Statement: statements });
  });
}

/** The pollers' group: out to the brokers on the auth's port and on HTTPS; the brokers admit it on that port only. */
function pollerSecurityGroup(t: SelfManagedConsumerTarget, plan: KafkaConsumerPlan, id: string): { group: ec2.SecurityGroup; rules: pulumi.Resource[] } {
  const parent = { parent: t.component };
  const port = plan.port;
  const group = new ec2.SecurityGroup(`${id}-sg`, { vpcId: t.vpcId, description: `Lambda pollers of consumer group ${plan.group} (${t.plan.clusterName})`, revokeRulesOnDelete: true }, parent);
  const description = `Lambda event source pollers of ${plan.group} (${plan.auth.kind})`;
  const rules: pulumi.Resource[] = [
    new vpc.SecurityGroupEgressRule(`${id}-sg-out-${port}`, { securityGroupId: group.id, referencedSecurityGroupId: t.brokerSecurityGroupId, ipProtocol: 'tcp', fromPort: port, toPort: port, description }, parent),
    new vpc.SecurityGroupIngressRule(`${id}-sg-brokers-in-${port}`, { securityGroupId: t.brokerSecurityGroupId, referencedSecurityGroupId: group.id, ipProtocol: 'tcp', fromPort: port, toPort: port, description }, parent),
  ];
  if (plan.network.httpsEgress === 'kafka-vpc-endpoints' && t.network) {
    rules.push(new vpc.SecurityGroupEgressRule(`${id}-sg-out-443-endpoints`, {
      securityGroupId: group.id, referencedSecurityGroupId: t.network.vpc.endpointSecurityGroupId, ipProtocol: 'tcp', fromPort: 443, toPort: 443, description: 'Lambda, STS and Secrets Manager endpoints' }, parent));
  } else if (plan.network.httpsEgress === 'vpc-cidr') {
    const cidr = ec2.getVpcOutput({ id: t.vpcId }, parent).cidrBlock;
    rules.push(new vpc.SecurityGroupEgressRule(`${id}-sg-out-443-vpc`, {
      securityGroupId: group.id, cidrIpv4: cidr, ipProtocol: 'tcp', fromPort: 443, toPort: 443, description: 'Interface endpoints in the VPC' }, parent));
  }
  return { group, rules };
}

/** The certificate-only CA secret, once per cluster, and what fills it (the provisioner may write it; nothing else). */
function consumerCaSecret(t: SelfManagedConsumerTarget): { arn: pulumi.Output<string>; ready: pulumi.Resource[] } {
  const existing = caSecrets.get(t.component);
  if (existing) return existing;
  const parent = { parent: t.component };
  const name = `${t.name}-consumer-ca-certificate`;
  // Like every secret of the cluster: retained and protected unless `removal: 'destroy'`; its name is generated, so
  // a consumer added again after a removal never meets a retained namesake.
  const secret = new secretsmanager.Secret(name, {
    kmsKeyId: t.keyArn, recoveryWindowInDays: t.retain ? 30 : 0,
    description: `Certificate (no key) of the cluster CA of ${t.plan.clusterName}: the root CA its Lambda consumers trust`,
  }, { ...parent, retainOnDelete: t.retain, protect: t.retain });
  const policy = new iam.RolePolicy(`${name}-policy`, {
    role: t.provisioner.role.apply((arn) => arn.split('/').pop()!),
    policy: secret.arn.apply((arn) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'], Resource: arn }] })),
  }, parent);
  const input = pulumi.all([t.caSecretArn, secret.arn, t.caFingerprint]).apply(([ca, target, fingerprint]) => caCertificateSecretInput(t.plan, ca, target, fingerprint));
  // After the policy that lets the provisioner write the secret.
  const copy = invokeAtDeploy(`${name}-copy`, t.component, t.provisioner, input, [policy]);
  const result = { arn: secret.arn, ready: [policy, copy] };
  caSecrets.set(t.component, result);
  return result;
}
