/**
 * The in-VPC Kafka admin function for Pulumi (`aws/kafka-admin/function.ts`): `${name}-sg` with its rules, the
 * function `${name}-kafka-admin` (the bundle built with the library, in the given subnets) with its `-logs`, `-role`
 * and `-policy`, and `${name}-catalog`, an `aws.lambda.Invocation` (lifecycle scope CRUD) carrying the
 * `KafkaCatalogPlan`: the function reconciles on create and update (with the previous input as the previous catalog)
 * and on delete; a change it refuses or cannot apply fails `pulumi up` with the reason.
 */
import * as pulumi from '@pulumi/pulumi';
import * as ec2 from '@pulumi/aws/ec2';
import type * as lambda from '@pulumi/aws/lambda';
import * as vpc from '@pulumi/aws/vpc';
import type { KafkaCatalogPlan } from '../../core/catalog/types';
import { KafkaValidationError } from '../../core/issues';
import { kafkaAdminBundleDir } from '../kafka-admin/bundle';
import { kafkaAdminFunctionSpec, kafkaAdminNetwork, kafkaAdminPolicyStatements, validateKafkaAdminTarget } from '../kafka-admin/function';
import { kafkaAdminInput, type KafkaAdminAuth } from '../kafka-admin/input';
import { resourceArn } from '../msk-iam-access';
import { accountContext } from './account-context';
import { createDeployTimeFunction, invokeAtDeploy } from './deploy-time-function';

export interface KafkaAdminFunctionArgs {
  /** The cluster's name: in descriptions, and the catalog's id. */
  readonly clusterName: string;
  /** The catalog to apply (validated: `planCatalog`'s output). */
  readonly catalog: KafkaCatalogPlan;
  readonly vpcId: pulumi.Input<string>;
  /** Subnets that reach the brokers (and, for SCRAM, mTLS or a CA parameter, Secrets Manager and SSM through endpoints or NAT). */
  readonly subnetIds: pulumi.Input<string>[];
  /** Security groups of the brokers: each gets an ingress rule from the function on `brokerPort` only. */
  readonly brokerSecurityGroupIds: pulumi.Input<string>[];
  /** The port of the listener matching `auth` (MSK: IAM 9098, SCRAM 9096, TLS 9094). */
  readonly brokerPort: number;
  /** `host:port[,host:port...]` of that listener. */
  readonly bootstrapBrokers: pulumi.Input<string>;
  readonly auth: KafkaAdminAuth;
  /**
   * The MSK cluster's ARN (IAM auth).
   * @default - none (required for `iam`)
   */
  readonly clusterArn?: pulumi.Input<string>;
  /**
   * Secret of an admin SCRAM user or admin client certificate.
   * @default - none (required for `scram` and `mtls`)
   */
  readonly adminSecretArn?: pulumi.Input<string>;
  /**
   * Customer managed key of the admin secret.
   * @default - none (the AWS managed key of Secrets Manager)
   */
  readonly adminSecretKeyArn?: pulumi.Input<string>;
  /**
   * SSM parameter holding the cluster CA certificate.
   * @default - Node.js's trusted CAs (MSK)
   */
  readonly caCertificateParameterName?: string;
  /**
   * Keep the log group when it leaves the program.
   * @default true
   */
  readonly retainLogs?: boolean;
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
  /**
   * Resources the invocation waits for (a self-managed cluster's nodes).
   * @default - none
   */
  readonly catalogDependsOn?: pulumi.Resource[];
}

export class KafkaAdminFunction extends pulumi.ComponentResource {
  readonly function: lambda.Function;
  readonly securityGroup: ec2.SecurityGroup;
  readonly invocation: lambda.Invocation;

  constructor(name: string, args: KafkaAdminFunctionArgs, opts?: pulumi.ComponentResourceOptions) {
    // The secret's ARN may be unknown at preview: its presence is what the checks read.
    const target = {
      auth: args.auth, secretArn: args.adminSecretArn ? 'given' : undefined, caCertificateParameter: args.caCertificateParameterName,
      kafkaAclsOverIam: args.kafkaAclsOverIam, manageTopics: args.manageTopics, waitForClusterSeconds: args.waitForClusterSeconds,
    };
    const issues = validateKafkaAdminTarget(target, args.catalog);
    if (args.auth === 'iam' && !args.clusterArn) {
      issues.push({ code: 'kafka-admin/cluster-arn-required', path: 'clusterArn', severity: 'error', message: '`clusterArn` must be given for iam authentication, got: undefined. Pass the MSK cluster\'s ARN.' });
    }
    // Checked before the component registers: a refused program registers nothing.
    if (issues.some((i) => i.severity === 'error')) throw new KafkaValidationError(name, issues);
    super('kafka-iac:aws:KafkaAdminFunction', name, {}, opts);
    const parent = this;

    const network = kafkaAdminNetwork(target, args.brokerPort);
    this.securityGroup = new ec2.SecurityGroup(`${name}-sg`, {
      vpcId: args.vpcId, revokeRulesOnDelete: true, description: `kafka-iac ${args.clusterName}: Kafka admin function (brokers on ${args.brokerPort} only)`,
    }, { parent });
    const port = network.brokerPort;
    args.brokerSecurityGroupIds.forEach((brokers, i) => {
      const description = `Kafka admin function of ${args.clusterName}`;
      new vpc.SecurityGroupEgressRule(`${name}-sg-out-${port}-${i}`, {
        securityGroupId: this.securityGroup.id, ipProtocol: 'tcp', fromPort: port, toPort: port, referencedSecurityGroupId: brokers, description,
      }, { parent });
      new vpc.SecurityGroupIngressRule(`${name}-brokers-${i}-in-${port}`, {
        securityGroupId: brokers, ipProtocol: 'tcp', fromPort: port, toPort: port, referencedSecurityGroupId: this.securityGroup.id, description,
      }, { parent });
    });
    if (network.httpsEgress) {
      new vpc.SecurityGroupEgressRule(`${name}-sg-out-443`, {
        securityGroupId: this.securityGroup.id, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0', description: 'HTTPS: Secrets Manager and SSM through interface endpoints or NAT',
      }, { parent });
    }

    const account = accountContext(this);
    this.function = createDeployTimeFunction(name, this, {
      spec: kafkaAdminFunctionSpec(args.clusterName), retain: args.retainLogs ?? true,
      code: new pulumi.asset.FileArchive(kafkaAdminBundleDir()),
      vpcConfig: { subnetIds: args.subnetIds, securityGroupIds: [this.securityGroup.id] },
      statements: (logGroupArn) => pulumi.all([logGroupArn, account, args.clusterArn, args.adminSecretArn, args.adminSecretKeyArn]).apply(([logs, a, clusterArn, secretArn, keyArn]) =>
        kafkaAdminPolicyStatements({ ...target, secretArn }, args.catalog, {
          logGroupArn: logs, clusterArn, topicArn: clusterArn ? (topic) => resourceArn(clusterArn, 'topic', topic) : undefined,
          secretArn, secretKeyArn: keyArn,
          caParameterArn: args.caCertificateParameterName
            ? `arn:${a.partition}:ssm:${a.region}:${a.accountId}:parameter/${args.caCertificateParameterName.replace(/^\//, '')}` : undefined,
          secretsManagerService: `secretsmanager.${a.region}.${a.dnsSuffix}`,
        })),
    });

    const input = pulumi.all([args.bootstrapBrokers, account, args.adminSecretArn]).apply(([bootstrapBrokers, a, secretArn]) => kafkaAdminInput(args.clusterName, {
      bootstrapBrokers, auth: args.auth, region: a.region,
      ...(secretArn ? { secretArn } : {}),
      ...(args.caCertificateParameterName ? { caCertificateParameter: args.caCertificateParameterName } : {}),
      ...(args.waitForClusterSeconds ? { waitForClusterSeconds: args.waitForClusterSeconds } : {}),
    }, args.catalog));
    this.invocation = invokeAtDeploy(`${name}-catalog`, this, this.function, input, args.catalogDependsOn);
    this.registerOutputs({});
  }
}
