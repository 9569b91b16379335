import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws/provider';
import * as awsIndex from '@pulumi/aws/getRegion';
import * as azs from '@pulumi/aws/getAvailabilityZones';
import * as s3 from '@pulumi/aws/s3';
import * as secretsmanager from '@pulumi/aws/secretsmanager';
import { LoadBalancer } from '@pulumi/aws/lb';
import {
  DEFAULT_SECRET_KEYS,
  MOCK_ACCOUNT_ID,
  RecordedResource,
  SECRET_PLACEHOLDER,
  UNKNOWN_PLACEHOLDER,
  recordPulumi,
} from '../../lib/testing/pulumi';

/** A component with two children, the way kafka-iac's Pulumi faces build theirs. */
class Store extends pulumi.ComponentResource {
  readonly bucket: s3.Bucket;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('kafka-iac:test:Store', name, {}, opts);
    this.bucket = new s3.Bucket(`${name}`, { tags: { team: 'data' } }, { parent: this });
    new s3.BucketPolicy(`${name}-policy`, {
      bucket: this.bucket.id,
      policy: pulumi.jsonStringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [this.bucket.arn, pulumi.interpolate`${this.bucket.arn}/*`] }],
      }),
    }, { parent: this });
    this.registerOutputs({ bucketArn: this.bucket.arn });
  }
}

function program() {
  const store = new Store('logs');
  const secret = new secretsmanager.Secret('creds', { name: 'AmazonMSK_creds' });
  new secretsmanager.SecretVersion('creds', {
    secretId: secret.id,
    secretString: pulumi.secret(JSON.stringify({ username: 'alice', password: 'hunter2' })),
  });
  return { bucketArn: store.bucket.arn, secretValue: pulumi.secret('hunter2'), secretArn: secret.arn };
}

const byKey = (resources: RecordedResource[]) => resources.map((r) => `${r.type} ${r.name}`);

describe('recordPulumi', () => {
  let recording: Awaited<ReturnType<typeof recordPulumi<ReturnType<typeof program>>>>;
  beforeAll(async () => {
    recording = await recordPulumi(program, { project: 'kafka', stack: 'test' });
  });

  test('records custom and component resources, sorted by type then name', () => {
    expect(byKey(recording.resources)).toEqual([
      'aws:s3/bucket:Bucket logs',
      'aws:s3/bucketPolicy:BucketPolicy logs-policy',
      'aws:secretsmanager/secret:Secret creds',
      'aws:secretsmanager/secretVersion:SecretVersion creds',
      'kafka-iac:test:Store logs',
    ]);
    expect(recording.resources.find((r) => r.type === 'kafka-iac:test:Store')?.custom).toBe(false);
  });

  test('never shows a secret, and says where one was', () => {
    expect(JSON.stringify(recording)).not.toContain('hunter2');
    const version = recording.resources.find((r) => r.type.endsWith('SecretVersion'));
    expect(version?.inputs).toEqual({ secretId: 'creds-id', secretString: SECRET_PLACEHOLDER });
    expect(recording.outputs.secretValue).toBe(SECRET_PLACEHOLDER);
  });

  test('computed ARNs flow into dependent inputs and outputs', () => {
    const arn = 'arn:aws:s3:::logs';
    const policy = recording.resources.find((r) => r.name === 'logs-policy');
    expect(JSON.parse(policy?.inputs.policy as string).Statement[0].Resource).toEqual([arn, `${arn}/*`]);
    expect(policy?.inputs.bucket).toBe('logs-id');
    expect(recording.outputs.bucketArn).toBe(arn);
    expect(recording.outputs.secretArn).toMatch(new RegExp(`^arn:aws:secretsmanager:us-east-1:${MOCK_ACCOUNT_ID}:secret:AmazonMSK_creds-[A-Za-z0-9]{6}$`));
  });

  test('inputs are deeply sorted by key', () => {
    const policy = recording.resources.find((r) => r.name === 'logs-policy');
    expect(Object.keys(policy?.inputs ?? {})).toEqual(['bucket', 'policy']);
  });

  test('lists URNs sorted, with children under their component', () => {
    expect(recording.urns).toEqual([
      'urn:pulumi:test::kafka::aws:secretsmanager/secret:Secret::creds',
      'urn:pulumi:test::kafka::aws:secretsmanager/secretVersion:SecretVersion::creds',
      'urn:pulumi:test::kafka::kafka-iac:test:Store$aws:s3/bucket:Bucket::logs',
      'urn:pulumi:test::kafka::kafka-iac:test:Store$aws:s3/bucketPolicy:BucketPolicy::logs-policy',
      'urn:pulumi:test::kafka::kafka-iac:test:Store::logs',
    ]);
  });

  test('two recordings of one program are identical, and each starts empty', async () => {
    const again = await recordPulumi(program, { project: 'kafka', stack: 'test' });
    expect(again).toEqual(recording);
  });
});

describe('secret scrubbing', () => {
  test('a nested secret marks its whole top-level input secret', async () => {
    const { resources } = await recordPulumi(() => {
      new s3.Bucket('b', { tags: { owner: 'alice', token: pulumi.secret('s3cr3t') } });
    });
    expect(resources[0].inputs).toEqual({ tags: SECRET_PLACEHOLDER });
  });

  test('keys named like secrets are scrubbed even when not marked secret', async () => {
    const { resources } = await recordPulumi(() => {
      new s3.Bucket('b', { tags: { masterUserPassword: 'plain', owner: 'alice' } });
    });
    expect(resources[0].inputs).toEqual({ tags: { masterUserPassword: SECRET_PLACEHOLDER, owner: 'alice' } });
    expect(DEFAULT_SECRET_KEYS).toContain('password');
  });

  test('inputs the provider schema marks secret arrive secret without pulumi.secret', async () => {
    const { resources } = await recordPulumi(() => {
      new secretsmanager.SecretVersion('v', { secretId: 'x', secretString: 'plain-but-sensitive' });
    }, { secretKeys: [] });
    expect(resources[0].inputs).toEqual({ secretId: 'x', secretString: SECRET_PLACEHOLDER });
  });

  test('secretKeys replaces the default list', async () => {
    const { resources } = await recordPulumi(() => {
      new s3.Bucket('b', { bucket: 'visible', tags: { apiKey: 'k-123', password: 'now-visible' } });
    }, { secretKeys: ['apiKey'] });
    expect(resources[0].inputs).toEqual({ bucket: 'visible', tags: { apiKey: SECRET_PLACEHOLDER, password: 'now-visible' } });
  });
});

describe('mocks', () => {
  test('answer the common AWS invokes', async () => {
    const { outputs } = await recordPulumi(async () => {
      const region = await awsIndex.getRegion();
      const zones = await azs.getAvailabilityZones({ state: 'available' });
      return { region: region.region, zones: zones.names };
    });
    expect(outputs).toEqual({ region: 'us-east-1', zones: ['us-east-1a', 'us-east-1b', 'us-east-1c'] });
  });

  test('user overrides are merged over the defaults', async () => {
    const { outputs } = await recordPulumi(async () => {
      const bucket = new s3.Bucket('b', {});
      const region = await awsIndex.getRegion();
      return { id: bucket.id, arn: bucket.arn, website: bucket.websiteEndpoint, region: region.name };
    }, {
      mocks: {
        newResource: (args) => (args.type === 'aws:s3/bucket:Bucket' ? { state: { websiteEndpoint: `${args.name}.s3-website-us-east-1.amazonaws.com` } } : undefined),
        call: (args) => (args.token === 'aws:index/getRegion:getRegion' ? { name: 'eu-west-1' } : undefined),
      },
    });
    expect(outputs).toEqual({ id: 'b-id', arn: 'arn:aws:s3:::b', website: 'b.s3-website-us-east-1.amazonaws.com', region: 'eu-west-1' });
  });

  test('the README example: a mock for your own resource\'s output; without it the output is [unknown]', async () => {
    const program = () => {
      const lb = new LoadBalancer('api', { loadBalancerType: 'network', internal: true, subnets: ['subnet-1'] });
      return { endpoint: lb.dnsName };
    };
    const { outputs } = await recordPulumi(program, {
      mocks: {
        newResource: (args) => (args.type === 'aws:lb/loadBalancer:LoadBalancer' ? { state: { dnsName: `${args.name}.elb.amazonaws.com` } } : undefined),
      },
    });
    expect(outputs.endpoint).toBe('api.elb.amazonaws.com');
    expect((await recordPulumi(program)).outputs.endpoint).toBe(UNKNOWN_PLACEHOLDER);
  });

  test('records an explicit provider and reads config', async () => {
    const { resources } = await recordPulumi(() => {
      const config = new pulumi.Config();
      const provider = new aws.Provider('eu', { region: new pulumi.Config('aws').require('region') as 'eu-west-1' });
      new s3.Bucket('b', { bucket: config.require('bucketName') }, { provider });
    }, { config: { bucketName: 'from-config', 'aws:region': 'eu-west-1' } });
    const bucket = resources.find((r) => r.name === 'b');
    expect(bucket).toEqual({
      type: 'aws:s3/bucket:Bucket',
      name: 'b',
      custom: true,
      provider: 'urn:pulumi:stack::project::pulumi:providers:aws::eu',
      inputs: { bucket: 'from-config' },
    });
    expect(resources.find((r) => r.type === 'pulumi:providers:aws')?.inputs).toMatchObject({ region: 'eu-west-1' });
  });

  test('waits for resources created inside apply callbacks', async () => {
    const { resources } = await recordPulumi(() => {
      const bucket = new s3.Bucket('b', {});
      bucket.arn.apply((arn) => new s3.BucketPolicy('late', { bucket: 'b-id', policy: JSON.stringify({ arn }) }));
    });
    expect(resources.find((r) => r.name === 'late')?.inputs.policy).toBe('{"arn":"arn:aws:s3:::b"}');
  });
});

describe('URN checks', () => {
  test('throws when two resources share a URN', async () => {
    await expect(recordPulumi(() => {
      new s3.Bucket('same', {});
      new s3.Bucket('same', {});
    })).rejects.toThrow(/Duplicate resource URN .*'aws:s3\/bucket:Bucket' named 'same'.*urn:pulumi:stack::project::aws:s3\/bucket:Bucket::same/);
  });

  test('one name under different parent types is not a duplicate', async () => {
    const { urns } = await recordPulumi(() => {
      new s3.Bucket('logs', {});
      new Store('logs');
    });
    expect(urns).toContain('urn:pulumi:stack::project::aws:s3/bucket:Bucket::logs');
    expect(urns).toContain('urn:pulumi:stack::project::kafka-iac:test:Store$aws:s3/bucket:Bucket::logs');
  });

  test('rejects a concurrent recording', async () => {
    const first = recordPulumi(() => undefined);
    await expect(recordPulumi(() => undefined)).rejects.toThrow(/another recording is running/);
    await first;
  });

  test('rethrows a failing program after pending registrations settled', async () => {
    await expect(recordPulumi(() => {
      new s3.Bucket('before-failure', {});
      throw new Error('boom');
    })).rejects.toThrow('boom');
    const { resources } = await recordPulumi(() => undefined);
    expect(resources).toEqual([]);
  });
});
