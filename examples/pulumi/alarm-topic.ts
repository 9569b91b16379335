/**
 * Example helper: an SNS topic for alarm notifications, encrypted with a customer-managed key that CloudWatch
 * may use (CloudWatch must encrypt the messages it publishes; it cannot use the AWS-managed `aws/sns` key).
 */
import * as pulumi from '@pulumi/pulumi';
import { getCallerIdentityOutput } from '@pulumi/aws/getCallerIdentity';
import { getPartitionOutput } from '@pulumi/aws/getPartition';
import * as kms from '@pulumi/aws/kms';
import * as sns from '@pulumi/aws/sns';

export function alarmTopic(name: string): sns.Topic {
  const accountId = getCallerIdentityOutput().accountId;
  const partition = getPartitionOutput().partition;
  const key = new kms.Key(`${name}-key`, {
    description: 'Encrypts the Kafka alarm topic',
    enableKeyRotation: true,
    policy: pulumi.all([partition, accountId]).apply(([p, account]) =>
      JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'EnableAccountAdministration', Effect: 'Allow', Principal: { AWS: `arn:${p}:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'AllowCloudWatchAlarmsToPublish',
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            Resource: '*',
            Condition: { StringEquals: { 'aws:SourceAccount': account } },
          },
        ],
      }),
    ),
  });
  return new sns.Topic(name, { displayName: 'Kafka alarms', kmsMasterKeyId: key.arn });
}
