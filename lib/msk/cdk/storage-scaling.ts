/**
 * Storage auto-scaling of Standard brokers (Application Auto Scaling, "Automatic scaling for Amazon MSK
 * clusters"). MSK only grows volumes, and the grown size is not written back to the template: keep
 * `storage.volumeSizeGiB` as it is after a scale-out (CloudFormation only updates the volume when that value
 * changes), and when you raise it, raise it above the size the volumes have reached.
 */
import { Aws } from 'aws-cdk-lib';
import * as appscaling from 'aws-cdk-lib/aws-applicationautoscaling';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { STORAGE_SCALING, storageScalingRoleArn } from '../policies';

/** Scalable dimension of MSK broker storage (Application Auto Scaling API reference). */
export const MSK_STORAGE_SCALABLE_DIMENSION = STORAGE_SCALING.scalableDimension;

/** The service-linked role Application Auto Scaling creates for MSK on first use. */
export function mskAutoScalingRoleArn(): string {
  return storageScalingRoleArn(Aws.PARTITION, Aws.ACCOUNT_ID);
}

/** The member of a CDK string enum whose value is `value` (the plan holds plain strings). */
function enumMember<E extends string>(members: Record<string, E>, value: string): E {
  const member = Object.values(members).find((m) => m === value);
  if (member === undefined) throw new Error(`aws-cdk-lib has no enum member for '${value}'`);
  return member;
}

export interface StorageScalingOptions {
  readonly clusterArn: string;
  readonly volumeSizeGiB: number;
  readonly maxVolumeSizeGiB: number;
  readonly targetUtilizationPercent: number;
}

/** Scalable target (id `StorageAutoScaling`) and its target-tracking policy (id `StorageUtilization`). */
export function createStorageScaling(scope: Construct, o: StorageScalingOptions): appscaling.ScalableTarget {
  const target = new appscaling.ScalableTarget(scope, 'StorageAutoScaling', {
    serviceNamespace: enumMember(appscaling.ServiceNamespace, STORAGE_SCALING.serviceNamespace),
    scalableDimension: STORAGE_SCALING.scalableDimension,
    resourceId: o.clusterArn,
    minCapacity: o.volumeSizeGiB,
    maxCapacity: o.maxVolumeSizeGiB,
    // Without a role the construct would create one; MSK storage scaling uses its service-linked role.
    role: iam.Role.fromRoleArn(scope, 'StorageAutoScalingRole', mskAutoScalingRoleArn(), { mutable: false }),
  });
  target.scaleToTrackMetric('StorageUtilization', {
    predefinedMetric: enumMember(appscaling.PredefinedMetric, STORAGE_SCALING.predefinedMetricType),
    targetValue: o.targetUtilizationPercent,
    // MSK cannot shrink a volume.
    disableScaleIn: true,
  });
  return target;
}
