/**
 * `validateCatalog` and `planCatalog`: one validation of a topic and access catalog for every target, and the
 * target-neutral plan each target maps to its resources (or hands to the in-VPC admin function).
 */
import { IssueCollector, type Issue } from '../issues';
import { aclsOf, checkAccess, quotasOf } from './access';
import type { CatalogTargetContext } from './context';
import { planTopics } from './topics';
import type { AccessIntent, KafkaCatalogPlan, KafkaCatalogSpec } from './types';

/** The plan and every issue (warnings included) of a catalog. The plan is only meaningful without errors. */
export interface CatalogAnalysis {
  readonly plan: KafkaCatalogPlan;
  readonly issues: readonly Issue[];
}

export function analyzeCatalog(spec: KafkaCatalogSpec, target: CatalogTargetContext): CatalogAnalysis {
  const c = new IssueCollector();
  const topics = planTopics(spec.topics ?? [], target, c);
  const access = spec.access ?? [];
  checkAccess(access, target, c);
  const byName = (a: AccessIntent, b: AccessIntent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const grants = access.filter((a) => a.principal?.kind === 'iam' || a.principal?.kind === 'native').slice().sort(byName);
  const valid = c.errors.length === 0;
  return {
    plan: { topics, acls: valid ? aclsOf(access) : [], quotas: valid ? quotasOf(access) : [], grants },
    issues: c.issues,
  };
}

/** Every issue of a catalog on a target (errors and warnings), in the project's message grammar. */
export function validateCatalog(spec: KafkaCatalogSpec, target: CatalogTargetContext): Issue[] {
  return [...analyzeCatalog(spec, target).issues];
}

/** The validated plan; throws one `KafkaValidationError` listing every error. */
export function planCatalog(spec: KafkaCatalogSpec, target: CatalogTargetContext, subject = 'catalog'): KafkaCatalogPlan {
  const { plan, issues } = analyzeCatalog(spec, target);
  const c = new IssueCollector().addAll(issues);
  c.throwIfErrors(subject);
  return plan;
}
