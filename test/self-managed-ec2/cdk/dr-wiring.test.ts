/**
 * Cross-Region disaster-recovery wiring of a self-managed cluster: broker ingress from a peer `KafkaVpc` by its plan
 * range, and the private hosted zone associated with a VPC of another stack or Region, without a dependency cycle.
 */
import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { KafkaVpc } from '../../../lib/aws/cdk/kafka-vpc';
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/cdk';
import { validationErrorOf } from '../../support/conventions';
import { AZS3, spec } from '../fixtures';

const ACCOUNT = '111111111111';
/** The fixture spec with S3 artifacts (no NAT egress: the nodes live in the broker subnets). */
const clusterProps = () => ({ ...spec(), availabilityZones: [...AZS3], distribution: { kind: 's3', bucket: 'artifacts', key: 'kafka.tgz' } as const, monitoring: undefined });
const zones = (region: string) => ['a', 'b', 'c'].map((z) => `${region}${z}`);

function build(drRegion: string, nag = false) {
  const app = new App({ builtinCloudFormationValidation: false });
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const crossRegion = drRegion !== 'eu-west-1';
  const primaryStack = new Stack(app, 'Primary', { env: { account: ACCOUNT, region: 'eu-west-1' }, crossRegionReferences: crossRegion });
  const drStack = new Stack(app, 'Dr', { env: { account: ACCOUNT, region: drRegion }, crossRegionReferences: crossRegion });
  const cluster = new SelfManagedKafkaCluster(primaryStack, 'Cluster', clusterProps());
  const dr = new KafkaVpc(drStack, 'Network', { availabilityZones: zones(drRegion), privateEgress: true, peerCidrs: [cluster.kafkaVpc!.plan.cidr] });
  cluster.allowClientsFromVpc(dr);
  cluster.associateHostedZoneWith(dr.vpc);
  app.synth();
  return { app, primaryStack, drStack, cluster, dr, primary: Template.fromStack(primaryStack), drTemplate: Template.fromStack(drStack) };
}

describe('DR wiring across Regions (primary eu-west-1, DR VPC eu-central-1)', () => {
  const r = build('eu-central-1');

  test('the DR VPC range avoids the cluster VPC range', () => {
    expect([r.cluster.kafkaVpc!.plan.cidr, r.dr.plan.cidr]).toEqual(['10.0.0.0/16', '10.1.0.0/16']);
  });

  test('brokers admit every client listener from the DR range, as a literal CIDR', () => {
    const clientPorts = r.cluster.plan.securityGroupRules.filter((x) => x.source === 'clients').map((x) => x.port);
    expect(clientPorts.length).toBeGreaterThan(0);
    for (const port of clientPorts) {
      r.primary.hasResourceProperties('AWS::EC2::SecurityGroup', {
        GroupDescription: 'orders Kafka brokers',
        SecurityGroupIngress: Match.arrayWith([Match.objectLike({ CidrIp: '10.1.0.0/16', FromPort: port, ToPort: port, IpProtocol: 'tcp' })]),
      });
    }
  });

  test('the zone association lives in the DR stack and names the zone, the DR VPC and its Region', () => {
    const associations = Object.values(r.drTemplate.findResources('Custom::KafkaZoneVpcAssociation'));
    expect(associations).toHaveLength(1);
    const text = JSON.stringify(associations[0]!.Properties.Create).replace(/\\"/g, '"');
    expect(text).toContain('"service":"Route53","action":"associateVPCWithHostedZone"');
    expect(text).toContain('"VPCRegion":"eu-central-1"');
    expect(text).toContain(`"VPCId":"",${JSON.stringify(r.drStack.resolve(r.dr.vpc.vpcId))}`);
    expect(text).toMatch(/"HostedZoneId":"",\{"Fn::GetAtt":\["ExportsReader[0-9A-F]+","\/cdk\/exports\/Dr\/Primaryeuwest1RefClusterHostedZone/);
    const remove = JSON.stringify(associations[0]!.Properties.Delete).replace(/\\"/g, '"');
    expect(remove).toContain('"action":"disassociateVPCFromHostedZone"');
    expect(remove).toContain('"ignoreErrorCodesMatching":"VPCAssociationNotFound|NoSuchHostedZone"');
  });

  test('the association may change only that zone and that VPC (DescribeVpcs has no resource-level permissions)', () => {
    const statements = Object.values(r.drTemplate.findResources('AWS::IAM::Policy'))
      .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: unknown; Resource: unknown }[])
      .filter((s) => JSON.stringify(s.Action).includes('route53:') || JSON.stringify(s.Action).includes('ec2:DescribeVpcs'));
    expect(statements.map((s) => s.Action)).toEqual([['route53:AssociateVPCWithHostedZone', 'route53:DisassociateVPCFromHostedZone'], 'ec2:DescribeVpcs']);
    const resources = JSON.stringify(statements[0]!.Resource);
    expect(resources).toContain('hostedzone/');
    expect(resources).toContain(':ec2:eu-central-1:111111111111:vpc/');
    expect(statements[1]!.Resource).toBe('*');
  });

  test('the primary stack references nothing of the DR stack: no cycle', () => {
    expect(r.primaryStack.dependencies).toEqual([]);
    expect(r.drStack.dependencies).toEqual([r.primaryStack]);
    r.primary.hasResourceProperties('AWS::Route53::HostedZone', { VPCs: [{ VPCId: r.primaryStack.resolve(r.cluster.vpc.vpcId), VPCRegion: 'eu-west-1' }] });
  });
});

test('cdk-nag: no unacknowledged AwsSolutions finding in the DR stack', () => {
  const r = build('eu-central-1', true);
  expect(Annotations.fromStack(r.drStack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
  expect(Annotations.fromStack(r.drStack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
});

test('a VPC of the cluster stack joins the created zone`s VPC list (no custom resource)', () => {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Primary', { env: { account: ACCOUNT, region: 'eu-west-1' } });
  const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', clusterProps());
  const other = new KafkaVpc(stack, 'Clients', { availabilityZones: zones('eu-west-1'), peerCidrs: [cluster.kafkaVpc!.plan.cidr] });
  cluster.associateHostedZoneWith(other.vpc);
  const t = Template.fromStack(stack);
  t.hasResourceProperties('AWS::Route53::HostedZone', {
    VPCs: [{ VPCId: stack.resolve(cluster.vpc.vpcId), VPCRegion: 'eu-west-1' }, { VPCId: stack.resolve(other.vpc.vpcId), VPCRegion: 'eu-west-1' }],
  });
  t.resourceCountIs('Custom::KafkaZoneVpcAssociation', 0);
});

test('self-managed/zone-own-vpc: the cluster VPC is already associated', () => {
  const app = new App();
  const stack = new Stack(app, 'Primary', { env: { account: ACCOUNT, region: 'eu-west-1' } });
  const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', clusterProps());
  const err = validationErrorOf(() => cluster.associateHostedZoneWith(cluster.vpc));
  expect(err.codes).toEqual(['self-managed/zone-own-vpc']);
  expect(err.issues[0]!.message).toBe(
    "`vpc` must be another VPC than the cluster's (its zone is already associated with it), got: \"Primary/Cluster/Vpc/Vpc\". Pass the VPC of the clients in another network, e.g. the disaster-recovery site's `KafkaVpc.vpc`.",
  );
});
