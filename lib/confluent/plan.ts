/**
 * Confluent Cloud: spec -> validated plan. Pure: no cloud SDK. The Pulumi face calls `planConfluentKafka` and
 * only maps the result to resources.
 */
import { Issue, IssueCollector, IsUnknown, KafkaValidationError, neverUnknown } from '../core/issues';
import { validateWorkload } from '../core/sizing';
import { planAdmin, planApplication } from './access';
import { planIntents } from './intents';
import { NAMES } from './limits';
import type { ConfluentPlan } from './plan-types';
import { checkConfluentSizing } from './sizing';
import type { ConfluentKafkaSpec } from './spec';
import { planMirrorTopics, planTopics } from './topics';
import { validateCluster, validateEnvironment, validateNetworking } from './validate-cluster';

export { KafkaValidationError };

/** Every issue (errors and warnings) of a spec. Pure. */
export function validateConfluentKafka(spec: ConfluentKafkaSpec, isUnknown: IsUnknown = neverUnknown): Issue[] {
  return decide(spec, isUnknown).issues;
}

/** Validates and decides everything; throws one `KafkaValidationError` listing every error. */
export function planConfluentKafka(spec: ConfluentKafkaSpec, isUnknown: IsUnknown = neverUnknown, subject?: string): ConfluentPlan {
  const { issues, plan } = decide(spec, isUnknown);
  new IssueCollector().addAll(issues).throwIfErrors(subject ?? `Confluent cluster ${typeof spec?.cluster?.displayName === 'string' ? `'${spec.cluster.displayName}'` : '(unnamed)'}`);
  return plan!;
}

function decide(spec: ConfluentKafkaSpec, isUnknown: IsUnknown): { issues: Issue[]; plan?: ConfluentPlan } {
  const c = new IssueCollector();
  const known = (v: unknown) => v !== undefined && !isUnknown(v);

  const { plan: cluster, info } = validateCluster(spec.cluster ?? ({} as ConfluentKafkaSpec['cluster']), c, known);
  const environment = validateEnvironment(spec.environment, info, c, known);
  const networking = validateNetworking(spec.networking ?? { kind: 'public' }, cluster, info, c, known);

  const accessControl = spec.accessControl ?? (info && !info.inClusterRbac ? 'acls' : 'rbac');
  if (accessControl === 'rbac' && info && !info.inClusterRbac) {
    c.error('confluent/rbac-on-basic', 'accessControl', `be 'acls' on a ${info.type} cluster (it has no DeveloperRead/DeveloperWrite roles)`, accessControl,
      "Remove accessControl (ACLs are the default there), or use a Standard cluster for RBAC.");
  } else if (accessControl !== 'rbac' && accessControl !== 'acls') {
    c.error('confluent/access-control', 'accessControl', "be 'rbac' or 'acls'", accessControl, "Use 'rbac' (role bindings with exact CRN patterns).");
  }

  const accountPrefix = typeof cluster.displayName === 'string' ? cluster.displayName.replace(/[^A-Za-z0-9-]+/g, '-') : 'kafka';
  const applications = Object.entries(spec.applications ?? {})
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, app]) => planApplication(name, app ?? {}, accessControl, accountPrefix, c));

  const access = planIntents(spec.access ?? [], {
    mode: accessControl === 'acls' ? 'acls' : 'rbac', info, accountPrefix, applications: applications.map((a) => a.name), isUnknown, c,
  });

  const topics = planTopics(spec.topics ?? [], info, c, isUnknown);
  const mirrorTopics = planMirrorTopics(spec.mirrorTopics ?? [], topics, info, c);
  const needsAcls = applications.some((a) => a.acls.length > 0) || access.intents.some((a) => a.acls.length > 0);
  const admin = topics.length > 0 || mirrorTopics.length > 0 || needsAcls
    ? planAdmin({ clusterName: accountPrefix, needsClusterAdmin: needsAcls || mirrorTopics.length > 0, topics: topics.map((t) => t.name), info, apiKeys: spec.adminApiKeys, c })
    : undefined;
  if (admin && admin.serviceAccountName.length > NAMES.serviceAccountMax) {
    c.error('confluent/service-account-name', 'cluster.displayName', `give an admin service account name of at most ${NAMES.serviceAccountMax} characters`, admin.serviceAccountName, 'Shorten the cluster name.');
  }

  const isPrivate = networking.kind !== 'public';
  const waitForApiKeys = spec.waitForApiKeys ?? true;
  if (isPrivate && waitForApiKeys && (admin || applications.length > 0 || access.accounts.length > 0)) {
    c.warn('confluent/private-readiness', 'waitForApiKeys',
      'The cluster is private: API key readiness checks, topics, ACLs and mirror topics go through its endpoints. Run `pulumi up` from inside the network, or set waitForApiKeys: false and manage topics from a runner that can reach the cluster.');
  }
  const protect = spec.protect ?? true;
  if (!protect && info?.production) {
    c.warn('confluent/unprotected', 'protect', `Pulumi protect is off for a ${info.type} cluster: a changed availability, cloud, region, network or key would replace it and its data without a prompt.`);
  }

  if (spec.workload !== undefined) {
    const workloadIssues = validateWorkload(spec.workload);
    c.addAll(workloadIssues);
    if (workloadIssues.length === 0 && c.errors.length === 0 && info) c.addAll(checkConfluentSizing(info.type, spec.workload));
  }

  const plan: ConfluentPlan = {
    environment, cluster, networking, accessControl, applications, access: access.intents, accessAccounts: access.accounts, admin, topics, mirrorTopics,
    waitForApiKeys, protect, protectTopics: spec.protectTopics ?? true,
    ...(spec.workload !== undefined ? { workload: spec.workload } : {}), warnings: [...c.warnings],
  };
  return { issues: [...c.issues], plan: c.errors.length === 0 ? plan : undefined };
}
