/**
 * `ExternalKafkaConsumer` for Pulumi: a Lambda function consuming one topic of a Kafka cluster this library did not
 * build, planned by `planExternalConsumer`. Children: the mapping `${name}`, the inline policy `${name}-policy` on
 * the function's role, the pollers' security group `${name}-sg` with egress `${name}-sg-out-<port>-<i>` to the
 * brokers' ranges and HTTPS `${name}-sg-out-443-*` to the path the plan checked.
 */
import * as pulumi from '@pulumi/pulumi';
import * as ec2 from '@pulumi/aws/ec2';
import * as iam from '@pulumi/aws/iam';
import * as lambda from '@pulumi/aws/lambda';
import * as vpc from '@pulumi/aws/vpc';
import { planExternalConsumer, type ConsumerNetworkFacts, type ExternalConsumerPlan, type ExternalKafkaClusterSpec, type KafkaConsumerOptions } from '../consumers';
import { consumerMappingArgs, onFailureStatements, schemaRegistryConfig, type ConsumerSchemaRegistry, type KafkaConsumerArgs } from './consumer-mapping';
import { isUnknown } from './is-unknown';
import type { KafkaVpc } from './kafka-vpc';

/** Arguments of `ExternalKafkaConsumer`: the cluster, the function, the network, and the consumer's options. */
export interface ExternalKafkaConsumerArgs extends Omit<KafkaConsumerArgs, 'auth'> {
  readonly cluster: ExternalKafkaClusterSpec;
  /** The VPC the pollers run in (it must reach the brokers). */
  readonly vpcId: pulumi.Input<string>;
  /** Subnets of the pollers. */
  readonly subnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * The `KafkaVpc` those subnets belong to, and whether they route to a NAT gateway: the network path is checked.
   * @default - not checked (a warning names the endpoints the pollers need)
   */
  readonly kafkaVpc?: { readonly vpc: KafkaVpc; readonly natRoute: boolean };
  /**
   * IPv4 ranges the brokers' addresses are in: the pollers' only egress on the listener's port.
   * @default - the VPC's CIDR
   */
  readonly brokerCidrs?: pulumi.Input<string>[];
}

/** A Lambda event source mapping from one topic of an external Kafka cluster to one function. */
export class ExternalKafkaConsumer extends pulumi.ComponentResource {
  readonly plan: ExternalConsumerPlan;
  readonly mapping: lambda.EventSourceMapping;
  /** The pollers' security group: allow it in on the brokers' side when they are in security groups you own. */
  readonly securityGroupId: pulumi.Output<string>;

  constructor(name: string, args: ExternalKafkaConsumerArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:aws:ExternalKafkaConsumer', name, {}, opts);
    const { cluster, functionArn, role, vpcId, subnetIds, kafkaVpc, brokerCidrs, ...options } = args;
    const network: ConsumerNetworkFacts = kafkaVpc
      ? { kind: 'kafka-vpc', interfaceEndpoints: kafkaVpc.vpc.plan.interfaceEndpoints.map((e) => e.service), natRoute: kafkaVpc.natRoute }
      : { kind: 'unknown' };
    this.plan = planExternalConsumer(cluster, options as Omit<KafkaConsumerOptions<ConsumerSchemaRegistry>, 'auth'>, network, [], `ExternalKafkaConsumer '${name}'`, isUnknown);
    const plan = this.plan.consumer;
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);
    const parent = { parent: this };

    const statements: Record<string, unknown>[] = [
      { Effect: 'Allow', Action: [...plan.iam.vpc], Resource: '*' },
      { Effect: 'Allow', Action: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], Resource: [...this.plan.secretArns] },
      ...(cluster.secretsKeyArn ? [{ Effect: 'Allow', Action: ['kms:Decrypt'], Resource: cluster.secretsKeyArn }] : []),
      ...onFailureStatements(plan),
    ];
    const policy = new iam.RolePolicy(`${name}-policy`, { role, policy: pulumi.output(statements).apply((s) => JSON.stringify({ Version: '2012-10-17', Statement: s })) }, parent);
    const registry = options.schemaRegistry?.registry;
    const registryGrant = plan.schemaRegistry && registry ? registry.grantRead(`consumer-${name}`, { role, topics: [plan.topic] }) : undefined;

    const sg = new ec2.SecurityGroup(`${name}-sg`, { vpcId, description: `Lambda pollers of consumer group ${plan.group} (${this.plan.clusterName})`, revokeRulesOnDelete: true }, parent);
    const port = this.plan.port;
    const cidrs = brokerCidrs ?? [ec2.getVpcOutput({ id: vpcId }, parent).cidrBlock];
    const rules: pulumi.Resource[] = cidrs.map((cidr, i) => new vpc.SecurityGroupEgressRule(`${name}-sg-out-${port}-${i}`, {
      securityGroupId: sg.id, cidrIpv4: cidr, ipProtocol: 'tcp', fromPort: port, toPort: port, description: `Kafka brokers of ${this.plan.clusterName}`,
    }, parent));
    if (plan.network.httpsEgress === 'kafka-vpc-endpoints' && kafkaVpc) {
      rules.push(new vpc.SecurityGroupEgressRule(`${name}-sg-out-443-endpoints`, {
        securityGroupId: sg.id, referencedSecurityGroupId: kafkaVpc.vpc.endpointSecurityGroupId, ipProtocol: 'tcp', fromPort: 443, toPort: 443, description: 'Lambda, STS and Secrets Manager endpoints' }, parent));
    } else if (plan.network.httpsEgress === 'vpc-cidr') {
      rules.push(new vpc.SecurityGroupEgressRule(`${name}-sg-out-443-vpc`, {
        securityGroupId: sg.id, cidrIpv4: ec2.getVpcOutput({ id: vpcId }, parent).cidrBlock, ipProtocol: 'tcp', fromPort: 443, toPort: 443, description: 'Interface endpoints in the VPC' }, parent));
    }
    this.securityGroupId = sg.id;

    this.mapping = new lambda.EventSourceMapping(name, {
      ...consumerMappingArgs(functionArn, plan),
      selfManagedEventSource: { endpoints: { KAFKA_BOOTSTRAP_SERVERS: this.plan.bootstrapServers.join(',') } },
      selfManagedKafkaEventSourceConfig: { consumerGroupId: plan.group, schemaRegistryConfig: schemaRegistryConfig(plan, registry) },
      sourceAccessConfigurations: pulumi.all([pulumi.output(subnetIds), sg.id]).apply(([subnets, sgId]) => [
        ...this.plan.sourceAccess.map((a) => ({ type: a.type, uri: a.uri })),
        ...subnets.map((s) => ({ type: 'VPC_SUBNET', uri: `subnet:${s}` })),
        { type: 'VPC_SECURITY_GROUP', uri: `security_group:${sgId}` },
      ]),
    }, { ...parent, dependsOn: [policy, ...(registryGrant ? [registryGrant] : []), sg, ...rules] });
    this.registerOutputs({ mappingId: this.mapping.id, securityGroupId: this.securityGroupId });
  }
}
