#!/usr/bin/env node
/**
 * `kafka-iac`: review before deploy, the way `helm template` shows manifests.
 *
 *   kafka-iac render <module> --out <dir> [--export <name>]
 *
 * Loads `<module>` (JavaScript, or TypeScript through tsx), takes its self-managed cluster spec or plan, plans it
 * exactly as the CDK and Pulumi faces do, and writes one folder per node (`controller-1/`, `broker-1/`, ...) holding
 * the files the node gets: `server.properties`, `kafka.service`, `kafka.env`, `boot.sh` (its user data), plus
 * `jmx-exporter.yml`, `kafka-metrics.py` and `kafka-metrics.service`. Deploy-time values appear as what the node
 * resolves them from: stable DNS names, SSM parameter and secret names. No secret exists at render time.
 *
 * Module contract: it exports `selfManagedSpec` (a `SelfManagedKafkaSpec`, or a function returning one, possibly
 * async), or `selfManagedPlan` (a plan from `planSelfManagedCluster`), or the same as its default export. `--export`
 * picks another export name. The examples under examples/cdk and examples/pulumi export `selfManagedSpec`.
 *
 * A MirrorMaker 2 deployment renders the same way: export `mirrorMakerSpec` (a `MirrorMaker2Spec`) or
 * `mirrorMakerPlan`, and `<dir>/<deployment name>/` receives the files every node of the deployment gets
 * (`mm2.properties`, `boot.sh`, the units, ...): the nodes are identical.
 *
 *   kafka-iac review <module> [--json] [--compare <module>] [--region <r>] [--prices <file>] [--usage <file>]
 *
 * Reviews every Kafka cluster of a CDK app (`buildApp(app)`) or Pulumi program (`program()`) module before deploy:
 * kind, brokers per AZ, auth, encryption, storage, topics, warnings and the monthly cost (see lib/cli/review/).
 */
import * as fs from 'fs';
import * as path from 'path';
import { KafkaValidationError } from '../core';
import { planMirrorMaker2, renderMirrorMakerFiles, type MirrorMaker2Plan, type MirrorMaker2Spec } from '../replication/mirror-maker';
import { planSelfManagedCluster, renderNodeFiles, type SelfManagedClusterPlan, type SelfManagedKafkaSpec } from '../self-managed-ec2';
import { REVIEW_USAGE, parseReviewArgs, renderCompare, renderReview, reviewJson, reviewModule } from './review/review';
import { ReviewUsageError } from './review/load';

const RENDER_USAGE = `Usage: kafka-iac render <module> --out <dir> [--export <name>]

  <module>         a .js/.cjs/.ts file exporting \`selfManagedSpec\` (a spec or a function returning one)
                   or \`selfManagedPlan\`, or \`mirrorMakerSpec\` / \`mirrorMakerPlan\` (MirrorMaker 2);
                   TypeScript is loaded through tsx
  --out <dir>      directory to write one folder per node into (created; existing node folders are replaced)
  --export <name>  the export to read instead of selfManagedSpec / selfManagedPlan / mirrorMakerSpec /
                   mirrorMakerPlan / default
`;

const USAGE = `${RENDER_USAGE}\n${REVIEW_USAGE}`;

class UsageError extends Error {}

interface Args { readonly module: string; readonly out: string; readonly exportName?: string }

function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') { process.stdout.write(USAGE); process.exit(0); }
  if (command !== 'render') throw new UsageError(command ? `unknown command '${command}' (commands: render, review)` : 'missing command (render or review)');
  let module: string | undefined;
  let out: string | undefined;
  let exportName: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--out' || a === '--export') {
      const v = rest[++i];
      if (!v) throw new UsageError(`${a} needs a value`);
      if (a === '--out') out = v; else exportName = v;
    } else if (a.startsWith('--out=')) out = a.slice(6);
    else if (a.startsWith('--export=')) exportName = a.slice(9);
    else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'`);
    else if (module === undefined) module = a;
    else throw new UsageError(`unexpected argument '${a}'`);
  }
  if (!module) throw new UsageError('missing <module>');
  if (!out) throw new UsageError('missing --out <dir>');
  return { module, out, exportName };
}

/** Loads a module; TypeScript goes through tsx's CommonJS hook unless a TypeScript loader is already active. */
function load(file: string): Record<string, unknown> {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new UsageError(`no such file: ${file}`);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const extensions = require.extensions as Record<string, unknown>;
  if (/\.[cm]?tsx?$/.test(abs) && !extensions['.ts']) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('tsx/cjs/api') as { register: () => unknown }).register();
    } catch {
      throw new UsageError(`${file} is TypeScript: install tsx (npm i -D tsx), or run \`npx tsx node_modules/kafka-iac/dist/cli/kafka-iac.js ...\`, or pass the compiled .js`);
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(abs) as Record<string, unknown>;
}

const isPlan = (v: unknown): v is SelfManagedClusterPlan => !!v && typeof v === 'object' && Array.isArray((v as SelfManagedClusterPlan).nodes) && Array.isArray((v as SelfManagedClusterPlan).listeners);

const isMirrorMakerPlan = (v: unknown): v is MirrorMaker2Plan => !!v && typeof v === 'object' && Array.isArray((v as MirrorMaker2Plan).flows) && Array.isArray((v as MirrorMaker2Plan).iamGrants);
const isMirrorMakerSpec = (v: unknown): v is MirrorMaker2Spec => !!v && typeof v === 'object' && Array.isArray((v as MirrorMaker2Spec).flows) && typeof (v as MirrorMaker2Spec).targetCluster === 'string';

type Planned = { kind: 'self-managed'; plan: SelfManagedClusterPlan } | { kind: 'mirror-maker'; plan: MirrorMaker2Plan };

async function planOf(mod: Record<string, unknown>, file: string, exportName?: string): Promise<Planned> {
  const names = exportName ? [exportName] : ['selfManagedPlan', 'selfManagedSpec', 'mirrorMakerPlan', 'mirrorMakerSpec', 'default'];
  const name = names.find((n) => mod[n] !== undefined);
  if (!name) throw new UsageError(`${file} exports none of ${names.join(', ')} (it exports: ${Object.keys(mod).join(', ') || 'nothing'})`);
  let value = mod[name];
  if (typeof value === 'function') value = await (value as () => unknown)();
  if (isPlan(value)) return { kind: 'self-managed', plan: value };
  if (isMirrorMakerPlan(value)) return { kind: 'mirror-maker', plan: value };
  if (isMirrorMakerSpec(value)) return { kind: 'mirror-maker', plan: planMirrorMaker2(value) };
  if (!value || typeof value !== 'object') throw new UsageError(`export '${name}' of ${file} is not a spec or a plan`);
  return { kind: 'self-managed', plan: planSelfManagedCluster(value as SelfManagedKafkaSpec, undefined, `Self-managed Kafka cluster from ${file}`) };
}

/** Writes the one folder every node of a MirrorMaker 2 deployment shares; returns the written paths relative to `out`. */
export function writeMirrorMakerFolder(plan: MirrorMaker2Plan, out: string): string[] {
  const dir = path.join(out, plan.name);
  fs.mkdirSync(out, { recursive: true });
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir);
  const written: string[] = [];
  for (const [file, text] of Object.entries(renderMirrorMakerFiles(plan))) {
    if (typeof text !== 'string') continue;
    fs.writeFileSync(path.join(dir, file), text, { mode: file.endsWith('.sh') || file.endsWith('.py') ? 0o755 : 0o644 });
    written.push(path.join(plan.name, file));
  }
  return written;
}

/** Writes the node folders; returns the written paths relative to `out`. */
export function writeNodeFolders(plan: SelfManagedClusterPlan, out: string): string[] {
  const written: string[] = [];
  fs.mkdirSync(out, { recursive: true });
  for (const node of renderNodeFiles(plan)) {
    const dir = path.join(out, node.nodeName);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir);
    for (const [file, text] of Object.entries(node.files)) {
      if (text === undefined) continue;
      fs.writeFileSync(path.join(dir, file), text, { mode: file.endsWith('.sh') || file.endsWith('.py') ? 0o755 : 0o644 });
      written.push(path.join(node.nodeName, file));
    }
  }
  return written;
}

/** `kafka-iac review`: prints the review (or JSON) to stdout; 2 on a usage error, 1 on a failing program. */
async function review(rest: readonly string[]): Promise<number> {
  try {
    const args = parseReviewArgs(rest);
    const head = await reviewModule(args.module, args, load);
    const base = args.compare ? await reviewModule(args.compare, args, load) : undefined;
    if (args.json) process.stdout.write(reviewJson(args.module, head, base && { file: args.compare!, clusters: base }));
    else {
      process.stdout.write(renderReview(args.module, head));
      if (base) process.stdout.write(`\n${renderCompare(args.compare!, base, args.module, head)}`);
    }
    return 0;
  } catch (e) {
    if (e instanceof ReviewUsageError || e instanceof UsageError) {
      process.stderr.write(`kafka-iac review: ${e.message}\n\n${REVIEW_USAGE}`);
      return 2;
    }
    if (e instanceof KafkaValidationError) {
      process.stderr.write(`kafka-iac review: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`kafka-iac review: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 1;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'review') return review(argv.slice(1));
  try {
    const args = parseArgs(argv);
    const planned = await planOf(load(args.module), args.module, args.exportName);
    if (planned.kind === 'mirror-maker') {
      const p = planned.plan;
      const files = writeMirrorMakerFolder(p, args.out);
      for (const w of p.warnings) process.stderr.write(`warning [${w.code}] ${w.message}\n`);
      process.stdout.write(`${p.name}: MirrorMaker 2 (Kafka ${p.kafkaVersion}), ${p.nodes} identical nodes in ${p.region} next to ${p.targetCluster} -> ${args.out}\n`);
      for (const f of p.flows) process.stdout.write(`  flow ${f.id}: topics ${f.topics.join(',')}, groups ${f.groups.join(',')}\n`);
      process.stdout.write(`${files.length} files written.\n`);
      return 0;
    }
    const plan = planned.plan;
    const written = writeNodeFolders(plan, args.out);
    for (const w of plan.warnings) process.stderr.write(`warning [${w.code}] ${w.message}\n`);
    process.stdout.write(`${plan.clusterName}: Kafka ${plan.kafkaVersion}, ${plan.quorum.mode} quorum, ${plan.nodes.length} nodes -> ${args.out}\n`);
    for (const n of plan.nodes) process.stdout.write(`  ${n.name.padEnd(14)} node.id ${String(n.nodeId).padEnd(4)} ${n.processRoles.join('+').padEnd(18)} ${n.availabilityZone.padEnd(14)} ${n.dnsName}\n`);
    process.stdout.write(`  cluster id: generated once at deploy time into SSM ${plan.clusterId.parameterName}${plan.clusterId.value ? ` (given: ${plan.clusterId.value})` : ''}\n`);
    process.stdout.write(`${written.length} files written.\n`);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`kafka-iac: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof KafkaValidationError) {
      process.stderr.write(`kafka-iac: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`kafka-iac: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
