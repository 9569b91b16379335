/**
 * Example helper: an SNS topic for alarm notifications, encrypted with a customer-managed key that CloudWatch
 * may use (CloudWatch must encrypt the messages it publishes) and refusing non-TLS publishers.
 */
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import type { Construct } from 'constructs';

export function alarmTopic(scope: Construct, id: string): sns.Topic {
  const stack = Stack.of(scope);
  const key = new kms.Key(scope, `${id}Key`, { description: 'Encrypts the Kafka alarm topic', enableKeyRotation: true });
  key.addToResourcePolicy(
    new iam.PolicyStatement({
      sid: 'AllowCloudWatchAlarmsToPublish',
      principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:SourceAccount': stack.account } },
    }),
  );
  return new sns.Topic(scope, id, { displayName: 'Kafka alarms', masterKey: key, enforceSSL: true });
}
