/**
 * Limits of AWS Lambda event source mappings for Kafka (Amazon MSK and self-managed Apache Kafka), as data.
 * Sources, checked 2026-12-04: Lambda API reference "CreateEventSourceMapping" (BatchSize 1-10,000 for Kafka,
 * MaximumBatchingWindowInSeconds 0-300, Topics: exactly one item, StartingPosition values),
 * "AmazonManagedKafkaEventSourceConfig" / "SelfManagedKafkaEventSourceConfig" (ConsumerGroupId 1-200 characters),
 * "ProvisionedPollerConfig" (MinimumPollers 1-200, MaximumPollers 1-2,000), the Lambda developer guide "Using
 * schema registries with Kafka event sources in Lambda" (provisioned mode only, one registry per mapping) and
 * "Configuring your Amazon MSK cluster and Amazon VPC network for Lambda" (pollers in on-demand mode reach Lambda
 * and STS, and Secrets Manager with SCRAM or mTLS, through a NAT gateway or interface VPC endpoints; provisioned
 * mode needs no endpoint).
 */
export const CONSUMER_LIMITS = {
  batchSize: { min: 1, max: 10_000, default: 100 },
  maximumBatchingWindowSeconds: { min: 0, max: 300, default: 0 },
  topicsPerMapping: 1,
  groupIdMaxLength: 200,
  minimumPollers: { min: 1, max: 200 },
  maximumPollers: { min: 1, max: 2_000 },
  /** Kafka topic names: legal characters and length (Kafka `Topic.validate`). */
  topicNameMaxLength: 249,
} as const;

/** Starting positions a Kafka event source mapping accepts. */
export const STARTING_POSITIONS = ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'] as const;
export type ConsumerStartingPosition = (typeof STARTING_POSITIONS)[number];

/** Formats Lambda delivers records in after schema validation. */
export const EVENT_RECORD_FORMATS = ['JSON', 'SOURCE'] as const;
export type ConsumerEventRecordFormat = (typeof EVENT_RECORD_FORMATS)[number];

/**
 * Interface endpoint services (suffix after `com.amazonaws.<region>.`) the pollers of an on-demand mapping call
 * from the cluster's subnets when there is no NAT route: Lambda and STS always, Secrets Manager for SCRAM and mTLS.
 */
export const POLLER_ENDPOINTS = { always: ['lambda', 'sts'], secrets: ['secretsmanager'] } as const;

/**
 * Actions the execution role needs for the pollers' network interfaces in the cluster's VPC (managed policy
 * AWSLambdaMSKExecutionRole, and the self-managed Kafka guide "Lambda execution role permissions"). EC2 does not
 * scope these actions to a resource: `Resource: '*'`.
 */
export const POLLER_VPC_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeSecurityGroups',
  'ec2:DescribeSubnets',
  'ec2:DescribeVpcs',
] as const;

/** MSK control-plane actions the pollers call on the cluster (DescribeClusterV2 works for Serverless too). */
export const MSK_CLUSTER_ACTIONS = ['kafka:DescribeClusterV2', 'kafka:GetBootstrapBrokers'] as const;

/** Actions per on-failure destination kind (Lambda guide "Capturing discarded batches for Kafka event sources"). */
export const ON_FAILURE_ACTIONS = {
  sqs: ['sqs:SendMessage'],
  sns: ['sns:Publish'],
  s3: ['s3:PutObject', 's3:ListBucket'],
} as const;
export type ConsumerOnFailureKind = keyof typeof ON_FAILURE_ACTIONS;
