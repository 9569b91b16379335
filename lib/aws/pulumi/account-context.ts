/**
 * Partition, DNS suffix, Region and account of the deploying provider, for ARNs and policies.
 *
 * The root invokes are imported from their own modules (`@pulumi/aws/getPartition`, ...): importing
 * `@pulumi/aws` itself would load every service module of the SDK.
 */
import * as pulumi from '@pulumi/pulumi';
import { getCallerIdentityOutput } from '@pulumi/aws/getCallerIdentity';
import { getPartitionOutput } from '@pulumi/aws/getPartition';
import { getRegionOutput } from '@pulumi/aws/getRegion';
import type { AccountContext } from '../iam-policy';

/** The account context as one output, read with the parent's provider. */
export function accountContext(parent: pulumi.Resource): pulumi.Output<AccountContext> {
  const opts = { parent };
  const partition = getPartitionOutput({}, opts);
  return pulumi
    .all([partition.partition, partition.dnsSuffix, getRegionOutput({}, opts).region, getCallerIdentityOutput({}, opts).accountId])
    .apply(([p, dnsSuffix, region, accountId]) => ({ partition: p, dnsSuffix, region, accountId }));
}
