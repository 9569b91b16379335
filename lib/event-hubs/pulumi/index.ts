/**
 * `kafka-iac/event-hubs/pulumi`: Azure Event Hubs (Kafka endpoint) as a Pulumi component. Loads `@pulumi/pulumi`
 * and the @pulumi/azure-native submodules it needs only (eventhub, network, privatedns, authorization, monitor,
 * managedidentity): never `aws-cdk-lib`, never the azure-native root index.
 */
export { EventHubsNamespace, type EventHubsNamespaceArgs } from './event-hubs-namespace';
export type { RenderedClientProperties } from './access';
export type * from '../spec';
export { KafkaValidationError } from '../../core/issues';
