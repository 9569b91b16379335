import { adminClientOptions, credentialsFromSecret, KAFKA_ADMIN_CLIENT_ID } from '../../../lib/aws/kafka-admin/runtime/client-options';
import { describeError, isRetriable } from '../../../lib/aws/kafka-admin/runtime/client-errors';
import type { KafkaAdminConnection } from '../../../lib/aws/kafka-admin/input';

const conn = (auth: KafkaAdminConnection['auth'], bootstrapBrokers: string): KafkaAdminConnection => ({ auth, bootstrapBrokers, region: 'eu-west-1' });
const CA = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

describe('client configuration per auth mode (TLS always)', () => {
  test('IAM: SASL/OAUTHBEARER with a token from the signer, fetched on every authentication; Node.js trusted CAs', async () => {
    let calls = 0;
    const token = async () => `token-${++calls}`;
    const o = adminClientOptions(conn('iam', 'b-1.orders.kafka-serverless.eu-west-1.amazonaws.com:9098'), { kind: 'iam', token });
    expect(o).toMatchObject({
      clientId: KAFKA_ADMIN_CLIENT_ID,
      bootstrapBrokers: ['b-1.orders.kafka-serverless.eu-west-1.amazonaws.com:9098'],
      tls: { rejectUnauthorized: true, minVersion: 'TLSv1.2' },
      sasl: { mechanism: 'OAUTHBEARER' },
      retries: 0,
    });
    expect(o.tls.ca).toBeUndefined();
    expect(o.sasl!.username).toBeUndefined();
    // A provider, not a fixed token: re-authentication signs a fresh one.
    expect(await o.sasl!.token!()).toBe('token-1');
    expect(await o.sasl!.token!()).toBe('token-2');
  });

  test('SCRAM: SASL/SCRAM-SHA-512 with the admin user, trusting only the cluster CA', () => {
    const o = adminClientOptions(conn('scram', 'kafka-0.orders.internal:9096, kafka-1.orders.internal:9096'), { kind: 'scram', username: 'kafka-iac-admin', password: 'pw-123456' }, CA);
    expect(o.bootstrapBrokers).toEqual(['kafka-0.orders.internal:9096', 'kafka-1.orders.internal:9096']);
    expect(o.sasl).toEqual({ mechanism: 'SCRAM-SHA-512', username: 'kafka-iac-admin', password: 'pw-123456' });
    expect(o.tls).toEqual({ rejectUnauthorized: true, minVersion: 'TLSv1.2', ca: CA });
  });

  test('mTLS: the admin client certificate and key, no SASL, the cluster CA', () => {
    const o = adminClientOptions(conn('mtls', 'kafka-0.orders.internal:9094'), { kind: 'mtls', certificateChain: 'CERT', privateKey: 'KEY' }, CA);
    expect(o.sasl).toBeUndefined();
    expect(o.tls).toEqual({ rejectUnauthorized: true, minVersion: 'TLSv1.2', ca: CA, cert: 'CERT', key: 'KEY' });
  });

  test('credentials of another mode, or no broker, are refused', () => {
    expect(() => adminClientOptions(conn('iam', 'b:9098'), { kind: 'scram', username: 'u', password: 'p' })).toThrow('credentials for scram given to a iam connection');
    expect(() => adminClientOptions(conn('iam', ' , '), { kind: 'iam', token: async () => 't' })).toThrow('`bootstrapBrokers` must list host:port pairs');
  });
});

describe('the admin secret', () => {
  test('SCRAM: {"username","password"}', () => {
    expect(credentialsFromSecret('scram', '{"username":"admin","password":"s3cret-pw"}')).toEqual({ kind: 'scram', username: 'admin', password: 's3cret-pw' });
  });

  test('mTLS: {"certificateChain","privateKey"} in PEM', () => {
    const secret = JSON.stringify({ certificateChain: '-----BEGIN CERTIFICATE-----\nA', privateKey: '-----BEGIN PRIVATE KEY-----\nB' });
    expect(credentialsFromSecret('mtls', secret)).toMatchObject({ kind: 'mtls' });
  });

  test('a malformed secret is refused without echoing its content', () => {
    for (const [auth, value] of [['scram', '{"user":"admin","pass":"hunter2-secret"}'], ['scram', 'hunter2-secret'], ['mtls', '{"privateKey":"hunter2-secret"}']] as const) {
      let message = '';
      try { credentialsFromSecret(auth, value); } catch (e) { message = (e as Error).message; }
      expect(message).toMatch(/^The admin secret must hold JSON/);
      expect(message).not.toContain('hunter2');
    }
  });
});

describe('client errors', () => {
  test('retriable when the client says so, or when every inner error is', () => {
    expect(isRetriable({ canRetry: true })).toBe(true);
    expect(isRetriable({ code: 'PLT_KFK_NETWORK' })).toBe(true);
    expect(isRetriable({ code: 'PLT_KFK_AUTHENTICATION', canRetry: false })).toBe(false);
    expect(isRetriable({ errors: [{ canRetry: true }, { canRetry: true }] })).toBe(true);
    expect(isRetriable({ errors: [{ canRetry: true }, { canRetry: false }] })).toBe(false);
    expect(isRetriable(new Error('x'))).toBe(false);
  });

  test('described with their inner errors', () => {
    const e = Object.assign(new Error('Received response with error while executing API CreateAcls(v3)'), { errors: [new Error('Cluster authorization failed.')] });
    expect(describeError(e)).toBe('Received response with error while executing API CreateAcls(v3) (Cluster authorization failed.)');
  });
});
