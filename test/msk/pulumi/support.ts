/**
 * Shared helpers of the MSK Pulumi tests: MSK-shaped mock answers, and a recorder that also captures the
 * engine-side options `recordPulumi` does not show (parent URN, retainOnDelete, ignoreChanges).
 */
import { MOCK_ACCOUNT_ID, MOCK_REGION, type MockOverrides, type RecordedResource } from '../../../lib/testing/pulumi';
import { childList, named, ofTypeIfGiven, recordRegistrations, type Registration, type RegistrationRecording } from '../../support/pulumi-registrations';

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
            bootstrapBrokersSaslIamIpv6: brokers(9098).replace(/\.mock\./g, '.ipv6.mock.'),
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

export type { Registration } from '../../support/pulumi-registrations';

export interface MskRecording<T> extends RegistrationRecording<T> {
  readonly byName: (name: string) => RecordedResource;
  /** The registration named `name` (of `type`, when a component and a child share the name). */
  readonly registration: (name: string, type?: string) => Registration;
}

/** Runs `program` under `recordPulumi` with the MSK mocks, also capturing each registration's options. */
export async function recordMsk<T>(program: () => T, overrides: { project?: string; stack?: string } = {}): Promise<MskRecording<T>> {
  const rec = await recordRegistrations(program, { project: overrides.project ?? 'proj', stack: overrides.stack ?? 'dev', mocks: MSK_MOCKS });
  return {
    ...rec,
    byName: (name) => named(rec.resources, 'resource', name),
    registration: (name, type) => named(rec.registrations, 'registration', name, ofTypeIfGiven(type)),
  };
}

export { childList };
