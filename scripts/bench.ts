/**
 * The raw stack is the same set of resources written by hand (VPC with flow logs and endpoints, key, log group,
 * configuration, cluster, CPU alarms to a topic, one GetBootstrapBrokers lookup), without validation or plan.
 *
 * `npm run bench`: synth time of the default example (Express cluster in a new KafkaVpc, alarms, bootstrap
 * lookup) next to an equivalent hand-written raw `CfnCluster` stack, in the same process and run.
 * The built-in CloudFormation validator is off for both (it costs the same for both and dominates).
 * Prints medians over several synths after one warm-up each.
 */
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as msk from 'aws-cdk-lib/aws-msk';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as cr from 'aws-cdk-lib/custom-resources';
import { performance } from 'perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

function rawStack(app: App): Stack {
  const stack = new Stack(app, 'RawMsk');
  const vpc = new ec2.Vpc(stack, 'Vpc', {
    natGateways: 0, subnetConfiguration: [{ name: 'kafka', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 22 }],
    availabilityZones: [0, 1, 2].map((i) => `dummy-${i}`),
  });
  const key = new kms.Key(stack, 'Key', { enableKeyRotation: true });
  vpc.addFlowLog('FlowLog', { destination: ec2.FlowLogDestination.toCloudWatchLogs(new logs.LogGroup(stack, 'FlowLogs', { encryptionKey: key })) });
  vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3 });
  for (const [id, svc] of Object.entries({ Kms: ec2.InterfaceVpcEndpointAwsService.KMS, Logs: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS,
    Monitoring: ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING, Secrets: ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
    Ssm: ec2.InterfaceVpcEndpointAwsService.SSM, Sts: ec2.InterfaceVpcEndpointAwsService.STS })) {
    vpc.addInterfaceEndpoint(id, { service: svc });
  }
  const sg = new ec2.SecurityGroup(stack, 'Sg', { vpc, allowAllOutbound: false });
  sg.addIngressRule(ec2.Peer.ipv4(vpc.vpcCidrBlock), ec2.Port.tcp(9098));
  const logGroup = new logs.LogGroup(stack, 'Logs', { encryptionKey: key, retention: logs.RetentionDays.ONE_YEAR });
  const config = new msk.CfnConfiguration(stack, 'Config', { name: 'raw-3-9-x-kraft', kafkaVersionsList: ['3.9.x.kraft'], serverProperties: 'auto.create.topics.enable=false\n' });
  const cluster = new msk.CfnCluster(stack, 'Cluster', {
    clusterName: 'raw', kafkaVersion: '3.9.x.kraft', numberOfBrokerNodes: 3,
    brokerNodeGroupInfo: { instanceType: 'express.m7g.large', clientSubnets: vpc.isolatedSubnets.map((s) => s.subnetId), securityGroups: [sg.securityGroupId] },
    clientAuthentication: { sasl: { iam: { enabled: true } } },
    encryptionInfo: { encryptionAtRest: { dataVolumeKmsKeyId: key.keyArn }, encryptionInTransit: { clientBroker: 'TLS', inCluster: true } },
    configurationInfo: { arn: config.attrArn, revision: config.attrLatestRevisionRevision },
    enhancedMonitoring: 'PER_BROKER',
    loggingInfo: { brokerLogs: { cloudWatchLogs: { enabled: true, logGroup: logGroup.logGroupName } } },
  });
  const topic = new sns.Topic(stack, 'Alarms', { masterKey: key });
  for (const b of [1, 2, 3]) {
    const dims = { 'Cluster Name': 'raw', 'Broker ID': String(b) };
    new cloudwatch.Alarm(stack, `Cpu${b}`, {
      metric: new cloudwatch.MathExpression({ expression: 'u + s', usingMetrics: {
        u: new cloudwatch.Metric({ namespace: 'AWS/Kafka', metricName: 'CpuUser', dimensionsMap: dims }),
        s: new cloudwatch.Metric({ namespace: 'AWS/Kafka', metricName: 'CpuSystem', dimensionsMap: dims }) } }),
      threshold: 60, evaluationPeriods: 3,
    }).addAlarmAction({ bind: () => ({ alarmActionArn: topic.topicArn }) });
  }
  const call: cr.AwsSdkCall = { service: 'Kafka', action: 'getBootstrapBrokers', parameters: { ClusterArn: cluster.attrArn }, physicalResourceId: cr.PhysicalResourceId.of(cluster.attrCurrentVersion) };
  new cr.AwsCustomResource(stack, 'Bootstrap', { onCreate: call, onUpdate: call, policy: cr.AwsCustomResourcePolicy.fromSdkCalls({ resources: [cluster.attrArn] }) });
  return stack;
}

function time(build: (app: App) => unknown): { first: number; median: number } {
  const samples: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const t0 = performance.now();
    const app = new App({ builtinCloudFormationValidation: false });
    build(app);
    app.synth({ force: true });
    samples.push(performance.now() - t0);
  }
  const [first, ...rest] = samples;
  rest.sort((a, b) => a - b);
  return { first, median: rest[Math.floor(rest.length / 2)] };
}

async function main(): Promise<void> {
  process.env.CDK_VALIDATION = 'false';
  const t0 = performance.now();
  const example = await import('../examples/cdk/express-default');
  const loadMs = performance.now() - t0;
  const lib = time((app) => example.buildApp(app));
  const raw = time(rawStack);
  const f = (n: number) => `${n.toFixed(0).padStart(6)} ms`;
  console.log(`kafka-iac synth benchmark (${RUNS} runs after a warm-up, validator off)`);
  console.log(`  load kafka-iac/msk/cdk + example     ${f(loadMs)}`);
  console.log(`  default example (MskCluster)         first ${f(lib.first)}   median ${f(lib.median)}`);
  console.log(`  raw CfnCluster stack                 first ${f(raw.first)}   median ${f(raw.median)}`);
  console.log(`  ratio (median, example / raw)        ${(lib.median / raw.median).toFixed(2)}x`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
