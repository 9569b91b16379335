/**
 * SelfManagedKafkaCluster (CDK): every security-relevant fact of the template, on one synth per setup.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { KafkaValidationError } from '../../../lib/core';
import { renderNodeFiles, USER_DATA_LIMIT_BYTES } from '../../../lib/self-managed-ec2';
import { SelfManagedKafkaCluster, type SelfManagedKafkaClusterProps } from '../../../lib/self-managed-ec2/cdk';
import { AZS3, EXPORTER, KAFKA_440, spec, TIERED } from '../fixtures';
import { literalText, logicalIdOf, resourcesOf, SECRET_MARKERS, secretFindings, type TemplateJson } from './support';

function synth(props: SelfManagedKafkaClusterProps | ((s: Stack) => SelfManagedKafkaClusterProps), extra?: (s: Stack, c: SelfManagedKafkaCluster) => void) {
  const app = new App({ builtinCloudFormationValidation: false });
  const stack = new Stack(app, 'S');
  const cluster = new SelfManagedKafkaCluster(stack, 'Cluster', typeof props === 'function' ? props(stack) : props);
  extra?.(stack, cluster);
  const t = Template.fromStack(stack);
  return { stack, cluster, t, json: t.toJSON() as TemplateJson };
}

const { kmsKeyArn: _k, ...tieredCreateKey } = TIERED;
void _k;

describe('production: 3 controllers, 6 brokers, SCRAM, tiered storage (created bucket and key), exporter', () => {
  const { stack, cluster, t, json } = synth(
    { ...spec({ brokers: { count: 6 }, tieredStorage: tieredCreateKey, monitoring: { jmxExporter: EXPORTER } }), availabilityZones: AZS3 },
    (s, c) => c.allowClientsFrom(new ec2.SecurityGroup(s, 'Apps', { vpc: c.vpc, allowAllOutbound: false })),
  );
  const plan = cluster.plan;
  const files = renderNodeFiles(plan);
  const node = (name: string) => cluster.nodes[name]!;

  test('one Auto Scaling group of exactly one instance per node, pinned to one subnet in the node AZ, no rolling replacement', () => {
    t.resourceCountIs('AWS::AutoScaling::AutoScalingGroup', 9);
    for (const n of plan.nodes) {
      const asg = json.Resources[logicalIdOf(stack, node(n.name).autoScalingGroup)]!;
      expect(asg.Properties).toMatchObject({ MinSize: '1', MaxSize: '1', HealthCheckType: 'EC2' });
      const subnets = asg.Properties.VPCZoneIdentifier as { Ref: string }[];
      expect(subnets).toHaveLength(1);
      expect(json.Resources[subnets[0]!.Ref]!.Properties.AvailabilityZone).toBe(n.availabilityZone);
      expect(asg.UpdatePolicy ?? {}).not.toHaveProperty('AutoScalingRollingUpdate');
      expect(asg.UpdatePolicy ?? {}).not.toHaveProperty('AutoScalingReplacingUpdate');
      expect(asg.Properties.Tags).toEqual(expect.arrayContaining([
        { Key: 'kafka-iac:cluster', Value: 'orders', PropagateAtLaunch: true }, { Key: 'kafka-iac:node-id', Value: String(n.nodeId), PropagateAtLaunch: true },
      ]));
    }
  });

  test('launch templates: AL2023 arm64 from the SSM public parameter, IMDSv2 only (hop limit 1), encrypted root, detailed monitoring', () => {
    const lts = resourcesOf(json, 'AWS::EC2::LaunchTemplate');
    expect(lts).toHaveLength(9);
    for (const [, lt] of lts) {
      const d = lt.Properties.LaunchTemplateData as Record<string, unknown>;
      expect(d.MetadataOptions).toEqual({ HttpTokens: 'required', HttpPutResponseHopLimit: 1 });
      expect(d.BlockDeviceMappings).toEqual([{ DeviceName: '/dev/xvda', Ebs: { DeleteOnTermination: true, Encrypted: true, VolumeSize: 30, VolumeType: 'gp3' } }]);
      expect(d.Monitoring).toEqual({ Enabled: true });
      const param = (d.ImageId as { Ref: string }).Ref;
      expect(t.toJSON().Parameters[param]).toEqual({ Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64' });
      // Root volumes carry the cluster tag but never a node id: the boot script must find only the node's own volume.
      expect(JSON.stringify(d.TagSpecifications)).not.toContain('kafka-iac:node-id');
    }
  });

  test('user data is exactly the rendered boot script of the node, below 16 KB, with no secret', () => {
    for (const f of files) {
      const lt = json.Resources[logicalIdOf(stack, node(f.nodeName).launchTemplate)]!;
      const userData = literalText((lt.Properties.LaunchTemplateData as { UserData: unknown }).UserData);
      expect(userData).toBe(f.files['boot.sh']);
      expect(Buffer.byteLength(userData)).toBeLessThan(USER_DATA_LIMIT_BYTES);
      for (const m of SECRET_MARKERS) expect(userData).not.toMatch(m);
    }
  });

  test('volumes: separate, encrypted, retained, in the node AZ, tagged with cluster and node id; created before the instance', () => {
    for (const n of plan.nodes) {
      const id = logicalIdOf(stack, node(n.name).volume);
      const v = json.Resources[id]!;
      expect(v).toMatchObject({ Type: 'AWS::EC2::Volume', DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
      expect(v.Properties).toMatchObject({ Encrypted: true, AvailabilityZone: n.availabilityZone, Size: n.volume.sizeGiB, VolumeType: 'gp3' });
      expect(v.Properties.Tags).toEqual(expect.arrayContaining([{ Key: 'kafka-iac:cluster', Value: 'orders' }, { Key: 'kafka-iac:node-id', Value: String(n.nodeId) }]));
      expect(json.Resources[logicalIdOf(stack, node(n.name).autoScalingGroup)]!.DependsOn).toEqual(expect.arrayContaining([id, logicalIdOf(stack, node(n.name).networkInterface)]));
    }
  });

  test('DNS: private zone on the VPC; one A record per node on the fixed address of its own network interface', () => {
    t.hasResourceProperties('AWS::Route53::HostedZone', { Name: 'orders.kafka.internal.', VPCs: [Match.objectLike({ VPCId: Match.anyValue() })] });
    for (const n of plan.nodes) {
      const eni = logicalIdOf(stack, node(n.name).networkInterface);
      t.hasResourceProperties('AWS::Route53::RecordSet', { Name: `${n.dnsName}.`, Type: 'A', ResourceRecords: [{ 'Fn::GetAtt': [eni, 'PrimaryPrivateIpAddress'] }] });
      expect(json.Resources[eni]!.Properties.Tags).toEqual(expect.arrayContaining([{ Key: 'kafka-iac:node-id', Value: String(n.nodeId) }]));
    }
  });

  test('security groups: clients reach only the client listener of brokers; controllers only from cluster nodes; egress HTTPS + cluster ports', () => {
    const sg = (c?: ec2.ISecurityGroup) => ({ 'Fn::GetAtt': [logicalIdOf(stack, c!), 'GroupId'] });
    const brokers = sg(cluster.securityGroups.brokers);
    const controllers = sg(cluster.securityGroups.controllers);
    const apps = { 'Fn::GetAtt': [stack.getLogicalId(stack.node.findChild('Apps').node.defaultChild as ec2.CfnSecurityGroup), 'GroupId'] };
    const ingress = resourcesOf(json, 'AWS::EC2::SecurityGroupIngress').map(([, r]) => [r.Properties.GroupId, r.Properties.SourceSecurityGroupId, r.Properties.FromPort, r.Properties.ToPort]);
    expect(ingress).toHaveLength(5);
    expect(ingress).toEqual(expect.arrayContaining([
      [controllers, brokers, 9093, 9093], [controllers, controllers, 9093, 9093], [brokers, brokers, 9091, 9091], [brokers, controllers, 9091, 9091], [brokers, apps, 9096, 9096],
    ]));
    for (const [, g] of resourcesOf(json, 'AWS::EC2::SecurityGroup').filter(([id]) => id.startsWith('ClusterBroker') || id.startsWith('ClusterController'))) {
      expect(g.Properties.SecurityGroupIngress).toBeUndefined();
      expect(g.Properties.SecurityGroupEgress).toEqual([{ CidrIp: '0.0.0.0/0', IpProtocol: 'tcp', FromPort: 443, ToPort: 443, Description: expect.stringContaining('HTTPS') }]);
    }
  });

  test('IAM: each instance role reads its own TLS secret (controllers also the SCRAM users), attaches only its volume and interface', () => {
    for (const n of plan.nodes) {
      const role = json.Resources[logicalIdOf(stack, node(n.name).role)]!;
      const statements = (role.Properties.Policies as { PolicyDocument: { Statement: Record<string, unknown>[] } }[])[0]!.PolicyDocument.Statement;
      const bySid = Object.fromEntries(statements.map((s) => [s.Sid, s]));
      const secrets = [{ Ref: logicalIdOf(stack, node(n.name).tlsSecret) }, ...(n.role === 'controller' ? plan.scramUsers.map((u) => ({ Ref: logicalIdOf(stack, cluster.scramSecrets[u.user]!) })) : [])];
      expect(bySid.ReadOwnSecrets!.Resource).toEqual(secrets.length === 1 ? secrets[0] : secrets);
      expect(JSON.stringify(bySid.AttachOwnVolume!.Resource)).toContain(logicalIdOf(stack, node(n.name).volume));
      expect(bySid.AttachOwnVolume!.Condition).toEqual({ StringEquals: { 'aws:ResourceTag/kafka-iac:cluster': 'orders', 'aws:ResourceTag/kafka-iac:node-id': String(n.nodeId) } });
      expect(JSON.stringify(bySid.AttachOwnNetworkInterface!.Resource)).toContain(logicalIdOf(stack, node(n.name).networkInterface));
      expect(bySid.PublishMetrics!.Condition).toEqual({ StringEquals: { 'cloudwatch:namespace': 'KafkaIac/SelfManaged' } });
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
      // Brokers alone write tiered storage.
      expect(statements.some((s) => JSON.stringify(s.Action).includes('s3:PutObject'))).toBe(n.role === 'broker');
    }
  });

  test('boot signal: every group is created with its launch hook (ABANDON by default) and a CreationPolicy; the role completes only its own group\'s hook', () => {
    for (const n of plan.nodes) {
      const asg = json.Resources[logicalIdOf(stack, node(n.name).autoScalingGroup)]!;
      expect(asg.Properties.LifecycleHookSpecificationList).toEqual([
        { LifecycleHookName: 'kafka-iac-node-serving', LifecycleTransition: 'autoscaling:EC2_INSTANCE_LAUNCHING', DefaultResult: 'ABANDON', HeartbeatTimeout: 1800 },
      ]);
      expect(asg.CreationPolicy).toEqual({ ResourceSignal: { Count: 1, Timeout: 'PT30M' } });
      const role = json.Resources[logicalIdOf(stack, node(n.name).role)]!;
      const statements = (role.Properties.Policies as { PolicyDocument: { Statement: Record<string, unknown>[] } }[])[0]!.PolicyDocument.Statement;
      const bySid = Object.fromEntries(statements.map((x) => [x.Sid, x]));
      expect(bySid.CompleteOwnBootHook).toEqual({
        Sid: 'CompleteOwnBootHook', Effect: 'Allow', Action: 'autoscaling:CompleteLifecycleAction',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':autoscaling:', { Ref: 'AWS::Region' }, ':', { Ref: 'AWS::AccountId' }, ':autoScalingGroup:*:autoScalingGroupName/*']] },
        Condition: { StringEquals: { 'autoscaling:ResourceTag/kafka-iac:cluster': 'orders', 'autoscaling:ResourceTag/kafka-iac:node-id': String(n.nodeId) } },
      });
      expect(bySid.SignalOwnStack).toEqual({ Sid: 'SignalOwnStack', Effect: 'Allow', Action: 'cloudformation:SignalResource', Resource: { Ref: 'AWS::StackId' } });
      expect(bySid.FindOwnGroup).toEqual({ Sid: 'FindOwnGroup', Effect: 'Allow', Action: 'autoscaling:DescribeAutoScalingGroups', Resource: '*' });
    }
    // A separate AWS::AutoScaling::LifecycleHook would come after the group and miss its first instance.
    t.resourceCountIs('AWS::AutoScaling::LifecycleHook', 0);
    // The group tags the condition matches are on the group itself.
    t.resourcePropertiesCountIs('AWS::AutoScaling::AutoScalingGroup', { Tags: Match.arrayWith([{ Key: 'kafka-iac:node-id', Value: '101', PropagateAtLaunch: true }]) }, 1);
    // Nodes without a NAT path reach Auto Scaling and CloudFormation through interface endpoints of the default VPC.
    for (const service of ['autoscaling', 'cloudformation']) {
      t.hasResourceProperties('AWS::EC2::VPCEndpoint', { ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, `.${service}`]] }, VpcEndpointType: 'Interface' });
    }
  });

  test('secrets: placeholders or generated values only, KMS-encrypted, retained; names from the plan', () => {
    const secrets = resourcesOf(json, 'AWS::SecretsManager::Secret');
    expect(secrets).toHaveLength(9 + 1 + 2);
    for (const [, s] of secrets) {
      expect(s.Properties.SecretString).toBeUndefined();
      expect(s.Properties.GenerateSecretString).toBeDefined();
      expect(s.Properties.KmsKeyId).toEqual({ 'Fn::GetAtt': [logicalIdOf(stack, cluster.encryptionKey), 'Arn'] });
      expect(s.DeletionPolicy).toBe('Retain');
    }
    expect(secrets.map(([, s]) => s.Properties.Name).sort()).toEqual([plan.tls.caSecretName, ...plan.nodes.map((n) => n.tlsSecretName), ...plan.scramUsers.map((u) => u.secretName)].sort());
  });

  test('SSM parameters hold each node file exactly as rendered (server.properties per node, the rest once per role), Advanced only above 4 KB', () => {
    const params = resourcesOf(json, 'AWS::SSM::Parameter');
    expect(params).toHaveLength(9 + 2 * 8);
    const byName = new Map(params.map(([, p]) => [p.Properties.Name, p.Properties]));
    for (const f of files) {
      const n = plan.nodes.find((x) => x.name === f.nodeName)!;
      const sp = byName.get(n.parameters.serverProperties)!;
      expect(sp.Value).toBe(f.files['server.properties']);
      expect(sp.Tier).toBe(Buffer.byteLength(f.files['server.properties']) > 4096 ? 'Advanced' : 'Standard');
      expect(byName.get(n.parameters.systemdUnit)!.Value).toBe(f.files['kafka.service']);
      expect(byName.get(n.parameters.metricsScript)!.Value).toBe(f.files['kafka-metrics.py']);
      expect(byName.get(n.parameters.environment)!.Value).toBe(f.files['kafka.env']);
    }
  });

  test('cluster id and TLS material come from the provisioner custom resources; instances start after them', () => {
    t.hasResourceProperties('Custom::KafkaClusterId', { Action: 'cluster-id', ParameterName: '/kafka-iac/orders/cluster-id', RetainOnDelete: 'true' });
    const tls = resourcesOf(json, 'Custom::KafkaTlsMaterial')[0]![1].Properties as { Nodes: { Name: string; DnsName: string }[] };
    expect(tls.Nodes.map((n) => [n.Name, n.DnsName])).toEqual(plan.nodes.map((n) => [n.name, n.dnsName]));
    t.hasResourceProperties('AWS::Lambda::Function', { Runtime: 'nodejs24.x', Code: { ZipFile: Match.stringLikeRegexp('kafka-iac provisioner') } });
    for (const n of Object.values(cluster.nodes)) {
      expect(json.Resources[logicalIdOf(stack, n.autoScalingGroup)]!.DependsOn).toEqual(expect.arrayContaining([
        logicalIdOf(stack, cluster.provisioner.clusterId), logicalIdOf(stack, cluster.provisioner.tls),
      ]));
    }
    const cid = json.Resources[logicalIdOf(stack, cluster.provisioner.clusterId)]!;
    expect(Object.keys(cid.Properties).sort()).toEqual(['Action', 'ParameterName', 'RetainOnDelete', 'ServiceToken']);
  });

  test('tiered storage bucket: KMS (bucket key), TLS only, public access blocked, abort-multipart lifecycle, retained', () => {
    const [id, b] = resourcesOf(json, 'AWS::S3::Bucket')[0]!;
    expect(b.DeletionPolicy).toBe('Retain');
    expect(b.Properties).toMatchObject({
      BucketName: 'orders-tiered',
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] },
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
      LifecycleConfiguration: { Rules: [{ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 }, Status: 'Enabled', Id: 'abort-incomplete-multipart-uploads' }] },
    });
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  test('alarms from the plan; rolling-restart document; warnings none', () => {
    t.resourceCountIs('AWS::CloudWatch::Alarm', plan.alarms.length);
    t.hasResourceProperties('AWS::SSM::Document', {
      Name: 'kafka-iac-orders-restart-node', DocumentType: 'Command',
      Content: Match.objectLike({
        schemaVersion: '2.2',
        parameters: {
          allowActiveController: Match.objectLike({ type: 'String', default: 'no', allowedPattern: '^(yes|no)$' }),
          timeoutSeconds: Match.objectLike({ type: 'String', default: '1800', allowedPattern: '^[1-9][0-9]{1,4}$' }),
        },
      }),
    });
    expect(plan.warnings).toEqual([]);
  });

  test('no key material, password or generated credential anywhere in the template', () => {
    expect(secretFindings(json)).toEqual([]);
  });

  test('grants and bootstrap strings', () => {
    const role = new iam.Role(stack, 'Reader', { assumedBy: new iam.ServicePrincipal('ecs-tasks.amazonaws.com') });
    cluster.grantReadCaCertificate(role);
    cluster.grantReadScramSecret('audit', role);
    expect(() => cluster.grantReadScramSecret('nobody', role)).toThrow(/no SCRAM user 'nobody'/);
    expect(cluster.bootstrapServersScram.split(',')).toHaveLength(6);
    expect(() => cluster.bootstrapServersMtls).toThrow(/enable `clientAuthentication.mtls`/);
  });
});

describe('variants', () => {
  test('removal destroy: volumes, secrets, bucket and key are deleted with the stack', () => {
    const { json } = synth({ ...spec({ removal: 'destroy', tieredStorage: tieredCreateKey }), availabilityZones: AZS3 });
    for (const type of ['AWS::EC2::Volume', 'AWS::SecretsManager::Secret', 'AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::Route53::HostedZone']) {
      for (const [, r] of resourcesOf(json, type)) expect([type, r.DeletionPolicy]).toEqual([type, 'Delete']);
    }
  });

  test('default VPC without AZ names: AZs come from its subnets as tokens, resolved in user data at deploy time', () => {
    const { json, cluster, stack } = synth({ ...spec(), availabilityZones: undefined });
    const lt = json.Resources[logicalIdOf(stack, cluster.nodes['broker-2']!.launchTemplate)]!;
    const userData = (lt.Properties.LaunchTemplateData as { UserData: { 'Fn::Base64': { 'Fn::Join': [string, unknown[]] } } }).UserData;
    expect(JSON.stringify(userData['Fn::Base64']['Fn::Join'][1])).toContain('Fn::Select');
    expect(literalText(userData)).toContain("EXPECTED_AZ='<ref>'");
  });

  test('a passed VPC: nodes in its isolated subnets; mTLS clients + SASL PLAIN controllers (shared password secret)', () => {
    const { json, cluster } = synth((s) => ({
      ...spec({ clientAuthentication: { mtls: {} }, controllerListenerAuthentication: 'sasl-plain', quorum: 'static' }),
      availabilityZones: undefined,
      vpc: new ec2.Vpc(s, 'Vpc', { availabilityZones: AZS3, natGateways: 0, subnetConfiguration: [{ name: 'Kafka', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] }),
    }));
    expect(cluster.plan.availabilityZones).toEqual(AZS3);
    expect(cluster.kafkaVpc).toBeUndefined();
    expect(resourcesOf(json, 'AWS::SecretsManager::Secret').map(([, r]) => r.Properties.Name)).toContain('kafka-iac/orders/controller-password');
    expect(cluster.bootstrapServersMtls).toContain(':9094');
  });

  test('Kafka 4.4 with group limits: the props reach every node\'s server.properties parameter and the format flags', () => {
    const { json, cluster } = synth({
      ...spec({ kafkaVersion: '4.4.0', distribution: KAFKA_440, groups: { share: { maxSize: 500 }, streams: { enabled: false } } }), availabilityZones: AZS3,
    });
    const values = resourcesOf(json, 'AWS::SSM::Parameter').map(([, p]) => p.Properties).filter((p) => String(p.Name).endsWith('/server.properties')).map((p) => String(p.Value));
    expect(values).toHaveLength(cluster.plan.nodes.length);
    for (const v of values) expect(v).toContain('\n# Share groups (KIP-932)\ngroup.share.max.size=500\n');
    expect(cluster.plan.groups.formatFeatures).toEqual(['share.version=1', 'streams.version=0']);
  });

  test('bootTimeoutMinutes sets the hook\'s heartbeat and the CreationPolicy timeout', () => {
    const { json } = synth({ ...spec({ bootTimeoutMinutes: 45 }), availabilityZones: AZS3 });
    const groups = resourcesOf(json, 'AWS::AutoScaling::AutoScalingGroup');
    expect(groups).toHaveLength(6);
    for (const [, g] of groups) {
      expect((g.Properties.LifecycleHookSpecificationList as { HeartbeatTimeout: number }[])[0]!.HeartbeatTimeout).toBe(2700);
      expect(g.CreationPolicy).toEqual({ ResourceSignal: { Count: 1, Timeout: 'PT45M' } });
    }
  });

  test('URL artifacts: the default VPC gets NAT egress and the nodes go to its egress subnets', () => {
    const { cluster } = synth({ ...spec(), availabilityZones: AZS3 });
    expect(cluster.kafkaVpc!.plan.natGateways).toBeGreaterThan(0);
  });

  test('30 brokers fit one stack: files shared per role keep it under CloudFormation\'s 500 resources', () => {
    const { json } = synth({ ...spec({ brokers: { count: 30 }, tieredStorage: tieredCreateKey, monitoring: { jmxExporter: EXPORTER } }), availabilityZones: AZS3 });
    expect(Object.keys(json.Resources).length).toBeLessThan(500);
  });

  test('bad input throws one KafkaValidationError listing every issue', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Bad');
    expect(() => new SelfManagedKafkaCluster(stack, 'C', { ...spec({ controllers: { count: 4 as 3 }, clientAuthentication: {} }), availabilityZones: AZS3 }))
      .toThrow(KafkaValidationError);
    expect(() => new SelfManagedKafkaCluster(new Stack(app, 'FiveAzs'), 'C', { ...spec(), availabilityZones: ['a', 'b', 'c', 'd', 'e'] })).toThrow(/2 or 3 AZs/);
  });
});
