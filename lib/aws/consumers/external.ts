/**
 * A Lambda consumer of a Kafka cluster this library did not build (another stack's, another team's, a cluster on
 * premises behind a VPN): the cluster is described like a MirrorMaker 2 cluster (bootstrap servers of the listener,
 * its auth with a Secrets Manager secret, its private CA), then planned by `planConsumer` as a self-managed cluster.
 * Codes `consumer/*`, every issue at once with the consumer's own.
 */
import { IssueCollector, KafkaValidationError, neverUnknown, type IsUnknown, type Issue } from '../../core/issues';
import { planConsumer, type KafkaConsumerPlan } from './plan';
import type { ConsumerNetworkFacts, ConsumerSchemaRegistryLike, KafkaConsumerOptions } from './spec';

/** SASL/SCRAM credentials of the consumer. */
export interface ExternalScramAuth {
  /** Secrets Manager secret (ARN) holding `{"username", "password"}`. */
  readonly secretArn: string;
  /**
   * SCRAM mechanism of the listener.
   * @default 'SCRAM-SHA-512'
   */
  readonly mechanism?: 'SCRAM-SHA-512' | 'SCRAM-SHA-256';
}

/** The consumer's TLS client certificate. */
export interface ExternalMtlsAuth {
  /** Secrets Manager secret (ARN) holding the client `certificate` and `privateKey` (PEM). */
  readonly clientCertificateSecretArn: string;
}

/** SASL/SCRAM over TLS. */
export interface ExternalScramClusterAuth {
  readonly scram: ExternalScramAuth;
}

/** Mutual TLS. */
export interface ExternalMtlsClusterAuth {
  readonly mtls: ExternalMtlsAuth;
}

/** How the pollers authenticate to the cluster; the secrets are read by Lambda, never by the template. */
export type ExternalClusterAuth = ExternalScramClusterAuth | ExternalMtlsClusterAuth;

/** A Kafka cluster the consumer reads, described by what Lambda needs. */
export interface ExternalKafkaClusterSpec {
  /** A name for messages and resource names (letters, digits, `-`). */
  readonly clusterName: string;
  /** `host:port,...` of the listener matching `auth` (one port for every broker). */
  readonly bootstrapServers: string;
  readonly auth: ExternalClusterAuth;
  /**
   * Secrets Manager secret (ARN) holding `{"certificate": PEM}` of the private CA the brokers' certificates chain to
   * (a self-managed cluster of this library has one: see `addConsumer` there).
   * @default - the brokers present certificates of a public CA
   */
  readonly rootCaSecretArn?: string;
  /**
   * KMS key (ARN) of the secrets, when customer-managed: the function's role may decrypt with it through Secrets Manager.
   * @default - the AWS managed key of Secrets Manager
   */
  readonly secretsKeyArn?: string;
  /**
   * Topic names known on the cluster: the consumer's topic must be one of them.
   * @default - not checked (a warning says so)
   */
  readonly topics?: readonly string[];
}

/** The consumer's plan plus what the faces map for the external cluster. */
export interface ExternalConsumerPlan {
  readonly consumer: KafkaConsumerPlan;
  readonly clusterName: string;
  readonly bootstrapServers: readonly string[];
  /** The listener's port: the pollers' only egress to the brokers. */
  readonly port: number;
  /** The auth and root CA entries of `SourceAccessConfigurations` (the faces add subnets and the security group). */
  readonly sourceAccess: readonly { readonly type: string; readonly uri: string }[];
  /** Secrets the function's role reads. */
  readonly secretArns: readonly string[];
}

const SERVER = /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*:(\d{1,5})$/;
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/;
const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/.+$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/;
/** The user name the plan knows the external SCRAM secret by. */
const EXTERNAL_USER = 'external-cluster-user';

/** Validates the cluster and the options together; throws one `KafkaValidationError` with every issue. */
export function planExternalConsumer<R extends ConsumerSchemaRegistryLike>(
  cluster: ExternalKafkaClusterSpec, options: Omit<KafkaConsumerOptions<R>, 'auth'>, network: ConsumerNetworkFacts, groupsInUse: readonly string[],
  subject: string, isUnknown: IsUnknown = neverUnknown,
): ExternalConsumerPlan {
  const c = new IssueCollector();
  const known = (v: unknown) => !isUnknown(v);
  if (known(cluster.clusterName) && (typeof cluster.clusterName !== 'string' || !NAME.test(cluster.clusterName))) {
    c.error('consumer/external-cluster-name', 'cluster.clusterName', 'be 1 to 63 letters, digits or `-`, starting with a letter or digit', cluster.clusterName, 'It names the consumer\'s resources, e.g. `payments-onprem`.');
  }
  const servers = checkServers(cluster.bootstrapServers, c, isUnknown);
  // Read loosely: JSON input may hold anything, and each field is checked below.
  const auth = cluster.auth as unknown as Record<'scram' | 'mtls', Record<string, unknown> | undefined> | undefined;
  const secretArns: string[] = [];
  let consumerAuth: KafkaConsumerOptions['auth'];
  let authAccess: { type: string; uri: string } | undefined;
  if (auth?.scram && !auth.mtls) {
    const arn = auth.scram.secretArn;
    if (known(arn) && (typeof arn !== 'string' || !SECRET_ARN.test(arn))) c.error('consumer/external-secret', 'cluster.auth.scram.secretArn', 'be a Secrets Manager secret ARN', arn, 'Pass the ARN of the secret holding `{"username", "password"}` of the consumer\'s SCRAM user.');
    const mechanism = auth.scram.mechanism ?? 'SCRAM-SHA-512';
    if (mechanism !== 'SCRAM-SHA-512' && mechanism !== 'SCRAM-SHA-256') c.error('consumer/external-scram-mechanism', 'cluster.auth.scram.mechanism', "be 'SCRAM-SHA-512' or 'SCRAM-SHA-256' (Lambda's SASL/SCRAM mechanisms)", mechanism, 'Use the mechanism the listener enables.');
    consumerAuth = { scramUser: EXTERNAL_USER };
    authAccess = { type: mechanism === 'SCRAM-SHA-256' ? 'SASL_SCRAM_256_AUTH' : 'SASL_SCRAM_512_AUTH', uri: String(arn) };
    secretArns.push(String(arn));
  } else if (auth?.mtls && !auth.scram) {
    consumerAuth = { mtls: { clientCertificateSecretArn: auth.mtls.clientCertificateSecretArn as string } };
  } else {
    c.error('consumer/external-auth', 'cluster.auth', 'be exactly one of `{ scram: { secretArn } }` or `{ mtls: { clientCertificateSecretArn } }`', cluster.auth,
      'Lambda reads a Kafka cluster with SASL/SCRAM or a TLS client certificate; name the secret of one.');
  }
  const ca = cluster.rootCaSecretArn;
  if (ca !== undefined && known(ca) && (typeof ca !== 'string' || !SECRET_ARN.test(ca))) {
    c.error('consumer/external-root-ca', 'cluster.rootCaSecretArn', 'be a Secrets Manager secret ARN', ca, 'Pass the ARN of a secret holding only `{"certificate": "<PEM of the CA>"}`; never the CA\'s key.');
  }
  const key = cluster.secretsKeyArn;
  if (key !== undefined && known(key) && (typeof key !== 'string' || !KEY_ARN.test(key))) {
    c.error('consumer/external-secrets-key', 'cluster.secretsKeyArn', 'be a KMS key ARN', key, 'Pass the ARN of the customer-managed key of the secrets, or omit it for the AWS managed key.');
  }
  const scram = typeof consumerAuth === 'object' && 'scramUser' in consumerAuth;
  const mtls = typeof consumerAuth === 'object' && 'mtls' in consumerAuth;
  let consumer: KafkaConsumerPlan | undefined;
  let planIssues: readonly Issue[] = [];
  try {
    consumer = planConsumer({ ...options, ...(consumerAuth ? { auth: consumerAuth } : {}) } as KafkaConsumerOptions<R>, {
      kind: 'self-managed',
      clusterName: typeof cluster.clusterName === 'string' ? cluster.clusterName : 'external',
      auth: { iam: false, scram, mtls, unauthenticated: false },
      scramUsers: scram ? [EXTERNAL_USER] : [],
      ports: { ...(scram ? { scram: servers.port } : {}), ...(mtls ? { mtls: servers.port } : {}) },
      catalogTopics: cluster.topics && cluster.topics.length > 0 ? cluster.topics : undefined,
      network,
      securityGroupManaged: true,
      groupsInUse,
    }, subject, isUnknown);
  } catch (e) {
    if (!(e instanceof KafkaValidationError)) throw e;
    planIssues = e.issues;
  }
  const issues = [...c.errors, ...planIssues.filter((i) => i.severity === 'error')];
  if (issues.length > 0 || !consumer) throw new KafkaValidationError(subject, issues);
  if (consumer.auth.kind === 'mtls') {
    authAccess = { type: 'CLIENT_CERTIFICATE_TLS_AUTH', uri: consumer.auth.clientCertificateSecretArn };
    secretArns.push(consumer.auth.clientCertificateSecretArn);
  }
  if (ca !== undefined) secretArns.push(ca);
  return {
    consumer,
    clusterName: cluster.clusterName,
    bootstrapServers: servers.list,
    port: servers.port,
    sourceAccess: [authAccess!, ...(ca !== undefined ? [{ type: 'SERVER_ROOT_CA_CERTIFICATE', uri: ca }] : [])],
    secretArns,
  };
}

function checkServers(value: unknown, c: IssueCollector, isUnknown: IsUnknown): { list: string[]; port: number } {
  if (isUnknown(value)) return { list: [String(value)], port: 0 };
  const list = typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter((s) => s.length > 0) : [];
  const bad = list.filter((s) => { const m = SERVER.exec(s); return !m || Number(m[5]) < 1 || Number(m[5]) > 65535; });
  if (list.length === 0 || bad.length > 0) {
    c.error('consumer/external-bootstrap-servers', 'cluster.bootstrapServers', 'be a comma-separated list of `host:port` (DNS names or IPv4 addresses, ports 1 to 65535)', bad.length > 0 ? bad : value,
      'Pass the brokers of the listener matching `auth`, e.g. `b-1.kafka.internal:9096,b-2.kafka.internal:9096`.');
    return { list, port: 0 };
  }
  const ports = [...new Set(list.map((s) => Number(s.slice(s.lastIndexOf(':') + 1))))];
  if (ports.length > 1) {
    c.error('consumer/external-bootstrap-ports', 'cluster.bootstrapServers', 'name one listener: every broker on the same port', ports,
      'List the brokers of the one listener matching `auth`; the pollers\' security group opens that port only.');
  }
  return { list, port: ports[0]! };
}
