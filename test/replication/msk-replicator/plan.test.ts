import * as fc from 'fast-check';
import {
  executionRolePolicy, MskReplicatorSpec, planMskReplicator, validateMskReplicator, validateMskReplicatorSet, type MskReplicatorSetEntry,
} from '../../../lib/replication/msk-replicator';
import { iamNamePatterns } from '../../../lib/replication/iam-patterns';
import { parseKafkaVersion } from '../../../lib/replication/msk-replicator/validate';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../../support/conventions';
import { mskSource, SOURCE_ARN, source, spec, target, TARGET_ARN } from './fixtures';

const errors = (s: MskReplicatorSpec, isUnknown?: (v: unknown) => boolean) => validateMskReplicator(s, isUnknown).filter((i) => i.severity === 'error');

/** Fills ARNs the way the faces do, from the cluster ARNs of the fixtures. */
const arnOf = (cluster: 'source' | 'target', resource: string, name: string) => {
  const arn = cluster === 'source' ? SOURCE_ARN : TARGET_ARN;
  return resource === 'cluster' ? arn : arn.replace(':cluster/', `:${resource}/`) + `/${name}`;
};

describe('defaults (DR, loop-safe, least privilege)', () => {
  const plan = planMskReplicator(spec());
  test('every topic but internal ones, prefixed names, from the earliest offset, configs/ACLs/new topics copied', () => {
    expect(plan.topicReplication).toEqual({
      include: ['.*'], exclude: ['.*[\\-\\.]internal', '.*\\.replica', '__.*'], naming: 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS', startingPosition: 'EARLIEST',
      copyTopicConfigurations: true, copyAccessControlLists: true, detectAndCopyNewTopics: true,
    });
  });
  test('every group but console/Connect/internal ones, offsets synchronised (LEGACY), no compression', () => {
    expect(plan.consumerGroupReplication).toEqual({
      include: ['.*'], exclude: ['console-consumer-.*', 'connect-.*', '__.*'], synchroniseOffsets: true, detectAndCopyNewGroups: true, offsetSyncMode: 'LEGACY',
    });
    expect(plan.compression).toBe('NONE');
  });
  test('cross-region: the source is reached over PrivateLink (no security groups, no ingress rule there)', () => {
    expect(plan.crossRegion).toBe(true);
    expect(mskSource(plan).securityGroupIds).toEqual([]);
    expect(plan.target.securityGroupIds).toEqual(['sg-replicator']);
    expect(plan.ingressFrom).toEqual(['target']);
    expect(plan.port).toBe(9098);
  });
  test('same region: security groups for both clusters, ingress on both', () => {
    const same = planMskReplicator(spec({
      kafkaClusters: [source({ clusterArn: SOURCE_ARN.replace('us-east-1', 'us-west-2'), securityGroupIds: ['sg-src'] }), target()],
    }));
    expect(same.crossRegion).toBe(false);
    expect(mskSource(same).securityGroupIds).toEqual(['sg-src']);
    expect(same.ingressFrom).toEqual(['source', 'target']);
  });
  test('alarms on ReplicationLatency and MessageLag, dimension ReplicatorName', () => {
    expect(plan.alarms.map((a) => [a.id, a.metrics[0]!.namespace, a.metrics[0]!.metricName, a.metrics[0]!.dimensions, a.threshold])).toEqual([
      ['ReplicationLatencyAlarm', 'AWS/Kafka', 'ReplicationLatency', { ReplicatorName: 'orders-use1-to-usw2' }, 60000],
      ['MessageLagAlarm', 'AWS/Kafka', 'MessageLag', { ReplicatorName: 'orders-use1-to-usw2' }, 100000],
    ]);
    expect(planMskReplicator(spec({ alarms: { enabled: false } })).alarms).toEqual([]);
  });
  test('description names both clusters', () => {
    expect(plan.description).toBe('kafka-iac replicator orders-use1 -> orders-usw2');
  });
});

describe('execution role: exact actions on exact ARNs', () => {
  test('defaults: the documented statements, on these two clusters only', () => {
    const doc = executionRolePolicy(planMskReplicator(spec()), arnOf);
    const t = 'arn:aws:kafka:us-west-2:123456789012:topic/orders-usw2/66666666-7777-8888-9999-000000000000-1';
    const s = 'arn:aws:kafka:us-east-1:123456789012:topic/orders-use1/11111111-2222-3333-4444-555555555555-1';
    const internal = ['kafka-cluster:CreateTopic', 'kafka-cluster:ReadData', 'kafka-cluster:WriteData', 'kafka-cluster:DescribeTopic',
      'kafka-cluster:DescribeTopicDynamicConfiguration', 'kafka-cluster:AlterTopic', 'kafka-cluster:AlterTopicDynamicConfiguration'];
    expect(doc.Statement).toEqual([
      { Sid: 'SourceCluster', Effect: 'Allow', Action: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently'], Resource: [SOURCE_ARN] },
      { Sid: 'TargetCluster', Effect: 'Allow', Action: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster', 'kafka-cluster:WriteDataIdempotently', 'kafka-cluster:AlterCluster'], Resource: [TARGET_ARN] },
      { Sid: 'SourceInternalTopics', Effect: 'Allow', Action: internal, Resource: [`${s}/*__amazon_msk_replicator_*`, `${s}/mskr-offset-syncs.*`, `${s}/*.checkpoints.internal`] },
      { Sid: 'SourceDataTopics', Effect: 'Allow', Action: ['kafka-cluster:ReadData', 'kafka-cluster:DescribeTopic', 'kafka-cluster:DescribeTopicDynamicConfiguration'], Resource: [`${s}/*`] },
      { Sid: 'TargetInternalTopics', Effect: 'Allow', Action: internal, Resource: [`${t}/*__amazon_msk_replicator_*`, `${t}/mskr-offset-syncs.*`, `${t}/*.checkpoints.internal`] },
      {
        Sid: 'TargetDataTopics', Effect: 'Allow',
        Action: ['kafka-cluster:CreateTopic', 'kafka-cluster:WriteData', 'kafka-cluster:DescribeTopic', 'kafka-cluster:DescribeTopicDynamicConfiguration', 'kafka-cluster:AlterTopic', 'kafka-cluster:AlterTopicDynamicConfiguration'],
        Resource: [`${t}/*.*`],
      },
      { Sid: 'SourceGroups', Effect: 'Allow', Action: ['kafka-cluster:DescribeGroup'], Resource: [s.replace(':topic/', ':group/') + '/*'] },
      { Sid: 'TargetGroups', Effect: 'Allow', Action: ['kafka-cluster:AlterGroup', 'kafka-cluster:DescribeGroup'], Resource: [t.replace(':topic/', ':group/') + '/*__amazon_msk_replicator_*', t.replace(':topic/', ':group/') + '/*'] },
    ]);
  });

  test('filters narrow the topic and group ARNs; identical names drop the alias wildcard', () => {
    const plan = planMskReplicator(spec({
      topics: { include: ['orders\\..*', 'payments'], naming: 'IDENTICAL' },
      consumerGroups: { include: ['billing-.*'] },
    }));
    const byId = Object.fromEntries(plan.executionRole.statements.map((s) => [s.sid, s.names]));
    expect(byId.SourceDataTopics).toEqual(['orders.*', 'payments']);
    expect(byId.TargetDataTopics).toEqual(['orders.*', 'payments']);
    expect(byId.SourceGroups).toEqual(['billing-*']);
    expect(byId.TargetGroups).toEqual(['*__amazon_msk_replicator_*', 'billing-*']);
    const prefixed = planMskReplicator(spec({ topics: { include: ['orders\\..*'] } }));
    expect(prefixed.executionRole.statements.find((s) => s.sid === 'TargetDataTopics')!.names).toEqual(['*.orders.*']);
  });

  test('features off remove their actions and statements', () => {
    const plan = planMskReplicator(spec({
      topics: { copyTopicConfigurations: false, copyAccessControlLists: false, detectAndCopyNewTopics: false },
      consumerGroups: { enabled: false },
    }));
    const byId = Object.fromEntries(plan.executionRole.statements.map((s) => [s.sid, s]));
    expect(byId.TargetCluster!.actions).not.toContain('kafka-cluster:AlterCluster');
    expect(byId.SourceDataTopics!.actions).toEqual(['kafka-cluster:ReadData', 'kafka-cluster:DescribeTopic']);
    expect(byId.TargetDataTopics!.actions).not.toContain('kafka-cluster:AlterTopic');
    expect(byId.SourceGroups).toBeUndefined();
    expect(byId.TargetGroups!.names).toEqual(['*__amazon_msk_replicator_*']);
    expect(plan.consumerGroupReplication).toMatchObject({ include: [], exclude: [], synchroniseOffsets: false, detectAndCopyNewGroups: false });
  });

  test('no action is a wildcard and no resource leaves the two clusters', () => {
    const doc = executionRolePolicy(planMskReplicator(spec()), arnOf);
    for (const st of doc.Statement) {
      expect((st.Action as string[]).every((a) => a.startsWith('kafka-cluster:') && !a.includes('*'))).toBe(true);
      expect((st.Resource as string[]).every((r) => r.includes('orders-use1/1111') || r.includes('orders-usw2/6666'))).toBe(true);
    }
  });
});

describe('regular expression -> IAM name pattern (never narrower than the filter)', () => {
  test.each([
    ['.*', ['*']],
    ['orders', ['orders']],
    ['^orders$', ['orders']],
    ['orders\\..*', ['orders.*']],
    ['orders.*', ['orders*']],
    ['orders-v?2', ['orders-*']],
    ['orders+', ['orders*']],
    ['(orders|payments)\\..*', ['*']],
    ['orders\\..*|payments', ['orders.*', 'payments']],
    ['a[bc]d', ['a*']],
    ['orders\\d+', ['orders*']],
  ])('%s -> %j', (regex, patterns) => {
    expect(iamNamePatterns(regex)).toEqual(patterns);
  });

  const namePart = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
  const escape = (s: string) => s.replace(/[.\-]/g, (ch) => `\\${ch}`);
  const iamMatches = (pattern: string, name: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.\-]/g, '\\$&')).join('.*')}$`).test(name);

  test('property: every name the regex matches is matched by one of its IAM patterns', () => {
    fc.assert(fc.property(fc.array(namePart, { minLength: 1, maxLength: 3 }), namePart, fc.constantFrom('', '.*', '\\..*', '-?', '[0-9]+'),
      (prefixes, tail, suffix) => {
        const regex = prefixes.map((p) => `${escape(p)}${suffix}`).join('|');
        const patterns = iamNamePatterns(regex);
        for (const p of prefixes) {
          for (const name of [p, `${p}.${tail}`, `${p}-${tail}`, `${p}1`]) {
            if (new RegExp(`^(?:${regex})$`).test(name)) expect(patterns.some((pat) => iamMatches(pat, name))).toBe(true);
          }
        }
      }));
  });
});

describe('bad input: one clear error each', () => {
  const cases: [string, Partial<MskReplicatorSpec>, string, RegExp][] = [
    ['more than two clusters', { kafkaClusters: [source(), target(), target({ clusterArn: TARGET_ARN.replace('orders-usw2', 'other') })] },
      'msk-replicator/cluster-count', /`kafkaClusters` must hold exactly two clusters \(one source, one target\), got: 3\./],
    ['two sources', { kafkaClusters: [source(), source({ clusterArn: TARGET_ARN })] }, 'msk-replicator/cluster-roles', /must have one 'source' and one 'target' cluster, got: \["source","source"\]/],
    ['source without IAM auth', { kafkaClusters: [source({ iamAuthentication: false }), target()] }, 'msk-replicator/iam-auth',
      /`kafkaClusters\[0\]\.iamAuthentication` must be true on the source cluster \(MSK Replicator connects with IAM access control only\), got: false\./],
    ['same cluster as source and target', { kafkaClusters: [source(), target({ clusterArn: SOURCE_ARN })], replicatorRegion: 'us-east-1' }, 'msk-replicator/same-cluster',
      /`kafkaClusters\[1\]\.clusterArn` must differ from the source cluster/],
    ['replicator not in the target Region', { replicatorRegion: 'us-east-1' }, 'msk-replicator/not-in-target-region',
      /`replicatorRegion` must be the target cluster's Region \(us-west-2\), got: "us-east-1"\. MSK creates the replicator in the target cluster's Region/],
    ['source with two brokers', { kafkaClusters: [source({ brokerNodes: 2 }), target()] }, 'msk-replicator/broker-count', /`kafkaClusters\[0\]\.brokerNodes` must be at least 3 on the source cluster, got: 2\./],
    ['two-AZ source with three brokers', { kafkaClusters: [source({ brokerNodes: 3, azCount: 2 }), target()] }, 'msk-replicator/broker-count-two-azs', /must be at least 4 on the source cluster when it spans two AZs, got: 3/],
    ['t3 source', { kafkaClusters: [source({ instanceType: 'kafka.t3.small' }), target()] }, 'msk-replicator/instance-type', /must be kafka\.m5\.large or larger on the source cluster .*got: "kafka\.t3\.small"/],
    ['Kafka older than 2.7.0', { kafkaClusters: [source({ kafkaVersion: '2.6.2' }), target()] }, 'msk-replicator/kafka-version', /`kafkaClusters\[0\]\.kafkaVersion` must be 2\.7\.0 or later on the source cluster, got: "2\.6\.2"/],
    ['identical names on 2.8.0', { kafkaClusters: [source({ kafkaVersion: '2.8.0' }), target()], topics: { naming: 'IDENTICAL' } }, 'msk-replicator/identical-kafka-version', /must be 2\.8\.1 or later for identical topic names/],
    ['cross-region source without multi-VPC', { kafkaClusters: [source({ multiVpcIam: false }), target()] }, 'msk-replicator/source-multi-vpc', /must be true on a source cluster in another Region/],
    ['clusters in two accounts', { kafkaClusters: [source(), target({ clusterArn: TARGET_ARN.replace('123456789012', '210987654321') })] }, 'msk-replicator/cross-account', /must be in the source cluster's account \(123456789012\), got: "210987654321"/],
    ['empty topic list', { topics: { include: [] } }, 'msk-replicator/topics-empty', /`topics\.include` must list at least one regular expression, got: \[\]\. Use \["\.\*"\] for every topic\./],
    ['invalid topic regex', { topics: { include: ['orders(' ] } }, 'msk-replicator/topic-regex', /`topics\.include\[0\]` must be a valid regular expression of 1 to 249 characters, got: "orders\("/],
    ['topic regex too long', { topics: { include: ['a'.repeat(250)] } }, 'msk-replicator/topic-regex', /1 to 249 characters/],
    ['duplicate topic regex', { topics: { include: ['orders', 'orders'] } }, 'msk-replicator/topic-regex-duplicate', /`topics\.include\[1\]` must be unique/],
    ['more than 100 topic regexes', { topics: { include: Array.from({ length: 101 }, (_, i) => `t${i}`) } }, 'msk-replicator/topics-too-many', /must hold at most 100 regular expressions, got: 101/],
    ['invalid group regex', { consumerGroups: { exclude: ['*bad'] } }, 'msk-replicator/group-regex', /`consumerGroups\.exclude\[0\]` must be a valid regular expression of 1 to 256 characters/],
    ['invalid compression', { compression: 'BROTLI' as never }, 'msk-replicator/compression', /`compression` must be one of NONE, GZIP, SNAPPY, LZ4, ZSTD, got: "BROTLI"/],
    ['identical names on a declared two-way pair', { bidirectional: true, topics: { naming: 'IDENTICAL' } }, 'msk-replicator/identical-two-way',
      /`topics\.naming` must be 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS' on a two-way pair, got: "IDENTICAL"\. With identical names in both directions/],
    ['name with an underscore', { replicatorName: 'orders_dr' }, 'msk-replicator/name', /`replicatorName` must be 1-128 letters, digits or hyphens starting with a letter or digit, got: "orders_dr"/],
    ['name of 129 characters', { replicatorName: 'a'.repeat(129) }, 'msk-replicator/name', /must be 1-128 letters/],
    ['name starting with a hyphen', { replicatorName: '-dr' }, 'msk-replicator/name', /got: "-dr"/],
    ['ACL copy with a Serverless cluster', { kafkaClusters: [source(), target({ kind: 'serverless' })], topics: { copyAccessControlLists: true } }, 'msk-replicator/serverless-acls', /must be false when either cluster is Serverless/],
    ['cluster name instead of ARN', { kafkaClusters: [source({ clusterArn: 'orders-use1' }), target()] }, 'msk-replicator/cluster-arn', /must be an MSK cluster ARN/],
    ['one subnet', { kafkaClusters: [source(), target({ subnetIds: ['subnet-t1'] })] }, 'msk-replicator/subnets', /`kafkaClusters\[1\]\.subnetIds` must hold 2 or 3 subnets, got: 1/],
    ['negative alarm threshold', { alarms: { messageLag: -1 } }, 'msk-replicator/alarm-threshold', /`alarms\.messageLag` must be a positive number, got: -1/],
    ['invalid starting position', { topics: { startingPosition: 'MIDDLE' as never } }, 'msk-replicator/starting-position', /must be one of EARLIEST, LATEST/],
  ];

  test.each(cases)('%s', (_name, extra, code, message) => {
    const found = errors(spec(extra));
    expect(found.map((i) => i.code)).toEqual([code]);
    expect(found[0]!.message).toMatch(message);
    expect(found[0]!.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('planMskReplicator throws one KafkaValidationError listing every error', () => {
    const err = validationErrorOf(() => planMskReplicator(spec({ replicatorName: 'bad_name', compression: 'X' as never, topics: { include: [] } })));
    expect(err.codes.sort()).toEqual(['msk-replicator/compression', 'msk-replicator/name', 'msk-replicator/topics-empty']);
    expect(err.message).toMatch(/^MSK Replicator 'bad_name': 3 invalid properties:/);
  });
});

// Props that arrive through JSON or YAML: a wrong type is one issue that names the type, under the prop's own code.
describe('wrong JSON types: one issue that names the expected type', () => {
  const cases: [string, Partial<MskReplicatorSpec>, string, string][] = [
    ['broker count as a string', { kafkaClusters: [source({ brokerNodes: '3' as never }), target()] }, 'msk-replicator/broker-count',
      '`kafkaClusters[0].brokerNodes` must be an integer, got: "3" (a string). Write it without quotes: 3.'],
    ['broker count fractional', { kafkaClusters: [source({ brokerNodes: 3.5 }), target()] }, 'msk-replicator/broker-count',
      '`kafkaClusters[0].brokerNodes` must be an integer, got: 3.5 (a number). Use a whole number, e.g. 4.'],
    ['broker count negative', { kafkaClusters: [source({ brokerNodes: -3 }), target()] }, 'msk-replicator/broker-count',
      '`kafkaClusters[0].brokerNodes` must be at least 3 on the source cluster, got: -3. Use at least 3 brokers (one per AZ over 3 AZs).'],
    ['AZ count as a string (the broker rule that depends on it is skipped)', { kafkaClusters: [source({ brokerNodes: 3, azCount: '2' as never }), target()] }, 'msk-replicator/az-count',
      '`kafkaClusters[0].azCount` must be an integer, got: "2" (a string). Write it without quotes: 2.'],
    ['AZ count negative', { kafkaClusters: [source(), target({ azCount: -3 })] }, 'msk-replicator/az-count',
      '`kafkaClusters[1].azCount` must be an integer from 2 to 3, got: -3. MSK Provisioned spreads brokers over 2 or 3 AZs.'],
    ['latency threshold as a string', { alarms: { replicationLatencyMs: '60000' as never } }, 'msk-replicator/alarm-threshold',
      '`alarms.replicationLatencyMs` must be a finite number, got: "60000" (a string). Write it without quotes: 60000.'],
    ['latency threshold Infinity', { alarms: { replicationLatencyMs: Number.POSITIVE_INFINITY } }, 'msk-replicator/alarm-threshold',
      '`alarms.replicationLatencyMs` must be a finite number, got: Infinity (a number). Pass a number.'],
    ['message lag NaN', { alarms: { messageLag: Number.NaN } }, 'msk-replicator/alarm-threshold', '`alarms.messageLag` must be a finite number, got: NaN (a number). Pass a number.'],
    ['message lag negative', { alarms: { messageLag: -1 } }, 'msk-replicator/alarm-threshold', '`alarms.messageLag` must be a positive number, got: -1. Use e.g. 60000 ms or 100000 records.'],
  ];
  test.each(cases)('%s', (_name, extra, code, message) => {
    expect(errors(spec(extra)).map((i) => [i.code, i.message])).toEqual([[code, message]]);
    expect(validationErrorOf(() => planMskReplicator(spec(extra))).codes).toEqual([code]);
  });
});

describe('Serverless and unknown values', () => {
  test('a Serverless cluster turns ACL copying off by default and skips broker checks', () => {
    const plan = planMskReplicator(spec({ kafkaClusters: [source({ kind: 'serverless', brokerNodes: 1, instanceType: 'kafka.t3.small' }), target()] }));
    expect(plan.topicReplication.copyAccessControlLists).toBe(false);
    expect(plan.executionRole.statements.find((s) => s.sid === 'TargetCluster')!.actions).not.toContain('kafka-cluster:AlterCluster');
  });

  test('deploy-time values are deferred: no error on unknown ARNs, regions or names', () => {
    const token = (s: string) => `\${Token[${s}]}`;
    const isUnknown = (v: unknown) => typeof v === 'string' && v.startsWith('${Token');
    const s = spec({
      replicatorName: token('Name'), replicatorRegion: token('Region'),
      kafkaClusters: [source({ clusterArn: token('SourceArn'), region: token('Region'), brokerNodes: undefined }), target({ clusterArn: token('TargetArn'), region: token('Region') })],
    });
    expect(errors(s, isUnknown)).toEqual([]);
    const plan = planMskReplicator(s, isUnknown);
    expect(plan.crossRegion).toBe(false);
    expect(plan.description).toBe('kafka-iac replicator source -> target');
  });

  test('a cross-region source with unknown multi-VPC state gets a warning', () => {
    const plan = planMskReplicator(spec({ kafkaClusters: [source({ multiVpcIam: undefined }), target()] }));
    expect(plan.warnings.map((w) => w.code)).toEqual(['msk-replicator/source-multi-vpc-unknown']);
  });
});

describe('replicators checked against each other', () => {
  const entry = (extra: Partial<MskReplicatorSetEntry>): MskReplicatorSetEntry => ({
    path: 'a', replicatorName: 'r1', region: 'us-west-2', sourceClusterArn: SOURCE_ARN, targetClusterArn: TARGET_ARN, naming: 'PREFIXED_WITH_SOURCE_CLUSTER_ALIAS', ...extra,
  });
  test('duplicate names in one Region are refused; in two Regions they are fine', () => {
    const issues = validateMskReplicatorSet([entry({}), entry({ path: 'b', sourceClusterArn: 'x', targetClusterArn: 'y' })]);
    expect(issues.map((i) => i.code)).toEqual(['msk-replicator/duplicate-name']);
    expect(issues[0]!.message).toMatch(/^`b\.replicatorName` must be unique in its Region \(a uses it too\), got: "r1"\./);
    expect(validateMskReplicatorSet([entry({}), entry({ path: 'b', region: 'us-east-1', sourceClusterArn: 'x', targetClusterArn: 'y' })])).toEqual([]);
  });
  test('a reverse pair with identical names is refused even when not declared two-way', () => {
    const pair = [entry({ naming: 'IDENTICAL' }), entry({ path: 'b', replicatorName: 'r2', region: 'us-east-1', sourceClusterArn: TARGET_ARN, targetClusterArn: SOURCE_ARN })];
    expect(validateMskReplicatorSet(pair).map((i) => i.code)).toEqual(['msk-replicator/identical-two-way']);
    expect(validateMskReplicatorSet([entry({}), pair[1]!])).toEqual([]);
  });
});

test('MSK version strings parse, x as any patch', () => {
  expect(parseKafkaVersion('3.9.x.kraft')).toEqual([3, 9, Number.MAX_SAFE_INTEGER]);
  expect(parseKafkaVersion('2.8.2.tiered')).toEqual([2, 8, 2]);
  expect(parseKafkaVersion('latest')).toBeUndefined();
});
