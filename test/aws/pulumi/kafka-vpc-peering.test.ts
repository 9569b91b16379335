import { Provider } from '@pulumi/aws/provider';
import { KafkaVpc } from '../../../lib/aws/pulumi/kafka-vpc';
import { KafkaVpcPeering } from '../../../lib/aws/pulumi/kafka-vpc-peering';
import { KafkaValidationError } from '../../../lib/core/issues';
import { named, recordRegistrations } from '../../support/pulumi-registrations';

async function record() {
  return recordRegistrations(() => {
    const west = new Provider('west', { region: 'eu-west-1' });
    const central = new Provider('central', { region: 'eu-central-1' });
    const primary = new KafkaVpc('primary', {}, { providers: { aws: west } });
    const dr = new KafkaVpc('dr', { privateEgress: true, peerCidrs: [primary.plan.cidr] }, { providers: { aws: central } });
    const peering = new KafkaVpcPeering('dr-to-primary', { vpc: dr, peerVpc: primary });
    return { drCidr: dr.plan.cidr, peeringConnectionId: peering.peeringConnectionId };
  }, { project: 'proj', stack: 'dev' });
}

describe('KafkaVpcPeering (Pulumi), across Regions', () => {
  let r: Awaited<ReturnType<typeof record>>;
  beforeAll(async () => {
    r = await record();
  });
  const providerOf = (name: string) => r.resources.find((x) => x.name === name)!.provider ?? '';

  test('the DR VPC takes 10.1.0.0/16', () => {
    expect(r.outputs.drCidr).toBe('10.1.0.0/16');
  });

  test('exact child list', () => {
    const peeringUrn = r.registrations.find((x) => x.type === 'kafka-iac:aws:KafkaVpcPeering')!;
    const children = r.registrations.filter((x) => x.parent.endsWith(`KafkaVpcPeering::${peeringUrn.name}`)).map((x) => `${x.type} ${x.name}`).sort();
    expect(children).toEqual([
      'aws:ec2/route:Route dr-to-primary-peer-route-0',
      ...[0, 1, 2, 3].map((i) => `aws:ec2/route:Route dr-to-primary-route-${i}`),
      'aws:ec2/vpcPeeringConnection:VpcPeeringConnection dr-to-primary',
      'aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter dr-to-primary-accepter',
    ]);
  });

  test('requested in eu-central-1 without auto-accept, towards eu-west-1; accepted there', () => {
    const connection = named(r.resources, 'resource', 'dr-to-primary');
    expect(connection.inputs).toMatchObject({ vpcId: 'dr-vpc-id', peerVpcId: 'primary-vpc-id', peerRegion: 'eu-west-1', autoAccept: false });
    expect(providerOf('dr-to-primary')).toMatch(/providers:aws::central$/);
    const accepter = named(r.resources, 'resource', 'dr-to-primary-accepter');
    expect(accepter.inputs).toMatchObject({ vpcPeeringConnectionId: 'dr-to-primary-id', autoAccept: true });
    expect(providerOf('dr-to-primary-accepter')).toMatch(/providers:aws::west$/);
  });

  test('routes: the DR broker and client route tables to 10.0.0.0/16, the primary broker route table to 10.1.0.0/16, each in its Region', () => {
    const routes = r.resources.filter((x) => x.type === 'aws:ec2/route:Route');
    expect(routes.map((x) => [x.name, x.inputs.routeTableId, x.inputs.destinationCidrBlock, x.inputs.vpcPeeringConnectionId]).sort()).toEqual([
      ['dr-to-primary-peer-route-0', 'primary-isolated-rt-id', '10.1.0.0/16', 'dr-to-primary-id'],
      ['dr-to-primary-route-0', 'dr-isolated-rt-id', '10.0.0.0/16', 'dr-to-primary-id'],
      ...[0, 1, 2].map((i) => [`dr-to-primary-route-${i + 1}`, `dr-client-rt-${i}-id`, '10.0.0.0/16', 'dr-to-primary-id']),
    ]);
    expect(providerOf('dr-to-primary-peer-route-0')).toMatch(/providers:aws::west$/);
    for (const i of [0, 1, 2, 3]) expect(providerOf(`dr-to-primary-route-${i}`)).toMatch(/providers:aws::central$/);
  });

  test('output: the accepted connection id', () => {
    expect(r.outputs.peeringConnectionId).toBe('dr-to-primary-id');
  });
});

test('one Region: no peer Region, still accepted by the accepter resource', async () => {
  const { recordPulumi } = await import('../../../lib/testing/pulumi');
  const rec = await recordPulumi(() => {
    const a = new KafkaVpc('a');
    const b = new KafkaVpc('b', { peerCidrs: [a.plan.cidr] });
    new KafkaVpcPeering('ab', { vpc: b, peerVpc: a });
  });
  const connection = rec.resources.find((x) => x.name === 'ab')!;
  expect(connection.inputs.peerRegion).toBeUndefined();
  expect(connection.inputs).toMatchObject({ vpcId: 'b-vpc-id', peerVpcId: 'a-vpc-id', autoAccept: false });
  expect(rec.resources.find((x) => x.name === 'ab-accepter')!.inputs).toMatchObject({ vpcPeeringConnectionId: 'ab-id', autoAccept: true });
  expect(rec.resources.filter((x) => x.type === 'aws:ec2/route:Route').map((x) => [x.name, x.inputs.destinationCidrBlock]).sort()).toEqual([
    ['ab-peer-route-0', '10.1.0.0/16'],
    ['ab-route-0', '10.0.0.0/16'],
  ]);
});

test('overlapping ranges are refused with vpc-peering/cidr-overlap', async () => {
  const { recordPulumi } = await import('../../../lib/testing/pulumi');
  const err = await recordPulumi(() => {
    const a = new KafkaVpc('a');
    const b = new KafkaVpc('b');
    new KafkaVpcPeering('ab', { vpc: b, peerVpc: a });
  }).then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(KafkaValidationError);
  expect((err as KafkaValidationError).codes).toEqual(['vpc-peering/cidr-overlap']);
});
