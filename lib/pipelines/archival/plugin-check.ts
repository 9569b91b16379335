/**
 * The plugin checksum check: a deploy-time function (`aws/deploy-time-function.ts`) that reads the pinned version of
 * the plugin ZIP from S3, hashes it with SHA-256 and fails the deployment when the digest differs from the pin, before
 * the custom plugin is created. It runs on create and update (a changed pin or object), and does nothing on delete.
 * Its role may read that one object (that version) and, when the plugin bucket has its own key, decrypt through S3.
 */
import type { DeployTimeFunctionSpec } from '../../aws/deploy-time-function';
import { functionLogsStatement } from '../../aws/deploy-time-function';
import type { AllowStatementJson } from '../../aws/iam-policy';
import type { ConnectPluginSpec } from './connect-spec';

/** CloudFormation custom resource type of the check. */
export const PLUGIN_CHECK_RESOURCE_TYPE = 'Custom::KafkaConnectPluginChecksum';

const SOURCE = `'use strict';
const crypto = require('crypto');
const https = require('https');
const { S3Client, GetObjectCommand } = require('@aws-sdk/client-s3');
const s3 = new S3Client({});

async function digest(p) {
  const res = await s3.send(new GetObjectCommand({ Bucket: p.Bucket, Key: p.Key, VersionId: p.VersionId }));
  const hash = crypto.createHash('sha256');
  for await (const chunk of res.Body) hash.update(chunk);
  return hash.digest('hex');
}

function respond(event, status, data, reason) {
  const body = JSON.stringify({ Status: status, Reason: reason, PhysicalResourceId: 'plugin-' + event.ResourceProperties.Sha256, StackId: event.StackId, RequestId: event.RequestId, LogicalResourceId: event.LogicalResourceId, Data: data });
  return new Promise(function (resolve, reject) {
    const req = https.request(event.ResponseURL, { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } }, function (res) { res.resume(); res.on('end', resolve); });
    req.on('error', reject); req.end(body);
  });
}

exports.handler = async function (event) {
  // CloudFormation custom resource (ResponseURL) or a direct invocation (Pulumi aws.lambda.Invocation, CRUD scope).
  const cfn = typeof event.ResponseURL === 'string';
  const p = cfn ? event.ResourceProperties : event;
  const type = cfn ? event.RequestType : (event.tf && event.tf.action === 'delete' ? 'Delete' : 'Create');
  try {
    let data = {};
    if (type !== 'Delete') {
      const got = await digest(p);
      if (got !== p.Sha256) throw new Error('s3://' + p.Bucket + '/' + p.Key + ' version ' + p.VersionId + ' has SHA-256 ' + got + ', pinned: ' + p.Sha256);
      data = { Sha256: got };
    }
    if (!cfn) return data;
    await respond(event, 'SUCCESS', data, 'OK');
  } catch (e) {
    const reason = String((e && e.name) || 'Error') + ': ' + String((e && e.message) || '').slice(0, 300);
    console.log('kafka-iac plugin checksum ' + type + ' failed: ' + reason);
    if (!cfn) throw new Error(reason);
    await respond(event, 'FAILED', {}, reason);
  }
};
`;

/** The function, as both faces deploy it. */
export const PLUGIN_CHECK_FUNCTION: DeployTimeFunctionSpec = {
  name: 'plugin-check',
  description: 'kafka-iac: checks the SHA-256 of an MSK Connect plugin ZIP in S3 against its pin before the plugin is created',
  roleDescription: 'kafka-iac plugin checksum check: read one pinned object version',
  source: SOURCE,
  timeoutSeconds: 300,
  memoryMb: 256,
};

/** The input of the check (custom resource properties, or the Pulumi invocation's input). */
export function pluginCheckInput(p: ConnectPluginSpec): Record<string, string> {
  return { Bucket: p.bucketName, Key: p.key, VersionId: p.objectVersion, Sha256: p.sha256 };
}

/** The check's role: that object version, the plugin bucket's key through S3 (if any), its own logs. */
export function pluginCheckStatements(partition: string, region: string, dnsSuffix: string, p: ConnectPluginSpec, logGroupArn: string): AllowStatementJson[] {
  const out: AllowStatementJson[] = [
    { Sid: 'ReadPlugin', Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObjectVersion'], Resource: `arn:${partition}:s3:::${p.bucketName}/${p.key}` },
    functionLogsStatement(logGroupArn),
  ];
  if (p.keyArn !== undefined) {
    out.splice(1, 0, { Sid: 'PluginKeyThroughS3', Effect: 'Allow', Action: ['kms:Decrypt'], Resource: p.keyArn, Condition: { StringEquals: { 'kms:ViaService': `s3.${region}.${dnsSuffix}` } } });
  }
  return out;
}
