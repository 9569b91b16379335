/**
 * Price tables of Confluent Cloud, Azure Event Hubs and Google Cloud Managed Service for Apache Kafka (USD).
 *
 * Their regions are listed (known) with the figures found in readable sources on 2026-12-04 only: Event Hubs has
 * figures for eastus (infracost's fixture, see below) and none for westeurope or germanywestcentral; Confluent has
 * none for any region; Google Cloud has the us-central1 compute figure of its pricing page's worked example only.
 * Every dimension without a figure is reported as "no price" until you pass your own (negotiated or list) prices. The
 * dimensions are the ones each provider bills on (names below).
 */
import type { PriceSource, PriceTable } from '../types';

/** Confluent Cloud billing dimensions ("Billing Dimensions in Confluent Cloud", docs.confluent.io, read 2026-12-04). */
export const CONFLUENT_DIMENSIONS = {
  /** eCKU-hours of a Basic, Standard, Enterprise or Freight cluster (by type). */
  eckuHour: (clusterType: string) => `ecku-hour:${clusterType}`,
  /** CKU-hours of a Dedicated cluster. */
  ckuHour: 'cku-hour:dedicated',
  /** Kafka ingress (`KAFKA_NETWORK_WRITE`), per GB written. */
  ingress: 'ingress:GB',
  /** Kafka egress (`KAFKA_NETWORK_READ`), per GB read. */
  egress: 'egress:GB',
  /** Kafka storage (`KAFKA_STORAGE`, billed per GB-hour), as GB-month. */
  storage: 'storage:GB-month',
} as const;

/** Confluent Cloud prices, keyed `<cloud>:<region>` (`aws:us-east-1`). */
export const CONFLUENT_PRICES: PriceTable = {
  target: 'confluent',
  currency: 'USD',
  regions: {
    'aws:us-east-1': {}, 'aws:us-east-2': {}, 'aws:us-west-2': {}, 'aws:eu-west-1': {}, 'aws:eu-central-1': {},
    'azure:eastus': {}, 'azure:westeurope': {}, 'azure:germanywestcentral': {},
    'gcp:us-east1': {}, 'gcp:europe-west1': {}, 'gcp:europe-west3': {},
  },
};

/** Azure Event Hubs billing dimensions (Event Hubs pricing page: throughput, processing and capacity units). */
export const EVENT_HUBS_DIMENSIONS = {
  /** Standard tier: throughput unit-hours. */
  throughputUnitHour: 'throughput-unit-hour:standard',
  /** Standard tier: ingress events, per million. */
  ingressMillionEvents: 'ingress-events:million',
  /** Standard tier: Capture, per throughput unit-hour. */
  captureHour: 'capture-hour:standard',
  /** Premium tier: processing unit-hours. */
  processingUnitHour: 'processing-unit-hour:premium',
  /** Dedicated tier: capacity unit-hours. */
  capacityUnitHour: 'capacity-unit-hour:dedicated',
  /** Premium and Dedicated: retention storage beyond what each PU or CU includes, GB-month. */
  extendedRetention: 'extended-retention:GB-month',
} as const;

/**
 * Retention storage included per processing unit (Premium) and per capacity unit (Dedicated), GB: beyond it,
 * extended retention is billed. The Azure China Event Hubs pricing page lists "1 TB/PU" and "10 TB" of storage
 * retention for Premium and Dedicated (https://www.azure.cn/en-us/pricing/details/event-hubs/, read 2026-12-04);
 * infracost's fixture counts 1,000 GB per PU and 10,000 GB per CU (20,100 GB kept by 8 PU bill 12,100 GB; by 2 CU, 100 GB).
 */
export const EVENT_HUBS_INCLUDED_RETENTION_GB = { perProcessingUnit: 1000, perCapacityUnit: 10000 } as const;

const EVENT_HUBS_VIA_INFRACOST: PriceSource = {
  title: 'Azure Event Hubs pricing', url: 'https://azure.microsoft.com/en-us/pricing/details/event-hubs/', checked: '2026-12-04', published: '2024-07-01',
  note: 'eastus figures derived from infracost\'s fixture internal/providers/terraform/azure/testdata/event_hubs_namespace_test (location eastus, 730-hour month, last changed 2024-07-01): 1 TU $21.90; 100 million ingress events $2.80; Capture on 20 TU $1,460.00; 1 PU $749.71; 1 CU $4,999.77; extended retention $0.10 per GB; verify on the page',
};

const EH = EVENT_HUBS_DIMENSIONS;

/** Azure Event Hubs prices, by Azure location. */
export const EVENT_HUBS_PRICES: PriceTable = {
  target: 'event-hubs',
  currency: 'USD',
  regions: {
    eastus: {
      [EH.throughputUnitHour]: { usd: 0.03, unit: 'hour', source: EVENT_HUBS_VIA_INFRACOST },
      [EH.ingressMillionEvents]: { usd: 0.028, unit: 'million events', source: EVENT_HUBS_VIA_INFRACOST },
      [EH.captureHour]: { usd: 0.10, unit: 'hour', source: EVENT_HUBS_VIA_INFRACOST },
      [EH.processingUnitHour]: { usd: 1.027, unit: 'hour', source: EVENT_HUBS_VIA_INFRACOST },
      [EH.capacityUnitHour]: { usd: 6.849, unit: 'hour', source: EVENT_HUBS_VIA_INFRACOST },
      [EH.extendedRetention]: { usd: 0.10, unit: 'GB-month', source: EVENT_HUBS_VIA_INFRACOST },
    },
    westeurope: {},
    germanywestcentral: {},
  },
};

const GCP_PRICING: PriceSource = {
  title: 'Google Cloud Managed Service for Apache Kafka pricing', url: 'https://cloud.google.com/managed-service-for-apache-kafka/pricing', checked: '2026-12-04',
  note: 'the page\'s worked example: "6 DCU * 9 cents / hour / DCU = 54 cents / hour in us-central1"; 1 vCPU = 0.6 DCU, 1 GiB RAM = 0.1 DCU',
};

/** Google Cloud Managed Service for Apache Kafka billing dimensions (the pricing page: compute, storage, networking). */
export const GCP_DIMENSIONS = {
  /** Data Compute Unit-hours: 0.6 DCU per vCPU and 0.1 DCU per GiB of RAM. */
  dcuHour: 'dcu-hour:compute',
  /** Local (broker Persistent Disk) storage, GB-month. */
  localStorage: 'local-storage:GB-month',
  /** Long-term (persistent) storage of one replica, GB-month. */
  persistentStorage: 'persistent-storage:GB-month',
  /** Inter-zone data transfer of replication, GB. */
  interZoneTransfer: 'inter-zone-transfer:GB',
} as const;

/** DCUs of one vCPU and of one GiB of RAM (the pricing page's conversion table). */
export const GCP_DCU_PER_VCPU = 0.6;
export const GCP_DCU_PER_GIB = 0.1;

/** Google Cloud Managed Service for Apache Kafka prices, by Google Cloud region. */
export const GCP_PRICES: PriceTable = {
  target: 'gcp-managed-kafka',
  currency: 'USD',
  regions: {
    'us-central1': { [GCP_DIMENSIONS.dcuHour]: { usd: 0.09, unit: 'hour', source: GCP_PRICING } },
    'us-east1': {}, 'europe-west1': {}, 'europe-west3': {},
  },
};
