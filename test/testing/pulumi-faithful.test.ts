/**
 * recordPulumi records what `pulumi up` would see: the URNs the engine creates, unknown values as `[unknown]`, and a
 * failing program as a rejected promise (never an ended process).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as pulumi from '@pulumi/pulumi';
import * as s3 from '@pulumi/aws/s3';
import * as sns from '@pulumi/aws/sns';
import { ManagedKafkaCluster } from '../../lib/gcp-managed-kafka/pulumi';
import { UNKNOWN_PLACEHOLDER, recordPulumi } from '../../lib/testing/pulumi';
import { MINIMAL } from '../gcp-managed-kafka/fixtures';

class Inner extends pulumi.ComponentResource {
  readonly bucket: s3.Bucket;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('test:index:Inner', name, {}, opts);
    this.bucket = new s3.Bucket(`${name}-bucket`, {}, { parent: this });
  }
}

class Outer extends pulumi.ComponentResource {
  readonly inner: Inner;
  readonly topic: sns.Topic;

  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super('test:index:Outer', name, {}, opts);
    this.topic = new sns.Topic(`${name}-topic`, {}, { parent: this });
    this.inner = new Inner(`${name}-inner`, { parent: this });
  }
}

describe('URNs', () => {
  test('are those the engine creates: the types of all ancestors, outermost first', async () => {
    const { urns, outputs } = await recordPulumi(() => {
      const outer = new Outer('app');
      const parented: [pulumi.Resource, string, string, pulumi.Resource][] = [
        [outer.topic, 'app-topic', 'aws:sns/topic:Topic', outer],
        [outer.inner, 'app-inner', 'test:index:Inner', outer],
        [outer.inner.bucket, 'app-inner-bucket', 'aws:s3/bucket:Bucket', outer.inner],
      ];
      return {
        recorded: [outer, ...parented.map(([r]) => r)].map((r) => r.urn),
        // The SDK's own formula (what the engine does): the parent URN's qualified type, `$`, the type.
        computed: parented.map(([, name, type, parent]) => pulumi.createUrn(name, type, parent)),
      };
    }, { project: 'proj', stack: 'dev' });
    expect(urns).toEqual([
      'urn:pulumi:dev::proj::test:index:Outer$aws:sns/topic:Topic::app-topic',
      'urn:pulumi:dev::proj::test:index:Outer$test:index:Inner$aws:s3/bucket:Bucket::app-inner-bucket',
      'urn:pulumi:dev::proj::test:index:Outer$test:index:Inner::app-inner',
      'urn:pulumi:dev::proj::test:index:Outer::app',
    ]);
    expect(outputs.recorded.slice(1)).toEqual(outputs.computed);
    expect([...outputs.recorded].sort()).toEqual(urns);
  });
});

describe('unknown values', () => {
  test('an input built from an output no mock answers is [unknown], in place; never dropped, never "undefined"', async () => {
    let applied = false;
    const { resources, outputs } = await recordPulumi(() => {
      const site = new s3.Bucket('site', {});
      new sns.Topic('notify', {
        displayName: site.websiteEndpoint,
        tags: { endpoint: pulumi.interpolate`https://${site.websiteEndpoint}/`, bucket: site.bucket },
      });
      new s3.BucketPolicy('policy', { bucket: site.id, policy: site.websiteEndpoint.apply((e) => JSON.stringify({ e })) });
      site.websiteEndpoint.apply(() => {
        applied = true;
      });
      return { website: site.websiteEndpoint, arn: site.arn };
    });
    const inputs = (name: string) => resources.find((r) => r.name === name)?.inputs;
    expect(inputs('notify')).toEqual({ displayName: UNKNOWN_PLACEHOLDER, tags: { bucket: 'site', endpoint: UNKNOWN_PLACEHOLDER } });
    expect(inputs('policy')).toEqual({ bucket: 'site-id', policy: UNKNOWN_PLACEHOLDER });
    expect(outputs).toEqual({ website: UNKNOWN_PLACEHOLDER, arn: 'arn:aws:s3:::site' });
    // As in a preview: a callback on an unknown value does not run.
    expect(applied).toBe(false);
    expect(JSON.stringify(resources)).not.toContain('undefined');
    expect(UNKNOWN_PLACEHOLDER).toBe('[unknown]');
  });

  test('a mock answer makes the output known', async () => {
    const { resources } = await recordPulumi(() => {
      const site = new s3.Bucket('site', {});
      new sns.Topic('notify', { displayName: site.websiteEndpoint });
    }, { mocks: { newResource: (a) => (a.type === 'aws:s3/bucket:Bucket' ? { state: { websiteEndpoint: 'site.s3-website-us-east-1.amazonaws.com' } } : undefined) } });
    expect(resources.find((r) => r.name === 'notify')?.inputs).toEqual({ displayName: 'site.s3-website-us-east-1.amazonaws.com' });
  });
});

describe('a failing program rejects the promise with its own error', () => {
  test('an error thrown inside an apply callback that feeds an input', async () => {
    await expect(recordPulumi(() => {
      const b = new s3.Bucket('b', {});
      new s3.BucketPolicy('p', { bucket: b.id, policy: b.arn.apply((arn) => { throw new Error(`no policy for ${arn}`); }) });
    })).rejects.toThrow('no policy for arn:aws:s3:::b');
  });

  test('an error thrown inside an apply callback whose output nobody uses', async () => {
    await expect(recordPulumi(() => {
      const b = new s3.Bucket('b', {});
      b.arn.apply(() => { throw new Error('unused output failed'); });
    })).rejects.toThrow('unused output failed');
  });

  test('a registration the mocks refuse', async () => {
    await expect(recordPulumi(() => {
      new s3.Bucket('b', {});
    }, { mocks: { newResource: () => { throw new Error('mock refused'); } } })).rejects.toThrow('mock refused');
  });

  test('after a failure the next recording starts clean', async () => {
    await expect(recordPulumi(() => {
      new s3.Bucket('b', {}).arn.apply(() => { throw new Error('boom'); });
    })).rejects.toThrow('boom');
    const { resources } = await recordPulumi(() => undefined);
    expect(resources).toEqual([]);
  });

  test('the process survives: `catch` runs and the next recording succeeds (child process)', () => {
    const script = `
      const { recordPulumi } = require('./lib/testing/pulumi');
      const s3 = require('@pulumi/aws/s3');
      (async () => {
        try {
          await recordPulumi(() => { new s3.Bucket('b', {}).arn.apply(() => { throw new Error('boom in apply'); }); });
          console.log('resolved');
        } catch (e) {
          console.log('caught: ' + e.message);
        }
        const again = await recordPulumi(() => { new s3.Bucket('c', {}); });
        console.log('next: ' + again.resources.length);
      })();`;
    const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: path.join(__dirname, '..', '..'), encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(['caught: boom in apply', 'next: 1']);
  });
});

test('a component never builds a name from a missing value: a project without a number is an error, not service-undefined@', async () => {
  await expect(recordPulumi(() => {
    new ManagedKafkaCluster('orders', { ...MINIMAL });
  }, { mocks: { call: (a) => (a.token === 'gcp:organizations/getProject:getProject' ? { number: undefined } : undefined) } }))
    .rejects.toThrow("ManagedKafkaCluster 'orders': no project number for project 'orders-prod-123' (getProject returned none). Set `projectNumber`.");
});
