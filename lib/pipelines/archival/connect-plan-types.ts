/** The validated MSK Connect archive: every name, property and rule decided. */
import type { Issue } from '../../core/issues';
import type { RemovalMode } from '../../core/types';
import type { PlannedArchivalBucket, PlannedLifecycleRule } from './plan-types';
import type { ConnectPluginSpec } from './connect-spec';

export type PlannedConnectCapacity =
  | {
    readonly kind: 'autoscaled';
    readonly mcuCount: number;
    readonly minWorkers: number;
    readonly maxWorkers: number;
    readonly scaleInCpuPercent: number;
    readonly scaleOutCpuPercent: number;
  }
  | { readonly kind: 'provisioned'; readonly mcuCount: number; readonly workerCount: number };

/** One connector: the archive (the topics to the archive bucket) or the dead letters (the DLQ topic to its bucket). */
export interface PlannedConnector {
  /** `archive` or `dead-letters`: the construct id and resource name suffix. */
  readonly role: 'archive' | 'dead-letters';
  readonly connectorName: string;
  readonly topics: readonly string[];
  /** Which bucket it writes. */
  readonly bucket: 'data' | 'dead-letter';
  /** Key prefix of its objects (ends with `/`). */
  readonly prefix: string;
  readonly capacity: PlannedConnectCapacity;
  /** The connector configuration without `s3.bucket.name` and `s3.region` (see `connectorConfiguration`). */
  readonly configuration: Readonly<Record<string, string>>;
}

export interface ConnectArchivalPlan {
  readonly backend: 'connect';
  readonly name: string;
  readonly clusterName: string;
  readonly kafkaConnectVersion: string;
  readonly plugin: ConnectPluginSpec;
  /** Name of the custom plugin (carries a digest of the create-only inputs, so a change creates new resources). */
  readonly pluginName: string;
  readonly workerConfigurationName: string;
  /** `connect-distributed.properties` of the workers. */
  readonly workerProperties: string;
  readonly archivedTopics: readonly { readonly name: string; readonly inCatalog: boolean }[];
  readonly deadLetterTopic: { readonly name: string; readonly inCatalog: boolean; readonly replicationFactor: number };
  readonly connectors: readonly PlannedConnector[];
  readonly bucket: PlannedArchivalBucket;
  readonly deadLetterBucket: PlannedArchivalBucket;
  readonly dataLifecycle: PlannedLifecycleRule;
  readonly deadLetterLifecycle: PlannedLifecycleRule;
  readonly longestRetentionHours: number | 'unlimited';
  /** The connector's own authentication and the broker port it reaches (IAM, 9098). */
  readonly authentication: 'IAM';
  readonly brokerPort: number;
  /** The workers' log group (fixed, so the key policy can name it before it exists). */
  readonly logGroupName: string;
  readonly logRetentionDays: number;
  readonly removal: RemovalMode;
  readonly warnings: readonly Issue[];
}
