/**
 * What `validateCatalog` and `planCatalog` know about the cluster a catalog goes to. Each target's face fills it from
 * its own plan (broker count, instance limits, auth modes, known users); anything it leaves out is not checked.
 */
import type { IsUnknown } from '../issues';
import type { KafkaLine } from '../kafka-version';

/** Where topics and access are applied. */
export const CATALOG_TARGET_KINDS = ['msk-provisioned', 'msk-serverless', 'self-managed', 'confluent', 'gcp', 'event-hubs'] as const;
export type CatalogTargetKind = (typeof CATALOG_TARGET_KINDS)[number];

/** How a principal authenticates to the cluster (a catalog principal's `kind`). */
export type CatalogAuthMode = 'iam' | 'scram' | 'mtls' | 'native';

export interface CatalogTargetContext {
  readonly kind: CatalogTargetKind;
  /**
   * The cluster's Kafka release line: picks the topic-level key list and the version rules (MSK topics need 3.6+).
   * @default - unknown: keys are checked against the newest list the library holds, version rules are skipped
   */
  readonly kafkaLine?: KafkaLine;
  /**
   * Broker count (replication factor and per-broker partition checks).
   * @default - unknown: not checked
   */
  readonly brokers?: number;
  /**
   * Broker instance type, named in per-broker partition messages.
   * @default - none
   */
  readonly instanceType?: string;
  /**
   * Partitions (leaders and followers) a broker of `instanceType` holds at most, from the target's instance table.
   * @default - not checked
   */
  readonly maxPartitionsPerBroker?: number;
  /**
   * Partitions per cluster for this cluster's tier (Confluent cluster type, Event Hubs tier), when it differs from
   * the target's row in `CATALOG_TARGETS`.
   * @default - the target's row
   */
  readonly maxPartitionsPerCluster?: number;
  /**
   * Partitions per topic for this cluster's tier, when it differs from the target's row.
   * @default - the target's row
   */
  readonly maxPartitionsPerTopic?: number;
  /**
   * The cluster has tiered storage.
   * @default false
   */
  readonly tieredStorage?: boolean;
  /**
   * Principal kinds the cluster accepts. An intent whose principal kind is missing is refused.
   * @default - every kind the target supports
   */
  readonly authModes?: readonly CatalogAuthMode[];
  /**
   * SASL/SCRAM user names the cluster has (MSK secrets `AmazonMSK_<user>`, self-managed users).
   * @default - unknown: not checked
   */
  readonly scramUsers?: readonly string[];
  /**
   * mTLS principals (mapped distinguished names) or native identities the target knows.
   * @default - unknown: not checked
   */
  readonly principals?: readonly string[];
  /**
   * Consumer groups the target declares (Event Hubs consumer groups). Intents naming another group are refused.
   * @default - unknown: not checked
   */
  readonly consumerGroups?: readonly string[];
  /**
   * Tells deploy-time values (CDK tokens, Pulumi outputs) apart; they are not checked.
   * @default - nothing is unknown
   */
  readonly isUnknown?: IsUnknown;
}
