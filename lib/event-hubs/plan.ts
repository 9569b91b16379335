/**
 * Event Hubs: spec -> validated plan. Pure: no cloud SDK. The Pulumi face calls `planEventHubsNamespace` and
 * maps the result; every decision (tier rules, limits, defaults, names, network, auth) is made here.
 */
import { checkRegion, Issue, IssueCollector, IsUnknown, KafkaValidationError, neverUnknown, validateWorkload } from '../core';
import { ARM_TYPES } from './arm-ids';
import { AZURE_CLOUDS, AzureCloudName, EVENT_HUBS_DEFAULTS, EVENT_HUBS_TIERS, EventHubsTier, KAFKA_PORT, MINIMUM_TLS_VERSION, NAMESPACE_NAME, PROVIDER_CAPABILITIES, TIER_LIMITS } from './limits';
import type { EventHubsPlan, KafkaClientPlan, PlannedDiagnostics, PlannedLock, PlannedSasRule } from './plan-types';
import { checkEventHubsSizing } from './sizing';
import type { EventHubsNamespaceSpec } from './spec';
import { planIntentRoles } from './catalog';
import { validateEventHubs, validateRoles, validateSas, validateSchemaGroups } from './validate-entities';
import { checkArmId, validateCapacity, validateDedicatedCluster, validateEncryption, validateNetwork } from './validate-namespace';

export { KafkaValidationError };

const SUB = '/subscriptions/<sub>/resourceGroups/<rg>/providers';
const TENANT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Validates the spec and returns every issue (errors and warnings). Pure. */
export function validateEventHubsNamespace<R>(spec: EventHubsNamespaceSpec<R>, isUnknown: IsUnknown = neverUnknown): Issue[] {
  return decide(spec, isUnknown).issues;
}

/** Validates and decides everything; throws one `KafkaValidationError` listing all errors. */
export function planEventHubsNamespace<R = string>(spec: EventHubsNamespaceSpec<R>, isUnknown: IsUnknown = neverUnknown, subject?: string): EventHubsPlan<R> {
  const { issues, plan } = decide(spec, isUnknown);
  new IssueCollector().addAll(issues).throwIfErrors(subject ?? `Event Hubs namespace ${typeof spec?.namespaceName === 'string' ? `'${spec.namespaceName}'` : '(unnamed)'}`);
  return plan!;
}

/** `<namespace>.servicebus.windows.net:9093` (or the sovereign cloud's suffix). */
export function kafkaBootstrapServer(namespaceName: string, cloud: AzureCloudName = 'AzureCloud'): string {
  return `${namespaceName}.${AZURE_CLOUDS[cloud].serviceBusSuffix}:${KAFKA_PORT}`;
}

function decide<R>(spec: EventHubsNamespaceSpec<R>, isUnknown: IsUnknown): { issues: Issue[]; plan?: EventHubsPlan<R> } {
  const c = new IssueCollector();
  if (spec.location !== undefined && !isUnknown(spec.location)) checkRegion('azure', spec.location, { code: 'event-hubs/location', path: 'location' }, c);
  if (typeof spec.namespaceName !== 'string' || !NAMESPACE_NAME.test(spec.namespaceName)) {
    c.error('event-hubs/namespace-name', 'namespaceName', 'be 6-50 letters, digits or hyphens, starting with a letter and ending with a letter or digit', spec.namespaceName,
      'Rename the namespace, e.g. "contoso-orders-prod" (it becomes the Kafka host name).');
  }
  const requested = (spec.tier ?? EVENT_HUBS_DEFAULTS.tier) as string;
  let tier: EventHubsTier = EVENT_HUBS_DEFAULTS.tier;
  if (requested === 'Basic') {
    c.error('event-hubs/basic-tier', 'tier', "be 'Standard', 'Premium' or 'Dedicated' (Basic has no Kafka endpoint)", requested,
      "Use 'Standard' for development or 'Premium' for production.");
  } else if (!(EVENT_HUBS_TIERS as readonly string[]).includes(requested)) {
    c.error('event-hubs/tier', 'tier', `be one of ${EVENT_HUBS_TIERS.join(', ')}`, requested, "Use 'Premium' (the default).");
  } else {
    tier = requested as EventHubsTier;
  }
  const limits = TIER_LIMITS[tier];
  const cloud = spec.cloud ?? 'AzureCloud';
  if (!(cloud in AZURE_CLOUDS)) {
    c.error('event-hubs/cloud', 'cloud', `be one of ${Object.keys(AZURE_CLOUDS).join(', ')}`, cloud, "Use 'AzureCloud' for public Azure.");
  }
  const cloudInfo = AZURE_CLOUDS[cloud] ?? AZURE_CLOUDS.AzureCloud;

  const { capacity, autoInflate } = validateCapacity(spec, tier, limits, c);
  const dedicatedCluster = validateDedicatedCluster(spec, tier, capacity, c, isUnknown) as EventHubsPlan<R>['dedicatedCluster'];
  const { encryption, identity } = validateEncryption(spec, tier, limits, c, isUnknown);
  const network = validateNetwork(spec, cloud as AzureCloudName, c, isUnknown);
  const eventHubs = validateEventHubs(spec, tier, limits, capacity, c, isUnknown);
  const hubNames = new Set(eventHubs.map((h) => h.name));
  const sasRules = validateSas(spec, hubNames, c);
  const ownRoles = validateRoles(spec, hubNames, c, isUnknown);
  const roleAssignments = [...ownRoles, ...planIntentRoles<R>(spec.access ?? [], [...hubNames].sort(), ownRoles, c, isUnknown)];
  const schemaGroups = validateSchemaGroups(spec, tier, limits, c);

  if (spec.geoReplication !== undefined && !PROVIDER_CAPABILITIES.geoDataReplication) {
    c.error('event-hubs/geo-replication-unsupported', 'geoReplication', `be omitted: @pulumi/azure-native eventhub uses API ${PROVIDER_CAPABILITIES.eventhubApiVersion}, which has no geoDataReplication`,
      spec.geoReplication, 'Use `geoDisasterRecovery` (alias pairing, metadata only), or a locally generated SDK (`pulumi package add azure-native eventhub 2025-05-01-preview`) outside this component.');
  }
  let geoDisasterRecovery: EventHubsPlan<R>['geoDisasterRecovery'];
  if (spec.geoDisasterRecovery) {
    const { alias, partnerNamespaceId } = spec.geoDisasterRecovery;
    if (typeof alias !== 'string' || !NAMESPACE_NAME.test(alias)) {
      c.error('event-hubs/geo-dr-alias', 'geoDisasterRecovery.alias', 'be 6-50 letters, digits or hyphens, starting with a letter', alias, 'The alias becomes the clients\' host name: <alias>.servicebus.windows.net.');
    } else if (alias.toLowerCase() === String(spec.namespaceName).toLowerCase()) {
      c.error('event-hubs/geo-dr-alias', 'geoDisasterRecovery.alias', 'differ from the namespace name', alias, 'Pick a separate alias, e.g. "<namespace>-dr".');
    }
    checkArmId(c, isUnknown, 'geoDisasterRecovery.partnerNamespaceId', partnerNamespaceId, ARM_TYPES.eventHubsNamespace, `${SUB}/Microsoft.EventHub/namespaces/<secondary>`);
    c.warn('event-hubs/geo-dr-metadata-only', 'geoDisasterRecovery', 'Geo-DR copies metadata only: events and consumer offsets stay in the primary region. Point clients at the alias and plan for data loss on failover.');
    geoDisasterRecovery = { alias, partnerNamespaceId, aliasBootstrapServer: `${alias}.${cloudInfo.serviceBusSuffix}:${KAFKA_PORT}` };
  }

  let diagnostics: PlannedDiagnostics<R> | undefined;
  if (spec.diagnostics) {
    const d = spec.diagnostics;
    checkArmId(c, isUnknown, 'diagnostics.logAnalyticsWorkspaceId', d.logAnalyticsWorkspaceId, ARM_TYPES.logAnalyticsWorkspace, `${SUB}/Microsoft.OperationalInsights/workspaces/<name>`);
    const categoryGroups = [...new Set(d.categoryGroups ?? EVENT_HUBS_DEFAULTS.diagnosticsCategoryGroups)];
    if (categoryGroups.length === 0 || categoryGroups.some((g) => g !== 'allLogs' && g !== 'audit')) {
      c.error('event-hubs/diagnostics-categories', 'diagnostics.categoryGroups', "be a non-empty list of 'allLogs' or 'audit'", d.categoryGroups, "Use ['allLogs'].");
    }
    diagnostics = { name: `${spec.namespaceName}-diagnostics`, workspaceId: d.logAnalyticsWorkspaceId, categoryGroups, metrics: d.metrics ?? true };
  } else {
    c.warn('event-hubs/no-diagnostics', 'diagnostics', 'No diagnostic settings: Kafka, runtime-audit and operational logs are not kept. Set diagnostics.logAnalyticsWorkspaceId.');
  }

  const locks: PlannedLock[] = [];
  if (spec.lock ?? true) {
    const notes = 'kafka-iac: remove this lock deliberately before deleting (events are lost with the namespace).';
    locks.push({ target: 'namespace', name: `${spec.namespaceName}-cannot-delete`, level: 'CanNotDelete', notes });
    if (dedicatedCluster?.kind === 'create') locks.push({ target: 'cluster', name: `${dedicatedCluster.clusterName}-cannot-delete`, level: 'CanNotDelete', notes });
  } else {
    c.warn('event-hubs/lock-off', 'lock', 'No CanNotDelete lock: one mistaken delete loses every event hub and its events.');
  }

  for (const [k, v] of Object.entries(spec.tags ?? {})) {
    if (k.length < 1 || k.length > 512 || /[<>%&\\?/]/.test(k) || typeof v !== 'string' || v.length > 256) {
      c.error('event-hubs/tag', `tags.${k}`, 'have a key of 1-512 characters without <>%&\\?/ and a value of at most 256', v, 'Rename or shorten the tag.');
    }
  }

  const kafka = kafkaClient(spec, sasRules, cloud as AzureCloudName, c);
  const disableLocalAuth = spec.sas === undefined;
  const sku = dedicatedCluster
    ? { name: 'Standard' as const, tier: 'Standard' as const, capacity: 1 }
    : { name: tier as 'Standard' | 'Premium', tier: tier as 'Standard' | 'Premium', capacity };

  const plan: EventHubsPlan<R> = {
    namespaceName: spec.namespaceName, tier, limits, cloud: cloud as AzureCloudName, sku, autoInflate, zoneRedundant: spec.zoneRedundant ?? true,
    minimumTlsVersion: MINIMUM_TLS_VERSION, disableLocalAuth, publicNetworkAccess: network.publicNetworkAccess, dedicatedCluster, identity, encryption,
    networkRuleSet: network.networkRuleSet, privateEndpoints: network.privateEndpoints, privateDns: network.privateDns, eventHubs, sasRules, roleAssignments,
    schemaGroups, geoDisasterRecovery, diagnostics, locks, kafka, tags: { ...(spec.tags ?? {}) }, removal: spec.removal ?? 'retain',
    ...(spec.workload !== undefined ? { workload: spec.workload } : {}), warnings: [],
  };
  if (spec.workload !== undefined) {
    const workloadIssues = validateWorkload(spec.workload);
    c.addAll(workloadIssues);
    if (workloadIssues.length === 0 && c.errors.length === 0) c.addAll(checkEventHubsSizing(plan, spec.workload));
  }
  const issues = [...c.issues];
  return { issues, plan: c.errors.length === 0 ? { ...plan, warnings: c.warnings } : undefined };
}

function kafkaClient(spec: EventHubsNamespaceSpec<unknown>, sasRules: readonly PlannedSasRule[], cloud: AzureCloudName, c: IssueCollector): KafkaClientPlan {
  const k = spec.kafkaClient ?? {};
  const auth = k.auth ?? 'oauthbearer';
  const info = AZURE_CLOUDS[cloud] ?? AZURE_CLOUDS.AzureCloud;
  const bootstrapServer = kafkaBootstrapServer(spec.namespaceName, cloud in AZURE_CLOUDS ? cloud : 'AzureCloud');
  if (auth === 'oauthbearer') {
    if (k.sasRuleName !== undefined) {
      c.error('event-hubs/kafka-sas-rule-with-oauth', 'kafkaClient.sasRuleName', "be set only with kafkaClient.auth 'sas-plain'", k.sasRuleName, "Remove it, or set auth: 'sas-plain'.");
    }
    if (k.tenantId !== undefined && !TENANT.test(k.tenantId)) {
      c.error('event-hubs/tenant-id', 'kafkaClient.tenantId', 'be an Entra ID tenant id (GUID)', k.tenantId, 'Pass the directory (tenant) id, not a domain name.');
    }
    return {
      auth, bootstrapServer,
      tokenEndpointUrl: `https://${info.loginHost}/${k.tenantId ?? '${env:AZURE_TENANT_ID}'}/oauth2/v2.0/token`,
      scope: `https://${spec.namespaceName}.${info.serviceBusSuffix}/.default`,
    };
  }
  if (auth !== 'sas-plain') {
    c.error('event-hubs/kafka-auth', 'kafkaClient.auth', "be 'oauthbearer' or 'sas-plain'", auth, "Use 'oauthbearer' (Entra ID).");
    return { auth: 'oauthbearer', bootstrapServer };
  }
  if (spec.sas === undefined) {
    c.error('event-hubs/kafka-sas-needs-sas', 'kafkaClient.auth', "be 'oauthbearer' while SAS is off", auth, 'Opt into SAS with `sas.rules`, or keep OAUTHBEARER.');
    return { auth, bootstrapServer };
  }
  const rule = sasRules.find((r) => r.name === k.sasRuleName);
  if (!rule) {
    c.error('event-hubs/kafka-sas-rule', 'kafkaClient.sasRuleName', `name one of the SAS rules (${sasRules.map((r) => r.name).join(', ') || 'none declared'})`, k.sasRuleName,
      'Declare a scoped rule in sas.rules and name it here.');
    return { auth, bootstrapServer };
  }
  if (!rule.rights.includes('Send') && !rule.rights.includes('Listen')) {
    c.error('event-hubs/kafka-sas-rule-rights', 'kafkaClient.sasRuleName', "name a rule with 'Send' or 'Listen' rights", rule.rights, 'Kafka clients need Send to produce and Listen to consume.');
  }
  return { auth, bootstrapServer, sasRule: { name: rule.name, eventHub: rule.eventHub } };
}
