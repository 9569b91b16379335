/**
 * The Kafka client's connection options per auth mode, from credentials already read (pure: tested per mode).
 * TLS always. IAM: SASL/OAUTHBEARER with a token from the MSK IAM signer, fetched on every (re)authentication;
 * SCRAM: SASL/SCRAM-SHA-512 with the admin user's password; mTLS: the admin client certificate and key.
 * A cluster CA, when given, is the only CA trusted (self-managed clusters); otherwise Node.js's trusted CAs are.
 */
import type { KafkaAdminConnection } from '../input';

/** Credentials read at run time (never logged, never returned). */
export type KafkaAdminCredentials =
  | { readonly kind: 'iam'; readonly token: () => Promise<string> }
  | { readonly kind: 'scram'; readonly username: string; readonly password: string }
  | { readonly kind: 'mtls'; readonly certificateChain: string; readonly privateKey: string };

/** TLS settings (Node.js `tls.connect` options). */
export interface AdminTlsOptions {
  /**
   * The only CA trusted.
   * @default - Node.js's trusted CAs
   */
  readonly ca?: string;
  /**
   * Client certificate chain (mTLS).
   * @default - none
   */
  readonly cert?: string;
  /**
   * Client private key (mTLS).
   * @default - none
   */
  readonly key?: string;
  readonly rejectUnauthorized: true;
  readonly minVersion: 'TLSv1.2';
}

/** SASL settings. */
export interface AdminSaslOptions {
  readonly mechanism: 'OAUTHBEARER' | 'SCRAM-SHA-512';
  /**
   * SCRAM user.
   * @default - none
   */
  readonly username?: string;
  /**
   * SCRAM password.
   * @default - none
   */
  readonly password?: string;
  /**
   * OAUTHBEARER token provider, called on every authentication.
   * @default - none
   */
  readonly token?: () => Promise<string>;
}

/** The subset of `@platformatic/kafka`'s `AdminOptions` the function sets. */
export interface AdminClientOptions {
  readonly clientId: string;
  readonly bootstrapBrokers: string[];
  readonly tls: AdminTlsOptions;
  /**
   * SASL (IAM, SCRAM).
   * @default - none (mTLS)
   */
  readonly sasl?: AdminSaslOptions;
  readonly connectTimeout: number;
  readonly requestTimeout: number;
  /** The reconciler retries with its own bounded backoff: the client does not retry on top of it. */
  readonly retries: 0;
}

/** Client id the brokers log for every request of the function. */
export const KAFKA_ADMIN_CLIENT_ID = 'kafka-iac-admin';

export function adminClientOptions(connection: KafkaAdminConnection, credentials: KafkaAdminCredentials, caCertificate?: string): AdminClientOptions {
  if (credentials.kind !== connection.auth) throw new Error(`credentials for ${credentials.kind} given to a ${connection.auth} connection`);
  const brokers = connection.bootstrapBrokers.split(',').map((b) => b.trim()).filter((b) => b.length > 0);
  if (brokers.length === 0) throw new Error('`bootstrapBrokers` must list host:port pairs, got: "". Pass the bootstrap string of the listener matching the auth mode.');
  const tls = { rejectUnauthorized: true as const, minVersion: 'TLSv1.2' as const, ...(caCertificate ? { ca: caCertificate } : {}) };
  const common = { clientId: KAFKA_ADMIN_CLIENT_ID, bootstrapBrokers: brokers, connectTimeout: 10_000, requestTimeout: 30_000, retries: 0 as const };
  switch (credentials.kind) {
    case 'iam':
      return { ...common, tls, sasl: { mechanism: 'OAUTHBEARER', token: credentials.token } };
    case 'scram':
      return { ...common, tls, sasl: { mechanism: 'SCRAM-SHA-512', username: credentials.username, password: credentials.password } };
    case 'mtls':
      return { ...common, tls: { ...tls, cert: credentials.certificateChain, key: credentials.privateKey } };
    default: {
      const never: never = credentials;
      throw new Error(`unknown auth ${String(never)}`);
    }
  }
}

/** Reads the admin secret's JSON for `scram` / `mtls`, refusing a malformed one without echoing its content. */
export function credentialsFromSecret(auth: 'scram' | 'mtls', secretString: string | undefined): KafkaAdminCredentials {
  let value: Record<string, unknown> = {};
  try {
    value = JSON.parse(secretString ?? '') as Record<string, unknown>;
  } catch {
    // reported below, without the content
  }
  const str = (k: string) => (typeof value[k] === 'string' && (value[k] as string).length > 0 ? (value[k] as string) : undefined);
  if (auth === 'scram') {
    const username = str('username');
    const password = str('password');
    if (!username || !password) throw new Error('The admin secret must hold JSON {"username","password"} (SCRAM-SHA-512 user), got: a value without them. Store the admin user\'s credentials in it.');
    return { kind: 'scram', username, password };
  }
  const certificateChain = str('certificateChain');
  const privateKey = str('privateKey');
  if (!certificateChain?.includes('-----BEGIN') || !privateKey?.includes('-----BEGIN')) {
    throw new Error('The admin secret must hold JSON {"certificateChain","privateKey"} (PEM), got: a value without them. Store the admin client certificate and its unencrypted PKCS#8 key in it.');
  }
  return { kind: 'mtls', certificateChain, privateKey };
}
