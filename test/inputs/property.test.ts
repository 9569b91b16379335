/**
 * Property: any self-managed or MSK spec (wrong types, out-of-range numbers, odd strings, missing fields) either plans
 * or fails with one KafkaValidationError whose issues all carry a code; nothing else is ever thrown. Plans are checked
 * at the plan level (the faces only map a plan) plus a few full CDK constructions, where the face reads raw props
 * before the plan (default VPC, tiered-storage bucket and key).
 */
import { App, Stack } from 'aws-cdk-lib';
import * as fc from 'fast-check';
import { KafkaValidationError } from '../../lib/core';
import { planMskCluster, type MskClusterSpec } from '../../lib/msk';
import { MskCluster } from '../../lib/msk/cdk';
import { planSelfManagedCluster, type SelfManagedKafkaSpec } from '../../lib/self-managed-ec2';
import { SelfManagedKafkaCluster } from '../../lib/self-managed-ec2/cdk';
import { junk, msk, selfManaged, SUBNETS } from './arbitraries';
import { validateEventHubsNamespace, type EventHubsNamespaceSpec } from '../../lib/event-hubs';
import { validateGcpKafkaCluster } from '../../lib/gcp-managed-kafka';
import { planMirrorMaker2, validateMskReplicator, type MirrorMaker2Spec } from '../../lib/replication';
import { spec as gcpSpec, TOPIC } from '../gcp-managed-kafka/fixtures';
import { spec as mm2Spec, DR } from '../replication/mirror-maker/fixtures';
import { source, spec as replicatorSpec, target } from '../replication/msk-replicator/fixtures';

/** Runs `f`; a thrown value must be a KafkaValidationError whose issues all have a code and a message. */
function plansOrFailsCoded(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    if (!(e instanceof KafkaValidationError)) throw new Error(`not a KafkaValidationError: ${(e as Error)?.stack ?? String(e)}`);
    expect(e.issues.length).toBeGreaterThan(0);
    for (const i of e.issues) {
      expect(i.code).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
      expect(i.message.length).toBeGreaterThan(0);
    }
  }
}

test('self-managed: every generated spec plans or fails with coded issues only (with and without the default VPC)', () => {
  fc.assert(fc.property(selfManaged, fc.boolean(), fc.constantFrom(undefined, 'eu-west-1', 'us-east-1'), (spec, defaultVpc, region) => {
    plansOrFailsCoded(() => planSelfManagedCluster(spec as unknown as SelfManagedKafkaSpec, undefined, undefined, { defaultVpc, region }));
  }), { numRuns: 500, seed: 15 });
});

test('MSK: every generated spec plans or fails with coded issues only', () => {
  fc.assert(fc.property(msk, (spec) => {
    plansOrFailsCoded(() => planMskCluster(spec as unknown as MskClusterSpec, SUBNETS));
  }), { numRuns: 1000, seed: 15 });
});

test('full CDK constructions: the faces add no uncoded error of their own', () => {
  fc.assert(fc.property(selfManaged, (spec) => {
    plansOrFailsCoded(() => new SelfManagedKafkaCluster(new Stack(new App(), 'S'), 'Kafka', spec as never));
  }), { numRuns: 6, seed: 15 });
  fc.assert(fc.property(msk, (spec) => {
    plansOrFailsCoded(() => new MskCluster(new Stack(new App(), 'S'), 'Kafka', spec as never));
  }), { numRuns: 6, seed: 15 });
});

/** The errors of a MirrorMaker 2 spec (its plan throws; the others have a validate function). */
function mm2Errors(s: MirrorMaker2Spec) {
  try {
    planMirrorMaker2(s);
    return [];
  } catch (e) {
    if (!(e instanceof KafkaValidationError)) throw e;
    return e.issues.filter((i) => i.severity === 'error');
  }
}

const SUBNET = 'projects/p/regions/europe-west1/subnetworks/s';
const CAPTURE = { storageAccountId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st', blobContainer: 'capture' };
const eh = (extra: object) => validateEventHubsNamespace({ namespaceName: 'contoso-orders', ...extra } as EventHubsNamespaceSpec);
const hub = (extra: object, tier = 'Premium') => eh({ tier, eventHubs: [{ name: 'a', partitions: 4, ...extra }] });
/** One numeric prop of a valid spec set to any value: the errors a target reports for it. */
const NUMERIC_PROPS: [string, (v: unknown) => readonly { severity: string; code: string }[]][] = [
  ['event hubs capacity', (v) => eh({ capacity: v })],
  ['event hubs auto-inflate ceiling', (v) => eh({ tier: 'Standard', autoInflate: { maximumThroughputUnits: v } })],
  ['event hubs partitions', (v) => hub({ partitions: v })],
  ['event hubs retention', (v) => hub({ retentionHours: v })],
  ['event hubs tombstone retention', (v) => hub({ cleanupPolicy: 'compact', tombstoneRetentionHours: v })],
  ['event hubs capture interval', (v) => hub({ capture: { ...CAPTURE, intervalSeconds: v } })],
  ['event hubs capture size', (v) => hub({ capture: { ...CAPTURE, sizeLimitBytes: v } })],
  ['gcp vCPUs', (v) => validateGcpKafkaCluster(gcpSpec({ vcpuCount: v as never }))],
  ['gcp memory', (v) => validateGcpKafkaCluster(gcpSpec({ memoryGiB: v as never }))],
  ['gcp Connect vCPUs', (v) => validateGcpKafkaCluster(gcpSpec({ connect: { primarySubnet: SUBNET, vcpuCount: v } as never }))],
  ['gcp Connect memory', (v) => validateGcpKafkaCluster(gcpSpec({ connect: { primarySubnet: SUBNET, memoryGiB: v } as never }))],
  ['gcp topic partitions', (v) => validateGcpKafkaCluster(gcpSpec({ topics: [{ ...TOPIC, partitions: v as never }] }))],
  ['gcp topic replication factor', (v) => validateGcpKafkaCluster(gcpSpec({ topics: [{ ...TOPIC, replicationFactor: v as never }] }))],
  ['gcp topic min ISR', (v) => validateGcpKafkaCluster(gcpSpec({ topics: [{ ...TOPIC, minInSyncReplicas: v as never }] }))],
  ['gcp topic retention', (v) => validateGcpKafkaCluster(gcpSpec({ topics: [{ ...TOPIC, retentionHours: v as never }] }))],
  ['gcp key rotation', (v) => validateGcpKafkaCluster(gcpSpec({ encryptionKey: { kind: 'create', rotationPeriodDays: v as never } }))],
  ['mm2 target broker count', (v) => mm2Errors(mm2Spec({ clusters: [mm2Spec().clusters[0]!, { ...DR, brokerCount: v as never }] }))],
  ['mm2 replication factor', (v) => mm2Errors(mm2Spec({ replicationFactor: v as never }))],
  ['mm2 nodes', (v) => mm2Errors(mm2Spec({ nodes: v as never }))],
  ['mm2 tasksMax', (v) => mm2Errors(mm2Spec({ tasksMax: v as never }))],
  ['mm2 offset sync interval', (v) => mm2Errors(mm2Spec({ offsetSyncIntervalSeconds: v as never }))],
  ['replicator broker nodes', (v) => validateMskReplicator(replicatorSpec({ kafkaClusters: [source({ brokerNodes: v as never }), target()] }))],
  ['replicator AZ count', (v) => validateMskReplicator(replicatorSpec({ kafkaClusters: [source({ azCount: v as never }), target()] }))],
  ['replicator message lag', (v) => validateMskReplicator(replicatorSpec({ alarms: { messageLag: v as never } }))],
];

test.each(NUMERIC_PROPS)('%s: any JSON value gives at most one coded error, never an exception', (_name, errorsFor) => {
  fc.assert(fc.property(junk, (v) => {
    const errors = errorsFor(v).filter((i) => i.severity === 'error');
    expect(errors.length).toBeLessThanOrEqual(1);
    for (const i of errors) expect(i.code).toMatch(/^[a-z0-9-]+\/[a-z0-9-]+$/);
  }), { numRuns: 60, seed: 15 });
});
