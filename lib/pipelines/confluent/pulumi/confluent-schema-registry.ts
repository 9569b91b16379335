/**
 * `ConfluentSchemaRegistry`: the schema registry contract on Confluent Cloud Schema Registry (one per environment):
 * a `confluentcloud.Schema` and a `SubjectConfig` (its compatibility) per subject, and `DeveloperRead` /
 * `DeveloperWrite` role bindings on the subjects for each grant's service account. Decisions are in
 * `planSchemaRegistry`.
 */
import * as pulumi from '@pulumi/pulumi';
import * as confluent from '@pulumi/confluentcloud';
import { planSchemaRegistry } from '../../schema-registry/plan';
import type { SchemaRegistryPlan } from '../../schema-registry/plan-types';
import type { SchemaRegistrySpec } from '../../schema-registry/spec';

/** The environment's Schema Registry cluster (`confluentcloud.getSchemaRegistryClusterOutput`). */
export interface ConfluentSchemaRegistryCluster {
  /** `lsrc-...`. */
  readonly id: pulumi.Input<string>;
  readonly restEndpoint: pulumi.Input<string>;
  /** Its CRN (`resourceName`), the root of the subjects' role binding patterns. */
  readonly resourceName: pulumi.Input<string>;
}

export interface ConfluentSchemaRegistryArgs extends SchemaRegistrySpec {
  readonly schemaRegistryCluster: ConfluentSchemaRegistryCluster;
  /** A Schema Registry API key (owned by a service account that may manage the subjects); pass the secret as a Pulumi secret. */
  readonly credentials: { readonly key: pulumi.Input<string>; readonly secret: pulumi.Input<string> };
}

/** The role binding pattern of a subject name pattern (`orders.*` -> `<crn>/subject=orders.*`). */
export function subjectCrnPattern(clusterCrn: string, subjectPattern: string): string {
  return `${clusterCrn}/subject=${subjectPattern}`;
}

export class ConfluentSchemaRegistry extends pulumi.ComponentResource {
  readonly plan: SchemaRegistryPlan;
  /** The schemas by subject name. */
  readonly schemas: Readonly<Record<string, confluent.Schema>>;
  readonly roleBindings: readonly confluent.RoleBinding[];

  constructor(name: string, args: ConfluentSchemaRegistryArgs, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:pipelines:ConfluentSchemaRegistry', name, {}, opts);
    this.plan = planSchemaRegistry(args, 'confluent', `Confluent schema registry '${name}'`);
    for (const w of this.plan.warnings) void pulumi.log.warn(`[${w.code}] ${w.message}`, this);
    const cluster = args.schemaRegistryCluster;
    const connection = {
      schemaRegistryCluster: { id: cluster.id },
      restEndpoint: cluster.restEndpoint,
      credentials: { key: args.credentials.key, secret: pulumi.secret(args.credentials.secret) },
    };
    // Schemas hold their version history: retained and protected unless `removal: 'destroy'`.
    const retained = { parent: this, retainOnDelete: this.plan.removal === 'retain', protect: this.plan.removal === 'retain' };
    const schemas: Record<string, confluent.Schema> = {};
    for (const s of this.plan.subjects) {
      // The compatibility first: the first version is then checked as later ones will be.
      const config = new confluent.SubjectConfig(`${name}-config-${s.subjectName}`, {
        ...connection, subjectName: s.subjectName, compatibilityLevel: s.backendCompatibility,
      }, { parent: this });
      schemas[s.subjectName] = new confluent.Schema(`${name}-schema-${s.subjectName}`, {
        ...connection, subjectName: s.subjectName, format: s.format, schema: s.schema, hardDelete: false,
      }, { ...retained, dependsOn: [config] });
    }
    this.schemas = schemas;
    const bindings: confluent.RoleBinding[] = [];
    for (const g of this.plan.grants) {
      if (g.principal.kind !== 'native') continue;
      const principal = `User:${g.principal.id}`;
      const readOnly = g.read.filter((p) => !g.write.includes(p));
      for (const [role, patterns] of [['DeveloperWrite', g.write], ['DeveloperRead', [...g.write, ...readOnly]]] as const) {
        for (const p of patterns) {
          bindings.push(new confluent.RoleBinding(`${name}-${g.name}-${role}-${p}`, {
            principal, roleName: role, crnPattern: pulumi.output(cluster.resourceName).apply((crn) => subjectCrnPattern(crn, p)),
          }, { parent: this }));
        }
      }
    }
    this.roleBindings = bindings;
    this.registerOutputs({});
  }
}
