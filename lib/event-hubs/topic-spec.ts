/** An event hub written as the portable catalog's `TopicSpec` (kafka-iac/core). */
import type { TopicSpec } from '../core/catalog/types';
import type { CaptureSpec, ConsumerGroupSpec } from './spec';

/**
 * An event hub written as the portable `TopicSpec`: name, partitions (explicit, as for every event hub),
 * `retentionHours`, `cleanupPolicy` ('delete' or 'compact') and `partitionsFloor`; the replication factor is the
 * platform's and other topic configs are refused. The event hub's own consumer groups and capture stay available.
 */
export interface EventHubTopicSpec<R = string> extends Omit<TopicSpec, 'partitions'> {
  /** Partitions: explicit, within the tier's limit. */
  readonly partitions: number;
  /**
   * Compact policy only: how long tombstones stay readable, in hours.
   * @default 24
   */
  readonly tombstoneRetentionHours?: number;
  /**
   * Consumer groups for AMQP readers (Kafka groups need no resource).
   * @default []
   */
  readonly consumerGroups?: readonly (string | ConsumerGroupSpec)[];
  /**
   * Capture to a storage account.
   * @default - off
   */
  readonly capture?: CaptureSpec<R>;
}

