/**
 * `planConsumer`: every decision and every `consumer/*` code, with its exact message.
 */
import { KafkaValidationError, type Issue } from '../../../lib/core/issues';
import { planConsumer, type ConsumerClusterFacts, type KafkaConsumerOptions } from '../../../lib/aws/consumers';

const MSK: ConsumerClusterFacts = {
  kind: 'msk-provisioned',
  clusterName: 'orders',
  auth: { iam: true, scram: true, mtls: false, unauthenticated: false },
  scramUsers: ['billing-app'],
  ports: { iam: 9098, scram: 9096, mtls: 9094, unauthenticated: 9094 },
  catalogTopics: ['orders', 'invoices'],
  network: { kind: 'kafka-vpc', interfaceEndpoints: ['lambda', 'secretsmanager', 'sts'], natRoute: false },
  securityGroupManaged: true,
  groupsInUse: [],
};
const SELF: ConsumerClusterFacts = {
  ...MSK, kind: 'self-managed', auth: { iam: false, scram: true, mtls: true, unauthenticated: false }, ports: { scram: 9096, mtls: 9094 }, catalogTopics: undefined,
};
const BASE: KafkaConsumerOptions = { topics: ['orders'], group: 'billing' };
const registry = (subjects: { topic: string; part: string }[], backend = 'glue') => ({ plan: { backend, name: 'events', subjects } });

/** The issues of a refused plan (fails when the plan is accepted). */
function refused(o: Partial<KafkaConsumerOptions>, facts: Partial<ConsumerClusterFacts> = {}): Issue[] {
  try {
    planConsumer({ ...BASE, ...o } as KafkaConsumerOptions, { ...MSK, ...facts }, 'consumer');
  } catch (e) {
    expect(e).toBeInstanceOf(KafkaValidationError);
    return [...(e as KafkaValidationError).issues];
  }
  throw new Error('accepted');
}
const messages = (issues: readonly Issue[]) => issues.map((i) => `[${i.code}] ${i.message}`);

describe('decisions', () => {
  test('MSK IAM by default: exact kafka-cluster statements on the topic and the group, the IAM port, defaults', () => {
    const plan = planConsumer(BASE, MSK, 'consumer');
    expect(plan.auth).toEqual({ kind: 'iam' });
    expect(plan.port).toBe(9098);
    expect(plan.iam.kafkaCluster).toEqual([
      { actions: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'], resource: 'cluster', names: [] },
      { actions: ['kafka-cluster:DescribeTopic', 'kafka-cluster:ReadData'], resource: 'topic', names: ['orders'] },
      { actions: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'], resource: 'group', names: ['billing'] },
    ]);
    expect(plan.iam.mskCluster).toEqual(['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers']);
    expect(plan.iam.vpc).toContain('ec2:CreateNetworkInterface');
    expect(plan).toMatchObject({ id: 'billing', topic: 'orders', group: 'billing', startingPosition: 'TRIM_HORIZON', batchSize: 100, maximumBatchingWindowSeconds: 0, enabled: true, warnings: [] });
    expect(plan.pollers).toBeUndefined();
    expect(plan.network).toEqual({ manageRules: true, httpsEgress: 'kafka-vpc-endpoints', requiredEndpoints: ['lambda', 'sts'] });
  });

  test('SCRAM: the only user by default without IAM, Secrets Manager endpoint required, no kafka-cluster statements', () => {
    const plan = planConsumer(BASE, { ...MSK, auth: { ...MSK.auth, iam: false } }, 'consumer');
    expect(plan.auth).toEqual({ kind: 'scram', user: 'billing-app' });
    expect(plan.port).toBe(9096);
    expect(plan.iam.kafkaCluster).toEqual([]);
    expect(plan.network.requiredEndpoints).toEqual(['lambda', 'secretsmanager', 'sts']);
    expect(planConsumer({ ...BASE, auth: { scramUser: 'billing-app' } }, MSK, 's').auth).toEqual({ kind: 'scram', user: 'billing-app' });
  });

  test('self-managed: SCRAM by default, no MSK control-plane actions; mTLS with a secret', () => {
    const plan = planConsumer(BASE, SELF, 'consumer');
    expect(plan.auth).toEqual({ kind: 'scram', user: 'billing-app' });
    expect(plan.iam.mskCluster).toEqual([]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['consumer/topic-no-catalog']);
    const arn = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:billing-cert-AbCdEf';
    const mtls = planConsumer({ ...BASE, auth: { mtls: { clientCertificateSecretArn: arn } } }, SELF, 'consumer');
    expect(mtls.auth).toEqual({ kind: 'mtls', clientCertificateSecretArn: arn });
    expect(mtls.port).toBe(9094);
  });

  test('options: AT_TIMESTAMP, batching, provisioned pollers, on-failure, schema registry', () => {
    const plan = planConsumer({
      ...BASE,
      startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: '2026-01-01T00:00:00Z',
      batching: { batchSize: 500, maximumBatchingWindowSeconds: 5 },
      pollers: { minimum: 2, maximum: 10 },
      onFailure: { kind: 's3', arn: 'arn:aws:s3:::orders-failures' },
      schemaRegistry: { registry: registry([{ topic: 'orders', part: 'value' }]) },
      enabled: false,
    }, MSK, 'consumer');
    expect(plan.startingPositionTimestamp).toEqual({ epochSeconds: 1767225600, rfc3339: '2026-01-01T00:00:00Z' });
    expect(plan).toMatchObject({ batchSize: 500, maximumBatchingWindowSeconds: 5, pollers: { minimum: 2, maximum: 10 }, enabled: false });
    expect(plan.onFailure).toEqual({ kind: 's3', arn: 'arn:aws:s3:::orders-failures', actions: ['s3:PutObject', 's3:ListBucket'] });
    expect(plan.schemaRegistry).toEqual({ eventRecordFormat: 'JSON', validate: ['VALUE'] });
    // Provisioned mode needs no endpoint.
    expect(plan.network.requiredEndpoints).toEqual([]);
    expect(plan.network.httpsEgress).toBe('none');
  });

  test('a NAT route satisfies the network path without endpoints; a token ARN is deferred', () => {
    const plan = planConsumer(BASE, { ...MSK, network: { kind: 'kafka-vpc', interfaceEndpoints: [], natRoute: true } }, 'consumer');
    expect(plan.warnings).toEqual([]);
    const token = '${Token[TOKEN.1]}';
    const deferred = planConsumer({ ...BASE, onFailure: { kind: 'sqs', arn: token } }, MSK, 'c', (v) => v === token);
    expect(deferred.onFailure?.arn).toBe(token);
  });
});

describe('refusals (exact messages)', () => {
  test('topics', () => {
    expect(messages(refused({ topics: ['orders', 'invoices'] }))).toEqual([
      '[consumer/topics-count] `topics` must list exactly one topic (Lambda reads one topic per event source mapping), got: ["orders","invoices"]. Add one consumer per topic, each with its own group.',
    ]);
    expect(messages(refused({ topics: ['orders.*'] }))).toEqual([
      '[consumer/topic-name] `topics[0]` must be a Kafka topic name (letters, digits, . _ -; at most 249 characters; no wildcard), got: "orders.*". Name one existing topic exactly.',
    ]);
    expect(messages(refused({ topics: ['payments'] }))).toEqual([
      '[consumer/topic-not-in-catalog] `topics[0]` must name a topic of the cluster\'s catalog (invoices, orders), got: "payments". Add the topic to the cluster\'s `topics` (or `addTopic`) first, or fix the name.',
    ]);
  });

  test('groups', () => {
    expect(messages(refused({ group: 'billing/*' }))).toEqual([
      '[consumer/group-name] `group` must be a consumer group id of 1 to 200 letters, digits, . _ - (no wildcard), got: "billing/*". Name the group exactly; the mapping cannot change it later.',
    ]);
    expect(messages(refused({}, { groupsInUse: ['billing'] }))).toEqual([
      "[consumer/group-duplicate] `group` must differ from the groups of the cluster's other consumers (billing), got: \"billing\". Give each consumer its own group: Lambda requires a group id unique among its Kafka event sources, and two mappings in one group would split the partitions between functions.",
    ]);
    expect(refused({ group: 'x'.repeat(201) }).map((i) => i.code)).toEqual(['consumer/group-name']);
    const token = '${Token[G]}';
    expect(() => planConsumer({ ...BASE, group: token }, MSK, 'consumer', (v) => v === token)).toThrow(
      '[consumer/group-name] `group` must be a plain string (construct ids and resource names derive from it), got: "<deploy-time value>". Write the group id literally.');
  });

  test('auth', () => {
    expect(messages(refused({ auth: { scramUser: 'reporting' } }))).toEqual([
      '[consumer/scram-user-unknown] `auth.scramUser` must name a SCRAM user of the cluster (billing-app), got: "reporting". Add the user to the cluster\'s `clientAuthentication.scram.users` first: its secret is what the mapping reads.',
    ]);
    expect(messages(refused({ auth: 'unauthenticated' }))).toEqual([
      '[consumer/auth-unavailable] `auth` must name an auth mode the cluster offers (iam, scram), got: "unauthenticated". The cluster refuses unauthenticated clients; pick an authenticated mode.',
    ]);
    expect(messages(refused({}, { auth: { iam: false, scram: true, mtls: false, unauthenticated: false }, scramUsers: ['a', 'b'] }))).toEqual([
      "[consumer/auth-needs-user] `auth` must name the SCRAM user (the cluster has 2), got: undefined. Pass `auth: { scramUser: '<user>' }` with one of: a, b.",
    ]);
    expect(messages(refused({}, { auth: { iam: false, scram: false, mtls: true, unauthenticated: false } }))).toEqual([
      '[consumer/auth-needs-certificate] `auth` must name the client certificate of an mTLS cluster, got: undefined. Pass `auth: { mtls: { clientCertificateSecretArn } }`: a Secrets Manager secret with the PEM `certificate` and `privateKey` of a client certificate the cluster trusts.',
    ]);
    expect(messages(refused({}, { auth: { iam: false, scram: false, mtls: false, unauthenticated: true } }))).toEqual([
      "[consumer/auth-none] `auth` must be an authenticated mode of the cluster (offered: unauthenticated), got: undefined. The cluster allows unauthenticated clients: pass `auth: 'unauthenticated'` to accept that explicitly.",
    ]);
    expect(messages(refused({ auth: 'iam' }, SELF))).toEqual([
      '[consumer/auth-unavailable] `auth` must name an auth mode the cluster offers (scram, mtls), got: "iam". Self-managed clusters use SASL/SCRAM or mTLS.',
    ]);
    expect(messages(refused({ auth: { mtls: { clientCertificateSecretArn: 'billing-cert' } } }, SELF))).toEqual([
      '[consumer/mtls-secret] `auth.mtls.clientCertificateSecretArn` must be a Secrets Manager secret ARN, got: "billing-cert". Pass the ARN of the secret holding the client `certificate` and `privateKey` (PEM).',
    ]);
  });

  test('unauthenticated access only when asked and allowed, with a warning', () => {
    const plan = planConsumer({ ...BASE, auth: 'unauthenticated' }, { ...MSK, auth: { iam: false, scram: false, mtls: false, unauthenticated: true } }, 'c');
    expect(plan.auth).toEqual({ kind: 'unauthenticated' });
    expect(plan.port).toBe(9094);
    expect(messages(plan.warnings)).toEqual([
      '[consumer/unauthenticated] Consumer of cluster orders connects without authentication (allowed by the cluster). Prefer IAM, SASL/SCRAM or mTLS.',
    ]);
  });

  test('starting position and batching', () => {
    expect(messages(refused({ startingPosition: 'EARLIEST' as never }))).toEqual([
      '[consumer/starting-position] `startingPosition` must be one of TRIM_HORIZON, LATEST, AT_TIMESTAMP, got: "EARLIEST". TRIM_HORIZON reads every record kept; LATEST only new ones.',
    ]);
    expect(messages(refused({ startingPosition: 'AT_TIMESTAMP', startingPositionTimestamp: '2026-01-01' }))).toEqual([
      '[consumer/starting-timestamp] `startingPositionTimestamp` must be an ISO 8601 instant with a zone (e.g. 2026-01-01T00:00:00Z) with AT_TIMESTAMP, got: "2026-01-01". Pass the instant the group should start reading from.',
    ]);
    expect(messages(refused({ startingPosition: 'LATEST', startingPositionTimestamp: '2026-01-01T00:00:00Z' }))).toEqual([
      "[consumer/starting-timestamp] `startingPositionTimestamp` must be set only with `startingPosition: 'AT_TIMESTAMP'`, got: \"2026-01-01T00:00:00Z\". Remove it, or set `startingPosition: 'AT_TIMESTAMP'`.",
    ]);
    expect(messages(refused({ batching: { batchSize: 10_001, maximumBatchingWindowSeconds: 301 } }))).toEqual([
      '[consumer/batch-size] `batching.batchSize` must be an integer from 1 to 10000, got: 10001. Use a value in 1..10000.',
      '[consumer/batching-window] `batching.maximumBatchingWindowSeconds` must be an integer from 0 to 300, got: 301. Use a value in 0..300.',
    ]);
    expect(messages(refused({ pollers: { minimum: 0, maximum: 2001 } }))).toEqual([
      '[consumer/pollers] `pollers.minimum` must be an integer from 1 to 200, got: 0. Use 1..200.',
      '[consumer/pollers] `pollers.maximum` must be an integer from 1 to 2000, got: 2001. Use 1..2000.',
    ]);
    expect(messages(refused({ pollers: { minimum: 5, maximum: 2 } }))).toEqual([
      '[consumer/pollers] `pollers.maximum` must be at least `pollers.minimum` (5), got: 2. Raise `maximum` or lower `minimum`.',
    ]);
  });

  test('on-failure destinations', () => {
    expect(messages(refused({ onFailure: { kind: 'kafka' as never, arn: 'kafka://dlq' } }))).toEqual([
      '[consumer/on-failure] `onFailure.kind` must be one of sqs, sns, s3, got: "kafka". Send discarded batches to an SQS queue, an SNS topic or an S3 bucket.',
    ]);
    expect(messages(refused({ onFailure: { kind: 'sqs', arn: 'arn:aws:sns:eu-west-1:123456789012:alerts' } }))).toEqual([
      "[consumer/on-failure] `onFailure.arn` must be the ARN of an SQS queue, got: \"arn:aws:sns:eu-west-1:123456789012:alerts\". Pass the destination's ARN (the kind and the ARN must agree).",
    ]);
  });

  test('schema registry', () => {
    expect(messages(refused({ schemaRegistry: { registry: registry([{ topic: 'orders', part: 'value' }], 'confluent') } }))).toEqual([
      '[consumer/schema-registry-backend] `schemaRegistry.registry` must be an AWS Glue schema registry of the library (`GlueSchemaRegistry`), got: "confluent". Lambda reads Confluent registries with credentials from Secrets Manager, which this option does not wire: use a Glue registry, or validate in the function.',
      '[consumer/schema-registry-needs-pollers] `schemaRegistry` must be used with provisioned mode (`pollers`): Lambda validates against a registry only there, got: "on-demand mode". Set `pollers` (e.g. `{ minimum: 1, maximum: 10 }`), or remove `schemaRegistry`.',
    ]);
    const pollers = { minimum: 1, maximum: 10 };
    expect(messages(refused({ pollers, schemaRegistry: { registry: registry([{ topic: 'invoices', part: 'value' }]) } }))).toEqual([
      '[consumer/schema-registry-no-subject] `schemaRegistry.registry` must hold a subject for topic "orders", got: "events". Add the topic\'s value (or key) schema to the registry\'s `subjects`, or remove `schemaRegistry`.',
    ]);
    expect(messages(refused({ pollers, schemaRegistry: { registry: registry([{ topic: 'orders', part: 'value' }]), validate: ['KEY'], eventRecordFormat: 'AVRO' as never } }))).toEqual([
      '[consumer/schema-registry-format] `schemaRegistry.eventRecordFormat` must be one of JSON, SOURCE, got: "AVRO". JSON delivers deserialized records; SOURCE the original bytes.',
      "[consumer/schema-registry-validate] `schemaRegistry.validate[0]` must name a part the registry has a subject for (VALUE), got: \"KEY\". Add the topic's key schema to the registry, or validate only VALUE.",
    ]);
    expect(messages(refused({ pollers, schemaRegistry: { registry: registry([{ topic: 'orders', part: 'value' }]), validate: ['BODY' as never] } }))).toEqual([
      "[consumer/schema-registry-validate] `schemaRegistry.validate[0]` must be 'KEY' or 'VALUE', got: \"BODY\". Name the record parts to validate.",
    ]);
  });

  test('network path', () => {
    expect(messages(refused({}, { network: { kind: 'kafka-vpc', interfaceEndpoints: ['kms', 'sts'], natRoute: false } }))).toEqual([
      "[consumer/network-path] `vpc.interfaceEndpoints` must give the pollers a path to lambda, sts (the cluster's subnets have no NAT route), got: [\"kms\",\"sts\"]. Add 'lambda' to the `interfaceEndpoints` of the cluster's KafkaVpc (pass the cluster a KafkaVpc of your own when it created one), or set `pollers` (provisioned mode needs no endpoint).",
    ]);
    const unknown = planConsumer({ ...BASE, auth: { scramUser: 'billing-app' } }, { ...MSK, network: { kind: 'unknown' }, securityGroupManaged: false }, 'c');
    expect(unknown.network).toEqual({ manageRules: false, httpsEgress: 'none', requiredEndpoints: ['lambda', 'secretsmanager', 'sts'] });
    expect(messages(unknown.warnings)).toEqual([
      "[consumer/security-group-unmanaged] The security groups of cluster orders are yours: allow the pollers (the cluster's security group itself) in on the client port of the chosen auth, and HTTPS out to lambda, secretsmanager, sts.",
      '[consumer/network-unverified] The subnets of cluster orders are not a KafkaVpc the library can check: the pollers need a NAT route or interface endpoints for lambda, secretsmanager, sts. HTTPS is opened to the VPC CIDR only (endpoints); a NAT path also needs HTTPS egress to 0.0.0.0/0.',
    ]);
    expect(planConsumer(BASE, { ...MSK, network: { kind: 'unknown' } }, 'c').network.httpsEgress).toBe('vpc-cidr');
  });

  test('every error at once', () => {
    expect(refused({ topics: [], group: '', batching: { batchSize: 0 }, auth: 'unauthenticated' }).map((i) => i.code)).toEqual([
      'consumer/topics-count', 'consumer/group-name', 'consumer/auth-unavailable', 'consumer/batch-size',
    ]);
  });
});
