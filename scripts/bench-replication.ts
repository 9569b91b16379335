/**
 * Synth time of the disaster-recovery examples (construct + plan + render + synth of every stack of the app to a cloud
 * assembly, built-in CloudFormation validator off), and the time to plan and render one MirrorMaker 2 deployment's
 * files. Prints medians of BENCH_RUNS runs after one warm-up.
 *
 *   npm run bench:replication
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { App } from 'aws-cdk-lib';
import { buildApp as mskReplicator } from '../examples/cdk/msk-replicator-two-regions';
import { buildApp as mirrorMaker } from '../examples/cdk/self-managed-to-msk-mirror-maker';
import { planMirrorMaker2, renderMirrorMakerFiles, type MirrorMaker2Spec } from '../lib/replication';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(fn: () => void): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

function synth(build: (app: App) => unknown, outdir: string): { resources: number } {
  const app = new App({ builtinCloudFormationValidation: false, outdir });
  build(app);
  const assembly = app.synth();
  return { resources: assembly.stacks.reduce((n, s) => n + Object.keys((s.template as { Resources: object }).Resources).length, 0) };
}

const MM2: MirrorMaker2Spec = {
  name: 'bench', region: 'eu-central-1', targetCluster: 'dr', kafkaVersion: '3.9.1',
  clusters: [
    { alias: 'primary', region: 'eu-west-1', bootstrapServers: 'b-0.primary.internal:9096', auth: { mechanism: 'scram', secretArn: 'arn:aws:secretsmanager:eu-west-1:111111111111:secret:mm2-AbCdEf' } },
    { alias: 'dr', region: 'eu-central-1', bootstrapServers: 'b-1.dr.kafka.eu-central-1.amazonaws.com:9098', kafkaVersion: '3.9.x', auth: { mechanism: 'iam', clusterArn: 'arn:aws:kafka:eu-central-1:111111111111:cluster/dr/abc-1' } },
  ],
  flows: [{ source: 'primary', target: 'dr' }],
  distribution: { kind: 's3', bucket: 'artifacts', key: 'kafka_2.13-3.9.1.tgz' },
  iamAuthLibrary: { kind: 's3', bucket: 'artifacts', key: 'aws-msk-iam-auth-all.jar' },
  monitoring: { jmxExporter: { source: { kind: 's3', bucket: 'artifacts', key: 'jmx_prometheus_javaagent.jar' } } },
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-bench-dr-'));
try {
  for (const [name, build] of [['msk-replicator-two-regions', mskReplicator], ['self-managed-to-msk-mirror-maker', mirrorMaker]] as const) {
    let resources = 0;
    const ms = time(() => { resources = synth(build, path.join(dir, name)).resources; });
    console.log(`${name.padEnd(34)} synth ${ms.toFixed(0).padStart(5)} ms  (${resources} resources, all stacks)`);
  }
  const ms = time(() => { renderMirrorMakerFiles(planMirrorMaker2(MM2)); });
  console.log(`${'MirrorMaker 2 plan + node files'.padEnd(34)}       ${ms.toFixed(2).padStart(5)} ms`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
