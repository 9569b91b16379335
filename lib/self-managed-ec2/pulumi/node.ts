/**
 * One Kafka node as Pulumi resources, all named `${name}-${node}-...` and parented to the cluster component:
 * `-volume`, `-eni`, `-dns`, `-server-properties` (the other files are per role), `-role` (+ `-policy`),
 * `-profile`, `-lt`, `-asg` (exactly one instance, one subnet) and `-boot-hook` (its launch lifecycle hook).
 */
import * as pulumi from '@pulumi/pulumi';
import * as autoscaling from '@pulumi/aws/autoscaling';
import * as ebs from '@pulumi/aws/ebs';
import * as ec2 from '@pulumi/aws/ec2';
import * as iam from '@pulumi/aws/iam';
import * as route53 from '@pulumi/aws/route53';
import * as secretsmanager from '@pulumi/aws/secretsmanager';
import * as ssm from '@pulumi/aws/ssm';
import { KafkaValidationError } from '../../core/issues';
import { nodePolicyStatements } from '../iam';
import { nodeMovedIssues } from '../placement';
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';
import { renderNode, ssmTierFor, type NodeFiles } from '../render/node-files';
import { ROOT_VOLUME, TAGS } from '../defaults';

/** Name suffixes of the SSM parameters, by file (`${name}-<node>-server-properties`, `${name}-<role>-files-<suffix>`). */
export const PARAMETER_SUFFIXES: Record<Exclude<keyof NodeFiles, 'boot.sh'>, string> = {
  'server.properties': 'server-properties',
  'kafka.env': 'environment',
  'kafka.service': 'systemd-unit',
  'jmx-exporter.yml': 'jmx-exporter-config',
  'kafka-metrics.py': 'metrics-script',
  'kafka-metrics.service': 'metrics-unit',
  // One of the two per cluster (by Kafka line): the same name.
  'log4j.properties': 'log-config',
  'log4j2.xml': 'log-config',
  'node.py': 'node-helper',
  'serving.sh': 'serving-check',
};

export interface NodeContext {
  readonly name: string;
  readonly plan: SelfManagedClusterPlan;
  readonly parent: pulumi.Resource;
  readonly retain: boolean;
  readonly subnetId: pulumi.Input<string>;
  readonly securityGroupId: pulumi.Input<string>;
  readonly zoneId: pulumi.Input<string>;
  readonly account: pulumi.Output<{ partition: string; region: string; account: string }>;
  readonly sharedSecretArn: (secretName: string) => pulumi.Input<string>;
  /** Role-level file parameters, by role (the node's group waits for them). */
  readonly roleParameters: Record<string, ssm.Parameter[]>;
  readonly alarmTopicArn?: pulumi.Input<string>;
}

export interface NodeResources {
  readonly volume: ebs.Volume;
  readonly networkInterface: ec2.NetworkInterface;
  readonly tlsSecret: secretsmanager.Secret;
  readonly role: iam.Role;
  readonly launchTemplate: ec2.LaunchTemplate;
  readonly autoScalingGroup: autoscaling.Group;
  readonly parameters: ssm.Parameter[];
}

/** The node's resources; `tlsSecret` was created by the component (the provisioner needs it first); the group waits for `dependsOn`. */
/** One file in SSM Parameter Store, Advanced tier only above 4 KB. */
export function fileParameter(resourceName: string, parent: pulumi.Resource, name: string, text: string, what: string): ssm.Parameter {
  return new ssm.Parameter(resourceName, { name, type: 'String', value: text, tier: ssmTierFor(text), description: `kafka-iac ${what}` }, { parent });
}

export function createNode(c: NodeContext, node: NodePlan, tlsSecret: secretsmanager.Secret, dependsOn: pulumi.Resource[]): NodeResources {
  const n = `${c.name}-${node.name}`;
  const parent = { parent: c.parent };
  const retained = { parent: c.parent, retainOnDelete: c.retain };
  const files = renderNode(c.plan, node).files;
  const label = { Name: `${c.plan.clusterName}-${node.name}` };

  const volume = new ebs.Volume(`${n}-volume`, {
    availabilityZone: node.volume.availabilityZone, size: node.volume.sizeGiB, type: node.volume.type, iops: node.volume.iops,
    throughput: node.volume.throughputMiBps, encrypted: node.volume.encrypted, tags: { ...node.volume.tags, ...label },
    // The deployed AZ stays in the state (ignoreChanges), so a plan that moves the node is refused below, by name.
  }, { ...retained, protect: c.retain, ignoreChanges: ['availabilityZone'] });
  const placedVolumeId = pulumi.all([volume.id, volume.availabilityZone]).apply(([id, deployed]) => {
    const issues = nodeMovedIssues(node.name, deployed, node.volume.availabilityZone);
    if (issues.length > 0) throw new KafkaValidationError(`SelfManagedKafkaCluster '${c.name}'`, issues);
    return id;
  });
  const networkInterface = new ec2.NetworkInterface(`${n}-eni`, {
    subnetId: c.subnetId, securityGroups: [c.securityGroupId], description: `${c.plan.clusterName} ${node.name}: fixed address of ${node.dnsName}`,
    tags: { ...node.networkInterface.tags, ...label },
  }, parent);
  new route53.Record(`${n}-dns`, { zoneId: c.zoneId, name: node.dnsName, type: 'A', ttl: 300, records: [networkInterface.privateIp] }, parent);
  const parameters = [fileParameter(`${n}-server-properties`, c.parent, node.parameters.serverProperties, files['server.properties'], `${c.plan.clusterName} ${node.name}: server.properties`)];

  const role = new iam.Role(`${n}-role`, {
    assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
    description: `Instance role of ${c.plan.clusterName} ${node.name}: its own secrets, parameters, volume and interface only`,
  }, parent);
  const secretArns = node.iam.readSecrets.map((s) => (s === node.tlsSecretName ? tlsSecret.arn : c.sharedSecretArn(s)));
  new iam.RolePolicy(`${n}-policy`, {
    role: role.id,
    policy: pulumi.all([c.account, placedVolumeId, networkInterface.id, tlsSecret.kmsKeyId, pulumi.all(secretArns)]).apply(([a, volumeId, eniId, keyArn, arns]) => {
      const byName = new Map(node.iam.readSecrets.map((s, i) => [s, arns[i]!]));
      return JSON.stringify({
        Version: '2012-10-17',
        Statement: nodePolicyStatements(node, { ...a, secretArn: (s) => byName.get(s)!, volumeId, networkInterfaceId: eniId, secretsKeyArn: keyArn }),
      });
    }),
  }, parent);
  const profile = new iam.InstanceProfile(`${n}-profile`, { role: role.name }, parent);

  const launchTemplate = new ec2.LaunchTemplate(`${n}-lt`, {
    description: `kafka-iac ${c.plan.clusterName} ${node.name}`,
    // Resolved by EC2 at every launch: no lookup at preview, and the AMI never sits in state.
    imageId: `resolve:ssm:${node.amiSsmParameter}`,
    instanceType: node.instance.instanceType,
    userData: Buffer.from(files['boot.sh'], 'utf8').toString('base64'),
    iamInstanceProfile: { arn: profile.arn },
    vpcSecurityGroupIds: [c.securityGroupId],
    metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
    monitoring: { enabled: true },
    blockDeviceMappings: [{ deviceName: ROOT_VOLUME.deviceName, ebs: { volumeSize: ROOT_VOLUME.sizeGiB, volumeType: 'gp3', encrypted: 'true', deleteOnTermination: 'true' } }],
    // Root volumes carry the cluster tag but never the node id: the boot script must find only the node's own volume.
    tagSpecifications: [{ resourceType: 'volume', tags: { [TAGS.cluster]: c.plan.clusterName } }],
  }, parent);

  // The boot signal (render/boot-signal.ts). The launch hook is created with the group (`initialLifecycleHooks`), so it
  // holds the first instance too; the provider replaces a group whose initial hooks change, hence `ignoreChanges`, and
  // the `-boot-hook` resource below puts the same hook on groups created before it and carries later timeout changes.
  // `pulumi up` waits for the group's instance to be in service (the hook completed with CONTINUE) for at most the boot
  // timeout; an abandoned launch is a failed scaling activity, which the provider reports as an error.
  const hook = {
    name: c.plan.bootSignal.hookName, lifecycleTransition: 'autoscaling:EC2_INSTANCE_LAUNCHING', defaultResult: 'ABANDON',
    heartbeatTimeout: c.plan.bootSignal.heartbeatTimeoutSeconds,
  };
  const autoScalingGroup = new autoscaling.Group(`${n}-asg`, {
    minSize: 1, maxSize: 1,
    vpcZoneIdentifiers: [c.subnetId],
    launchTemplate: { id: launchTemplate.id, version: launchTemplate.latestVersion.apply((v) => String(v)) },
    healthCheckType: 'EC2', healthCheckGracePeriod: 900,
    initialLifecycleHooks: [hook],
    waitForCapacityTimeout: `${c.plan.bootSignal.timeoutMinutes}m`,
    tags: Object.entries({ ...node.iam.attachVolume.instanceTags, ...label }).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
  }, { parent: c.parent, dependsOn: [volume, networkInterface, tlsSecret, ...parameters, ...(c.roleParameters[node.role] ?? []), ...dependsOn], ignoreChanges: ['initialLifecycleHooks'] });
  new autoscaling.LifecycleHook(`${n}-boot-hook`, { ...hook, autoscalingGroupName: autoScalingGroup.name }, parent);
  if (c.alarmTopicArn) {
    new autoscaling.Notification(`${n}-notifications`, {
      groupNames: [autoScalingGroup.name], topicArn: c.alarmTopicArn,
      notifications: ['autoscaling:EC2_INSTANCE_LAUNCH', 'autoscaling:EC2_INSTANCE_LAUNCH_ERROR', 'autoscaling:EC2_INSTANCE_TERMINATE', 'autoscaling:EC2_INSTANCE_TERMINATE_ERROR'],
    }, parent);
  }
  return { volume, networkInterface, tlsSecret, role, launchTemplate, autoScalingGroup, parameters };
}
