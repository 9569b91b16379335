/**
 * `kafka-iac review <module> [--json] [--compare <module>] [--region <r>] [--prices <file>] [--usage <file>]`: for
 * every Kafka cluster (and MSK Replicator) a CDK app or Pulumi program declares, what a reviewer checks (kind, brokers
 * per AZ, auth, encryption, storage, topics, warnings) and its monthly cost with line items; `--compare` prints the
 * cost delta against another module (the base of a pull request).
 */
import * as fs from 'fs';
import { roundUsd, type CostUsage, type PriceOverrides } from '../../core';
import { clusterName, type FoundCluster } from './clusters';
import { costOf, type CostResult } from './cost';
import { loadCdk, loadPulumi, pickEntry, ReviewUsageError, type ModuleKind } from './load';
import { sizingAdviceOf, type SizingAdvice } from './sizing';
import { factsOf, type ClusterFacts } from './summary';

export const REVIEW_USAGE = `Usage: kafka-iac review <module> [--json] [--compare <module>] [--region <region>] [--prices <file>] [--usage <file>] [--export <name>] [--cdk|--pulumi] [--config <key=value>]...

  <module>            a CDK app module exporting buildApp(app), or a Pulumi program module exporting program()
                      (.js, or .ts through tsx); nothing is deployed: the CDK app is constructed in-process, the
                      Pulumi program runs under kafka-iac/testing/pulumi's default mocks
  --json              print the review as JSON
  --compare <module>  also review <module> (e.g. the base branch's) and print the monthly cost delta
  --region <region>   price every cluster in this region (default: the region the program gives the cluster, its
                      plan's own, else us-east-1 for AWS clusters)
  --prices <file>     JSON of your own prices per target, merged over the library's:
                      {"msk": {"regions": {"eu-west-1": {"broker-hour:kafka.m7g.large": 0.2}}}}
  --usage <file>      JSON of usage per cluster (or replicator) name ("*" for all): {"orders": {"gbWrittenPerMonth": 500}}
  --export <name>     the function to run instead of buildApp / program / default
  --cdk, --pulumi     what the export is (default: buildApp is CDK, program and default are Pulumi)
  --config <k=v>      Pulumi configuration the program reads (repeatable), e.g. --config project:owner=me
`;

export interface ReviewArgs {
  readonly module: string;
  readonly json: boolean;
  readonly compare?: string;
  readonly region?: string;
  readonly prices?: PriceOverrides;
  readonly usage?: Readonly<Record<string, CostUsage>>;
  readonly exportName?: string;
  readonly kind?: ModuleKind;
  /** Pulumi configuration for the program (`--config key=value`). */
  readonly config?: Readonly<Record<string, string>>;
}

function readJson(file: string, what: string): unknown {
  if (!fs.existsSync(file)) throw new ReviewUsageError(`no such ${what} file: ${file}`);
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) { throw new ReviewUsageError(`${what} file ${file} is not JSON: ${(e as Error).message}`); }
}

export function parseReviewArgs(rest: readonly string[]): ReviewArgs {
  let module: string | undefined;
  const a: { json: boolean; compare?: string; region?: string; prices?: PriceOverrides; usage?: Record<string, CostUsage>; exportName?: string; kind?: ModuleKind; config?: Record<string, string> } = { json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (!v) throw new ReviewUsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--json') a.json = true;
    else if (flag === '--cdk' || flag === '--pulumi') a.kind = flag === '--cdk' ? 'cdk' : 'pulumi';
    else if (flag === '--compare') a.compare = value();
    else if (flag === '--region') a.region = value();
    else if (flag === '--export') a.exportName = value();
    else if (flag === '--config') {
      const kv = value();
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new ReviewUsageError(`--config needs key=value, got: ${kv}`);
      a.config = { ...a.config, [kv.slice(0, eq)]: kv.slice(eq + 1) };
    }
    else if (flag === '--prices') a.prices = readJson(value(), 'prices') as PriceOverrides;
    else if (flag === '--usage') a.usage = readJson(value(), 'usage') as Record<string, CostUsage>;
    else if (flag.startsWith('-')) throw new ReviewUsageError(`unknown option '${arg}'`);
    else if (module === undefined) module = arg;
    else throw new ReviewUsageError(`unexpected argument '${arg}'`);
  }
  if (!module) throw new ReviewUsageError('missing <module>');
  return { module, ...a };
}

/** One reviewed cluster. */
export interface ReviewedCluster extends ClusterFacts {
  readonly name: string;
  readonly target: FoundCluster['target'];
  readonly declaredAt: string;
  readonly cost: CostResult;
  /** How the region was chosen. */
  readonly regionFrom: 'option' | 'program' | 'plan' | 'assumed';
  /** The recommended shape for the cluster's declared `workload`; absent without one. */
  readonly sizing?: SizingAdvice;
}

/** AWS clusters with no region anywhere are priced here (and marked as assumed). */
export const ASSUMED_AWS_REGION = 'us-east-1';

/** Reviews the clusters of a module. `load` turns the module path into its exports. */
export async function reviewModule(file: string, args: ReviewArgs, load: (file: string) => Record<string, unknown>): Promise<ReviewedCluster[]> {
  const entry = pickEntry(load(file), file, args.exportName, args.kind);
  const found = entry.kind === 'cdk'
    ? loadCdk(entry.fn as (app: unknown) => unknown)
    : await loadPulumi(entry.fn as () => unknown, { ...(args.region ? { 'aws:region': args.region } : {}), ...args.config });
  return found.map((c) => {
    const name = clusterName(c);
    const usage = args.usage?.[name] ?? args.usage?.['*'];
    // Only an MSK plan names no region of its own: priced in us-east-1 when the program does not say (marked).
    const assumable = c.target === 'msk';
    const regionFrom: ReviewedCluster['regionFrom'] = args.region ? 'option' : c.region ? 'program' : assumable ? 'assumed' : 'plan';
    const region = args.region ?? c.region ?? (assumable ? ASSUMED_AWS_REGION : undefined);
    const cost = costOf(c, { ...(region ? { region } : {}), ...(usage ? { usage } : {}), ...(args.prices ? { prices: args.prices } : {}) });
    const sizing = sizingAdviceOf(c);
    return { name, target: c.target, declaredAt: c.declaredAt, ...factsOf(c), cost, regionFrom, ...(sizing ? { sizing } : {}) };
  });
}

const usd = (x: number) => `$${roundUsd(x).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const signed = (x: number) => `${x >= 0 ? '+' : '-'}${usd(Math.abs(x))}`;
const total = (cs: readonly ReviewedCluster[]) => cs.reduce((s, c) => s + ('estimate' in c.cost ? c.cost.estimate.monthlyUsd : 0), 0);

/** The text a person reads in a pull request. */
export function renderReview(file: string, clusters: readonly ReviewedCluster[]): string {
  const out: string[] = [`${file}: ${counted(clusters)}`];
  for (const c of clusters) {
    out.push('', `${c.name}  (${c.declaredAt})`);
    const row = (k: string, v: string) => out.push(`  ${k.padEnd(12)} ${v}`);
    row('kind', c.kind);
    row('brokers/AZ', c.brokersPerAz);
    row('auth', c.auth);
    row('encryption', c.encryption);
    row('storage', c.storage);
    row('topics', c.topics);
    row('warnings', c.warnings.length ? String(c.warnings.length) : 'none');
    for (const w of c.warnings) out.push(`    ${w}`);
    if (c.sizing) {
      row('sizing', `for the declared workload: ${c.sizing.recommended}`);
      for (const r of c.sizing.reasons) out.push(`    ${r}`);
    }
    if ('error' in c.cost) {
      row('cost', `not estimated: ${c.cost.error.message}`);
      continue;
    }
    const e = c.cost.estimate;
    row('cost', `${usd(e.monthlyUsd)} per month in ${e.region}${c.regionFrom === 'assumed' ? ' (assumed: --region to change)' : ''}, ${e.hoursPerMonth} h${e.complete ? '' : `, incomplete: ${e.issues.length} item${e.issues.length === 1 ? '' : 's'} not priced`}`);
    for (const l of e.lineItems) out.push(`    ${usd(l.monthlyUsd).padStart(11)}  ${l.description} (${roundQ(l.quantity)} ${l.unit} x $${l.unitUsd})`);
    for (const i of e.issues) out.push(`    ${'-'.padStart(11)}  [${i.code}] ${i.message}`);
  }
  out.push('', `total: ${usd(total(clusters))} per month${clusters.some((c) => 'error' in c.cost || !c.cost.estimate.complete) ? ' (incomplete: see the items not priced above)' : ''}`);
  return `${out.join('\n')}\n`;
}

const roundQ = (x: number) => String(Math.round(x * 100) / 100);

/** `2 Kafka clusters`, and `, 1 MSK Replicator` when the module has replicators (billed on their own). */
function counted(items: readonly ReviewedCluster[]): string {
  const replicators = items.filter((c) => c.target === 'msk-replicator').length;
  const clusters = items.length - replicators;
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return `${plural(clusters, 'Kafka cluster')}${replicators ? `, ${plural(replicators, 'MSK Replicator')}` : ''}`;
}

/** The cost delta between a base and a head review, per cluster name and in total. */
export function renderCompare(baseFile: string, base: readonly ReviewedCluster[], headFile: string, head: readonly ReviewedCluster[]): string {
  const out = [`cost delta ${baseFile} -> ${headFile}:`];
  const monthly = (c?: ReviewedCluster) => (c && 'estimate' in c.cost ? c.cost.estimate.monthlyUsd : 0);
  const names = [...new Set([...base.map((c) => c.name), ...head.map((c) => c.name)])].sort();
  for (const n of names) {
    const b = base.find((c) => c.name === n);
    const h = head.find((c) => c.name === n);
    const status = !b ? 'added' : !h ? 'removed' : 'changed';
    out.push(`  ${n.padEnd(24)} ${usd(monthly(b)).padStart(11)} -> ${usd(monthly(h)).padStart(11)}  ${signed(monthly(h) - monthly(b)).padStart(12)}${status === 'changed' ? '' : `  (${status})`}`);
  }
  out.push(`  ${'total'.padEnd(24)} ${usd(total(base)).padStart(11)} -> ${usd(total(head)).padStart(11)}  ${signed(total(head) - total(base)).padStart(12)}`);
  return `${out.join('\n')}\n`;
}

/** JSON of a review (and of the base when comparing). */
export function reviewJson(file: string, clusters: readonly ReviewedCluster[], base?: { file: string; clusters: readonly ReviewedCluster[] }): string {
  const doc = {
    module: file,
    clusters,
    monthlyUsd: roundUsd(total(clusters)),
    ...(base ? { compare: { module: base.file, clusters: base.clusters, monthlyUsd: roundUsd(total(base.clusters)), deltaUsd: roundUsd(total(clusters) - total(base.clusters)) } } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
