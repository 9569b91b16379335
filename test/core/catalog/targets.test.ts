import * as fs from 'fs';
import * as path from 'path';
import { CATALOG_TARGET_KINDS, CATALOG_TARGETS, type CatalogSource } from '../../../lib/core';
import { undocumentedOptionalsOf } from '../../support/conventions';

const sourced = (s: CatalogSource | undefined) => s !== undefined && s.title.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(s.date) && s.facts.length > 0;

describe('CATALOG_TARGETS: rules as data, each with its source and date', () => {
  test.each(CATALOG_TARGET_KINDS.map((k) => [k]))('%s', (kind) => {
    const r = CATALOG_TARGETS[kind];
    expect(r.kind).toBe(kind);
    expect(sourced(r.changes.source)).toBe(true);
    for (const limit of [r.maxPartitionsPerTopic, r.maxPartitionsPerCluster, r.maxMessageBytes]) if (limit) expect(sourced(limit.source)).toBe(true);
    if (r.topicKeys) expect(sourced(r.topicKeys.source)).toBe(true);
    if (r.namePattern) expect(sourced(r.namePattern.source)).toBe(true);
    if (r.minLine) expect(sourced(r.minLineSource)).toBe(true);
    if (!r.replicationFactor.settable) expect(sourced(r.replicationFactor.source)).toBe(true);
    expect(r.principalKinds.length).toBeGreaterThan(0);
    if (r.nativeId) expect(sourced(r.nativeId.source)).toBe(true);
    if (r.accessSource) expect(sourced(r.accessSource)).toBe(true);
    if (r.quotasUnsupported) expect([r.quotas, sourced(r.quotasUnsupported.source)]).toEqual([false, true]);
  });

  test('Confluent, GCP and Event Hubs: native principals of a checked shape; quotas on Confluent only, with the alternative elsewhere', () => {
    const ids = { confluent: ['sa-abc123', 'pool-AbC1', 'orders-api'], gcp: ['orders@p.iam.gserviceaccount.com'], 'event-hubs': ['0f8fad5b-d9cb-469f-a165-70867728950e'] } as const;
    for (const [kind, good] of Object.entries(ids)) {
      const r = CATALOG_TARGETS[kind as keyof typeof ids];
      expect([kind, r.principalKinds, r.accessSource !== undefined, good.every((id) => r.nativeId!.regex.test(id))]).toEqual([kind, ['native'], true, true]);
      expect(r.nativeId!.regex.test('Orders API')).toBe(false);
    }
    expect([CATALOG_TARGETS.confluent.quotas, CATALOG_TARGETS.gcp.quotas, CATALOG_TARGETS['event-hubs'].quotas]).toEqual([true, false, false]);
    expect(CATALOG_TARGETS.gcp.quotasUnsupported!.alternative).toMatch(/kafka-configs\.sh/);
    expect(CATALOG_TARGETS['event-hubs'].quotasUnsupported!.alternative).toMatch(/application group/);
  });

  test('MSK Provisioned: topics need Kafka 3.6+; a replication factor change or a rename replaces, partitions and configs change in place', () => {
    const r = CATALOG_TARGETS['msk-provisioned'];
    expect(r).toMatchObject({ applier: 'native', minLine: '3.6' });
    expect(r.changes).toMatchObject({ partitionIncrease: 'in-place', replicationFactor: 'replaces', configs: 'in-place', rename: 'replaces' });
    expect(CATALOG_TARGETS['msk-serverless'].applier).toBe('admin-function');
    expect(CATALOG_TARGETS['self-managed'].applier).toBe('admin-function');
  });

  test('every optional prop of the catalog types and context documents its default', () => {
    const dir = path.join(__dirname, '../../../lib/core/catalog');
    expect(['types.ts', 'context.ts'].flatMap((f) => undocumentedOptionalsOf(path.join(dir, f)))).toEqual([]);
    expect(fs.existsSync(dir)).toBe(true);
  });
});
