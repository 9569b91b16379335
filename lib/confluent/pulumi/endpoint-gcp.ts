/**
 * GCP half of a Confluent Private Service Connect network: per zone an internal address and a forwarding rule to
 * Confluent's service attachment, and a private Cloud DNS zone (wildcard plus per-zone records). Loaded (with
 * `@pulumi/gcp` submodules) only when a GCP endpoint is asked for.
 */
import * as pulumi from '@pulumi/pulumi';
import * as compute from '@pulumi/gcp/compute';
import * as dns from '@pulumi/gcp/dns';
import type { ConfluentCloudSideEndpointSpec } from '../spec';
import type { CloudSideArgs, CloudSideResult } from './cloud-side';

type GcpSpec = Extract<ConfluentCloudSideEndpointSpec<pulumi.Input<string>>, { cloud: 'GCP' }>;

export function createGcpEndpoints(name: string, spec: GcpSpec, a: CloudSideArgs): CloudSideResult {
  const opts = { parent: a.parent };
  const endpoints = a.zones.map((zone, i) => {
    const address = new compute.Address(`${name}-psc-${zone}`, {
      project: spec.project, region: a.region, subnetwork: spec.subnetwork, addressType: 'INTERNAL',
      description: `Confluent Private Service Connect endpoint of ${a.description} (${zone})`,
    }, opts);
    const rule = new compute.ForwardingRule(`${name}-psc-${zone}`, {
      project: spec.project, region: a.region, network: spec.network, ipAddress: address.id, target: a.serviceName(i),
      // An empty scheme is what Private Service Connect endpoints for published services take.
      loadBalancingScheme: '',
    }, { parent: a.parent, dependsOn: a.dependsOn });
    return { zone, address, rule };
  });
  const zoneName = `${name}-dns`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63);
  const managed = new dns.ManagedZone(`${name}-dns`, {
    project: spec.project,
    name: zoneName,
    dnsName: pulumi.interpolate`${a.dnsDomain}.`,
    description: `Confluent ${a.description}: resolves the cluster through Private Service Connect`,
    visibility: 'private',
    privateVisibilityConfig: { networks: [{ networkUrl: spec.network }] },
  }, opts);
  new dns.RecordSet(`${name}-dns-wildcard`, {
    project: spec.project, managedZone: managed.name, name: pulumi.interpolate`*.${a.dnsDomain}.`, type: 'A', ttl: 60,
    rrdatas: endpoints.map((e) => e.address.address),
  }, opts);
  for (const e of endpoints) {
    new dns.RecordSet(`${name}-dns-${e.zone}`, {
      project: spec.project, managedZone: managed.name, name: pulumi.interpolate`*.${e.zone}.${a.dnsDomain}.`, type: 'A', ttl: 60,
      rrdatas: [e.address.address],
    }, opts);
  }
  return { connectionIds: endpoints.map((e) => e.rule.pscConnectionId), dnsZoneId: managed.id };
}
