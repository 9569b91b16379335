/**
 * Network children of the namespace: the rule set (always created, so the service default of Allow never
 * applies), private endpoints with their DNS zone groups, and the Private Link DNS zone with its VNet links.
 */
import * as pulumi from '@pulumi/pulumi';
import * as eventhub from '@pulumi/azure-native/eventhub';
import * as network from '@pulumi/azure-native/network';
import * as privatedns from '@pulumi/azure-native/privatedns';
import type { EventHubsPlan } from '../plan-types';

type Id = pulumi.Input<string>;

export interface NetworkContext {
  readonly name: string;
  readonly plan: EventHubsPlan<Id>;
  readonly resourceGroupName: Id;
  readonly location?: Id;
  readonly namespace: eventhub.Namespace;
  readonly parent: pulumi.CustomResourceOptions;
  readonly retained: pulumi.CustomResourceOptions;
}

export interface NetworkChildren {
  readonly ruleSet: eventhub.NamespaceNetworkRuleSet;
  readonly privateEndpoints: Record<string, network.PrivateEndpoint>;
  readonly zone?: privatedns.PrivateZone;
  readonly resources: pulumi.Resource[];
}

export function createNetwork(ctx: NetworkContext): NetworkChildren {
  const { name, plan, resourceGroupName, namespace } = ctx;
  const rs = plan.networkRuleSet;
  const resources: pulumi.Resource[] = [];
  // The rule set carries its own publicNetworkAccess; it always repeats the namespace's value so it can never
  // re-open what the namespace closed.
  const ruleSet = new eventhub.NamespaceNetworkRuleSet(
    `${name}-network-rules`,
    {
      namespaceName: namespace.name,
      resourceGroupName,
      defaultAction: rs.defaultAction,
      publicNetworkAccess: rs.publicNetworkAccess,
      trustedServiceAccessEnabled: rs.trustedServiceAccessEnabled,
      ipRules: rs.ipRules.map((r) => ({ ipMask: r.ipMask, action: r.action })),
      virtualNetworkRules: rs.virtualNetworkRules.map((r) => ({ subnet: { id: r.subnetId }, ignoreMissingVnetServiceEndpoint: r.ignoreMissingVnetServiceEndpoint })),
    },
    ctx.retained,
  );
  resources.push(ruleSet);

  let zone: privatedns.PrivateZone | undefined;
  let zoneId: pulumi.Input<string> | undefined;
  const dns = plan.privateDns;
  const zoneConfigName = dns.kind === 'none' ? undefined : dns.zoneName.replace(/\./g, '-');
  if (dns.kind === 'create') {
    zone = new privatedns.PrivateZone(`${name}-dns-zone`, { privateZoneName: dns.zoneName, resourceGroupName, location: 'global', tags: { ...plan.tags } }, ctx.parent);
    zoneId = zone.id;
    resources.push(zone);
    for (const link of dns.links) {
      resources.push(new privatedns.VirtualNetworkLink(
        `${name}-dns-link-${link.key}`,
        {
          privateZoneName: zone.name,
          resourceGroupName,
          virtualNetworkLinkName: `${plan.namespaceName}-${link.key}`,
          virtualNetwork: { id: link.virtualNetworkId },
          registrationEnabled: false,
          location: 'global',
          tags: { ...plan.tags },
        },
        ctx.parent,
      ));
    }
  } else if (dns.kind === 'existing') {
    zoneId = dns.zoneId;
  }

  const privateEndpoints: Record<string, network.PrivateEndpoint> = {};
  for (const pe of plan.privateEndpoints) {
    const endpoint = new network.PrivateEndpoint(
      `${name}-pe-${pe.key}`,
      {
        privateEndpointName: pe.azureName,
        resourceGroupName,
        location: ctx.location,
        subnet: { id: pe.subnetId },
        privateLinkServiceConnections: [{ name: pe.azureName, privateLinkServiceId: namespace.id, groupIds: [pe.groupId] }],
        tags: { ...plan.tags },
      },
      ctx.parent,
    );
    privateEndpoints[pe.key] = endpoint;
    resources.push(endpoint);
    if (zoneId !== undefined) {
      resources.push(new network.PrivateDnsZoneGroup(
        `${name}-pe-${pe.key}-dns`,
        {
          privateEndpointName: endpoint.name,
          resourceGroupName,
          privateDnsZoneGroupName: 'default',
          privateDnsZoneConfigs: [{ name: zoneConfigName, privateDnsZoneId: zoneId }],
        },
        ctx.parent,
      ));
    }
  }
  return { ruleSet, privateEndpoints, zone, resources };
}
