/**
 * One Kafka node in CDK (construct id = the node name in PascalCase, e.g. `Broker1`): its own volume and network
 * interface, DNS record, TLS secret, SSM parameters holding its files, instance role, launch template and an Auto
 * Scaling group of exactly one instance pinned to one subnet.
 */
import { Duration, RemovalPolicy, Stack, Tags, Token, Validations } from 'aws-cdk-lib';
import * as autoscaling from 'aws-cdk-lib/aws-autoscaling';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { nodePolicyStatements, UNSCOPED_NODE_ACTIONS } from '../iam';
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';
import { renderNode, ssmTierFor, type NodeFiles } from '../render/node-files';
import { ROOT_VOLUME } from '../defaults';

/** Construct ids of the SSM parameters, by file (server.properties under the node, the others under the role's files). */
export const PARAMETER_IDS: Record<Exclude<keyof NodeFiles, 'boot.sh'>, string> = {
  'server.properties': 'ServerProperties',
  'kafka.env': 'Environment',
  'kafka.service': 'SystemdUnit',
  'jmx-exporter.yml': 'JmxExporterConfig',
  'kafka-metrics.py': 'MetricsScript',
  'kafka-metrics.service': 'MetricsUnit',
  // One of the two per cluster (by Kafka line): the same id.
  'log4j.properties': 'LogConfig',
  'log4j2.xml': 'LogConfig',
  'node.py': 'NodeHelper',
  'serving.sh': 'ServingCheck',
};

/** Placeholder of a secret the provisioner fills at deploy time (generated, so no literal sits in the template). */
export function pendingSecret(description: string): secretsmanager.SecretProps {
  return {
    description,
    generateSecretString: { secretStringTemplate: JSON.stringify({ state: 'pending' }), generateStringKey: 'placeholder', excludePunctuation: true, passwordLength: 16 },
  };
}

export function pascalName(name: string): string {
  return name.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p[0]!.toUpperCase() + p.slice(1)).join('');
}

export interface KafkaNodeProps {
  readonly plan: SelfManagedClusterPlan;
  readonly node: NodePlan;
  readonly vpc: ec2.IVpc;
  readonly subnet: ec2.ISubnet;
  readonly securityGroup: ec2.ISecurityGroup;
  readonly zone: route53.IHostedZone;
  readonly key: kms.IKey;
  readonly removalPolicy: RemovalPolicy;
  /** Exact ARN of a shared secret (SCRAM users, controller password) by its plan name. */
  readonly sharedSecretArn: (name: string) => string;
  /** The role-level file parameters the node reads (created once per role by the cluster). */
  readonly roleParameters: readonly ssm.StringParameter[];
  readonly alarmTopic?: sns.ITopic;
}

/** One node. Its children's ids are a contract: renaming one replaces the resource. */
export class KafkaNode extends Construct {
  readonly plan: NodePlan;
  readonly volume: ec2.CfnVolume;
  readonly networkInterface: ec2.CfnNetworkInterface;
  readonly dnsRecord: route53.ARecord;
  readonly tlsSecret: secretsmanager.Secret;
  readonly role: iam.Role;
  readonly launchTemplate: ec2.LaunchTemplate;
  readonly autoScalingGroup: autoscaling.AutoScalingGroup;
  readonly parameters: Record<string, ssm.StringParameter>;

  constructor(scope: Construct, id: string, p: KafkaNodeProps) {
    super(scope, id);
    const { node, plan } = p;
    this.plan = node;
    const stack = Stack.of(this);
    const files = renderNode(plan, node).files;

    this.volume = new ec2.CfnVolume(this, 'Volume', {
      availabilityZone: node.volume.availabilityZone,
      size: node.volume.sizeGiB,
      volumeType: node.volume.type,
      iops: node.volume.iops,
      throughput: node.volume.throughputMiBps,
      encrypted: node.volume.encrypted,
      tags: tagList({ ...node.volume.tags, Name: `${plan.clusterName}-${node.name}` }),
    });
    this.volume.applyRemovalPolicy(p.removalPolicy);

    this.networkInterface = new ec2.CfnNetworkInterface(this, 'NetworkInterface', {
      subnetId: p.subnet.subnetId,
      groupSet: [p.securityGroup.securityGroupId],
      description: `${plan.clusterName} ${node.name}: fixed address of ${node.dnsName}`,
      tags: tagList({ ...node.networkInterface.tags, Name: `${plan.clusterName}-${node.name}` }),
    });

    this.dnsRecord = new route53.ARecord(this, 'DnsRecord', {
      zone: p.zone,
      recordName: `${node.dnsName}.`,
      target: route53.RecordTarget.fromIpAddresses(this.networkInterface.attrPrimaryPrivateIpAddress),
      ttl: Duration.minutes(5),
    });

    this.tlsSecret = new secretsmanager.Secret(this, 'TlsSecret', {
      ...pendingSecret(`TLS key and certificate of ${node.dnsName} (${plan.clusterName}), issued by the cluster CA at deploy time`),
      secretName: node.tlsSecretName,
      encryptionKey: p.key,
      removalPolicy: p.removalPolicy,
    });
    Validations.of(this.tlsSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Holds the node key and certificate issued by the cluster CA. A Secrets Manager rotation function cannot reload a running broker keystore; '
        + 're-issue with `tls.generation` and replace the instances one at a time (runbook).',
    });

    this.parameters = { 'server.properties': fileParameter(this, node.parameters.serverProperties, files['server.properties'], `${plan.clusterName} ${node.name}: server.properties`) };

    const secretArn = (name: string) => (name === node.tlsSecretName ? this.tlsSecret.secretArn : p.sharedSecretArn(name));
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      description: `Instance role of ${plan.clusterName} ${node.name}: its own secrets, parameters, volume and interface only`,
      inlinePolicies: {
        Node: new iam.PolicyDocument({
          statements: nodePolicyStatements(node, {
            partition: stack.partition, region: stack.region, account: stack.account, secretArn,
            volumeId: this.volume.ref, networkInterfaceId: this.networkInterface.ref, secretsKeyArn: p.key.keyArn, cloudFormationStackId: stack.stackId,
          }).map((s) => iam.PolicyStatement.fromJson(s)),
        }),
      },
    });
    acknowledgeWildcards(this.role, node);

    this.launchTemplate = new ec2.LaunchTemplate(this, 'LaunchTemplate', {
      machineImage: ec2.MachineImage.fromSsmParameter(node.amiSsmParameter),
      instanceType: new ec2.InstanceType(node.instance.instanceType),
      userData: ec2.UserData.custom(files['boot.sh']),
      role: this.role,
      securityGroup: p.securityGroup,
      requireImdsv2: true,
      httpPutResponseHopLimit: 1,
      detailedMonitoring: true,
      blockDevices: [{
        deviceName: ROOT_VOLUME.deviceName,
        volume: ec2.BlockDeviceVolume.ebs(ROOT_VOLUME.sizeGiB, { encrypted: true, volumeType: ec2.EbsDeviceVolumeType.GP3, deleteOnTermination: true }),
      }],
    });

    // Exactly one instance, in one subnet: a replacement comes back in the same AZ, to the same volume and address.
    this.autoScalingGroup = new autoscaling.AutoScalingGroup(this, 'Group', {
      vpc: p.vpc,
      vpcSubnets: { subnets: [p.subnet] },
      launchTemplate: this.launchTemplate,
      minCapacity: 1,
      maxCapacity: 1,
      healthChecks: autoscaling.HealthChecks.ec2({ gracePeriod: Duration.minutes(15) }),
      notifications: p.alarmTopic ? [{ topic: p.alarmTopic }] : undefined,
    });
    applyBootSignal(this.autoScalingGroup, plan);
    for (const [k, v] of Object.entries(node.iam.attachVolume.instanceTags)) Tags.of(this.autoScalingGroup).add(k, v, { applyToLaunchedInstances: true });
    Tags.of(this.autoScalingGroup).add('Name', `${plan.clusterName}-${node.name}`, { applyToLaunchedInstances: true });
    // Created before the instance boots; on deletion the instance goes first and releases them.
    this.autoScalingGroup.node.addDependency(this.volume, this.networkInterface, this.tlsSecret, ...Object.values(this.parameters), ...p.roleParameters);
    if (!p.alarmTopic) {
      Validations.of(this.autoScalingGroup).acknowledge({
        id: 'AwsSolutions-AS3',
        reason: 'A one-instance group per node: instance replacement shows in the node alarms (disk, under-replicated partitions); pass `alarmTopic` to also get scaling notifications.',
      });
    }
  }
}

/**
 * The boot signal (render/boot-signal.ts) on the group itself. The launch hook goes into the group's
 * `LifecycleHookSpecificationList`, so it exists before the first instance launches (a separate
 * AWS::AutoScaling::LifecycleHook is created after the group, when its first instance may already be in service).
 * The CreationPolicy makes CloudFormation wait for the boot script's signal: a stack operation that creates the group
 * fails on a FAILURE signal or when none arrives in time, instead of relying on how long CloudFormation waits for a new
 * group's instances, which it does not document. Both apply to replacements differently: the hook holds every launch,
 * the CreationPolicy only the group's creation.
 */
export function applyBootSignal(group: autoscaling.AutoScalingGroup, plan: SelfManagedClusterPlan): void {
  const cfn = group.node.defaultChild as autoscaling.CfnAutoScalingGroup;
  cfn.lifecycleHookSpecificationList = [{
    lifecycleHookName: plan.bootSignal.hookName,
    lifecycleTransition: autoscaling.LifecycleTransition.INSTANCE_LAUNCHING,
    defaultResult: autoscaling.DefaultResult.ABANDON,
    heartbeatTimeout: plan.bootSignal.heartbeatTimeoutSeconds,
  }];
  cfn.cfnOptions.creationPolicy = autoscaling.Signals.waitForAll({ timeout: Duration.minutes(plan.bootSignal.timeoutMinutes) }).renderCreationPolicy({ minCapacity: 1 });
}

/** One file in SSM Parameter Store (construct id by file), Advanced tier only above 4 KB. */
export function fileParameter(scope: Construct, parameterName: string, text: string, what: string, id = 'ServerProperties'): ssm.StringParameter {
  return new ssm.StringParameter(scope, id, {
    parameterName, stringValue: text, description: `kafka-iac ${what}`,
    tier: ssmTierFor(text) === 'Advanced' ? ssm.ParameterTier.ADVANCED : ssm.ParameterTier.STANDARD,
  });
}

function tagList(tags: Record<string, string>): { key: string; value: string }[] {
  return Object.entries(tags).map(([key, value]) => ({ key, value }));
}

/** IAM5 findings of the node role, each with the reason the plan gives for its wildcard. */
function acknowledgeWildcards(role: iam.Role, node: NodePlan): void {
  // cdk-nag names a finding after the flattened ARN: pseudo parameters as <AWS::Region>, an explicit env as literals.
  const stack = Stack.of(role);
  const flat = (v: string, pseudo: string) => (Token.isUnresolved(v) ? `<AWS::${pseudo}>` : v);
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: [UNSCOPED_NODE_ACTIONS.DescribeOwnResources.reason, UNSCOPED_NODE_ACTIONS.PublishMetrics.reason, UNSCOPED_NODE_ACTIONS.SsmAgent.reason,
      UNSCOPED_NODE_ACTIONS.FindOwnGroup.reason].join(' '),
  });
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:autoscaling:${flat(stack.region, 'Region')}:${flat(stack.account, 'AccountId')}:autoScalingGroup:*:autoScalingGroupName/*]`,
    reason: `CompleteLifecycleAction only on the Auto Scaling group tagged with this cluster and node id ${node.nodeId} (autoscaling:ResourceTag condition): the group's ARN holds an id known only once the group exists, and the group is created after this role, whose permission its first instance already needs.`,
  });
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ec2:${flat(stack.region, 'Region')}:${flat(stack.account, 'AccountId')}:instance/*]`,
    reason: `AttachVolume and AttachNetworkInterface name the node's own volume and interface exactly; the instance is matched by its tags (cluster + node id ${node.nodeId}), since the instance id is only known at launch.`,
  });
  for (const s of node.iam.s3) {
    if (s.keyPattern === undefined || !s.keyPattern.endsWith('*')) continue;
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::${s.bucket}/${s.keyPattern}]`,
      reason: 'Tiered storage writes and deletes segment objects under the configured key prefix only (Aiven RemoteStorageManager); object names are chosen at run time.',
    });
  }
}
