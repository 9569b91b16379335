/**
 * Cluster-level Pulumi resources of a self-managed cluster: security groups and rules, the provisioner function and
 * its invocations, the tiered-storage bucket and the rolling-restart document. Names are `${name}-...`.
 */
import * as pulumi from '@pulumi/pulumi';
import * as ec2 from '@pulumi/aws/ec2';
import type * as lambda from '@pulumi/aws/lambda';
import type * as s3 from '@pulumi/aws/s3';
import { createSecureBucket } from '../../aws/pulumi/secure-bucket';
import * as ssm from '@pulumi/aws/ssm';
import * as vpc from '@pulumi/aws/vpc';
import { createDeployTimeFunction, invokeAtDeploy } from '../../aws/pulumi/deploy-time-function';
import { provisionerPolicyStatements } from '../iam';
import type { SecurityGroupRulePlan, SelfManagedClusterPlan } from '../plan-types';
import { clusterIdInput, passwordsInput, provisionerFunction, tlsInput } from '../provisioner';
import { restartDocumentContent } from '../render/restart-node';

type Account = pulumi.Output<{ partition: string; region: string; account: string }>;

export interface SecurityGroups {
  readonly brokers: ec2.SecurityGroup;
  readonly controllers?: ec2.SecurityGroup;
}

/** Security groups with HTTPS egress and exactly the plan's node-to-node rules; client rules per allowed peer. */
export function createSecurityGroups(name: string, parent: pulumi.Resource, o: {
  plan: SelfManagedClusterPlan; vpcId: pulumi.Input<string>; clientSecurityGroupIds: pulumi.Input<string>[]; clientCidrs: pulumi.Input<string>[];
}): SecurityGroups {
  const opts = { parent };
  const make = (role: string) => {
    const sg = new ec2.SecurityGroup(`${name}-sg-${role}`, { vpcId: o.vpcId, description: `${o.plan.clusterName} Kafka ${role}`, revokeRulesOnDelete: true }, opts);
    new vpc.SecurityGroupEgressRule(`${name}-sg-${role}-out-443`, { securityGroupId: sg.id, ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIpv4: '0.0.0.0/0', description: 'HTTPS: AWS APIs, package repositories, Kafka artifacts' }, opts);
    return sg;
  };
  const groups: SecurityGroups = { brokers: make('brokers'), controllers: o.plan.securityGroupRules.some((r) => r.target === 'controllers') ? make('controllers') : undefined };
  const group = (role: 'brokers' | 'controllers') => (role === 'controllers' && groups.controllers ? groups.controllers : groups.brokers);
  const rule = (r: SecurityGroupRulePlan, peer: string, source: { referencedSecurityGroupId?: pulumi.Input<string>; cidrIpv4?: pulumi.Input<string> }) => {
    const id = `${name}-sg-${r.target}-in-${r.port}-${peer}`;
    new vpc.SecurityGroupIngressRule(id, { securityGroupId: group(r.target).id, ipProtocol: 'tcp', fromPort: r.port, toPort: r.port, description: r.description, ...source }, opts);
  };
  for (const r of o.plan.securityGroupRules) {
    if (r.source !== 'clients') {
      rule(r, r.source, { referencedSecurityGroupId: group(r.source).id });
      // The source side: Kafka ports out only to cluster nodes.
      new vpc.SecurityGroupEgressRule(`${name}-sg-${r.source}-out-${r.port}-${r.target}`, {
        securityGroupId: group(r.source).id, ipProtocol: 'tcp', fromPort: r.port, toPort: r.port, referencedSecurityGroupId: group(r.target).id, description: r.description,
      }, opts);
      continue;
    }
    o.clientSecurityGroupIds.forEach((sg, i) => rule(r, `client-sg-${i}`, { referencedSecurityGroupId: sg }));
    o.clientCidrs.forEach((cidr, i) => rule(r, `client-cidr-${i}`, { cidrIpv4: cidr }));
  }
  return groups;
}

/** The provisioner and its three invocations; returns what the nodes wait for, and the cluster id. */
export function createProvisioner(name: string, parent: pulumi.Resource, o: {
  plan: SelfManagedClusterPlan; account: Account; keyArn: pulumi.Input<string>; retain: boolean;
  caSecretArn: pulumi.Output<string>; nodeSecretArns: Record<string, pulumi.Output<string>>; sharedSecretArns: Record<string, pulumi.Output<string>>;
}): { invocations: lambda.Invocation[]; clusterId: pulumi.Output<string>; function: lambda.Function; caFingerprint: pulumi.Output<string> } {
  const secretArns = [o.caSecretArn, ...Object.values(o.nodeSecretArns), ...Object.values(o.sharedSecretArns)];
  const fn = createDeployTimeFunction(name, parent, {
    spec: provisionerFunction(o.plan), retain: o.retain,
    statements: (logGroup) => pulumi.all([o.account, o.keyArn, logGroup, pulumi.all(secretArns)]).apply(([a, keyArn, logGroupArn, arns]) =>
      provisionerPolicyStatements(o.plan, { ...a, secretsKeyArn: keyArn, secretArns: arns, logGroupArn })),
  });
  const invoke = (id: string, input: pulumi.Output<object> | object) => invokeAtDeploy(`${name}-${id}`, parent, fn, input);
  const clusterId = invoke('cluster-id', clusterIdInput(o.plan));
  const passwords = invoke('passwords', pulumi.all(o.sharedSecretArns).apply((arns) => passwordsInput(o.plan, (s) => arns[s]!)));
  const tls = invoke('tls-material', pulumi.all([o.caSecretArn, pulumi.all(o.nodeSecretArns)]).apply(([ca, nodes]) => tlsInput(o.plan, ca, (n) => nodes[n]!)));
  return {
    invocations: [clusterId, passwords, tls], clusterId: clusterId.result.apply((r) => JSON.parse(r).ClusterId as string),
    function: fn, caFingerprint: tls.result.apply((r) => String(JSON.parse(r).CaFingerprint ?? '')),
  };
}

/** SSE-KMS with a bucket key, TLS only, no public access, owner-enforced objects, abort-multipart lifecycle. */
export function createTieredStorageBucket(name: string, parent: pulumi.Resource, o: { bucketName: string; keyArn: pulumi.Input<string>; retain: boolean }): s3.Bucket {
  return createSecureBucket(`${name}-tiered-bucket`, parent, {
    bucketName: o.bucketName, keyArn: o.keyArn, retain: o.retain,
    lifecycleRules: [{ id: 'abort-incomplete-multipart-uploads', status: 'Enabled', filter: {}, abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } }],
  });
}

/** The SSM Command document restarting one node (`${name}-restart-document`). */
export function createRestartDocument(name: string, parent: pulumi.Resource, plan: SelfManagedClusterPlan): ssm.Document {
  return new ssm.Document(`${name}-restart-document`, {
    name: plan.restartDocumentName, documentType: 'Command', documentFormat: 'JSON',
    content: JSON.stringify(restartDocumentContent(plan)),
  }, { parent });
}
