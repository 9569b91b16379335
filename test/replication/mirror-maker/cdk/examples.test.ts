/**
 * examples/cdk/self-managed-to-msk-mirror-maker.ts: both stacks pass cdk-nag AwsSolutions (every acknowledgement and
 * its reason snapshotted), construct paths snapshotted (ids are a contract), the MirrorMaker 2 resources whole, no
 * secret in either template, no AWS lookups, cfn-lint over both templates in one call, and what the adapters read
 * from the self-managed primary and the MSK secondary.
 */
import * as fs from 'fs';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import * as path from 'path';
import { buildApp } from '../../../../examples/cdk/self-managed-to-msk-mirror-maker';
import { MirrorMaker2 } from '../../../../lib/replication/mirror-maker/cdk';
import { constructPaths, normalizeTemplate } from '../../../../lib/testing/cdk';
import { acknowledgements, assemblyDir, cfnLint, synthKeepingExitCode, unacceptedCfnLint } from '../../../support/cdk-examples';
import { literalText, resourcesOf, secretFindings, type TemplateJson } from '../../../self-managed-ec2/cdk/support';

/**
 * cfn-lint findings accepted, each with its reason. Anything else fails, but the W3005 of aws-cdk-lib's own provider
 * framework (`isAwsCdkProviderW3005`).
 * W3010: AZ names are hard-coded on purpose: the example's stacks have explicit environments, and self-managed nodes
 *        live in one AZ (their volume, interface and subnet) and must come back there.
 */
const ACCEPTED_CFN_LINT = new Set(['W3010']);

const outdir = assemblyDir('kafka-iac-mm2-examples-');
const app = new App({ builtinCloudFormationValidation: false, outdir });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
const secondary = buildApp(app);
const primary = app.node.findChild('KafkaDrPrimary') as typeof secondary;
const mm2 = secondary.node.findChild('MirrorMaker') as MirrorMaker2;
let synthError: unknown;
try {
  synthKeepingExitCode(app);
} catch (e) {
  synthError = e;
}
const assembly = app.synth();
const templateOf = (name: string) => JSON.parse(fs.readFileSync(assembly.getStackByName(name).templateFullPath, 'utf8')) as TemplateJson;
const secondaryTemplate = templateOf(secondary.stackName);
const primaryTemplate = templateOf(primary.stackName);

test('cdk-nag AwsSolutions: synth passes, so every finding is fixed or acknowledged with a reason', () => {
  expect(synthError).toBeUndefined();
  expect(acknowledgements(app)).toMatchSnapshot();
});

test('construct paths and logical ids of both stacks (stable ids contract)', () => {
  expect({ primary: constructPaths(primary), secondary: constructPaths(secondary) }).toMatchSnapshot();
});

test('explicit environments, no context lookups (the AMI resolves from SSM at deploy time)', () => {
  expect(secondary.environment).toBe('aws://111111111111/eu-central-1');
  expect(primary.environment).toBe('aws://111111111111/eu-west-1');
  expect(assembly.manifest.missing ?? []).toEqual([]);
});

test('the MirrorMaker 2 resources, whole', () => {
  const t = normalizeTemplate(secondaryTemplate) as unknown as TemplateJson;
  const ids = Object.entries(constructPaths(secondary)).filter(([, p]) => p.startsWith('MirrorMaker/')).map(([id]) => id);
  expect(Object.fromEntries(ids.map((id) => [id, t.Resources[id]]))).toMatchSnapshot();
});

test('no secret in either template or in the user data', () => {
  expect(secretFindings(secondaryTemplate)).toEqual([]);
  expect(secretFindings(primaryTemplate.Resources ? { ...primaryTemplate, Resources: Object.fromEntries(Object.entries(primaryTemplate.Resources).filter(([, r]) => r.Type !== 'AWS::Lambda::Function')) } : primaryTemplate)).toEqual([]);
  const [[, lt]] = resourcesOf(secondaryTemplate, 'AWS::EC2::LaunchTemplate');
  const userData = literalText(lt!.Properties.LaunchTemplateData.UserData);
  expect(userData).not.toMatch(/password\s*=\s*"[^"$]/i);
  expect(userData).not.toMatch(/-----BEGIN [A-Z ]*PRIVATE KEY-----/);
});

test('adapters: the SCRAM source from the primary (stable DNS names, CA parameter, cluster key), the IAM target from MSK (its ARN)', () => {
  const [source, target] = ['primary', 'dr'].map((a) => mm2.plan.clusters.find((c) => c.alias === a)!);
  expect(source).toMatchObject({
    role: 'source', region: 'eu-west-1', securityProtocol: 'SASL_SSL', saslMechanism: 'SCRAM-SHA-512', trustedCaParameter: '/kafka-iac/orders/ca-certificate',
  });
  expect(source!.bootstrapServers).toMatch(/^broker-1\.[a-z.-]+:9096,/);
  expect(target).toMatchObject({ role: 'target', region: 'eu-central-1', saslMechanism: 'AWS_MSK_IAM' });
  expect(mm2.plan.secretReads.map((s) => [s.alias, s.kind, s.region])).toEqual([['primary', 'scram', 'eu-west-1']]);
  expect(mm2.plan.iamGrants.map((g) => g.alias)).toEqual(['dr']);
  // Same region: the IAM listener of the MSK security group admits the nodes' group, and the nodes reach only it on 9098.
  const mskIngress = resourcesOf(secondaryTemplate, 'AWS::EC2::SecurityGroupIngress').map(([, r]) => r.Properties).filter((p) => p.FromPort === 9098);
  expect(mskIngress).toHaveLength(1);
  expect(JSON.stringify(mskIngress[0]!.SourceSecurityGroupId)).toContain('MirrorMakerSecurityGroup');
  // The primary admits the secondary VPC's range on the SCRAM listener (security groups do not span regions).
  const primaryIngress = [
    ...resourcesOf(primaryTemplate, 'AWS::EC2::SecurityGroupIngress').map(([, r]) => r.Properties),
    ...resourcesOf(primaryTemplate, 'AWS::EC2::SecurityGroup').flatMap(([, r]) => (r.Properties.SecurityGroupIngress ?? []) as Record<string, unknown>[]),
  ];
  expect(primaryIngress.some((r) => r.CidrIp === '10.1.0.0/16' && r.FromPort === 9096)).toBe(true);
});

test('cfn-lint: no errors and no unaccepted warnings in either template', () => {
  const findings = cfnLint([{ name: 'primary', app, stack: primary }, { name: 'secondary', app, stack: secondary }]);
  expect(findings.filter((f) => f.rule.startsWith('E'))).toEqual([]);
  expect(unacceptedCfnLint(findings, ACCEPTED_CFN_LINT)).toEqual([]);
  expect(path.basename(outdir)).toMatch(/^kafka-iac-mm2-examples-/);
});

test('the network path: distinct ranges, peering with routes on both sides, the zone associated, the brokers open to the DR range', () => {
  const vpcs = (t: TemplateJson) => resourcesOf(t, 'AWS::EC2::VPC').map(([, r]) => r.Properties.CidrBlock);
  expect([vpcs(primaryTemplate), vpcs(secondaryTemplate)]).toEqual([['10.0.0.0/16'], ['10.1.0.0/16']]);
  const [[connectionId, connection]] = resourcesOf(secondaryTemplate, 'AWS::EC2::VPCPeeringConnection');
  expect(connection!.Properties.PeerRegion).toBe('eu-west-1');
  // Secondary side: 3 broker + 3 client route tables to the primary range, through the connection.
  const routes = resourcesOf(secondaryTemplate, 'AWS::EC2::Route').filter(([, r]) => r.Properties.VpcPeeringConnectionId?.Ref === connectionId);
  expect(routes.map(([, r]) => r.Properties.DestinationCidrBlock)).toEqual(Array(6).fill('10.0.0.0/16'));
  // Primary side (eu-west-1): one route per broker route table, made through the EC2 API in that Region.
  const peerRoutes = resourcesOf(secondaryTemplate, 'Custom::KafkaVpcPeeringRoute').map(([, r]) => JSON.stringify(r.Properties.Create).replace(/\\"/g, '"'));
  expect(peerRoutes).toHaveLength(3);
  for (const call of peerRoutes) expect(call).toMatch(/"action":"createRoute","region":"eu-west-1".*"DestinationCidrBlock":"10\.1\.0\.0\/16"/);
  const [association] = resourcesOf(secondaryTemplate, 'Custom::KafkaZoneVpcAssociation').map(([, r]) => JSON.stringify(r.Properties.Create).replace(/\\"/g, '"'));
  expect(association).toContain('"action":"associateVPCWithHostedZone"');
  expect(association).toContain('"VPCRegion":"eu-central-1"');
  const brokerGroup = resourcesOf(primaryTemplate, 'AWS::EC2::SecurityGroup').find(([, r]) => r.Properties.GroupDescription === 'orders Kafka brokers')!;
  expect(brokerGroup[1].Properties.SecurityGroupIngress).toEqual(expect.arrayContaining([expect.objectContaining({ CidrIp: '10.1.0.0/16', FromPort: 9096 })]));
  // The primary stack depends on nothing: every reference goes from the secondary stack to the primary one.
  expect(primary.dependencies).toEqual([]);
});
