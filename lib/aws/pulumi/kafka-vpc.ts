/**
 * `KafkaVpc` for Pulumi: a thin face over `planKafkaVpc`.
 *
 * Imports @pulumi/aws by submodule (`@pulumi/aws/ec2`, `/getRegion`, ...): the package has no `exports`
 * map, so deep paths resolve, and loading them costs a few ms instead of the whole provider SDK.
 */
import * as pulumi from '@pulumi/pulumi';
import * as cloudwatch from '@pulumi/aws/cloudwatch';
import * as ec2 from '@pulumi/aws/ec2';
import * as iam from '@pulumi/aws/iam';
import * as kms from '@pulumi/aws/kms';
import { getAvailabilityZonesOutput } from '@pulumi/aws/getAvailabilityZones';
import { getCallerIdentityOutput } from '@pulumi/aws/getCallerIdentity';
import { getPartitionOutput } from '@pulumi/aws/getPartition';
import { getRegionOutput } from '@pulumi/aws/getRegion';
import { DEFAULT_AZ_COUNT } from '../../core/defaults';
import { KafkaValidationError } from '../../core/issues';
import { flowLogGroupName, planKafkaVpc, validateAvailabilityZones, type KafkaVpcPlan, type KafkaVpcSpec, type PlannedSubnet } from '../vpc-plan';
import { isUnknown } from './is-unknown';

/** Arguments of the Pulumi `KafkaVpc`: the shared spec plus Pulumi-only placement. */
export interface KafkaVpcArgs extends KafkaVpcSpec {
  /**
   * Availability zones to use; exactly `azCount` of them.
   * @default - the first `azCount` names of `aws.getAvailabilityZones({ state: 'available' })`
   */
  readonly availabilityZones?: pulumi.Input<string>[];
}

/**
 * A VPC ready for Kafka brokers: isolated broker subnets in `azCount` AZs, no internet path by default,
 * S3 gateway and interface endpoints (private DNS, HTTPS from the VPC only), the default security group
 * emptied, and ALL-traffic flow logs to a KMS-encrypted log group. Everything is retained by default (`removal`).
 *
 * Children are named `${name}-vpc`, `${name}-subnet-${i}` (brokers), `${name}-client-subnet-${i}`,
 * `${name}-public-subnet-${i}`, `${name}-endpoint-${service}`, `${name}-flow-log*`, all parented here.
 */
export class KafkaVpc extends pulumi.ComponentResource {
  /** The decisions this VPC was built from. */
  readonly plan: KafkaVpcPlan;
  readonly vpcId: pulumi.Output<string>;
  readonly vpcCidr: pulumi.Output<string>;
  /** Isolated broker subnets, in AZ order. */
  readonly brokerSubnetIds: pulumi.Output<string[]>;
  /** Private subnets with NAT egress for clients (empty unless `privateEgress`). */
  readonly clientSubnetIds: pulumi.Output<string[]>;
  readonly availabilityZones: pulumi.Output<string[]>;
  /** Security group of the interface endpoints: TCP 443 from the VPC CIDR only, no egress. */
  readonly endpointSecurityGroupId: pulumi.Output<string>;
  readonly flowLogGroupArn: pulumi.Output<string>;
  readonly flowLogKeyArn: pulumi.Output<string>;
  /**
   * Route tables of the broker and client subnets (the broker subnets' one, then one per client subnet): where
   * `KafkaVpcPeering` adds its routes. Their count is known when the program runs.
   */
  readonly privateRouteTableIds: pulumi.Output<string>[];

  constructor(name: string, args: KafkaVpcArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:aws:KafkaVpc', name, {}, opts);
    const plan = planKafkaVpc(args, { availabilityZones: args.availabilityZones, isUnknown });
    this.plan = plan;
    for (const w of plan.warnings) pulumi.log.warn(`[${w.code}] ${w.message}`, this);

    const parent = { parent: this };
    // A retained cluster keeps network interfaces in these subnets: the whole network stays with it (retainOnDelete),
    // and the flow log key and log group are also protected, like every data-holding resource.
    const network: pulumi.CustomResourceOptions = { parent: this, retainOnDelete: plan.removal === 'retain' };
    const kept: pulumi.CustomResourceOptions = { ...network, protect: plan.removal === 'retain' };
    const azCount = args.azCount ?? DEFAULT_AZ_COUNT;
    const azs: pulumi.Output<string[]> = args.availabilityZones
      ? pulumi.all(args.availabilityZones)
      : getAvailabilityZonesOutput({ state: 'available' }, parent).names.apply((names) => {
          const picked = names.slice(0, azCount);
          const issues = validateAvailabilityZones(picked, azCount);
          if (issues.length > 0) throw new KafkaValidationError('KafkaVpc', issues);
          return picked;
        });
    const azAt = (i: number): pulumi.Input<string> => args.availabilityZones?.[i] ?? azs.apply((a) => a[i]!);

    const region = getRegionOutput({}, parent).region;
    const accountId = getCallerIdentityOutput({}, parent).accountId;
    const partition = getPartitionOutput({}, parent);

    const vpc = new ec2.Vpc(
      `${name}-vpc`,
      {
        cidrBlock: plan.cidr,
        enableDnsHostnames: plan.enableDnsHostnames,
        enableDnsSupport: plan.enableDnsSupport,
        tags: { Name: `${name}-vpc` },
      },
      network,
    );
    // Adopting the default security group with no rules removes AWS's allow-all rules (CIS AWS Foundations EC2.2).
    new ec2.DefaultSecurityGroup(`${name}-default-sg`, { vpcId: vpc.id, ingress: [], egress: [], tags: { Name: `${name}-default-sg` } }, network);

    const subnet = (resourceName: string, s: PlannedSubnet) =>
      new ec2.Subnet(
        resourceName,
        { vpcId: vpc.id, cidrBlock: s.cidr, availabilityZone: azAt(s.azIndex), mapPublicIpOnLaunch: false, tags: { Name: resourceName } },
        network,
      );
    const associate = (subnetName: string, subnetId: pulumi.Input<string>, routeTableId: pulumi.Input<string>) =>
      new ec2.RouteTableAssociation(`${subnetName}-rta`, { subnetId, routeTableId }, network);

    // Brokers: one route table with only the local route (plus the S3 gateway endpoint).
    const isolatedRt = new ec2.RouteTable(`${name}-isolated-rt`, { vpcId: vpc.id, tags: { Name: `${name}-isolated-rt` } }, network);
    const brokerSubnets = plan.brokerSubnets.map((s) => {
      const n = `${name}-subnet-${s.azIndex}`;
      const sn = subnet(n, s);
      associate(n, sn.id, isolatedRt.id);
      return sn;
    });

    const clientRouteTables: ec2.RouteTable[] = [];
    const clientSubnets: ec2.Subnet[] = [];
    if (plan.internetGateway) {
      const igw = new ec2.InternetGateway(`${name}-igw`, { vpcId: vpc.id, tags: { Name: `${name}-igw` } }, network);
      const publicRt = new ec2.RouteTable(
        `${name}-public-rt`,
        { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', gatewayId: igw.id }], tags: { Name: `${name}-public-rt` } },
        network,
      );
      const publicSubnets = plan.publicSubnets.map((s) => {
        const n = `${name}-public-subnet-${s.azIndex}`;
        const sn = subnet(n, s);
        associate(n, sn.id, publicRt.id);
        return sn;
      });
      plan.clientSubnets.forEach((s, i) => {
        const eip = new ec2.Eip(`${name}-nat-eip-${i}`, { domain: 'vpc', tags: { Name: `${name}-nat-eip-${i}` } }, network);
        const nat = new ec2.NatGateway(
          `${name}-nat-${i}`,
          { allocationId: eip.id, subnetId: publicSubnets[s.azIndex]!.id, tags: { Name: `${name}-nat-${i}` } },
          { ...network, dependsOn: [igw] },
        );
        const rt = new ec2.RouteTable(
          `${name}-client-rt-${i}`,
          { vpcId: vpc.id, routes: [{ cidrBlock: '0.0.0.0/0', natGatewayId: nat.id }], tags: { Name: `${name}-client-rt-${i}` } },
          network,
        );
        const n = `${name}-client-subnet-${s.azIndex}`;
        const sn = subnet(n, s);
        associate(n, sn.id, rt.id);
        clientRouteTables.push(rt);
        clientSubnets.push(sn);
      });
    }

    const serviceName = (service: string) => pulumi.interpolate`com.amazonaws.${region}.${service}`;
    new ec2.VpcEndpoint(
      `${name}-s3-endpoint`,
      {
        vpcId: vpc.id,
        serviceName: serviceName('s3'),
        vpcEndpointType: 'Gateway',
        routeTableIds: [isolatedRt.id, ...clientRouteTables.map((rt) => rt.id)],
        tags: { Name: `${name}-s3-endpoint` },
      },
      network,
    );

    const endpointSg = new ec2.SecurityGroup(
      `${name}-endpoint-sg`,
      {
        vpcId: vpc.id,
        description: 'Interface VPC endpoints: HTTPS from within the VPC only',
        ingress: [
          { protocol: 'tcp', fromPort: plan.endpointIngress.port, toPort: plan.endpointIngress.port, cidrBlocks: [plan.cidr], description: 'HTTPS from the VPC CIDR' },
        ],
        egress: [],
        tags: { Name: `${name}-endpoint-sg` },
      },
      network,
    );
    for (const ep of plan.interfaceEndpoints) {
      new ec2.VpcEndpoint(
        `${name}-endpoint-${ep.slug}`,
        {
          vpcId: vpc.id,
          serviceName: serviceName(ep.service),
          vpcEndpointType: 'Interface',
          privateDnsEnabled: true,
          subnetIds: brokerSubnets.map((s) => s.id),
          securityGroupIds: [endpointSg.id],
          tags: { Name: `${name}-endpoint-${ep.slug}` },
        },
        network,
      );
    }

    // Flow logs: key -> log group -> role -> flow log. The group name is fixed up front so the key
    // policy can name it (a reference to the group's ARN would be a cycle).
    const logGroupName = flowLogGroupName(plan, `${pulumi.getProject()}-${pulumi.getStack()}-${name}`);
    const logGroupArn = pulumi.interpolate`arn:${partition.partition}:logs:${region}:${accountId}:log-group:${logGroupName}`;
    const keyPolicy = pulumi.all([partition.partition, partition.dnsSuffix, region, accountId, logGroupArn]).apply(([part, dnsSuffix, reg, account, groupArn]) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'EnableAccountAdministration', Effect: 'Allow', Principal: { AWS: `arn:${part}:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'AllowCloudWatchLogsForFlowLogGroup',
            Effect: 'Allow',
            Principal: { Service: `logs.${reg}.${dnsSuffix}` },
            Action: plan.flowLogKey.logsServiceActions,
            Resource: '*',
            Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': groupArn } },
          },
        ],
      }),
    );
    const key = new kms.Key(
      `${name}-flow-log-key`,
      {
        description: `Encrypts the VPC flow log group ${logGroupName}`,
        enableKeyRotation: plan.flowLogKey.enableKeyRotation,
        deletionWindowInDays: plan.flowLogKey.pendingWindowDays,
        policy: keyPolicy,
      },
      kept,
    );
    const logGroup = new cloudwatch.LogGroup(
      `${name}-flow-log-group`,
      { name: logGroupName, kmsKeyId: key.arn, retentionInDays: plan.flowLog.retentionDays },
      kept,
    );

    // Confused-deputy guard ("Cross-service confused deputy prevention", IAM User Guide).
    const assumeRolePolicy = pulumi.all([partition.partition, region, accountId]).apply(([part, reg, account]) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'vpc-flow-logs.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Condition: {
              StringEquals: { 'aws:SourceAccount': account },
              ArnLike: { 'aws:SourceArn': `arn:${part}:ec2:${reg}:${account}:vpc-flow-log/*` },
            },
          },
        ],
      }),
    );
    const role = new iam.Role(`${name}-flow-log-role`, { description: `Lets VPC Flow Logs write to ${logGroupName}`, assumeRolePolicy }, network);
    const rolePolicy = new iam.RolePolicy(
      `${name}-flow-log-policy`,
      {
        role: role.id,
        policy: logGroup.arn.apply((arn) =>
          JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: plan.flowLogWriterActions, Resource: [arn, `${arn}:*`] }],
          }),
        ),
      },
      network,
    );
    new ec2.FlowLog(
      `${name}-flow-log`,
      {
        vpcId: vpc.id,
        trafficType: plan.flowLog.trafficType,
        logDestinationType: 'cloud-watch-logs',
        logDestination: logGroup.arn,
        iamRoleArn: role.arn,
        maxAggregationInterval: plan.flowLog.maxAggregationIntervalSeconds,
        tags: { Name: `${name}-flow-log` },
      },
      { ...network, dependsOn: [rolePolicy] },
    );

    this.vpcId = vpc.id;
    this.vpcCidr = vpc.cidrBlock;
    this.brokerSubnetIds = pulumi.all(brokerSubnets.map((s) => s.id));
    this.clientSubnetIds = pulumi.all(clientSubnets.map((s) => s.id));
    this.availabilityZones = azs;
    this.endpointSecurityGroupId = endpointSg.id;
    this.flowLogGroupArn = logGroup.arn;
    this.flowLogKeyArn = key.arn;
    this.privateRouteTableIds = [isolatedRt.id, ...clientRouteTables.map((rt) => rt.id)];
    this.registerOutputs({
      vpcId: this.vpcId,
      vpcCidr: this.vpcCidr,
      brokerSubnetIds: this.brokerSubnetIds,
      clientSubnetIds: this.clientSubnetIds,
      availabilityZones: this.availabilityZones,
      endpointSecurityGroupId: this.endpointSecurityGroupId,
      flowLogGroupArn: this.flowLogGroupArn,
      flowLogKeyArn: this.flowLogKeyArn,
    });
  }
}
