/**
 * `MskCluster` (AWS CDK) with intelligent rebalancing, the dual-stack network type and the topic reassignment of
 * an in-place upgrade to Express brokers: the template carries exactly what the plan decided, and cfn-lint accepts it.
 */
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { MskCluster, type MskClusterProps } from '../../../lib/msk/cdk';
import { assemblyDir, cfnLint, type BuiltExample } from '../../support/cdk-examples';
import { validationErrorOf } from '../../support/conventions';

const outdir = assemblyDir('kafka-iac-msk-features-');

function build(name: string, props: MskClusterProps | ((stack: Stack) => MskClusterProps)): BuiltExample & { cluster: MskCluster; t: Template } {
  const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, name) });
  const stack = new Stack(app, name);
  const cluster = new MskCluster(stack, 'Cluster', typeof props === 'function' ? props(stack) : props);
  return { name, app, stack, cluster, t: Template.fromStack(stack) };
}

/** A dual-stack VPC of this app: its isolated subnets carry IPv6 CIDR blocks. */
const dualStackVpc = (stack: Stack) => new ec2.Vpc(stack, 'DualStack', {
  ipProtocol: ec2.IpProtocol.DUAL_STACK, availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'], natGateways: 0,
  subnetConfiguration: [{ name: 'brokers', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 }],
});

const defaults = build('Defaults', { kind: 'express', clusterName: 'orders' });
const rebalancing = build('Rebalancing', { kind: 'express', clusterName: 'orders', intelligentRebalancing: false });
const dual = build('DualStack', (stack) => ({
  kind: 'standard', clusterName: 'orders', vpc: dualStackVpc(stack), connectivity: { networkType: 'DUAL', clusterAlreadyDeployed: true },
}));
const upgrade = build('ExpressUpgrade', { kind: 'express', clusterName: 'orders', topicReassignment: 'AUTOMATIC' });

test('by default none of them is sent: MSK keeps its own defaults', () => {
  const props = Object.values(defaults.t.findResources('AWS::MSK::Cluster'))[0]!.Properties;
  expect(props.Rebalancing).toBeUndefined();
  expect(props.BrokerNodeGroupInfo.TopicReassignment).toBeUndefined();
  expect(props.BrokerNodeGroupInfo.ConnectivityInfo).toBeUndefined();
});

test('intelligent rebalancing paused on an Express cluster', () => {
  rebalancing.t.hasResourceProperties('AWS::MSK::Cluster', { Rebalancing: { Status: 'PAUSED' } });
});

test('dual-stack: NetworkType DUAL in the connectivity block of the existing cluster, and the IPv6 bootstrap string is looked up', () => {
  dual.t.hasResourceProperties('AWS::MSK::Cluster', {
    BrokerNodeGroupInfo: { ConnectivityInfo: { NetworkType: 'DUAL', PublicAccess: { Type: 'DISABLED' } } },
  });
  expect(dual.cluster.plan.bootstrapFields).toContain('BootstrapBrokerStringSaslIamIpv6');
  expect(dual.cluster.bootstrapBrokersSaslIamIpv6).toMatch(/TOKEN/);
  const lookup = Object.values(dual.t.findResources('Custom::MskBootstrapBrokers'))[0]!.Properties;
  expect(JSON.stringify(lookup.Create)).toContain('BootstrapBrokerStringSaslIamIpv6');
});

test('dual-stack is refused on the subnets of the default KafkaVpc (IPv4 only), naming them', () => {
  const app = new App({ builtinCloudFormationValidation: false });
  const err = validationErrorOf(() => new MskCluster(new Stack(app, 'S'), 'Cluster', {
    kind: 'standard', clusterName: 'orders', connectivity: { networkType: 'DUAL', clusterAlreadyDeployed: true },
  }));
  expect(err.issues.map((i) => i.code)).toEqual(['msk/dual-stack-subnets']);
});

test('an IPv6 bootstrap string of a cluster that is not dual-stack is an error that says what to set', () => {
  expect(() => defaults.cluster.bootstrapBrokersSaslIamIpv6).toThrow("set `connectivity.networkType: 'DUAL'` with `clientAuthentication.iam`");
});

test('topic reassignment of the in-place upgrade to Express brokers', () => {
  upgrade.t.hasResourceProperties('AWS::MSK::Cluster', {
    BrokerNodeGroupInfo: { InstanceType: 'express.m7g.large', TopicReassignment: 'AUTOMATIC' },
  });
});

test('cfn-lint: no errors and no unexpected warnings (TopicReassignment is newer than the schema cfn-lint 1.51 bundles, so that template is left out)', () => {
  const findings = cfnLint([defaults, rebalancing, dual]);
  expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
  // W3010: the test's dual-stack VPC names its AZs (an env-agnostic stack would otherwise get two).
  expect(findings.filter((f) => f.rule !== 'W3005' && !(f.rule === 'W3010' && f.file === 'DualStack.template.json'))).toEqual([]);
});
