/**
 * cdk-nag 3 and the Glue schema grants: `glue:GetSchemaVersion` on `*` (the deserializer's lookup by version id names
 * no registry, as the AWS Glue developer guide grants it) and a topic prefix (`orders.*`) in a schema ARN are
 * wildcards AwsSolutions-IAM5 reports on the grantee's policy. `acknowledgeSchemaGrantFindings` acknowledges exactly
 * those, with their reasons, computing the finding ids at synthesis.
 */
import type * as iam from 'aws-cdk-lib/aws-iam';
import { WildcardFindingLedger } from '../../aws/cdk/wildcard-findings';

const ledger = new WildcardFindingLedger();

/** Notes the wildcard resources (`*`, prefixes) a schema grant put in `principal`'s policy. */
export function recordSchemaWildcards(principal: iam.IPrincipal, registry: string, resources: readonly string[]): void {
  ledger.record(principal, resources.filter((r) => r === '*' || r.endsWith('*')).map((resource) => ({
    resource,
    reason: resource === '*'
      ? `Glue Schema Registry ${registry}: glue:GetSchemaVersion looks a version up by its id, which names no registry (AWS Glue developer guide, IAM examples for deserializers).`
      : `Glue Schema Registry ${registry}: the schemas of a topic prefix (Glue names a schema by ARN; a prefix is its only wildcard).`,
  })));
}

/**
 * Acknowledges the AwsSolutions-IAM5 findings the grants of `GlueSchemaRegistry` leave on `grantee`'s policy: the
 * `*` of `glue:GetSchemaVersion` and each schema prefix, and nothing else.
 *
 * @param grantee the role, user or group the grants were given to
 * @param reason appended to each finding's reason
 */
export function acknowledgeSchemaGrantFindings(grantee: iam.IGrantable, reason?: string): void {
  ledger.acknowledge(grantee, reason);
}
