/**
 * Topics, access and quotas of a `SelfManagedKafkaCluster` (CDK): the in-VPC admin function (`KafkaAdminFunction`,
 * construct id `Catalog` under the cluster), created with the first topic or intent, connects as the `catalogAdmin`
 * SCRAM user to the brokers' SCRAM listener only, trusting the cluster CA only, after every node exists. The catalog
 * is planned when the app synthesizes, so `addTopic` may be called after construction; `analyzeSelfManagedCatalog`
 * decides, this file only maps.
 */
import { Token, type RemovalPolicy } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct, IDependable } from 'constructs';
import { KafkaAdminFunction } from '../../aws/cdk/kafka-admin-function';
import type { AccessIntent, KafkaCatalogPlan, TopicSpec } from '../../core/catalog/types';
import { IssueCollector } from '../../core/issues';
import { analyzeSelfManagedCatalog, checkCatalogAdmin, type SelfManagedCatalogAdmin, type SelfManagedCatalogSpec } from '../catalog';
import type { SelfManagedClusterPlan } from '../plan-types';

export interface SelfManagedCatalogTarget {
  readonly plan: SelfManagedClusterPlan;
  readonly vpc: ec2.IVpc;
  /** The nodes' subnets: the function runs there (they reach the brokers, Secrets Manager and SSM). */
  readonly subnets: ec2.ISubnet[];
  readonly brokerSecurityGroup: ec2.ISecurityGroup;
  readonly scramSecrets: Record<string, secretsmanager.ISecret>;
  readonly key: kms.IKey;
  /** Of the function's log group: the cluster's. */
  readonly removalPolicy: RemovalPolicy;
  /** What the catalog waits for: every node (and, through them, the provisioner's CA and certificates). */
  readonly nodes: () => IDependable[];
}

const isUnknown = (v: unknown) => Token.isUnresolved(v);

export class SelfManagedCatalog {
  private readonly topics: TopicSpec[];
  private readonly access: readonly AccessIntent[];
  private readonly admin?: SelfManagedCatalogAdmin;
  private fn?: KafkaAdminFunction;

  constructor(private readonly scope: Construct, private readonly target: SelfManagedCatalogTarget, spec: SelfManagedCatalogSpec, subject: string) {
    this.topics = [...(spec.topics ?? [])];
    this.access = spec.access ?? [];
    this.admin = spec.catalogAdmin;
    scope.node.addValidation({
      validate: () => this.analysis().issues.filter((i) => i.severity === 'error').map((i) => `${i.code}: ${i.message}`),
    });
    const { plan, issues } = this.analysis();
    new IssueCollector().addAll(issues).throwIfErrors(subject);
    if (plan.admin) this.create(subject);
  }

  /** Names of the catalog's topics so far. */
  get topicNames(): string[] {
    return this.topics.map((t) => t.name);
  }

  /** The catalog's access intents. */
  get accessIntents(): readonly AccessIntent[] {
    return this.access;
  }

  /** The admin function, once the catalog has a topic or an intent. */
  get adminFunction(): KafkaAdminFunction | undefined {
    return this.fn;
  }

  add(topic: TopicSpec, subject: string): void {
    this.topics.push(topic);
    this.create(subject);
  }

  /** The validated catalog (synthesis has already failed on its issues when it is invalid). */
  plan(): KafkaCatalogPlan {
    const { plan, issues } = this.analysis();
    return issues.some((i) => i.severity === 'error') ? { topics: [], acls: [], quotas: [], grants: [] } : plan.catalog;
  }

  private analysis() {
    return analyzeSelfManagedCatalog(this.target.plan, { topics: this.topics, access: this.access, catalogAdmin: this.admin }, isUnknown);
  }

  private create(subject: string): void {
    if (this.fn) return;
    // The admin user is known now: its issues fail here, the topics' at synthesis.
    const c = new IssueCollector();
    const admin = checkCatalogAdmin(this.target.plan, this.admin, c);
    c.throwIfErrors(subject);
    const t = this.target;
    this.fn = new KafkaAdminFunction(this.scope, 'Catalog', {
      clusterName: t.plan.clusterName, catalog: () => this.plan(), vpc: t.vpc, vpcSubnets: { subnets: t.subnets },
      brokerSecurityGroups: [t.brokerSecurityGroup], brokerPort: admin!.port, bootstrapBrokers: admin!.bootstrapServers,
      auth: 'scram', adminSecret: t.scramSecrets[admin!.user], adminSecretKey: t.key, caCertificateParameterName: admin!.caCertificateParameter,
      waitForClusterSeconds: admin!.waitForClusterSeconds, removalPolicy: t.removalPolicy,
    });
    this.fn.catalogResource.node.addDependency(...t.nodes());
  }
}
