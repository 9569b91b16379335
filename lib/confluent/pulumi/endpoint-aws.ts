/**
 * AWS half of a Confluent PrivateLink connection: an interface VPC endpoint to Confluent's endpoint service, its
 * security group (443 and 9092 from the allowed CIDRs only) and a Route 53 private hosted zone that resolves the
 * cluster's domain to the endpoint. Loaded (with `@pulumi/aws` submodules) only when an AWS endpoint is asked for.
 */
import * as pulumi from '@pulumi/pulumi';
import * as ec2 from '@pulumi/aws/ec2';
import * as route53 from '@pulumi/aws/route53';
import * as vpc from '@pulumi/aws/vpc';
import { CONFLUENT_PORTS } from '../limits';
import type { ConfluentCloudSideEndpointSpec } from '../spec';
import type { CloudSideArgs, CloudSideResult } from './cloud-side';

type AwsSpec = Extract<ConfluentCloudSideEndpointSpec<pulumi.Input<string>>, { cloud: 'AWS' }>;

export function createAwsEndpoint(name: string, spec: AwsSpec, a: CloudSideArgs): CloudSideResult {
  const opts = { parent: a.parent };
  const sg = new ec2.SecurityGroup(`${name}-endpoint-sg`, {
    vpcId: spec.vpcId,
    description: `Confluent PrivateLink endpoint of ${a.description}: Kafka (9092) and REST (443) from the allowed CIDRs`,
  }, opts);
  for (const port of [CONFLUENT_PORTS.https, CONFLUENT_PORTS.kafka]) {
    spec.allowedCidrs.forEach((cidr, i) => {
      new vpc.SecurityGroupIngressRule(`${name}-endpoint-sg-${port}-${i}`, {
        securityGroupId: sg.id, ipProtocol: 'tcp', fromPort: port, toPort: port, cidrIpv4: cidr,
        description: `${port === CONFLUENT_PORTS.kafka ? 'Kafka' : 'REST'} clients`,
      }, opts);
    });
  }
  const endpoint = new ec2.VpcEndpoint(`${name}-endpoint`, {
    vpcId: spec.vpcId,
    serviceName: a.serviceName(0),
    vpcEndpointType: 'Interface',
    subnetIds: [...spec.subnetIds],
    securityGroupIds: [sg.id],
    // Confluent's domain is resolved by the private hosted zone below, not by endpoint private DNS.
    privateDnsEnabled: false,
  }, { parent: a.parent, dependsOn: a.dependsOn });
  const zone = new route53.Zone(`${name}-dns`, {
    name: a.dnsDomain,
    comment: `Confluent ${a.description}: resolves the cluster through the PrivateLink endpoint`,
    vpcs: [{ vpcId: spec.vpcId }],
  }, opts);
  new route53.Record(`${name}-dns-wildcard`, {
    zoneId: zone.zoneId,
    name: pulumi.interpolate`*.${a.dnsDomain}`,
    type: 'CNAME',
    ttl: 60,
    records: [endpoint.dnsEntries.apply((d) => d[0]!.dnsName)],
  }, opts);
  return { connectionIds: [endpoint.id], dnsZoneId: zone.zoneId };
}
