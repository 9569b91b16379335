/**
 * `ConfluentKafka`: a Confluent Cloud environment, Kafka cluster, private networking, applications with
 * least-privilege access and rotatable API keys, topics and mirror topics, as one Pulumi component.
 * Thin: `planConfluentKafka` decides everything; this file maps the plan to `@pulumi/confluentcloud` resources.
 */
import * as pulumi from '@pulumi/pulumi';
import * as confluent from '@pulumi/confluentcloud';
import { IssueCollector } from '../../core/issues';
import { bootstrapServers, renderClientProperties } from '../client-properties';
import { planConfluentKafka, validateConfluentKafka } from '../plan';
import type { ConfluentPlan } from '../plan-types';
import type { ConfluentByokSpec, ConfluentKafkaSpec } from '../spec';
import { createAccess } from './access';
import { createAcls, createPrincipal, type ClusterRef, type KafkaCredentials } from './identity';
import { createNetworking } from './networking';
import { createMirrorTopics, createTopics } from './topics';

/** Arguments of `ConfluentKafka`: the shared spec; key and endpoint fields may be outputs of other resources. */
export type ConfluentKafkaArgs = ConfluentKafkaSpec<pulumi.Input<string>>;

/** Values only known at deploy time are checked then, never dropped. */
const isUnknown = (v: unknown): boolean => pulumi.Output.isInstance(v) || v instanceof Promise;

/**
 * Names (a public contract: a rename replaces the resource): `${name}-env`, `${name}-byok`, `${name}-network`,
 * `${name}-privatelink-access-<account>`, `${name}-peering`, `${name}-tgw-attachment`, `${name}-platt`
 * (+ `-connection`), `${name}` (the cluster), `${name}-<app>` (service account) with `${name}-<app>-key-<slot>`,
 * `${name}-<app>-<grant>` role bindings and ACLs, `${name}-<principal>` (+ `-key-<slot>`) for a service account an access
 * intent's principal names, `${name}-access-<intent>-<grant>` and `${name}-access-<intent>-quota` for each intent's
 * role bindings, ACLs and client quota, `${name}-admin` (+ `-key-<slot>`, grants), `${name}-topic-<topic>`,
 * `${name}-mirror-<topic>`, and the cloud-side endpoint `${name}-endpoint*`, `${name}-psc-<zone>`,
 * `${name}-pe-<zone>`, `${name}-dns*`. All are parented to the component.
 *
 * Protection: the environment, network, attachment, BYOK key and cluster get Pulumi `protect` (default on), so a
 * change that replaces them (availability, cloud, region, network, key) fails at preview until you turn
 * `protect` off for that one deliberate update. Production types also get the cluster's server-side
 * `deletionProtection`. Topics are protected too (a lower partition count would replace them).
 */
export class ConfluentKafka extends pulumi.ComponentResource {
  readonly plan: ConfluentPlan;
  readonly environmentId: pulumi.Output<string>;
  readonly clusterId: pulumi.Output<string>;
  /** `host:port` for `bootstrap.servers` (the provider's `SASL_SSL://` scheme stripped). */
  readonly bootstrapServers: pulumi.Output<string>;
  readonly restEndpoint: pulumi.Output<string>;
  readonly rbacCrn: pulumi.Output<string>;
  readonly networkId?: pulumi.Output<string>;
  readonly privateLinkAttachmentId?: pulumi.Output<string>;
  /** Private DNS domain clients resolve through the private endpoint. */
  readonly privateDnsDomain?: pulumi.Output<string>;
  /** Service account id per application (and per service account an access intent's principal creates). */
  readonly serviceAccountIds: Record<string, pulumi.Output<string>>;
  /** API key id per application and slot (not secret). */
  readonly apiKeyIds: Record<string, Record<string, pulumi.Output<string>>>;
  /** Ready-to-use Kafka client properties per application (active key), as a Pulumi secret. */
  readonly clientProperties: Record<string, pulumi.Output<string>>;
  /** The active API key secret per application, as a Pulumi secret. */
  readonly apiKeySecrets: Record<string, pulumi.Output<string>>;

  constructor(name: string, args: ConfluentKafkaArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:confluent:ConfluentKafka', name, {}, opts);
    const spec = args as unknown as ConfluentKafkaSpec;
    const c = new IssueCollector().addAll(validateConfluentKafka(spec, isUnknown));
    c.throwIfErrors(`ConfluentKafka '${name}'`);
    const plan = planConfluentKafka(spec, isUnknown, `ConfluentKafka '${name}'`);
    this.plan = plan;
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);

    // Protected and retained: leaving the program (after `pulumi state unprotect`) forgets the cluster instead of deleting it.
    const protectedOpts: pulumi.CustomResourceOptions = { parent: this, protect: plan.protect, retainOnDelete: plan.protect };

    this.environmentId = plan.environment.kind === 'create'
      ? new confluent.Environment(`${name}-env`, {
          displayName: plan.environment.displayName,
          streamGovernance: { package: plan.environment.streamGovernance },
        }, protectedOpts).id
      : pulumi.output(plan.environment.environmentId);
    const environment = { id: this.environmentId };

    const net = createNetworking(name, plan, this.environmentId, this);
    this.networkId = net.networkId;
    this.privateLinkAttachmentId = net.privateLinkAttachmentId;
    this.privateDnsDomain = net.dnsDomain;

    const byokKeyId = byok(name, plan.cluster.byok as ConfluentByokSpec<pulumi.Input<string>> | undefined, protectedOpts);
    const shape = plan.cluster.shape;
    const cluster = new confluent.KafkaCluster(name, {
      displayName: plan.cluster.displayName,
      cloud: plan.cluster.cloud,
      region: plan.cluster.region,
      availability: plan.cluster.providerAvailability,
      environment,
      // Exactly one type block, chosen by the plan: asking for Enterprise can only ever send `enterprises`.
      [shape.block]: shape.block === 'enterprises' || shape.block === 'freights' ? shape.value.map((v) => ({ ...v })) : { ...shape.value },
      network: net.networkId ? { id: net.networkId } : undefined,
      byokKey: byokKeyId ? { id: byokKeyId } : undefined,
      deletionProtection: plan.cluster.deletionProtection,
    }, protectedOpts);

    this.clusterId = cluster.id;
    this.bootstrapServers = cluster.bootstrapEndpoint.apply(bootstrapServers);
    this.restEndpoint = cluster.restEndpoint;
    this.rbacCrn = cluster.rbacCrn;
    const ref: ClusterRef = { id: cluster.id, rbacCrn: cluster.rbacCrn, restEndpoint: cluster.restEndpoint, environmentId: this.environmentId };

    let admin: KafkaCredentials | undefined;
    let adminGrants: pulumi.Resource[] = [];
    if (plan.admin) {
      const p = createPrincipal(`${name}-admin`, {
        displayName: plan.admin.serviceAccountName, description: `kafka-iac admin of ${plan.cluster.displayName}: topics, ACLs and mirror topics`,
        cluster: ref, roleBindings: plan.admin.roleBindings, apiKeys: plan.admin.apiKeys, waitForApiKeys: plan.waitForApiKeys, parent: this,
      });
      admin = p.active;
      adminGrants = [...p.roleBindings, ...Object.values(p.keys)];
    }
    const dataPlane: pulumi.CustomResourceOptions = { parent: this, dependsOn: adminGrants };

    this.serviceAccountIds = {};
    this.apiKeyIds = {};
    this.clientProperties = {};
    this.apiKeySecrets = {};
    for (const app of plan.applications) {
      const p = createPrincipal(`${name}-${app.name}`, {
        displayName: app.serviceAccountName, description: app.description, cluster: ref, roleBindings: app.roleBindings,
        apiKeys: app.apiKeys, waitForApiKeys: plan.waitForApiKeys, parent: this,
      });
      if (app.acls.length > 0) createAcls(`${name}-${app.name}`, app.acls, p.serviceAccount.id, ref, admin!, dataPlane);
      this.serviceAccountIds[app.name] = p.serviceAccount.id;
      this.apiKeyIds[app.name] = Object.fromEntries(Object.entries(p.keys).map(([slot, k]) => [slot, k.id]));
      this.apiKeySecrets[app.name] = p.active.secret;
      this.clientProperties[app.name] = pulumi.secret(pulumi.all([cluster.bootstrapEndpoint, p.active.key, p.active.secret])
        .apply(([bootstrapEndpoint, apiKey, apiSecret]) => renderClientProperties({ bootstrapEndpoint, apiKey, apiSecret, info: plan.cluster.info })));
    }

    const accessAccounts = createAccess(name, plan, ref, admin, dataPlane, this);
    for (const [account, p] of Object.entries(accessAccounts)) {
      this.serviceAccountIds[account] = p.serviceAccount.id;
      this.apiKeyIds[account] = Object.fromEntries(Object.entries(p.keys).map(([slot, k]) => [slot, k.id]));
      this.apiKeySecrets[account] = p.active.secret;
      this.clientProperties[account] = pulumi.secret(pulumi.all([cluster.bootstrapEndpoint, p.active.key, p.active.secret])
        .apply(([bootstrapEndpoint, apiKey, apiSecret]) => renderClientProperties({ bootstrapEndpoint, apiKey, apiSecret, info: plan.cluster.info })));
    }

    if (admin) {
      const topicOpts = { ...dataPlane, protect: plan.protectTopics, retainOnDelete: plan.protectTopics };
      createTopics(name, plan.topics, ref, admin, topicOpts);
      createMirrorTopics(name, plan.mirrorTopics, ref, admin, topicOpts);
    }

    this.registerOutputs({
      environmentId: this.environmentId,
      clusterId: this.clusterId,
      bootstrapServers: this.bootstrapServers,
      restEndpoint: this.restEndpoint,
      rbacCrn: this.rbacCrn,
      networkId: this.networkId,
      privateLinkAttachmentId: this.privateLinkAttachmentId,
      privateDnsDomain: this.privateDnsDomain,
      serviceAccountIds: this.serviceAccountIds,
      apiKeyIds: this.apiKeyIds,
      clientProperties: this.clientProperties,
    });
  }
}

/** The Confluent key id for the cluster: a registered key (protected like the cluster) or the one you pass. */
function byok(name: string, b: ConfluentByokSpec<pulumi.Input<string>> | undefined, opts: pulumi.CustomResourceOptions): pulumi.Input<string> | undefined {
  if (!b) return undefined;
  switch (b.kind) {
    case 'existing':
      return b.byokKeyId;
    case 'aws':
      return new confluent.ByokKey(`${name}-byok`, { aws: { keyArn: b.keyArn } }, opts).id;
    case 'azure':
      return new confluent.ByokKey(`${name}-byok`, { azure: { keyIdentifier: b.keyIdentifier, keyVaultId: b.keyVaultId, tenantId: b.tenantId } }, opts).id;
    case 'gcp':
      return new confluent.ByokKey(`${name}-byok`, { gcp: { keyId: b.keyId } }, opts).id;
  }
}
