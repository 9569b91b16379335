/**
 * Cross-Region disaster-recovery wiring of the Pulumi self-managed cluster: broker ingress from a peer `KafkaVpc`
 * by its plan range, and the private hosted zone associated with a VPC of another Region.
 */
import { Provider } from '@pulumi/aws/provider';
import { KafkaVpc } from '../../../lib/aws/pulumi/kafka-vpc';
import { SelfManagedKafkaCluster } from '../../../lib/self-managed-ec2/pulumi';
import { mockedState, named, recordRegistrations } from '../../support/pulumi-registrations';
import { spec } from '../fixtures';
import { SELF_MANAGED_MOCKS } from './support';

async function record() {
  return recordRegistrations(() => {
    const west = new Provider('west', { region: 'eu-west-1' });
    const central = new Provider('central', { region: 'eu-central-1' });
    const cluster = new SelfManagedKafkaCluster('orders', { ...spec(), distribution: { kind: 's3', bucket: 'artifacts', key: 'kafka.tgz' }, monitoring: undefined }, { providers: { aws: west } });
    const dr = new KafkaVpc('dr', { privateEgress: true, peerCidrs: [cluster.vpc!.plan.cidr] }, { providers: { aws: central } });
    cluster.allowClientsFromVpc('dr', dr);
    cluster.associateHostedZoneWith('dr', dr);
    cluster.associateHostedZoneWith('other', { vpcId: 'vpc-0123456789abcdef0', vpcRegion: 'eu-north-1' });
    return { clientPorts: cluster.plan.securityGroupRules.filter((r) => r.source === 'clients').map((r) => [r.target, r.port] as const) };
  }, { project: 'proj', stack: 'dev', mocks: SELF_MANAGED_MOCKS });
}

describe('SelfManagedKafkaCluster (Pulumi) DR wiring', () => {
  let r: Awaited<ReturnType<typeof record>>;
  beforeAll(async () => {
    r = await record();
  });

  test('one ingress rule per client listener from the DR range, on the cluster security group', () => {
    const ports = r.outputs.clientPorts;
    expect(ports.length).toBeGreaterThan(0);
    for (const [target, port] of ports) {
      const rule = named(r.resources, 'resource', `orders-sg-${target}-in-${port}-dr`);
      expect(rule.inputs).toMatchObject({ cidrIpv4: '10.1.0.0/16', fromPort: port, toPort: port, ipProtocol: 'tcp', securityGroupId: `orders-sg-${target}-id` });
      expect(named(r.registrations, 'registration', `orders-sg-${target}-in-${port}-dr`).parent).toMatch(/SelfManagedKafkaCluster::orders$/);
    }
  });

  test('zone associations: the DR KafkaVpc in its provider Region, a plain VPC in the given Region', () => {
    const zoneId = mockedState('aws:route53/zone:Zone', 'orders-zone').zoneId;
    expect(named(r.resources, 'resource', 'orders-zone-dr').inputs).toEqual({ zoneId, vpcId: 'dr-vpc-id', vpcRegion: 'eu-central-1' });
    expect(named(r.resources, 'resource', 'orders-zone-other').inputs).toEqual({ zoneId, vpcId: 'vpc-0123456789abcdef0', vpcRegion: 'eu-north-1' });
    expect(named(r.resources, 'resource', 'orders-zone-dr').type).toBe('aws:route53/zoneAssociation:ZoneAssociation');
  });

  test('the created zone ignores its inline VPC list, which the associations would otherwise undo', () => {
    expect(named(r.registrations, 'registration', 'orders-zone').ignoreChanges).toEqual(['vpcs']);
    expect(named(r.resources, 'resource', 'orders-zone').inputs.vpcs).toEqual([{ vpcId: 'orders-vpc-vpc-id' }]);
  });
});
