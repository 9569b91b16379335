/**
 * Published per-broker (per-unit) capacity guidance, as data with sources (conventions §6), read by sizing checks and
 * advice. MSK partitions per broker and Express sustained ingress live in `lib/msk/limits.ts` (`MSK_INSTANCES`);
 * what they lack is here. The other targets keep theirs next to their checks: `EVENT_HUBS_UNIT_CAPACITY`
 * (`kafka-iac/event-hubs`), `CONFLUENT_TYPE_CEILINGS` (`kafka-iac/confluent`), `GCP_KAFKA_SIZING`
 * (`kafka-iac/gcp-managed-kafka`).
 */

export interface CapacitySource {
  readonly title: string;
  readonly url: string;
  /** ISO date the figure was read. */
  readonly checked: string;
}

const EXPRESS_BEST_PRACTICES: CapacitySource = {
  title: 'Best practices for Express brokers (Amazon MSK Developer Guide), "Right-size your cluster: Number of brokers per cluster"',
  url: 'https://docs.aws.amazon.com/msk/latest/developerguide/bestpractices-express.html', checked: '2026-12-04',
};

/** Express broker throughput per broker, MB/s: recommended sustained, and the quota at which MSK throttles. */
export interface ExpressThroughput {
  readonly instanceType: string;
  readonly ingressSustainedMBps: number;
  readonly ingressMaxMBps: number;
  readonly egressSustainedMBps: number;
  readonly egressMaxMBps: number;
  readonly source: CapacitySource;
}

const x = (size: string, inS: number, inM: number, outS: number, outM: number): ExpressThroughput => ({
  instanceType: `express.m7g.${size}`, ingressSustainedMBps: inS, ingressMaxMBps: inM, egressSustainedMBps: outS, egressMaxMBps: outM, source: EXPRESS_BEST_PRACTICES,
});

/** The page's table (e.g. 3 x express.m7g.large carry 45 MB/s in and 90 MB/s out). */
export const EXPRESS_THROUGHPUT: readonly ExpressThroughput[] = [
  x('large', 15.6, 23.4, 31.2, 58.5),
  x('xlarge', 31.2, 46.8, 62.5, 117),
  x('2xlarge', 62.5, 93.7, 125, 234.2),
  x('4xlarge', 124.9, 187.5, 249.8, 468.7),
  x('8xlarge', 250, 375, 500, 937.5),
  x('12xlarge', 375, 562.5, 750, 1406.2),
  x('16xlarge', 500, 750, 1000, 1875),
];

/**
 * Standard brokers' sustained ingress where AWS published one: "m7g.16xl Standard brokers safely handling 154 MBps
 * ingress" (AWS News Blog, "Introducing Express brokers for Amazon MSK", 2024-11-07). Other sizes have no published
 * figure: their ingress is not checked.
 */
export const STANDARD_INGRESS_MBPS: Readonly<Record<string, { readonly mbps: number; readonly source: CapacitySource }>> = {
  'kafka.m7g.16xlarge': {
    mbps: 154,
    source: { title: 'Introducing Express brokers for Amazon MSK to deliver high throughput and faster scaling for your Kafka clusters (AWS News Blog)', url: 'https://aws.amazon.com/blogs/aws/introducing-express-brokers-for-amazon-msk-to-deliver-high-throughput-and-faster-scaling-for-your-kafka-clusters/', checked: '2026-12-04' },
  },
};

/** EBS gp3 baseline every volume includes ("Amazon EBS pricing": 3,000 IOPS and 125 MB/s free baseline). */
export const GP3_BASELINE = {
  iops: 3000,
  throughputMiBps: 125,
  source: { title: 'Amazon EBS pricing, Example 1 - General Purpose SSD (gp3) Volumes', url: 'https://aws.amazon.com/ebs/pricing/', checked: '2026-12-04' },
} as const;

/** Largest EBS volume, GiB (gp3 and io2: 16 TiB). */
export const EBS_MAX_VOLUME_GIB = 16384;
