/**
 * Shared helpers of the MSK Pulumi tests: MSK-shaped mock answers, and a recorder that also captures the
 * engine-side options `recordPulumi` does not show (parent URN, retainOnDelete, ignoreChanges).
 */
import * as pulumi from '@pulumi/pulumi';
import { MOCK_ACCOUNT_ID, MOCK_REGION, recordPulumi, type MockOverrides, type PulumiRecording, type RecordedResource } from '../../../lib/testing/pulumi';

/** The password the mocked `GetRandomPassword` invoke returns; it must never appear in a recording. */
export const MOCK_PASSWORD = 'MockGeneratedPassw0rdNeverInState';

/** Computed outputs of MSK resources: real-looking ARNs (grants parse them) and bootstrap broker strings. */
export const MSK_MOCKS: MockOverrides = {
  newResource: (args) => {
    const inputs = args.inputs as Record<string, unknown>;
    const arnBase = `arn:aws:kafka:${MOCK_REGION}:${MOCK_ACCOUNT_ID}`;
    const brokers = (port: number) => [1, 2, 3].map((b) => `b-${b}.${inputs.clusterName}.mock.kafka.${MOCK_REGION}.amazonaws.com:${port}`).join(',');
    switch (args.type) {
      case 'aws:msk/cluster:Cluster':
        return {
          state: {
            arn: `${arnBase}:cluster/${inputs.clusterName}/11111111-2222-3333-4444-555555555555-1`,
            bootstrapBrokers: brokers(9092), bootstrapBrokersTls: brokers(9094), bootstrapBrokersSaslScram: brokers(9096), bootstrapBrokersSaslIam: brokers(9098),
            bootstrapBrokersPublicTls: brokers(9194), bootstrapBrokersPublicSaslScram: brokers(9196), bootstrapBrokersPublicSaslIam: brokers(9198),
            bootstrapBrokersVpcConnectivityTls: brokers(14001), bootstrapBrokersVpcConnectivitySaslScram: brokers(14001), bootstrapBrokersVpcConnectivitySaslIam: brokers(14001),
          },
        };
      case 'aws:msk/serverlessCluster:ServerlessCluster':
        return { state: { arn: `${arnBase}:cluster/${inputs.clusterName}/66666666-7777-8888-9999-000000000000-s1`, bootstrapBrokersSaslIam: `boot-mock.c1.kafka-serverless.${MOCK_REGION}.amazonaws.com:9098` } };
      case 'aws:msk/configuration:Configuration':
        return { state: { arn: `${arnBase}:configuration/${inputs.name}/abcd-1`, latestRevision: 1 } };
      case 'aws:secretsmanager/secret:Secret':
        return { state: { arn: `arn:aws:secretsmanager:${MOCK_REGION}:${MOCK_ACCOUNT_ID}:secret:${inputs.name}-AbCdEf` } };
      case 'aws:kms/key:Key':
        return { state: { arn: `arn:aws:kms:${MOCK_REGION}:${MOCK_ACCOUNT_ID}:key/${args.name}-0000`, keyId: `${args.name}-0000` } };
      case 'aws:cloudwatch/logGroup:LogGroup':
        return { state: { arn: `arn:aws:logs:${MOCK_REGION}:${MOCK_ACCOUNT_ID}:log-group:${inputs.name}` } };
      case 'aws:iam/role:Role':
        return { state: { arn: `arn:aws:iam::${MOCK_ACCOUNT_ID}:role/${args.name}`, name: args.name } };
      default:
        return undefined;
    }
  },
  call: (args) => (args.token === 'aws:secretsmanager/getRandomPassword:getRandomPassword' ? { randomPassword: MOCK_PASSWORD } : undefined),
};

/** Engine-side options of one registration. */
export interface Registration {
  readonly type: string;
  readonly name: string;
  readonly parent: string;
  readonly retainOnDelete: boolean;
  readonly ignoreChanges: string[];
}

export interface MskRecording<T> extends PulumiRecording<T> {
  readonly registrations: Registration[];
  readonly byName: (name: string) => RecordedResource;
  /** The registration named `name` (of `type`, when a component and a child share the name). */
  readonly registration: (name: string, type?: string) => Registration;
}

/** Runs `program` under `recordPulumi` with the MSK mocks, also capturing each registration's options. */
export async function recordMsk<T>(program: () => T, overrides: { project?: string; stack?: string } = {}): Promise<MskRecording<T>> {
  const registrations: Registration[] = [];
  const rec = await recordPulumi(
    () => {
      const monitor = pulumi.runtime.getMonitor() as unknown as { registerResource: (req: any, cb: unknown) => unknown };
      const original = monitor.registerResource.bind(monitor);
      monitor.registerResource = (req: any, cb: unknown) => {
        registrations.push({
          type: req.getType(),
          name: req.getName(),
          parent: req.getParent(),
          retainOnDelete: req.getRetainondelete?.() === true,
          ignoreChanges: req.getIgnorechangesList?.() ?? [],
        });
        return original(req, cb);
      };
      return program();
    },
    { project: overrides.project ?? 'proj', stack: overrides.stack ?? 'dev', mocks: MSK_MOCKS },
  );
  const byName = (name: string) => {
    const r = rec.resources.find((x) => x.name === name);
    if (!r) throw new Error(`no resource named ${name}`);
    return r;
  };
  const registration = (name: string, type?: string) => {
    const r = registrations.find((x) => x.name === name && (type === undefined || x.type === type));
    if (!r) throw new Error(`no registration named ${name}`);
    return r;
  };
  return { ...rec, registrations, byName, registration };
}

/** `type name` of every resource, sorted. */
export function childList(resources: readonly RecordedResource[]): string[] {
  return resources.map((r) => `${r.type} ${r.name}`).sort();
}
