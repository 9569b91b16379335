/**
 * `kafka-iac review` on modules with an MSK Replicator (the two-Region CDK example, and a Pulumi program under the
 * default mocks): the replicator is reviewed next to the clusters, billed on its own in its target cluster's Region
 * (replicator-hours and GB replicated), with the header counting it apart from the Kafka clusters.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/cli/kafka-iac';
import { classifyPlan, clusterName } from '../../lib/cli/review/clusters';
import { planMskReplicator } from '../../lib/replication/msk-replicator';
import { spec } from '../replication/msk-replicator/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const MODULE = 'examples/cdk/msk-replicator-two-regions.ts';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-iac-review-replicator-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function review(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => { out.push(String(chunk)); return true; });
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { err.push(String(chunk)); return true; });
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    return { status: await main(['review', ...args]), stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.chdir(cwd);
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

const file = (name: string, value: unknown) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, JSON.stringify(value));
  return f;
};

test('an MSK Replicator plan is recognised by its shape and named by its replicator name', () => {
  const plan = planMskReplicator(spec());
  expect(classifyPlan(plan)?.target).toBe('msk-replicator');
  expect(clusterName(classifyPlan(plan)!)).toBe('orders-use1-to-usw2');
});

describe('the two-Region example', () => {
  let text: string;
  beforeAll(async () => {
    const r = await review(MODULE);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    text = r.stdout;
  });

  test('the header counts the replicator apart from the clusters', () => {
    expect(text.split('\n')[0]).toBe(`${MODULE}: 2 Kafka clusters, 1 MSK Replicator`);
  });

  test('the replicator\'s facts, and its cost in the standby Region with nothing counted (no figure, no usage)', () => {
    const block = text.slice(text.indexOf('orders-use1-to-usw2  (KafkaDrStandby/Replicator)'), text.indexOf('\ntotal:'));
    expect(block.split('\n').slice(0, 9)).toEqual([
      'orders-use1-to-usw2  (KafkaDrStandby/Replicator)',
      '  kind         MSK Replicator, MSK -> MSK, cross-Region',
      '  brokers/AZ   - (managed)',
      '  auth         source IAM, target IAM',
      '  encryption   TLS in transit; keeps no data at rest',
      '  storage      none; 2 topic pattern(s), compression LZ4',
      '  topics       -',
      '  warnings     none',
      '  cost         $0.00 per month in us-west-2, 730 h, incomplete: 2 items not priced',
    ]);
    expect(block).toContain('[cost/no-price] No price for replicator-hour:hour in region us-west-2');
    expect(block).toContain('[cost/usage-needed] `usage.gbReplicatedPerMonth` is not given');
  });
});

test('--prices and --usage price the replicator; --json carries it with its target', async () => {
  const prices = file('prices.json', { msk: { regions: { 'us-west-2': { 'replicator-hour:hour': 0.5, 'replicator-data:GB': 0.02 } } } });
  const usage = file('usage.json', { 'orders-use1-to-usw2': { gbReplicatedPerMonth: 5000 } });
  const r = await review(MODULE, '--json', '--prices', prices, '--usage', usage);
  expect(r.status).toBe(0);
  const doc = JSON.parse(r.stdout) as { clusters: { name: string; target: string; regionFrom: string; cost: { estimate: { monthlyUsd: number; complete: boolean; lineItems: { dimension: string; monthlyUsd: number }[] } } }[] };
  const rep = doc.clusters.find((c) => c.name === 'orders-use1-to-usw2')!;
  expect(rep.target).toBe('msk-replicator');
  expect(rep.regionFrom).toBe('program');
  // 730 h x $0.5 = $365; 5,000 GB x $0.02 = $100.
  expect(rep.cost.estimate.lineItems.map((l) => [l.dimension, l.monthlyUsd])).toEqual([['replicator-hour:hour', 365], ['replicator-data:GB', 100]]);
  expect(rep.cost.estimate.complete).toBe(true);
});

describe('a Pulumi program under mocks', () => {
  const PROGRAM = 'test/cli/fixtures/replicator-pulumi.ts';
  type Doc = { clusters: { name: string; target: string; regionFrom: string; cost: { estimate: { region: string } } }[] };
  const replicatorOf = (stdout: string) => (JSON.parse(stdout) as Doc).clusters.find((c) => c.target === 'msk-replicator')!;

  test('without a region in the program, the plan\'s target Region prices the replicator', async () => {
    const r = await review(PROGRAM, '--json');
    expect(r.status).toBe(0);
    expect(replicatorOf(r.stdout)).toMatchObject({ name: 'orders-use1-to-usw2', regionFrom: 'plan', cost: { estimate: { region: 'us-west-2' } } });
  });

  test('the stack\'s aws:region is where the program deploys it', async () => {
    const r = await review(PROGRAM, '--json', '--config', 'aws:region=us-west-2');
    expect(r.status).toBe(0);
    expect(replicatorOf(r.stdout)).toMatchObject({ regionFrom: 'program', cost: { estimate: { region: 'us-west-2' } } });
  });
});
