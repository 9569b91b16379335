/**
 * Storage auto-scaling of a Standard cluster: Application Auto Scaling on broker storage, growing volumes only.
 */
import * as pulumi from '@pulumi/pulumi';
import * as appautoscaling from '@pulumi/aws/appautoscaling';
import { STORAGE_SCALING } from '../policies';

export interface StorageScalingOptions {
  readonly clusterName: string;
  readonly clusterArn: pulumi.Output<string>;
  readonly volumeSizeGiB: number;
  readonly maxVolumeSizeGiB: number;
  readonly targetUtilizationPercent: number;
  readonly tags: Readonly<Record<string, string>>;
  readonly resourceOptions: pulumi.CustomResourceOptions;
}

/**
 * `${name}-storage-scaling` (scalable target: the declared size up to the plan's maximum) and
 * `${name}-storage-scaling-policy` (target tracking on `KafkaBrokerStorageUtilization`, scale-in disabled
 * because MSK cannot shrink a volume). The cluster must ignore `volumeSize` changes (see `MskCluster`).
 */
export function createStorageScaling(name: string, o: StorageScalingOptions): appautoscaling.Policy {
  const target = new appautoscaling.Target(
    `${name}-storage-scaling`,
    {
      serviceNamespace: STORAGE_SCALING.serviceNamespace,
      scalableDimension: STORAGE_SCALING.scalableDimension,
      resourceId: o.clusterArn,
      minCapacity: o.volumeSizeGiB,
      maxCapacity: o.maxVolumeSizeGiB,
      tags: { ...o.tags },
    },
    o.resourceOptions,
  );
  return new appautoscaling.Policy(
    `${name}-storage-scaling-policy`,
    {
      name: `${o.clusterName}-broker-storage`,
      policyType: 'TargetTrackingScaling',
      serviceNamespace: target.serviceNamespace,
      scalableDimension: target.scalableDimension,
      resourceId: target.resourceId,
      targetTrackingScalingPolicyConfiguration: {
        predefinedMetricSpecification: { predefinedMetricType: STORAGE_SCALING.predefinedMetricType },
        targetValue: o.targetUtilizationPercent,
        disableScaleIn: true,
      },
    },
    o.resourceOptions,
  );
}
