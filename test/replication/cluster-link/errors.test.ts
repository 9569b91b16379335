/** Every bad input the cluster link plan refuses: stable codes, paths and message fragments, one error each. */
import { planClusterLink } from '../../../lib/replication/cluster-link';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../../support/conventions';
import { cluster, DR, withLink } from './fixtures';

const BIDI = { mode: 'bidirectional', source: cluster('lkc-east', 'enterprise'), destination: cluster('lkc-west') };
const { credentials: _omit, ...NO_KEY } = cluster('lkc-primary', 'standard');

const cases: [string, Record<string, unknown>, string, string, RegExp][] = [
  ['destination of type Basic', { destination: cluster('lkc-dr', 'basic') }, 'cluster-link/destination-type', 'destination.type', /can host mirror topics \(enterprise or dedicated\), not basic/],
  ['destination of type Standard', { destination: cluster('lkc-dr', 'standard') }, 'cluster-link/destination-type', 'destination.type', /Basic and Standard clusters can be link sources only/],
  ['Freight source', { source: cluster('lkc-primary', 'freight') }, 'cluster-link/freight', 'source.type', /not be a Freight cluster, got: "freight"/],
  ['Freight destination', { destination: cluster('lkc-dr', 'freight') }, 'cluster-link/freight', 'destination.type', /Freight clusters have no Cluster Linking/],
  ['same cluster on both sides', { destination: cluster('lkc-primary') }, 'cluster-link/same-cluster', 'destination.id', /differ from the source cluster, got: "lkc-primary"/],
  ['bidirectional with a Standard cluster', { ...BIDI, source: cluster('lkc-east', 'standard') }, 'cluster-link/bidirectional-type', 'source.type', /enterprise or dedicated on a bidirectional link/],
  ['invalid link name', { name: 'orders dr!' }, 'cluster-link/link-name', 'name', /be 1-249 letters, digits/],
  ['unknown mode', { mode: 'mirror' }, 'cluster-link/mode', 'mode', /be one of 'destination', 'source', 'bidirectional', got: "mirror"/],
  ['invalid mirror topic name', { mirrorTopics: [{ sourceTopic: 'orders/v1' }] }, 'cluster-link/mirror-topic-name', 'mirrorTopics[0].sourceTopic', /be 1-249 letters/],
  ['prefix makes the mirror name too long', { prefix: 'p'.repeat(60), mirrorTopics: [{ sourceTopic: 'o'.repeat(200) }] }, 'cluster-link/mirror-topic-name', 'mirrorTopics[0].sourceTopic', /valid mirror topic name with the prefix/],
  ['duplicate mirror topic', { mirrorTopics: [{ sourceTopic: 'orders' }, { sourceTopic: 'orders' }] }, 'cluster-link/mirror-duplicate', 'mirrorTopics[1].sourceTopic', /be mirrored once per link/],
  ['reverse mirror topics on a source-initiated link', { mode: 'source', reverseMirrorTopics: [{ sourceTopic: 'refunds' }] }, 'cluster-link/reverse-needs-bidirectional', 'reverseMirrorTopics', /be empty on a source link \(mirror topics live on the destination only\)/],
  ['reversePrefix on a one-way link', { reversePrefix: 'dr.' }, 'cluster-link/reverse-needs-bidirectional', 'reversePrefix', /only on a bidirectional link/],
  ['failover for a topic not mirrored', { failover: { refunds: 'failover' } }, 'cluster-link/failover-not-mirrored', 'failover.refunds', /name a mirror topic of this link \(orders, payments\), got: "refunds"/],
  ['unknown failover action', { failover: 'switch' }, 'cluster-link/failover-action', 'failover', /be 'none', 'promote' or 'failover', got: "switch"/],
  ['invalid group filter name', { consumerOffsetSync: { groupFilters: [{ name: 'billing*' }] } }, 'cluster-link/group-filter-name', 'consumerOffsetSync.groupFilters[0].name', /"\*" alone/],
  ['invalid group filter type', { consumerOffsetSync: { groupFilters: [{ name: 'a', filterType: 'DROP' }] } }, 'cluster-link/group-filter-type', 'consumerOffsetSync.groupFilters[0].filterType', /'INCLUDE' or 'EXCLUDE'/],
  ['invalid group pattern type', { consumerOffsetSync: { groupFilters: [{ name: 'a', patternType: 'REGEX' }] } }, 'cluster-link/group-filter-pattern', 'consumerOffsetSync.groupFilters[0].patternType', /'LITERAL' or 'PREFIXED'/],
  ['offset sync with no filter', { consumerOffsetSync: { groupFilters: [] } }, 'cluster-link/offset-sync-no-groups', 'consumerOffsetSync.groupFilters', /Without a filter no group is synced/],
  ['ACL sync without filters', { aclSync: { enabled: true } }, 'cluster-link/acl-sync-no-filters', 'aclSync.filters', /refuses ACL sync without filters/],
  ['invalid ACL filter value', { aclSync: { enabled: true, filters: [{ operation: 'READ' }] } }, 'cluster-link/acl-filter-value', 'aclSync.filters[0].operation', /Values are lower-case/],
  ['invalid ACL filter principal', { aclSync: { enabled: true, filters: [{ principal: 'sa-abc' }] } }, 'cluster-link/acl-filter-principal', 'aclSync.filters[0].principal', /"User:sa-abc123"/],
  ['unknown link config key', { config: { 'consumer.offset.sync.enabled': 'true' } }, 'cluster-link/config-key-unknown', 'config.consumer.offset.sync.enabled', /Did you mean "consumer.offset.sync.enable"\?/],
  ['link config key the library owns', { config: { 'cluster.link.prefix': 'x.' } }, 'cluster-link/config-key-owned', 'config.cluster.link.prefix', /library writes it from `prefix`/],
  ['bad pass-through value', { config: { 'auto.create.mirror.topics.enable': 'yes' } }, 'cluster-link/config-value', 'config.auto.create.mirror.topics.enable', /"true" or "false"/],
  ['bad interval', { topicConfigSyncMs: 0 }, 'cluster-link/interval', 'topicConfigSyncMs', /positive integer of milliseconds/],
  ['invalid prefix', { prefix: 'dr/' }, 'cluster-link/prefix', 'prefix', /prepended to every mirror topic name/],
  ['identity-named two-way link', { ...BIDI, mirrorTopics: [{ sourceTopic: 'orders' }], reverseMirrorTopics: [{ sourceTopic: 'orders' }] }, 'cluster-link/bidirectional-name-collision', 'mirrorTopics[0].sourceTopic', /Set prefix \(e\.g\. "src\."\)/],
  ['group prefixing on a bidirectional link', { ...BIDI, prefix: 'east.', consumerOffsetSync: { prefixGroups: true } }, 'cluster-link/group-prefix-bidirectional', 'consumerOffsetSync.prefixGroups', /refuses consumer.group.prefix.enable on bidirectional links/],
  ['group prefixing without a prefix', { consumerOffsetSync: { prefixGroups: true } }, 'cluster-link/group-prefix-without-prefix', 'consumerOffsetSync.prefixGroups', /together with `prefix`/],
  ['invalid cluster id', { source: cluster('cluster-1', 'standard') }, 'cluster-link/cluster-id', 'source.id', /"lkc-abc123"/],
  ['invalid environment id', { source: { ...cluster('lkc-primary', 'standard'), environmentId: 'prod' } }, 'cluster-link/environment-id', 'source.environmentId', /"env-abc123"/],
  ['REST endpoint is a bootstrap address', { destination: { ...cluster('lkc-dr'), restEndpoint: 'lkc-dr.aws.confluent.cloud:9092' } }, 'cluster-link/rest-endpoint', 'destination.restEndpoint', /"https:\/\/<host>:443"/],
  ['bootstrap endpoint is a URL', { source: { ...cluster('lkc-primary', 'standard'), bootstrapEndpoint: 'https://x:443' } }, 'cluster-link/bootstrap-endpoint', 'source.bootstrapEndpoint', /"<host>:<port>"/],
  ['no credentials and no rbacCrn', { source: NO_KEY }, 'cluster-link/credentials-required', 'source.credentials', /rbacCrn so a service account with CloudClusterAdmin/],
  ['empty API secret', { source: { ...cluster('lkc-primary', 'standard'), credentials: { key: 'K', secret: '' } } }, 'cluster-link/credentials', 'source.credentials.secret', /be set, got: "\(empty\)"/],
  ['unknown cluster type', { destination: { ...cluster('lkc-dr'), type: 'premium' } }, 'cluster-link/cluster-type', 'destination.type', /be one of basic, standard, enterprise, dedicated, freight/],
  ['no destination at all', { destination: undefined }, 'cluster-link/cluster-missing', 'destination', /describe a cluster/],
  ['paused is not a boolean', { mirrorTopics: [{ sourceTopic: 'orders', paused: 'yes' }] }, 'cluster-link/mirror-paused', 'mirrorTopics[0].paused', /be true or false/],
  ['created service account name too long', { name: 'n'.repeat(60), source: { ...NO_KEY, rbacCrn: 'crn://x' } }, 'cluster-link/service-account-name', 'name', /at most 64 characters/],
];

test('at least 30 distinct bad inputs and 25 distinct codes', () => {
  expect(new Set(cases.map(([label]) => label)).size).toBe(cases.length);
  expect(cases.length).toBeGreaterThanOrEqual(30);
  expect(new Set(cases.map(([, , code]) => code)).size).toBeGreaterThanOrEqual(25);
});

test.each(cases)('%s', (_label, patch, code, path, message) => {
  const err = validationErrorOf(() => planClusterLink(withLink(patch)));
  expect(err.issues.map((i) => i.code)).toEqual([code]);
  const issue = err.issues[0]!;
  expect(issue.path).toBe(path);
  expect(issue.message).toMatch(message);
  expect(issue.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  expect(err.message).toMatch(/^Cluster link '.+': 1 invalid property:/);
});

test('every error is reported at once', () => {
  const err = validationErrorOf(() => planClusterLink(withLink({ name: '', destination: cluster('lkc-dr', 'basic'), failover: { nope: 'promote' }, config: { x: 'y' } })));
  expect(err.codes.sort()).toEqual(['cluster-link/config-key-unknown', 'cluster-link/destination-type', 'cluster-link/failover-not-mirrored', 'cluster-link/link-name']);
});

test('the valid fixture passes', () => {
  expect(() => planClusterLink(DR)).not.toThrow();
});
