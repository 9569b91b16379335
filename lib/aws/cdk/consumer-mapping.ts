/**
 * What every CDK cluster face does the same way for a Lambda consumer planned by `planConsumer`: the schema
 * registry it reads, the role's grants that do not depend on the cluster (pollers' network interfaces, the
 * on-failure destination, the registry), and the mapping properties that are the plan's values.
 */
import { Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type { ConsumerSchemaRegistryLike, KafkaConsumerPlan } from '../consumers';

/** A schema registry of the library (`GlueSchemaRegistry` from `kafka-iac/pipelines/cdk`), as a consumer reads it. */
export interface ConsumerSchemaRegistry extends ConsumerSchemaRegistryLike {
  readonly registryArn: string;
  grantRead(grantee: iam.IGrantable, o: { readonly topics: readonly string[] }): iam.Grant;
}

/** The pollers' network interfaces (EC2 has no resource for these actions). */
export function grantPollerNetwork(fn: lambda.IFunction, plan: KafkaConsumerPlan): void {
  iam.Grant.addToPrincipal({ grantee: fn, actions: [...plan.iam.vpc], resourceArns: ['*'] });
  Validations.of(fn.role!).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'The event source mapping creates and deletes its pollers\' network interfaces in the cluster\'s VPC: EC2 supports no resource for these actions.',
  });
}

/** The on-failure destination and the schema registry, when the plan has them. */
export function grantConsumerDestinations(fn: lambda.IFunction, plan: KafkaConsumerPlan, registry: ConsumerSchemaRegistry | undefined): void {
  const f = plan.onFailure;
  if (f) iam.Grant.addToPrincipal({ grantee: fn, actions: [...f.actions], resourceArns: f.kind === 's3' ? [f.arn, `${f.arn}/*`] : [f.arn] });
  if (plan.schemaRegistry && registry) registry.grantRead(fn, { topics: [plan.topic] });
}

/** The schema registry block of an MSK or self-managed event source config. */
export function schemaRegistryConfig(plan: KafkaConsumerPlan, registry: ConsumerSchemaRegistry | undefined): lambda.CfnEventSourceMapping.SchemaRegistryConfigProperty | undefined {
  if (!plan.schemaRegistry || !registry) return undefined;
  return {
    schemaRegistryUri: registry.registryArn,
    eventRecordFormat: plan.schemaRegistry.eventRecordFormat,
    schemaValidationConfigs: plan.schemaRegistry.validate.map((attribute) => ({ attribute })),
  };
}

/** Mapping properties that are the plan's values on every cluster. */
export function consumerMappingProps(fn: lambda.IFunction, plan: KafkaConsumerPlan): Pick<lambda.CfnEventSourceMappingProps,
  'functionName' | 'topics' | 'startingPosition' | 'startingPositionTimestamp' | 'batchSize' | 'maximumBatchingWindowInSeconds' | 'enabled' | 'provisionedPollerConfig' | 'destinationConfig'> {
  return {
    functionName: fn.functionArn,
    topics: [plan.topic],
    startingPosition: plan.startingPosition,
    startingPositionTimestamp: plan.startingPositionTimestamp?.epochSeconds,
    batchSize: plan.batchSize,
    maximumBatchingWindowInSeconds: plan.maximumBatchingWindowSeconds,
    enabled: plan.enabled,
    provisionedPollerConfig: plan.pollers ? { minimumPollers: plan.pollers.minimum, maximumPollers: plan.pollers.maximum } : undefined,
    destinationConfig: plan.onFailure ? { onFailure: { destination: plan.onFailure.arn } } : undefined,
  };
}
