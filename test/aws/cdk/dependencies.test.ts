/**
 * DependsOn without the redundant part (cfn-lint W3005): a function depends on its role's policies, not on the role its
 * `Role` property references; a resource depends on a group's rules, not on the group it names. Policies and rules
 * added after the dependency count too. Also: the cfn-lint W3005 the example tests still accept is aws-cdk-lib's only.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { dependOnPoliciesOnly, dependencyOnAttachments } from '../../../lib/aws/cdk/dependencies';
import { isAwsCdkProviderW3005 } from '../../support/cdk-examples';

const dependsOn = (t: Template, type: string): unknown => Object.values(t.findResources(type))[0]!.DependsOn;

function fn(stack: Stack, role: iam.Role): lambda.Function {
  return new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler = async () => {};'), role });
}

describe('dependOnPoliciesOnly', () => {
  test('a role with inline policies only: the function has no DependsOn (its Role GetAtt orders it)', () => {
    const stack = new Stack(new App(), 'S');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    dependOnPoliciesOnly(role);
    fn(stack, role);
    const t = Template.fromStack(stack);
    expect(dependsOn(t, 'AWS::Lambda::Function')).toBeUndefined();
    t.hasResourceProperties('AWS::Lambda::Function', { Role: { 'Fn::GetAtt': [stack.getLogicalId(role.node.defaultChild as iam.CfnRole), 'Arn'] } });
  });

  test('a policy added after the function still orders it; the role itself is not in DependsOn', () => {
    const stack = new Stack(new App(), 'S');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    dependOnPoliciesOnly(role);
    fn(stack, role);
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['sqs:SendMessage'], resources: ['arn:aws:sqs:eu-west-1:111111111111:q'] }));
    const t = Template.fromStack(stack);
    expect(dependsOn(t, 'AWS::Lambda::Function')).toEqual([stack.getLogicalId(role.node.findChild('DefaultPolicy').node.defaultChild as iam.CfnPolicy)]);
  });

  test('control: without it, aws-cdk-lib makes the function depend on the role too', () => {
    const stack = new Stack(new App(), 'S');
    const role = new iam.Role(stack, 'Role', { assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com') });
    fn(stack, role);
    expect(dependsOn(Template.fromStack(stack), 'AWS::Lambda::Function')).toEqual([stack.getLogicalId(role.node.defaultChild as iam.CfnRole)]);
  });
});

test('dependencyOnAttachments: the rules of a group, also those added later, never the group itself', () => {
  const stack = new Stack(new App(), 'S');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, restrictDefaultSecurityGroup: false });
  const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc, allowAllOutbound: false });
  const other = new ec2.SecurityGroup(stack, 'Other', { vpc, allowAllOutbound: false });
  const user = new ec2.CfnNetworkInterface(stack, 'Eni', { subnetId: vpc.isolatedSubnets[0]?.subnetId ?? vpc.publicSubnets[0]!.subnetId, groupSet: [sg.securityGroupId] });
  user.node.addDependency(dependencyOnAttachments(sg));
  sg.connections.allowTo(other, ec2.Port.tcp(9098));
  const t = Template.fromStack(stack);
  const egress = Object.keys(t.findResources('AWS::EC2::SecurityGroupEgress'));
  expect(egress).toHaveLength(1);
  expect(dependsOn(t, 'AWS::EC2::NetworkInterface')).toEqual(egress);
});

describe('isAwsCdkProviderW3005', () => {
  const finding = (message: string) => ({ file: 'x.template.json', rule: 'W3005', message });
  test.each([
    ['VPC default security group provider', "'CustomVpcRestrictDefaultSGCustomResourceProviderRole26592FE0' dependency already enforced by a 'GetAtt' at 'Resources/CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E/Properties/Role'", true],
    ['cross-region export writer provider', "'CustomCrossRegionExportWriterCustomResourceProviderRoleC951B1E1' dependency already enforced by a 'GetAtt' at 'Resources/CustomCrossRegionExportWriterCustomResourceProviderHandlerD8786E8A/Properties/Role'", true],
    ['cross-region export reader provider', "'CustomCrossRegionExportReaderCustomResourceProviderRole10531BBD' dependency already enforced by a 'GetAtt' at 'Resources/CustomCrossRegionExportReaderCustomResourceProviderHandler46647B68/Properties/Role'", true],
    // kafka-iac resources (both were reported before their DependsOn was narrowed)
    ['kafka-iac custom resource role', "'KafkaIacCustomResourceRole7BAF4BFA' dependency already enforced by a 'GetAtt' at 'Resources/AWS679f53fac002430cb0da5b7982bd22872D164C4C/Properties/Role'", false],
    ['MSK Replicator security group', "'ReplicatorSecurityGroup213BF8C3' dependency already enforced by a 'GetAtt' at 'Resources/Replicator2A97E487/Properties/KafkaClusters/1/VpcConfig/SecurityGroupIds/0'", false],
    ['a provider role read by another function', "'CustomVpcRestrictDefaultSGCustomResourceProviderRole26592FE0' dependency already enforced by a 'GetAtt' at 'Resources/ClusterFunctionABCDEF12/Properties/Role'", false],
  ])('%s: accepted %s', (_label, message, accepted) => {
    expect(isAwsCdkProviderW3005(finding(message))).toBe(accepted);
  });
  test('only W3005', () => {
    expect(isAwsCdkProviderW3005({ file: 'x', rule: 'W3010', message: "'CustomVpcRestrictDefaultSGCustomResourceProviderRole26592FE0' dependency already enforced by a 'GetAtt' at 'Resources/CustomVpcRestrictDefaultSGCustomResourceProviderHandlerDC833E5E/Properties/Role'" })).toBe(false);
  });
});
