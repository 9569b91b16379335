/**
 * Service accounts, API keys (one per slot, for rotation without downtime), role bindings with exact CRN
 * patterns and Kafka ACLs. API key secrets leave this file only as Pulumi secrets.
 */
import * as pulumi from '@pulumi/pulumi';
import * as confluent from '@pulumi/confluentcloud';
import { crnPattern } from '../access';
import type { AclPlan, ApiKeysPlan, RoleBindingPlan } from '../plan-types';
import type { ApiKeySlot } from '../spec';

/** The cluster facts grants and keys need. */
export interface ClusterRef {
  readonly id: pulumi.Output<string>;
  readonly rbacCrn: pulumi.Output<string>;
  readonly restEndpoint: pulumi.Output<string>;
  readonly environmentId: pulumi.Output<string>;
}

/** A Kafka API key as other resources consume it: both parts secret. */
export interface KafkaCredentials {
  readonly key: pulumi.Output<string>;
  readonly secret: pulumi.Output<string>;
}

export interface PrincipalResult {
  readonly serviceAccount: confluent.ServiceAccount;
  readonly keys: Record<string, confluent.ApiKey>;
  /** The active slot's key id and secret, both marked secret. */
  readonly active: KafkaCredentials;
  readonly roleBindings: confluent.RoleBinding[];
}

/**
 * A service account with its role bindings and one cluster-scoped API key per slot. Each key is created after the
 * role bindings, so it works as soon as it exists; keys are owned by the service account, never by a user.
 */
export function createPrincipal(prefix: string, opts: {
  displayName: string; description: string; cluster: ClusterRef; roleBindings: readonly RoleBindingPlan[]; apiKeys: ApiKeysPlan;
  waitForApiKeys: boolean; parent: pulumi.Resource;
}): PrincipalResult {
  const parent = { parent: opts.parent };
  const sa = new confluent.ServiceAccount(prefix, { displayName: opts.displayName, description: opts.description }, parent);
  const roleBindings = opts.roleBindings.map((rb) => createRoleBinding(`${prefix}-${rb.id}`, sa.id, rb, opts.cluster, parent));
  const { keys, active } = createApiKeys(prefix, sa, opts, { parent: opts.parent, dependsOn: roleBindings });
  return { serviceAccount: sa, keys, active, roleBindings };
}

/** One role binding of `principal` (a service account or identity pool id) on a CRN pattern of the cluster. */
export function createRoleBinding(name: string, principal: pulumi.Input<string>, rb: RoleBindingPlan, cluster: ClusterRef, opts: pulumi.CustomResourceOptions): confluent.RoleBinding {
  return new confluent.RoleBinding(name, {
    principal: pulumi.interpolate`User:${principal}`,
    roleName: rb.roleName,
    crnPattern: pulumi.all([cluster.rbacCrn, cluster.id]).apply(([crn, id]) => crnPattern(crn, id, rb.resource)),
  }, opts);
}

/** One cluster-scoped API key per slot of `sa` (`<prefix>-key-<slot>`), created after `opts.dependsOn` (its grants). */
export function createApiKeys(prefix: string, sa: confluent.ServiceAccount, o: { displayName: string; cluster: ClusterRef; apiKeys: ApiKeysPlan; waitForApiKeys: boolean },
  opts: pulumi.CustomResourceOptions): { keys: Record<string, confluent.ApiKey>; active: KafkaCredentials } {
  const keys: Record<string, confluent.ApiKey> = {};
  for (const slot of o.apiKeys.slots) keys[slot] = apiKey(`${prefix}-key-${slot}`, slot, sa, o.cluster, o.displayName, o.waitForApiKeys, opts);
  const active = keys[o.apiKeys.active]!;
  return { keys, active: { key: pulumi.secret(active.id), secret: pulumi.secret(active.secret) } };
}

function apiKey(name: string, slot: ApiKeySlot, sa: confluent.ServiceAccount, cluster: ClusterRef, owner: string, wait: boolean, opts: pulumi.CustomResourceOptions): confluent.ApiKey {
  return new confluent.ApiKey(name, {
    displayName: `${owner}-${slot}`,
    description: `Kafka API key (${slot} slot) of ${owner}, managed by kafka-iac`,
    owner: { id: sa.id, apiVersion: 'iam/v2', kind: 'ServiceAccount' },
    managedResource: { id: cluster.id, apiVersion: 'cmk/v2', kind: 'Cluster', environment: { id: cluster.environmentId } },
    // The readiness check dials the cluster; private clusters provisioned from outside their network skip it.
    disableWaitForReady: wait ? undefined : true,
  }, {
    ...opts,
    // The secret is only returned at creation; it is marked secret by the provider and again here.
    additionalSecretOutputs: ['secret'],
  });
}

/** Kafka ACLs for a principal, created through the cluster's REST endpoint with the admin credentials. */
export function createAcls(prefix: string, acls: readonly AclPlan[], principal: pulumi.Input<string>, cluster: ClusterRef, admin: KafkaCredentials, opts: pulumi.CustomResourceOptions): confluent.KafkaAcl[] {
  return acls.map((a) => new confluent.KafkaAcl(`${prefix}-${a.id}`, {
    kafkaCluster: { id: cluster.id },
    restEndpoint: cluster.restEndpoint,
    credentials: pulumi.secret({ key: admin.key, secret: admin.secret }),
    resourceType: a.resourceType,
    resourceName: a.resourceName,
    patternType: a.patternType,
    principal: pulumi.interpolate`User:${principal}`,
    host: '*',
    operation: a.operation,
    permission: a.permission,
  }, opts));
}
