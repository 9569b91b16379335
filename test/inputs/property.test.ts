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
import { msk, selfManaged, SUBNETS } from './arbitraries';

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
