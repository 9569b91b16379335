/** CloudWatch metrics of an MSK cluster (`AWS/Kafka`) as CDK `Metric`s, from the plan's descriptors. */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { mskMetricDescriptor, type MskMetricDescriptor } from '../metrics';

/** A CloudWatch metric from the plan's descriptor; `props` (statistic, period, label, ...) override its defaults. */
export function metricFromDescriptor(d: MskMetricDescriptor, props: cloudwatch.MetricOptions = {}): cloudwatch.Metric {
  return new cloudwatch.Metric({
    namespace: d.namespace, metricName: d.metricName, dimensionsMap: { ...d.dimensions }, statistic: d.statistic, period: Duration.seconds(d.period), ...props,
  });
}

/** An `AWS/Kafka` metric of a cluster, or of one broker when `brokerId` is set. */
export function mskMetric(clusterName: string, metricName: string, props: cloudwatch.MetricOptions = {}, brokerId?: number): cloudwatch.Metric {
  return metricFromDescriptor(mskMetricDescriptor(clusterName, metricName, { brokerId }), props);
}
