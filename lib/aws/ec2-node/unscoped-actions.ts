/**
 * The IAM actions an EC2 node's role needs that AWS offers no resource-level permission for, each with the reason
 * for `Resource: *`, which the CDK faces also give cdk-nag when they acknowledge the wildcard.
 */

/** Actions without resource-level permissions (Service Authorization Reference), with the reason for `*`. */
export const UNSCOPED_NODE_ACTIONS = {
  DescribeOwnResources: {
    actions: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeVolumes'],
    reason: 'ec2:DescribeVolumes and ec2:DescribeNetworkInterfaces support no resource-level permissions; the boot script uses them to find its own volume and interface by tag.',
  },
  PublishMetrics: {
    actions: ['cloudwatch:PutMetricData'],
    reason: 'cloudwatch:PutMetricData supports no resource-level permissions; the cloudwatch:namespace condition limits it to the kafka-iac namespace.',
  },
  FindOwnGroup: {
    actions: ['autoscaling:DescribeAutoScalingGroups'],
    reason: 'autoscaling:DescribeAutoScalingGroups supports no resource-level permissions; the boot script calls it once to find its own Auto Scaling group (and the CloudFormation stack that created it) before completing the group\'s boot lifecycle hook.',
  },
  SsmAgent: {
    actions: [
      'ec2messages:AcknowledgeMessage', 'ec2messages:DeleteMessage', 'ec2messages:FailMessage', 'ec2messages:GetEndpoint', 'ec2messages:GetMessages',
      'ec2messages:SendReply', 'ssm:UpdateInstanceInformation', 'ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel',
      'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel',
    ],
    reason: 'The SSM agent (Run Command for the rolling-restart document, Session Manager instead of SSH) calls ssm:UpdateInstanceInformation, ssmmessages:* and ec2messages:*, which support no resource-level permissions (the AmazonSSMManagedInstanceCore actions, without its parameter and S3 rights).',
  },
} as const;
