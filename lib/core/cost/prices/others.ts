/**
 * Price tables of Confluent Cloud, Azure Event Hubs and Google Cloud Managed Service for Apache Kafka (USD).
 *
 * Their regions are listed (known) with the figures found in readable sources on 2026-12-04 only: no USD figure for
 * the listed Confluent and Event Hubs regions was among them, so those regions are empty and every dimension is
 * reported as "no price" until you pass your own (negotiated or list) prices. The dimensions are the ones each
 * provider bills on (names below).
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
} as const;

/** Azure Event Hubs prices, by Azure location. */
export const EVENT_HUBS_PRICES: PriceTable = {
  target: 'event-hubs',
  currency: 'USD',
  regions: { eastus: {}, westeurope: {}, germanywestcentral: {} },
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
