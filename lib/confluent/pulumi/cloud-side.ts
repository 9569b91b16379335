/**
 * Dispatch to the cloud-side endpoint builders. Each builder lives in its own file that imports its cloud SDK, and
 * is `require`d only here, inside the function, when that cloud's endpoint is asked for: a Confluent-on-GCP
 * program never loads `@pulumi/aws`, and a program without a library-created endpoint loads none of them.
 */
import type * as pulumi from '@pulumi/pulumi';
import type { ConfluentCloudSideEndpointSpec } from '../spec';

/** What every cloud-side builder receives. */
export interface CloudSideArgs {
  /** The private DNS domain of the cluster or attachment (`dnsDomain` output). */
  readonly dnsDomain: pulumi.Output<string>;
  /**
   * The Confluent service to connect to, per endpoint index (AWS: the VPC endpoint service name; GCP: the
   * service attachment of `zones[i]`; Azure: the Private Link service alias of `zones[i]`).
   */
  readonly serviceName: (index: number) => pulumi.Output<string>;
  /** Zones with their own endpoint (GCP, Azure). */
  readonly zones: readonly string[];
  readonly region: string;
  readonly description: string;
  readonly parent: pulumi.Resource;
  /** Confluent-side resources that must exist first (e.g. the PrivateLink access that allows the account). */
  readonly dependsOn?: pulumi.Resource[];
}

export interface CloudSideResult {
  /** Ids Confluent registers: VPC endpoint id (AWS), PSC connection ids (GCP), private endpoint ids (Azure). */
  readonly connectionIds: pulumi.Output<string>[];
  readonly dnsZoneId: pulumi.Output<string>;
}

export function createCloudSideEndpoint(name: string, spec: ConfluentCloudSideEndpointSpec<pulumi.Input<string>>, args: CloudSideArgs): CloudSideResult {
  switch (spec.cloud) {
    case 'AWS': {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const m = require('./endpoint-aws') as typeof import('./endpoint-aws');
      return m.createAwsEndpoint(name, spec, args);
    }
    case 'GCP': {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const m = require('./endpoint-gcp') as typeof import('./endpoint-gcp');
      return m.createGcpEndpoints(name, spec, args);
    }
    case 'AZURE': {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const m = require('./endpoint-azure') as typeof import('./endpoint-azure');
      return m.createAzureEndpoints(name, spec, args);
    }
    default:
      throw new Error(`Unexpected endpoint cloud: ${JSON.stringify((spec as { cloud?: unknown }).cloud)}`);
  }
}
