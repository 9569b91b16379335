/**
 * Pulumi test support for the self-managed face: secret-shaped mock answers and a recorder that also captures parent,
 * retainOnDelete, dependsOn and ignoreChanges of each registration.
 */
import * as pulumi from '@pulumi/pulumi';
import { MOCK_RANDOM_PASSWORD, recordPulumi, type MockOverrides, type PulumiRecording, type RecordedResource } from '../../../lib/testing/pulumi';
import { mockedState } from '../../support/pulumi-registrations';

/** Values the mocks hand out for anything secret-shaped: none may appear in a recording, user data or output. */
export const MOCK_PASSWORD = MOCK_RANDOM_PASSWORD;
export const MOCK_PRIVATE_KEY = '-----BEGIN PRIVATE KEY-----\nMOCKKEYMATERIAL\n-----END PRIVATE KEY-----\n';

/**
 * The defaults answer the cluster's resources (ARNs, addresses, zone ids, the provisioner's results); a secret
 * version read would return the secrets above, so a component that read one could not hide it from a test.
 */
export const SELF_MANAGED_MOCKS: MockOverrides = {
  call: (args) => (args.token === 'aws:secretsmanager/getSecretVersion:getSecretVersion'
    ? { secretString: JSON.stringify({ password: MOCK_PASSWORD, privateKey: MOCK_PRIVATE_KEY }) }
    : undefined),
};

/** The cluster id the default mocks' provisioner generates for the cluster-id parameter `parameterName`. */
export function mockedClusterId(parameterName: string): string {
  const input = JSON.stringify({ Action: 'cluster-id', ParameterName: parameterName });
  return JSON.parse(String(mockedState('aws:lambda/invocation:Invocation', 'cluster-id', { input }).result)).ClusterId as string;
}

export interface Registration {
  readonly type: string;
  readonly name: string;
  readonly parent: string;
  readonly retainOnDelete: boolean;
  readonly dependencies: string[];
  readonly ignoreChanges: string[];
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
        ignoreChanges: req.getIgnorechangesList?.() ?? [],
      });
      return original(req, cb);
    };
    return program();
  }, { project: 'proj', stack: 'dev', mocks: SELF_MANAGED_MOCKS });
  const byName = (name: string) => rec.resources.find((x) => x.name === name) ?? (() => { throw new Error(`no resource named ${name}`); })();
  const registration = (name: string) => registrations.find((x) => x.name === name) ?? (() => { throw new Error(`no registration ${name}`); })();
  return { ...rec, registrations, byName, registration };
}
