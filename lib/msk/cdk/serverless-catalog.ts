/**
 * Topics of an MSK Serverless cluster through the in-VPC admin function (`KafkaAdminFunction`, construct id
 * `Catalog` under the cluster), created with the first topic, and the IAM policies of its `access` intents. The
 * catalog is planned when the app synthesizes, so `addTopic` may be called after construction; every issue of the
 * catalog fails synthesis at once.
 */
import { Token, type RemovalPolicy } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type { Construct } from 'constructs';
import { KafkaAdminFunction } from '../../aws/cdk/kafka-admin-function';
import { analyzeCatalog, planCatalog } from '../../core/catalog/plan';
import type { AccessIntent, KafkaCatalogPlan, TopicSpec } from '../../core/catalog/types';
import { mskIntentGrants, serverlessCatalogContext } from '../topics';
import { createAccessGrants } from './topics';

export interface ServerlessCatalogTarget {
  readonly clusterName: string;
  readonly clusterArn: string;
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.ISubnet[];
  readonly securityGroups: ec2.ISecurityGroup[];
  readonly port: number;
  /** Of the function's log group: the cluster's. */
  readonly removalPolicy: RemovalPolicy;
  /** Read when the function is created (a deploy-time value). */
  readonly bootstrapBrokers: () => string;
}

const CONTEXT = serverlessCatalogContext((v) => Token.isUnresolved(v));

export class ServerlessCatalog {
  private readonly topics: TopicSpec[] = [];
  private admin?: KafkaAdminFunction;

  constructor(private readonly scope: Construct, private readonly target: ServerlessCatalogTarget, private readonly access: readonly AccessIntent[] = []) {
    scope.node.addValidation({
      validate: () => analyzeCatalog({ topics: this.topics, access: this.access }, CONTEXT).issues.filter((i) => i.severity === 'error').map((i) => `${i.code}: ${i.message}`),
    });
    if (access.length === 0) return;
    // The policies are written now (principals are known); an invalid catalog fails synthesis in the validation above.
    const { plan, issues } = analyzeCatalog({ access }, CONTEXT);
    if (issues.some((i) => i.severity === 'error')) return;
    createAccessGrants(scope, `MskServerlessCluster '${scope.node.path}'`, target.clusterArn, mskIntentGrants(plan));
  }

  /** Names of the catalog's topics so far. */
  get topicNames(): string[] {
    return this.topics.map((t) => t.name);
  }

  add(topic: TopicSpec): void {
    this.topics.push(topic);
    this.admin ??= new KafkaAdminFunction(this.scope, 'Catalog', {
      clusterName: this.target.clusterName, vpc: this.target.vpc, vpcSubnets: { subnets: this.target.subnets },
      brokerSecurityGroups: this.target.securityGroups, brokerPort: this.target.port, bootstrapBrokers: this.target.bootstrapBrokers(),
      auth: 'iam', clusterArn: this.target.clusterArn, catalog: () => this.plan(), removalPolicy: this.target.removalPolicy,
    });
  }

  /** The validated catalog (synthesis has already failed on its issues when it is invalid). */
  plan(): KafkaCatalogPlan {
    try {
      return planCatalog({ topics: this.topics, access: this.access }, CONTEXT, this.scope.node.path);
    } catch {
      return { topics: [], acls: [], quotas: [], grants: [] };
    }
  }
}
