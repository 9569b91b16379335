/**
 * Placement by AZ name: every order of the same names places every node, volume and subnet identically (plan, CDK
 * template, Pulumi resources and URNs), and a deployed node whose AZ the plan would change is refused by name.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { KafkaValidationError } from '../../lib/core/issues';
import { planSelfManagedCluster } from '../../lib/self-managed-ec2';
import { SelfManagedKafkaCluster as CdkCluster } from '../../lib/self-managed-ec2/cdk';
import { nodeMovedIssues, placementOrder } from '../../lib/self-managed-ec2/placement';
import { SelfManagedKafkaCluster } from '../../lib/self-managed-ec2/pulumi';
import { recordPulumi } from '../../lib/testing/pulumi';
import { AZS3, spec } from './fixtures';
import { SELF_MANAGED_MOCKS } from './pulumi/support';

const ORDERS = [AZS3, [AZS3[2]!, AZS3[0]!, AZS3[1]!], [AZS3[1]!, AZS3[2]!, AZS3[0]!], [...AZS3].reverse()];
const placement = (azs: string[]) => planSelfManagedCluster(spec({ availabilityZones: azs, brokers: { count: 6 } })).nodes.map((n) => [n.name, n.azIndex, n.availabilityZone, n.volume.availabilityZone]);

test.each(ORDERS.map((o) => [o.join(',')]))('plan: %s places every node as the sorted list does', (order) => {
  expect(placement(order.split(','))).toEqual(placement(AZS3));
});

test('a sorted list places as before (controller n in the n-th AZ, brokers round-robin), so shipped clusters keep their placement', () => {
  expect(placement(AZS3)).toEqual([
    ['controller-1', 0, 'eu-west-1a', 'eu-west-1a'], ['controller-2', 1, 'eu-west-1b', 'eu-west-1b'], ['controller-3', 2, 'eu-west-1c', 'eu-west-1c'],
    ['broker-1', 0, 'eu-west-1a', 'eu-west-1a'], ['broker-2', 1, 'eu-west-1b', 'eu-west-1b'], ['broker-3', 2, 'eu-west-1c', 'eu-west-1c'],
    ['broker-4', 0, 'eu-west-1a', 'eu-west-1a'], ['broker-5', 1, 'eu-west-1b', 'eu-west-1b'], ['broker-6', 2, 'eu-west-1c', 'eu-west-1c'],
  ]);
});

test('deploy-time names keep the order given (they cannot be sorted)', () => {
  const token = '${Token[TOKEN.1]}';
  expect(placementOrder(['eu-west-1b', token, 'eu-west-1a'], (v) => v === token)).toEqual(['eu-west-1b', token, 'eu-west-1a']);
});

test('nodeMovedIssues: the coded refusal names the node, both AZs and the fix', () => {
  expect(nodeMovedIssues('broker-3', 'eu-west-1c', 'eu-west-1c')).toEqual([]);
  expect(nodeMovedIssues('broker-3', undefined, 'eu-west-1a')).toEqual([]);
  const [issue] = nodeMovedIssues('broker-3', 'eu-west-1c', 'eu-west-1a');
  expect(issue).toMatchObject({ code: 'self-managed/node-az-removed', path: 'availabilityZones', severity: 'error' });
  expect(issue!.message).toMatch(/^`availabilityZones` must keep eu-west-1c while broker-3 lives there .*, got: .* eu-west-1a\. Put eu-west-1c back/);
});

test('CDK: a reordered list synthesizes the identical template (same logical ids, volumes and subnets in the same AZs)', () => {
  const synth = (azs: string[]) => {
    const stack = new Stack(new App({ builtinCloudFormationValidation: false }), 'Kafka');
    new CdkCluster(stack, 'Cluster', { ...spec({ brokers: { count: 6 } }), availabilityZones: azs });
    return Template.fromStack(stack).toJSON();
  };
  const sorted = synth(AZS3);
  const volumes = Object.values(sorted.Resources as Record<string, { Type: string; Properties: { AvailabilityZone: string } }>).filter((r) => r.Type === 'AWS::EC2::Volume');
  expect(volumes.map((v) => v.Properties.AvailabilityZone)).toEqual(['eu-west-1a', 'eu-west-1b', 'eu-west-1c', 'eu-west-1a', 'eu-west-1b', 'eu-west-1c', 'eu-west-1a', 'eu-west-1b', 'eu-west-1c']);
  expect(synth([...AZS3].reverse())).toEqual(sorted);
});

// Each test records whole clusters (two or three programs): generous limits for a shared, loaded machine.
const RECORDING_LIMIT_MS = 300_000;

describe('Pulumi', () => {
  const run = (azs: string[], subnetIds?: string[]) => recordPulumi(() => {
    new SelfManagedKafkaCluster('orders', { ...spec({ availabilityZones: azs }), ...(subnetIds ? { vpcId: 'vpc-1', subnetIds } : {}), allowedClientCidrs: ['10.0.0.0/16'] });
  }, { mocks: SELF_MANAGED_MOCKS });

  test('a reordered list records the identical resources and URNs (created KafkaVpc)', async () => {
    const sorted = await run(AZS3);
    const reordered = await run([AZS3[1]!, AZS3[2]!, AZS3[0]!]);
    expect(reordered.urns).toEqual(sorted.urns);
    expect(reordered.resources).toEqual(sorted.resources);
  }, RECORDING_LIMIT_MS);

  test('given subnets follow the user list: reordering both lists together changes nothing', async () => {
    const sorted = await run(AZS3, ['subnet-a', 'subnet-b', 'subnet-c']);
    const reordered = await run([AZS3[2]!, AZS3[0]!, AZS3[1]!], ['subnet-c', 'subnet-a', 'subnet-b']);
    expect(reordered.resources).toEqual(sorted.resources);
    const eni = sorted.resources.find((x) => x.name === 'orders-broker-3-eni')!;
    expect((eni.inputs as { subnetId: string }).subnetId).toBe('subnet-c');
  }, RECORDING_LIMIT_MS);

  test('replacing an AZ that holds nodes is refused with a coded issue before anything moves', async () => {
    // Deployed state: the nodes numbered 3 have their volumes in eu-west-1c; the new list drops it for eu-west-1d.
    const failure = recordPulumi(() => {
      new SelfManagedKafkaCluster('orders', { ...spec({ availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1d'] }), allowedClientCidrs: ['10.0.0.0/16'] });
    }, {
      mocks: {
        ...SELF_MANAGED_MOCKS,
        newResource: (args) => (args.type === 'aws:ebs/volume:Volume' && args.name.endsWith('-3-volume') ? { state: { availabilityZone: 'eu-west-1c' } } : undefined),
      },
    });
    await expect(failure).rejects.toThrow(KafkaValidationError);
    await expect(failure).rejects.toMatchObject({ codes: expect.arrayContaining(['self-managed/node-az-removed']) });
  }, RECORDING_LIMIT_MS);
});

test('an unsorted list warns (self-managed/az-order) with the order used and MIGRATIONS.md; a sorted list does not', () => {
  const warnings = (azs: string[]) => planSelfManagedCluster(spec({ availabilityZones: azs })).warnings.filter((w) => w.code === 'self-managed/az-order');
  expect(warnings(AZS3)).toEqual([]);
  const [w, ...rest] = warnings([AZS3[2]!, AZS3[0]!, AZS3[1]!]);
  expect(rest).toEqual([]);
  expect(w).toMatchObject({ path: 'availabilityZones', severity: 'warning' });
  expect(w!.message).toBe('`availabilityZones` are placed in sorted order (eu-west-1a, eu-west-1b, eu-west-1c), not as listed. '
    + 'A cluster deployed by an earlier release with this unsorted list would move nodes away from their volumes: see MIGRATIONS.md. Sort the list to silence this warning.');
});
