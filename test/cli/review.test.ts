/**
 * `kafka-iac review`, end to end: the CLI's `main` runs in-process (stdout and stderr captured) on the repository's CDK
 * and Pulumi examples (nothing deployed: the CDK app is constructed in-process, the Pulumi program runs under the
 * default mocks), text and JSON output, --compare, --region, --prices and --usage, usage errors; one run is spawned
 * through tsx, as `npx kafka-iac review` runs it, for the process wiring. The recognition of plans is tested
 * in-process, and so is the README's sample output.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/cli/kafka-iac';
import { classifyPlan, topicCountOf } from '../../lib/cli/review/clusters';
import { planGcpKafkaCluster } from '../../lib/gcp-managed-kafka';
import { planSelfManagedCluster } from '../../lib/self-managed-ec2';
import { devSpec } from '../../examples/self-managed-specs';
import { spec as gcpSpec } from '../gcp-managed-kafka/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'lib', 'cli', 'kafka-iac.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-review-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Run { readonly status: number; readonly stdout: string; readonly stderr: string }

/** Runs `kafka-iac review <args>` in this process (module paths relative to the repository root). */
async function run(...args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err.push(String(chunk)); return true; });
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const status = await main(['review', ...args]);
    return { status, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(cwd);
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

test('spawned through tsx, as `npx kafka-iac review` runs it: exit 0 and the review on stdout', () => {
  const r = spawnSync(TSX, [CLI, 'review', 'examples/cdk/express-default.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout.split('\n')[0]).toBe('examples/cdk/express-default.ts: 1 Kafka cluster');
});

describe('the CDK Express example', () => {
  let r: Run;
  beforeAll(async () => { r = await run('examples/cdk/express-default.ts'); });

  test('exit 0; the facts a reviewer checks, from the plan', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('examples/cdk/express-default.ts: 1 Kafka cluster');
    expect(lines.slice(2, 10)).toEqual([
      'orders-express  (KafkaExpressDefault/Cluster)',
      '  kind         MSK Express, express.m7g.large, Kafka 3.9.x.kraft',
      '  brokers/AZ   1 x 3 AZs',
      '  auth         IAM',
      '  encryption   client-broker TLS, in-cluster TLS; at rest: new KMS key',
      '  storage      managed by MSK (billed per GB kept)',
      '  topics       0',
      '  warnings     none',
    ]);
  });

  test('the monthly cost with its line, the region marked as assumed, what is not priced listed', () => {
    expect(r.stdout).toContain('  cost         $893.52 per month in us-east-1 (assumed: --region to change), 730 h, incomplete: 2 items not priced\n');
    expect(r.stdout).toContain('      $893.52  3 brokers x express.m7g.large, 730 h (2190 hour x $0.408)\n');
    expect(r.stdout).toContain('[cost/usage-needed] `usage.storedGb` is not given');
    expect(r.stdout).toMatch(/\ntotal: \$893\.52 per month \(incomplete: see the items not priced above\)\n$/);
  });
});

test('--region eu-west-1: known, no figures: nothing counted, every line reported', async () => {
  const r = await run('examples/cdk/express-default.ts', '--region', 'eu-west-1');
  expect(r.status).toBe(0);
  expect(r.stdout).toContain('  cost         $0.00 per month in eu-west-1, 730 h, incomplete: 3 items not priced\n');
  expect(r.stdout).toContain('[cost/no-price] No price for broker-hour:express.m7g.large in region eu-west-1');
});

test('the Pulumi Express example under mocks, --json, with --prices and --usage files', async () => {
  const prices = path.join(tmp, 'prices.json');
  const usage = path.join(tmp, 'usage.json');
  // A negotiated storage price: it wins over the table's $0.10.
  fs.writeFileSync(prices, JSON.stringify({ msk: { regions: { 'us-east-1': { 'express-storage:GB-month': 0.08 } } } }));
  fs.writeFileSync(usage, JSON.stringify({ 'orders-express': { storedGb: 1000, gbWrittenPerMonth: 5000 } }));
  const r = await run('examples/pulumi/express-default/program.ts', '--json', '--prices', prices, '--usage', usage);
  expect(r.status).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.clusters).toHaveLength(1);
  const c = doc.clusters[0];
  expect([c.name, c.target, c.declaredAt, c.kind, c.regionFrom]).toEqual(['orders-express', 'msk', 'MskCluster', 'MSK Express, express.m7g.large, Kafka 3.9.x.kraft', 'assumed']);
  // $893.52 brokers + 1,000 GB-month x $0.08 (the file's) + 5,000 GB x $0.01 (the table's).
  expect(c.cost.estimate.lineItems.map((l: { dimension: string; unitUsd: number; source: { title: string } }) => [l.dimension, l.unitUsd, l.source.title])).toEqual([
    ['broker-hour:express.m7g.large', 0.408, 'Amazon MSK pricing'], ['express-storage:GB-month', 0.08, 'user-supplied price'], ['express-data-written:GB', 0.01, 'Amazon MSK pricing'],
  ]);
  expect(c.cost.estimate.complete).toBe(true);
  expect(doc.monthlyUsd).toBe(1023.52);
});

test('--compare prints the cost delta per cluster and in total (CDK base, CDK head)', async () => {
  const r = await run('examples/cdk/provisioned-tiered-scram.ts', '--compare', 'examples/cdk/express-default.ts', '--usage', writeJson('usage-tiered.json', { '*': { tieredGb: 0 } }));
  expect(r.status).toBe(0);
  const delta = r.stdout.slice(r.stdout.indexOf('cost delta'));
  expect(delta.split('\n')[0]).toBe('cost delta examples/cdk/express-default.ts -> examples/cdk/provisioned-tiered-scram.ts:');
  expect(delta).toMatch(/orders-express\s+\$893\.52 ->\s+\$0\.00\s+-\$893\.52 {2}\(removed\)/);
  expect(delta).toMatch(/total\s+\$893\.52 ->/);
});

test('usage errors: exit 2 with the usage; a module without buildApp or program', async () => {
  const missing = await run();
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain('kafka-iac review: missing <module>');
  const bad = await run('examples/cdk/express-default.ts', '--bogus');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain("unknown option '--bogus'");
  const none = await run('examples/self-managed-specs.ts');
  expect(none.status).toBe(2);
  expect(none.stderr).toContain('exports no function buildApp, program, default');
});

function writeJson(name: string, value: unknown): string {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, JSON.stringify(value));
  return f;
}

describe('plans recognised by shape', () => {
  test('a cluster plan is classified; a node plan or anything else is not', () => {
    const sm = planSelfManagedCluster(devSpec);
    expect(classifyPlan(sm)?.target).toBe('self-managed-ec2');
    expect(classifyPlan(sm.nodes[0])).toBeUndefined();
    expect(classifyPlan({ cidr: '10.0.0.0/16' })).toBeUndefined();
    expect(classifyPlan(undefined)).toBeUndefined();
  });

  test('topics: counted from the plan\'s topics where it has them, else none ("-")', () => {
    const gcp = planGcpKafkaCluster(gcpSpec({ topics: [{ name: 'orders', partitions: 6, retentionHours: 168 }, { name: 'audit', partitions: 3, retentionHours: 720 }] }));
    expect(classifyPlan(gcp)?.target).toBe('gcp-managed-kafka');
    expect(topicCountOf(gcp)).toBe(2);
    expect(topicCountOf(planSelfManagedCluster(devSpec))).toBeUndefined();
  });
});

describe('catalog topics of MSK clusters are counted (props and addTopic)', () => {
  test.each([
    ['CDK', 'examples/cdk/express-topics.ts'],
    ['Pulumi', 'examples/pulumi/express-topics/program.ts'],
  ])('%s: the express-topics example', async (_face, module) => {
    const r = await run(module);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toContain('  topics       4');
  });
});

test('the README\'s sample output is what the review prints for the sample\'s command and usage file', async () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /```\n\$ cat usage\.json\n(.+)\n\$ npx kafka-iac review (\S+) --usage usage\.json\n([\s\S]*?)```/.exec(readme);
  expect(block).not.toBeNull();
  const [, usage, module, printed] = block!;
  const r = await run(module!, '--usage', writeJson('readme-usage.json', JSON.parse(usage!)));
  expect(r.status).toBe(0);
  expect(r.stdout).toBe(printed);
});
