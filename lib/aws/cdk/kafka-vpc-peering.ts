/**
 * `KafkaVpcPeering` for AWS CDK: a thin face over `planKafkaVpcPeering`. The connection and every route live in the
 * stack of the requester `vpc`, so the other stack is only referenced (never references back): no dependency cycle.
 */
import { Duration, Fn, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { throwInvalid } from '../../core/issues';
import { planKafkaVpcPeering, type KafkaVpcPeeringPlan } from '../vpc-peering-plan';
import { providerRoleAndLogs } from './custom-resource-provider';
import type { KafkaVpc } from './kafka-vpc';

/** Properties of `KafkaVpcPeering`. */
export interface KafkaVpcPeeringProps {
  /** The requester VPC; the peering must be created in its stack. */
  readonly vpc: KafkaVpc;
  /**
   * The accepter VPC, in the same account: in this stack, another stack of the Region, or a stack of another Region
   * (both stacks with an `env` Region and `crossRegionReferences: true`). Its range must not overlap `vpc`'s.
   */
  readonly peerVpc: KafkaVpc;
}

/**
 * A VPC peering connection between two `KafkaVpc`s of one account, with a route to the other side's range on every
 * broker and client route table of both VPCs. Same account: CloudFormation accepts the connection itself.
 *
 * Ids: `Connection`, `Route<i>` (the requester's route tables), `PeerRoute<i>` (the accepter's: an `AWS::EC2::Route`
 * in the same Region, else a `Custom::KafkaVpcPeeringRoute` that creates, replaces and deletes the route in the
 * accepter's Region through the EC2 API, allowed on exactly that route table).
 */
export class KafkaVpcPeering extends Construct {
  readonly plan: KafkaVpcPeeringPlan;
  readonly connection: ec2.CfnVPCPeeringConnection;
  /** The peering connection id (`pcx-...`). */
  readonly peeringConnectionId: string;

  constructor(scope: Construct, id: string, props: KafkaVpcPeeringProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const peerStack = Stack.of(props.peerVpc);
    const subject = `KafkaVpcPeering '${this.node.path}'`;
    if (Stack.of(props.vpc) !== stack) {
      throwInvalid(subject, 'vpc-peering/requester-stack', 'vpc', `be in the stack of the peering (${stack.stackName})`, Stack.of(props.vpc).stackName,
        'Create the KafkaVpcPeering in the stack of `vpc`: its connection and routes are created there.');
    }
    const isUnknown = (v: unknown) => Token.isUnresolved(v);
    const known = (v: string) => !Token.isUnresolved(v);
    this.plan = planKafkaVpcPeering({
      requester: { cidr: props.vpc.plan.cidr, region: stack.region, account: stack.account },
      accepter: { cidr: props.peerVpc.plan.cidr, region: peerStack.region, account: peerStack.account },
      sameRegion: peerStack === stack || (known(stack.region) && stack.region === peerStack.region),
    }, isUnknown);
    const plan = this.plan;

    this.connection = new ec2.CfnVPCPeeringConnection(this, 'Connection', {
      vpcId: props.vpc.vpc.vpcId,
      peerVpcId: props.peerVpc.vpc.vpcId,
      peerRegion: plan.peerRegion,
      tags: [{ key: 'Name', value: `${props.vpc.node.path} to ${props.peerVpc.node.path}`.slice(0, 255) }],
    });
    this.peeringConnectionId = this.connection.ref;

    props.vpc.privateRouteTableIds.forEach((routeTableId, i) => {
      new ec2.CfnRoute(this, `Route${i}`, { routeTableId, destinationCidrBlock: plan.requesterRoute.destinationCidr, vpcPeeringConnectionId: this.peeringConnectionId });
    });
    props.peerVpc.privateRouteTableIds.forEach((routeTableId, i) => {
      if (!plan.crossRegion) {
        new ec2.CfnRoute(this, `PeerRoute${i}`, { routeTableId, destinationCidrBlock: plan.accepterRoute.destinationCidr, vpcPeeringConnectionId: this.peeringConnectionId });
      } else {
        remoteRoute(this, `PeerRoute${i}`, { routeTableId, destinationCidr: plan.accepterRoute.destinationCidr, region: plan.peerRegion!, peeringConnectionId: this.peeringConnectionId });
      }
    });
  }
}

/** A route in another Region's route table, through the EC2 API (CloudFormation creates resources in its own Region only). */
function remoteRoute(scope: Construct, id: string, o: { routeTableId: string; destinationCidr: string; region: string; peeringConnectionId: string }): cr.AwsCustomResource {
  const stack = Stack.of(scope);
  const target = { RouteTableId: o.routeTableId, DestinationCidrBlock: o.destinationCidr };
  const call = (action: 'createRoute' | 'replaceRoute'): cr.AwsSdkCall => ({
    service: 'EC2',
    action,
    region: o.region,
    parameters: { ...target, VpcPeeringConnectionId: o.peeringConnectionId },
    physicalResourceId: cr.PhysicalResourceId.of(Fn.join('|', [o.routeTableId, o.destinationCidr])),
  });
  const { role, logGroup } = providerRoleAndLogs(scope);
  const routeTableArn = stack.formatArn({ service: 'ec2', region: o.region, resource: 'route-table', resourceName: o.routeTableId });
  return new cr.AwsCustomResource(scope, id, {
    resourceType: 'Custom::KafkaVpcPeeringRoute',
    onCreate: call('createRoute'),
    // A replaced peering connection (new id) moves the route to it.
    onUpdate: call('replaceRoute'),
    onDelete: { service: 'EC2', action: 'deleteRoute', region: o.region, parameters: target, ignoreErrorCodesMatching: 'InvalidRoute.NotFound' },
    policy: cr.AwsCustomResourcePolicy.fromStatements([
      new iam.PolicyStatement({ actions: ['ec2:CreateRoute', 'ec2:ReplaceRoute', 'ec2:DeleteRoute'], resources: [routeTableArn] }),
    ]),
    role,
    logGroup,
    // The SDK in the Lambda runtime has these EC2 calls; installing the latest one needs internet access and ~60 s.
    installLatestAwsSdk: false,
    timeout: Duration.minutes(2),
  });
}
