/**
 * AWS list prices (USD, on demand) for Amazon MSK (clusters, MSK Connect, MSK Replicator) and for self-managed Kafka on
 * EC2 (EC2, EBS gp3, S3).
 *
 * Only figures found in readable sources are here, each with its source, the date it was read (2026-12-04) and,
 * where known, the date of the source itself (`published`). The AWS pricing pages themselves were not among the
 * stored sources available when this table was written: every figure below was read where it is quoted (a note says
 * where) and is to be checked against the page named in the entry. The MSK figures come from AWS's own MSK sizing
 * script (us-east-1 rates, last changed 2026-06-23); where an older quote exists it agrees (Airbyte's overview for
 * kafka.m5.large, kafka.m5.xlarge, kafka.m7g.large and express.m7g.large; infracost's fixture for kafka.m5.24xlarge
 * and storage). A dimension a region lacks is reported by the cost functions as "no price", never counted as zero;
 * us-east-2, us-west-2, eu-west-1 and eu-central-1 are listed (known regions) without MSK figures for that reason, and
 * no region has figures for MSK multi-VPC connectivity, tiered-storage retrieval or MSK Replicator (no source found).
 * eu-central-1 has two EC2 figures (m7g.large and gp3 storage, AWS Price List file of 2026-09-01).
 * Pass your own table for negotiated prices or missing figures.
 */
import type { PriceEntry, PriceSource, PriceTable } from '../types';

const CHECKED = '2026-12-04';

const MSK_PRICING_URL = 'https://aws.amazon.com/msk/pricing/';
/** MSK figures of AWS's MSK sizing script (us-east-1 rates by its own statement). */
const MSK_VIA_AWS_SIZING: PriceSource = {
  title: 'Amazon MSK pricing', url: MSK_PRICING_URL, checked: CHECKED, published: '2026-06-23',
  note: 'us-east-1 on-demand figures of AWS\'s MSK sizing script (github.com/aws/agent-toolkit-for-aws, skills/specialized-skills/analytics-skills/managing-amazon-msk/scripts/msk_sizing.py, commit d6e363b of 2026-06-23), which states that all its prices are us-east-1 rates of the MSK pricing page; verify on the page',
};
/** Express storage: the sizing script prices Express storage with its one storage constant ($0.10 per GB-month). */
const MSK_EXPRESS_STORAGE_VIA_AWS_SIZING: PriceSource = {
  ...MSK_VIA_AWS_SIZING,
  note: `${MSK_VIA_AWS_SIZING.note!}. Express storage is priced there with the script's storage constant (EBS_COST_PER_GB_MONTH), not a constant of its own`,
};
/** MSK Serverless figures as quoted by Airbyte's pricing overview (2025), us-east-1. */
const MSK_VIA_AIRBYTE: PriceSource = {
  title: 'Amazon MSK pricing', url: MSK_PRICING_URL, checked: CHECKED,
  note: 'us-east-1 figures as quoted by "Apache Kafka pricing" (https://airbyte.com/data-engineering-resources/apache-kafka-pricing, 2025); verify on the MSK pricing page',
};
/** MSK figures behind infracost's MSK test fixture (us-east-1, 730-hour month). */
const MSK_VIA_INFRACOST: PriceSource = {
  title: 'Amazon MSK pricing', url: MSK_PRICING_URL, checked: CHECKED, published: '2024-07-01',
  note: 'us-east-1 figures derived from infracost\'s fixture internal/providers/terraform/aws/testdata/msk_cluster_test/msk_cluster_test.golden, last changed 2024-07-01 (kafka.t3.small 1,460 h = $66.58; kafka.m5.24xlarge 2,920 h = $29,433.60; 1,000 GB = $100.00)',
};
const EC2_SOURCE: PriceSource = {
  title: 'Amazon EC2 On-Demand Pricing', url: 'https://aws.amazon.com/ec2/pricing/on-demand/', checked: CHECKED,
  note: 'us-east-1 Linux figures as several public snapshots of the AWS Price List API (AmazonEC2 offer) agree on them; verify on the page',
};
const EBS_SOURCE: PriceSource = {
  title: 'Amazon EBS pricing', url: 'https://aws.amazon.com/ebs/pricing/', checked: CHECKED, published: '2026-07-24',
  note: 'us-east-1 gp3 price descriptions of the AWS Price List API (AmazonEC2 offer, published 2026-07-24) as quoted in public repositories: "$0.08 per GB-month of General Purpose (gp3) provisioned storage", "$0.005 per provisioned IOPS-month of gp3", "$0.04 per provisioned MiBps-month of gp3"',
};
/** MSK Connect's MCU-hour, as quoted next to the MSK Serverless figures it is published with. */
const MSK_CONNECT_SOURCE: PriceSource = {
  title: 'Amazon MSK pricing', url: MSK_PRICING_URL, checked: CHECKED, published: '2023-12-14',
  note: '"MSK Connect Unit: $0.11 per hour, billed per second" (github.com/Gilgamech/OfferingOverview, notes/MSK.md, commit 4ebf0f8 of 2023-12-14); the same figure is listed as "Connectors $0.11 per hour" with the MSK Serverless prices in gist.github.com/EverettBerry/d24aa940ad43c313803248cea6366682 (2022-10-03). Neither names the region; the Serverless figures they list with it are the us-east-1 ones of this table, so it is entered for us-east-1 only: verify on the page',
};
/** eu-central-1 EC2 and EBS figures read from the AWS Price List file of the region, as quoted in a public repository. */
const EU_CENTRAL_1_PRICE_LIST: PriceSource = {
  title: 'Amazon EC2 On-Demand Pricing', url: 'https://aws.amazon.com/ec2/pricing/on-demand/', checked: CHECKED, published: '2026-09-01',
  note: 'AWS Price List (AmazonEC2 offer, eu-central-1 file version 20260903195206, effective 2026-09-01) price descriptions "$0.0978 per On Demand Linux m7g.large Instance Hour" and "$0.0952 per GB-month of General Purpose (gp3) provisioned storage - EU (Frankfurt)", as quoted in github.com/street1983nk/nextcloud-search, scripts/ops/aws_box.sh (commit 2046002e) with the raw rows in docs/measurements/2026-09-04-grundlast-m7g/preise-ec2-roh.csv (commit ae686cbd); verify on the page',
};
const EU_CENTRAL_1_EBS: PriceSource = { ...EU_CENTRAL_1_PRICE_LIST, title: 'Amazon EBS pricing', url: 'https://aws.amazon.com/ebs/pricing/' };
const S3_SOURCE: PriceSource = {
  title: 'Amazon S3 pricing', url: 'https://aws.amazon.com/s3/pricing/', checked: CHECKED,
  note: 'S3 Standard, first 50 TB, us-east-1, as quoted by public cost guides; verify on the page',
};

const e = (usd: number, unit: string, source: PriceSource): PriceEntry => ({ usd, unit, source });
const brokerHours = (prices: Readonly<Record<string, number>>, source: PriceSource): Record<string, PriceEntry> =>
  Object.fromEntries(Object.entries(prices).map(([type, usd]) => [`broker-hour:${type}`, e(usd, 'hour', source)]));

/** Dimensions of the MSK table. */
export const MSK_DIMENSIONS = {
  /** A broker (Standard or Express) of the type, per hour. */
  brokerHour: (instanceType: string) => `broker-hour:${instanceType}`,
  /** Standard brokers' provisioned EBS storage, GB-month. */
  storage: 'storage:GB-month',
  /** Standard brokers' provisioned storage throughput, MiB/s-month per broker (the MiB/s the plan provisions). */
  provisionedThroughput: 'provisioned-throughput:MiBps-month',
  /** Tiered storage (low-cost tier), GB-month. */
  tieredStorage: 'tiered-storage:GB-month',
  /** Tiered storage retrieval, GB. */
  tieredRetrieval: 'tiered-retrieval:GB',
  /** Express brokers' storage, GB-month of data kept. */
  expressStorage: 'express-storage:GB-month',
  /** Express brokers: data written, GB. */
  expressDataWritten: 'express-data-written:GB',
  serverlessClusterHour: 'serverless-cluster-hour:hour',
  serverlessPartitionHour: 'serverless-partition-hour:partition-hour',
  serverlessDataIn: 'serverless-data-in:GB',
  serverlessDataOut: 'serverless-data-out:GB',
  serverlessStorage: 'serverless-storage:GB-month',
  /** Multi-VPC private connectivity, per authentication scheme and hour. */
  privateConnectivityHour: 'private-connectivity-hour:hour',
  /** Multi-VPC private connectivity data processed, GB. */
  privateConnectivityData: 'private-connectivity-data:GB',
  /** MSK Connect: MSK Connect Units (1 vCPU and 4 GiB each) per hour, billed per second of every worker. */
  connectMcuHour: 'connect-mcu-hour:MCU-hour',
  /** MSK Replicator: each replicator, per hour. */
  replicatorHour: 'replicator-hour:hour',
  /** MSK Replicator: data replicated, GB. */
  replicatorData: 'replicator-data:GB',
} as const;

const D = MSK_DIMENSIONS;

/** Amazon MSK prices. */
export const MSK_PRICES: PriceTable = {
  target: 'msk',
  currency: 'USD',
  regions: {
    'us-east-1': {
      [D.brokerHour('kafka.t3.small')]: e(0.0456, 'hour', MSK_VIA_INFRACOST),
      ...brokerHours({
        'kafka.m5.large': 0.21, 'kafka.m5.xlarge': 0.42, 'kafka.m5.2xlarge': 0.84, 'kafka.m5.4xlarge': 1.68,
        'kafka.m5.8xlarge': 3.36, 'kafka.m5.12xlarge': 5.04, 'kafka.m5.16xlarge': 6.72, 'kafka.m5.24xlarge': 10.08,
        'kafka.m7g.large': 0.204, 'kafka.m7g.xlarge': 0.408, 'kafka.m7g.2xlarge': 0.816, 'kafka.m7g.4xlarge': 1.632,
        'kafka.m7g.8xlarge': 3.264, 'kafka.m7g.12xlarge': 4.896, 'kafka.m7g.16xlarge': 6.528,
        'express.m7g.large': 0.408, 'express.m7g.xlarge': 0.816, 'express.m7g.2xlarge': 1.632, 'express.m7g.4xlarge': 3.264,
        'express.m7g.8xlarge': 6.528, 'express.m7g.12xlarge': 9.792, 'express.m7g.16xlarge': 13.056,
      }, MSK_VIA_AWS_SIZING),
      [D.storage]: e(0.10, 'GB-month', MSK_VIA_AWS_SIZING),
      [D.provisionedThroughput]: e(0.08, 'MiBps-month', MSK_VIA_AWS_SIZING),
      [D.tieredStorage]: e(0.023, 'GB-month', MSK_VIA_AWS_SIZING),
      [D.expressStorage]: e(0.10, 'GB-month', MSK_EXPRESS_STORAGE_VIA_AWS_SIZING),
      [D.expressDataWritten]: e(0.01, 'GB', MSK_VIA_AWS_SIZING),
      [D.serverlessClusterHour]: e(0.75, 'hour', MSK_VIA_AIRBYTE),
      [D.serverlessPartitionHour]: e(0.0015, 'partition-hour', MSK_VIA_AIRBYTE),
      [D.serverlessDataIn]: e(0.10, 'GB', MSK_VIA_AIRBYTE),
      [D.serverlessDataOut]: e(0.05, 'GB', MSK_VIA_AIRBYTE),
      [D.serverlessStorage]: e(0.10, 'GB-month', MSK_VIA_AIRBYTE),
      [D.connectMcuHour]: e(0.11, 'MCU-hour', MSK_CONNECT_SOURCE),
    },
    'us-east-2': {},
    'us-west-2': {},
    'eu-west-1': {},
    'eu-central-1': {},
  },
};

/** Dimensions of the self-managed (EC2) table. */
export const EC2_DIMENSIONS = {
  instanceHour: (instanceType: string) => `instance-hour:${instanceType}`,
  /** EBS gp3 provisioned storage, GB-month. */
  gp3Storage: 'ebs-gp3-storage:GB-month',
  /** gp3 IOPS above the 3,000 included, IOPS-month. */
  gp3Iops: 'ebs-gp3-iops:IOPS-month',
  /** gp3 throughput above the 125 MiB/s included, MiB/s-month. */
  gp3Throughput: 'ebs-gp3-throughput:MiBps-month',
  io2Storage: 'ebs-io2-storage:GB-month',
  io2Iops: 'ebs-io2-iops:IOPS-month',
  /** S3 Standard for tiered storage, GB-month. */
  s3Standard: 's3-standard-storage:GB-month',
} as const;

const E = EC2_DIMENSIONS;

/** Self-managed Kafka on EC2: instances, EBS and S3. */
export const EC2_PRICES: PriceTable = {
  target: 'self-managed-ec2',
  currency: 'USD',
  regions: {
    'us-east-1': {
      [E.instanceHour('m7g.large')]: e(0.0816, 'hour', EC2_SOURCE),
      [E.instanceHour('m7g.xlarge')]: e(0.1632, 'hour', EC2_SOURCE),
      [E.instanceHour('m7g.2xlarge')]: e(0.3264, 'hour', EC2_SOURCE),
      [E.instanceHour('m7g.4xlarge')]: e(0.6528, 'hour', EC2_SOURCE),
      [E.instanceHour('m6i.large')]: e(0.096, 'hour', EC2_SOURCE),
      [E.instanceHour('m6i.xlarge')]: e(0.192, 'hour', EC2_SOURCE),
      [E.instanceHour('m6i.2xlarge')]: e(0.384, 'hour', EC2_SOURCE),
      [E.instanceHour('m7i.large')]: e(0.1008, 'hour', EC2_SOURCE),
      [E.instanceHour('m7i.xlarge')]: e(0.2016, 'hour', EC2_SOURCE),
      [E.instanceHour('m7i.2xlarge')]: e(0.4032, 'hour', EC2_SOURCE),
      [E.instanceHour('r6i.large')]: e(0.126, 'hour', EC2_SOURCE),
      [E.instanceHour('t3.medium')]: e(0.0416, 'hour', EC2_SOURCE),
      [E.instanceHour('t4g.medium')]: e(0.0336, 'hour', EC2_SOURCE),
      [E.instanceHour('c7g.large')]: e(0.0725, 'hour', EC2_SOURCE),
      [E.gp3Storage]: e(0.08, 'GB-month', EBS_SOURCE),
      [E.gp3Iops]: e(0.005, 'IOPS-month', EBS_SOURCE),
      [E.gp3Throughput]: e(0.04, 'MiBps-month', EBS_SOURCE),
      [E.s3Standard]: e(0.023, 'GB-month', S3_SOURCE),
    },
    'us-east-2': {},
    'us-west-2': {},
    'eu-west-1': {},
    'eu-central-1': {
      [E.instanceHour('m7g.large')]: e(0.0978, 'hour', EU_CENTRAL_1_PRICE_LIST),
      [E.gp3Storage]: e(0.0952, 'GB-month', EU_CENTRAL_1_EBS),
    },
  },
};
