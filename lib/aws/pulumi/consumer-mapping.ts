/**
 * What every Pulumi cluster component does the same way for a Lambda consumer planned by `planConsumer`: the
 * arguments (function, role, destination), the schema registry it reads, and the mapping arguments that are the
 * plan's values.
 */
import type * as pulumi from '@pulumi/pulumi';
import type * as iam from '@pulumi/aws/iam';
import type * as lambda from '@pulumi/aws/lambda';
import type { ConsumerOnFailureKind, ConsumerSchemaRegistryLike, KafkaConsumerOptions, KafkaConsumerPlan } from '../consumers';

/** A schema registry of the library (`GlueSchemaRegistry` from `kafka-iac/pipelines/pulumi`), as a consumer reads it. */
export interface ConsumerSchemaRegistry extends ConsumerSchemaRegistryLike {
  readonly registryArn: pulumi.Output<string>;
  grantRead(grantName: string, args: { readonly role: pulumi.Input<string>; readonly topics: readonly string[] }): iam.RolePolicy;
}

/** Arguments of `addConsumer` on the Pulumi cluster components. */
export interface KafkaConsumerArgs extends Omit<KafkaConsumerOptions<ConsumerSchemaRegistry>, 'onFailure'> {
  /** ARN (or name) of the Lambda function. */
  readonly functionArn: pulumi.Input<string>;
  /** Name of the function's execution role: it receives the consumer's inline policy. */
  readonly role: pulumi.Input<string>;
  /**
   * Destination of discarded batches (its ARN may be an output).
   * @default - none: a batch that keeps failing is retried until its records expire
   */
  readonly onFailure?: { readonly kind: ConsumerOnFailureKind; readonly arn: pulumi.Input<string> };
}

/** The statement of the on-failure destination, when the plan has one. */
export function onFailureStatements(plan: KafkaConsumerPlan): Record<string, unknown>[] {
  const f = plan.onFailure;
  return f ? [{ Effect: 'Allow', Action: [...f.actions], Resource: f.kind === 's3' ? [f.arn, `${f.arn}/*`] : f.arn }] : [];
}

/** The schema registry block of an MSK or self-managed event source config. */
export function schemaRegistryConfig(plan: KafkaConsumerPlan, registry: ConsumerSchemaRegistry | undefined) {
  if (!plan.schemaRegistry || !registry) return undefined;
  return { schemaRegistryUri: registry.registryArn, eventRecordFormat: plan.schemaRegistry.eventRecordFormat, schemaValidationConfigs: plan.schemaRegistry.validate.map((attribute) => ({ attribute })) };
}

/** Mapping arguments that are the plan's values on every cluster. */
export function consumerMappingArgs(functionArn: pulumi.Input<string>, plan: KafkaConsumerPlan): Pick<lambda.EventSourceMappingArgs,
  'functionName' | 'topics' | 'startingPosition' | 'startingPositionTimestamp' | 'batchSize' | 'maximumBatchingWindowInSeconds' | 'enabled' | 'provisionedPollerConfig' | 'destinationConfig'> {
  return {
    functionName: functionArn,
    topics: [plan.topic],
    startingPosition: plan.startingPosition,
    startingPositionTimestamp: plan.startingPositionTimestamp?.rfc3339,
    batchSize: plan.batchSize,
    maximumBatchingWindowInSeconds: plan.maximumBatchingWindowSeconds,
    enabled: plan.enabled,
    provisionedPollerConfig: plan.pollers ? { minimumPollers: plan.pollers.minimum, maximumPollers: plan.pollers.maximum } : undefined,
    destinationConfig: plan.onFailure ? { onFailure: { destinationArn: plan.onFailure.arn } } : undefined,
  };
}
