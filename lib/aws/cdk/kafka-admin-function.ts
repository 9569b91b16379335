/**
 * The in-VPC Kafka admin function for AWS CDK (`aws/kafka-admin/function.ts`): children `SecurityGroup`, `LogGroup`,
 * `Role`, `Function` (the bundle built with the library) and `Catalog`, the custom resource carrying the
 * `KafkaCatalogPlan`. CloudFormation calls it on create, update (with the previous catalog as the old properties) and
 * delete; a change it refuses or cannot apply fails the deployment with the reason.
 */
import { Annotations, CustomResource, Lazy, RemovalPolicy, Stack, Token, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { KafkaCatalogPlan } from '../../core/catalog/types';
import { KafkaValidationError } from '../../core/issues';
import { kafkaAdminBundleDir } from '../kafka-admin/bundle';
import {
  KAFKA_ADMIN_RESOURCE_TYPE, kafkaAdminFunctionSpec, kafkaAdminNetwork, kafkaAdminPolicyStatements, validateKafkaAdminTarget,
} from '../kafka-admin/function';
import { kafkaAdminInput, type KafkaAdminAuth } from '../kafka-admin/input';
import { createDeployTimeFunction } from './deploy-time-function';
import { kafkaResourceArn } from './kafka-resource-arn';
import { flattenCfnReference } from './nag-ids';

export interface KafkaAdminFunctionProps {
  /** The cluster's name: in descriptions, and the catalog's id. */
  readonly clusterName: string;
  /**
   * The catalog to apply (validated: `planCatalog`'s output), or a function producing it at synth (a cluster whose
   * `addTopic` may still be called); a produced catalog must hold at least one topic.
   */
  readonly catalog: KafkaCatalogPlan | (() => KafkaCatalogPlan);
  readonly vpc: ec2.IVpc;
  /**
   * Where the function runs: subnets that reach the brokers (and, for SCRAM, mTLS or a CA parameter, Secrets Manager
   * and SSM through interface endpoints or NAT).
   * @default - the VPC's private subnets with egress, else its isolated subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /** Security groups of the brokers: each gets an ingress rule from the function on `brokerPort` only. */
  readonly brokerSecurityGroups: ec2.ISecurityGroup[];
  /** The port of the listener matching `auth` (MSK: IAM 9098, SCRAM 9096, TLS 9094). */
  readonly brokerPort: number;
  /** `host:port[,host:port...]` of that listener (may be a deploy-time value). */
  readonly bootstrapBrokers: string;
  readonly auth: KafkaAdminAuth;
  /**
   * The MSK cluster's ARN (IAM auth): the role gets `kafka-cluster` actions on it and on the catalog's topics.
   * @default - none (required for `iam`)
   */
  readonly clusterArn?: string;
  /**
   * Secret of an admin SCRAM user `{"username","password"}` or admin client certificate `{"certificateChain","privateKey"}`.
   * @default - none (required for `scram` and `mtls`)
   */
  readonly adminSecret?: secretsmanager.ISecret;
  /**
   * Customer managed key of the admin secret (`kms:Decrypt` through Secrets Manager only).
   * @default - the secret's `encryptionKey`, if any
   */
  readonly adminSecretKey?: kms.IKey;
  /**
   * SSM parameter holding the cluster CA certificate (a self-managed cluster's `caCertificateParameterName`).
   * @default - Node.js's trusted CAs (MSK)
   */
  readonly caCertificateParameterName?: string;
  /**
   * Of the log group.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;
  /**
   * ACLs and quotas of SCRAM and mTLS principals are applied over IAM (MSK Provisioned with IAM next to SCRAM or mTLS).
   * @default false
   */
  readonly kafkaAclsOverIam?: boolean;
  /**
   * The function manages topics; false where topics are native resources (it then has no topic permission).
   * @default true
   */
  readonly manageTopics?: boolean;
  /**
   * Seconds to wait, on create and update, for the cluster to answer before reconciling (a cluster created in the same
   * deployment may still be booting); at most `MAX_WAIT_FOR_CLUSTER_SECONDS`.
   * @default - no wait: each request's own retries only
   */
  readonly waitForClusterSeconds?: number;
}

/** Stands for the topics of a produced catalog while the policy is built (their ARNs are one lazy list). */
const LAZY_TOPIC_NAME = '<catalog topics>';
const LAZY_TOPIC: KafkaCatalogPlan = { topics: [{ name: LAZY_TOPIC_NAME, partitions: 1, replicationFactor: 1, configs: {}, deleteOnRemoval: false }], acls: [], quotas: [], grants: [] };

export class KafkaAdminFunction extends Construct {
  readonly function: lambda.Function;
  readonly securityGroup: ec2.SecurityGroup;
  readonly catalogResource: CustomResource;

  constructor(scope: Construct, id: string, p: KafkaAdminFunctionProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const target = {
      auth: p.auth, secretArn: p.adminSecret?.secretArn, caCertificateParameter: p.caCertificateParameterName,
      kafkaAclsOverIam: p.kafkaAclsOverIam, manageTopics: p.manageTopics, waitForClusterSeconds: p.waitForClusterSeconds,
    };
    const lazy = typeof p.catalog === 'function';
    const catalogOf = typeof p.catalog === 'function' ? p.catalog : () => p.catalog as KafkaCatalogPlan;
    const issues = validateKafkaAdminTarget(target, lazy ? { topics: [], acls: [], quotas: [], grants: [] } : catalogOf());
    if (lazy) this.node.addValidation({ validate: () => validateKafkaAdminTarget(target, catalogOf()).map((i) => i.message) });
    if (p.auth === 'iam' && !p.clusterArn) {
      issues.push({ code: 'kafka-admin/cluster-arn-required', path: 'clusterArn', severity: 'error', message: '`clusterArn` must be given for iam authentication, got: undefined. Pass the MSK cluster\'s ARN.' });
    }
    if (issues.some((i) => i.severity === 'error')) throw new KafkaValidationError(this.node.path, issues);

    const network = kafkaAdminNetwork(target, p.brokerPort);
    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: p.vpc, allowAllOutbound: false, description: `kafka-iac ${p.clusterName}: Kafka admin function (brokers on ${p.brokerPort} only)`,
    });
    for (const sg of p.brokerSecurityGroups) this.securityGroup.connections.allowTo(sg, ec2.Port.tcp(network.brokerPort), `Kafka admin function of ${p.clusterName}`);
    // The function answers CloudFormation itself: a PUT to the request's pre-signed S3 URL (through an S3 gateway
    // endpoint, which every KafkaVpc has, or NAT), so it needs HTTPS out even when it reads no secret (IAM).
    this.securityGroup.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), network.httpsEgress
      ? 'HTTPS: Secrets Manager and SSM through interface endpoints or NAT'
      : 'HTTPS: the CloudFormation response (a pre-signed S3 URL)');
    const subnets = p.vpcSubnets ?? { subnetType: p.vpc.privateSubnets.length > 0 ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PRIVATE_ISOLATED };
    if (network.httpsEgress) this.warnWithoutApiPath(p.vpc, subnets);

    const secretKey = p.adminSecretKey ?? p.adminSecret?.encryptionKey;
    const caParameterArn = p.caCertificateParameterName
      ? stack.formatArn({ service: 'ssm', resource: 'parameter', resourceName: p.caCertificateParameterName.replace(/^\//, '') })
      : undefined;
    const fn = createDeployTimeFunction(this, {
      spec: kafkaAdminFunctionSpec(p.clusterName), policyName: 'KafkaAdmin', removalPolicy: p.removalPolicy ?? RemovalPolicy.RETAIN,
      code: lambda.Code.fromAsset(kafkaAdminBundleDir()),
      vpc: { vpc: p.vpc, subnets, securityGroups: [this.securityGroup] },
      statements: (logGroupArn) => kafkaAdminPolicyStatements(target, lazy ? LAZY_TOPIC : catalogOf(), {
        logGroupArn, clusterArn: p.clusterArn,
        // A produced catalog's topics are known at synth: one lazy list stands for their ARNs.
        topicArn: p.clusterArn ? (name) => (name === LAZY_TOPIC_NAME
          // An encoded list token, alone in its array: it resolves to the whole list.
          ? Lazy.list({ produce: () => catalogOf().topics.map((t) => kafkaResourceArn(p.clusterArn!, 'topic', t.name)) })[0]!
          : kafkaResourceArn(p.clusterArn!, 'topic', name)) : undefined,
        secretArn: p.adminSecret?.secretArn, secretKeyArn: secretKey?.keyArn, caParameterArn,
        secretsManagerService: `secretsmanager.${stack.region}.amazonaws.com`,
      }),
    });
    this.function = fn.function;
    this.acknowledge(fn.role, p.clusterArn && p.manageTopics !== false ? kafkaResourceArn(p.clusterArn, 'topic', '*') : undefined);

    this.catalogResource = new CustomResource(this, 'Catalog', {
      serviceToken: this.function.functionArn,
      resourceType: KAFKA_ADMIN_RESOURCE_TYPE,
      properties: {
        ...this.input(p, catalogOf, lazy),
      },
    });
  }

  private input(p: KafkaAdminFunctionProps, catalogOf: () => KafkaCatalogPlan, lazy: boolean): Record<string, string> {
    const connection = {
      bootstrapBrokers: p.bootstrapBrokers, auth: p.auth, region: Stack.of(this).region,
      ...(p.adminSecret ? { secretArn: p.adminSecret.secretArn } : {}),
      ...(p.caCertificateParameterName ? { caCertificateParameter: p.caCertificateParameterName } : {}),
      ...(p.waitForClusterSeconds ? { waitForClusterSeconds: p.waitForClusterSeconds } : {}),
    };
    const input = kafkaAdminInput(p.clusterName, connection, lazy ? LAZY_TOPIC : catalogOf());
    return lazy ? { ...input, Catalog: Lazy.string({ produce: () => kafkaAdminInput(p.clusterName, connection, catalogOf()).Catalog }) } : { ...input };
  }

  /** Secrets Manager and SSM are reached over HTTPS: through NAT (subnets with egress) or interface endpoints. */
  private warnWithoutApiPath(vpc: ec2.IVpc, subnets: ec2.SubnetSelection): void {
    const selected = vpc.selectSubnets(subnets).subnetIds;
    const withEgress = new Set(vpc.privateSubnets.map((s) => s.subnetId));
    if (selected.length > 0 && selected.every((id) => withEgress.has(id))) return;
    const stack = Stack.of(this);
    const endpoint = stack.node.findAll().some((c) => c instanceof ec2.CfnVPCEndpoint
      && /\.secretsmanager"?$/.test(JSON.stringify(stack.resolve(c.serviceName)).replace(/"\]\]\}$/, '"'))
      && (Token.isUnresolved(c.vpcId) || c.vpcId === vpc.vpcId));
    if (endpoint) return;
    Annotations.of(this).addWarningV2('kafka-iac:kafka-admin-secrets-path',
      'The Kafka admin function reads its secret (and CA) from Secrets Manager (and SSM), but its subnets have no NAT route and no Secrets Manager '
      + 'interface endpoint is in this stack. Add `secretsmanager` and `ssm` interface endpoints to the VPC (a KafkaVpc has them), or select subnets with NAT egress.');
  }

  private acknowledge(role: Construct, everyTopicArn: string | undefined): void {
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Lambda attaches the function to the VPC with ec2:CreateNetworkInterface, DescribeNetworkInterfaces, DeleteNetworkInterface, '
        + 'AssignPrivateIpAddresses and UnassignPrivateIpAddresses, which EC2 does not scope to resources known before the function exists.',
    });
    if (everyTopicArn) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${flattenCfnReference(Stack.of(this).resolve(everyTopicArn))}]`,
        reason: 'kafka-cluster:DescribeTopic and DeleteTopic on the cluster\'s topics: a topic removed from the catalog is no longer named in it; '
          + 'the function deletes only topics the previous catalog marked deleteOnRemoval. Create and alter actions name the catalog\'s topics exactly.',
      });
    }
  }
}
