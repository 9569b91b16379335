/**
 * `addConsumer` of the MSK components: an `aws.lambda.EventSourceMapping` `${name}-consumer-<group>` planned by
 * `planConsumer`, one inline policy `${name}-consumer-<group>-policy` on the function's role with the plan's statements, the
 * cluster's created security group opened to itself on the port of the chosen auth (`${name}-consumer-sg-<port>-self`,
 * in and out) and to the KafkaVpc endpoints on HTTPS (`${name}-consumer-sg-443-endpoints`), each rule once per cluster.
 */
import * as pulumi from '@pulumi/pulumi';
import * as ec2 from '@pulumi/aws/ec2';
import * as iam from '@pulumi/aws/iam';
import * as lambda from '@pulumi/aws/lambda';
import * as vpc from '@pulumi/aws/vpc';
import { isUnknown } from '../../aws/pulumi/is-unknown';
import type { KafkaVpc } from '../../aws/pulumi/kafka-vpc';
import { resourceArn } from '../../aws/msk-iam-access';
import { planConsumer, type ConsumerClusterFacts, type KafkaConsumerOptions, type KafkaConsumerPlan } from '../../aws/consumers';
import { consumerMappingArgs, onFailureStatements, schemaRegistryConfig, type ConsumerSchemaRegistry, type KafkaConsumerArgs } from '../../aws/pulumi/consumer-mapping';
import { MSK_PORTS } from '../limits';
import type { MskProvisionedPlan, MskServerlessPlan } from '../plan-types';

/** A schema registry of the library (`GlueSchemaRegistry` from `kafka-iac/pipelines/pulumi`), as a consumer reads it. */
export type MskConsumerSchemaRegistry = ConsumerSchemaRegistry;

/** Arguments of `addConsumer` on the MSK components. */
export type MskConsumerArgs = KafkaConsumerArgs;

/** What `addConsumer` reads from an MSK component. */
export interface MskConsumerTarget {
  readonly component: pulumi.ComponentResource;
  readonly name: string;
  readonly plan: MskProvisionedPlan | MskServerlessPlan;
  readonly clusterArn: pulumi.Output<string>;
  /**
   * The created security group.
   * @default - the user passed theirs: no rule is added (a warning says which)
   */
  readonly securityGroupId?: pulumi.Output<string>;
  /**
   * The KafkaVpc of the brokers (given or created).
   * @default - plain `subnetIds`: the network path is not checked (a warning names the endpoints)
   */
  readonly network?: KafkaVpc;
  /** @default - unknown: no HTTPS rule to the VPC CIDR */
  readonly vpcId?: pulumi.Input<string>;
  readonly catalogTopics: readonly string[];
  readonly scramSecretArns: Record<string, pulumi.Output<string>>;
  /**
   * Key of the SCRAM secrets the cluster created.
   * @default - no created SCRAM secret
   */
  readonly scramKeyArn?: pulumi.Input<string>;
}

const groupsByCluster = new WeakMap<pulumi.ComponentResource, string[]>();
const rulesByCluster = new WeakMap<pulumi.ComponentResource, Map<string, pulumi.Resource>>();

function clusterFacts(t: MskConsumerTarget): ConsumerClusterFacts {
  const common = {
    clusterName: t.plan.clusterName,
    catalogTopics: t.catalogTopics.length > 0 ? t.catalogTopics : undefined,
    // KafkaVpc broker subnets are isolated: no NAT route.
    network: t.network ? { kind: 'kafka-vpc' as const, interfaceEndpoints: t.network.plan.interfaceEndpoints.map((e) => e.service), natRoute: false } : { kind: 'unknown' as const },
    securityGroupManaged: t.securityGroupId !== undefined,
    groupsInUse: groupsByCluster.get(t.component) ?? [],
  };
  const plan = t.plan;
  if (plan.kind === 'serverless') {
    return { ...common, kind: 'msk-serverless', auth: { iam: true, scram: false, mtls: false, unauthenticated: false }, scramUsers: [], ports: { iam: MSK_PORTS.iam } };
  }
  return {
    ...common,
    kind: 'msk-provisioned',
    auth: { iam: plan.auth.iam, scram: plan.auth.scram, mtls: plan.auth.tlsCertificateAuthorityArns.length > 0, unauthenticated: plan.auth.unauthenticated },
    scramUsers: plan.scramSecrets.map((s) => s.user),
    ports: { iam: MSK_PORTS.iam, scram: MSK_PORTS.scram, mtls: MSK_PORTS.tls, unauthenticated: plan.encryptionInTransit.clientBroker === 'PLAINTEXT' ? MSK_PORTS.plaintext : MSK_PORTS.tls },
  };
}

/** Plans and creates one consumer. Throws `KafkaValidationError` listing every issue. */
export function addMskConsumer(t: MskConsumerTarget, args: MskConsumerArgs): lambda.EventSourceMapping {
  const { functionArn, role, ...options } = args;
  const subject = `${t.component.constructor.name} '${t.name}' addConsumer`;
  // An output ARN is deferred by the plan (`isUnknown`) and passed through.
  const plan = planConsumer(options as KafkaConsumerOptions<MskConsumerSchemaRegistry>, clusterFacts(t), subject, isUnknown);
  groupsByCluster.set(t.component, [...(groupsByCluster.get(t.component) ?? []), plan.group]);
  for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, t.component);
  const id = `${t.name}-consumer-${plan.id}`;
  const parent = { parent: t.component };

  const secretArn = plan.auth.kind === 'scram' ? t.scramSecretArns[plan.auth.user] : undefined;
  const policy = new iam.RolePolicy(`${id}-policy`, { role, policy: policyDocument(t, plan, secretArn) }, parent);
  const registry = options.schemaRegistry?.registry;
  const registryGrant = plan.schemaRegistry && registry ? registry.grantRead(`consumer-${t.name}-${plan.id}`, { role, topics: [plan.topic] }) : undefined;
  const rules = openNetwork(t, plan);

  const { provisionedPollerConfig, destinationConfig, ...common } = consumerMappingArgs(functionArn, plan);
  return new lambda.EventSourceMapping(id, {
    ...common,
    eventSourceArn: t.clusterArn,
    amazonManagedKafkaEventSourceConfig: { consumerGroupId: plan.group, schemaRegistryConfig: schemaRegistryConfig(plan, registry) },
    sourceAccessConfigurations: sourceAccess(plan, secretArn),
    provisionedPollerConfig,
    destinationConfig,
  }, { ...parent, dependsOn: [policy, ...(registryGrant ? [registryGrant] : []), ...rules] });
}

function sourceAccess(plan: KafkaConsumerPlan, secretArn: pulumi.Output<string> | undefined): lambda.EventSourceMappingArgs['sourceAccessConfigurations'] {
  if (plan.auth.kind === 'scram') return [{ type: 'SASL_SCRAM_512_AUTH', uri: secretArn! }];
  if (plan.auth.kind === 'mtls') return [{ type: 'CLIENT_CERTIFICATE_TLS_AUTH', uri: plan.auth.clientCertificateSecretArn }];
  return undefined;
}

/** The consumer's inline policy: the plan's statements with the cluster's ARNs. */
function policyDocument(t: MskConsumerTarget, plan: KafkaConsumerPlan, secretArn: pulumi.Output<string> | undefined): pulumi.Output<string> {
  return pulumi.all([t.clusterArn, secretArn, t.scramKeyArn]).apply(([clusterArn, secret, key]) => {
    const statements: Record<string, unknown>[] = plan.iam.kafkaCluster
      .filter((s) => s.resource === 'cluster' || s.names.length > 0)
      .map((s) => ({ Effect: 'Allow', Action: [...s.actions], Resource: s.resource === 'cluster' ? clusterArn : s.names.map((n) => resourceArn(clusterArn, s.resource, n)) }));
    statements.push({ Effect: 'Allow', Action: [...plan.iam.mskCluster], Resource: clusterArn });
    statements.push({ Effect: 'Allow', Action: [...plan.iam.vpc], Resource: '*' });
    if (plan.auth.kind === 'scram' && secret) {
      statements.push({ Effect: 'Allow', Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: secret });
      if (key) statements.push({ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: key });
    }
    if (plan.auth.kind === 'mtls') statements.push({ Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: plan.auth.clientCertificateSecretArn });
    statements.push(...onFailureStatements(plan));
    return JSON.stringify({ Version: '2012-10-17', Statement: statements });
  });
}

/** The pollers join the cluster's security group: it lets itself in and out on the port, and out on HTTPS. */
function openNetwork(t: MskConsumerTarget, plan: KafkaConsumerPlan): pulumi.Resource[] {
  const sg = t.securityGroupId;
  if (!plan.network.manageRules || sg === undefined) return [];
  const existing = rulesByCluster.get(t.component) ?? new Map<string, pulumi.Resource>();
  rulesByCluster.set(t.component, existing);
  const parent = { parent: t.component };
  const once = (name: string, make: () => pulumi.Resource) => {
    if (!existing.has(name)) existing.set(name, make());
    return existing.get(name)!;
  };
  const port = plan.port;
  const description = `Lambda event source pollers (${plan.auth.kind})`;
  const rules = [
    once(`${t.name}-consumer-sg-${port}-self`, () => new vpc.SecurityGroupIngressRule(`${t.name}-consumer-sg-${port}-self`, {
      securityGroupId: sg, referencedSecurityGroupId: sg, ipProtocol: 'tcp', fromPort: port, toPort: port, description }, parent)),
    once(`${t.name}-consumer-sg-egress-${port}-self`, () => new vpc.SecurityGroupEgressRule(`${t.name}-consumer-sg-egress-${port}-self`, {
      securityGroupId: sg, referencedSecurityGroupId: sg, ipProtocol: 'tcp', fromPort: port, toPort: port, description }, parent)),
  ];
  if (plan.network.httpsEgress === 'kafka-vpc-endpoints' && t.network) {
    const endpoints = t.network.endpointSecurityGroupId;
    rules.push(once(`${t.name}-consumer-sg-443-endpoints`, () => new vpc.SecurityGroupEgressRule(`${t.name}-consumer-sg-443-endpoints`, {
      securityGroupId: sg, referencedSecurityGroupId: endpoints, ipProtocol: 'tcp', fromPort: 443, toPort: 443, description: 'Lambda event source pollers to the interface endpoints' }, parent)));
  } else if (plan.network.httpsEgress === 'vpc-cidr' && t.vpcId !== undefined) {
    const cidr = ec2.getVpcOutput({ id: t.vpcId }, parent).cidrBlock;
    rules.push(once(`${t.name}-consumer-sg-443-vpc`, () => new vpc.SecurityGroupEgressRule(`${t.name}-consumer-sg-443-vpc`, {
      securityGroupId: sg, cidrIpv4: cidr, ipProtocol: 'tcp', fromPort: 443, toPort: 443, description: 'Lambda event source pollers to interface endpoints in the VPC' }, parent)));
  }
  return rules;
}
