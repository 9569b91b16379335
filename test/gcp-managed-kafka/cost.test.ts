/** Monthly cost of Managed Kafka plans: DCUs from vCPU and RAM, local and persistent storage. */
import { roundUsd } from '../../lib/core';
import { estimateGcpKafkaCost, planGcpKafkaCluster } from '../../lib/gcp-managed-kafka';
import { spec } from './fixtures';

test('the pricing page\'s worked example: 6 vCPU with 4 GiB each = 6 DCU = $0.54 per hour in us-central1', () => {
  // "a cluster with 6 vCPUs and 4 GiB of RAM per vCPU consumes 6 DCU. The cost of this cluster is 6 DCU * 9 cents /
  // hour / DCU = 54 cents / hour in us-central1" (Google Cloud Managed Service for Apache Kafka pricing, read 2026-12-04).
  const plan = planGcpKafkaCluster(spec({ vcpuCount: 6, memoryGiB: 24 }));
  const est = estimateGcpKafkaCost(plan, { region: 'us-central1', usage: { hours: 1 } });
  expect(est.lineItems.map((l) => [l.dimension, l.quantity, roundUsd(l.monthlyUsd)])).toEqual([['dcu-hour:compute', 6, 0.54]]);
  // Local storage (600 GB, the page's 100 GB per vCPU) and persistent storage: no figure / no usage, reported.
  expect(est.issues.map((i) => i.path)).toEqual(['prices.regions.us-central1.local-storage:GB-month', 'usage.storedGb']);
});

test('europe-west1 (the plan\'s region) is known without figures: reported, not zero', () => {
  const est = estimateGcpKafkaCost(planGcpKafkaCluster(spec()));
  expect(est.region).toBe('europe-west1');
  expect(est.monthlyUsd).toBe(0);
  expect(est.complete).toBe(false);
  expect(est.issues.map((i) => i.code)).toEqual(['cost/no-price', 'cost/no-price', 'cost/usage-needed']);
});
