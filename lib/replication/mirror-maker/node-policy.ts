/**
 * The instance role of the MirrorMaker 2 nodes as IAM policy JSON, from the plan: both faces map these statements
 * (CDK `PolicyStatement.fromJson`, Pulumi `JSON.stringify`), so they are decided once. Pure: no cloud SDK here.
 *
 * Every statement names exact resources except the actions AWS offers no resource-level permission for
 * (`cloudwatch:PutMetricData`, the SSM agent's), which reuse the reasons every kafka-iac EC2 node gives.
 */
import { UNSCOPED_NODE_ACTIONS } from '../../aws/ec2-node/unscoped-actions';
import type { AllowStatementJson as PolicyStatementJson } from '../../aws/iam-policy';
import type { MskIamResourceKind } from '../../aws/msk-iam-access';
import { METRICS_NAMESPACE } from './defaults';
import type { MirrorMaker2Plan } from './plan-types';
import type { ArtifactSource } from './spec';

export type { PolicyStatementJson };

/** Root volume of every node: the OS, Java and the Kafka distribution (MirrorMaker 2 keeps no data on disk). */
export const MIRROR_MAKER_ROOT_VOLUME_SPEC = { deviceName: '/dev/xvda', sizeGiB: 30 } as const;
/** Tag on the nodes, their volumes, group and security group. */
export const MIRROR_MAKER_TAG_KEY = 'kafka-iac:mirror-maker';

/** Account context and the ARN mapping of the face (token-safe on CDK). */
export interface MirrorMakerPolicyRefs {
  readonly partition: string;
  /** Account of the SSM parameters the nodes read (the deployment's own account). */
  readonly account: string;
  /** ARN of a topic, group or transactional id of the MSK cluster `clusterArn` (`lib/aws/msk-iam-access.ts` resourceArn). */
  readonly kafkaArn: (clusterArn: string, kind: MskIamResourceKind, name: string) => string;
}

/** Actions without resource-level permissions, with the reason cdk-nag is given for `Resource: *`. */
export const UNSCOPED_MIRROR_MAKER_ACTIONS = {
  PublishMetrics: UNSCOPED_NODE_ACTIONS.PublishMetrics,
  SsmAgent: {
    actions: UNSCOPED_NODE_ACTIONS.SsmAgent.actions,
    reason: 'The SSM agent (Session Manager instead of SSH, Run Command for patching) calls ssm:UpdateInstanceInformation, ssmmessages:* and ec2messages:*, '
      + 'which support no resource-level permissions (the AmazonSSMManagedInstanceCore actions, without its parameter and S3 rights).',
  },
} as const;

const pascal = (s: string) => s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');

/** ARN of an SSM parameter; names with and without the leading `/` both work. */
export function ssmParameterArn(partition: string, region: string, account: string, name: string): string {
  return `arn:${partition}:ssm:${region}:${account}:parameter${name.startsWith('/') ? '' : '/'}${name}`;
}

/** The S3 objects the boot script copies (distribution, IAM auth library, JMX exporter), sorted, without duplicates. */
export function s3ArtifactArns(plan: MirrorMaker2Plan, partition: string): string[] {
  const artifacts: (ArtifactSource | undefined)[] = [plan.distribution, plan.iamAuthLibrary, plan.jmxExporter?.source];
  const arns = artifacts.flatMap((a) => (a?.kind === 's3' ? [`arn:${partition}:s3:::${a.bucket}/${a.key}`] : []));
  return [...new Set(arns)].sort();
}

/** Every statement of the nodes' inline policy. */
export function mirrorMakerPolicyStatements(plan: MirrorMaker2Plan, r: MirrorMakerPolicyRefs): PolicyStatementJson[] {
  const out: PolicyStatementJson[] = [];
  for (const g of plan.iamGrants) {
    g.statements.forEach((s, i) => {
      if (s.resource !== 'cluster' && s.names.length === 0) return;
      out.push({
        Sid: `Kafka${pascal(g.alias)}${i + 1}`, Effect: 'Allow', Action: [...s.actions],
        Resource: s.resource === 'cluster' ? [g.clusterArn] : s.names.map((n) => r.kafkaArn(g.clusterArn, s.resource, n)),
      });
    });
  }
  if (plan.secretReads.length > 0) {
    out.push({ Sid: 'ReadCredentials', Effect: 'Allow', Action: ['secretsmanager:GetSecretValue'], Resource: [...new Set(plan.secretReads.map((s) => s.secretArn))] });
  }
  // Customer-managed keys of the secrets, only through Secrets Manager in the secret's own region.
  const regions = [...new Set(plan.secretReads.filter((s) => s.keyArn !== undefined).map((s) => s.region))];
  regions.forEach((region, i) => {
    const keys = [...new Set(plan.secretReads.filter((s) => s.region === region && s.keyArn !== undefined).map((s) => s.keyArn!))];
    out.push({
      Sid: `DecryptCredentials${i + 1}`, Effect: 'Allow', Action: ['kms:Decrypt'], Resource: keys,
      Condition: { StringEquals: { 'kms:ViaService': `secretsmanager.${region}.amazonaws.com` } },
    });
  });
  if (plan.parameterReads.length > 0) {
    out.push({
      Sid: 'ReadCaCertificates', Effect: 'Allow', Action: ['ssm:GetParameter'],
      Resource: [...new Set(plan.parameterReads.map((p) => ssmParameterArn(r.partition, p.region, r.account, p.name)))],
    });
  }
  const objects = s3ArtifactArns(plan, r.partition);
  if (objects.length > 0) out.push({ Sid: 'ReadArtifacts', Effect: 'Allow', Action: ['s3:GetObject'], Resource: objects });
  out.push({
    Sid: 'PublishMetrics', Effect: 'Allow', Action: [...UNSCOPED_MIRROR_MAKER_ACTIONS.PublishMetrics.actions], Resource: '*',
    Condition: { StringEquals: { 'cloudwatch:namespace': METRICS_NAMESPACE } },
  });
  out.push({ Sid: 'SsmAgent', Effect: 'Allow', Action: [...UNSCOPED_MIRROR_MAKER_ACTIONS.SsmAgent.actions], Resource: '*' });
  return out;
}
