/**
 * The in-VPC Kafka admin function as both faces deploy it (pure): its settings, its checks, its network needs and its
 * least-privilege policy. It applies a `KafkaCatalogPlan` (topics, ACLs, quotas) to one cluster, at deploy time,
 * through a CloudFormation custom resource (CDK) or an `aws.lambda.Invocation` (Pulumi).
 */
import type { KafkaCatalogPlan } from '../../core/catalog/types';
import { IssueCollector, type Issue } from '../../core/issues';
import type { DeployTimeFunctionSpec } from '../deploy-time-function';
import { functionLogsStatement } from '../deploy-time-function';
import type { AllowStatementJson } from '../iam-policy';
import type { KafkaAdminAuth } from './input';

/** Lambda's maximum: a first deployment of a large catalog creates every topic, each request retried when transient. */
export const KAFKA_ADMIN_TIMEOUT_SECONDS = 900;
export const KAFKA_ADMIN_MEMORY_MB = 512;
/** The custom resource type of the CDK face. */
export const KAFKA_ADMIN_RESOURCE_TYPE = 'Custom::KafkaCatalog';

/**
 * The function's code is the bundle built with the library (`bundle.ts`), not an inline source: `source` is unused
 * and empty.
 */
export function kafkaAdminFunctionSpec(clusterName: string): DeployTimeFunctionSpec {
  return {
    name: 'kafka-admin',
    description: `kafka-iac ${clusterName}: applies the topic and access catalog inside the VPC (never logs a secret)`,
    roleDescription: `kafka-iac ${clusterName}: Kafka admin function (topics, ACLs, quotas)`,
    source: '',
    timeoutSeconds: KAFKA_ADMIN_TIMEOUT_SECONDS,
    memoryMb: KAFKA_ADMIN_MEMORY_MB,
  };
}

/** What the function needs to reach the cluster. */
export interface KafkaAdminTarget {
  readonly auth: KafkaAdminAuth;
  /**
   * Secret of the admin credentials (`scram`, `mtls`).
   * @default - none
   */
  readonly secretArn?: string;
  /**
   * SSM parameter name of the cluster CA certificate.
   * @default - none (Node.js's trusted CAs)
   */
  readonly caCertificateParameter?: string;
  /**
   * The cluster takes Kafka ACL and client-quota requests from an IAM-authenticated admin and enforces them on its
   * SASL/SCRAM and mTLS principals (MSK Provisioned with IAM access control next to SCRAM or mTLS; IAM identities
   * themselves are authorized by IAM policies only).
   * @default false
   */
  readonly kafkaAclsOverIam?: boolean;
  /**
   * The function manages topics. False where topics are native resources (MSK Provisioned): it then has no topic
   * permission at all.
   * @default true
   */
  readonly manageTopics?: boolean;
  /**
   * Seconds to wait for the cluster to answer before reconciling (create and update): its nodes may still be booting.
   * @default - no wait
   */
  readonly waitForClusterSeconds?: number;
}

/** Longest readiness wait: the function's timeout less 5 minutes for the reconciliation itself. */
export const MAX_WAIT_FOR_CLUSTER_SECONDS = KAFKA_ADMIN_TIMEOUT_SECONDS - 300;

/**
 * Checks the catalog against the connection. Codes: `kafka-admin/acls-need-kafka-auth` (ACLs or quotas on a cluster the
 * function reaches with IAM: MSK IAM access control has no Kafka ACLs, grants are IAM policies),
 * `kafka-admin/secret-required` (SCRAM or mTLS without the admin secret), `kafka-admin/wait-for-cluster` (a readiness
 * wait that is not a whole number of seconds the function's timeout leaves room for).
 */
export function validateKafkaAdminTarget(target: KafkaAdminTarget, catalog: KafkaCatalogPlan): Issue[] {
  const c = new IssueCollector();
  if (target.auth === 'iam' && !target.kafkaAclsOverIam && (catalog.acls.length > 0 || catalog.quotas.length > 0)) {
    c.error('kafka-admin/acls-need-kafka-auth', 'access', 'grant IAM principals only on a cluster reached with IAM',
      `${catalog.acls.length} ACLs and ${catalog.quotas.length} quotas`, 'Use `iam` principals (they get IAM policies), or enable SASL/SCRAM or mTLS on the cluster for Kafka principals.');
  }
  if (target.auth !== 'iam' && !target.secretArn) {
    c.error('kafka-admin/secret-required', 'adminSecret', `be given for ${target.auth} authentication`, target.secretArn,
      target.auth === 'scram' ? 'Pass the secret of an admin SCRAM user: {"username","password"}.' : 'Pass the secret of an admin client certificate: {"certificateChain","privateKey"}.');
  }
  const wait = target.waitForClusterSeconds;
  if (wait !== undefined && (!Number.isInteger(wait) || wait < 0 || wait > MAX_WAIT_FOR_CLUSTER_SECONDS)) {
    c.error('kafka-admin/wait-for-cluster', 'waitForClusterSeconds', `be a whole number of seconds from 0 to ${MAX_WAIT_FOR_CLUSTER_SECONDS}`, wait,
      `The function stops after ${KAFKA_ADMIN_TIMEOUT_SECONDS} s (Lambda's maximum) and needs time to reconcile after the wait: e.g. 600.`);
  }
  return [...c.issues];
}

/** Whether the function calls AWS APIs over HTTPS (Secrets Manager, SSM): its subnets then need endpoints or NAT. */
export function kafkaAdminNeedsAwsApis(target: KafkaAdminTarget): boolean {
  return target.auth !== 'iam' || target.caCertificateParameter !== undefined;
}

/** The function's network: Kafka to the brokers on one port, and HTTPS only when it calls AWS APIs. */
export interface KafkaAdminNetworkPlan {
  readonly brokerPort: number;
  readonly httpsEgress: boolean;
}

export function kafkaAdminNetwork(target: KafkaAdminTarget, brokerPort: number): KafkaAdminNetworkPlan {
  return { brokerPort, httpsEgress: kafkaAdminNeedsAwsApis(target) };
}

/** ARNs of what the policy names; any may be a deploy-time token. */
export interface KafkaAdminPolicyArns {
  readonly logGroupArn: string;
  /**
   * The cluster (IAM auth).
   * @default - none
   */
  readonly clusterArn?: string;
  /**
   * ARN of a topic of the cluster by name, `*` for every topic (IAM auth).
   * @default - none
   */
  readonly topicArn?: (name: string) => string;
  /**
   * The admin secret.
   * @default - none
   */
  readonly secretArn?: string;
  /**
   * Customer managed key of the admin secret.
   * @default - none (the AWS managed key of Secrets Manager)
   */
  readonly secretKeyArn?: string;
  /**
   * The CA certificate parameter.
   * @default - none
   */
  readonly caParameterArn?: string;
  /** `secretsmanager.<region>.amazonaws.com`, for the key's `kms:ViaService` condition. */
  readonly secretsManagerService: string;
}

/** Actions Lambda needs to attach the function to the VPC; EC2 does not scope them to resources the function knows. */
export const VPC_ACCESS_ACTIONS = [
  'ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses',
];

/**
 * Every statement of the function's role: its log streams, the VPC attachment, and then only what its auth mode reads:
 * IAM: `kafka-cluster` actions on the cluster and on exactly the catalog's topics (describe and delete on every topic of
 * the cluster: a topic removed from the catalog is no longer named in it, and the function deletes only those the
 * previous catalog marked `deleteOnRemoval`); SCRAM and mTLS: the admin secret and its key; the CA parameter.
 */
export function kafkaAdminPolicyStatements(target: KafkaAdminTarget, catalog: KafkaCatalogPlan, a: KafkaAdminPolicyArns): AllowStatementJson[] {
  const out: AllowStatementJson[] = [
    functionLogsStatement(a.logGroupArn),
    { Sid: 'VpcAccess', Effect: 'Allow', Action: [...VPC_ACCESS_ACTIONS], Resource: '*' },
  ];
  if (target.auth === 'iam') {
    if (!a.clusterArn) throw new Error('kafkaAdminPolicyStatements: IAM auth needs the cluster ARN');
    out.push({ Sid: 'Cluster', Effect: 'Allow', Action: ['kafka-cluster:Connect', 'kafka-cluster:DescribeCluster'], Resource: a.clusterArn });
    if (target.kafkaAclsOverIam && (catalog.acls.length > 0 || catalog.quotas.length > 0)) {
      // Kafka's CreateAcls/DeleteAcls need ALTER on the cluster, Describe/AlterClientQuotas DESCRIBE_CONFIGS/ALTER_CONFIGS:
      // the IAM actions of the same names (the Service Authorization Reference's kafka-cluster table). DescribeAcls needs
      // DESCRIBE on the cluster: `kafka-cluster:DescribeCluster` above.
      out.push({
        Sid: 'CatalogAclsAndQuotas', Effect: 'Allow',
        Action: ['kafka-cluster:AlterCluster', 'kafka-cluster:DescribeClusterDynamicConfiguration', 'kafka-cluster:AlterClusterDynamicConfiguration'],
        Resource: a.clusterArn,
      });
    }
    if (target.manageTopics === false) return withSecrets(out, target, a);
    if (!a.topicArn) throw new Error('kafkaAdminPolicyStatements: IAM auth of a function managing topics needs topic ARNs');
    const names = [...new Set(catalog.topics.map((t) => t.name))].sort();
    if (names.length > 0) {
      out.push({
        Sid: 'CatalogTopics', Effect: 'Allow',
        Action: ['kafka-cluster:CreateTopic', 'kafka-cluster:AlterTopic', 'kafka-cluster:DescribeTopicDynamicConfiguration', 'kafka-cluster:AlterTopicDynamicConfiguration'],
        Resource: names.map(a.topicArn),
      });
    }
    out.push({ Sid: 'RemovedTopics', Effect: 'Allow', Action: ['kafka-cluster:DescribeTopic', 'kafka-cluster:DeleteTopic'], Resource: a.topicArn('*') });
  }
  return withSecrets(out, target, a);
}

/** Appends the admin secret, its key and the CA parameter to `out`, where the target reads them. */
function withSecrets(out: AllowStatementJson[], target: KafkaAdminTarget, a: KafkaAdminPolicyArns): AllowStatementJson[] {
  if (target.secretArn && a.secretArn) {
    out.push({ Sid: 'AdminSecret', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: a.secretArn });
    if (a.secretKeyArn) {
      out.push({ Sid: 'AdminSecretKey', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: a.secretKeyArn, Condition: { StringEquals: { 'kms:ViaService': a.secretsManagerService } } });
    }
  }
  if (target.caCertificateParameter && a.caParameterArn) {
    out.push({ Sid: 'ClusterCa', Effect: 'Allow', Action: ['ssm:GetParameter'], Resource: a.caParameterArn });
  }
  return out;
}
