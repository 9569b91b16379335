/**
 * MSK Replicator from an Apache Kafka cluster outside MSK (self-managed, on premises) into MSK: what the plan decides
 * (the source entry, its listener, the secrets the execution role reads, HTTPS egress) and every requirement it
 * refuses with a code.
 */
import {
  executionRolePolicyStatements, MskReplicatorApacheKafkaClusterSpec, MskReplicatorSpec, planMskReplicator, replicatorClusterKey, validateMskReplicator,
} from '../../../lib/replication/msk-replicator';
import { validationErrorOf } from '../../support/conventions';
import { target, TARGET_ARN } from './fixtures';

const CLUSTER_ID = 'q1Sh-9_ETmKpOGm5Ylz3Tg';
const SECRET = 'arn:aws:secretsmanager:us-west-2:123456789012:secret:orders-replicator-AbCdEf';
const CA = 'arn:aws:secretsmanager:us-west-2:123456789012:secret:orders-ca-certificate-AbCdEf';
const KEY = 'arn:aws:kms:us-west-2:123456789012:key/11111111-2222-3333-4444-555555555555';
const BROKERS = 'b-1.orders.kafka.internal:9096,b-2.orders.kafka.internal:9096,b-3.orders.kafka.internal:9096';

const external = (extra: Partial<MskReplicatorApacheKafkaClusterSpec> = {}): MskReplicatorApacheKafkaClusterSpec => ({
  role: 'source', kind: 'apache-kafka', clusterId: CLUSTER_ID, bootstrapBrokers: BROKERS, auth: { scram: { secretArn: SECRET, mechanism: 'SHA512' } },
  rootCaCertificateSecretArn: CA, privateCa: true, secretKeyArns: [KEY], kafkaVersion: '3.9.1', aclsGranted: true, clusterName: 'orders-onprem',
  ...extra,
});
const spec = (extra: Partial<MskReplicatorSpec> = {}): MskReplicatorSpec => ({
  replicatorName: 'orders-migration', kafkaClusters: [external(), target()], replicatorRegion: 'us-west-2',
  topics: { naming: 'IDENTICAL' }, ...extra,
});
const errorCodes = (s: MskReplicatorSpec) => validateMskReplicator(s).filter((i) => i.severity === 'error').map((i) => i.code);

describe('plan of a replicator from an Apache Kafka cluster', () => {
  const plan = planMskReplicator(spec());
  test('the source entry: cluster id, TLS listener and its ports, SCRAM secret, private CA', () => {
    expect(plan.source).toEqual({
      role: 'source', kind: 'apache-kafka', clusterId: CLUSTER_ID, bootstrapBrokers: BROKERS, auth: { scram: { secretArn: SECRET, mechanism: 'SHA512' } },
      rootCaCertificateSecretArn: CA, ports: [9096], egressCidrs: ['0.0.0.0/0'],
    });
    expect(replicatorClusterKey(plan.source)).toBe(`apache-kafka:${CLUSTER_ID}`);
  });
  test('reached from the target side only: ingress on the target on 9098, HTTPS egress for Secrets Manager and KMS, no Region of its own', () => {
    expect(plan.crossRegion).toBe(false);
    expect(plan.ingressFrom).toEqual(['target']);
    expect(plan.httpsEgress).toBe(true);
    expect(plan.target.clusterArn).toBe(TARGET_ARN);
  });
  test('the execution role names the target only, and reads the two secrets and decrypts with their key', () => {
    expect(plan.executionRole.statements.map((s) => s.sid)).toEqual(['TargetCluster', 'TargetInternalTopics', 'TargetDataTopics', 'TargetGroups']);
    expect(plan.executionRole.secrets).toEqual({ secretArns: [SECRET, CA], keyArns: [KEY] });
    const json = executionRolePolicyStatements(plan, (_c, r, n) => `${TARGET_ARN}|${r}|${n}`);
    expect(json.slice(-2)).toEqual([
      {
        Sid: 'SourceSecrets', Effect: 'Allow',
        Action: ['secretsmanager:GetResourcePolicy', 'secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret', 'secretsmanager:ListSecretVersionIds'],
        Resource: [SECRET, CA],
      },
      { Sid: 'SourceSecretKeys', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: [KEY] },
    ]);
  });
  test('no key statement when the secrets use the AWS managed key; one secret when the SCRAM secret holds the CA chain too', () => {
    const p = planMskReplicator(spec({ kafkaClusters: [external({ secretKeyArns: [], rootCaCertificateSecretArn: SECRET }), target()] }));
    expect(p.executionRole.secrets).toEqual({ secretArns: [SECRET], keyArns: [] });
    expect(executionRolePolicyStatements(p, () => 'x').map((s) => s.Sid)).not.toContain('SourceSecretKeys');
  });
  test('mTLS instead of SCRAM', () => {
    const p = planMskReplicator(spec({ kafkaClusters: [external({ auth: { mtls: { secretArn: SECRET } }, bootstrapBrokers: 'b-1.orders:9094' }), target()] }));
    expect(p.source).toMatchObject({ auth: { mtls: { secretArn: SECRET } }, ports: [9094] });
  });
  test('the description names the source by its name, else its cluster id', () => {
    expect(plan.description).toBe('kafka-iac replicator orders-onprem -> orders-usw2');
    expect(planMskReplicator(spec({ kafkaClusters: [external({ clusterName: undefined }), target()] })).description).toBe(`kafka-iac replicator ${CLUSTER_ID} -> orders-usw2`);
  });
  test('ports come from the caller when the bootstrap string is a deploy-time value', () => {
    const token = '${Token[TOKEN.7]}';
    const p = planMskReplicator(spec({ kafkaClusters: [external({ bootstrapBrokers: token, ports: [9096] }), target()] }), (v) => v === token);
    expect(p.source).toMatchObject({ bootstrapBrokers: token, ports: [9096] });
  });
  test('the ACLs the library cannot grant are a warning until aclsGranted says they are there', () => {
    expect(plan.warnings).toEqual([]);
    const warned = planMskReplicator(spec({ kafkaClusters: [external({ aclsGranted: undefined }), target()] })).warnings;
    expect(warned.map((w) => w.code)).toEqual(['msk-replicator/external-acls']);
    expect(warned[0]!.message).toContain('Read and Describe on every topic and consumer group, Describe on the cluster');
  });
});

describe('requirements of an Apache Kafka source', () => {
  test.each([
    ['as the target', { kafkaClusters: [{ ...target(), role: 'source' as const }, external({ role: 'target' })] }, ['msk-replicator/external-target'],
      "`kafkaClusters[1].role` must be 'source' for an Apache Kafka cluster outside MSK (the library replicates from it into MSK), got: \"target\"."],
    ['into MSK Serverless', { kafkaClusters: [external(), target({ kind: 'serverless' })] }, ['msk-replicator/external-target-serverless'], "be 'provisioned'"],
    ['into a target over two AZs', { kafkaClusters: [external(), target({ azCount: 2, brokerNodes: 4 })] }, ['msk-replicator/external-target-azs'], 'be 3 (brokers over three AZs)'],
    ['with a cluster name instead of its id', { kafkaClusters: [external({ clusterId: 'orders-onprem' }), target()] }, ['msk-replicator/external-cluster-id'],
      "`kafkaClusters[0].clusterId` must be the cluster's own id (cluster.id: 22 URL-safe base64 characters), got: \"orders-onprem\"."],
    ['with brokers without ports', { kafkaClusters: [external({ bootstrapBrokers: 'b-1.orders,b-2.orders' }), target()] }, ['msk-replicator/external-bootstrap'], 'host:port pairs'],
    ['with both SCRAM and mTLS', { kafkaClusters: [external({ auth: { scram: { secretArn: SECRET, mechanism: 'SHA512' }, mtls: { secretArn: SECRET } } as never }), target()] },
      ['msk-replicator/external-auth'], 'name exactly one of scram, mtls'],
    ['with no authentication', { kafkaClusters: [external({ auth: {} as never }), target()] }, ['msk-replicator/external-auth'], 'name exactly one of scram, mtls'],
    ['with SCRAM-SHA-1', { kafkaClusters: [external({ auth: { scram: { secretArn: SECRET, mechanism: 'SHA1' as 'SHA512' } } }), target()] },
      ['msk-replicator/external-scram-mechanism'], 'be one of SHA256, SHA512'],
    ['with a secret that is not in Secrets Manager', { kafkaClusters: [external({ auth: { scram: { secretArn: 'arn:aws:ssm:us-west-2:123456789012:parameter/x', mechanism: 'SHA512' } } }), target()] },
      ['msk-replicator/external-secret-arn'], 'be a Secrets Manager secret ARN'],
    ['with a key alias', { kafkaClusters: [external({ secretKeyArns: ['alias/orders'] }), target()] }, ['msk-replicator/external-key-arn'], 'be a KMS key ARN'],
    ['with a private CA but no CA secret', { kafkaClusters: [external({ rootCaCertificateSecretArn: undefined }), target()] }, ['msk-replicator/external-root-ca'],
      'name the secret of the CA chain when the brokers use a private CA'],
    ['on Kafka 2.6', { kafkaClusters: [external({ kafkaVersion: '2.6.2' }), target()] }, ['msk-replicator/external-kafka-version'], 'be 2.8.1 or later on an Apache Kafka source'],
    ['with an IPv6 range', { kafkaClusters: [external({ networkCidrs: ['fd00::/8'] }), target()] }, ['msk-replicator/external-network-cidr'], 'be an IPv4 CIDR'],
    ['with a port out of range', { kafkaClusters: [external({ ports: [70000] }), target()] }, ['msk-replicator/external-port'], 'be a TCP port'],
  ] as const)('refused %s', (_name, extra, codes, fragment) => {
    const s = spec(extra as Partial<MskReplicatorSpec>);
    expect(errorCodes(s)).toEqual(codes);
    expect(validationErrorOf(() => planMskReplicator(s)).message).toContain(fragment);
  });
  test('a deploy-time bootstrap string needs its ports', () => {
    const token = '${Token[TOKEN.9]}';
    expect(validateMskReplicator(spec({ kafkaClusters: [external({ bootstrapBrokers: token }), target()] }), (v) => v === token).map((i) => i.code)).toEqual(['msk-replicator/external-ports']);
  });
  test('every problem is reported at once', () => {
    expect(errorCodes(spec({ kafkaClusters: [external({ clusterId: 'x', kafkaVersion: '2.6.0', rootCaCertificateSecretArn: undefined }), target({ kind: 'serverless' })] }))).toEqual([
      'msk-replicator/external-cluster-id', 'msk-replicator/external-root-ca', 'msk-replicator/external-kafka-version', 'msk-replicator/external-target-serverless',
    ]);
  });
});
