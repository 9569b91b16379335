/**
 * The release new clusters are built with (examples, docs) and why: the newest production-ready line, its keys
 * published, both disaster-recovery paths able to take it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { KAFKA_LINES, kafkaLine, keyListBasis, lineOf } from '../../lib/core';
import { selfManagedDefaults } from '../../lib/self-managed-ec2';
import { devSpec, kraftSpec } from '../../examples/self-managed-specs';

const R = selfManagedDefaults.RECOMMENDED_KAFKA_VERSION;

test('the recommended release is on the newest line the library knows, with everything that made it the choice', () => {
  const line = kafkaLine(lineOf(R)!);
  expect(line.line).toBe(KAFKA_LINES[KAFKA_LINES.length - 1]);
  expect([line.shareGroups, line.streamsGroups, line.mirrorMaker2, keyListBasis(line.keyList).derived]).toEqual(['ga', 'ga', true, false]);
});

test('the examples and the self-managed guide build new clusters with it', () => {
  for (const s of [kraftSpec, devSpec]) {
    expect(s.kafkaVersion).toBe(R);
    expect(s.distribution).toMatchObject({ key: expect.stringContaining(`kafka_2.13-${R}.tgz`) });
  }
  const guide = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'self-managed-ec2.md'), 'utf8');
  expect(guide.match(/kafkaVersion: '[^']+'/g)!.every((v) => v === `kafkaVersion: '${R}'`)).toBe(true);
});
