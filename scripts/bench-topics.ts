/**
 * Synth time (AWS CDK: construct + plan + synth of every stack, nested stacks included, built-in CloudFormation
 * validator off) and mock-run time (Pulumi, under recordPulumi's default mocks) of an MSK cluster with 100 and
 * 1,000 native topics, and the ratio t(1000) / t(100), which stays at most 12 when time grows linearly with the
 * topic count. Prints medians of BENCH_RUNS runs after one warm-up.
 *
 *   npm run bench:topics
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { App, Stack } from 'aws-cdk-lib';
import type { TopicSpec } from '../lib/core';
import { MskCluster as CdkMskCluster } from '../lib/msk/cdk';
import { MskCluster as PulumiMskCluster } from '../lib/msk/pulumi';
import { recordPulumi } from '../lib/testing/pulumi';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = [100, 1000] as const;
const MAX_RATIO = 12;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function time(fn: () => Promise<void> | void): Promise<number> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

/** `n` topics of a realistic shape: a few typed configs, names over several domains. */
export function benchTopics(n: number): TopicSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `domain${i % 17}.events.v${i}`, partitions: 6, retentionHours: 168, minInSyncReplicas: 2, configs: { 'segment.ms': '3600000' },
  }));
}

function synthCdk(n: number, outdir: string): number {
  const app = new App({ builtinCloudFormationValidation: false, outdir });
  const stack = new Stack(app, 'Topics');
  new CdkMskCluster(stack, 'Cluster', { kind: 'express', clusterName: 'bench', brokerNodes: 3, instanceType: 'express.m7g.16xlarge', topics: benchTopics(n), topicStacks: 8 });
  return app.synth().stacks.length;
}

async function runPulumi(n: number): Promise<void> {
  await recordPulumi(() => {
    new PulumiMskCluster('bench', { kind: 'express', clusterName: 'bench', instanceType: 'express.m7g.16xlarge', vpcId: 'vpc-0abc', subnetIds: ['subnet-a', 'subnet-b', 'subnet-c'], topics: benchTopics(n) });
  });
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-bench-topics-'));
  let failed = false;
  try {
    for (const [face, run] of [
      ['CDK synth', (n: number) => { synthCdk(n, path.join(dir, `cdk-${n}`)); }],
      ['Pulumi mock run', (n: number) => runPulumi(n)],
    ] as const) {
      const ms: number[] = [];
      for (const n of SIZES) ms.push(await time(() => run(n)));
      const ratio = ms[1]! / ms[0]!;
      failed ||= ratio > MAX_RATIO;
      console.log(`${face.padEnd(16)} 100 topics ${ms[0]!.toFixed(0).padStart(6)} ms   1,000 topics ${ms[1]!.toFixed(0).padStart(6)} ms   t(1000)/t(100) ${ratio.toFixed(2)} (at most ${MAX_RATIO})`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

void main();
