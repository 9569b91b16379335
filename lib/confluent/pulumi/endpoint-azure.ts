/**
 * Azure half of a Confluent Private Link connection: a private endpoint per zone to Confluent's Private Link
 * service alias, a private DNS zone linked to the VNet and a wildcard record. Loaded (with `@pulumi/azure-native`
 * submodules) only when an Azure endpoint is asked for.
 */
import * as pulumi from '@pulumi/pulumi';
import * as network from '@pulumi/azure-native/network';
import * as privatedns from '@pulumi/azure-native/privatedns';
import type { ConfluentCloudSideEndpointSpec } from '../spec';
import type { CloudSideArgs, CloudSideResult } from './cloud-side';

type AzureSpec = Extract<ConfluentCloudSideEndpointSpec<pulumi.Input<string>>, { cloud: 'AZURE' }>;

export function createAzureEndpoints(name: string, spec: AzureSpec, a: CloudSideArgs): CloudSideResult {
  const opts = { parent: a.parent };
  const endpoints = a.zones.map((zone, i) => new network.PrivateEndpoint(`${name}-pe-${zone}`, {
    resourceGroupName: spec.resourceGroupName,
    subnet: { id: spec.subnetId },
    // Confluent approves the connection once the subscription is allowed, so it is a manual connection by alias.
    manualPrivateLinkServiceConnections: [{
      name: `${name}-${zone}`, privateLinkServiceId: a.serviceName(i), requestMessage: `kafka-iac: ${a.description}`,
    }],
  }, { parent: a.parent, dependsOn: a.dependsOn }));
  const zone = new privatedns.PrivateZone(`${name}-dns`, {
    resourceGroupName: spec.resourceGroupName, privateZoneName: a.dnsDomain, location: 'Global',
  }, opts);
  new privatedns.VirtualNetworkLink(`${name}-dns-link`, {
    resourceGroupName: spec.resourceGroupName, privateZoneName: zone.name, location: 'Global',
    virtualNetwork: { id: spec.virtualNetworkId }, registrationEnabled: false,
  }, opts);
  new privatedns.PrivateRecordSet(`${name}-dns-wildcard`, {
    resourceGroupName: spec.resourceGroupName, privateZoneName: zone.name, recordType: 'A', relativeRecordSetName: '*', ttl: 60,
    aRecords: endpoints.map((e) => ({ ipv4Address: e.customDnsConfigs.apply((c) => c?.[0]?.ipAddresses?.[0] ?? '') })),
  }, opts);
  return { connectionIds: endpoints.map((e) => e.id), dnsZoneId: zone.id };
}
