/**
 * IAM statements for Glue Schema Registry clients, after the AWS Glue developer guide ("Getting started with schema
 * registry", IAM examples for serializers and deserializers, checked 2026-12-04): serializers look schemas up by
 * definition and, with auto-registration, create schemas and register versions on the registry and the schema ARNs;
 * deserializers fetch a version by its id (`glue:GetSchemaVersion`, which the guide grants on `*`: the request names
 * no registry). Lambda event source mappings with a Glue registry also read the registry (`glue:GetRegistry`).
 */
import type { AccountContext } from '../../aws/iam-policy';

/** Read or register. */
export type GlueSchemaAccess = 'read' | 'write';

export interface GlueStatementPlan {
  readonly actions: readonly string[];
  readonly resources: readonly string[];
}

export function glueRegistryArn(ctx: AccountContext, registry: string): string {
  return `arn:${ctx.partition}:glue:${ctx.region}:${ctx.accountId}:registry/${registry}`;
}

export function glueSchemaArn(ctx: AccountContext, registry: string, schema: string): string {
  return `arn:${ctx.partition}:glue:${ctx.region}:${ctx.accountId}:schema/${registry}/${schema}`;
}

/** Actions of a deserializer that fetches versions by id. */
export const GLUE_READ_BY_ID_ACTIONS = ['glue:GetSchemaVersion'] as const;
/** Actions of a reader on the registry and its schemas. */
export const GLUE_READ_ACTIONS = ['glue:GetRegistry', 'glue:GetSchema', 'glue:GetSchemaByDefinition', 'glue:ListSchemaVersions'] as const;
/** Actions of a serializer that registers schemas and versions. */
export const GLUE_WRITE_ACTIONS = ['glue:CreateSchema', 'glue:GetSchemaByDefinition', 'glue:PutSchemaVersionMetadata', 'glue:RegisterSchemaVersion'] as const;

/**
 * The statements of a read or write grant on some schemas of a registry (schema name patterns: exact, or a prefix
 * ending in `*`, which becomes an ARN wildcard).
 */
export function glueGrantStatements(ctx: AccountContext, registry: string, access: GlueSchemaAccess, schemaPatterns: readonly string[]): GlueStatementPlan[] {
  const scoped = [glueRegistryArn(ctx, registry), ...[...new Set(schemaPatterns)].sort().map((p) => glueSchemaArn(ctx, registry, p))];
  const statements: GlueStatementPlan[] = [
    { actions: [...GLUE_READ_BY_ID_ACTIONS], resources: ['*'] },
    { actions: [...GLUE_READ_ACTIONS], resources: scoped },
  ];
  if (access === 'write') statements.push({ actions: [...GLUE_WRITE_ACTIONS], resources: scoped });
  return statements;
}
