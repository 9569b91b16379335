/**
 * Network of a self-managed cluster in CDK: the VPC (passed, or a `KafkaVpc` with the endpoints the nodes call),
 * the node subnets (one per AZ), the security groups of brokers and controllers with exactly the plan's rules, and
 * the private hosted zone (created, or adopted).
 */
import { Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as route53 from 'aws-cdk-lib/aws-route53';
import type { Construct } from 'constructs';
import type { RemovalMode } from '../../core/types';
import { throwInvalid } from '../../core/issues';
import { KafkaVpc } from '../../aws/cdk/kafka-vpc';
import type { SecurityGroupRulePlan } from '../plan-types';

export interface NodeNetwork {
  readonly vpc: ec2.IVpc;
  readonly kafkaVpc?: KafkaVpc;
  /** One subnet per AZ, in AZ order. */
  readonly subnets: ec2.ISubnet[];
  readonly availabilityZones: string[];
}

/** The VPC and node subnets. `azs` are the AZs the caller listed, if any. */
export function resolveNodeNetwork(scope: Construct, o: {
  vpc?: ec2.IVpc; vpcSubnets?: ec2.SubnetSelection; azs?: readonly string[]; internetEgress: boolean; interfaceEndpoints: readonly string[]; removal: RemovalMode;
}): NodeNetwork {
  let kafkaVpc: KafkaVpc | undefined;
  let vpc = o.vpc;
  if (!vpc) {
    if (o.azs && (o.azs.length < 2 || o.azs.length > 3)) {
      throwInvalid(`SelfManagedKafkaCluster '${scope.node.path}'`, 'self-managed/default-vpc-az-count', 'availabilityZones',
        'list 2 or 3 AZs when the library creates the VPC (the default KafkaVpc spans 2 or 3 AZs)', o.azs.length,
        'List 2 or 3 `availabilityZones` (a single development node uses the first), or pass a `vpc` with subnets in every AZ.');
    }
    kafkaVpc = new KafkaVpc(scope, 'Vpc', {
      azCount: (o.azs?.length ?? 3) as 2 | 3,
      availabilityZones: o.azs ? [...o.azs] : undefined,
      interfaceEndpoints: [...o.interfaceEndpoints],
      privateEgress: o.internetEgress,
      removal: o.removal,
    });
    vpc = kafkaVpc.vpc;
  }
  const selection = o.vpcSubnets
    ?? (kafkaVpc ? (o.internetEgress ? kafkaVpc.clientSubnets! : kafkaVpc.brokerSubnets) : defaultSubnets(vpc, o.internetEgress));
  const all = vpc.selectSubnets(selection).subnets;
  const byAz = new Map<string, ec2.ISubnet>();
  for (const s of all) if (!byAz.has(s.availabilityZone)) byAz.set(s.availabilityZone, s);
  const availabilityZones = o.azs ? [...o.azs] : [...byAz.keys()];
  const missing = availabilityZones.filter((az) => !byAz.has(az));
  if (missing.length > 0 && !missing.every((az) => Token.isUnresolved(az))) {
    throwInvalid(`SelfManagedKafkaCluster '${scope.node.path}'`, 'self-managed/az-without-subnet', 'availabilityZones', 'list only AZs where the selected subnets are',
      missing, `The subnets are in ${[...byAz.keys()].join(', ') || 'no AZ'}: select subnets in every listed AZ, or list their AZs.`);
  }
  return { vpc, kafkaVpc, subnets: availabilityZones.map((az) => byAz.get(az)!), availabilityZones };
}

function defaultSubnets(vpc: ec2.IVpc, internetEgress: boolean): ec2.SubnetSelection {
  if (internetEgress && vpc.privateSubnets.length > 0) return { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
  if (vpc.isolatedSubnets.length > 0) return { subnetType: ec2.SubnetType.PRIVATE_ISOLATED };
  return { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
}

export interface ClusterSecurityGroups {
  readonly brokers: ec2.SecurityGroup;
  readonly controllers?: ec2.SecurityGroup;
}

/** HTTPS out: AWS APIs through endpoints or NAT, package repositories and artifacts. Kafka ports out only to the cluster. */
const HTTPS_EGRESS = 'HTTPS: AWS APIs, package repositories, Kafka artifacts';

/** Security groups with no egress but HTTPS, and exactly the plan's node-to-node rules (clients are added by `allowClientsFrom`). */
export function createSecurityGroups(scope: Construct, vpc: ec2.IVpc, clusterName: string, rules: readonly SecurityGroupRulePlan[]): ClusterSecurityGroups {
  const make = (id: string, what: string) => {
    const sg = new ec2.SecurityGroup(scope, id, { vpc, description: `${clusterName} Kafka ${what}`, allowAllOutbound: false });
    sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), HTTPS_EGRESS);
    return sg;
  };
  const groups: ClusterSecurityGroups = {
    brokers: make('BrokerSecurityGroup', 'brokers'),
    controllers: rules.some((r) => r.target === 'controllers') ? make('ControllerSecurityGroup', 'controllers') : undefined,
  };
  for (const r of rules) {
    if (r.source === 'clients') continue;
    const target = groupOf(groups, r.target);
    const source = groupOf(groups, r.source);
    target.connections.allowFrom(source, ec2.Port.tcp(r.port), r.description);
  }
  return groups;
}

export function groupOf(groups: ClusterSecurityGroups, role: 'brokers' | 'controllers'): ec2.SecurityGroup {
  return role === 'controllers' && groups.controllers ? groups.controllers : groups.brokers;
}

/** The private hosted zone of the node names: adopted, or created (construct id `HostedZone`). */
export function hostedZone(scope: Construct, zoneName: string, vpc: ec2.IVpc, adopted?: route53.IHostedZone): route53.IHostedZone {
  if (adopted) {
    if (!Token.isUnresolved(adopted.zoneName) && adopted.zoneName.replace(/\.$/, '') !== zoneName) {
      throwInvalid(`SelfManagedKafkaCluster '${scope.node.path}'`, 'self-managed/hosted-zone-name', 'hostedZone', `be the zone of the node names (${zoneName})`, adopted.zoneName,
      "Set `dnsZoneName` to the zone's name.");
    }
    return adopted;
  }
  return new route53.PrivateHostedZone(scope, 'HostedZone', { zoneName, vpc, comment: `kafka-iac: stable node names of ${Stack.of(scope).stackName}` });
}
