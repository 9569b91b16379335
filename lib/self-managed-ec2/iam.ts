/**
 * IAM policy statements of the nodes and of the provisioner function, as JSON both faces map (CDK
 * `PolicyStatement.fromJson`, Pulumi `jsonStringify`). Every statement is scoped to one node's resources except the
 * few actions AWS offers no resource-level permission for; those carry their reason, which the CDK face also gives
 * cdk-nag when it acknowledges the wildcard.
 */
import type { AllowStatementJson as PolicyStatementJson } from '../aws/iam-policy';
import { functionLogsStatement } from '../aws/deploy-time-function';
import { UNSCOPED_NODE_ACTIONS } from '../aws/ec2-node/unscoped-actions';
import type { NodePlan, SelfManagedClusterPlan } from './plan-types';

export type { PolicyStatementJson };
export { UNSCOPED_NODE_ACTIONS };

/** Account context and the deploy-time ids of one node's resources (tokens or resolved values). */
export interface NodeResourceRefs {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
  /** Exact ARN of a Secrets Manager secret the face created, by its name in the plan. */
  readonly secretArn: (name: string) => string;
  readonly volumeId: string;
  readonly networkInterfaceId: string;
  /** Key encrypting the secrets, when it is a customer-managed key. */
  readonly secretsKeyArn?: string;
  /** The CloudFormation stack (its id, an ARN) whose CreationPolicy waits for the node's signal; CDK only. */
  readonly cloudFormationStackId?: string;
}

/**
 * Every Auto Scaling group of the account and region, by ARN: the node's own group is matched by its tags (cluster +
 * node id), since its ARN holds an id known only once the group exists, and the group cannot be created before the
 * role its instance uses (the boot lifecycle hook would wait for a permission that comes after it).
 */
export function autoScalingGroupsArn(r: Pick<NodeResourceRefs, 'partition' | 'region' | 'account'>): string {
  return arn(r, 'autoscaling', 'autoScalingGroup:*:autoScalingGroupName/*');
}

const arn = (r: Pick<NodeResourceRefs, 'partition' | 'region' | 'account'>, service: string, resource: string) => `arn:${r.partition}:${service}:${r.region}:${r.account}:${resource}`;

/** ARN of an SSM parameter named `/a/b` (the name starts with `/`). */
export function parameterArn(r: Pick<NodeResourceRefs, 'partition' | 'region' | 'account'>, name: string): string {
  return `arn:${r.partition}:ssm:${r.region}:${r.account}:parameter${name}`;
}

function tagCondition(tags: Readonly<Record<string, string>>): Record<string, Record<string, string>> {
  return { StringEquals: Object.fromEntries(Object.entries(tags).map(([k, v]) => [`aws:ResourceTag/${k}`, v])) };
}

/** Every statement of one node's instance role. */
export function nodePolicyStatements(node: NodePlan, r: NodeResourceRefs): PolicyStatementJson[] {
  const iam = node.iam;
  const instances = arn(r, 'ec2', 'instance/*');
  const out: PolicyStatementJson[] = [
    { Sid: 'ReadOwnSecrets', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: iam.readSecrets.map(r.secretArn) },
    { Sid: 'ReadOwnParameters', Effect: 'Allow', Action: ['ssm:GetParameter'], Resource: iam.readParameters.map((p) => parameterArn(r, p)) },
    { Sid: 'WriteFormatMarker', Effect: 'Allow', Action: ['ssm:PutParameter'], Resource: iam.writeParameters.map((p) => parameterArn(r, p)) },
    // The volume by id, the instance by tag: only this node's volume, only onto an instance of this node.
    {
      Sid: 'AttachOwnVolume', Effect: 'Allow', Action: ['ec2:AttachVolume'], Resource: [arn(r, 'ec2', `volume/${r.volumeId}`), instances],
      Condition: tagCondition(iam.attachVolume.instanceTags),
    },
    {
      Sid: 'AttachOwnNetworkInterface', Effect: 'Allow', Action: ['ec2:AttachNetworkInterface'],
      Resource: [arn(r, 'ec2', `network-interface/${r.networkInterfaceId}`), instances], Condition: tagCondition(iam.attachNetworkInterface.instanceTags),
    },
    { Sid: 'DescribeOwnResources', Effect: 'Allow', Action: [...UNSCOPED_NODE_ACTIONS.DescribeOwnResources.actions], Resource: '*' },
    {
      Sid: 'PublishMetrics', Effect: 'Allow', Action: [...UNSCOPED_NODE_ACTIONS.PublishMetrics.actions], Resource: '*',
      Condition: { StringEquals: { 'cloudwatch:namespace': iam.putMetricDataNamespace } },
    },
    { Sid: 'SsmAgent', Effect: 'Allow', Action: [...UNSCOPED_NODE_ACTIONS.SsmAgent.actions], Resource: '*' },
    { Sid: 'FindOwnGroup', Effect: 'Allow', Action: [...UNSCOPED_NODE_ACTIONS.FindOwnGroup.actions], Resource: '*' },
    {
      Sid: 'CompleteOwnBootHook', Effect: 'Allow', Action: ['autoscaling:CompleteLifecycleAction'], Resource: autoScalingGroupsArn(r),
      Condition: { StringEquals: Object.fromEntries(Object.entries(iam.completeLifecycleAction.groupTags).map(([k, v]) => [`autoscaling:ResourceTag/${k}`, v])) },
    },
  ];
  if (r.cloudFormationStackId) {
    out.push({ Sid: 'SignalOwnStack', Effect: 'Allow', Action: ['cloudformation:SignalResource'], Resource: r.cloudFormationStackId });
  }
  if (iam.readParameterPaths.length > 0) {
    // A controller's format guard lists every node's markers (`<prefix>/nodes`, one paginated call). IAM evaluates
    // GetParametersByPath against the path, which covers everything below it: the other nodes' markers and their
    // rendered files, which hold no secrets (those are in Secrets Manager), and no SecureString is decrypted.
    out.push({ Sid: 'ReadClusterMarkers', Effect: 'Allow', Action: ['ssm:GetParametersByPath'], Resource: iam.readParameterPaths.map((p) => parameterArn(r, p)) });
  }
  if (r.secretsKeyArn) {
    out.push({
      Sid: 'DecryptOwnSecrets', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: r.secretsKeyArn,
      Condition: { StringEquals: { 'kms:ViaService': `secretsmanager.${r.region}.amazonaws.com` } },
    });
  }
  iam.s3.forEach((s, i) => {
    const bucket = `arn:${r.partition}:s3:::${s.bucket}`;
    out.push({
      Sid: `S3${i + 1}`, Effect: 'Allow', Action: [...s.actions], Resource: s.keyPattern !== undefined ? `${bucket}/${s.keyPattern}` : bucket,
      ...(s.listPrefix ? { Condition: { StringLike: { 's3:prefix': s.listPrefix } } } : {}),
    });
  });
  if (iam.kmsKeyArns.length > 0) {
    out.push({ Sid: 'TieredStorageKey', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: [...iam.kmsKeyArns] });
  }
  return out;
}

/** Resources the provisioner function touches. */
export interface ProvisionerResourceRefs extends Pick<NodeResourceRefs, 'partition' | 'region' | 'account' | 'secretsKeyArn'> {
  /** The CA and node TLS secrets, and (Pulumi) the credential secrets the provisioner fills. */
  readonly secretArns: readonly string[];
  readonly logGroupArn: string;
}

/** The provisioner: fills the CA and node TLS secrets, writes the cluster id and CA certificate parameters. */
export function provisionerPolicyStatements(plan: SelfManagedClusterPlan, r: ProvisionerResourceRefs): PolicyStatementJson[] {
  const out: PolicyStatementJson[] = [
    { Sid: 'FillTlsSecrets', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue'], Resource: [...r.secretArns] },
    {
      Sid: 'WriteClusterParameters', Effect: 'Allow', Action: ['ssm:AddTagsToResource', 'ssm:DeleteParameter', 'ssm:GetParameter', 'ssm:PutParameter'],
      Resource: [parameterArn(r, plan.clusterId.parameterName), parameterArn(r, plan.tls.caCertificateParameter)],
    },
    functionLogsStatement(r.logGroupArn),
  ];
  if (r.secretsKeyArn) {
    out.push({
      Sid: 'EncryptSecrets', Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: r.secretsKeyArn,
      Condition: { StringEquals: { 'kms:ViaService': `secretsmanager.${r.region}.amazonaws.com` } },
    });
  }
  return out;
}
