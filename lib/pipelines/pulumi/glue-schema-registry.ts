/**
 * `GlueSchemaRegistry` (Pulumi): the schema registry contract on AWS Glue Schema Registry (`aws.glue.Registry`, one
 * `aws.glue.Schema` per subject) with read and register grants as inline role policies. Decisions are in
 * `planSchemaRegistry` and `glueGrantStatements`.
 */
import * as pulumi from '@pulumi/pulumi';
import * as glue from '@pulumi/aws/glue';
import * as iam from '@pulumi/aws/iam';
import { accountContext } from '../../aws/pulumi/account-context';
import type { AccountContext } from '../../aws/iam-policy';
import { glueGrantStatements, type GlueSchemaAccess } from '../schema-registry/glue-access';
import { planSchemaRegistry } from '../schema-registry/plan';
import type { SchemaRegistryPlan } from '../schema-registry/plan-types';
import type { SchemaRegistrySpec } from '../schema-registry/spec';
import { subjectPatterns } from '../schema-registry/subject-names';

/** The registry spec; `grants` name IAM role ARNs. */
export type GlueSchemaRegistryArgs = SchemaRegistrySpec;

/** A role and the topics whose schemas it uses. */
export interface SchemaRoleGrantArgs {
  /** Name (or id) of the IAM role that receives an inline policy. */
  readonly role: pulumi.Input<string>;
  /** Topics (names, or prefixes ending in `*`). */
  readonly topics: readonly string[];
}

/** The inline policy document of a grant. */
export function glueGrantPolicy(ctx: AccountContext, registry: string, access: GlueSchemaAccess, patterns: readonly string[]): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: glueGrantStatements(ctx, registry, access, patterns).map((s) => ({ Effect: 'Allow', Action: [...s.actions], Resource: [...s.resources] })),
  });
}

const roleNameOf = (arn: string) => arn.split('/').pop()!;

export class GlueSchemaRegistry extends pulumi.ComponentResource {
  readonly plan: SchemaRegistryPlan;
  readonly registry: glue.Registry;
  readonly registryArn: pulumi.Output<string>;
  /** The schemas by subject (schema) name. */
  readonly schemas: Readonly<Record<string, glue.Schema>>;
  private readonly ctx: pulumi.Output<AccountContext>;

  constructor(private readonly name: string, args: GlueSchemaRegistryArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:pipelines:GlueSchemaRegistry', name, {}, opts);
    this.plan = planSchemaRegistry(args, 'glue', `Glue schema registry '${name}'`);
    for (const w of this.plan.warnings) void pulumi.log.warn(`[${w.code}] ${w.message}`, this);
    // Schemas hold their version history: retained and protected unless `removal: 'destroy'`.
    const retained = { parent: this, retainOnDelete: this.plan.removal === 'retain', protect: this.plan.removal === 'retain' };
    this.registry = new glue.Registry(name, {
      registryName: this.plan.name,
      ...(this.plan.description !== undefined ? { description: this.plan.description } : {}),
    }, retained);
    this.registryArn = this.registry.arn;
    const schemas: Record<string, glue.Schema> = {};
    for (const s of this.plan.subjects) {
      schemas[s.subjectName] = new glue.Schema(`${name}-schema-${s.subjectName}`, {
        schemaName: s.subjectName,
        registryArn: this.registry.arn,
        dataFormat: s.format,
        compatibility: s.backendCompatibility,
        schemaDefinition: s.schema,
        ...(s.description !== undefined ? { description: s.description } : {}),
      }, retained);
    }
    this.schemas = schemas;
    this.ctx = accountContext(this);
    for (const g of this.plan.grants) {
      if (g.principal.kind !== 'iam') continue;
      const role = roleNameOf(g.principal.arn);
      if (g.write.length > 0) this.rolePolicy(`grant-${g.name}-write`, role, 'write', g.write);
      const readOnly = g.read.filter((p) => !g.write.includes(p));
      if (readOnly.length > 0) this.rolePolicy(`grant-${g.name}-read`, role, 'read', readOnly);
    }
    this.registerOutputs({ registryArn: this.registryArn });
  }

  /** Inline policy `${name}-${grantName}` on `role`: read the schemas of `topics`. */
  grantRead(grantName: string, args: SchemaRoleGrantArgs): iam.RolePolicy {
    return this.rolePolicy(grantName, args.role, 'read', args.topics.flatMap((t) => subjectPatterns('glue', t)));
  }

  /** Inline policy `${name}-${grantName}` on `role`: register schemas and versions of `topics`, and read them. */
  grantWrite(grantName: string, args: SchemaRoleGrantArgs): iam.RolePolicy {
    return this.rolePolicy(grantName, args.role, 'write', args.topics.flatMap((t) => subjectPatterns('glue', t)));
  }

  private rolePolicy(grantName: string, role: pulumi.Input<string>, access: GlueSchemaAccess, patterns: readonly string[]): iam.RolePolicy {
    const registry = this.plan.name;
    const policy = this.ctx.apply((ctx) => glueGrantPolicy(ctx, registry, access, patterns));
    return new iam.RolePolicy(`${this.name}-${grantName}`, { role, policy }, { parent: this });
  }
}
