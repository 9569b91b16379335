/**
 * `EventHubsNamespace`: an Azure Event Hubs namespace used as a Kafka cluster, as a Pulumi component. Thin: the
 * pure plan decides everything; this file maps it to @pulumi/azure-native submodules (never the root index).
 */
import * as pulumi from '@pulumi/pulumi';
import * as authorization from '@pulumi/azure-native/authorization';
import * as eventhub from '@pulumi/azure-native/eventhub';
import * as monitor from '@pulumi/azure-native/monitor';
import type { IsUnknown } from '../../core';
import { oauthAllowedUrlsJvmFlag } from '../client-properties';
import { planEventHubsNamespace } from '../plan';
import type { EventHubsPlan } from '../plan-types';
import type { EventHubsNamespaceSpec } from '../spec';
import { createCmkIdentity, createRoleAssignments, kafkaClientProperties } from './access';
import { createEntities } from './entities';
import { createNetwork } from './network';

/** Component arguments: the pure spec with ids as Pulumi inputs, plus where to put the resources. */
export interface EventHubsNamespaceArgs extends EventHubsNamespaceSpec<pulumi.Input<string>> {
  readonly resourceGroupName: pulumi.Input<string>;
  /**
   * Azure region of the namespace, cluster, identity and private endpoints (checked against the Azure locations table).
   * @default - the provider's (or the resource group's) location
   */
  readonly location?: pulumi.Input<string>;
}

const isUnknown: IsUnknown = (v) => pulumi.Output.isInstance(v) || v instanceof Promise;

export class EventHubsNamespace extends pulumi.ComponentResource {
  readonly plan: EventHubsPlan<pulumi.Input<string>>;
  readonly namespaceId: pulumi.Output<string>;
  readonly namespaceName: pulumi.Output<string>;
  /** `<namespace>.servicebus.windows.net:9093` */
  readonly bootstrapServer: pulumi.Output<string>;
  /** Ready-to-use Kafka client properties for the planned auth mode; a secret for SAS PLAIN. */
  readonly kafkaClientProperties: pulumi.Output<Record<string, string>>;
  /** The same as a `.properties` file body. */
  readonly kafkaClientPropertiesFile: pulumi.Output<string>;
  /** OAUTHBEARER: the JVM flag Kafka 4.0+ clients need to call the token endpoint. */
  readonly oauthAllowedUrlsJvmFlag?: string;
  readonly eventHubIds: Record<string, pulumi.Output<string>>;
  readonly privateEndpointIds: Record<string, pulumi.Output<string>>;
  readonly privateDnsZoneId?: pulumi.Output<string>;
  /** The Dedicated cluster the component created. */
  readonly clusterId?: pulumi.Output<string>;
  /** The user-assigned identity created for the customer-managed key. */
  readonly cmkIdentityId?: pulumi.Output<string>;
  /** Geo-DR: `<alias>.servicebus.windows.net:9093`, the address that follows a failover. */
  readonly geoDrAliasBootstrapServer?: pulumi.Output<string>;

  constructor(name: string, args: EventHubsNamespaceArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:azure:EventHubsNamespace', name, {}, opts);
    const { resourceGroupName, location, ...spec } = args;
    const plan = planEventHubsNamespace<pulumi.Input<string>>({ ...spec, location }, isUnknown, `EventHubsNamespace '${name}'`);
    this.plan = plan;
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);

    const parent: pulumi.CustomResourceOptions = { parent: this };
    const retained: pulumi.CustomResourceOptions = { parent: this, retainOnDelete: plan.removal === 'retain' };
    // Data-holding children (dedicated cluster, namespace, event hubs, consumer groups) are protected too.
    const kept: pulumi.CustomResourceOptions = { ...retained, protect: plan.removal === 'retain' };
    const tags = () => ({ ...plan.tags });

    let cluster: eventhub.Cluster | undefined;
    const dc = plan.dedicatedCluster;
    if (dc?.kind === 'create') {
      cluster = new eventhub.Cluster(`${name}-cluster`, { clusterName: dc.clusterName, resourceGroupName, location, sku: { name: 'Dedicated', capacity: dc.capacityUnits }, tags: tags() }, kept);
    }
    const cmk = createCmkIdentity(name, plan, resourceGroupName, location, retained);
    const e = plan.encryption;

    // kafkaEnabled is decided by the service from the SKU (read-only in practice): never sent.
    const namespace = new eventhub.Namespace(
      name,
      {
        namespaceName: plan.namespaceName,
        resourceGroupName,
        location,
        sku: { ...plan.sku },
        isAutoInflateEnabled: plan.autoInflate.enabled,
        maximumThroughputUnits: plan.autoInflate.maximumThroughputUnits,
        zoneRedundant: plan.zoneRedundant,
        minimumTlsVersion: plan.minimumTlsVersion,
        disableLocalAuth: plan.disableLocalAuth,
        publicNetworkAccess: plan.publicNetworkAccess,
        clusterArmId: dc === undefined ? undefined : dc.kind === 'create' ? cluster!.id : dc.clusterId,
        identity: cmk.identityIds.length > 0 ? { type: 'UserAssigned', userAssignedIdentities: cmk.identityIds } : undefined,
        encryption: e && {
          keySource: e.keySource,
          keyVaultProperties: [{ keyVaultUri: e.keyVaultUri, keyName: e.keyName, keyVersion: e.keyVersion, identity: { userAssignedIdentity: cmk.keyIdentityId } }],
          requireInfrastructureEncryption: e.requireInfrastructureEncryption,
        },
        tags: tags(),
      },
      { ...kept, dependsOn: cmk.grant ? [cmk.grant] : undefined },
    );

    const net = createNetwork({ name, plan, resourceGroupName, location, namespace, parent, retained });
    const entities = createEntities({ name, plan, resourceGroupName, namespace, parent, retained, kept });
    const roles = createRoleAssignments(name, plan, namespace, entities, parent);
    const children: pulumi.Resource[] = [...net.resources, ...entities.resources, ...roles];

    if (plan.geoDisasterRecovery) {
      const dr = plan.geoDisasterRecovery;
      // Pair after the entities exist: the secondary receives the metadata the primary holds at pairing time.
      children.push(new eventhub.DisasterRecoveryConfig(
        `${name}-geo-dr`,
        { alias: dr.alias, namespaceName: namespace.name, resourceGroupName, partnerNamespace: dr.partnerNamespaceId },
        { ...parent, dependsOn: [...entities.resources] },
      ));
      this.geoDrAliasBootstrapServer = namespace.id.apply(() => dr.aliasBootstrapServer);
    }

    if (plan.diagnostics) {
      const d = plan.diagnostics;
      children.push(new monitor.DiagnosticSetting(
        `${name}-diagnostics`,
        {
          name: d.name,
          resourceUri: namespace.id,
          workspaceId: d.workspaceId,
          logAnalyticsDestinationType: 'Dedicated',
          logs: d.categoryGroups.map((categoryGroup) => ({ categoryGroup, enabled: true })),
          metrics: d.metrics ? [{ category: 'AllMetrics', enabled: true }] : [],
        },
        retained,
      ));
    }

    // Locks come last and depend on every child: on `pulumi destroy` (removal 'destroy') they go first.
    for (const lock of plan.locks) {
      const scope = lock.target === 'cluster' ? cluster!.id : namespace.id;
      new authorization.ManagementLockByScope(
        lock.target === 'cluster' ? `${name}-cluster-lock` : `${name}-lock`,
        { lockName: lock.name, level: lock.level, notes: lock.notes, scope },
        { ...retained, dependsOn: [namespace, ...children] },
      );
    }

    this.namespaceId = namespace.id;
    this.namespaceName = namespace.id.apply(() => plan.namespaceName);
    this.bootstrapServer = namespace.id.apply(() => plan.kafka.bootstrapServer);
    const rendered = kafkaClientProperties(plan, namespace, entities, resourceGroupName, this);
    this.kafkaClientProperties = rendered.apply((r) => r.record);
    this.kafkaClientPropertiesFile = rendered.apply((r) => r.file);
    this.oauthAllowedUrlsJvmFlag = oauthAllowedUrlsJvmFlag(plan.kafka);
    this.eventHubIds = Object.fromEntries(Object.entries(entities.eventHubs).map(([k, v]) => [k, v.id]));
    this.privateEndpointIds = Object.fromEntries(Object.entries(net.privateEndpoints).map(([k, v]) => [k, v.id]));
    this.privateDnsZoneId = net.zone?.id;
    this.clusterId = cluster?.id;
    this.cmkIdentityId = cmk.identity?.id;

    this.registerOutputs({
      namespaceId: this.namespaceId,
      namespaceName: this.namespaceName,
      bootstrapServer: this.bootstrapServer,
      kafkaClientProperties: this.kafkaClientProperties,
      eventHubIds: this.eventHubIds,
      privateEndpointIds: this.privateEndpointIds,
      privateDnsZoneId: this.privateDnsZoneId,
      clusterId: this.clusterId,
      cmkIdentityId: this.cmkIdentityId,
      geoDrAliasBootstrapServer: this.geoDrAliasBootstrapServer,
    });
  }
}
