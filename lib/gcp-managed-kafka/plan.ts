/**
 * Managed Kafka: spec -> validated plan. Pure: no cloud SDK. The Pulumi face calls `planGcpKafkaCluster` and only
 * maps the result to `@pulumi/gcp` resources.
 */
import { checkRegion, expectInteger, expectNumber, Issue, IssueCollector, IsUnknown, KafkaValidationError, neverUnknown, validateWorkload } from '../core';
import { bootstrapAddressOf, renderClientProperties } from './client-properties';
import { planConnect } from './connect';
import {
  CLUSTER_CAPACITY, DEFAULT_REBALANCE_MODE, FORMATS, KMS_ROTATION_DAYS, MAX_LABELS, MTLS_LIMITS, NETWORK_LIMITS, REBALANCE_MODES, REGION_QUOTAS,
  managedKafkaServiceAgent,
} from './limits';
import type { GcpKafkaKeyPlan, GcpKafkaPlan, GcpKafkaSubnetPlan } from './plan-types';
import { checkGcpKafkaSizing } from './sizing';
import type { GcpKafkaClusterSpec } from './spec';
import { planIntentAcls } from './intents';
import { planAcls, planTopics } from './topics';

export { KafkaValidationError };

const GIB = 1024 ** 3;
const SECONDS_PER_DAY = 86_400;

/** Validates the spec and returns every issue (errors and warnings). Pure. */
export function validateGcpKafkaCluster(spec: GcpKafkaClusterSpec, isUnknown: IsUnknown = neverUnknown): Issue[] {
  return decide(spec, isUnknown).issues;
}

/** Validates and decides everything; throws one `KafkaValidationError` listing all errors. */
export function planGcpKafkaCluster(spec: GcpKafkaClusterSpec, isUnknown: IsUnknown = neverUnknown, subject?: string): GcpKafkaPlan {
  const { issues, plan } = decide(spec, isUnknown);
  new IssueCollector().addAll(issues).throwIfErrors(subject ?? `Managed Kafka cluster ${typeof spec?.clusterId === 'string' ? `'${spec.clusterId}'` : '(unnamed)'}`);
  return plan!;
}

function decide(spec: GcpKafkaClusterSpec, isUnknown: IsUnknown): { issues: Issue[]; plan?: GcpKafkaPlan } {
  const c = new IssueCollector();
  const known = (v: unknown) => v !== undefined && !isUnknown(v);

  if (!FORMATS.resourceId.test(spec.clusterId ?? '')) {
    c.error('gcp-kafka/cluster-id', 'clusterId', 'be 1-63 lower-case letters, digits or hyphens, starting with a letter (RFC 1035)', spec.clusterId, 'Rename the cluster, e.g. "orders-prod".');
  }
  if (!FORMATS.projectId.test(spec.project ?? '')) {
    c.error('gcp-kafka/project', 'project', 'be a project id (6-30 lower-case letters, digits or hyphens)', spec.project, 'Pass the project id, not its name or number.');
  }
  if (typeof spec.region === 'string' && FORMATS.region.test(spec.region)) {
    checkRegion('gcp', spec.region, { code: 'gcp-kafka/region', path: 'region' }, c);
  } else {
    const hint = typeof spec.region === 'string' ? didYouMeanOf(spec.region) : '';
    c.error('gcp-kafka/region', 'region', 'be a region such as "us-central1" (the cluster is always regional, never zonal)', spec.region, hint || 'Pass a region, not a zone.');
  }
  if (known(spec.projectNumber) && !FORMATS.projectNumber.test(spec.projectNumber!)) {
    c.error('gcp-kafka/project-number', 'projectNumber', 'be the numeric project number', spec.projectNumber, 'Find it with `gcloud projects describe <id> --format="value(projectNumber)"`.');
  }

  const { vcpuCount, memoryBytes } = capacity(spec, c);
  const rebalanceMode = spec.rebalanceMode ?? DEFAULT_REBALANCE_MODE;
  if (!(REBALANCE_MODES as readonly string[]).includes(rebalanceMode)) {
    c.error('gcp-kafka/rebalance-mode', 'rebalanceMode', `be one of ${REBALANCE_MODES.join(', ')}`, spec.rebalanceMode, 'Keep AUTO_REBALANCE_ON_SCALE_UP so that added brokers take load.');
  }
  const labels = spec.labels ?? {};
  validateLabels(labels, 'labels', c);

  const subnets = planSubnets(spec, c, isUnknown);
  const hostProjects = [...new Set(subnets.map((s) => s.project).filter((p): p is string => p !== undefined && p !== spec.project))].sort();
  const hostProjectServiceAgentRole = spec.hostProjectServiceAgentRole ?? 'grant';
  if (hostProjectServiceAgentRole !== 'grant' && hostProjectServiceAgentRole !== 'already-granted') {
    c.error('gcp-kafka/host-project-role', 'hostProjectServiceAgentRole', "be 'grant' or 'already-granted'", hostProjectServiceAgentRole,
      'The service agent needs roles/managedkafka.serviceAgent on every project that owns a subnet.');
  }

  const encryptionKey = planKey(spec, c, isUnknown);
  const protect = spec.protect ?? true;
  const accept = spec.acceptReplacementOnKeyChange === true;
  if (accept && protect) {
    c.error('gcp-kafka/replacement-needs-unprotect', 'protect', 'be false when `acceptReplacementOnKeyChange` is true', protect,
      'Pulumi cannot replace a protected cluster: set `protect: false` for the update that changes the key, then set it back.');
  } else if (accept) {
    c.warn('gcp-kafka/replacement-accepted', 'acceptReplacementOnKeyChange',
      'A change of `encryptionKey` will delete the cluster with every message and create a new one. Set `acceptReplacementOnKeyChange: false` and `protect: true` again afterwards.');
  } else if (!protect) {
    c.warn('gcp-kafka/unprotected', 'protect', 'The cluster is not protected: removing it from the program deletes it with every message. Set `protect: true` (the default) for production.');
  }

  const tls = planMtls(spec, c, isUnknown);
  const topics = planTopics(spec.topics ?? [], c);
  const access = planIntentAcls(spec.access ?? [], planAcls(spec.acls ?? [], c, isUnknown), c, isUnknown);
  const acls = access.acls;
  const clientServiceAccounts = [...new Set([...(spec.clientServiceAccounts ?? []), ...access.clientServiceAccounts])].sort();
  (spec.clientServiceAccounts ?? []).forEach((sa, i) => {
    if (known(sa) && !FORMATS.serviceAccount.test(sa)) {
      c.error('gcp-kafka/client-service-account', `clientServiceAccounts[${i}]`, 'be a service account email (<name>@<project>.iam.gserviceaccount.com)', sa,
        'Pass the email only; the binding adds "serviceAccount:".');
    }
  });

  const bootstrap = bootstrapAddressOf(spec.bootstrapAddress, spec.project, spec.region, spec.clusterId);
  if (bootstrap.source === 'given' && !/^[a-z0-9.-]+\.cloud\.goog:\d{1,5}$/.test(bootstrap.address)) {
    c.error('gcp-kafka/bootstrap-address', 'bootstrapAddress', 'be the host the API reports (…managedkafka….cloud.goog), optionally with a port', spec.bootstrapAddress,
      "Copy it from `gcloud managed-kafka clusters describe <id> --location=<region> --format='value(bootstrapAddress)'`.");
  } else if (bootstrap.source === 'derived') {
    c.warn('gcp-kafka/bootstrap-derived', 'bootstrapAddress',
      `The bootstrap address is derived in the legacy form (${bootstrap.address}): @pulumi/gcp 9.37 does not expose it, and newer clusters report a generated ` +
      "`bootstrap-<id>….managedkafka.s.cloud.goog` name. After the first deployment, copy `gcloud managed-kafka clusters describe <id> --location=<region> --format='value(bootstrapAddress)'` into `bootstrapAddress`.");
  }
  const connect = spec.connect ? planConnect(spec.connect, { clusterId: spec.clusterId, region: spec.region, bootstrapAddress: bootstrap.address }, c, isUnknown) : undefined;

  const client = renderClientProperties(bootstrap.address);
  const plan: GcpKafkaPlan = {
    clusterId: spec.clusterId,
    project: spec.project,
    region: spec.region,
    serviceAgent: known(spec.projectNumber) ? managedKafkaServiceAgent(spec.projectNumber!) : undefined,
    vcpuCount,
    memoryBytes,
    brokerDiskGiB: spec.brokerDiskGiB,
    rebalanceMode,
    labels: { ...labels },
    subnets,
    hostProjects,
    hostProjectServiceAgentRole,
    encryptionKey,
    keyChange: accept ? 'replace' : 'refuse',
    protect,
    deletionPolicy: protect ? 'PREVENT' : 'DELETE',
    tls,
    topics,
    acls,
    clientServiceAccounts,
    connect,
    bootstrapAddress: bootstrap.address,
    bootstrapAddressSource: bootstrap.source,
    clientProperties: client.serialize(),
    clientPropertiesRecord: client.toRecord(),
    ...(spec.workload !== undefined ? { workload: spec.workload } : {}),
    warnings: [],
  };
  if (spec.workload !== undefined) {
    const workloadIssues = validateWorkload(spec.workload);
    c.addAll(workloadIssues);
    if (workloadIssues.length === 0 && c.errors.length === 0) c.addAll(checkGcpKafkaSizing(plan, spec.workload));
  }
  return { issues: [...c.issues], plan: c.errors.length === 0 ? { ...plan, warnings: [...c.warnings] } : undefined };
}

function capacity(spec: GcpKafkaClusterSpec, c: IssueCollector): { vcpuCount: number; memoryBytes: string } {
  const vcpu = spec.vcpuCount ?? CLUSTER_CAPACITY.defaultVcpu;
  const memoryGiB = spec.memoryGiB === undefined ? vcpu * CLUSTER_CAPACITY.defaultMemoryGiBPerVcpu
    : expectNumber(spec.memoryGiB, { code: 'gcp-kafka/memory', path: 'memoryGiB' }, c);
  const { min, max } = CLUSTER_CAPACITY.memoryGiBPerVcpu;
  if (expectInteger(vcpu, { code: 'gcp-kafka/vcpu', path: 'vcpuCount' }, c) === undefined) {
    // Reported by its type check.
  } else if (vcpu < CLUSTER_CAPACITY.minVcpu) {
    c.error('gcp-kafka/vcpu', 'vcpuCount', `be an integer of at least ${CLUSTER_CAPACITY.minVcpu}`, spec.vcpuCount, 'Use 3 or more vCPUs; the service needs three zones of brokers.');
  } else {
    if (memoryGiB !== undefined && (!Number.isInteger(memoryGiB * 1024) || memoryGiB < Math.max(CLUSTER_CAPACITY.minMemoryGiB, vcpu * min) || memoryGiB > vcpu * max)) {
      c.error('gcp-kafka/memory', 'memoryGiB', `be ${Math.max(CLUSTER_CAPACITY.minMemoryGiB, vcpu * min)}-${vcpu * max} GiB for ${vcpu} vCPUs (${min}-${max} GiB per vCPU, MiB granularity)`,
        spec.memoryGiB, `Use e.g. ${vcpu * CLUSTER_CAPACITY.defaultMemoryGiBPerVcpu} (4 GiB per vCPU).`);
    }
    if (vcpu > REGION_QUOTAS.vcpu) {
      c.warn('gcp-kafka/vcpu-quota', 'vcpuCount', `${vcpu} vCPUs exceed the default regional quota (${REGION_QUOTAS.vcpu}); request a quota increase before deploying.`);
    }
  }
  if (spec.brokerDiskGiB !== undefined && (!Number.isInteger(spec.brokerDiskGiB) || spec.brokerDiskGiB < CLUSTER_CAPACITY.minBrokerDiskGiB)) {
    c.error('gcp-kafka/broker-disk', 'brokerDiskGiB', `be an integer of at least ${CLUSTER_CAPACITY.minBrokerDiskGiB}`, spec.brokerDiskGiB, 'Use 100 GiB or more, or omit it for the service default.');
  }
  return { vcpuCount: vcpu, memoryBytes: String(Math.round((typeof memoryGiB === 'number' ? memoryGiB : 0) * GIB)) };
}

function validateLabels(labels: Readonly<Record<string, string>>, path: string, c: IssueCollector): void {
  const entries = Object.entries(labels);
  if (entries.length > MAX_LABELS) {
    c.error('gcp-kafka/labels-count', path, `hold at most ${MAX_LABELS} labels`, entries.length, 'Drop some labels.');
  }
  for (const [k, v] of entries) {
    if (!FORMATS.labelKey.test(k) || typeof v !== 'string' || !FORMATS.labelValue.test(v)) {
      c.error('gcp-kafka/label', `${path}.${k}`, 'have a key of lower-case letters, digits, "_" or "-" starting with a letter, and a value of at most 63 such characters', v,
        'GCP labels are lower case: e.g. { team: "payments" }.');
    }
  }
}

function planSubnets(spec: GcpKafkaClusterSpec, c: IssueCollector, isUnknown: IsUnknown): GcpKafkaSubnetPlan[] {
  const subnets = spec.subnets ?? [];
  if (subnets.length < 1 || subnets.length > NETWORK_LIMITS.maxSubnets) {
    c.error('gcp-kafka/subnet-count', 'subnets', `hold 1 to ${NETWORK_LIMITS.maxSubnets} subnets`, subnets.length,
      'Give one subnet per VPC network that clients connect from; the cluster has no public endpoint.');
  }
  const byNetwork = new Map<string, number>();
  const seen = new Set<string>();
  return subnets.map((s, i) => {
    const at = `subnets[${i}]`;
    let project: string | undefined;
    if (!isUnknown(s.subnet)) {
      const m = FORMATS.subnet.exec(s.subnet ?? '');
      if (!m) {
        c.error('gcp-kafka/subnet-format', `${at}.subnet`, 'be projects/<project>/regions/<region>/subnetworks/<name>', s.subnet, 'Pass the full subnet name (a subnet `id` output has this form).');
      } else {
        project = m[1];
        if (m[2] !== spec.region) {
          c.error('gcp-kafka/subnet-region', `${at}.subnet`, `be in the cluster's region (${spec.region})`, m[2], 'Private Service Connect endpoints are regional: pick a subnet of that region.');
        }
        if (seen.has(s.subnet)) c.error('gcp-kafka/subnet-duplicate', `${at}.subnet`, 'be listed once', s.subnet, 'Remove the duplicate.');
        seen.add(s.subnet);
      }
    }
    if (s.network === undefined) {
      if (subnets.length > 1) {
        c.error('gcp-kafka/subnet-network-missing', `${at}.network`, 'be set when several subnets are given', undefined, 'Name the VPC network of each subnet so that "one subnet per network" can be checked.');
      }
    } else if (!isUnknown(s.network)) {
      if (!FORMATS.network.test(s.network)) {
        c.error('gcp-kafka/network-format', `${at}.network`, 'be projects/<project>/global/networks/<name>', s.network, 'Pass the full network name.');
      } else if (byNetwork.has(s.network)) {
        c.error('gcp-kafka/subnet-same-network', `${at}.network`, `differ from subnets[${byNetwork.get(s.network)}] (one subnet per VPC network)`, s.network,
          'Keep one subnet per network: every subnet of a network can reach the cluster through that one.');
      } else {
        byNetwork.set(s.network, i);
      }
    }
    return { subnet: s.subnet, network: s.network, project };
  });
}

function planKey(spec: GcpKafkaClusterSpec, c: IssueCollector, isUnknown: IsUnknown): GcpKafkaKeyPlan {
  const k = spec.encryptionKey ?? { kind: 'create' as const };
  switch (k.kind) {
    case 'create': {
      const keyRingId = k.keyRingId ?? `${spec.clusterId}-kafka`;
      if (!/^[a-zA-Z0-9_-]{1,63}$/.test(keyRingId)) {
        c.error('gcp-kafka/key-ring-id', 'encryptionKey.keyRingId', 'be 1-63 letters, digits, "_" or "-"', keyRingId, 'Rename the key ring.');
      }
      const days = (k.rotationPeriodDays === undefined ? KMS_ROTATION_DAYS.default
        : expectInteger(k.rotationPeriodDays, { code: 'gcp-kafka/key-rotation', path: 'encryptionKey.rotationPeriodDays' }, c,
          { min: KMS_ROTATION_DAYS.min, max: KMS_ROTATION_DAYS.max, fix: 'Use 90 (the default) or 365.' })) ?? KMS_ROTATION_DAYS.default;
      return { kind: 'create', keyRingId, keyId: spec.clusterId, rotationPeriod: `${days * SECONDS_PER_DAY}s` };
    }
    case 'existing': {
      if (!isUnknown(k.keyName)) {
        const m = FORMATS.kmsKey.exec(k.keyName ?? '');
        if (!m) {
          c.error('gcp-kafka/kms-key-format', 'encryptionKey.keyName', 'be projects/<p>/locations/<region>/keyRings/<ring>/cryptoKeys/<key>', k.keyName,
            'Pass the key name (not a key version), e.g. a `kms.CryptoKey` id.');
        } else if (m[2] !== spec.region) {
          c.error('gcp-kafka/kms-key-region', 'encryptionKey.keyName', `be in the cluster's region (${spec.region})`, m[2],
            'Create the key ring in the cluster region (a global or multi-region key is refused), or omit encryptionKey to create one.');
        }
      }
      return { kind: 'existing', keyName: k.keyName };
    }
    default:
      c.error('gcp-kafka/encryption-key-kind', 'encryptionKey.kind', "be 'create' or 'existing'", (k as { kind: unknown }).kind, 'Encryption with a customer-managed key is always on.');
      return { kind: 'create', keyRingId: `${spec.clusterId}-kafka`, keyId: spec.clusterId, rotationPeriod: `${KMS_ROTATION_DAYS.default * SECONDS_PER_DAY}s` };
  }
}

function planMtls(spec: GcpKafkaClusterSpec, c: IssueCollector, isUnknown: IsUnknown): GcpKafkaPlan['tls'] {
  const m = spec.mtls;
  if (m === undefined) return undefined;
  const pools = m.caPools ?? [];
  if (pools.length < 1 || pools.length > MTLS_LIMITS.maxCaPools) {
    c.error('gcp-kafka/mtls-ca-pools', 'mtls.caPools', `hold 1 to ${MTLS_LIMITS.maxCaPools} CA pools`, pools.length, 'Pass the CA Service pools that issue client certificates, or omit mtls.');
  }
  pools.forEach((p, i) => {
    if (!isUnknown(p) && !FORMATS.caPool.test(p ?? '')) {
      c.error('gcp-kafka/mtls-ca-pool', `mtls.caPools[${i}]`, 'be projects/<p>/locations/<l>/caPools/<pool>', p, 'Pass a `certificateauthority.CaPool` id.');
    }
  });
  if (m.sslPrincipalMappingRules !== undefined) {
    if (/[\r\n]/.test(m.sslPrincipalMappingRules)) {
      c.error('gcp-kafka/mtls-mapping-rules', 'mtls.sslPrincipalMappingRules', 'be a single line', m.sslPrincipalMappingRules, 'Join the rules with commas.');
    }
    c.warn('gcp-kafka/mtls-mapping-restart', 'mtls.sslPrincipalMappingRules', 'Setting or changing `sslPrincipalMappingRules` restarts every broker (rolling restart); change it in a quiet period.');
  }
  return { caPools: [...pools], sslPrincipalMappingRules: m.sslPrincipalMappingRules };
}

/** The "did you mean" of a malformed region (a zone, a typo), from the GCP region table. */
function didYouMeanOf(region: string): string {
  const c = new IssueCollector();
  checkRegion('gcp', region, { code: 'gcp-kafka/region', path: 'region' }, c);
  return /Did you mean [^?]+\?/.exec(c.errors[0]?.message ?? '')?.[0] ?? '';
}
