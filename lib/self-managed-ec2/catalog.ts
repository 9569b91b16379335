/**
 * Topics, access intents and quotas of a self-managed cluster (pure): both faces call `analyzeSelfManagedCatalog` and
 * hand the result to the in-VPC admin function (`KafkaAdminFunction`), which applies it over the brokers' SCRAM
 * listener as a named admin user.
 *
 * Why a named bootstrap SCRAM user, and nothing the library adds itself: a super user exists only in
 * `server.properties` and a SCRAM user only in the metadata log written at format time. Adding either for the function
 * would change every node's files, which deployed nodes pick up only when replaced, and a user added to the format
 * records of a formatted cluster never exists. The cluster already holds what works on a new and a deployed cluster
 * alike: a user of `clientAuthentication.scram.users` (its secret is the cluster's, its credentials were formatted in)
 * that is a super user (`superUsers`) or was granted the admin ACLs by hand. The function connects to the SCRAM client
 * listener only, trusts the cluster CA only, and reads that one secret.
 */
import { IssueCollector, type Issue, type IsUnknown } from '../core/issues';
import { analyzeCatalog } from '../core/catalog/plan';
import type { CatalogAuthMode, CatalogTargetContext } from '../core/catalog/context';
import type { AccessIntent, KafkaCatalogPlan, TopicSpec } from '../core/catalog/types';
import { LISTENERS } from './defaults';
import type { SelfManagedClusterPlan } from './plan-types';

/** The user the admin function connects as. */
export interface SelfManagedCatalogAdmin {
  /** A user of `clientAuthentication.scram.users` (formatted into the cluster, its secret held by the cluster). */
  readonly scramUser: string;
  /**
   * How the user may manage topics, ACLs and quotas. `super-user`: `User:<scramUser>` is in `superUsers` (checked).
   * `acls`: you granted its ACLs by hand (on a deployed cluster whose super users you do not change): ALTER, DESCRIBE,
   * ALTER_CONFIGS and DESCRIBE_CONFIGS on the cluster, and CREATE, DELETE, ALTER, DESCRIBE, ALTER_CONFIGS and
   * DESCRIBE_CONFIGS on the catalog's topics.
   * @default 'super-user'
   */
  readonly authorizedBy?: 'super-user' | 'acls';
}

/** The catalog props both faces add to the cluster spec. */
export interface SelfManagedCatalogSpec {
  /**
   * Topics, applied by the in-VPC admin function: created, adopted when identical, grown, reconfigured; never deleted
   * unless a removed topic had `deleteOnRemoval`. Needs `catalogAdmin`.
   * @default - none (no admin function)
   */
  readonly topics?: readonly TopicSpec[];
  /**
   * Application access: `scram` and `mtls` intents become Kafka ACLs and client quotas, applied by the same function.
   * Needs `catalogAdmin`.
   * @default - none
   */
  readonly access?: readonly AccessIntent[];
  /**
   * The SCRAM user the admin function connects as; required with `topics` or `access`.
   * @default - none
   */
  readonly catalogAdmin?: SelfManagedCatalogAdmin;
}

/**
 * How long the function waits for the brokers on create and update: nodes created in the same deployment boot
 * (install Java and Kafka, format, elect a controller) after their instances exist, and no creation signal tells
 * CloudFormation or Pulumi when Kafka is up. Leaves 5 of the function's 15 minutes to reconcile.
 */
export const SELF_MANAGED_CATALOG_WAIT_SECONDS = 600;

/** What the faces give the admin function. */
export interface SelfManagedCatalogAdminPlan {
  readonly user: string;
  /** Name of the user's secret `{"username","password"}` (the cluster's). */
  readonly secretName: string;
  /** The SCRAM client listener: the only port the function reaches. */
  readonly port: number;
  /** `host:port,...` of every broker's SCRAM listener (stable DNS names). */
  readonly bootstrapServers: string;
  /** SSM parameter of the cluster CA: the only CA the function trusts. */
  readonly caCertificateParameter: string;
  readonly waitForClusterSeconds: number;
}

export interface SelfManagedCatalogPlan {
  readonly catalog: KafkaCatalogPlan;
  /** Undefined when the catalog is empty (no function). */
  readonly admin?: SelfManagedCatalogAdminPlan;
  readonly warnings: readonly Issue[];
}

/** The catalog context of a self-managed cluster: its Kafka line, brokers, tiered storage, auth modes and bootstrap users. */
export function selfManagedCatalogContext(plan: SelfManagedClusterPlan, isUnknown: IsUnknown): CatalogTargetContext {
  const authModes: CatalogAuthMode[] = [];
  if (plan.listeners.some((l) => l.name === LISTENERS.scram.name)) authModes.push('scram');
  if (plan.mtls) authModes.push('mtls');
  const brokers = plan.nodes.filter((n) => n.processRoles.includes('broker'));
  return {
    kind: 'self-managed',
    kafkaLine: plan.line.line,
    brokers: brokers.length,
    instanceType: brokers[0]?.instance.instanceType,
    tieredStorage: plan.tieredStorage !== undefined,
    authModes,
    // Users added later with kafka-configs.sh have no secret here: intents name the bootstrap users.
    scramUsers: plan.scramUsers.map((u) => u.user),
    isUnknown,
  };
}

/** Every issue of the catalog and of its admin user, and the plan (meaningful only without errors). */
export function analyzeSelfManagedCatalog(plan: SelfManagedClusterPlan, spec: SelfManagedCatalogSpec, isUnknown: IsUnknown): { plan: SelfManagedCatalogPlan; issues: readonly Issue[] } {
  const { plan: catalog, issues } = analyzeCatalog({ topics: spec.topics, access: spec.access }, selfManagedCatalogContext(plan, isUnknown));
  const c = new IssueCollector().addAll(issues);
  const used = catalog.topics.length > 0 || catalog.acls.length > 0 || catalog.quotas.length > 0 || (spec.topics ?? []).length > 0 || (spec.access ?? []).length > 0;
  const admin = used || spec.catalogAdmin !== undefined ? checkCatalogAdmin(plan, spec.catalogAdmin, c) : undefined;
  return { plan: { catalog, admin: used ? admin : undefined, warnings: c.warnings }, issues: c.issues };
}

/** The validated plan; throws one `KafkaValidationError` (subject first) listing every issue. */
export function planSelfManagedCatalog(plan: SelfManagedClusterPlan, spec: SelfManagedCatalogSpec, isUnknown: IsUnknown, subject: string): SelfManagedCatalogPlan {
  const { plan: out, issues } = analyzeSelfManagedCatalog(plan, spec, isUnknown);
  new IssueCollector().addAll(issues).throwIfErrors(subject);
  return out;
}

/**
 * The admin user's issues (into `c`) and, when it can work, how the function reaches the cluster. Codes:
 * `self-managed/catalog-admin-required`, `self-managed/catalog-admin-needs-scram`, `self-managed/catalog-admin-user`,
 * `self-managed/catalog-admin-not-super-user`, `self-managed/catalog-admin-authorized-by`.
 */
export function checkCatalogAdmin(plan: SelfManagedClusterPlan, admin: SelfManagedCatalogAdmin | undefined, c: IssueCollector): SelfManagedCatalogAdminPlan | undefined {
  const users = plan.scramUsers.map((u) => u.user);
  const listener = plan.listeners.find((l) => l.name === LISTENERS.scram.name);
  if (!listener) {
    // mTLS only: the function has no client certificate the cluster issued (the CA key never leaves the provisioner).
    c.error('self-managed/catalog-admin-needs-scram', 'catalogAdmin', 'name a SCRAM user: the admin function connects over SASL/SCRAM to the brokers\' SCRAM listener', 'a cluster with mTLS only',
      'Enable `clientAuthentication.scram` with an admin user on a new cluster, or apply the catalog with a `KafkaAdminFunction` (kafka-iac/aws) given an admin client certificate (auth: \'mtls\').');
    return undefined;
  }
  if (admin === undefined || typeof admin !== 'object') {
    c.error('self-managed/catalog-admin-required', 'catalogAdmin', 'name the SCRAM user the admin function connects as when the cluster has `topics` or `access`', admin,
      `Set \`catalogAdmin: { scramUser: '<user>' }\` with a user of \`clientAuthentication.scram.users\` (${users.join(', ')}) that is in \`superUsers\` as \`User:<user>\`.`);
    return undefined;
  }
  const authorizedBy = admin.authorizedBy ?? 'super-user';
  let ok = true;
  if (authorizedBy !== 'super-user' && authorizedBy !== 'acls') {
    c.error('self-managed/catalog-admin-authorized-by', 'catalogAdmin.authorizedBy', "be 'super-user' or 'acls'", admin.authorizedBy, "Use 'super-user' (the user is in `superUsers`) or 'acls' (you granted its ACLs by hand).");
    ok = false;
  }
  const secret = plan.scramUsers.find((u) => u.user === admin.scramUser);
  if (!secret) {
    c.error('self-managed/catalog-admin-user', 'catalogAdmin.scramUser', `name a user of \`clientAuthentication.scram.users\` (${users.join(', ')})`, admin.scramUser,
      'The function reads the user\'s secret, which the cluster holds for its bootstrap users only. On a new cluster, add the user there (and to `superUsers`); a user added to a deployed cluster\'s list is never formatted in.');
    return undefined;
  }
  const principal = `User:${admin.scramUser}`;
  if (authorizedBy === 'super-user' && !plan.superUsers.includes(principal)) {
    c.error('self-managed/catalog-admin-not-super-user', 'catalogAdmin.scramUser', `be a super user (\`${principal}\` in \`superUsers\`)`, admin.scramUser,
      `On a new cluster add '${principal}' to \`superUsers\`. On a deployed one that changes server.properties, which running nodes read only when replaced: grant the user the admin ACLs with kafka-acls.sh and set \`authorizedBy: 'acls'\` instead.`);
    ok = false;
  }
  if (!ok) return undefined;
  return {
    user: admin.scramUser, secretName: secret.secretName, port: listener.port,
    bootstrapServers: plan.nodes.filter((n) => n.listeners.includes(listener.name)).map((n) => `${n.dnsName}:${listener.port}`).join(','),
    caCertificateParameter: plan.tls.caCertificateParameter,
    waitForClusterSeconds: SELF_MANAGED_CATALOG_WAIT_SECONDS,
  };
}
