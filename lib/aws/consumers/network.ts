/**
 * The network path of a consumer's pollers. They run in the cluster's subnets: on MSK with the cluster's security
 * groups (so the group must let itself in on the port of the chosen auth), on a self-managed cluster with a
 * security group of the consumer. In on-demand mode they call Lambda and STS (and Secrets Manager for SCRAM and
 * mTLS) over HTTPS, through a NAT route or interface VPC endpoints (see limits.ts for the sources).
 */
import type { IssueCollector } from '../../core/issues';
import { POLLER_ENDPOINTS } from './limits';
import type { ConsumerClusterFacts } from './spec';

export interface ConsumerNetworkPlan {
  /** Whether the library adds the rules (it owns the cluster's security group). */
  readonly manageRules: boolean;
  /**
   * Where the pollers' HTTPS goes: the `KafkaVpc`'s endpoint security group, the VPC's CIDR (endpoints of a VPC the
   * plan cannot see), or nowhere the library opens.
   */
  readonly httpsEgress: 'kafka-vpc-endpoints' | 'vpc-cidr' | 'none';
  /** Interface endpoints the pollers need without a NAT route (empty in provisioned mode). */
  readonly requiredEndpoints: readonly string[];
}

/** Decides the rules and checks that the pollers can reach the AWS APIs they call. */
export function planNetworkPath(cluster: ConsumerClusterFacts, auth: 'iam' | 'scram' | 'mtls' | 'unauthenticated', provisioned: boolean, c: IssueCollector): ConsumerNetworkPlan {
  const secrets = auth === 'scram' || auth === 'mtls';
  const required = provisioned ? [] : [...POLLER_ENDPOINTS.always, ...(secrets ? POLLER_ENDPOINTS.secrets : [])].sort();
  const manageRules = cluster.securityGroupManaged;
  if (!manageRules) {
    c.warn('consumer/security-group-unmanaged', 'securityGroups',
      `The security groups of cluster ${cluster.clusterName} are yours: allow the pollers (${cluster.kind === 'self-managed' ? "the consumer's security group" : 'the cluster\'s security group itself'}) in on the client port of the chosen auth, and HTTPS out to ${required.join(', ') || 'nothing'}.`);
  }
  const net = cluster.network;
  if (net.kind === 'unknown') {
    if (required.length > 0) {
      c.warn('consumer/network-unverified', 'vpc',
        `The subnets of cluster ${cluster.clusterName} are not a KafkaVpc the library can check: the pollers need a NAT route or interface endpoints for ${required.join(', ')}. HTTPS is opened to the VPC CIDR only (endpoints); a NAT path also needs HTTPS egress to 0.0.0.0/0.`);
    }
    return { manageRules, httpsEgress: manageRules && required.length > 0 ? 'vpc-cidr' : 'none', requiredEndpoints: required };
  }
  const missing = required.filter((s) => !net.interfaceEndpoints.includes(s));
  if (missing.length > 0 && !net.natRoute) {
    c.error('consumer/network-path', 'vpc.interfaceEndpoints', `give the pollers a path to ${required.join(', ')} (the cluster's subnets have no NAT route)`, [...net.interfaceEndpoints].sort(),
      `Add ${missing.map((s) => `'${s}'`).join(', ')} to the \`interfaceEndpoints\` of the cluster's KafkaVpc (pass the cluster a KafkaVpc of your own when it created one), or set \`pollers\` (provisioned mode needs no endpoint).`);
  }
  return { manageRules, httpsEgress: manageRules && required.length > 0 ? 'kafka-vpc-endpoints' : 'none', requiredEndpoints: required };
}
