/**
 * Children inside the namespace: event hubs (Kafka topics) with consumer groups and capture, scoped SAS rules
 * and schema groups. Every value comes from the plan.
 */
import * as pulumi from '@pulumi/pulumi';
import * as eventhub from '@pulumi/azure-native/eventhub';
import type { EventHubsPlan, PlannedEventHub } from '../plan-types';

type Id = pulumi.Input<string>;

export interface EntitiesContext {
  readonly name: string;
  readonly plan: EventHubsPlan<Id>;
  readonly resourceGroupName: Id;
  readonly namespace: eventhub.Namespace;
  readonly parent: pulumi.CustomResourceOptions;
  readonly retained: pulumi.CustomResourceOptions;
  /** Retained and protected: event hubs and consumer groups (their messages and committed offsets). */
  readonly kept: pulumi.CustomResourceOptions;
}

export interface EntityChildren {
  readonly eventHubs: Record<string, eventhub.EventHub>;
  readonly namespaceRules: Record<string, eventhub.NamespaceAuthorizationRule>;
  readonly eventHubRules: Record<string, eventhub.EventHubAuthorizationRule>;
  readonly resources: pulumi.Resource[];
}

export function createEntities(ctx: EntitiesContext): EntityChildren {
  const { name, plan, resourceGroupName, namespace } = ctx;
  const resources: pulumi.Resource[] = [];
  const eventHubs: Record<string, eventhub.EventHub> = {};
  for (const hub of plan.eventHubs) {
    const resource = new eventhub.EventHub(
      `${name}-hub-${hub.name}`,
      {
        eventHubName: hub.name,
        namespaceName: namespace.name,
        resourceGroupName,
        partitionCount: hub.partitionCount,
        retentionDescription: { ...hub.retention },
        captureDescription: captureDescription(hub),
      },
      ctx.kept,
    );
    eventHubs[hub.name] = resource;
    resources.push(resource);
    for (const group of hub.consumerGroups) {
      resources.push(new eventhub.ConsumerGroup(
        `${name}-hub-${hub.name}-cg-${group.name}`,
        { consumerGroupName: group.name, eventHubName: resource.name, namespaceName: namespace.name, resourceGroupName, userMetadata: group.userMetadata },
        ctx.kept,
      ));
    }
  }

  const namespaceRules: Record<string, eventhub.NamespaceAuthorizationRule> = {};
  const eventHubRules: Record<string, eventhub.EventHubAuthorizationRule> = {};
  for (const rule of plan.sasRules) {
    if (rule.eventHub === undefined) {
      namespaceRules[rule.name] = new eventhub.NamespaceAuthorizationRule(
        `${name}-sas-${rule.name}`,
        { authorizationRuleName: rule.name, namespaceName: namespace.name, resourceGroupName, rights: [...rule.rights] },
        ctx.parent,
      );
      resources.push(namespaceRules[rule.name]);
    } else {
      const key = `${rule.eventHub}/${rule.name}`;
      eventHubRules[key] = new eventhub.EventHubAuthorizationRule(
        `${name}-hub-${rule.eventHub}-sas-${rule.name}`,
        { authorizationRuleName: rule.name, eventHubName: eventHubs[rule.eventHub].name, namespaceName: namespace.name, resourceGroupName, rights: [...rule.rights] },
        ctx.parent,
      );
      resources.push(eventHubRules[key]);
    }
  }

  for (const group of plan.schemaGroups) {
    resources.push(new eventhub.SchemaRegistry(
      `${name}-schema-${group.name}`,
      { schemaGroupName: group.name, namespaceName: namespace.name, resourceGroupName, schemaType: group.schemaType, schemaCompatibility: group.compatibility, groupProperties: {} },
      ctx.retained,
    ));
  }
  return { eventHubs, namespaceRules, eventHubRules, resources };
}

function captureDescription(hub: PlannedEventHub<Id>) {
  const c = hub.capture;
  if (!c) return undefined;
  const d = c.destination;
  return {
    enabled: c.enabled,
    encoding: c.encoding,
    intervalInSeconds: c.intervalInSeconds,
    sizeLimitInBytes: c.sizeLimitInBytes,
    skipEmptyArchives: c.skipEmptyArchives,
    destination: {
      name: d.name,
      storageAccountResourceId: d.storageAccountResourceId,
      blobContainer: d.blobContainer,
      archiveNameFormat: d.archiveNameFormat,
      identity: d.userAssignedIdentityId === undefined ? undefined : { type: 'UserAssigned' as const, userAssignedIdentity: d.userAssignedIdentityId },
    },
  };
}
