/**
 * Section validators for the namespace itself: tier and capacity, the Dedicated cluster, encryption and
 * identities, networking. Each records issues and returns the decided values. Called by `planEventHubsNamespace`.
 */
import { expectInteger, type IssueCollector, type IsUnknown } from '../core';
import { ARM_TYPES, ArmType, isArmIdOfType, resourceNameOf, virtualNetworkOfSubnet } from './arm-ids';
import { AZURE_CLOUDS, AzureCloudName, COMMON_LIMITS, ENTITY_NAME, EventHubsTier, EventHubsTierLimits, TIER_LIMITS } from './limits';
import type { EventHubsPlan, PlannedEncryption, PlannedIdentity, PlannedNetworkRuleSet, PlannedPrivateDns, PlannedPrivateEndpoint } from './plan-types';
import type { EventHubsNamespaceSpec } from './spec';

const IPV4_RANGE = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}(\/(3[0-2]|[12]?\d))?$/;
const PUBLIC_ACCESS = ['Disabled', 'Enabled', 'SecuredByPerimeter'] as const;

/** Checks an id the plan can read now; deploy-time values are deferred to the service. */
export function checkArmId(c: IssueCollector, isUnknown: IsUnknown, path: string, value: unknown, type: ArmType, example: string): void {
  if (value === undefined || isUnknown(value)) return;
  if (typeof value !== 'string' || !isArmIdOfType(value, type)) {
    c.error('event-hubs/arm-id', path, `be a ${type} resource id`, value, `Pass the full id, e.g. ${example}.`);
  }
}

const SUB = '/subscriptions/<sub>/resourceGroups/<rg>/providers';

export function validateCapacity(spec: EventHubsNamespaceSpec<unknown>, tier: EventHubsTier, limits: EventHubsTierLimits, c: IssueCollector) {
  // A capacity of the wrong type or out of range is reported once and becomes NaN: the rules that depend on it
  // (auto-inflate ceiling, per-unit quotas) are skipped.
  const typed = spec.capacity === undefined ? 1 : expectInteger(spec.capacity, { code: 'event-hubs/capacity', path: 'capacity' }, c);
  let capacity = typed ?? Number.NaN;
  if (typed !== undefined && !limits.capacities.includes(typed)) {
    capacity = Number.NaN;
    const allowed = tier === 'Premium' ? limits.capacities.join(', ') : `${limits.capacities[0]}-${limits.capacities[limits.capacities.length - 1]}`;
    c.error('event-hubs/capacity', 'capacity', `be ${allowed} ${limits.capacityUnit}s on ${tier}`, spec.capacity,
      tier === 'Premium' ? 'Premium namespaces come in 1, 2, 4, 8 or 16 processing units.' : `Pick a whole number of ${limits.capacityUnit}s in range.`);
  }
  let autoInflate = { enabled: false, maximumThroughputUnits: 0 };
  if (spec.autoInflate !== undefined) {
    const top = TIER_LIMITS.Standard.capacities[TIER_LIMITS.Standard.capacities.length - 1];
    if (!limits.autoInflate) {
      c.error('event-hubs/auto-inflate-tier', 'autoInflate', 'be omitted on ' + tier, spec.autoInflate,
        `Auto-inflate scales Standard throughput units only; size ${tier} with \`capacity\`.`);
    } else {
      const max = expectInteger(spec.autoInflate.maximumThroughputUnits, { code: 'event-hubs/auto-inflate-maximum', path: 'autoInflate.maximumThroughputUnits' }, c);
      if (Number.isInteger(capacity) && (spec.autoInflate.maximumThroughputUnits === undefined || (max !== undefined && (max < capacity || max > top)))) {
        c.error('event-hubs/auto-inflate-maximum', 'autoInflate.maximumThroughputUnits', `be an integer from capacity (${capacity}) to ${top}`, spec.autoInflate.maximumThroughputUnits,
          `Set a ceiling between ${capacity} and ${top} throughput units, or remove autoInflate.`);
      } else if (max !== undefined && Number.isInteger(capacity)) {
        autoInflate = { enabled: true, maximumThroughputUnits: max };
      }
    }
  }
  return { capacity, autoInflate };
}

export function validateDedicatedCluster(
  spec: EventHubsNamespaceSpec<unknown>, tier: EventHubsTier, capacity: number, c: IssueCollector, isUnknown: IsUnknown,
): EventHubsPlan<unknown>['dedicatedCluster'] {
  const d = spec.dedicatedCluster;
  if (tier !== 'Dedicated') {
    if (d !== undefined) {
      c.error('event-hubs/dedicated-cluster-tier', 'dedicatedCluster', "be omitted unless tier is 'Dedicated'", d.kind, "Set tier: 'Dedicated', or remove dedicatedCluster.");
    }
    return undefined;
  }
  if (d === undefined || d.kind === 'create') {
    const clusterName = d?.clusterName ?? `${spec.namespaceName}-cluster`;
    if (!/^[a-zA-Z][a-zA-Z0-9-]{4,48}[a-zA-Z0-9]$/.test(clusterName)) {
      c.error('event-hubs/cluster-name', 'dedicatedCluster.clusterName', 'be 6-50 letters, digits or hyphens starting with a letter', clusterName, 'Rename the cluster.');
    }
    return { kind: 'create', clusterName, capacityUnits: capacity };
  }
  if (d.kind === 'existing') {
    checkArmId(c, isUnknown, 'dedicatedCluster.clusterId', d.clusterId, ARM_TYPES.eventHubsCluster, `${SUB}/Microsoft.EventHub/clusters/<name>`);
    if (spec.capacity !== undefined) {
      c.error('event-hubs/dedicated-existing-capacity', 'capacity', 'be omitted when the namespace joins an existing cluster', spec.capacity,
        'Capacity units belong to the cluster; scale it where it is managed.');
    }
    return { kind: 'existing', clusterId: d.clusterId };
  }
  c.error('event-hubs/dedicated-cluster-kind', 'dedicatedCluster.kind', "be 'create' or 'existing'", (d as { kind: unknown }).kind, 'Create a cluster, or pass the id of yours.');
  return undefined;
}

export function validateEncryption<R>(
  spec: EventHubsNamespaceSpec<R>, tier: EventHubsTier, limits: EventHubsTierLimits, c: IssueCollector, isUnknown: IsUnknown,
): { encryption?: PlannedEncryption<R>; identity: PlannedIdentity<R> } {
  const e = spec.encryption ?? {};
  const cmk = e.customerManagedKey;
  const existingIds: R[] = [];
  let encryption: PlannedEncryption<R> | undefined;
  if (cmk !== undefined) {
    if (!limits.customerManagedKey) {
      c.error('event-hubs/cmk-tier', 'encryption.customerManagedKey', 'be used only on Premium or Dedicated', tier,
        "Customer-managed keys are not available on Standard; use tier 'Premium', or remove the key.");
    }
    if (!isUnknown(cmk.keyVaultUri) && (typeof cmk.keyVaultUri !== 'string' || !/^https:\/\/[a-zA-Z0-9-]{3,24}\.vault\.[a-z0-9.]+\/?$/.test(cmk.keyVaultUri))) {
      c.error('event-hubs/key-vault-uri', 'encryption.customerManagedKey.keyVaultUri', 'be a Key Vault URI', cmk.keyVaultUri, 'Use https://<vault>.vault.azure.net/.');
    }
    if (!/^[a-zA-Z0-9-]{1,127}$/.test(cmk.keyName ?? '')) {
      c.error('event-hubs/key-name', 'encryption.customerManagedKey.keyName', 'be a Key Vault key name (1-127 letters, digits, hyphens)', cmk.keyName, 'Pass the key name, not its URI.');
    }
    const identity = cmk.identity ?? { kind: 'create' as const };
    if (identity.kind === 'existing') {
      checkArmId(c, isUnknown, 'encryption.customerManagedKey.identity.resourceId', identity.resourceId, ARM_TYPES.userAssignedIdentity,
        `${SUB}/Microsoft.ManagedIdentity/userAssignedIdentities/<name>`);
      existingIds.push(identity.resourceId);
    } else if (cmk.keyVaultId === undefined) {
      c.error('event-hubs/cmk-key-vault-id', 'encryption.customerManagedKey.keyVaultId', 'be set when the component creates the identity', undefined,
        'Pass the vault id so the identity is granted Key Vault Crypto Service Encryption User, or bring an identity you granted (identity: { kind: "existing" }).');
    }
    checkArmId(c, isUnknown, 'encryption.customerManagedKey.keyVaultId', cmk.keyVaultId, ARM_TYPES.keyVault, `${SUB}/Microsoft.KeyVault/vaults/<name>`);
    encryption = {
      keySource: 'Microsoft.KeyVault', keyVaultUri: cmk.keyVaultUri, keyName: cmk.keyName, keyVersion: cmk.keyVersion, identity,
      keyVaultId: identity.kind === 'create' ? cmk.keyVaultId : undefined, requireInfrastructureEncryption: e.requireInfrastructureEncryption ?? false,
    };
  } else if (e.requireInfrastructureEncryption) {
    c.error('event-hubs/infrastructure-encryption-needs-cmk', 'encryption.requireInfrastructureEncryption', 'be set only with a customer-managed key', true,
      'Add encryption.customerManagedKey (Premium or Dedicated), or remove the flag.');
  }
  for (const [i, hub] of (spec.eventHubs ?? []).entries()) {
    const id = hub.capture?.userAssignedIdentityId;
    if (id === undefined) continue;
    checkArmId(c, isUnknown, `eventHubs[${i}].capture.userAssignedIdentityId`, id, ARM_TYPES.userAssignedIdentity, `${SUB}/Microsoft.ManagedIdentity/userAssignedIdentities/<name>`);
    if (!existingIds.some((x) => x === id)) existingIds.push(id);
  }
  return { encryption, identity: { createCmkIdentity: encryption?.identity.kind === 'create', existingIds } };
}

export function validateNetwork<R>(spec: EventHubsNamespaceSpec<R>, cloud: AzureCloudName, c: IssueCollector, isUnknown: IsUnknown) {
  const n = spec.network ?? {};
  const publicNetworkAccess = n.publicNetworkAccess ?? 'Disabled';
  if (!(PUBLIC_ACCESS as readonly string[]).includes(publicNetworkAccess)) {
    c.error('event-hubs/public-access', 'network.publicNetworkAccess', `be one of ${PUBLIC_ACCESS.join(', ')}`, publicNetworkAccess, "Keep 'Disabled' and use private endpoints.");
  }
  const ips = n.allowedIpRanges ?? [];
  const subnets = n.allowedSubnetIds ?? [];
  const open = publicNetworkAccess === 'Enabled';
  if (!open && (ips.length > 0 || subnets.length > 0)) {
    c.error('event-hubs/firewall-rules-need-public-access', ips.length > 0 ? 'network.allowedIpRanges' : 'network.allowedSubnetIds',
      "be empty unless publicNetworkAccess is 'Enabled' (the rules filter public traffic only)", publicNetworkAccess,
      "Set network.publicNetworkAccess: 'Enabled' to let these sources in, or remove them.");
  }
  if (n.allowPublicFromAnywhere && !open) {
    c.error('event-hubs/allow-anywhere-needs-public-access', 'network.allowPublicFromAnywhere', "be set only with publicNetworkAccess 'Enabled'", publicNetworkAccess,
      'Remove it: with public access closed, nothing public can connect anyway.');
  } else if (open && ips.length === 0 && subnets.length === 0 && !n.allowPublicFromAnywhere && n.allowPublicAccessWithoutRules !== true) {
    c.error('event-hubs/public-access-without-rules', 'network.publicNetworkAccess', "be 'Disabled' when no firewall rule lets a public source in", publicNetworkAccess,
      "Add network.allowedIpRanges or allowedSubnetIds, keep 'Disabled' and use private endpoints, or set network.allowPublicAccessWithoutRules: true if the rules are managed elsewhere.");
  } else if (n.allowPublicFromAnywhere) {
    c.warn('event-hubs/public-from-anywhere', 'network.allowPublicFromAnywhere', 'Default action Allow: any address on the internet can reach the Kafka endpoint (authentication still applies). Prefer allowedIpRanges or private endpoints.');
  }
  ips.forEach((ip, i) => {
    if (!IPV4_RANGE.test(ip)) c.error('event-hubs/ip-range', `network.allowedIpRanges[${i}]`, 'be an IPv4 address or CIDR range', ip, 'Use e.g. 203.0.113.0/24.');
  });
  if (ips.length > COMMON_LIMITS.maxIpRules) {
    c.error('event-hubs/ip-rule-count', 'network.allowedIpRanges', `hold at most ${COMMON_LIMITS.maxIpRules} entries`, ips.length, 'Aggregate ranges into wider CIDRs.');
  }
  subnets.forEach((s, i) => checkArmId(c, isUnknown, `network.allowedSubnetIds[${i}]`, s, ARM_TYPES.subnet, `${SUB}/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>`));
  if (n.trustedServiceAccess) {
    c.warn('event-hubs/trusted-services', 'network.trustedServiceAccess', 'Trusted Microsoft services bypass the firewall; they still need a role or SAS rule to read or write.');
  }
  const networkRuleSet: PlannedNetworkRuleSet<R> = {
    defaultAction: open && n.allowPublicFromAnywhere ? 'Allow' : 'Deny',
    publicNetworkAccess,
    trustedServiceAccessEnabled: n.trustedServiceAccess ?? false,
    ipRules: ips.map((ipMask) => ({ ipMask, action: 'Allow' as const })),
    virtualNetworkRules: subnets.map((subnetId) => ({ subnetId, ignoreMissingVnetServiceEndpoint: false as const })),
  };

  const privateEndpoints: PlannedPrivateEndpoint<R>[] = [];
  const seen = new Set<string>();
  (n.privateEndpoints ?? []).forEach((pe, i) => {
    if (!ENTITY_NAME.test(pe.name ?? '') || pe.name.length > 40) {
      c.error('event-hubs/private-endpoint-name', `network.privateEndpoints[${i}].name`, 'be 1-40 letters, digits, ".", "_" or "-"', pe.name, 'Use a short name such as "app-vnet".');
    } else if (seen.has(pe.name.toLowerCase())) {
      c.error('event-hubs/private-endpoint-name-duplicate', `network.privateEndpoints[${i}].name`, 'be unique (it names the endpoint)', pe.name,
        'Give each private endpoint its own name, e.g. after its VNet.');
    }
    seen.add((pe.name ?? '').toLowerCase());
    checkArmId(c, isUnknown, `network.privateEndpoints[${i}].subnetId`, pe.subnetId, ARM_TYPES.subnet, `${SUB}/Microsoft.Network/virtualNetworks/<vnet>/subnets/<subnet>`);
    privateEndpoints.push({ key: pe.name, azureName: `${spec.namespaceName}-pe-${pe.name}`, subnetId: pe.subnetId, groupId: 'namespace' });
  });
  if (publicNetworkAccess === 'Disabled' && privateEndpoints.length === 0 && !n.trustedServiceAccess) {
    c.warn('event-hubs/no-network-path', 'network', 'Public access is Disabled and no private endpoint is declared: only endpoints created elsewhere can reach the namespace. Add network.privateEndpoints.');
  }
  const privateDns = planPrivateDns(n.privateDns, privateEndpoints, cloud, c, isUnknown);
  return { publicNetworkAccess, networkRuleSet, privateEndpoints, privateDns };
}

function planPrivateDns<R>(
  option: NonNullable<EventHubsNamespaceSpec<R>['network']>['privateDns'], endpoints: readonly PlannedPrivateEndpoint<R>[], cloud: AzureCloudName, c: IssueCollector, isUnknown: IsUnknown,
): PlannedPrivateDns<R> {
  const o = option ?? { kind: 'create' as const };
  const zoneName = `privatelink.${AZURE_CLOUDS[cloud].serviceBusSuffix}`;
  if (endpoints.length === 0) {
    if (option !== undefined && option.kind !== 'none') {
      c.error('event-hubs/private-dns-without-endpoints', 'network.privateDns', 'be omitted without private endpoints', option.kind, 'Add network.privateEndpoints, or remove privateDns.');
    }
    return { kind: 'none' };
  }
  switch (o.kind) {
    case 'none':
      return { kind: 'none' };
    case 'existing':
      checkArmId(c, isUnknown, 'network.privateDns.zoneId', o.zoneId, ARM_TYPES.privateDnsZone, `${SUB}/Microsoft.Network/privateDnsZones/${zoneName}`);
      if (typeof o.zoneId === 'string' && !isUnknown(o.zoneId) && resourceNameOf(o.zoneId).toLowerCase() !== zoneName) {
        c.error('event-hubs/private-dns-zone-name', 'network.privateDns.zoneId', `name the ${zoneName} zone`, resourceNameOf(o.zoneId), 'Event Hubs private endpoints resolve through this zone only.');
      }
      return { kind: 'existing', zoneName, zoneId: o.zoneId };
    case 'create': {
      const candidates: { vnet: R; path: string }[] = o.virtualNetworkIds
        ? o.virtualNetworkIds.map((vnet, i) => ({ vnet, path: `network.privateDns.virtualNetworkIds[${i}]` }))
        : endpoints.map((pe, i) => {
            if (typeof pe.subnetId !== 'string' || isUnknown(pe.subnetId)) {
              c.error('event-hubs/private-dns-vnet-unknown', `network.privateEndpoints[${i}].subnetId`, 'be known before deployment to derive the VNet to link', '(deploy-time value)',
                'Pass network.privateDns.virtualNetworkIds (one link per VNet), or a subnet id string.');
              return { vnet: pe.subnetId, path: `network.privateEndpoints[${i}].subnetId` };
            }
            return { vnet: virtualNetworkOfSubnet(pe.subnetId) as unknown as R, path: `network.privateEndpoints[${i}].subnetId` };
          });
      const links: { key: string; virtualNetworkId: R }[] = [];
      const keys = new Set<string>();
      const linked = new Set<string>();
      candidates.forEach(({ vnet, path }, i) => {
        const known = typeof vnet === 'string' && !isUnknown(vnet);
        if (known && o.virtualNetworkIds) checkArmId(c, isUnknown, path, vnet, ARM_TYPES.virtualNetwork, `${SUB}/Microsoft.Network/virtualNetworks/<vnet>`);
        if (known) {
          // A VNet can be linked to a zone once; endpoints in one VNet share the link. Compare whole ids (ARM ids are
          // case-insensitive): VNets of the same name in other resource groups or subscriptions need their own link.
          const id = (vnet as string).toLowerCase();
          if (linked.has(id)) {
            if (o.virtualNetworkIds) c.error('event-hubs/private-dns-vnet-duplicate', path, 'list each VNet once', vnet, 'Remove the duplicate.');
            return;
          }
          linked.add(id);
        }
        // The key names the link (Pulumi and Azure): the VNet's name, suffixed when another VNet already took it.
        const base = known ? resourceNameOf(vnet as string).toLowerCase() : `vnet${i}`;
        let key = base;
        for (let n = 2; keys.has(key); n++) key = `${base}-${n}`;
        keys.add(key);
        links.push({ key, virtualNetworkId: vnet });
      });
      return { kind: 'create', zoneName, links };
    }
    default:
      c.error('event-hubs/private-dns-kind', 'network.privateDns.kind', "be 'create', 'existing' or 'none'", (o as { kind: unknown }).kind, 'Create the zone, or point at your hub zone.');
      return { kind: 'none' };
  }
}
