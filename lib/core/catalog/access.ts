/**
 * Access intents: validation, and their Kafka ACLs and quotas for SCRAM and mTLS principals. Called by
 * `analyzeCatalog` only.
 */
import type { IssueCollector } from '../issues';
import type { CatalogTargetContext } from './context';
import { CATALOG_TARGETS } from './targets';
import type { AccessIntent, AclBindingPlan, AclOperation, AclResourceType, QuotaPlan, QuotaSpec, ResourcePattern } from './types';

const INTENT_NAME = /^[A-Za-z][A-Za-z0-9-]{0,63}$/;
const PATTERN = /^[A-Za-z0-9._-]+\*?$|^\*$/;
const IAM_ARN = /^arn:aws[a-z-]*:iam::\d{12}:(role|user)\/[\w+=,.@\/-]+$/;
const SINGLE_LINE = /^[^\r\n]+$/;
const PATTERN_PROPS = ['produce', 'consume', 'groups', 'transactionalIds', 'admin'] as const;

export function checkAccess(intents: readonly AccessIntent[], ctx: CatalogTargetContext, c: IssueCollector): void {
  const rules = CATALOG_TARGETS[ctx.kind];
  const unknown = ctx.isUnknown ?? (() => false);
  const names = new Set<string>();
  const quotaOwners = new Map<string, string>();
  intents.forEach((a, i) => {
    const at = `access[${i}]`;
    if (typeof a.name !== 'string' || !INTENT_NAME.test(a.name)) {
      c.error('catalog/access-name', `${at}.name`, 'be 1-64 letters, digits or "-", starting with a letter', a.name, 'It names resources and messages: e.g. "orders-api".');
    } else if (names.has(a.name)) {
      c.error('catalog/access-duplicate', `${at}.name`, 'be unique in the catalog', a.name, 'Merge the intents, or rename one.');
    }
    names.add(a.name);
    checkPrincipal(a, at, ctx, c);
    for (const prop of PATTERN_PROPS) {
      (a[prop] ?? []).forEach((p, j) => {
        if (!unknown(p) && (typeof p !== 'string' || !PATTERN.test(p))) {
          c.error('catalog/access-pattern', `${at}.${prop}[${j}]`, 'be a Kafka name, a prefix ending in "*", or "*"', p, 'E.g. "orders" or "orders.*".');
        }
      });
    }
    const granted = (a.produce ?? []).length + (a.consume ?? []).length + (a.admin ?? []).length + (a.transactionalIds ?? []).length;
    if (granted === 0) {
      c.error('catalog/access-empty', at, 'grant something (produce, consume, transactionalIds or admin)', a.name, 'Add the topics the application uses, or remove the intent.');
    }
    if ((a.consume ?? []).length > 0 && (a.groups ?? []).length === 0) {
      c.error('catalog/access-consume-groups', `${at}.groups`, 'list the consumer groups of a consumer', [], 'Name the group (or a prefix ending in *) the application joins.');
    }
    if (ctx.consumerGroups) {
      const known = ctx.consumerGroups;
      (a.groups ?? []).forEach((g, j) => {
        if (unknown(g) || typeof g !== 'string') return;
        const matches = g.endsWith('*') ? known.some((k) => k.startsWith(g.slice(0, -1))) : known.includes(g);
        if (!matches) {
          c.error('catalog/access-unknown-group', `${at}.groups[${j}]`, `name a consumer group the ${rules.kind} target declares (${known.join(', ') || 'none'})`, g,
            'Declare the consumer group first, or fix the name.');
        }
      });
    }
    if (a.quota !== undefined) {
      checkQuota(a, `${at}.quota`, ctx, c);
      const user = a.principal ? userOf(a) ?? (a.principal.kind === 'native' ? a.principal.id : undefined) : undefined;
      const other = user === undefined ? undefined : quotaOwners.get(user);
      if (other !== undefined) {
        c.error('catalog/quota-conflict', `${at}.quota`, `be set once per principal (intent "${other}" already sets a quota for it)`, a.name, 'Keep the quota on one intent.');
      } else if (user !== undefined) {
        quotaOwners.set(user, a.name);
      }
    }
  });
}

function checkPrincipal(a: AccessIntent, at: string, ctx: CatalogTargetContext, c: IssueCollector): void {
  const rules = CATALOG_TARGETS[ctx.kind];
  const unknown = ctx.isUnknown ?? (() => false);
  const p = a.principal as AccessIntent['principal'] | undefined;
  const path = `${at}.principal`;
  if (!p || !['iam', 'scram', 'mtls', 'native'].includes(p.kind)) {
    c.error('catalog/access-principal', `${path}.kind`, "be 'iam', 'scram', 'mtls' or 'native'", p?.kind, 'Say how the application authenticates.');
    return;
  }
  const allowed = (ctx.authModes ?? rules.principalKinds).filter((k) => rules.principalKinds.includes(k));
  if (!allowed.includes(p.kind)) {
    c.error('catalog/access-auth-mode', `${path}.kind`, `be one of the cluster's client authentication modes (${allowed.join(', ') || 'none'})`, p.kind,
      `Enable ${p.kind} on the cluster, or use a principal of another kind.`);
    return;
  }
  switch (p.kind) {
    case 'iam':
      if (!unknown(p.arn) && (typeof p.arn !== 'string' || !IAM_ARN.test(p.arn))) {
        c.error('catalog/access-principal', `${path}.arn`, 'be an IAM role or user ARN', p.arn, 'E.g. "arn:aws:iam::123456789012:role/orders-api".');
      }
      return;
    case 'scram':
      if (unknown(p.username)) return;
      if (typeof p.username !== 'string' || !/^[^\s,=]{1,256}$/.test(p.username)) {
        c.error('catalog/access-principal', `${path}.username`, 'be a SCRAM user name without spaces, "," or "="', p.username, 'Use the name of the cluster\'s SCRAM secret or user.');
      } else if (ctx.scramUsers && !ctx.scramUsers.includes(p.username)) {
        c.error('catalog/access-unknown-user', `${path}.username`, `name a SCRAM user of the cluster (${ctx.scramUsers.join(', ') || 'none'})`, p.username,
          'Add the user to the cluster first (its SCRAM secret), or fix the name.');
      }
      return;
    case 'mtls':
    case 'native': {
      const id = p.kind === 'mtls' ? p.principal : p.id;
      const prop = p.kind === 'mtls' ? 'principal' : 'id';
      if (unknown(id)) return;
      if (typeof id !== 'string' || !SINGLE_LINE.test(id) || id.trim() !== id) {
        c.error('catalog/access-principal', `${path}.${prop}`, 'be a non-empty single-line string without surrounding spaces', id,
          p.kind === 'mtls' ? 'Use the mapped certificate principal, e.g. "CN=orders-api".' : 'Use the target\'s identity id.');
      } else if (p.kind === 'native' && rules.nativeId && !rules.nativeId.regex.test(id)) {
        c.error('catalog/access-principal', `${path}.id`, `${rules.nativeId.rule} on ${rules.kind}`, id, rules.nativeId.example);
      } else if (ctx.principals && !ctx.principals.includes(id)) {
        c.error('catalog/access-unknown-principal', `${path}.${prop}`, `name a principal the ${rules.kind} target knows (${ctx.principals.join(', ') || 'none'})`, id,
          'Create the principal first, or fix the name.');
      }
      return;
    }
  }
}

function checkQuota(a: AccessIntent, at: string, ctx: CatalogTargetContext, c: IssueCollector): void {
  const rules = CATALOG_TARGETS[ctx.kind];
  const q = a.quota as QuotaSpec;
  if (!rules.quotas) {
    const why = rules.quotasUnsupported;
    c.error('catalog/quota-unsupported', at, `be omitted on ${rules.kind} (${why?.reason ?? 'the target has no Kafka client quotas'})`, q,
      why ? `Remove the quota. ${why.alternative}` : 'Remove the quota.');
    return;
  }
  if (a.principal?.kind === 'iam') {
    c.error('catalog/quota-principal', at, 'be set on a scram, mtls or native principal only', q, 'Kafka client quotas apply to Kafka user principals: use a SCRAM or mTLS principal.');
    return;
  }
  const set = (['produceBytesPerSecond', 'consumeBytesPerSecond', 'requestPercentage'] as const).filter((k) => q[k] !== undefined);
  if (set.length === 0) c.error('catalog/quota-empty', at, 'set at least one limit', q, 'Set produceBytesPerSecond, consumeBytesPerSecond or requestPercentage, or remove the quota.');
  for (const k of ['produceBytesPerSecond', 'consumeBytesPerSecond'] as const) {
    const v = q[k];
    if (v !== undefined && !(Number.isSafeInteger(v) && v >= 1)) {
      c.error('catalog/quota-value', `${at}.${k}`, 'be a positive integer of bytes per second (per broker)', v, 'E.g. 10485760 for 10 MiB/s.');
    }
  }
  const r = q.requestPercentage;
  if (r !== undefined && !(typeof r === 'number' && Number.isFinite(r) && r > 0)) {
    c.error('catalog/quota-value', `${at}.requestPercentage`, 'be a positive percentage of one request thread (per broker)', r, 'E.g. 25; values above 100 span several threads.');
  }
}

/** Kafka principal of a SCRAM or mTLS intent. */
function userOf(a: AccessIntent): string | undefined {
  if (a.principal.kind === 'scram') return a.principal.username;
  if (a.principal.kind === 'mtls') return a.principal.principal;
  return undefined;
}

function resource(p: ResourcePattern): { resourceName: string; patternType: 'LITERAL' | 'PREFIXED' } {
  return p !== '*' && p.endsWith('*') ? { resourceName: p.slice(0, -1), patternType: 'PREFIXED' } : { resourceName: p, patternType: 'LITERAL' };
}

const TOPIC_ADMIN: readonly AclOperation[] = ['CREATE', 'DELETE', 'ALTER', 'ALTER_CONFIGS', 'DESCRIBE', 'DESCRIBE_CONFIGS'];

/**
 * The Kafka ACL bindings one intent needs, for `principal` (`User:<name>`): WRITE and DESCRIBE on produced topics
 * (IDEMPOTENT_WRITE on the cluster), READ and DESCRIBE on consumed topics and groups, WRITE and DESCRIBE on
 * transactional ids, the topic admin operations on administered topics. Targets with their own principals (Confluent
 * service accounts, GCP emails) call it with theirs.
 */
export function intentAcls(a: AccessIntent, principal: string): AclBindingPlan[] {
  const out = new Map<string, AclBindingPlan>();
  const add = (resourceType: AclResourceType, p: ResourcePattern, ops: readonly AclOperation[]) => {
    for (const operation of ops) {
      const b: AclBindingPlan = { principal, resourceType, ...resource(p), operation };
      out.set(aclKey(b), b);
    }
  };
  for (const p of a.produce ?? []) add('TOPIC', p, ['WRITE', 'DESCRIBE']);
  if ((a.produce ?? []).length > 0) add('CLUSTER', 'kafka-cluster', ['IDEMPOTENT_WRITE']);
  for (const p of a.consume ?? []) add('TOPIC', p, ['READ', 'DESCRIBE']);
  for (const g of a.groups ?? []) add('GROUP', g, ['READ', 'DESCRIBE']);
  for (const t of a.transactionalIds ?? []) add('TRANSACTIONAL_ID', t, ['WRITE', 'DESCRIBE']);
  for (const p of a.admin ?? []) add('TOPIC', p, TOPIC_ADMIN);
  return [...out.values()];
}

function aclKey(b: AclBindingPlan): string {
  return JSON.stringify([b.principal, b.resourceType, b.patternType, b.resourceName, b.operation]);
}

/** ACL bindings of every SCRAM and mTLS intent: sorted, deduplicated. */
export function aclsOf(intents: readonly AccessIntent[]): AclBindingPlan[] {
  const out = new Map<string, AclBindingPlan>();
  for (const a of intents) {
    const user = userOf(a);
    if (user === undefined) continue;
    for (const b of intentAcls(a, `User:${user}`)) out.set(aclKey(b), b);
  }
  return [...out.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

/** Quotas of SCRAM and mTLS intents, one per user (sorted). */
export function quotasOf(intents: readonly AccessIntent[]): QuotaPlan[] {
  const out = new Map<string, QuotaPlan>();
  for (const a of intents) {
    const user = userOf(a);
    if (user === undefined || !a.quota) continue;
    const q = a.quota;
    out.set(user, {
      user,
      ...(q.produceBytesPerSecond !== undefined ? { producer_byte_rate: q.produceBytesPerSecond } : {}),
      ...(q.consumeBytesPerSecond !== undefined ? { consumer_byte_rate: q.consumeBytesPerSecond } : {}),
      ...(q.requestPercentage !== undefined ? { request_percentage: q.requestPercentage } : {}),
    });
  }
  return [...out.values()].sort((a, b) => (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));
}
