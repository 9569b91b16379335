/**
 * Apache Kafka release lines as data (conventions §6: capabilities are data, not string matching).
 * Managed services map their own version strings onto these lines (see each target's plan).
 *
 * Every entry names its source and the date it was checked; test/core/kafka-version.test.ts fails on an entry without
 * them. Newest release when last checked (2026-12-04): 4.4.0.
 */

/** Apache Kafka release lines the library knows. */
export const KAFKA_LINES = ['2.8', '3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2', '4.3', '4.4'] as const;
export type KafkaLine = (typeof KAFKA_LINES)[number];

/**
 * Which reference key list validates the properties of a line (lib/core/config/keys.ts). 3.9: the source-derived
 * 3.9.0-rc3 list; 4.0, 4.1 and 4.4: the configuration tables Kafka publishes for those lines; 4.2 and 4.3, for which no
 * table is published: the keys published for both 4.1 and 4.4.
 */
export type KeyListId = '3.9' | '4.0' | '4.1' | '4.2' | '4.3' | '4.4';

/** How far a feature is along on a line: absent, early access, preview, or production-ready. */
export type FeatureStage = 'none' | 'early-access' | 'preview' | 'ga';

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
  /** Minimum Java version for brokers, controllers and Connect (MirrorMaker 2). */
  readonly minJava: 8 | 11 | 17;
  /**
   * Logging backend of the server: Log4j 1.x API (reload4j, `-Dlog4j.configuration`, `config/log4j.properties`) up to
   * 3.9; Log4j 2 (`-Dlog4j2.configurationFile`, `config/log4j2.yaml`) from 4.0 (KIP-653, 4.0 upgrade notes).
   */
  readonly log4j: 1 | 2;
  /**
   * Key list used to validate rendered properties. Lines before 3.9 use the 3.9 list: we hold no older
   * list, and validation is about catching typos and removed keys, not about keys newer than the line.
   */
  readonly keyList: KeyListId;
  /**
   * KIP-932 share groups (Queues for Kafka): early access in 4.0, preview in 4.1 (`share.version=1` set by hand),
   * production-ready from 4.2, where a cluster formatted at the line's release version gets `share.version=1`.
   */
  readonly shareGroups: FeatureStage;
  /** KIP-1071 streams groups (the Streams rebalance protocol): early access in 4.1, production-ready from 4.2. */
  readonly streamsGroups: FeatureStage;
  /** Dedicated MirrorMaker 2 nodes may run this line: the library holds its MirrorMaker 2, worker and client keys. */
  readonly mirrorMaker2: boolean;
  /** Where the facts of this entry come from (release notes, upgrade notes, KIPs, documentation pages). */
  readonly source: string;
  /** When the entry was last checked against its source (ISO date). */
  readonly checked: string;
}

const CHECKED = '2026-12-04';
const up = (l: string) => `https://kafka.apache.org/${l}/getting-started/upgrade`;

const table: Record<KafkaLine, KafkaLineInfo> = {
  '2.8': {
    line: '2.8', kraft: false, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'none', minJava: 8, log4j: 1, keyList: '3.9',
    shareGroups: 'none', streamsGroups: 'none', mirrorMaker2: false,
    source: `${up('28')} (KIP-500 KRaft early access only)`, checked: CHECKED,
  },
  '3.5': {
    line: '3.5', kraft: true, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'none', minJava: 8, log4j: 1, keyList: '3.9',
    shareGroups: 'none', streamsGroups: 'none', mirrorMaker2: false,
    source: `${up('35')}; https://kafka.apache.org/35/operations/java-version (KRaft production-ready since 3.3)`, checked: CHECKED,
  },
  '3.6': {
    line: '3.6', kraft: true, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'early-access', minJava: 8, log4j: 1, keyList: '3.9',
    shareGroups: 'none', streamsGroups: 'none', mirrorMaker2: false,
    source: `${up('36')} (KIP-405 tiered storage early access)`, checked: CHECKED,
  },
  '3.7': {
    line: '3.7', kraft: true, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'early-access', minJava: 8, log4j: 1, keyList: '3.9',
    shareGroups: 'none', streamsGroups: 'none', mirrorMaker2: false,
    source: `${up('37')}; https://kafka.apache.org/37/operations/java-version`, checked: CHECKED,
  },
  '3.8': {
    line: '3.8', kraft: true, kraftOnly: false, dynamicQuorum: false, tieredStorage: 'early-access', minJava: 8, log4j: 1, keyList: '3.9',
    shareGroups: 'none', streamsGroups: 'none', mirrorMaker2: false,
    source: up('38'), checked: CHECKED,
  },
  '3.9': {
    line: '3.9', kraft: true, kraftOnly: false, dynamicQuorum: true, tieredStorage: 'ga', minJava: 8, log4j: 1, keyList: '3.9',
    shareGroups: 'none', streamsGroups: 'none', mirrorMaker2: true,
    source: `${up('39')} (KIP-853 dynamic quorum, KIP-405 production-ready); https://kafka.apache.org/39/operations/java-version`, checked: CHECKED,
  },
  '4.0': {
    line: '4.0', kraft: true, kraftOnly: true, dynamicQuorum: true, tieredStorage: 'ga', minJava: 17, log4j: 2, keyList: '4.0',
    shareGroups: 'early-access', streamsGroups: 'none', mirrorMaker2: true,
    source: `${up('40')} (KIP-833 ZooKeeper removed; KIP-653 Log4j 2, config/log4j2.yaml); https://kafka.apache.org/40/getting-started/compatibility (server and Connect need Java 17); `
      + 'KIP-932 Early Access Release Notes (cwiki)', checked: CHECKED,
  },
  '4.1': {
    line: '4.1', kraft: true, kraftOnly: true, dynamicQuorum: true, tieredStorage: 'ga', minJava: 17, log4j: 2, keyList: '4.1',
    shareGroups: 'preview', streamsGroups: 'early-access', mirrorMaker2: true,
    source: `${up('41')} (KIP-932 preview, share.version=1 by hand); https://kafka.apache.org/41/operations/java-version; `
      + 'GroupCoordinatorConfig 4.1 (streams rebalance protocol in early access)', checked: CHECKED,
  },
  '4.2': {
    line: '4.2', kraft: true, kraftOnly: true, dynamicQuorum: true, tieredStorage: 'ga', minJava: 17, log4j: 2, keyList: '4.2',
    shareGroups: 'ga', streamsGroups: 'ga', mirrorMaker2: true,
    source: `${up('42')} (KIP-932 and KIP-1071 production-ready); https://kafka.apache.org/42/operations/java-version (Java 17, 21, 25)`, checked: CHECKED,
  },
  '4.3': {
    line: '4.3', kraft: true, kraftOnly: true, dynamicQuorum: true, tieredStorage: 'ga', minJava: 17, log4j: 2, keyList: '4.3',
    shareGroups: 'ga', streamsGroups: 'ga', mirrorMaker2: true,
    source: `${up('43')} (KRaft only; KIP-1237 deprecates group.coordinator.rebalance.protocols; no Java change)`, checked: CHECKED,
  },
  '4.4': {
    line: '4.4', kraft: true, kraftOnly: true, dynamicQuorum: true, tieredStorage: 'ga', minJava: 17, log4j: 2, keyList: '4.4',
    shareGroups: 'ga', streamsGroups: 'ga', mirrorMaker2: true,
    source: `${up('44')}; configuration tables of kafka-site 44/generated (javadoc titled "kafka 4.4.0 API"), see reference/kafka-config-keys/published/`, checked: CHECKED,
  },
};

/** Capabilities of a Kafka release line. */
export function kafkaLine(line: KafkaLine): KafkaLineInfo {
  return table[line];
}

/** Every line's capabilities, oldest first. */
export function kafkaLines(): readonly KafkaLineInfo[] {
  return KAFKA_LINES.map((l) => table[l]);
}

/** Parses `3.9.1`, `3.9.x`, `3.7.x.kraft` or `2.8.2.tiered` into its release line, or undefined. */
export function lineOf(version: string): KafkaLine | undefined {
  const m = /^(\d+)\.(\d+)(?:\.|$)/.exec(version);
  if (!m) return undefined;
  const line = `${m[1]}.${m[2]}`;
  return (KAFKA_LINES as readonly string[]).includes(line) ? (line as KafkaLine) : undefined;
}
