/**
 * Lambda consumers of a self-managed cluster, the face-agnostic part: what the cluster tells `planConsumer` about
 * itself, the bootstrap servers of the chosen auth, the certificate-only CA secret Lambda trusts, and the access
 * the consumer's principal needs from Kafka's authorizer (`allow.everyone.if.no.acl.found=false` on every cluster).
 */
import type { Issue } from '../core/issues';
import type { ConsumerClusterFacts, ConsumerNetworkFacts, KafkaConsumerPlan } from '../aws/consumers';
import type { AccessIntent, ResourcePattern } from '../core/catalog/types';
import type { SelfManagedClusterPlan } from './plan-types';

/** Listener of each client auth mode. */
const LISTENER_OF = { scram: 'CLIENT_SCRAM', mtls: 'CLIENT_MTLS' } as const;

/** What a face knows besides the plan. */
export interface SelfManagedConsumerContext {
  /** Topic names of the cluster's catalog (empty: not checked, a warning says so). */
  readonly catalogTopics: readonly string[];
  readonly network: ConsumerNetworkFacts;
  /** Groups of the consumers already added to this cluster. */
  readonly groupsInUse: readonly string[];
}

/** The cluster facts of `planConsumer`: SCRAM and/or mTLS on the brokers' client listeners; never IAM. */
export function selfManagedConsumerFacts(plan: SelfManagedClusterPlan, o: SelfManagedConsumerContext): ConsumerClusterFacts {
  const port = (listener: string) => plan.listeners.find((l) => l.name === listener)?.port;
  const scram = port(LISTENER_OF.scram);
  const mtls = port(LISTENER_OF.mtls);
  return {
    kind: 'self-managed',
    clusterName: plan.clusterName,
    auth: { iam: false, scram: scram !== undefined, mtls: mtls !== undefined, unauthenticated: false },
    scramUsers: plan.scramUsers.map((u) => u.user),
    ports: { ...(scram !== undefined ? { scram } : {}), ...(mtls !== undefined ? { mtls } : {}) },
    catalogTopics: o.catalogTopics.length > 0 ? o.catalogTopics : undefined,
    network: o.network,
    // The consumer gets a security group of its own, and the brokers' group is the cluster's.
    securityGroupManaged: true,
    groupsInUse: o.groupsInUse,
  };
}

/** `host:port,...` of the brokers' listener of the consumer's auth. */
export function consumerBootstrapServers(plan: SelfManagedClusterPlan, consumer: KafkaConsumerPlan): string {
  const listener = consumer.auth.kind === 'mtls' ? LISTENER_OF.mtls : LISTENER_OF.scram;
  return plan.nodes.filter((n) => n.listeners.includes(listener)).map((n) => `${n.dnsName}:${consumer.port}`).join(',');
}

/**
 * Every self-managed cluster enforces ACLs: a SCRAM consumer that is not a super user needs Read on its topic and
 * group. The warning names the intent to add (or the `kafka-acls.sh` call); mTLS principals are named by their
 * certificate, which the library does not see.
 */
export function consumerAclWarnings(plan: SelfManagedClusterPlan, consumer: KafkaConsumerPlan, grantedByCatalog: boolean): Issue[] {
  if (grantedByCatalog) return [];
  const principal = consumer.auth.kind === 'scram' ? `User:${consumer.auth.user}` : 'the principal of the client certificate';
  if (consumer.auth.kind === 'scram' && plan.superUsers.includes(principal)) return [];
  return [{
    code: 'consumer/acls-needed',
    path: 'auth',
    severity: 'warning',
    message: `Consumer group ${consumer.group} of cluster ${plan.clusterName} reads topic ${consumer.topic} as ${principal}; the cluster enforces ACLs `
      + `(allow.everyone.if.no.acl.found=false), so that principal needs Read on the topic and on the group: add an \`access\` intent `
      + `{ principal: ${consumer.auth.kind === 'scram' ? `{ kind: 'scram', username: '${consumer.auth.user}' }` : "{ kind: 'mtls', principal: '<its name>' }"}, consume: ['${consumer.topic}'], groups: ['${consumer.group}'] }, or run kafka-acls.sh --add --allow-principal ${principal} `
      + `--operation Read --topic ${consumer.topic} --group ${consumer.group}.`,
  }];
}

/** Whether a pattern of the catalog (`*`, `prefix*` or an exact name) covers `name`. */
function covers(pattern: ResourcePattern, name: string): boolean {
  return pattern === '*' || (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : pattern === name);
}

/** Whether an intent of the cluster's catalog lets the consumer's SCRAM user read its topic with its group. */
export function consumerGrantedByCatalog(access: readonly AccessIntent[], consumer: KafkaConsumerPlan): boolean {
  const auth = consumer.auth;
  if (auth.kind !== 'scram') return false;
  return access.some((i) => i.principal.kind === 'scram' && i.principal.username === auth.user
    && (i.consume ?? []).some((p) => covers(p, consumer.topic)) && (i.groups ?? []).some((p) => covers(p, consumer.group)));
}
