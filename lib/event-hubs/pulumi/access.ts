/**
 * Access children: the customer-managed-key identity and its Key Vault grant, data-plane role assignments, and
 * the Kafka client configuration output (secret when it carries a SAS connection string).
 */
import * as pulumi from '@pulumi/pulumi';
import * as authorization from '@pulumi/azure-native/authorization';
import * as eventhub from '@pulumi/azure-native/eventhub';
import * as managedidentity from '@pulumi/azure-native/managedidentity';
import { roleDefinitionId } from '../arm-ids';
import { renderKafkaClientProperties } from '../client-properties';
import { BUILT_IN_ROLES } from '../limits';
import type { EventHubsPlan } from '../plan-types';
import { roleAssignmentName } from '../roles';
import type { EntityChildren } from './entities';

type Id = pulumi.Input<string>;

/** A role assignment whose ARM name is derived from (scope, principal, role), so re-creation is idempotent. */
export function assignRole(
  resourceName: string,
  args: { scope: pulumi.Input<string>; principalId: pulumi.Input<string>; principalType: string; roleGuid: string; description: string },
  opts: pulumi.CustomResourceOptions,
): authorization.RoleAssignment {
  const scope = pulumi.output(args.scope);
  return new authorization.RoleAssignment(
    resourceName,
    {
      scope,
      principalId: args.principalId,
      principalType: args.principalType,
      roleDefinitionId: scope.apply((s) => roleDefinitionId(s, args.roleGuid)),
      roleAssignmentName: pulumi.all([scope, args.principalId]).apply(([s, p]) => roleAssignmentName(s, p, args.roleGuid)),
      description: args.description,
    },
    opts,
  );
}

export interface CmkIdentity {
  readonly identity?: managedidentity.UserAssignedIdentity;
  readonly grant?: authorization.RoleAssignment;
  /** Every user-assigned identity id the namespace carries. */
  readonly identityIds: pulumi.Input<string>[];
  /** The identity that reads the key. */
  readonly keyIdentityId?: pulumi.Input<string>;
}

export function createCmkIdentity(
  name: string, plan: EventHubsPlan<Id>, resourceGroupName: Id, location: Id | undefined, retained: pulumi.CustomResourceOptions,
): CmkIdentity {
  const ids = [...plan.identity.existingIds];
  const e = plan.encryption;
  if (!e) return { identityIds: ids };
  if (e.identity.kind === 'existing') return { identityIds: ids, keyIdentityId: e.identity.resourceId };
  const identity = new managedidentity.UserAssignedIdentity(
    `${name}-cmk-identity`,
    { resourceName: `${plan.namespaceName}-cmk`, resourceGroupName, location, tags: { ...plan.tags } },
    retained,
  );
  // The namespace reads the key at creation: the grant must exist first (the component orders it so).
  const grant = assignRole(`${name}-cmk-key-access`, {
    scope: e.keyVaultId!, principalId: identity.principalId, principalType: 'ServicePrincipal', roleGuid: BUILT_IN_ROLES.keyVaultCryptoServiceEncryptionUser,
    description: `kafka-iac: Event Hubs namespace ${plan.namespaceName} wraps its data keys with ${e.keyName}`,
  }, retained);
  return { identity, grant, identityIds: [identity.id, ...ids], keyIdentityId: identity.id };
}

export function createRoleAssignments(
  name: string, plan: EventHubsPlan<Id>, namespace: eventhub.Namespace, entities: EntityChildren, parent: pulumi.CustomResourceOptions,
): authorization.RoleAssignment[] {
  return plan.roleAssignments.map((a) => assignRole(`${name}-role-${a.key}`, {
    scope: a.eventHub === undefined ? namespace.id : entities.eventHubs[a.eventHub].id,
    principalId: a.principalId,
    principalType: a.principalType,
    roleGuid: a.roleDefinitionGuid,
    description: `kafka-iac: ${a.role} on ${a.eventHub === undefined ? `namespace ${plan.namespaceName}` : `event hub ${a.eventHub}`}`,
  }, parent));
}

/** Client properties as a record and as a `.properties` file body (comments per section). */
export interface RenderedClientProperties {
  readonly record: Record<string, string>;
  readonly file: string;
}

/** Kafka client properties: plain for OAUTHBEARER, a secret holding the connection string for SAS PLAIN. */
export function kafkaClientProperties(
  plan: EventHubsPlan<Id>, namespace: eventhub.Namespace, entities: EntityChildren, resourceGroupName: Id, parent: pulumi.Resource,
): pulumi.Output<RenderedClientProperties> {
  const kafka = plan.kafka;
  const render = (cs?: string): RenderedClientProperties => {
    const props = renderKafkaClientProperties(kafka, cs);
    return { record: props.toRecord(), file: props.serialize() };
  };
  if (kafka.auth === 'oauthbearer') {
    return namespace.id.apply(() => render());
  }
  const rule = kafka.sasRule!;
  const keys = rule.eventHub === undefined
    ? eventhub.listNamespaceKeysOutput({ authorizationRuleName: entities.namespaceRules[rule.name].name, namespaceName: namespace.name, resourceGroupName }, { parent })
    : eventhub.listEventHubKeysOutput({
        authorizationRuleName: entities.eventHubRules[`${rule.eventHub}/${rule.name}`].name, eventHubName: entities.eventHubs[rule.eventHub].name, namespaceName: namespace.name, resourceGroupName,
      }, { parent });
  return pulumi.secret(keys.primaryConnectionString).apply((cs) => render(cs));
}
