/**
 * Synth time of `SelfManagedKafkaCluster` for 3, 9 and 30 brokers (3 controllers each, 3 AZs, SCRAM, tiered
 * storage, exporter): construct + plan + render + synth to a cloud assembly, in one process, built-in CloudFormation
 * validator off (it costs the same per template and dominates). Prints the median of BENCH_RUNS synths after one
 * warm-up per size, the resource count, and the time per node, which should stay flat (linear growth).
 *
 *   npx tsx scripts/bench-self-managed.ts
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { App, Stack } from 'aws-cdk-lib';
import { kraftSpec } from '../examples/self-managed-specs';
import { SelfManagedKafkaCluster } from '../lib/self-managed-ec2/cdk';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = [3, 9, 30];

function synthOnce(brokers: number, outdir: string): { ms: number; resources: number } {
  const t0 = performance.now();
  const app = new App({ builtinCloudFormationValidation: false, outdir });
  const stack = new Stack(app, `Bench${brokers}`);
  new SelfManagedKafkaCluster(stack, 'Cluster', {
    ...kraftSpec, availabilityZones: [...kraftSpec.availabilityZones], brokers: { ...kraftSpec.brokers, count: brokers },
  });
  const assembly = app.synth();
  const ms = performance.now() - t0;
  const template = assembly.getStackByName(stack.stackName).template as { Resources: object };
  return { ms, resources: Object.keys(template.Resources).length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const outRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-bench-sm-'));
try {
  console.log(`SelfManagedKafkaCluster synth (validator off), median of ${RUNS} after 1 warm-up, ${os.cpus().length} CPUs, Node ${process.version}`);
  console.log('brokers  nodes  resources  median ms  ms/node');
  for (const b of SIZES) {
    synthOnce(b, path.join(outRoot, `w${b}`));
    const runs = Array.from({ length: RUNS }, (_, i) => synthOnce(b, path.join(outRoot, `${b}-${i}`)));
    const ms = median(runs.map((r) => r.ms));
    const nodes = b + 3;
    console.log(`${String(b).padStart(7)}  ${String(nodes).padStart(5)}  ${String(runs[0]!.resources).padStart(9)}  ${ms.toFixed(0).padStart(9)}  ${(ms / nodes).toFixed(1).padStart(7)}`);
  }
} finally {
  fs.rmSync(outRoot, { recursive: true, force: true });
}
