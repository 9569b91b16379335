/**
 * The face-agnostic input of a Lambda consumer (an event source mapping from one Kafka topic to one function), and
 * the facts a cluster face hands the plan about itself. Faces add their own objects (the function, the registry).
 */
import type { ConsumerEventRecordFormat, ConsumerOnFailureKind, ConsumerStartingPosition } from './limits';

/** How the pollers authenticate: picked from the cluster when omitted (see `KafkaConsumerOptions.auth`). */
export type ConsumerAuth =
  | 'iam'
  | 'unauthenticated'
  | { readonly scramUser: string }
  | { readonly mtls: { readonly clientCertificateSecretArn: string } };

/** Batching of records into one invocation. */
export interface ConsumerBatching {
  /**
   * Records per invocation, 1 to 10,000.
   * @default 100
   */
  readonly batchSize?: number;
  /**
   * Seconds Lambda waits to fill a batch, 0 to 300.
   * @default 0
   */
  readonly maximumBatchingWindowSeconds?: number;
}

/** Provisioned mode: pollers kept ready (billed per event poller unit); needed for a schema registry. */
export interface ConsumerPollers {
  /**
   * Pollers kept running, 1 to 200.
   * @default 1
   */
  readonly minimum?: number;
  /**
   * Pollers Lambda may scale up to, 1 to 2,000, at least `minimum`.
   * @default 200
   */
  readonly maximum?: number;
}

/** Where Lambda sends a batch it discards (records' metadata, not their payload for SQS and SNS). */
export interface ConsumerOnFailure {
  readonly kind: ConsumerOnFailureKind;
  /** ARN of the queue, topic or bucket; the function's role gets exactly the actions to write there. */
  readonly arn: string;
}

/** What the plan reads from a schema registry of the library (`GlueSchemaRegistry` on either face). */
export interface ConsumerSchemaRegistryLike {
  readonly plan: {
    readonly backend: string;
    readonly name: string;
    readonly subjects: readonly { readonly topic: string; readonly part: string }[];
  };
}

/** Validation of records against a registry before they reach the function (provisioned mode only). */
export interface ConsumerSchemaRegistryOptions<R extends ConsumerSchemaRegistryLike = ConsumerSchemaRegistryLike> {
  /** The registry; the topic must have a subject in it. */
  readonly registry: R;
  /**
   * Format the function receives: `JSON` (deserialized) or `SOURCE` (original bytes, schema id removed).
   * @default 'JSON'
   */
  readonly eventRecordFormat?: ConsumerEventRecordFormat;
  /**
   * Parts of the record validated against the registry.
   * @default - every part (key, value) the topic has a subject for
   */
  readonly validate?: readonly ('KEY' | 'VALUE')[];
}

/** Options of `addConsumer` on every cluster face. */
export interface KafkaConsumerOptions<R extends ConsumerSchemaRegistryLike = ConsumerSchemaRegistryLike> {
  /** The topic the function consumes: exactly one per mapping (a Lambda rule). */
  readonly topics: readonly string[];
  /** Consumer group id (letters, digits, `.`, `_`, `-`; 1 to 200 characters); fixed once the mapping exists. */
  readonly group: string;
  /**
   * How the pollers authenticate.
   * @default - MSK: IAM when the cluster has it, else SASL/SCRAM when it has exactly one SCRAM user of its own; self-managed: SCRAM when the cluster has exactly one SCRAM user. Unauthenticated access is never picked: ask for it
   */
  readonly auth?: ConsumerAuth;
  /**
   * Where a new group starts reading.
   * @default 'TRIM_HORIZON' - from the oldest record kept, so nothing already written is skipped
   */
  readonly startingPosition?: ConsumerStartingPosition;
  /**
   * ISO 8601 instant to start from with `AT_TIMESTAMP`, e.g. `2026-01-01T00:00:00Z`.
   * @default - none (required with `AT_TIMESTAMP` only)
   */
  readonly startingPositionTimestamp?: string;
  /**
   * Batch size and window.
   * @default - 100 records, no window
   */
  readonly batching?: ConsumerBatching;
  /**
   * Provisioned mode (pollers kept ready).
   * @default - on-demand mode
   */
  readonly pollers?: ConsumerPollers;
  /**
   * Destination of discarded batches.
   * @default - none: a batch that keeps failing is retried until its records expire
   */
  readonly onFailure?: ConsumerOnFailure;
  /**
   * Schema validation with a Glue schema registry of the library (needs `pollers`).
   * @default - none
   */
  readonly schemaRegistry?: ConsumerSchemaRegistryOptions<R>;
  /**
   * Whether the mapping polls.
   * @default true
   */
  readonly enabled?: boolean;
}

/** Auth modes a cluster offers to Kafka clients. */
export interface ConsumerClusterAuth {
  readonly iam: boolean;
  readonly scram: boolean;
  readonly mtls: boolean;
  readonly unauthenticated: boolean;
}

/**
 * The network the pollers join (the cluster's subnets): a `KafkaVpc` the plan can check, or a VPC it cannot see.
 * `natRoute`: the cluster's subnets route to a NAT gateway.
 */
export type ConsumerNetworkFacts =
  | { readonly kind: 'kafka-vpc'; readonly interfaceEndpoints: readonly string[]; readonly natRoute: boolean }
  | { readonly kind: 'unknown' };

/** The client port of each auth mode the cluster offers. */
export interface ConsumerClusterPorts {
  /** @default - no IAM listener */
  readonly iam?: number;
  /** @default - no SASL/SCRAM listener */
  readonly scram?: number;
  /** @default - no mTLS listener */
  readonly mtls?: number;
  /** @default - no unauthenticated listener */
  readonly unauthenticated?: number;
}

/** What a cluster face tells the plan about its cluster. */
export interface ConsumerClusterFacts {
  readonly kind: 'msk-provisioned' | 'msk-serverless' | 'self-managed';
  readonly clusterName: string;
  readonly auth: ConsumerClusterAuth;
  /** SCRAM users whose secret the cluster holds. */
  readonly scramUsers: readonly string[];
  /** The client port of each enabled auth mode. */
  readonly ports: ConsumerClusterPorts;
  /**
   * Topic names of the cluster's catalog.
   * @default - the cluster has no catalog: topics are not checked (a warning says so)
   */
  readonly catalogTopics?: readonly string[];
  readonly network: ConsumerNetworkFacts;
  /** Whether the library owns the security group the rules go to. */
  readonly securityGroupManaged: boolean;
  /** Groups of the consumers already added to this cluster. */
  readonly groupsInUse: readonly string[];
}
