import { App, Stack, Validations } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { KafkaVpc } from '../../../lib/aws/cdk/kafka-vpc';
import { KafkaVpcPeering } from '../../../lib/aws/cdk/kafka-vpc-peering';
import { validationErrorOf } from '../../support/conventions';

const ACCOUNT = '111111111111';
const zones = (region: string) => ['a', 'b', 'c'].map((z) => `${region}${z}`);

/** Two stacks, each with a KafkaVpc; the peering in the second (requester) stack. */
function twoStacks(primaryRegion: string, drRegion: string, nag = false) {
  const app = new App({ builtinCloudFormationValidation: false });
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  const primaryStack = new Stack(app, 'Primary', { env: { account: ACCOUNT, region: primaryRegion }, crossRegionReferences: primaryRegion !== drRegion });
  const drStack = new Stack(app, 'Dr', { env: { account: ACCOUNT, region: drRegion }, crossRegionReferences: primaryRegion !== drRegion });
  const primary = new KafkaVpc(primaryStack, 'Network', { availabilityZones: zones(primaryRegion) });
  const dr = new KafkaVpc(drStack, 'Network', { availabilityZones: zones(drRegion), privateEgress: true, peerCidrs: [primary.plan.cidr] });
  const peering = new KafkaVpcPeering(drStack, 'Peering', { vpc: dr, peerVpc: primary });
  const assembly = app.synth();
  return { app, assembly, primaryStack, drStack, primary, dr, peering, primaryTemplate: Template.fromStack(primaryStack), drTemplate: Template.fromStack(drStack) };
}

describe('KafkaVpcPeering, one stack', () => {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'Net', { env: { account: ACCOUNT, region: 'eu-west-1' } });
  const a = new KafkaVpc(stack, 'A', { availabilityZones: zones('eu-west-1') });
  const b = new KafkaVpc(stack, 'B', { availabilityZones: zones('eu-west-1'), peerCidrs: [a.plan.cidr] });
  const peering = new KafkaVpcPeering(stack, 'Peering', { vpc: b, peerVpc: a });
  const t = Template.fromStack(stack);

  test('the second VPC takes the next free /16', () => {
    expect([a.plan.cidr, b.plan.cidr]).toEqual(['10.0.0.0/16', '10.1.0.0/16']);
  });

  test('one connection, no peer Region', () => {
    t.resourceCountIs('AWS::EC2::VPCPeeringConnection', 1);
    const [props] = Object.values(t.findResources('AWS::EC2::VPCPeeringConnection')).map((r) => r.Properties as Record<string, unknown>);
    expect(props!.PeerRegion).toBeUndefined();
    expect(props!.VpcId).toEqual(stack.resolve(b.vpc.vpcId));
    expect(props!.PeerVpcId).toEqual(stack.resolve(a.vpc.vpcId));
    expect(peering.plan.crossRegion).toBe(false);
  });

  test('a route to the other range on every broker route table of both VPCs, through the connection', () => {
    const connection = stack.resolve(peering.peeringConnectionId);
    for (const [vpc, destination] of [[b, '10.0.0.0/16'], [a, '10.1.0.0/16']] as const) {
      expect(vpc.privateRouteTableIds).toHaveLength(3);
      for (const rt of vpc.privateRouteTableIds) {
        t.hasResourceProperties('AWS::EC2::Route', { RouteTableId: stack.resolve(rt), DestinationCidrBlock: destination, VpcPeeringConnectionId: connection });
      }
    }
    t.resourceCountIs('AWS::EC2::Route', 6);
    t.resourceCountIs('Custom::KafkaVpcPeeringRoute', 0);
  });
});

describe('KafkaVpcPeering across Regions (eu-central-1 requests, eu-west-1 accepts)', () => {
  const r = twoStacks('eu-west-1', 'eu-central-1');

  test('the DR VPC avoids the primary range; the connection names the peer Region', () => {
    expect(r.dr.plan.cidr).toBe('10.1.0.0/16');
    r.drTemplate.hasResourceProperties('AWS::EC2::VPCPeeringConnection', { PeerRegion: 'eu-west-1', VpcId: r.drStack.resolve(r.dr.vpc.vpcId) });
    expect(r.peering.plan.crossRegion).toBe(true);
  });

  test('requester routes: every broker and client route table of the DR VPC (6) to 10.0.0.0/16', () => {
    expect(r.dr.privateRouteTableIds).toHaveLength(6);
    for (const rt of r.dr.privateRouteTableIds) {
      r.drTemplate.hasResourceProperties('AWS::EC2::Route', { RouteTableId: r.drStack.resolve(rt), DestinationCidrBlock: '10.0.0.0/16', VpcPeeringConnectionId: { Ref: Match.anyValue() } });
    }
    expect(Object.values(r.drTemplate.findResources('AWS::EC2::Route')).filter((x) => x.Properties.DestinationCidrBlock === '10.0.0.0/16')).toHaveLength(6);
  });

  test('accepter routes: one custom resource per primary route table, calling EC2 in eu-west-1', () => {
    const routes = Object.values(r.drTemplate.findResources('Custom::KafkaVpcPeeringRoute'));
    expect(routes).toHaveLength(3);
    // The SDK calls are JSON strings joined with deploy-time values: read them unescaped.
    const text = (v: unknown) => JSON.stringify(v).replace(/\\"/g, '"');
    for (const route of routes) {
      const create = text(route.Properties.Create);
      expect(create).toContain('"service":"EC2"');
      expect(create).toContain('"action":"createRoute"');
      expect(create).toContain('"region":"eu-west-1"');
      expect(create).toContain('"DestinationCidrBlock":"10.1.0.0/16"');
      expect(create).toContain('"VpcPeeringConnectionId":"",{"Ref":"PeeringConnection');
      expect(text(route.Properties.Update)).toContain('"action":"replaceRoute"');
      expect(text(route.Properties.Delete)).toContain('"action":"deleteRoute"');
      expect(text(route.Properties.Delete)).toContain('"ignoreErrorCodesMatching":"InvalidRoute.NotFound"');
    }
  });

  test('the custom resources may change routes only on the three primary route tables', () => {
    const policies = Object.values(r.drTemplate.findResources('AWS::IAM::Policy'))
      .map((p) => p.Properties.PolicyDocument.Statement as { Action: unknown; Resource: unknown }[])
      .flat()
      .filter((s) => JSON.stringify(s.Action).includes('ec2:CreateRoute'));
    expect(policies).toHaveLength(3);
    for (const s of policies) {
      expect(s.Action).toEqual(['ec2:CreateRoute', 'ec2:ReplaceRoute', 'ec2:DeleteRoute']);
      expect(JSON.stringify(s.Resource)).toContain(':ec2:eu-west-1:111111111111:route-table/');
    }
  });

  test('nothing in the primary stack references the DR stack: no dependency cycle', () => {
    expect(r.primaryStack.dependencies).toEqual([]);
    expect(r.drStack.dependencies).toEqual([r.primaryStack]);
    r.primaryTemplate.resourceCountIs('AWS::EC2::VPCPeeringConnection', 0);
    r.primaryTemplate.resourceCountIs('AWS::EC2::Route', 0);
  });
});

test('cross-Region peering passes cdk-nag AwsSolutions with no unacknowledged finding', () => {
  const r = twoStacks('eu-west-1', 'eu-central-1', true);
  for (const stack of [r.primaryStack, r.drStack]) {
    expect(Annotations.fromStack(stack).findError('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
    expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
  }
});

test('two stacks in one Region: plain routes on both sides, referenced from the requester stack', () => {
  const r = twoStacks('eu-west-1', 'eu-west-1');
  r.drTemplate.resourceCountIs('Custom::KafkaVpcPeeringRoute', 0);
  expect(Object.values(r.drTemplate.findResources('AWS::EC2::Route')).filter((x) => x.Properties.DestinationCidrBlock === '10.1.0.0/16')).toHaveLength(3);
  const [props] = Object.values(r.drTemplate.findResources('AWS::EC2::VPCPeeringConnection')).map((x) => x.Properties as Record<string, unknown>);
  expect(props!.PeerRegion).toBeUndefined();
  expect(r.primaryStack.dependencies).toEqual([]);
});

describe('KafkaVpcPeering refusals', () => {
  test('vpc-peering/cidr-overlap: two default KafkaVpcs', () => {
    const app = new App();
    const stack = new Stack(app, 'Net', { env: { account: ACCOUNT, region: 'eu-west-1' } });
    const a = new KafkaVpc(stack, 'A', { availabilityZones: zones('eu-west-1') });
    const b = new KafkaVpc(stack, 'B', { availabilityZones: zones('eu-west-1') });
    const err = validationErrorOf(() => new KafkaVpcPeering(stack, 'Peering', { vpc: b, peerVpc: a }));
    expect(err.codes).toEqual(['vpc-peering/cidr-overlap']);
    expect(err.message).toContain("KafkaVpcPeering: 1 invalid property:\n  - [vpc-peering/cidr-overlap] `peerVpc.cidr` must not overlap the range of `vpc` (10.0.0.0/16), got: \"10.0.0.0/16\". VPC peering refuses overlapping ranges (the connection would fail): create the peer VPC with `cidr: '10.1.0.0/16'`, or with `peerCidrs: ['10.0.0.0/16']` to get a free /16.");
  });

  test('vpc-peering/requester-stack: the peering lives in the stack of `vpc`', () => {
    const app = new App();
    const s1 = new Stack(app, 'One', { env: { account: ACCOUNT, region: 'eu-west-1' } });
    const s2 = new Stack(app, 'Two', { env: { account: ACCOUNT, region: 'eu-west-1' } });
    const a = new KafkaVpc(s1, 'A', { availabilityZones: zones('eu-west-1') });
    const b = new KafkaVpc(s2, 'B', { availabilityZones: zones('eu-west-1'), cidr: '10.1.0.0/16' });
    const err = validationErrorOf(() => new KafkaVpcPeering(s1, 'Peering', { vpc: b, peerVpc: a }));
    expect(err.codes).toEqual(['vpc-peering/requester-stack']);
    expect(err.issues[0]!.message).toBe('`vpc` must be in the stack of the peering (One), got: "Two". Create the KafkaVpcPeering in the stack of `vpc`: its connection and routes are created there.');
  });

  test('vpc-peering/region-unknown: env-agnostic stacks', () => {
    const app = new App();
    const s1 = new Stack(app, 'One');
    const s2 = new Stack(app, 'Two');
    const a = new KafkaVpc(s1, 'A');
    const b = new KafkaVpc(s2, 'B', { peerCidrs: [a.plan.cidr] });
    const err = validationErrorOf(() => new KafkaVpcPeering(s2, 'Peering', { vpc: b, peerVpc: a }));
    expect(err.codes).toEqual(['vpc-peering/region-unknown']);
  });

  test('vpc-peering/cross-account', () => {
    const app = new App();
    const s1 = new Stack(app, 'One', { env: { account: ACCOUNT, region: 'eu-west-1' } });
    const s2 = new Stack(app, 'Two', { env: { account: '222222222222', region: 'eu-west-1' } });
    const a = new KafkaVpc(s1, 'A', { availabilityZones: zones('eu-west-1') });
    const b = new KafkaVpc(s2, 'B', { availabilityZones: zones('eu-west-1'), peerCidrs: [a.plan.cidr] });
    expect(validationErrorOf(() => new KafkaVpcPeering(s2, 'Peering', { vpc: b, peerVpc: a })).codes).toEqual(['vpc-peering/cross-account']);
  });
});
