import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, LegacyStackSynthesizer, RemovalPolicy, Stack, StackProps } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { ASSET_BUCKET_PLACEHOLDER, ASSET_HASH_PLACEHOLDER, constructPaths, normalizeTemplate, stableTemplate, stackSnapshot } from '../../lib/testing/cdk';

const HEX64 = /[0-9a-f]{64}/;

/** A handler directory in a fresh temp dir: the asset path differs per app, its content (and hash) does not. */
function handlerDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-asset-'));
  fs.writeFileSync(path.join(dir, 'index.js'), 'exports.handler = async () => ({ ok: true });\n');
  return dir;
}

class TinyStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    // autoDeleteObjects adds a custom resource provider whose code is a CDK-shipped asset.
    const bucket = new s3.Bucket(this, 'Data', { removalPolicy: RemovalPolicy.DESTROY, autoDeleteObjects: true });
    const fn = new lambda.Function(this, 'Handler', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(handlerDir()),
      environment: { BUCKET: bucket.bucketName },
    });
    new lambda.Function(this, 'Inline', {
      runtime: lambda.Runtime.NODEJS_22_X,
      handler: 'index.handler',
      code: lambda.Code.fromInline('exports.handler = async () => 1;'),
    });
    bucket.grantRead(fn);
  }
}

/** Path, asset and version metadata on, as `cdk synth` sets them, so that there is something to normalize. */
function newApp(): App {
  return new App({
    builtinCloudFormationValidation: false,
    analyticsReporting: true,
    context: { 'aws:cdk:enable-path-metadata': true, 'aws:cdk:enable-asset-metadata': true },
  });
}

describe('stableTemplate', () => {
  const stackA = new TinyStack(newApp(), 'Tiny');
  const stackB = new TinyStack(newApp(), 'Tiny');
  const raw = Template.fromStack(stackA).toJSON();
  const rawJson = JSON.stringify(raw);
  const stable = stableTemplate(stackA);
  const json = JSON.stringify(stable);

  test('two separate apps give identical output', () => {
    expect(stableTemplate(stackB)).toEqual(stable);
    expect(JSON.stringify(stableTemplate(stackB))).toBe(json);
  });

  test('the raw template does carry the volatile parts that are normalized', () => {
    expect(rawJson).toMatch(HEX64);
    expect(rawJson).toContain('aws:cdk:path');
    expect(rawJson).toContain('aws:asset:path');
    expect(rawJson).toContain('AWS::CDK::Metadata');
    expect(rawJson).toContain('CheckBootstrapVersion');
  });

  test('replaces asset hashes and asset bucket names', () => {
    expect(json).not.toMatch(HEX64);
    const code = (stable.Resources as Record<string, { Type: string; Properties: { Code?: { S3Key?: string; S3Bucket?: unknown } } }>);
    const handler = Object.entries(code).find(([id]) => /^Handler[0-9A-F]{8}$/.test(id))?.[1];
    expect(handler?.Properties.Code).toEqual({ S3Bucket: { 'Fn::Sub': ASSET_BUCKET_PLACEHOLDER }, S3Key: `${ASSET_HASH_PLACEHOLDER}.zip` });
  });

  test('drops CDK metadata, bootstrap version and path metadata', () => {
    expect(json).not.toContain('AWS::CDK::Metadata');
    expect(json).not.toContain('aws:cdk:path');
    expect(json).not.toContain('aws:asset:');
    expect(json).not.toContain('BootstrapVersion');
    expect(stable).not.toHaveProperty('Rules');
    expect(stable).not.toHaveProperty('Conditions.CDKMetadataAvailable');
  });

  test('keeps every logical ID and the inline code', () => {
    const rawIds = Object.entries(raw.Resources as Record<string, { Type: string }>)
      .filter(([, r]) => r.Type !== 'AWS::CDK::Metadata')
      .map(([id]) => id);
    expect(Object.keys(stable.Resources as object)).toEqual(rawIds);
    expect(json).toContain('exports.handler = async () => 1;');
  });

  test('does not modify the template it was given', () => {
    expect(JSON.stringify(Template.fromStack(stackA).toJSON())).toBe(rawJson);
  });

  test('normalizeTemplate equals stableTemplate on the same template', () => {
    expect(normalizeTemplate(JSON.parse(rawJson))).toEqual(stable);
  });

  test('normalizes a literal asset bucket name when the stack has an explicit env', () => {
    const stack = new TinyStack(newApp(), 'Env', { env: { account: '111122223333', region: 'eu-west-1' } });
    const out = JSON.stringify(stableTemplate(stack));
    expect(out).not.toContain('111122223333');
    expect(out).toContain(ASSET_BUCKET_PLACEHOLDER);
  });

  test('legacy synthesizer asset parameters keep distinct, stable names', () => {
    const make = () => stableTemplate(new TinyStack(newApp(), 'Legacy', { synthesizer: new LegacyStackSynthesizer() }));
    const a = make();
    const params = Object.keys(a.Parameters as object);
    expect(params.length).toBeGreaterThan(3);
    expect(new Set(params).size).toBe(params.length);
    expect(params.every((p) => p.startsWith(`AssetParameters${ASSET_HASH_PLACEHOLDER}`))).toBe(true);
    expect(make()).toEqual(a);
  });
});

describe('constructPaths', () => {
  const stack = new TinyStack(newApp(), 'Tiny');
  const paths = constructPaths(stack);

  test('maps every logical ID to its construct path, sorted', () => {
    expect(Object.keys(paths)).toEqual([...Object.keys(paths)].sort());
    expect(Object.entries(paths)).toEqual(expect.arrayContaining([
      [expect.stringMatching(/^Data[0-9A-F]{8}$/), 'Data/Resource'],
      [expect.stringMatching(/^Handler[0-9A-F]{8}$/), 'Handler/Resource'],
      [expect.stringMatching(/^HandlerServiceRole[0-9A-F]{8}$/), 'Handler/ServiceRole/Resource'],
    ]));
  });

  test('covers exactly the resources of the template, metadata excluded', () => {
    const resources = stableTemplate(stack).Resources as object;
    expect(Object.keys(paths).sort()).toEqual(Object.keys(resources).sort());
  });

  test('honours overridden logical IDs', () => {
    const s = new Stack(newApp(), 'Override');
    const b = new s3.Bucket(s, 'B');
    (b.node.defaultChild as s3.CfnBucket).overrideLogicalId('MyBucket');
    expect(constructPaths(s)).toEqual({ MyBucket: 'B/Resource' });
  });

  test('stackSnapshot combines both', () => {
    expect(stackSnapshot(stack)).toEqual({ constructPaths: paths, template: stableTemplate(stack) });
  });
});
