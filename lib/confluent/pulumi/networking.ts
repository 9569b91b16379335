/**
 * Confluent side of private networking: a PrivateLink Attachment (Enterprise) or a Confluent network with its
 * PrivateLink accesses, peering or transit gateway attachment (Dedicated), plus the cloud-side endpoint when the
 * plan asks for one (see cloud-side.ts).
 */
import * as pulumi from '@pulumi/pulumi';
import * as confluent from '@pulumi/confluentcloud';
import type { ConfluentPlan } from '../plan-types';
import type { ConfluentCloudSideEndpointSpec, ConfluentPeerSpec } from '../spec';
import { createCloudSideEndpoint, type CloudSideResult } from './cloud-side';

export interface NetworkingResult {
  /** Confluent network id (Dedicated on a network). */
  readonly networkId?: pulumi.Output<string>;
  readonly privateLinkAttachmentId?: pulumi.Output<string>;
  readonly dnsDomain?: pulumi.Output<string>;
  readonly endpoint?: CloudSideResult;
}

export function createNetworking(name: string, plan: ConfluentPlan, environmentId: pulumi.Output<string>, parent: pulumi.Resource): NetworkingResult {
  const n = plan.networking;
  const environment = { id: environmentId };
  const protectedOpts: pulumi.CustomResourceOptions = { parent, protect: plan.protect, retainOnDelete: plan.protect };
  const description = `cluster ${plan.cluster.displayName}`;
  switch (n.kind) {
    case 'public':
      return {};
    case 'existing-network':
      return { networkId: pulumi.output(n.networkId) };
    case 'privatelink-attachment': {
      const platt = new confluent.PrivateLinkAttachment(`${name}-platt`, {
        cloud: plan.cluster.cloud, region: plan.cluster.region, displayName: `${plan.cluster.displayName}-platt`, environment,
      }, protectedOpts);
      let endpoint: CloudSideResult | undefined;
      if (n.endpoint) {
        const spec = n.endpoint as ConfluentCloudSideEndpointSpec<pulumi.Input<string>>;
        endpoint = createCloudSideEndpoint(name, spec, {
          dnsDomain: platt.dnsDomain,
          serviceName: () => spec.cloud === 'AWS'
            ? platt.aws.apply((a) => published(a?.[0]?.vpcEndpointServiceName, 'PrivateLink Attachment', 'VPC endpoint service'))
            : platt.azures.apply((a) => published(a?.[0]?.privateLinkServiceAlias, 'PrivateLink Attachment', 'Private Link service alias')),
          zones: spec.cloud === 'AZURE' ? ['attachment'] : [],
          region: plan.cluster.region, description, parent, dependsOn: [platt],
        });
        new confluent.PrivateLinkAttachmentConnection(`${name}-platt-connection`, {
          displayName: `${plan.cluster.displayName}-platt-connection`, environment, privateLinkAttachment: { id: platt.id },
          ...(spec.cloud === 'AWS' ? { aws: { vpcEndpointId: endpoint.connectionIds[0]! } } : { azure: { privateEndpointResourceId: endpoint.connectionIds[0]! } }),
        }, { parent });
      }
      return { privateLinkAttachmentId: platt.id, dnsDomain: platt.dnsDomain, endpoint };
    }
    case 'network': {
      const network = new confluent.Network(`${name}-network`, {
        displayName: `${plan.cluster.displayName}-network`,
        cloud: plan.cluster.cloud,
        region: plan.cluster.region,
        connectionTypes: [n.connectionType],
        cidr: n.cidr,
        zones: n.zones ? [...n.zones] : undefined,
        dnsConfig: n.dnsResolution ? { resolution: n.dnsResolution } : undefined,
        environment,
      }, protectedOpts);
      const networkRef = { id: network.id };
      const children: pulumi.Resource[] = [];
      for (const account of n.allowedAccounts) {
        const cloud = plan.cluster.cloud;
        children.push(new confluent.PrivateLinkAccess(`${name}-privatelink-access-${account}`, {
          displayName: `${plan.cluster.displayName}-${account}`, environment, network: networkRef,
          ...(cloud === 'AWS' ? { aws: { account } } : cloud === 'AZURE' ? { azure: { subscription: account } } : { gcp: { project: account } }),
        }, { parent }));
      }
      if (n.peer) {
        new confluent.Peering(`${name}-peering`, { displayName: `${plan.cluster.displayName}-peering`, environment, network: networkRef, ...peer(n.peer) }, { parent });
      }
      if (n.transitGateway) {
        new confluent.TransitGatewayAttachment(`${name}-tgw-attachment`, {
          displayName: `${plan.cluster.displayName}-tgw`, environment, network: networkRef,
          aws: { transitGatewayId: n.transitGateway.transitGatewayId, ramResourceShareArn: n.transitGateway.ramResourceShareArn, routes: [...n.transitGateway.routes] },
        }, { parent });
      }
      let endpoint: CloudSideResult | undefined;
      if (n.endpoint) {
        const spec = n.endpoint as ConfluentCloudSideEndpointSpec<pulumi.Input<string>>;
        const zones = n.endpointZones ?? [];
        endpoint = createCloudSideEndpoint(name, spec, {
          dnsDomain: network.dnsDomain,
          serviceName: (i) => spec.cloud === 'AWS'
            ? network.aws.apply((a) => published(a?.[0]?.privateLinkEndpointService, 'network', 'PrivateLink endpoint service'))
            : spec.cloud === 'GCP'
              ? network.gcps.apply((g) => published(g?.[0]?.privateServiceConnectServiceAttachments?.[zones[i]!], 'network', `service attachment for zone ${zones[i]}`))
              : network.azures.apply((z) => published(z?.[0]?.privateLinkServiceAliases?.[zones[i]!], 'network', `Private Link service alias for zone ${zones[i]}`)),
          zones, region: plan.cluster.region, description, parent,
          // The account must be allowed before its endpoint can connect.
          dependsOn: [network, ...children],
        });
      }
      return { networkId: network.id, dnsDomain: network.dnsDomain, endpoint };
    }
  }
}

/** A service Confluent publishes for the endpoint; a clear error when it is missing (e.g. a zone the network lacks). */
function published(value: string | undefined, owner: string, what: string): string {
  if (!value) throw new Error(`The Confluent ${owner} publishes no ${what}: check the network's cloud, zones and connection type.`);
  return value;
}

function peer(p: ConfluentPeerSpec): Pick<confluent.PeeringArgs, 'aws' | 'azure' | 'gcp'> {
  switch (p.cloud) {
    case 'AWS':
      return { aws: { account: p.account, vpc: p.vpcId, routes: [...p.routes], customerRegion: p.customerRegion } };
    case 'AZURE':
      return { azure: { tenant: p.tenantId, vnet: p.vnetId, customerRegion: p.customerRegion } };
    case 'GCP':
      return { gcp: { project: p.project, vpcNetwork: p.vpcNetwork } };
  }
}
