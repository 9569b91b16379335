/**
 * cdk-nag 3 and the Glue schema grants: `glue:GetSchemaVersion` on `*` (the deserializer's lookup by version id names
 * no registry, as the AWS Glue developer guide grants it) and a topic prefix (`orders.*`) in a schema ARN are
 * wildcards AwsSolutions-IAM5 reports on the grantee's policy. `acknowledgeSchemaGrantFindings` acknowledges exactly
 * those, with their reasons, computing the finding ids at synthesis.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, type IConstruct } from 'constructs';
import { flattenCfnReference } from '../../aws/cdk/nag-ids';

interface SchemaWildcard {
  readonly registry: string;
  readonly resource: string;
}

const wildcardsByPrincipal = new WeakMap<iam.IPrincipal, SchemaWildcard[]>();
const acknowledged = new WeakSet<IConstruct>();

/** Notes the wildcard resources (`*`, prefixes) a schema grant put in `principal`'s policy. */
export function recordSchemaWildcards(principal: iam.IPrincipal, registry: string, resources: readonly string[]): void {
  const found = resources.filter((r) => r === '*' || r.endsWith('*')).map((resource) => ({ registry, resource }));
  if (found.length > 0) wildcardsByPrincipal.set(principal, [...(wildcardsByPrincipal.get(principal) ?? []), ...found]);
}

/**
 * Acknowledges the AwsSolutions-IAM5 findings the grants of `GlueSchemaRegistry` leave on `grantee`'s policy: the
 * `*` of `glue:GetSchemaVersion` and each schema prefix, and nothing else.
 *
 * @param grantee the role, user or group the grants were given to
 * @param reason appended to each finding's reason
 */
export function acknowledgeSchemaGrantFindings(grantee: iam.IGrantable, reason?: string): void {
  const principal = grantee.grantPrincipal;
  if (!Construct.isConstruct(principal) || acknowledged.has(principal)) return;
  acknowledged.add(principal);
  principal.node.addValidation({
    validate: () => {
      const stack = Stack.of(principal);
      const tail = reason ? ` ${reason}` : '';
      for (const w of wildcardsByPrincipal.get(principal) ?? []) {
        Validations.of(principal).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${flattenCfnReference(stack.resolve(w.resource))}]`,
          reason: w.resource === '*'
            ? `Glue Schema Registry ${w.registry}: glue:GetSchemaVersion looks a version up by its id, which names no registry (AWS Glue developer guide, IAM examples for deserializers).${tail}`
            : `Glue Schema Registry ${w.registry}: the schemas of a topic prefix (Glue names a schema by ARN; a prefix is its only wildcard).${tail}`,
        });
      }
      return [];
    },
  });
}
