/**
 * Event Hubs schema groups from the registry contract: a group is a registry with one compatibility; its schemas are
 * registered by the clients (the Azure Schema Registry serializer), so the plan checks their text before deploy and
 * the namespace creates the group (`EventHubsNamespace` `schemaGroups`).
 */
import { throwInvalid } from '../../core/issues';
import type { SchemaGroupSpec } from '../../event-hubs/spec';
import type { SchemaRegistryPlan } from './plan-types';

/** The `schemaGroups` entry of an `EventHubsNamespace` for a registry planned for `'event-hubs'`. */
export function toEventHubsSchemaGroup(plan: SchemaRegistryPlan): SchemaGroupSpec {
  if (plan.backend !== 'event-hubs') {
    throwInvalid(`Schema registry '${plan.name}'`, 'pipelines/schema-backend', 'backend', "be 'event-hubs' for a schema group", plan.backend,
      "Plan it with planSchemaRegistry(spec, 'event-hubs').");
  }
  return { name: plan.name, compatibility: plan.backendCompatibility as NonNullable<SchemaGroupSpec['compatibility']> };
}
