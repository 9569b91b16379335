/**
 * The catalog's access intents as Confluent resources: service accounts for the principals the component creates,
 * role bindings or ACLs per intent, client quotas. Names derive from the intent's or principal's name, never from
 * a position: `${name}-${principal}` (service account, `-key-<slot>`), `${name}-access-<intent>-<grant>`,
 * `${name}-access-<intent>-quota`.
 */
import * as pulumi from '@pulumi/pulumi';
import * as confluent from '@pulumi/confluentcloud';
import type { ConfluentPlan } from '../plan-types';
import { createAcls, createApiKeys, createRoleBinding, type ClusterRef, type KafkaCredentials } from './identity';

export interface AccessAccount {
  readonly serviceAccount: confluent.ServiceAccount;
  readonly keys: Record<string, confluent.ApiKey>;
  readonly active: KafkaCredentials;
}

export function createAccess(name: string, plan: ConfluentPlan, cluster: ClusterRef, admin: KafkaCredentials | undefined, dataPlane: pulumi.CustomResourceOptions,
  parent: pulumi.Resource): Record<string, AccessAccount> {
  const accounts = new Map<string, confluent.ServiceAccount>();
  for (const a of plan.accessAccounts) {
    accounts.set(a.name, new confluent.ServiceAccount(`${name}-${a.name}`, { displayName: a.serviceAccountName, description: a.description }, { parent }));
  }
  const grantsOf = new Map<string, pulumi.Resource[]>();
  for (const intent of plan.access) {
    const principal: pulumi.Input<string> = intent.principal.kind === 'existing' ? intent.principal.id : accounts.get(intent.principal.account)!.id;
    const prefix = `${name}-access-${intent.name}`;
    const grants: pulumi.Resource[] = intent.roleBindings.map((rb) => createRoleBinding(`${prefix}-${rb.id}`, principal, rb, cluster, { parent }));
    // ACL mode always has the admin account (the plan gives it CloudClusterAdmin to manage ACLs).
    if (intent.acls.length > 0) grants.push(...createAcls(prefix, intent.acls, principal, cluster, admin!, dataPlane));
    if (intent.quota) {
      new confluent.KafkaClientQuota(`${prefix}-quota`, {
        displayName: intent.quota.displayName,
        description: `Client quota of access intent ${intent.name}, managed by kafka-iac`,
        throughput: { ingressByteRate: intent.quota.ingressByteRate, egressByteRate: intent.quota.egressByteRate },
        principals: [principal],
        kafkaCluster: { id: cluster.id },
        environment: { id: cluster.environmentId },
      }, { parent });
    }
    if (intent.principal.kind === 'created') {
      grantsOf.set(intent.principal.account, [...(grantsOf.get(intent.principal.account) ?? []), ...grants]);
    }
  }
  const out: Record<string, AccessAccount> = {};
  for (const a of plan.accessAccounts) {
    const sa = accounts.get(a.name)!;
    // Keys come after the grants, so a key works as soon as it exists.
    const { keys, active } = createApiKeys(`${name}-${a.name}`, sa, {
      displayName: a.serviceAccountName, cluster, apiKeys: a.apiKeys, waitForApiKeys: plan.waitForApiKeys,
    }, { parent, dependsOn: grantsOf.get(a.name) ?? [] });
    out[a.name] = { serviceAccount: sa, keys, active };
  }
  return out;
}
