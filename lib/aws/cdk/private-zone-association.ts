/**
 * Associates a private hosted zone with a VPC of the same account, from the VPC's stack: the zone's stack is only
 * referenced (a cross-stack or cross-Region reference to its id), never the other way round, so the stack that owns
 * the zone (a primary cluster) does not depend on the stack of the VPC (its disaster-recovery site).
 *
 * CloudFormation has no resource for an association made after the zone exists (`AWS::Route53::HostedZone`'s
 * `VPCs` list belongs to the zone's own template), so it is an `AwsCustomResource` (`Custom::KafkaZoneVpcAssociation`)
 * calling Route 53's `AssociateVPCWithHostedZone` on create and `DisassociateVPCFromHostedZone` on delete.
 */
import { Duration, Fn, Stack, Validations } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as cr from 'aws-cdk-lib/custom-resources';
import type { Construct } from 'constructs';
import { providerRoleAndLogs } from './custom-resource-provider';

export interface PrivateZoneAssociationOptions {
  /** The private hosted zone (`Z...`), of this stack or another. */
  readonly hostedZoneId: string;
  /** The VPC to associate; the association is created in its stack and names its Region. */
  readonly vpc: ec2.IVpc;
}

/** Creates the association as `scope/id` (scope in the stack of `vpc`). */
export function associatePrivateZone(scope: Construct, id: string, o: PrivateZoneAssociationOptions): cr.AwsCustomResource {
  const stack = Stack.of(scope);
  const parameters = { HostedZoneId: o.hostedZoneId, VPC: { VPCId: o.vpc.vpcId, VPCRegion: Stack.of(o.vpc).region } };
  const { role, logGroup } = providerRoleAndLogs(scope);
  const resource = new cr.AwsCustomResource(scope, id, {
    resourceType: 'Custom::KafkaZoneVpcAssociation',
    onCreate: {
      service: 'Route53',
      action: 'associateVPCWithHostedZone',
      parameters,
      physicalResourceId: cr.PhysicalResourceId.of(Fn.join('|', [o.hostedZoneId, o.vpc.vpcId])),
    },
    // A zone that is gone, or an association removed by hand, leaves nothing to delete.
    onDelete: { service: 'Route53', action: 'disassociateVPCFromHostedZone', parameters, ignoreErrorCodesMatching: 'VPCAssociationNotFound|NoSuchHostedZone' },
    policy: cr.AwsCustomResourcePolicy.fromStatements([
      // Route 53 authorizes the call on the zone and on the VPC.
      new iam.PolicyStatement({
        actions: ['route53:AssociateVPCWithHostedZone', 'route53:DisassociateVPCFromHostedZone'],
        resources: [
          stack.formatArn({ service: 'route53', region: '', account: '', resource: 'hostedzone', resourceName: o.hostedZoneId }),
          stack.formatArn({ service: 'ec2', region: Stack.of(o.vpc).region, resource: 'vpc', resourceName: o.vpc.vpcId }),
        ],
      }),
      // Route 53 describes the VPC while associating it; DescribeVpcs has no resource-level permissions.
      new iam.PolicyStatement({ actions: ['ec2:DescribeVpcs'], resources: ['*'] }),
    ]),
    role,
    logGroup,
    // The SDK in the Lambda runtime has these Route 53 calls; installing the latest one needs internet access and ~60 s.
    installLatestAwsSdk: false,
    timeout: Duration.minutes(2),
  });
  Validations.of(resource.node.findChild('CustomResourcePolicy')).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'ec2:DescribeVpcs (read-only, which Route 53 calls while associating a VPC with a zone) supports no resource-level permissions.',
  });
  return resource;
}
