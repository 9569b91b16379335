/**
 * 1,000 native topics on one `MskCluster` (AWS CDK): spread over nested stacks by a hash of the name, every stack under
 * CloudFormation's 500 resources, placement stable when topics are added, and more than 400 topics without
 * `topicStacks` refused before the first deployment.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { MskCluster } from '../../../lib/msk/cdk';
import { topicStackOf } from '../../../lib/msk/topics';
import { assemblyDir } from '../../support/cdk-examples';
import { validationErrorOf } from '../../support/conventions';

const outdir = assemblyDir('kafka-iac-msk-topics-scale-');
const topics = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `domain${i % 17}.events.v${i}`, partitions: 3 }));

test('1,000 topics over 4 nested stacks: every stack holds fewer than 500 resources', () => {
  const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, 'thousand') });
  const stack = new Stack(app, 'Thousand');
  new MskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'orders', instanceType: 'express.m7g.4xlarge', topics: topics(1000), topicStacks: 4 });
  const assembly = app.synth();
  const templates = [assembly.getStackByName('Thousand').template, ...nestedTemplates(assembly.directory)];
  const counts = templates.map((t) => Object.keys(t.Resources).length);
  expect(counts.every((c) => c < 500)).toBe(true);
  const topicCounts = templates.map((t) => Object.values(t.Resources as Record<string, { Type: string }>).filter((r) => r.Type === 'AWS::MSK::Topic').length);
  expect(topicCounts.reduce((a, b) => a + b, 0)).toBe(1000);
  expect(topicCounts[0]).toBe(0); // the cluster's stack holds the nested stacks, no topic
  expect(topicCounts.slice(1).filter((c) => c > 0)).toHaveLength(4);
});

/** The nested stack templates aws-cdk-lib writes next to the parent's. */
function nestedTemplates(dir: string): any[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.nested.template.json')).map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

test('a topic stays in its nested stack whatever other topics are added or removed', () => {
  fc.assert(fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9._-]{1,40}$/), { minLength: 1, maxLength: 50 }), fc.integer({ min: 1, max: 64 }), (names, n) => {
    const before = Object.fromEntries(names.map((x) => [x, topicStackOf(x, n)]));
    const after = Object.fromEntries([...names, 'added.topic'].reverse().map((x) => [x, topicStackOf(x, n)]));
    return names.every((x) => before[x] === after[x] && before[x]! >= 0 && before[x]! < n);
  }));
});

test('more than 400 topics in the cluster\'s own stack are refused, naming the fix', () => {
  const app = new App({ builtinCloudFormationValidation: false, outdir: path.join(outdir, 'inline') });
  const err = validationErrorOf(() => new MskCluster(new Stack(app, 'Inline'), 'Cluster', { kind: 'express', clusterName: 'orders', instanceType: 'express.m7g.4xlarge', topics: topics(401) }));
  expect(err.codes).toEqual(['msk/topic-stacks']);
  expect(err.issues[0]!.message).toBe('`topicStacks` must be set for more than 400 topics (a CloudFormation stack holds at most 500 resources), got: undefined. '
    + 'Set topicStacks to 3 or more before the first deployment of the topics, and never change it afterwards.');
});
