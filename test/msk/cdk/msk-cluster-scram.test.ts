/** MskCluster (CDK): SCRAM secrets, the key that encrypts them, the association check, and the plan's key policy. */
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import { mskKeyPolicyStatements, SCRAM_PASSWORD } from '../../../lib/msk';
import { MskCluster, type MskClusterProps } from '../../../lib/msk/cdk';
import { constructPaths } from '../../../lib/testing/cdk';

const KEY_ARN = 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555';
const OTHER_KEY_ARN = 'arn:aws:kms:eu-west-1:123456789012:key/99999999-2222-3333-4444-555555555555';
const LEGACY = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:AmazonMSK_payments_legacy-AbCdEf';

function synth(props: Omit<MskClusterProps, 'kind' | 'clusterName'> | ((stack: Stack) => Omit<MskClusterProps, 'kind' | 'clusterName'>)) {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'S');
  // A VPC of the test's own: the default KafkaVpc would add its flow-log key to the keys counted here.
  const vpc = new ec2.Vpc(stack, 'Vpc', { availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], natGateways: 0, subnetConfiguration: [{ name: 'Data', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const cluster = new MskCluster(stack, 'Cluster', { kind: 'standard', clusterName: 'payments', vpc, ...(typeof props === 'function' ? props(stack) : props) });
  return { stack, cluster, t: Template.fromStack(stack) };
}

const idsOf = (t: Template, type: string) => Object.keys(t.findResources(type));
/** The AwsCustomResource call: a JSON string joined around tokens, which are replaced by "<token>". */
const callOf = (prop: unknown): Record<string, any> => {
  const join = (prop as { 'Fn::Join'?: [string, unknown[]] })['Fn::Join'];
  return JSON.parse(join ? join[1].map((p) => (typeof p === 'string' ? p : '<token>')).join('') : (prop as string));
};
const only = (t: Template, type: string) => {
  const ids = idsOf(t, type);
  expect(ids).toHaveLength(1);
  return ids[0]!;
};

describe('SCRAM users and an existing secret: association, resource policies, association check', () => {
  const { stack, cluster, t } = synth({ clientAuthentication: { scram: { users: ['payments-api', 'ledger'], existingSecretArns: [LEGACY] } } });
  const clusterId = only(t, 'AWS::MSK::Cluster');
  const associationId = only(t, 'AWS::MSK::BatchScramSecret');
  const checkId = only(t, 'Custom::MskScramSecretsCheck');
  const check = t.toJSON().Resources[checkId];

  test('each created secret carries the resource policy MSK expects, retained like the secret; the association waits for them', () => {
    const policies = t.findResources('AWS::SecretsManager::ResourcePolicy');
    expect(Object.keys(policies)).toHaveLength(2);
    for (const p of Object.values(policies)) {
      expect(p.Properties.ResourcePolicy.Statement).toEqual([
        { Sid: 'AWSKafkaResourcePolicy', Effect: 'Allow', Principal: { Service: 'kafka.amazonaws.com' }, Action: 'secretsmanager:getSecretValue', Resource: p.Properties.SecretId },
      ]);
      expect([p.DeletionPolicy, p.UpdateReplacePolicy]).toEqual(['Retain', 'Retain']);
    }
    expect(t.toJSON().Resources[associationId].DependsOn).toEqual(expect.arrayContaining(Object.keys(policies)));
  });

  test('generated passwords follow the one rule of both faces', () => {
    for (const s of Object.values(t.findResources('AWS::SecretsManager::Secret'))) {
      expect(s.Properties.GenerateSecretString).toMatchObject({
        PasswordLength: SCRAM_PASSWORD.length, ExcludePunctuation: true, IncludeSpace: false, RequireEachIncludedType: true,
      });
      expect(s.Properties.GenerateSecretString.ExcludeCharacters).toBeUndefined();
    }
  });

  test('the check: fixed id, listScramSecrets on the cluster after the association, keeps only SecretArnList.<n-1>', () => {
    expect(constructPaths(stack)[checkId]).toBe('Cluster/ScramSecretsCheck/Resource/Default');
    expect(check.DependsOn).toEqual(expect.arrayContaining([associationId]));
    for (const phase of ['Create', 'Update']) {
      expect(callOf(check.Properties[phase])).toEqual({
        service: 'Kafka', action: 'listScramSecrets', parameters: { ClusterArn: '<token>', MaxResults: 100 },
        physicalResourceId: { id: expect.stringMatching(/^scram-secrets-3-[0-9a-f]{16}$/) }, outputPaths: ['SecretArnList.2'],
      });
      expect(JSON.stringify(check.Properties[phase])).toContain(JSON.stringify({ 'Fn::GetAtt': [clusterId, 'Arn'] }));
    }
    expect(check.Properties.Delete).toBeUndefined();
  });

  test('least privilege: kafka:ListScramSecrets on this cluster only, on the shared custom-resource role', () => {
    const policyId = Object.entries(constructPaths(stack)).find(([, p]) => p === 'Cluster/ScramSecretsCheck/CustomResourcePolicy/Resource')![0];
    const policy = t.toJSON().Resources[policyId];
    expect(policy.Properties.PolicyDocument.Statement).toEqual([{ Action: 'kafka:ListScramSecrets', Effect: 'Allow', Resource: { 'Fn::GetAtt': [clusterId, 'Arn'] } }]);
    expect(policy.Properties.Roles).toEqual([{ Ref: expect.stringMatching(/^KafkaIacCustomResourceRole/) }]);
    expect(idsOf(t, 'AWS::IAM::Role').filter((id) => id.startsWith('KafkaIacCustomResourceRole'))).toHaveLength(1);
  });

  test('the bootstrap lookup reads the attribute: fewer associated secrets than declared fails the deployment', () => {
    const bootstrap = t.toJSON().Resources[only(t, 'Custom::MskBootstrapBrokers')];
    const gate = { 'Fn::GetAtt': [checkId, 'SecretArnList.2'] };
    for (const phase of ['Create', 'Update']) {
      // Physical id = CurrentVersion|SecretArnList.<n-1>: resolving it needs the attribute.
      expect(JSON.stringify(bootstrap.Properties[phase])).toContain(JSON.stringify({ 'Fn::Join': ['|', [{ 'Fn::GetAtt': [clusterId, 'CurrentVersion'] }, gate]] }));
    }
    expect(cluster.plan.scramSecrets.length + cluster.plan.existingScramSecretArns.length).toBe(3);
  });

  test('the check re-runs when the secret list changes, and only then', () => {
    const physicalId = (users: string[]) => {
      const { t: other } = synth({ clientAuthentication: { scram: { users, existingSecretArns: [LEGACY] } } });
      const r = other.toJSON().Resources[only(other, 'Custom::MskScramSecretsCheck')];
      return /scram-secrets-\d+-[0-9a-f]{16}/.exec(JSON.stringify(r.Properties.Update))![0];
    };
    const same = physicalId(['payments-api', 'ledger']);
    expect(physicalId(['payments-api', 'ledger'])).toBe(same);
    expect(physicalId(['payments-api', 'audit'])).not.toBe(same);
    expect(physicalId(['payments-api'])).toMatch(/^scram-secrets-2-/);
  });
});

describe('no SCRAM: no secrets, no association, no check, no second key', () => {
  const { t, stack } = synth({});
  test('only the cluster key exists, and its policy has no Secrets Manager statement', () => {
    t.resourceCountIs('AWS::KMS::Key', 1);
    expect(Object.values(constructPaths(stack))).not.toContain('Cluster/ScramSecretsKey/Resource');
    t.resourceCountIs('Custom::MskScramSecretsCheck', 0);
    t.resourceCountIs('AWS::SecretsManager::ResourcePolicy', 0);
    expect(JSON.stringify(t.findResources('AWS::KMS::Key'))).not.toContain('AllowSecretsManagerForThisAccount');
  });
  test('the bootstrap lookup is not gated', () => {
    const bootstrap = Object.values(t.findResources('Custom::MskBootstrapBrokers'))[0]!;
    expect(JSON.stringify(bootstrap.Properties.Create)).not.toContain('SecretArnList');
  });
});

describe('the created key policy is exactly the plan statements', () => {
  test('account administration, CloudWatch Logs for the broker log group, Secrets Manager for this account', () => {
    const { t, stack } = synth({ clientAuthentication: { scram: { users: ['a'] } } });
    const key = Object.values(t.findResources('AWS::KMS::Key'))[0]!;
    const statements = key.Properties.KeyPolicy.Statement as Record<string, unknown>[];
    const expected = stack.resolve(mskKeyPolicyStatements(
      { partition: stack.partition, dnsSuffix: stack.urlSuffix, region: stack.region, accountId: stack.account },
      { logGroupName: '/aws/vendedlogs/msk/payments/broker-logs', secretsManager: true },
    ));
    const normalize = (s: Record<string, unknown>) => ({ ...s, Action: [s.Action].flat().sort() });
    // The plan's statements first, in order; aws-cdk-lib's Secret then adds its own Secrets Manager grants.
    expect(statements.slice(0, 3).map(normalize)).toEqual((expected as Record<string, unknown>[]).map(normalize));
    expect(statements.map((s) => s.Sid).filter(Boolean)).toEqual(['EnableAccountAdministration', 'AllowCloudWatchLogsForBrokerLogGroup', 'AllowSecretsManagerForThisAccount']);
  });
});

describe('the key of the SCRAM secrets, as the plan decides', () => {
  const secretKeyOf = (t: Template) => Object.values(t.findResources('AWS::SecretsManager::Secret'))[0]!.Properties.KmsKeyId;

  test('your cluster key + a created secrets key: one created key (ScramSecretsKey) with the Secrets Manager statement only', () => {
    const { t, stack } = synth((s) => ({
      encryptionKey: kms.Key.fromKeyArn(s, 'Mine', KEY_ARN), clientAuthentication: { scram: { users: ['a'], secretsKey: { kind: 'create' } } },
    }));
    const keyId = only(t, 'AWS::KMS::Key');
    expect(constructPaths(stack)[keyId]).toBe('Cluster/ScramSecretsKey/Resource');
    expect(secretKeyOf(t)).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    const sids = (t.toJSON().Resources[keyId].Properties.KeyPolicy.Statement as { Sid?: string }[]).map((x) => x.Sid).filter(Boolean);
    expect(sids).toEqual(['EnableAccountAdministration', 'AllowSecretsManagerForThisAccount']);
  });

  test('another key of yours: the secrets use it, the created cluster key has no Secrets Manager statement', () => {
    const { t } = synth({ clientAuthentication: { scram: { users: ['a'], secretsKey: { kind: 'existing', keyArn: OTHER_KEY_ARN } } } });
    expect(secretKeyOf(t)).toBe(OTHER_KEY_ARN);
    t.resourceCountIs('AWS::KMS::Key', 1);
    expect(JSON.stringify(t.findResources('AWS::KMS::Key'))).not.toContain('AllowSecretsManagerForThisAccount');
  });

  test('your cluster key named again as the secrets key: used once, nothing created', () => {
    const { t } = synth((s) => ({
      encryptionKey: kms.Key.fromKeyArn(s, 'Mine', KEY_ARN), clientAuthentication: { scram: { users: ['a'], secretsKey: { kind: 'existing', keyArn: KEY_ARN } } },
    }));
    t.resourceCountIs('AWS::KMS::Key', 0);
    expect(secretKeyOf(t)).toBe(KEY_ARN);
  });
});
