/**
 * The provisioner function and its two custom resources (construct id `Provisioner`): `ClusterId` (generated once;
 * its properties never change, so CloudFormation never calls it again) and `Tls` (CA + node certificates into
 * Secrets Manager; called again only when the node list or `tls.generation` changes, and then fills blanks only).
 */
import { CustomResource, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { provisionerPolicyStatements } from '../iam';
import type { SelfManagedClusterPlan } from '../plan-types';
import {
  clusterIdInput, PROVISIONER_HANDLER, PROVISIONER_MEMORY_MB, PROVISIONER_RUNTIME, PROVISIONER_SOURCE, PROVISIONER_TIMEOUT_SECONDS, tlsInput,
} from '../provisioner';

export interface ProvisionerProps {
  readonly plan: SelfManagedClusterPlan;
  readonly key: kms.IKey;
  readonly caSecret: secretsmanager.ISecret;
  readonly nodeSecrets: Record<string, secretsmanager.ISecret>;
  readonly removalPolicy: RemovalPolicy;
}

export class Provisioner extends Construct {
  readonly function: lambda.Function;
  readonly clusterId: CustomResource;
  readonly tls: CustomResource;

  constructor(scope: Construct, id: string, p: ProvisionerProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const logGroup = new logs.LogGroup(this, 'LogGroup', { retention: logs.RetentionDays.ONE_YEAR, removalPolicy: p.removalPolicy });
    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `kafka-iac ${p.plan.clusterName}: generates the cluster id and TLS material at deploy time`,
      inlinePolicies: {
        Provisioner: new iam.PolicyDocument({
          statements: provisionerPolicyStatements(p.plan, {
            partition: stack.partition, region: stack.region, account: stack.account, secretsKeyArn: p.key.keyArn,
            secretArns: [p.caSecret.secretArn, ...Object.values(p.nodeSecrets).map((s) => s.secretArn)], logGroupArn: logGroup.logGroupArn,
          }).map((s) => iam.PolicyStatement.fromJson(s)),
        }),
      },
    });
    // cdk-nag names the finding after the log group's logical id: acknowledge exactly that resource pattern.
    const logGroupLogicalId = stack.getLogicalId(logGroup.node.defaultChild as logs.CfnLogGroup);
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${logGroupLogicalId}.Arn>:*]`,
      reason: 'Log streams of the provisioner function are created at run time, in its own log group only.',
    });
    this.function = new lambda.Function(this, 'Function', {
      description: `kafka-iac ${p.plan.clusterName}: cluster id and TLS material (never logged or returned)`,
      runtime: new lambda.Runtime(PROVISIONER_RUNTIME, lambda.RuntimeFamily.NODEJS, { supportsInlineCode: true }),
      handler: PROVISIONER_HANDLER,
      code: lambda.Code.fromInline(PROVISIONER_SOURCE),
      timeout: Duration.seconds(PROVISIONER_TIMEOUT_SECONDS),
      memorySize: PROVISIONER_MEMORY_MB,
      role,
      logGroup,
    });

    this.clusterId = new CustomResource(this, 'ClusterId', {
      serviceToken: this.function.functionArn,
      resourceType: 'Custom::KafkaClusterId',
      properties: { ...clusterIdInput(p.plan) },
    });
    const nodeArn = (name: string) => p.nodeSecrets[name]!.secretArn;
    this.tls = new CustomResource(this, 'Tls', {
      serviceToken: this.function.functionArn,
      resourceType: 'Custom::KafkaTlsMaterial',
      properties: { ...tlsInput(p.plan, p.caSecret.secretArn, nodeArn) },
    });
  }
}
