/**
 * The provisioner function and its two custom resources (construct id `Provisioner`): `ClusterId` (generated once;
 * its properties never change, so CloudFormation never calls it again) and `Tls` (CA + node certificates into
 * Secrets Manager; called again only when the node list or `tls.generation` changes, and then fills blanks only).
 */
import { CustomResource, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { createDeployTimeFunction } from '../../aws/cdk/deploy-time-function';
import { provisionerPolicyStatements } from '../iam';
import type { SelfManagedClusterPlan } from '../plan-types';
import { clusterIdInput, provisionerFunction, tlsInput } from '../provisioner';

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
    this.function = createDeployTimeFunction(this, {
      spec: provisionerFunction(p.plan), policyName: 'Provisioner', removalPolicy: p.removalPolicy,
      statements: (logGroupArn) => provisionerPolicyStatements(p.plan, {
        partition: stack.partition, region: stack.region, account: stack.account, secretsKeyArn: p.key.keyArn,
        secretArns: [p.caSecret.secretArn, ...Object.values(p.nodeSecrets).map((s) => s.secretArn)], logGroupArn,
      }),
    }).function;

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
