/**
 * `MskCluster` (Pulumi) with intelligent rebalancing and the dual-stack network type, under mocks: the same plan
 * decisions as the CDK face, mapped to `aws.msk.Cluster` inputs. `topicReassignment` has no @pulumi/aws input, so
 * the component refuses it instead of dropping it.
 */
import * as pulumi from '@pulumi/pulumi';
import { KafkaValidationError } from '../../../lib/core/issues';
import { MskCluster, type MskClusterArgs } from '../../../lib/msk/pulumi';
import { recordMsk } from './support';

const NETWORK = { vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'] };

async function clusterInputs(args: Partial<MskClusterArgs>): Promise<{ inputs: Record<string, any>; cluster: MskCluster }> {
  let cluster!: MskCluster;
  const r = await recordMsk(() => {
    cluster = new MskCluster('kafka', { kind: 'express', clusterName: 'orders', ...NETWORK, ...args } as MskClusterArgs);
  });
  return { inputs: r.resources.find((x) => x.type === 'aws:msk/cluster:Cluster')!.inputs as Record<string, any>, cluster };
}

async function errorOf(args: Partial<MskClusterArgs>): Promise<KafkaValidationError> {
  try {
    await recordMsk(() => new MskCluster('kafka', { kind: 'express', clusterName: 'orders', ...NETWORK, ...args } as MskClusterArgs));
  } catch (e) {
    if (e instanceof KafkaValidationError) return e;
    throw e;
  }
  throw new Error('expected a KafkaValidationError');
}

const valueOf = <T>(o: pulumi.Output<T> | undefined) => new Promise<T | undefined>((resolve) => (o ? o.apply((v) => resolve(v)) : resolve(undefined)));

test('nothing is sent by default', async () => {
  const { inputs } = await clusterInputs({});
  expect(inputs.rebalancing).toBeUndefined();
  expect(inputs.brokerNodeGroupInfo.connectivityInfo).toBeUndefined();
});

test('intelligent rebalancing: the status the plan decided', async () => {
  expect((await clusterInputs({ intelligentRebalancing: false })).inputs.rebalancing).toEqual({ status: 'PAUSED' });
  expect((await clusterInputs({ intelligentRebalancing: true })).inputs.rebalancing).toEqual({ status: 'ACTIVE' });
});

test('intelligent rebalancing on Standard brokers is refused with the plan code', async () => {
  expect((await errorOf({ kind: 'standard', intelligentRebalancing: true })).codes).toEqual(['msk/rebalancing-express-only']);
});

test('dual-stack on an existing cluster: networkType DUAL in connectivityInfo, and the IPv6 bootstrap output', async () => {
  const { inputs, cluster } = await clusterInputs({ connectivity: { networkType: 'DUAL', clusterAlreadyDeployed: true } });
  expect(inputs.brokerNodeGroupInfo.connectivityInfo).toEqual({ publicAccess: { type: 'DISABLED' }, networkType: 'DUAL' });
  expect(await valueOf(cluster.bootstrapBrokersSaslIamIpv6)).toMatch(/^b-1-ipv6\.orders\..*:9098,/);
  expect(cluster.bootstrapBrokersSaslScramIpv6).toBeUndefined();
});

test('dual-stack on the first deploy, or on the subnets of a KafkaVpc the component creates (IPv4 only), is refused', async () => {
  expect((await errorOf({ connectivity: { networkType: 'DUAL' } })).codes).toEqual(['msk/dual-stack-first-deploy']);
  const err = await errorOf({ vpcId: undefined, subnetIds: undefined, connectivity: { networkType: 'DUAL', clusterAlreadyDeployed: true } });
  expect(err.codes).toEqual(['msk/dual-stack-subnets']);
});

test('topicReassignment is refused on the Pulumi face (@pulumi/aws has no input for it), not dropped', async () => {
  const err = await errorOf({ topicReassignment: 'MANUAL' });
  expect(err.codes).toEqual(['msk/pulumi-topic-reassignment']);
  expect(err.message).toContain('`topicReassignment` must be omitted on the Pulumi face (@pulumi/aws has no input for it), got: "MANUAL".');
});
