/**
 * Confluent Cluster Linking, pure part (no cloud SDK): spec, plan, failover decision and the facts behind them.
 * Face: `kafka-iac/replication/cluster-link/pulumi`.
 */
export * from './spec';
export * from './plan-types';
export { planClusterLink, validateClusterLink } from './plan';
export { clusterLinkMirrorStatus, CLUSTER_LINK_FAILOVER_ACTIONS } from './failover';
export {
  CLUSTER_LINK_DEFAULTS, CLUSTER_LINK_OWNED_KEYS, CLUSTER_LINK_PASSTHROUGH_KEYS, CLUSTER_LINK_ROLES, type ClusterLinkRoles,
} from './limits';
