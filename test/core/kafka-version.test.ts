import { KAFKA_LINES, kafkaLine, kafkaLines, type KafkaLineInfo } from '../../lib/core';

describe('the Kafka line table', () => {
  test.each(KAFKA_LINES.map((l) => [l]))('%s names its source and the date it was checked', (line) => {
    const info = kafkaLine(line);
    expect(info.line).toBe(line);
    expect(info.source.trim().length).toBeGreaterThan(10);
    expect(info.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(info.checked))).toBe(false);
  });

  test('a missing source or date is what the check above catches', () => {
    const problems = (e: Partial<KafkaLineInfo>) => [!e.source?.trim() && 'source', !/^\d{4}-\d{2}-\d{2}$/.test(e.checked ?? '') && 'checked'].filter(Boolean);
    expect(problems({ ...kafkaLine('4.4'), source: '' })).toEqual(['source']);
    expect(problems({ ...kafkaLine('4.4'), checked: undefined })).toEqual(['checked']);
    expect(problems(kafkaLine('4.4'))).toEqual([]);
  });

  test('lines are ordered and every 4.x line is KRaft-only with Java 17 (4.0 compatibility matrix; no change through 4.4)', () => {
    expect(kafkaLines().map((l) => l.line)).toEqual([...KAFKA_LINES]);
    for (const l of kafkaLines().filter((x) => x.line.startsWith('4.'))) {
      expect([l.line, l.kraftOnly, l.minJava, l.dynamicQuorum, l.tieredStorage]).toEqual([l.line, true, 17, true, 'ga']);
    }
  });

  test.each([
    ['4.0', 'early-access', 'none', '4.0'],
    ['4.1', 'preview', 'early-access', '4.1'],
    ['4.2', 'ga', 'ga', '4.2'],
    ['4.3', 'ga', 'ga', '4.3'],
    ['4.4', 'ga', 'ga', '4.4'],
  ] as const)('%s: share groups %s, streams groups %s, key list %s', (line, share, streams, keyList) => {
    expect(kafkaLine(line)).toMatchObject({ shareGroups: share, streamsGroups: streams, keyList });
  });

  test('MirrorMaker 2 nodes run 3.9 and every later line; older lines use the 3.9 key list', () => {
    expect(kafkaLines().filter((l) => l.mirrorMaker2).map((l) => l.line)).toEqual(['3.9', '4.0', '4.1', '4.2', '4.3', '4.4']);
    for (const l of ['2.8', '3.5', '3.6', '3.7', '3.8'] as const) expect(kafkaLine(l).keyList).toBe('3.9');
  });
});
