/**
 * The floor plan of the AWS targets, read from the import statements of lib/: what `msk`, `self-managed-ec2` and
 * `replication` share lives in `lib/aws` (over `lib/core`), so no target reaches into another for it. The only
 * imports of a target by another are the MirrorMaker 2 and MSK Replicator cluster adapters, which take a cluster
 * construct or component of that target.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { tsFiles } from '../support/conventions';

const LIB = path.join(__dirname, '..', '..', 'lib');

/** Replication files that adapt a cluster of another target (and may import that target). */
const CLUSTER_ADAPTERS = [
  'replication/mirror-maker/cdk/clusters.ts',
  'replication/mirror-maker/pulumi/clusters.ts',
  'replication/msk-replicator/cdk/cluster-input.ts',
  'replication/msk-replicator/pulumi/cluster-input.ts',
];

interface Edge {
  /** Importing file, relative to lib/. */
  readonly from: string;
  /** Imported module: a lib/ path for relative imports, the package name otherwise. */
  readonly to: string;
  /** True for a file or folder of lib/ (a relative import). */
  readonly local: boolean;
}

/** Every import, export-from, require and dynamic import of a file (the TypeScript scanner, not a regex). */
function importsOf(file: string): Edge[] {
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  return importedFiles.map(({ fileName }) => {
    const local = fileName.startsWith('.');
    return { from: path.relative(LIB, file), to: local ? path.relative(LIB, path.resolve(path.dirname(file), fileName)) : fileName, local };
  });
}

const edges = tsFiles(LIB).flatMap(importsOf);
/** The first folder of a lib/ path (`msk/cdk/grants` -> `msk`). */
const area = (p: string): string => p.split('/')[0]!;
/** Where an import lands: a lib/ folder, or undefined for a package. */
const target = (e: Edge): string | undefined => (e.local ? area(e.to) : undefined);
const show = (e: Edge) => `${e.from} -> ${e.to}`;
const between = (from: string, to: string) => edges.filter((e) => area(e.from) === from && target(e) === to).map(show);

test('the scan reads the imports it judges', () => {
  expect(edges.length).toBeGreaterThan(500);
  expect(between('msk', 'aws').length).toBeGreaterThan(5);
  expect(between('replication', 'msk')).toContain('replication/mirror-maker/cdk/clusters.ts -> msk/cdk/msk-cluster');
});

test('msk and self-managed-ec2 never import each other', () => {
  expect([...between('msk', 'self-managed-ec2'), ...between('self-managed-ec2', 'msk')]).toEqual([]);
});

test('replication imports msk or self-managed-ec2 only in its cluster adapters', () => {
  const reaching = [...between('replication', 'msk'), ...between('replication', 'self-managed-ec2')];
  expect(reaching.filter((e) => !CLUSTER_ADAPTERS.includes(e.split(' -> ')[0]!))).toEqual([]);
});

test('pipelines imports no target: it takes clusters through lib/aws and lib/core types (event-hubs: its spec type only)', () => {
  const reaching = ['msk', 'self-managed-ec2', 'replication', 'confluent', 'gcp-managed-kafka'].flatMap((t) => between('pipelines', t));
  expect(reaching).toEqual([]);
  expect(between('pipelines', 'event-hubs')).toEqual(['pipelines/schema-registry/event-hubs.ts -> event-hubs/spec']);
});

test('lib/aws builds on lib/core only: it imports no target, nor lib/testing or lib/cli', () => {
  const allowed = new Set(['aws', 'core', undefined]);
  expect(edges.filter((e) => area(e.from) === 'aws' && !allowed.has(target(e))).map(show)).toEqual([]);
});

test('lib/core imports nothing else of lib/', () => {
  const allowed = new Set(['core', undefined]);
  expect(edges.filter((e) => area(e.from) === 'core' && !allowed.has(target(e))).map(show)).toEqual([]);
});

test('lib/aws faces load only their own SDK: cdk/ never @pulumi/*, pulumi/ never aws-cdk-lib or constructs', () => {
  const crossing = edges.filter((e) => {
    if (!e.from.startsWith('aws/')) return false;
    if (e.from.startsWith('aws/cdk/')) return !e.local && e.to.startsWith('@pulumi/');
    if (e.from.startsWith('aws/pulumi/')) return !e.local && /^(aws-cdk-lib|constructs)(\/|$)/.test(e.to);
    return false;
  });
  expect(crossing.map(show)).toEqual([]);
});

test('the check itself sees a forbidden import', () => {
  const probe = ts.preProcessFile("import type { X } from '../../msk/cdk/msk-cluster';\nexport * from './a';\nconst y = require('../b');", true, true);
  expect(probe.importedFiles.map((f) => f.fileName)).toEqual(['../../msk/cdk/msk-cluster', './a', '../b']);
});
