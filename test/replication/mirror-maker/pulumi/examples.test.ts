/**
 * examples/pulumi/mirror-maker-2 under mocks: URNs and outputs snapshotted (a rename that would replace a resource fails
 * here first), URNs unique, every MirrorMaker 2 child parented to its component, no secret anywhere, and what the
 * adapters read from the Pulumi self-managed primary and MSK secondary.
 */
import { program } from '../../../../examples/pulumi/mirror-maker-2/program';
import { recordRegistrations, type RegistrationRecording } from '../../../support/pulumi-registrations';
import { secretFindings } from '../../../self-managed-ec2/cdk/support';
import { MOCK_PASSWORD, SELF_MANAGED_MOCKS } from '../../../self-managed-ec2/pulumi/support';

// The default mocks give each resource ARNs in the region of its explicit provider (primary-region, secondary-region).
let rec: RegistrationRecording<ReturnType<typeof program>>;
beforeAll(async () => {
  rec = await recordRegistrations(program, { project: 'proj', stack: 'dev', mocks: SELF_MANAGED_MOCKS, config: { 'aws:region': 'eu-central-1' } });
});

test('snapshot: URNs and outputs; URNs unique', () => {
  expect(new Set(rec.urns).size).toBe(rec.urns.length);
  expect({ urns: rec.urns, outputs: rec.outputs }).toMatchSnapshot();
});

test('every MirrorMaker 2 child is parented to the component and uses the secondary region\'s provider', () => {
  const componentUrn = rec.urns.find((u) => u.endsWith('kafka-iac:replication:MirrorMaker2::orders-dr-mm2'))!;
  const children = rec.registrations.filter((r) => r.name.startsWith('orders-dr-mm2-'));
  expect(children.length).toBeGreaterThan(10);
  for (const c of children) expect(c.parent).toBe(componentUrn);
  for (const r of rec.resources.filter((x) => x.name.startsWith('orders-dr-mm2-') && x.custom)) expect(r.provider).toMatch(/::secondary-region(::|$)/);
});

test('no secret in the recording or the user data', () => {
  expect(JSON.stringify(rec)).not.toContain(MOCK_PASSWORD);
  expect(secretFindings(rec.resources.filter((x) => !x.name.endsWith('-provisioner')))).toEqual([]);
  const userData = Buffer.from(String(rec.resources.find((r) => r.name === 'orders-dr-mm2-lt')!.inputs.userData), 'base64').toString('utf8');
  expect(userData).not.toMatch(/password\s*=\s*"[^"$]/i);
  expect(userData).toContain(':9098');
});

test('adapters: the SCRAM secret of the primary in eu-west-1, the MSK target by ARN; the MSK security group admits the nodes', () => {
  const policy = JSON.parse(String(rec.resources.find((r) => r.name === 'orders-dr-mm2-policy')!.inputs.policy)) as { Statement: { Sid: string; Resource: unknown }[] };
  const sid = (s: string) => policy.Statement.find((x) => x.Sid === s)!;
  expect(sid('ReadCredentials').Resource).toEqual([expect.stringMatching(/^arn:aws:secretsmanager:eu-west-1:123456789012:secret:.*orders-mm2/)]);
  expect(sid('KafkaDr1').Resource).toEqual([expect.stringMatching(/^arn:aws:kafka:eu-central-1:123456789012:cluster\/orders-dr\//)]);
  expect(rec.resources.find((r) => r.name === 'orders-dr-mm2-ingress-dr-9098')!.inputs).toMatchObject({ fromPort: 9098, referencedSecurityGroupId: 'orders-dr-mm2-sg-id' });
  expect(rec.resources.find((r) => r.name === 'orders-dr-mm2-sg-out-9096-primary')!.inputs).toMatchObject({ cidrIpv4: '10.0.0.0/16' }); // networkCidrs: the primary VPC only
});

test('the network path: distinct ranges, peering accepted in eu-west-1, routes on both sides, the zone associated, the brokers open to the DR range', () => {
  const byName = (n: string) => rec.resources.find((r) => r.name === n)!;
  expect(byName('orders-dr-vpc-vpc').inputs.cidrBlock).toBe('10.1.0.0/16');
  expect(byName('orders-vpc-vpc').inputs.cidrBlock).toBe('10.0.0.0/16');
  expect(byName('orders-dr-peering').inputs).toMatchObject({ vpcId: 'orders-dr-vpc-vpc-id', peerVpcId: 'orders-vpc-vpc-id', peerRegion: 'eu-west-1', autoAccept: false });
  expect(byName('orders-dr-peering').provider).toMatch(/::secondary-region$/);
  expect(byName('orders-dr-peering-accepter').provider).toMatch(/::primary-region$/);
  const routes = rec.resources.filter((r) => r.type === 'aws:ec2/route:Route').map((r) => [r.name, r.inputs.routeTableId, r.inputs.destinationCidrBlock]).sort();
  expect(routes).toEqual([
    ['orders-dr-peering-peer-route-0', 'orders-vpc-isolated-rt-id', '10.1.0.0/16'],
    ['orders-dr-peering-route-0', 'orders-dr-vpc-isolated-rt-id', '10.0.0.0/16'],
    ...[0, 1, 2].map((i) => [`orders-dr-peering-route-${i + 1}`, `orders-dr-vpc-client-rt-${i}-id`, '10.0.0.0/16']),
  ]);
  expect(byName('orders-zone-dr').inputs).toMatchObject({ vpcId: 'orders-dr-vpc-vpc-id', vpcRegion: 'eu-central-1' });
  expect(byName('orders-sg-brokers-in-9096-client-cidr-1').inputs).toMatchObject({ cidrIpv4: '10.1.0.0/16', fromPort: 9096 });
});
