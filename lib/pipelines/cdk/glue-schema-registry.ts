/**
 * `GlueSchemaRegistry`: the schema registry contract on AWS Glue Schema Registry (`AWS::Glue::Registry`, one
 * `AWS::Glue::Schema` per subject), with read and register grants. Every decision is in `planSchemaRegistry`.
 */
import { Annotations, Aws, Stack } from 'aws-cdk-lib';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { applyRemoval, removalPolicyOf } from '../../aws/cdk/removal';
import type { AccountContext } from '../../aws/iam-policy';
import { glueGrantStatements, glueSchemaArn, type GlueSchemaAccess } from '../schema-registry/glue-access';
import { planSchemaRegistry } from '../schema-registry/plan';
import type { SchemaRegistryPlan } from '../schema-registry/plan-types';
import type { SchemaRegistrySpec } from '../schema-registry/spec';
import { subjectPatterns } from '../schema-registry/subject-names';
import { acknowledgeSchemaGrantFindings, recordSchemaWildcards } from './schema-grant-findings';

/** The registry spec; `grants` name IAM role ARNs. */
export type GlueSchemaRegistryProps = SchemaRegistrySpec;

/** Options of `grantRead` and `grantWrite`. */
export interface SchemaGrantOptions {
  /** Topics whose schemas (value and key) the grantee uses: names, or prefixes ending in `*`. */
  readonly topics: readonly string[];
}

export class GlueSchemaRegistry extends Construct {
  readonly plan: SchemaRegistryPlan;
  readonly registry: glue.CfnRegistry;
  readonly registryArn: string;
  readonly registryName: string;
  /** The schemas by subject (schema) name. */
  readonly schemas: Readonly<Record<string, glue.CfnSchema>>;

  constructor(scope: Construct, id: string, props: GlueSchemaRegistryProps) {
    super(scope, id);
    this.plan = planSchemaRegistry(props, 'glue', `Glue schema registry '${this.node.path}'`);
    for (const w of this.plan.warnings) Annotations.of(this).addWarningV2(`kafka-iac:${w.code}`, w.message);
    const removal = removalPolicyOf(this.plan.removal);
    this.registry = new glue.CfnRegistry(this, 'Resource', {
      name: this.plan.name,
      ...(this.plan.description !== undefined ? { description: this.plan.description } : {}),
    });
    this.registryArn = this.registry.attrArn;
    this.registryName = this.plan.name;
    const schemas: Record<string, glue.CfnSchema> = {};
    for (const s of this.plan.subjects) {
      const schema = new glue.CfnSchema(this, `Schema.${s.subjectName}`, {
        name: s.subjectName,
        registry: { arn: this.registry.attrArn },
        dataFormat: s.format,
        compatibility: s.backendCompatibility,
        schemaDefinition: s.schema,
        ...(s.description !== undefined ? { description: s.description } : {}),
      });
      applyRemoval(removal, schema);
      schemas[s.subjectName] = schema;
    }
    applyRemoval(removal, this.registry);
    this.schemas = schemas;
    for (const g of this.plan.grants) {
      if (g.principal.kind !== 'iam') continue;
      const role = iam.Role.fromRoleArn(this, `Grant.${g.name}`, g.principal.arn, { mutable: true });
      if (g.write.length > 0) this.grantSchemas(role, 'write', g.write);
      const readOnly = g.read.filter((p) => !g.write.includes(p));
      if (readOnly.length > 0) this.grantSchemas(role, 'read', readOnly);
      acknowledgeSchemaGrantFindings(role, `Grant '${g.name}' of the registry spec.`);
    }
  }

  /** Lets `grantee` read the schemas of `topics` (deserializers, Lambda event source mappings). */
  grantRead(grantee: iam.IGrantable, o: SchemaGrantOptions): iam.Grant {
    return this.grantSchemas(grantee, 'read', o.topics.flatMap((t) => subjectPatterns('glue', t)));
  }

  /** Lets `grantee` register schemas and versions of `topics` (serializers with auto-registration), and read them. */
  grantWrite(grantee: iam.IGrantable, o: SchemaGrantOptions): iam.Grant {
    return this.grantSchemas(grantee, 'write', o.topics.flatMap((t) => subjectPatterns('glue', t)));
  }

  /** The ARN of a schema of this registry. */
  schemaArn(subjectName: string): string {
    return glueSchemaArn(this.account(), this.plan.name, subjectName);
  }

  private account(): AccountContext {
    const stack = Stack.of(this);
    return { partition: Aws.PARTITION, dnsSuffix: Aws.URL_SUFFIX, region: stack.region, accountId: stack.account };
  }

  private grantSchemas(grantee: iam.IGrantable, access: GlueSchemaAccess, patterns: readonly string[]): iam.Grant {
    let grant: iam.Grant | undefined;
    for (const s of glueGrantStatements(this.account(), this.plan.name, access, patterns)) {
      const g = iam.Grant.addToPrincipal({ grantee, actions: [...s.actions], resourceArns: [...s.resources] });
      if (g.success) recordSchemaWildcards(grantee.grantPrincipal, this.plan.name, s.resources);
      grant = grant ? grant.combine(g) : g;
    }
    return grant!;
  }
}
