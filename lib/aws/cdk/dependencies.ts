/**
 * DependsOn without the redundant part. CloudFormation already creates a resource after every resource it references
 * (Ref, GetAtt), so a DependsOn on one of those only repeats the order (cfn-lint W3005). What a dependent still needs
 * from a role or a security group it references is what hangs off it: the role's policies, the group's rules.
 */
import { Dependable, type IConstruct, type IDependable } from 'constructs';

/** The constructs under `scope` but its own resource, read at synthesis: policies or rules added later count. */
function attachmentsOf(scope: IConstruct): IConstruct[] {
  return scope.node.children.filter((c) => c !== scope.node.defaultChild);
}

/** A dependency on what hangs off `scope` (a group's rules, a role's policies), for a resource that references it. */
export function dependencyOnAttachments(scope: IConstruct): IDependable {
  const dependable: IDependable = {};
  Dependable.implement(dependable, { get dependencyRoots() { return attachmentsOf(scope); } });
  return dependable;
}

/**
 * Makes a dependency on `role` a dependency on its policies only. A Lambda function depends on its whole role
 * (aws-cdk-lib's `Function` adds it) although its `Role` property references the role already. Only for roles that
 * every dependent references, like a function's own role.
 */
export function dependOnPoliciesOnly(role: IConstruct): void {
  Dependable.implement(role, { get dependencyRoots() { return attachmentsOf(role); } });
}
