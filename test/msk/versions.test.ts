/**
 * The MSK version table as data (conventions §6): every row cites where its facts come from and when, the dates it
 * carries agree with its flags, and the default of each broker kind is a row that kind runs and MSK still supports.
 */
import { DEFAULT_MSK_VERSION, MSK_VERSIONS, MskClusterSpec, MskProvisionedPlan, MskProvisionedSpec, planMskCluster, validateMskCluster } from '../../lib/msk';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The day the table was last checked against its sources. */
const CHECKED = '2026-12-04';
const SUBNETS = { subnets: ['a', 'b', 'c'].map((z) => ({ subnetId: `subnet-${z}`, availabilityZone: `us-east-1${z}` })) };
const spec = (kind: 'standard' | 'express', extra: Partial<MskProvisionedSpec> = {}): MskClusterSpec => ({ kind, clusterName: 'orders', ...extra } as MskProvisionedSpec);
const errorCodes = (s: MskClusterSpec) => validateMskCluster(s, SUBNETS).filter((i) => i.severity === 'error').map((i) => i.code);

describe.each(MSK_VERSIONS.map((v) => [v.version, v] as const))('row %s', (_version, row) => {
  test('cites at least one source, each with a title, an ISO date no later than the check and the facts it gives', () => {
    expect(row.sources.length).toBeGreaterThan(0);
    for (const s of row.sources) {
      expect(s.title.trim()).not.toBe('');
      expect(s.facts.trim()).not.toBe('');
      expect(s.date).toMatch(ISO_DATE);
      expect(s.date <= CHECKED).toBe(true);
    }
  });
  test('its dates are ISO dates, and it is marked end of support exactly when its published date has passed', () => {
    expect(row.released).toMatch(ISO_DATE);
    if (row.endOfSupportDate !== undefined) expect(row.endOfSupportDate).toMatch(ISO_DATE);
    expect(row.endOfSupport === true).toBe(row.endOfSupportDate !== undefined && row.endOfSupportDate <= CHECKED);
  });
  test('runs on at least one broker kind; a KRaft row says so in its version string, and 4.x is KRaft only', () => {
    expect(row.standard || row.express).toBe(true);
    expect(row.version.endsWith('.kraft')).toBe(row.metadata === 'kraft');
    if (row.line.startsWith('4')) expect(row.metadata).toBe('kraft');
  });
});

describe('the table, checked 2026-12-04', () => {
  const supported = (kind: 'standard' | 'express') => MSK_VERSIONS.filter((v) => v[kind] && !v.endOfSupport).map((v) => v.version);
  test('MSK supports 3.8.x to 4.1.x on Standard brokers (3.6 ended 2026-06-01, 3.7 on 2026-09-01)', () => {
    expect(supported('standard')).toEqual(['3.8.x', '3.8.x.kraft', '3.9.x', '3.9.x.kraft', '4.0.x.kraft', '4.1.x.kraft']);
  });
  test('Express brokers run 3.8.x, 3.9 in KRaft mode and 4.2, which is Express-only', () => {
    expect(supported('express')).toEqual(['3.8.x', '3.9.x.kraft', '4.2.x.kraft']);
  });
  test('a version missing from the table is described with kafkaVersionCapabilities', () => {
    const plan = planMskCluster(spec('standard', {
      kafkaVersion: '4.2.x.kraft', kafkaVersionCapabilities: { line: '4.2', metadata: 'kraft', standard: true, express: true, tieredStorage: true },
    }), SUBNETS) as MskProvisionedPlan;
    expect(plan.kafkaVersion).toEqual({ version: '4.2.x.kraft', line: '4.2', metadata: 'kraft', standard: true, express: true, tieredStorage: true });
  });
  test('the plan carries the capabilities of a row, not its dates and sources', () => {
    const plan = planMskCluster(spec('standard'), SUBNETS) as MskProvisionedPlan;
    expect(Object.keys(plan.kafkaVersion).sort()).toEqual(['express', 'line', 'metadata', 'standard', 'tieredStorage', 'version']);
  });
});

describe.each(['standard', 'express'] as const)('default of %s brokers', (kind) => {
  const row = MSK_VERSIONS.find((v) => v.version === DEFAULT_MSK_VERSION[kind])!;
  test('is a row this kind runs, KRaft, with no end of support published', () => {
    expect(row).toBeDefined();
    expect(row[kind]).toBe(true);
    expect(row.metadata).toBe('kraft');
    expect(row.endOfSupportDate).toBeUndefined();
  });
  test('plans without a version use it', () => {
    expect((planMskCluster(spec(kind), SUBNETS) as MskProvisionedPlan).kafkaVersion.version).toBe(DEFAULT_MSK_VERSION[kind]);
  });
});

describe('version rules', () => {
  test.each([
    ['3.9.x on Express (Express runs 3.9 in KRaft mode only)', spec('express', { kafkaVersion: '3.9.x' }), ['msk/version-not-for-express']],
    ['4.2.x.kraft on Standard brokers (Express-only)', spec('standard', { kafkaVersion: '4.2.x.kraft' }), ['msk/version-not-for-standard']],
    ['3.7.x.kraft after its end of support', spec('standard', { kafkaVersion: '3.7.x.kraft' }), ['msk/end-of-support-version']],
    ['4.1.x.kraft on Express', spec('express', { kafkaVersion: '4.1.x.kraft' }), ['msk/version-not-for-express']],
  ])('%s is refused', (_name, s, codes) => {
    expect(errorCodes(s)).toEqual(codes);
  });
  test.each([
    ['4.2.x.kraft on Express', spec('express', { kafkaVersion: '4.2.x.kraft' })],
    ['4.1.x.kraft on Standard', spec('standard', { kafkaVersion: '4.1.x.kraft' })],
    ['3.7.x.kraft kept on an existing cluster', spec('standard', { kafkaVersion: '3.7.x.kraft', allowEndOfSupportVersion: true })],
  ])('%s is planned', (_name, s) => {
    expect(errorCodes(s)).toEqual([]);
  });
  test('the refusal lists the versions the kind runs', () => {
    const issue = validateMskCluster(spec('standard', { kafkaVersion: '4.2.x.kraft' }), SUBNETS).find((i) => i.code === 'msk/version-not-for-standard')!;
    expect(issue.message).toContain('`kafkaVersion` must be a version Standard brokers support');
    expect(issue.message).toContain('4.1.x.kraft');
  });
});
