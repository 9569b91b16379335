/**
 * Pulumi test support for the self-managed face: mock answers (computed outputs of EC2, Route 53, Lambda
 * invocations) and a recorder that also captures parent, retainOnDelete and dependsOn of each registration.
 */
import * as pulumi from '@pulumi/pulumi';
import { MOCK_ACCOUNT_ID, MOCK_REGION, recordPulumi, type MockOverrides, type PulumiRecording, type RecordedResource } from '../../../lib/testing/pulumi';

/** Values the mocks hand out for anything secret-shaped: none may appear in a recording, user data or output. */
export const MOCK_PASSWORD = 'MockGeneratedPassw0rdNeverInState';
export const MOCK_PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nMOCKKEYMATERIAL\n-----END PRIVATE KEY-----\n';
export const MOCK_CLUSTER_ID = 'MkU3OEVBNTcwNTJENDM2Qg';

export const SELF_MANAGED_MOCKS: MockOverrides = {
  newResource: (args) => {
    const inputs = args.inputs as Record<string, unknown>;
    switch (args.type) {
      case 'aws:secretsmanager/secret:Secret':
        return { state: { arn: `arn:aws:secretsmanager:${MOCK_REGION}:${MOCK_ACCOUNT_ID}:secret:${inputs.name}-AbCdEf` } };
      case 'aws:kms/key:Key':
        return { state: { arn: `arn:aws:kms:${MOCK_REGION}:${MOCK_ACCOUNT_ID}:key/${args.name}-0000`, keyId: `${args.name}-0000` } };
      case 'aws:iam/role:Role':
        return { state: { arn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:role/${args.name}`, name: args.name } };
      case 'aws:ec2/networkInterface:NetworkInterface':
        return { state: { privateIp: `10.0.0.${10 + Number(/(\d+)-eni$/.exec(args.name)?.[1] ?? 0)}` } };
      case 'aws:route53/zone:Zone':
        return { state: { zoneId: 'Z0MOCKZONE' } };
      case 'aws:ec2/launchTemplate:LaunchTemplate':
        return { state: { latestVersion: 1 } };
      case 'aws:cloudwatch/logGroup:LogGroup':
        return { state: { name: `/aws/lambda/${args.name}` } };
      case 'aws:lambda/invocation:Invocation': {
        const input = JSON.parse(String(inputs.input));
        // What the function returns: only non-secret data (the test checks the component never asks for more).
        const result = input.Action === 'cluster-id' ? { ClusterId: MOCK_CLUSTER_ID } : input.Action === 'tls' ? { Issued: '1', CaFingerprint: 'AA:BB' } : { Created: '1' };
        return { state: { result: JSON.stringify(result) } };
      }
      default:
        return undefined;
    }
  },
  call: (args) => {
    switch (args.token) {
      case 'aws:secretsmanager/getRandomPassword:getRandomPassword': return { randomPassword: MOCK_PASSWORD };
      case 'aws:secretsmanager/getSecretVersion:getSecretVersion': return { secretString: JSON.stringify({ password: MOCK_PASSWORD, privateKey: MOCK_PRIVATE_KEY }) };
      default: return undefined;
    }
  },
};

export interface Registration {
  readonly type: string;
  readonly name: string;
  readonly parent: string;
  readonly retainOnDelete: boolean;
  readonly dependencies: string[];
}

export interface Recording<T> extends PulumiRecording<T> {
  readonly registrations: Registration[];
  readonly byName: (name: string) => RecordedResource;
  readonly registration: (name: string) => Registration;
}

export async function record<T>(program: () => T): Promise<Recording<T>> {
  const registrations: Registration[] = [];
  const rec = await recordPulumi(() => {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource: (req: any, cb: unknown) => unknown };
    const original = monitor.registerResource.bind(monitor);
    monitor.registerResource = (req: any, cb: unknown) => {
      registrations.push({
        type: req.getType(), name: req.getName(), parent: req.getParent(),
        retainOnDelete: req.getRetainondelete?.() === true, dependencies: req.getDependenciesList?.() ?? [],
      });
      return original(req, cb);
    };
    return program();
  }, { project: 'proj', stack: 'dev', mocks: SELF_MANAGED_MOCKS });
  const byName = (name: string) => rec.resources.find((x) => x.name === name) ?? (() => { throw new Error(`no resource named ${name}`); })();
  const registration = (name: string) => registrations.find((x) => x.name === name) ?? (() => { throw new Error(`no registration ${name}`); })();
  return { ...rec, registrations, byName, registration };
}
