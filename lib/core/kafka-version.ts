/**
 * Apache Kafka release lines as data (conventions §6: capabilities are data, not string matching).
 * Managed services map their own version strings onto these lines (see each target's plan).
 *
 * Sources: Apache Kafka release notes and KIPs (KIP-405 tiered storage production-ready in 3.9,
 * KIP-853 dynamic KRaft quorum in 3.9, KIP-833 ZooKeeper removed in 4.0, KIP-750 Java 17 for brokers in 4.0).
 * Checked 2026-11.
 */

/** Apache Kafka release lines the library knows. */
export const KAFKA_LINES = ['2.8', '3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2'] as const;
export type KafkaLine = (typeof KAFKA_LINES)[number];

/** Which reference key list validates `server.properties` for a line. */
export type KeyListId = '3.9' | '4.0';

export interface KafkaLineInfo {
  readonly line: KafkaLine;
  /** KRaft (ZooKeeper-less) mode is production-ready. */
  readonly kraft: boolean;
  /** ZooKeeper mode is gone (4.0+). */
  readonly kraftOnly: boolean;
  /** KIP-853 dynamic controller quorum (`controller.quorum.bootstrap.servers`). */
  readonly dynamicQuorum: boolean;
  /** KIP-405 tiered storage production-ready (early access from 3.6). */
  readonly tieredStorage: 'none' | 'early-access' | 'ga';
  /** Minimum Java version for brokers. */
  readonly minJava: 8 | 11 | 17;
  /**
   * Key list used to validate rendered properties. Lines before 3.9 use the 3.9 list: we hold no older
   * list, and validation is about catching typos and removed keys, not about keys newer than the line.
   */
  readonly keyList: KeyListId;
}

const table: Record<KafkaLine, KafkaLineInfo> = {
  '2.8': { line: '2.8', kraft: false, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'none', minJava: 8, keyList: '3.9' },
  '3.5': { line: '3.5', kraft: true, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'none', minJava: 8, keyList: '3.9' },
  '3.6': { line: '3.6', kraft: true, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'early-access', minJava: 8, keyList: '3.9' },
  '3.7': { line: '3.7', kraft: true, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'early-access', minJava: 8, keyList: '3.9' },
  '3.8': { line: '3.8', kraft: true, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'early-access', minJava: 8, keyList: '3.9' },
  '3.9': { line: '3.9', kraft: true, kraftOnly: false, dynamicQuorum: true, tieredStorage: 'ga', minJava: 8, keyList: '3.9' },
  '4.0': { line: '4.0', kraft: true, kraftOnly: true, dynamicQuorum: true, tieredStorage: 'ga', minJava: 17, keyList: '4.0' },
  '4.1': { line: '4.1', kraft: true, kraftOnly: true, dynamicQuorum: true, tieredStorage: 'ga', minJava: 17, keyList: '4.0' },
  '4.2': { line: '4.2', kraft: true, kraftOnly: true, dynamicQuorum: true, tieredStorage: 'ga', minJava: 17, keyList: '4.0' },
};

/** Capabilities of a Kafka release line. */
export function kafkaLine(line: KafkaLine): KafkaLineInfo {
  return table[line];
}

/** Parses `3.9.1`, `3.9.x`, `3.7.x.kraft` or `2.8.2.tiered` into its release line, or undefined. */
export function lineOf(version: string): KafkaLine | undefined {
  const m = /^(\d+)\.(\d+)(?:\.|$)/.exec(version);
  if (!m) return undefined;
  const line = `${m[1]}.${m[2]}`;
  return (KAFKA_LINES as readonly string[]).includes(line) ? (line as KafkaLine) : undefined;
}
