/**
 * Provider inputs of `MskCluster` that map one plan field (or the caller's policy JSON) to one `@pulumi/aws` input.
 */
import type * as pulumi from '@pulumi/pulumi';
import type * as kms from '@pulumi/aws/kms';
import type * as inputs from '@pulumi/aws/types/input';
import { assertNever } from '../../core/types';
import type { MskProvisionedPlan, MskScramSecretsKeyPlan } from '../plan-types';

/** The key of the SCRAM secrets the library creates, as the plan decided (`undefined` when it creates none). */
export function scramSecretsKeyArn(k: MskScramSecretsKeyPlan, clusterKeyArn: pulumi.Input<string>, created: kms.Key | undefined): pulumi.Input<string> | undefined {
  switch (k.kind) {
    case 'none':
      return undefined;
    case 'cluster-key':
      return clusterKeyArn;
    case 'create':
      return created!.arn;
    case 'existing':
      return k.keyArn;
    default:
      return assertNever(k, 'SCRAM secrets key');
  }
}

/** The caller's cluster policy, parsed (a face input: the plan merges parsed documents). */
export function parseClusterPolicy(json: string | undefined): { Version?: string; Statement?: unknown } | undefined {
  if (json === undefined) return undefined;
  try {
    return JSON.parse(json) as { Version?: string; Statement?: unknown };
  } catch (e) {
    throw new Error(`\`clusterPolicy\` must be a JSON policy document, got: ${JSON.stringify(json)}. ${(e as Error).message}`);
  }
}

/** Public access and multi-VPC connectivity, sent when the plan says so (`sendConnectivityInfo`). */
export function connectivityInfo(plan: MskProvisionedPlan): inputs.msk.ClusterBrokerNodeGroupInfoConnectivityInfo | undefined {
  const c = plan.connectivity;
  if (!c.sendConnectivityInfo) return undefined;
  return {
    publicAccess: { type: c.publicAccess ? 'SERVICE_PROVIDED_EIPS' : 'DISABLED' },
    vpcConnectivity: c.multiVpc ? { clientAuthentication: { sasl: { iam: c.multiVpc.iam, scram: c.multiVpc.scram }, tls: c.multiVpc.tls } } : undefined,
    networkType: c.networkType,
  };
}
