/**
 * The logical ids (CDK) and URNs (Pulumi) of every data-holding resource of every example, with the properties whose
 * change replaces them, compared with the ledger test/data-holding-ids.txt (every entry ever shipped). An entry that
 * disappears (renamed, replaced, removed) must have its row, with the migration, in MIGRATIONS.md; a new entry is
 * added to the ledger. The ledger never loses a line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { PULUMI_EXAMPLE_NAMES, recordPulumiExample } from './support/pulumi-examples';
import { CFN_DATA_HOLDING_TYPES, PULUMI_DATA_HOLDING_TYPES, identityProps, parseIdChanges } from './support/data-holding';

const ROOT = path.join(__dirname, '..');
const CDK_EXAMPLES = path.join(ROOT, 'examples', 'cdk');
const LEDGER = path.join(__dirname, 'data-holding-ids.txt');

/** Every CDK example that builds an app (`buildApp`). */
function cdkExampleNames(): string[] {
  return fs.readdirSync(CDK_EXAMPLES).filter((f) => f.endsWith('.ts') && /export function buildApp\b/.test(fs.readFileSync(path.join(CDK_EXAMPLES, f), 'utf8')))
    .map((f) => f.slice(0, -3)).sort();
}

function cdkEntries(example: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- each example's builder, found on disk
  const { buildApp } = require(path.join(CDK_EXAMPLES, example)) as { buildApp: (app: App) => unknown };
  const app = new App({ builtinCloudFormationValidation: false });
  buildApp(app);
  const stacks = app.node.findAll().filter((c): c is Stack => Stack.isStack(c));
  const assembly = app.synth();
  return stacks.flatMap((stack) => {
    const resources = assembly.getStackArtifact(stack.artifactId).template.Resources as Record<string, { Type: string; Properties?: Record<string, unknown> }>;
    return Object.entries(resources)
      .filter(([, r]) => r.Type in CFN_DATA_HOLDING_TYPES)
      .map(([id, r]) => `cdk/${example} ${stack.stackName}/${id} ${r.Type}${identityProps(r.Properties, CFN_DATA_HOLDING_TYPES[r.Type]!)}`);
  });
}

async function pulumiEntries(example: string): Promise<string[]> {
  const r = await recordPulumiExample(example);
  return r.urns.flatMap((urn) => {
    const [, , types, ...rest] = urn.split('::');
    const type = types!.split('$').pop()!;
    const keys = PULUMI_DATA_HOLDING_TYPES[type];
    if (!keys) return [];
    const name = rest.join('::');
    const resource = r.resources.find((x) => x.type === type && x.name === name);
    return [`pulumi/${example} ${urn}${identityProps(resource?.inputs as Record<string, unknown> | undefined, keys)}`];
  });
}

const current = new Set<string>();
beforeAll(async () => {
  for (const name of cdkExampleNames()) for (const e of cdkEntries(name)) current.add(e);
  for (const name of PULUMI_EXAMPLE_NAMES) for (const e of await pulumiEntries(name)) current.add(e);
}, 900_000);

const LEDGER_HEADER = [
  '# Every data-holding entry the examples ever shipped (test/data-holding-ids.test.ts). Never delete a line: an entry',
  '# that disappears needs its row in MIGRATIONS.md. UPDATE_DATA_HOLDING_LEDGER=1 npx jest test/data-holding-ids.test.ts',
  '# appends new entries.',
];
const readLedger = () => fs.readFileSync(LEDGER, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
let ledger = readLedger();
beforeAll(() => {
  // Additions only: the union of what was shipped and what the examples build now.
  if (process.env.UPDATE_DATA_HOLDING_LEDGER !== '1') return;
  fs.writeFileSync(LEDGER, [...LEDGER_HEADER, ...[...new Set([...ledger, ...current])].sort()].join('\n') + '\n');
  ledger = readLedger();
});
const changes = parseIdChanges(fs.readFileSync(path.join(ROOT, 'MIGRATIONS.md'), 'utf8'));

test('every example contributes data-holding entries of every kind it builds', () => {
  expect(current.size).toBeGreaterThan(100);
  const kinds = (prefix: string) => new Set([...current].filter((e) => e.startsWith(prefix)).map((e) => e.split(' ')[0]));
  expect([...kinds('cdk/')].sort()).toEqual(cdkExampleNames().map((n) => `cdk/${n}`));
  expect([...kinds('pulumi/')].sort()).toEqual(PULUMI_EXAMPLE_NAMES.map((n) => `pulumi/${n}`));
});

test('no new data-holding entry is missing from the ledger (add new ones to test/data-holding-ids.txt)', () => {
  const known = new Set(ledger);
  expect([...current].filter((e) => !known.has(e)).sort()).toEqual([]);
});

test('every ledger entry still exists, or MIGRATIONS.md says how to migrate from it', () => {
  const migrated = new Set(changes.map((c) => c.old));
  expect(ledger.filter((e) => !current.has(e) && !migrated.has(e))).toEqual([]);
});

test('every MIGRATIONS.md row is about a shipped entry that is gone, and names what replaced it', () => {
  const known = new Set(ledger);
  for (const c of changes) {
    expect([c.old, known.has(c.old), current.has(c.old)]).toEqual([c.old, true, false]);
    expect([c.old, c.new === 'removed' || current.has(c.new)]).toEqual([c.old, true]);
    expect([c.old, c.migration.length > 40]).toEqual([c.old, true]);
  }
});

test('the ledger is sorted and has no duplicates (so a diff shows exactly what changed)', () => {
  expect(ledger).toEqual([...new Set(ledger)].sort());
});
