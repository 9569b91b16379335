/**
 * Environment, cluster type, availability, capacity, BYOK and networking: checked together because each rule
 * depends on the cluster type and cloud. Called by `planConfluentKafka` only.
 */
import type { IssueCollector } from '../core/issues';
import { ipv4CidrsOverlap } from '../core/ipv4';
import { expectInteger } from '../core/typed';
import { checkRegion } from '../core/regions';
import {
  CLUSTER_TYPES, clusterTypeInfo, CONFLUENT_CLOUDS, ConfluentCloud, DEDICATED_CKU, ECKU, NAMES, NETWORK_CONNECTION_CLOUDS,
  PRIVATELINK_ATTACHMENT_CLOUDS, type ClusterTypeInfo,
} from './limits';
import type { ClusterBlockPlan, ClusterPlan, EnvironmentPlan, NetworkingPlan } from './plan-types';
import type { ConfluentClusterSpec, ConfluentEnvironmentSpec, ConfluentNetworkingSpec } from './spec';

const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;
const AWS_ACCOUNT = /^\d{12}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GCP_PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const CIDR16 = /^(\d{1,3})\.(\d{1,3})\.0\.0\/16$/;
const CIDR = /^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/;

export function validateEnvironment(env: ConfluentEnvironmentSpec, info: ClusterTypeInfo | undefined, c: IssueCollector, known: (v: unknown) => boolean): EnvironmentPlan {
  if (env?.kind === 'existing') {
    if (known(env.environmentId) && !/^env-[a-z0-9]+$/.test(env.environmentId)) {
      c.error('confluent/environment-id', 'environment.environmentId', 'be an environment id like "env-abc123"', env.environmentId, 'Copy the id from the Confluent Cloud console or `confluent environment list`.');
    }
    return { kind: 'existing', environmentId: env.environmentId };
  }
  if (env?.kind !== 'create') {
    c.error('confluent/environment-kind', 'environment.kind', "be 'create' or 'existing'", (env as { kind?: unknown })?.kind, 'Create an environment with Stream Governance, or adopt one by id.');
    return { kind: 'create', displayName: '', streamGovernance: 'ADVANCED' };
  }
  if (known(env.displayName) && !NAMES.environment.test(env.displayName)) {
    c.error('confluent/environment-name', 'environment.displayName', 'be 1-64 letters, digits, hyphens or underscores, starting and ending alphanumeric', env.displayName, 'E.g. "payments-prod".');
  }
  const production = info?.production ?? true;
  const streamGovernance = env.streamGovernance ?? (production ? 'ADVANCED' : 'ESSENTIALS');
  if (streamGovernance !== 'ESSENTIALS' && streamGovernance !== 'ADVANCED') {
    c.error('confluent/stream-governance', 'environment.streamGovernance', "be 'ESSENTIALS' or 'ADVANCED'", streamGovernance, 'Stream Governance is always on; ADVANCED adds the catalog, lineage and a 99.95% Schema Registry SLA.');
  } else if (production && streamGovernance === 'ESSENTIALS') {
    c.warn('confluent/governance-essentials', 'environment.streamGovernance', 'Stream Governance ESSENTIALS on a production cluster type: consider ADVANCED (the default) for the catalog, lineage and a higher Schema Registry SLA.');
  }
  return { kind: 'create', displayName: env.displayName, streamGovernance };
}

export function validateCluster(spec: ConfluentClusterSpec, c: IssueCollector, known: (v: unknown) => boolean): { plan: ClusterPlan; info?: ClusterTypeInfo } {
  const info = clusterTypeInfo(spec.type);
  if (!info) {
    c.error('confluent/cluster-type', 'cluster.type', `be one of ${CLUSTER_TYPES.join(', ')}`, spec.type, 'Pick the type: "standard" for most production use, "dedicated" for private networking with CKUs.');
  }
  if (!(CONFLUENT_CLOUDS as readonly string[]).includes(spec.cloud)) {
    c.error('confluent/cloud', 'cluster.cloud', `be one of ${CONFLUENT_CLOUDS.join(', ')}`, spec.cloud, 'Use upper case, e.g. "AWS".');
  } else if (info && !info.clouds.includes(spec.cloud)) {
    c.error('confluent/type-cloud', 'cluster.cloud', `be ${info.clouds.join(' or ')} for a ${info.type} cluster`, spec.cloud,
      info.type === 'freight' ? 'Freight clusters run on AWS only; use Enterprise or Dedicated elsewhere.' : 'Pick a supported cloud.');
  }
  const regionCloud = ({ AWS: 'aws', AZURE: 'azure', GCP: 'gcp' } as const)[spec.cloud as ConfluentCloud];
  if (spec.region === undefined || (known(spec.region) && !regionCloud && !NAMES.region.test(spec.region))) {
    c.error('confluent/region', 'cluster.region', 'be a cloud region id such as "us-east-2", "eastus2" or "europe-west1"', spec.region, 'Use the cloud provider\'s region id.');
  } else if (known(spec.region) && regionCloud) {
    // Confluent names regions as the cloud does; the cloud's table catches typos (us-eest-2).
    checkRegion(regionCloud, spec.region, { code: 'confluent/region', path: 'cluster.region' }, c);
  }
  if (known(spec.displayName) && !NAMES.cluster.test(spec.displayName ?? '')) {
    c.error('confluent/cluster-name', 'cluster.displayName', 'be 1-60 letters, digits, spaces, dots, underscores or hyphens, starting alphanumeric', spec.displayName, 'E.g. "orders-prod".');
  }

  const production = info?.production ?? true;
  const availability = spec.availability ?? (info?.availability['multi-zone'] ? 'multi-zone' : 'single-zone');
  const providerAvailability = info?.availability[availability];
  if (info && providerAvailability === undefined) {
    const offered = Object.keys(info.availability);
    c.error('confluent/availability', 'cluster.availability', `be ${offered.map((o) => `'${o}'`).join(' or ')} for a ${info.type} cluster`, spec.availability,
      info.type === 'basic' ? 'Basic clusters are single-zone; use Standard or above for multi-zone.' : 'Pick an offered availability.');
  } else if (info && production && availability === 'single-zone') {
    c.warn('confluent/single-zone', 'cluster.availability', `A single-zone ${info.type} cluster is down when its zone is: use 'multi-zone' (the default) for production.`);
  }

  let shape: ClusterBlockPlan = { block: 'standard', value: {} };
  if (info) {
    if (info.capacity === 'cku') {
      if (spec.maxEcku !== undefined) {
        c.error('confluent/ecku-not-dedicated', 'cluster.maxEcku', 'be omitted on Dedicated clusters (they are sized in CKUs)', spec.maxEcku, 'Use `cku`.');
      }
      const min = availability === 'multi-zone' ? DEDICATED_CKU.multiZoneMin : DEDICATED_CKU.singleZoneMin;
      if (spec.cku === undefined) {
        c.error('confluent/cku-required', 'cluster.cku', `be set on Dedicated clusters (at least ${min} when ${availability})`, undefined, `E.g. cku: ${min}.`);
      } else if (expectInteger(spec.cku, { code: 'confluent/cku-minimum', path: 'cluster.cku' }, c) === undefined) {
        // Reported by its type check.
      } else if (spec.cku < min) {
        c.error('confluent/cku-minimum', 'cluster.cku', `be an integer of at least ${min} for a ${availability} Dedicated cluster`, spec.cku,
          availability === 'multi-zone' ? 'Multi-zone Dedicated clusters need 2 CKUs or more.' : 'Use 1 or more.');
      }
      shape = { block: 'dedicated', value: { cku: spec.cku ?? min } };
    } else {
      if (spec.cku !== undefined) {
        c.error('confluent/cku-only-dedicated', 'cluster.cku', 'be set only on Dedicated clusters', spec.cku, `${info.type} clusters scale elastically; use \`maxEcku\` to cap them.`);
      }
      const m = spec.maxEcku;
      if (m !== undefined && (!Number.isInteger(m) || m < 1)) {
        c.error('confluent/max-ecku', 'cluster.maxEcku', 'be a positive integer', m, 'Omit it for the service default.');
      } else if (m !== undefined && providerAvailability === 'HIGH' && m < ECKU.highAvailabilityMin) {
        c.error('confluent/max-ecku-high', 'cluster.maxEcku', `be at least ${ECKU.highAvailabilityMin} for a multi-zone (HIGH) ${info.type} cluster`, m, 'Raise the ceiling or omit it.');
      }
      const value = m === undefined ? {} : { maxEcku: m };
      shape = info.block === 'enterprises' ? { block: 'enterprises', value: [value] }
        : info.block === 'freights' ? { block: 'freights', value: [value] }
        : info.block === 'basic' ? { block: 'basic', value } : { block: 'standard', value };
    }
    validateByok(spec, info, c, known);
  }

  return {
    info,
    plan: {
      info: info!,
      cloud: spec.cloud,
      region: spec.region,
      displayName: spec.displayName,
      availability,
      providerAvailability: providerAvailability ?? 'SINGLE_ZONE',
      shape,
      byok: spec.byok,
      deletionProtection: spec.deletionProtection ?? production,
    },
  };
}

function validateByok(spec: ConfluentClusterSpec, info: ClusterTypeInfo, c: IssueCollector, known: (v: unknown) => boolean): void {
  const b = spec.byok;
  if (b === undefined) return;
  if (!info.byokClouds.includes(spec.cloud)) {
    const where = info.byokClouds.length === 0 ? `${info.type} clusters take no customer-managed key` : `${info.type} clusters take one on ${info.byokClouds.join(', ')} only`;
    c.error('confluent/byok-not-offered', 'cluster.byok', `be omitted: ${where}`, b.kind,
      'Use a Dedicated cluster (any cloud), or Enterprise/Freight on AWS, for self-managed keys; otherwise remove byok.');
    return;
  }
  if (b.kind !== 'existing' && b.kind.toUpperCase() !== spec.cloud) {
    c.error('confluent/byok-cloud', 'cluster.byok.kind', `match the cluster's cloud (${spec.cloud})`, b.kind, 'The key must live in the cloud that runs the cluster.');
  }
  if (b.kind === 'aws' && known(b.keyArn) && !KMS_KEY_ARN.test(b.keyArn)) {
    c.error('confluent/byok-key-arn', 'cluster.byok.keyArn', 'be a KMS key ARN (not an alias)', b.keyArn, 'Pass arn:aws:kms:<region>:<account>:key/<id> of a symmetric key.');
  }
  if (b.kind === 'azure' && known(b.tenantId) && !UUID.test(b.tenantId)) {
    c.error('confluent/byok-azure-tenant', 'cluster.byok.tenantId', 'be a tenant id (uuid)', b.tenantId, 'Copy it from Microsoft Entra ID.');
  }
  if (b.kind === 'existing' && known(b.byokKeyId) && !/^cck-[a-z0-9]+$/.test(b.byokKeyId)) {
    c.error('confluent/byok-key-id', 'cluster.byok.byokKeyId', 'be a Confluent key id like "cck-abc123"', b.byokKeyId, 'Register the key first (`confluent byok create`) or pass the cloud key instead.');
  }
}

export function validateNetworking(n: ConfluentNetworkingSpec, cluster: ClusterPlan, info: ClusterTypeInfo | undefined, c: IssueCollector, known: (v: unknown) => boolean): NetworkingPlan {
  if (!info) return { kind: 'public' };
  const cloud = cluster.cloud;
  if (n.kind === 'public') {
    if (info.privateNetworking === 'privatelink-attachment') {
      c.error('confluent/enterprise-needs-private', 'networking', 'be private for an Enterprise cluster (it has no public endpoints)', n.kind, "Use { kind: 'privatelink-attachment' }, or a Standard cluster for public access.");
    } else if (info.production && info.privateNetworking === 'network') {
      c.warn('confluent/public-dedicated', 'networking', 'The Dedicated cluster has public endpoints: use PrivateLink, peering or a transit gateway for production data.');
    }
    return { kind: 'public' };
  }
  const privateKinds = info.privateNetworking === 'privatelink-attachment' ? ['privatelink-attachment']
    : info.privateNetworking === 'network' ? ['privatelink', 'peering', 'transit-gateway', 'existing-network'] : [];
  if (!privateKinds.includes(n.kind)) {
    const fix = info.privateNetworking === 'none'
      ? `${info.type} clusters have public endpoints only; use Enterprise (PrivateLink Attachment) or Dedicated (Confluent network) for private networking.`
      : `A ${info.type} cluster connects privately through ${privateKinds.map((k) => `'${k}'`).join(', ')}.`;
    c.error('confluent/private-networking-not-offered', 'networking.kind', `be one of the kinds a ${info.type} cluster offers (${['public', ...privateKinds].join(', ')})`, n.kind, fix);
    return { kind: 'public' };
  }
  switch (n.kind) {
    case 'privatelink-attachment':
      if (!PRIVATELINK_ATTACHMENT_CLOUDS.includes(cloud)) {
        c.error('confluent/privatelink-attachment-cloud', 'networking.kind', `be used on ${PRIVATELINK_ATTACHMENT_CLOUDS.join(' or ')}`, cloud, 'Run the Enterprise cluster on AWS or Azure, or use a Dedicated cluster with Private Service Connect.');
      }
      endpointMatches(n.endpoint, cloud, c);
      return { kind: 'privatelink-attachment', endpoint: n.endpoint };
    case 'privatelink':
      if ((n.allowedAccounts ?? []).length === 0) {
        c.error('confluent/privatelink-accounts', 'networking.allowedAccounts', 'list at least one account that may connect', n.allowedAccounts, `Add your ${accountWord(cloud)}.`);
      }
      (n.allowedAccounts ?? []).forEach((a, i) => accountFormat(a, cloud, `networking.allowedAccounts[${i}]`, c, known));
      endpointMatches(n.endpoint, cloud, c);
      if (n.endpoint?.cloud === 'GCP' && (n.zones ?? []).length === 0) {
        c.error('confluent/psc-zones', 'networking.zones', 'list the network\'s zones when the library creates the Private Service Connect endpoints', n.zones, 'E.g. ["us-central1-a", "us-central1-b", "us-central1-c"].');
      }
      // One private endpoint per zone on GCP and Azure (Confluent publishes one service per zone there); Azure zones are named 1-3.
      const endpointZones = n.endpoint?.cloud === 'GCP' ? n.zones : n.endpoint?.cloud === 'AZURE' ? (n.zones ?? ['1', '2', '3']) : undefined;
      return { kind: 'network', connectionType: 'PRIVATELINK', zones: n.zones, dnsResolution: 'PRIVATE', allowedAccounts: n.allowedAccounts ?? [], endpoint: n.endpoint, endpointZones };
    case 'peering':
      cidr16(n.cidr, c, known);
      if (n.peer?.cloud !== cloud) {
        c.error('confluent/peer-cloud', 'networking.peer.cloud', `match the cluster's cloud (${cloud})`, n.peer?.cloud, 'Peering connects networks in one cloud.');
      } else if (n.peer.cloud === 'AWS') {
        accountFormat(n.peer.account, 'AWS', 'networking.peer.account', c, known);
        (n.peer.routes ?? []).forEach((r, i) => cidrFormat(r, `networking.peer.routes[${i}]`, c, known));
        noOverlap(n.cidr, n.peer.routes ?? [], 'networking.peer.routes', c, known);
      }
      return { kind: 'network', connectionType: 'PEERING', cidr: n.cidr, allowedAccounts: [], peer: n.peer };
    case 'transit-gateway':
      if (!NETWORK_CONNECTION_CLOUDS.TRANSITGATEWAY.includes(cloud)) {
        c.error('confluent/transit-gateway-aws-only', 'networking.kind', 'be used on AWS only', cloud, 'Use PrivateLink or peering on Azure and GCP.');
      }
      cidr16(n.cidr, c, known);
      if (known(n.ramResourceShareArn) && !/^arn:aws[a-z-]*:ram:[a-z0-9-]+:\d{12}:resource-share\/[A-Za-z0-9-]+$/.test(n.ramResourceShareArn)) {
        c.error('confluent/ram-share-arn', 'networking.ramResourceShareArn', 'be a RAM resource share ARN', n.ramResourceShareArn, 'Share the transit gateway with Confluent\'s account through AWS RAM and pass the share\'s ARN.');
      }
      if (known(n.transitGatewayId) && !/^tgw-[0-9a-f]+$/.test(n.transitGatewayId ?? '')) {
        c.error('confluent/transit-gateway-id', 'networking.transitGatewayId', 'be a transit gateway id like "tgw-0abc"', n.transitGatewayId, 'Pass the id of the shared transit gateway.');
      }
      if ((n.routes ?? []).length === 0) c.error('confluent/tgw-routes', 'networking.routes', 'list at least one destination CIDR', n.routes, 'Add the CIDRs of the VPCs your clients run in.');
      (n.routes ?? []).forEach((r, i) => cidrFormat(r, `networking.routes[${i}]`, c, known));
      noOverlap(n.cidr, n.routes ?? [], 'networking.routes', c, known);
      return { kind: 'network', connectionType: 'TRANSITGATEWAY', cidr: n.cidr, allowedAccounts: [], transitGateway: { transitGatewayId: n.transitGatewayId, ramResourceShareArn: n.ramResourceShareArn, routes: n.routes ?? [] } };
    case 'existing-network':
      if (known(n.networkId) && !/^n-[a-z0-9]+$/.test(n.networkId)) {
        c.error('confluent/network-id', 'networking.networkId', 'be a network id like "n-abc123"', n.networkId, 'Copy it from the environment\'s network management page.');
      }
      return { kind: 'existing-network', networkId: n.networkId };
    default:
      c.error('confluent/networking-kind', 'networking.kind', "be 'public', 'privatelink-attachment', 'privatelink', 'peering', 'transit-gateway' or 'existing-network'", (n as { kind?: unknown }).kind, 'Pick one.');
      return { kind: 'public' };
  }
}

function accountWord(cloud: ConfluentCloud): string {
  return cloud === 'AWS' ? 'AWS account id' : cloud === 'AZURE' ? 'Azure subscription id' : 'GCP project id';
}

function accountFormat(a: string, cloud: ConfluentCloud, path: string, c: IssueCollector, known: (v: unknown) => boolean): void {
  if (!known(a)) return;
  const re = cloud === 'AWS' ? AWS_ACCOUNT : cloud === 'AZURE' ? UUID : GCP_PROJECT;
  if (!re.test(a)) c.error('confluent/account-id', path, `be an ${accountWord(cloud)}`, a, cloud === 'AWS' ? 'Use the 12-digit id, not an ARN.' : 'Check the id.');
}

function endpointMatches(endpoint: { cloud: ConfluentCloud } | undefined, cloud: ConfluentCloud, c: IssueCollector): void {
  if (endpoint && endpoint.cloud !== cloud) {
    c.error('confluent/endpoint-cloud', 'networking.endpoint.cloud', `match the cluster's cloud (${cloud})`, endpoint.cloud, 'The private endpoint lives in the cloud that runs the cluster.');
  }
}

function cidr16(cidr: string, c: IssueCollector, known: (v: unknown) => boolean): void {
  if (!known(cidr)) return;
  const m = CIDR16.exec(cidr ?? '');
  if (!m || Number(m[1]) > 255 || Number(m[2]) > 255) {
    c.error('confluent/network-cidr', 'networking.cidr', 'be a /16 IPv4 CIDR such as "10.10.0.0/16"', cidr, 'Confluent networks for peering and transit gateways take a /16 that overlaps none of yours.');
  }
}

function cidrFormat(cidr: string, path: string, c: IssueCollector, known: (v: unknown) => boolean): void {
  if (known(cidr) && !CIDR.test(cidr)) c.error('confluent/cidr', path, 'be an IPv4 CIDR', cidr, 'E.g. "10.0.0.0/16".');
}

/** The Confluent network's /16 and the routes to the peer's networks must not overlap: traffic to an overlap goes nowhere. */
function noOverlap(cidr: string, routes: readonly string[], path: string, c: IssueCollector, known: (v: unknown) => boolean): void {
  if (!known(cidr)) return;
  routes.forEach((r, i) => {
    if (known(r) && typeof r === 'string' && typeof cidr === 'string' && ipv4CidrsOverlap(cidr, r)) {
      c.error('confluent/cidr-overlap', `${path}[${i}]`, `not overlap the Confluent network's CIDR (networking.cidr: ${cidr})`, r,
        'Give the Confluent network a /16 that none of your networks use (it cannot change after creation), or correct the route.');
    }
  });
}
