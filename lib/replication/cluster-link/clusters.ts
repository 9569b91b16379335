/**
 * The two clusters of a link: ids, endpoints, credentials, and the roles their types allow (Basic and Standard are
 * never destinations, Freight has no Cluster Linking, bidirectional links need Dedicated or Enterprise on both
 * sides). Pure.
 */
import type { IssueCollector } from '../../core/issues';
import { CLUSTER_TYPES } from '../../confluent/limits';
import { CLUSTER_LINK_ROLES, CONFLUENT_IDS } from './limits';
import type { ClusterLinkClusterPlan, ClusterLinkSide } from './plan-types';
import type { ClusterLinkClusterSpec, ClusterLinkMode } from './spec';

type Known = (v: unknown) => boolean;

function checkCluster(side: ClusterLinkSide, spec: ClusterLinkClusterSpec<unknown> | undefined, c: IssueCollector, known: Known): ClusterLinkClusterPlan | undefined {
  if (spec === undefined || spec === null || typeof spec !== 'object') {
    c.error('cluster-link/cluster-missing', side, 'describe a cluster (id, environmentId, restEndpoint, bootstrapEndpoint, type)', spec, 'Pass a ConfluentKafka component or the attributes of an existing cluster.');
    return undefined;
  }
  const str = (v: unknown): v is string => typeof v === 'string' && known(v);
  if (str(spec.id) && !CONFLUENT_IDS.cluster.test(spec.id)) {
    c.error('cluster-link/cluster-id', `${side}.id`, 'be a Kafka cluster id like "lkc-abc123"', spec.id, 'Copy it from `confluent kafka cluster list`.');
  } else if (spec.id === undefined || spec.id === '') {
    c.error('cluster-link/cluster-id', `${side}.id`, 'be a Kafka cluster id like "lkc-abc123"', spec.id, 'Copy it from `confluent kafka cluster list`.');
  }
  if (str(spec.environmentId) && !CONFLUENT_IDS.environment.test(spec.environmentId)) {
    c.error('cluster-link/environment-id', `${side}.environmentId`, 'be an environment id like "env-abc123"', spec.environmentId, 'Copy it from `confluent environment list`.');
  }
  if (spec.restEndpoint === undefined || (str(spec.restEndpoint) && !/^https:\/\/[^\s/]+(:\d+)?\/?$/.test(spec.restEndpoint))) {
    c.error('cluster-link/rest-endpoint', `${side}.restEndpoint`, 'be the cluster\'s REST endpoint, "https://<host>:443"', spec.restEndpoint, 'Use the cluster\'s `restEndpoint` output.');
  }
  if (spec.bootstrapEndpoint === undefined || (str(spec.bootstrapEndpoint) && !/^(SASL_SSL:\/\/)?[^\s/:]+:\d+$/.test(spec.bootstrapEndpoint))) {
    c.error('cluster-link/bootstrap-endpoint', `${side}.bootstrapEndpoint`, 'be "<host>:<port>" (a SASL_SSL:// scheme is accepted)', spec.bootstrapEndpoint, 'Use the cluster\'s `bootstrapEndpoint` output.');
  }
  const cred = spec.credentials;
  if (cred !== undefined) {
    for (const part of ['key', 'secret'] as const) {
      const v = (cred as unknown as Record<string, unknown> | null)?.[part];
      if (v === undefined || v === null || v === '') {
        c.error('cluster-link/credentials', `${side}.credentials.${part}`, 'be set', v === undefined ? undefined : '(empty)', 'Pass the Kafka API key of this cluster, both parts as secrets.');
      }
    }
  } else if (spec.rbacCrn === undefined) {
    c.error('cluster-link/credentials-required', `${side}.credentials`, 'be set when the cluster\'s rbacCrn is unknown', undefined,
      'Pass a Kafka API key of the cluster, or its rbacCrn so a service account with CloudClusterAdmin and a key are created for the link.');
  }
  if (!(CLUSTER_TYPES as readonly string[]).includes(spec.type)) {
    c.error('cluster-link/cluster-type', `${side}.type`, `be one of ${CLUSTER_TYPES.join(', ')}`, spec.type, 'Pass the type the cluster was created with.');
    return undefined;
  }
  return { type: spec.type, createCredentials: cred === undefined };
}

/** Validates both clusters and the roles the mode gives them. */
export function planClusters(
  source: ClusterLinkClusterSpec<unknown> | undefined, destination: ClusterLinkClusterSpec<unknown> | undefined, mode: ClusterLinkMode, c: IssueCollector, known: Known,
): Record<ClusterLinkSide, ClusterLinkClusterPlan> | undefined {
  const src = checkCluster('source', source, c, known);
  const dst = checkCluster('destination', destination, c, known);
  // Identity, not only equality: the same ConfluentKafka output on both sides is caught before its value is known.
  if (source?.id !== undefined && source.id === destination?.id) {
    c.error('cluster-link/same-cluster', 'destination.id', 'differ from the source cluster', known(destination.id) ? destination.id : '(the source cluster\'s id)',
      'A cluster link connects two clusters; to copy topics inside one cluster, use a stream processor.');
  }
  for (const [side, plan] of [['source', src], ['destination', dst]] as const) {
    if (plan?.type === 'freight') {
      c.error('cluster-link/freight', `${side}.type`, 'not be a Freight cluster', plan.type, 'Freight clusters have no Cluster Linking; link an Enterprise or Dedicated cluster.');
    }
  }
  if (dst && dst.type !== 'freight' && !CLUSTER_LINK_ROLES[dst.type].destination) {
    c.error('cluster-link/destination-type', 'destination.type', `be a type that can host mirror topics (enterprise or dedicated), not ${dst.type}`, dst.type,
      'Basic and Standard clusters can be link sources only; mirror into an Enterprise or Dedicated cluster.');
  }
  if (mode === 'bidirectional' && src && src.type !== 'freight' && !CLUSTER_LINK_ROLES[src.type].bidirectional) {
    c.error('cluster-link/bidirectional-type', 'source.type', 'be enterprise or dedicated on a bidirectional link (both clusters are destinations)', src.type,
      "Use mode: 'destination' for a one-way link from this cluster, or upgrade it to Enterprise or Dedicated.");
  }
  return src && dst ? { source: src, destination: dst } : undefined;
}
