/**
 * Bootstrap broker strings. `AWS::MSK::Cluster` returns only `Arn` and `CurrentVersion`, so one
 * `AwsCustomResource` (fixed id `BootstrapBrokers`) calls `kafka:GetBootstrapBrokers` on create and on update.
 * Its physical id is the cluster's `CurrentVersion` (the ARN for Serverless): every cluster update (auth,
 * connectivity, ...) bumps it, which changes the resource's properties, so the strings are queried again
 * instead of going stale. API errors are not ignored: a failed call fails the deployment.
 */
import { Duration, Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct, IDependable } from 'constructs';
import { providerRoleAndLogs } from '../../aws/cdk/custom-resource-provider';
import type { BootstrapField } from '../plan-types';

export interface BootstrapBrokersOptions {
  readonly clusterArn: string;
  /** Changes whenever the cluster changes: `CurrentVersion` (provisioned) or the ARN (Serverless). */
  readonly clusterVersion: string;
  /** The fields the plan says the cluster exposes. */
  readonly fields: readonly BootstrapField[];
  /** Resources that must exist before the call besides the cluster, which the call references (SCRAM association, cluster policy). */
  readonly dependsOn: readonly (IDependable | undefined)[];
  /**
   * A deploy-time value the lookup must resolve first, appended to its physical id: an attribute of another custom
   * resource (the SCRAM association check) whose absence must fail the deployment.
   * @default - none
   */
  readonly gate?: string;
}

/** Creates the lookup and returns it; read a field with `getResponseField(field)`. */
export function createBootstrapBrokers(scope: Construct, o: BootstrapBrokersOptions): cr.AwsCustomResource {
  const call: cr.AwsSdkCall = {
    service: 'Kafka',
    action: 'getBootstrapBrokers',
    parameters: { ClusterArn: o.clusterArn },
    physicalResourceId: cr.PhysicalResourceId.of(o.gate === undefined ? o.clusterVersion : Fn.join('|', [o.clusterVersion, o.gate])),
    outputPaths: [...o.fields],
  };
  const { role, logGroup } = providerRoleAndLogs(scope);
  const resource = new cr.AwsCustomResource(scope, 'BootstrapBrokers', {
    resourceType: 'Custom::MskBootstrapBrokers',
    onCreate: call,
    onUpdate: call,
    policy: cr.AwsCustomResourcePolicy.fromStatements([new iam.PolicyStatement({ actions: ['kafka:GetBootstrapBrokers'], resources: [o.clusterArn] })]),
    role,
    logGroup,
    // The SDK in the Lambda runtime has GetBootstrapBrokers; installing the latest one needs internet access and ~60 s.
    installLatestAwsSdk: false,
    timeout: Duration.minutes(2),
  });
  for (const d of o.dependsOn) if (d) resource.node.addDependency(d);
  return resource;
}

/** The error thrown when a bootstrap string the cluster does not expose is asked for. */
export function bootstrapFieldError(clusterName: string, field: BootstrapField, available: readonly BootstrapField[], fix: string): Error {
  return new Error(
    `MSK cluster '${clusterName}' has no ${field}: ${fix} (available: ${available.length > 0 ? available.join(', ') : 'none'}).`,
  );
}
