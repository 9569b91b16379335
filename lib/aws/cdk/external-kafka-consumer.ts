/**
 * `ExternalKafkaConsumer`: a Lambda function consuming one topic of a Kafka cluster this library did not build,
 * planned by `planExternalConsumer`. The mapping (`Resource`) reads the listener the cluster description names,
 * with the pollers in the given subnets and a security group of their own (`SecurityGroup`) whose egress is that
 * port to the brokers' ranges and HTTPS to the path the plan checked; the function's role reads exactly the secrets.
 */
import { Annotations, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { planExternalConsumer, type ConsumerNetworkFacts, type ExternalConsumerPlan, type ExternalKafkaClusterSpec, type KafkaConsumerOptions } from '../consumers';
import { throwInvalid } from '../../core/issues';
import { consumerMappingProps, grantConsumerDestinations, grantPollerNetwork, schemaRegistryConfig, type ConsumerSchemaRegistry } from './consumer-mapping';
import { KafkaVpc } from './kafka-vpc';

/** Properties of `ExternalKafkaConsumer`: the cluster, the function, the network, and the consumer's options. */
export interface ExternalKafkaConsumerProps extends Omit<KafkaConsumerOptions<ConsumerSchemaRegistry>, 'auth'> {
  readonly cluster: ExternalKafkaClusterSpec;
  /** The function; its execution role gets the grants. */
  readonly function: lambda.IFunction;
  /** The VPC the pollers run in (it must reach the brokers). */
  readonly vpc: ec2.IVpc;
  /**
   * Subnets of the pollers.
   * @default - a `KafkaVpc`'s client subnets (its broker subnets when it has none), else the VPC's private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * IPv4 ranges the brokers' addresses are in: the pollers' only egress on the listener's port.
   * @default - the VPC's CIDR
   */
  readonly brokerCidrs?: readonly string[];
}

/** A Lambda event source mapping from one topic of an external Kafka cluster to one function. */
export class ExternalKafkaConsumer extends Construct implements ec2.IConnectable {
  readonly plan: ExternalConsumerPlan;
  readonly mapping: lambda.CfnEventSourceMapping;
  /** The pollers' security group: allow it in on the brokers' side when they are in security groups you own. */
  readonly connections: ec2.Connections;

  constructor(scope: Construct, id: string, props: ExternalKafkaConsumerProps) {
    super(scope, id);
    const { cluster, function: fn, vpc, vpcSubnets, brokerCidrs, ...options } = props;
    const subject = `ExternalKafkaConsumer '${this.node.path}'`;
    const kafkaVpc = vpc.node.scope instanceof KafkaVpc ? vpc.node.scope : undefined;
    const subnets = vpc.selectSubnets(vpcSubnets ?? (kafkaVpc ? kafkaVpc.clientSubnets ?? kafkaVpc.brokerSubnets : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS })).subnets;
    const withNat = new Set(vpc.privateSubnets.map((s) => s.subnetId));
    const network: ConsumerNetworkFacts = kafkaVpc
      ? { kind: 'kafka-vpc', interfaceEndpoints: kafkaVpc.plan.interfaceEndpoints.map((e) => e.service), natRoute: subnets.length > 0 && subnets.every((s) => withNat.has(s.subnetId)) }
      : { kind: 'unknown' };
    this.plan = planExternalConsumer(cluster, options, network, [], subject, (v) => Token.isUnresolved(v));
    if (!fn.role) throwInvalid(subject, 'consumer/function-role', 'function', 'have an execution role of this app', fn.functionName, 'Pass a function defined in the app (not imported without its role): the mapping grants go to its role.');
    const plan = this.plan.consumer;
    for (const w of plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);

    grantPollerNetwork(fn, plan);
    iam.Grant.addToPrincipal({ grantee: fn, actions: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'], resourceArns: [...this.plan.secretArns] });
    if (cluster.secretsKeyArn) {
      iam.Grant.addToPrincipal({ grantee: fn, actions: ['kms:Decrypt'], resourceArns: [cluster.secretsKeyArn] });
    }
    const registry = options.schemaRegistry?.registry;
    grantConsumerDestinations(fn, plan, registry);

    const sg = new ec2.SecurityGroup(this, 'SecurityGroup', { vpc, allowAllOutbound: false, description: `Lambda pollers of consumer group ${plan.group} (${this.plan.clusterName})` });
    const port = ec2.Port.tcp(this.plan.port);
    for (const cidr of brokerCidrs ?? [vpc.vpcCidrBlock]) sg.addEgressRule(ec2.Peer.ipv4(cidr), port, `Kafka brokers of ${this.plan.clusterName}`);
    const https = ec2.Port.tcp(443);
    if (plan.network.httpsEgress === 'kafka-vpc-endpoints') sg.connections.allowTo(kafkaVpc!.endpointSecurityGroup, https, 'Lambda, STS and Secrets Manager endpoints');
    else if (plan.network.httpsEgress === 'vpc-cidr') sg.addEgressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), https, 'Interface endpoints in the VPC');
    this.connections = sg.connections;

    this.mapping = new lambda.CfnEventSourceMapping(this, 'Resource', {
      ...consumerMappingProps(fn, plan),
      selfManagedEventSource: { endpoints: { kafkaBootstrapServers: [...this.plan.bootstrapServers] } },
      selfManagedKafkaEventSourceConfig: { consumerGroupId: plan.group, schemaRegistryConfig: schemaRegistryConfig(plan, registry) },
      sourceAccessConfigurations: [
        ...this.plan.sourceAccess.map((a) => ({ type: a.type, uri: a.uri })),
        ...subnets.map((s) => ({ type: 'VPC_SUBNET', uri: `subnet:${s.subnetId}` })),
        { type: 'VPC_SECURITY_GROUP', uri: `security_group:${sg.securityGroupId}` },
      ],
    });
    this.mapping.node.addDependency(fn.role!, sg);
  }
}
