/**
 * Event Hubs sizing: the plan warns when a declared workload is too big for the declared throughput units (with the
 * auto-inflate maximum), processing or capacity units (partitions) or the tier's retention; recommendations carry the
 * workload at the boundaries of the published figures; `workload` changes nothing else in the plan.
 */
import { EVENT_HUBS_UNIT_CAPACITY, planEventHubsNamespace, recommendEventHubs, validateEventHubsNamespace, type EventHubsNamespaceSpec } from '../../lib/event-hubs';
import { MESSAGE_GRAMMAR_WITH_FIX, validationErrorOf } from '../support/conventions';

const spec = (extra: Partial<EventHubsNamespaceSpec> = {}): EventHubsNamespaceSpec => ({ namespaceName: 'contoso-orders', ...extra });
const sizing = (s: EventHubsNamespaceSpec) => planEventHubsNamespace(s).warnings.filter((w) => w.code.startsWith('sizing/'));

describe('Standard throughput units', () => {
  test('2 TUs carry 2 MB/s in and 4 MB/s out: no warning at the boundary', () => {
    expect(sizing(spec({ tier: 'Standard', capacity: 2, workload: { ingressMBps: 2, consumerFanOut: 2 } }))).toEqual([]);
  });

  test('ingress and egress above the TUs warn with exact messages naming the capacity to declare', () => {
    const w = sizing(spec({ tier: 'Standard', capacity: 2, workload: { ingressMBps: 3, consumerFanOut: 2 } }));
    expect(w.map((i) => [i.code, i.path, i.message])).toEqual([
      ['sizing/ingress-above-throughput', 'workload.ingressMBps',
        '`workload.ingressMBps` must be at most 2 MB/s for `capacity` 2 (1 MB/s per throughput unit, "Scaling with Event Hubs (Microsoft Learn), section Throughput units"), got: 3. Declare `capacity` of at least 3 throughput units.'],
      ['sizing/egress-above-throughput', 'workload.consumerFanOut',
        '`workload.consumerFanOut` must keep egress (ingress x fan-out) at most 4 MB/s for `capacity` 2 (2 MB/s per throughput unit), got: 2 (egress 6 MB/s). Declare `capacity` of at least 3 throughput units.'],
    ]);
    for (const i of w) expect(i.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('the auto-inflate maximum counts as the capacity', () => {
    expect(sizing(spec({ tier: 'Standard', capacity: 1, autoInflate: { maximumThroughputUnits: 10 }, workload: { ingressMBps: 10 } }))).toEqual([]);
    const [w] = sizing(spec({ tier: 'Standard', capacity: 1, autoInflate: { maximumThroughputUnits: 10 }, workload: { ingressMBps: 10.5 } }));
    expect(w!.message).toBe('`workload.ingressMBps` must be at most 10 MB/s for `autoInflate.maximumThroughputUnits` 10 (1 MB/s per throughput unit, "Scaling with Event Hubs (Microsoft Learn), section Throughput units"), got: 10.5. Declare `autoInflate.maximumThroughputUnits` of at least 11 throughput units.');
  });

  test('beyond 40 TUs the fix is another tier', () => {
    const [w] = sizing(spec({ tier: 'Standard', capacity: 40, workload: { ingressMBps: 41 } }));
    expect(w!.message).toMatch(/got: 41\. Use tier 'Premium' or 'Dedicated': Standard stops at 40 throughput units\.$/);
  });

  test('more partitions than 10 event hubs x 32 hold warn', () => {
    expect(sizing(spec({ tier: 'Standard', capacity: 1, workload: { ingressMBps: 1, partitions: 320 } }))).toEqual([]);
    expect(sizing(spec({ tier: 'Standard', capacity: 1, workload: { ingressMBps: 1, partitions: 321 } })).map((i) => i.message)).toEqual([
      "`workload.partitions` must be at most 320 on Standard (10 event hubs x 32 partitions), got: 321. Use tier 'Premium' (200 partitions per processing unit).",
    ]);
    for (const i of sizing(spec({ tier: 'Standard', capacity: 1, workload: { ingressMBps: 50, partitions: 321, retentionHours: 200 } }))) expect(i.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
    for (const i of sizing(spec({ capacity: 1, workload: { ingressMBps: 1, partitions: 201, retentionHours: 3000 } }))) expect(i.message).toMatch(MESSAGE_GRAMMAR_WITH_FIX);
  });

  test('retention above the tier\'s 168 hours warns', () => {
    expect(sizing(spec({ tier: 'Standard', capacity: 1, workload: { ingressMBps: 1, retentionHours: 168 } }))).toEqual([]);
    expect(sizing(spec({ tier: 'Standard', capacity: 1, workload: { ingressMBps: 1, retentionHours: 169 } })).map((i) => [i.code, i.path, i.message])).toEqual([
      ['sizing/retention-above-tier', 'workload.retentionHours', "`workload.retentionHours` must be at most 168 on Standard (the tier's longest retention), got: 169. Use tier 'Premium' (up to 90 days), or Capture to keep events longer."],
    ]);
  });
});

describe('Premium and Dedicated', () => {
  test('Premium throughput is not checked (no published figure); partitions above 200 per PU warn with the PUs to declare', () => {
    expect(sizing(spec({ capacity: 1, workload: { ingressMBps: 500, partitions: 200 } }))).toEqual([]);
    expect(sizing(spec({ capacity: 1, workload: { ingressMBps: 1, partitions: 201 } })).map((i) => [i.code, i.message])).toEqual([
      ['sizing/partitions-above-capacity', '`workload.partitions` must be at most 200 for 1 processing unit (200 each, "Azure Event Hubs quotas and limits"), got: 201. Declare `capacity` 2 (processing units).'],
    ]);
    expect(sizing(spec({ capacity: 4, workload: { ingressMBps: 1, partitions: 900 } }))[0]!.message).toMatch(/Declare `capacity` 8 \(processing units\)\.$/);
    expect(sizing(spec({ capacity: 16, workload: { ingressMBps: 1, partitions: 3201 } }))[0]!.message).toMatch(/Use tier 'Dedicated' \(2,000 partitions per capacity unit\)\.$/);
  });

  test('Premium retention above 90 days warns', () => {
    expect(sizing(spec({ workload: { ingressMBps: 1, retentionHours: 90 * 24 + 1 } })).map((i) => i.message)).toEqual([
      "`workload.retentionHours` must be at most 2160 on Premium (the tier's longest retention), got: 2161. Use Capture to keep events longer.",
    ]);
  });

  test('a created Dedicated cluster: 2,000 partitions per capacity unit', () => {
    expect(sizing(spec({ tier: 'Dedicated', capacity: 1, workload: { ingressMBps: 1, partitions: 2000 } }))).toEqual([]);
    expect(sizing(spec({ tier: 'Dedicated', capacity: 1, workload: { ingressMBps: 1, partitions: 2001 } })).map((i) => i.message)).toEqual([
      '`workload.partitions` must be at most 2000 for 1 capacity unit (2000 each, "Azure Event Hubs quotas and limits"), got: 2001. Declare `capacity` 2 (capacity units).',
    ]);
  });
});

describe('workload validation and plan', () => {
  test('an invalid workload is a coded error, all at once', () => {
    const err = validationErrorOf(() => planEventHubsNamespace(spec({ workload: { ingressMBps: 0, partitions: 1.5 } })));
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([['sizing/invalid-workload', 'workload.ingressMBps'], ['sizing/invalid-workload', 'workload.partitions']]);
    expect(validateEventHubsNamespace(spec({ workload: { ingressMBps: -1 } })).filter((i) => i.code.startsWith('sizing/')).map((i) => i.severity)).toEqual(['error']);
  });

  test('the workload is carried in the plan and changes nothing else', () => {
    const without = planEventHubsNamespace(spec({ tier: 'Standard', capacity: 2 }));
    const withW = planEventHubsNamespace(spec({ tier: 'Standard', capacity: 2, workload: { ingressMBps: 1 } }));
    expect(withW.workload).toEqual({ ingressMBps: 1 });
    const { workload: _w, ...rest } = withW;
    expect(rest).toEqual(without);
  });
});

describe('recommendEventHubs', () => {
  test('Standard with the TUs ingress and egress need, up to 40', () => {
    const r = recommendEventHubs({ ingressMBps: 5, consumerFanOut: 3 })!;
    expect([r.tier, r.capacity, r.throughputChecked]).toEqual(['Standard', 8, true]); // egress 15 / 2 = 7.5 -> 8
    expect(r.reasons).toEqual([
      'ingress 5 MB/s / 1 MB/s per throughput unit = 5',
      'egress 15 MB/s / 2 MB/s per throughput unit = 7.5',
      'Standard fits: its throughput units, retention and partitions hold the workload',
    ]);
    expect(recommendEventHubs({ ingressMBps: 40 })).toMatchObject({ tier: 'Standard', capacity: 40 });
    expect(recommendEventHubs({ ingressMBps: 0.1 })).toMatchObject({ tier: 'Standard', capacity: 1 });
  });

  test('above 40 TUs, 168 hours or 320 partitions: Premium with PUs for the partitions, throughput unchecked', () => {
    const r = recommendEventHubs({ ingressMBps: 41 })!;
    expect([r.tier, r.capacity, r.throughputChecked]).toEqual(['Premium', 1, false]);
    expect(r.reasons[0]).toBe("41 throughput units exceed Standard's 40");
    expect(r.reasons.at(-1)).toBe('no per-unit throughput is published for this tier: load-test the throughput');
    expect(recommendEventHubs({ ingressMBps: 1, retentionHours: 169 })).toMatchObject({ tier: 'Premium', capacity: 1 });
    expect(recommendEventHubs({ ingressMBps: 1, partitions: 321 })).toMatchObject({ tier: 'Premium', capacity: 2 });
    expect(recommendEventHubs({ ingressMBps: 1, partitions: 3200 })).toMatchObject({ tier: 'Premium', capacity: 16 });
  });

  test('Dedicated above 16 PUs of partitions; undefined beyond 20 CUs or 90 days', () => {
    expect(recommendEventHubs({ ingressMBps: 1, partitions: 3201 })).toMatchObject({ tier: 'Dedicated', capacity: 2 });
    expect(recommendEventHubs({ ingressMBps: 1, partitions: 40000 })).toMatchObject({ tier: 'Dedicated', capacity: 20 });
    expect(recommendEventHubs({ ingressMBps: 1, partitions: 40001 })).toBeUndefined();
    expect(recommendEventHubs({ ingressMBps: 1, retentionHours: 2161 })).toBeUndefined();
  });

  test('the published throughput unit figures are the data used', () => {
    expect(EVENT_HUBS_UNIT_CAPACITY.throughputUnit).toMatchObject({ ingressMBps: 1, ingressEventsPerSecond: 1000, egressMBps: 2, egressEventsPerSecond: 4096 });
    expect(EVENT_HUBS_UNIT_CAPACITY.throughputUnit.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });
});
