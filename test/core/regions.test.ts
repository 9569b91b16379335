import {
  AWS_REGIONS, AZURE_LOCATIONS, checkAwsAvailabilityZones, checkRegion, closestMatches, didYouMean, editDistance, GCP_REGIONS, IssueCollector, RegionCloud,
} from '../../lib/core';
import { MESSAGE_GRAMMAR } from '../support/conventions';

const check = (cloud: RegionCloud, value: unknown) => {
  const c = new IssueCollector();
  const verdict = checkRegion(cloud, value, { code: 'x/region', path: 'region' }, c);
  return { verdict, errors: c.errors.map((i) => i.message), warnings: c.warnings.map((i) => i.message) };
};

describe('edit distance and suggestions', () => {
  test.each([['kitten', 'sitting', 3], ['us-east-1', 'us-east-1', 0], ['us-eest-2', 'us-east-2', 1], ['eu-wset-1', 'eu-west-1', 1], ['', 'abc', 3]] as const)(
    '%s -> %s: %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
  test('closest first, at most two shown', () => {
    expect(closestMatches('eu-west-4', AWS_REGIONS)[0]).toBe('eu-west-1');
    expect(didYouMean(['a', 'b', 'c'])).toBe('Did you mean "a" or "b"?');
    expect(didYouMean([])).toBe('');
  });
});

describe('region tables', () => {
  test.each([['aws', AWS_REGIONS], ['azure', AZURE_LOCATIONS], ['gcp', GCP_REGIONS]] as const)('%s: sorted, unique, every name well-formed and known', (cloud, names) => {
    expect([...names]).toEqual([...new Set(names)].sort());
    for (const n of names) expect(check(cloud, n).verdict).toBe('known');
  });
});

describe('checkRegion: typos are errors with "did you mean", new regions are warnings', () => {
  test.each([
    ['aws', 'us-eest-2', 'be an AWS region, got: "us-eest-2". Did you mean "us-east-2" or "us-west-2"?'],
    ['aws', 'eu-west-1a', 'be an AWS region, not a zone, got: "eu-west-1a". Did you mean "eu-west-1"?'],
    ['aws', 'EU-WEST-1', 'as the APIs spell it, got: "EU-WEST-1". Did you mean "eu-west-1"?'],
    ['azure', 'westeuropee', 'be an Azure location, got: "westeuropee". Did you mean "westeurope"?'],
    ['azure', 'West Europe', 'Did you mean "westeurope"?'],
    ['gcp', 'europe-west1-b', 'not a zone, got: "europe-west1-b". Did you mean "europe-west1"?'],
    ['gcp', 'us-centrl1', 'Did you mean "us-central1"?'],
    ['aws', 'Ireland', 'be an AWS region such as "eu-west-1", got: "Ireland". List them with `aws ec2 describe-regions`.'],
  ] as const)('%s %s', (cloud, value, fragment) => {
    const r = check(cloud, value);
    expect(r.verdict).toBe('invalid');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(fragment);
    expect(r.errors[0]).toMatch(MESSAGE_GRAMMAR);
  });
  test.each([['aws', 'ap-southeast-9'], ['aws', 'us-east-3'], ['azure', 'westus4'], ['gcp', 'europe-west15'], ['aws', 'xy-somewhere-1'], ['gcp', 'mars-north1']] as const)(
    'a well-formed name the table does not hold is accepted with a warning: %s %s', (cloud, value) => {
      const r = check(cloud, value);
      expect(r.verdict).toBe('unknown');
      expect(r.errors).toEqual([]);
      expect(r.warnings[0]).toContain('not in the library\'s table');
      expect(r.warnings[0]).toContain('nothing needs to change');
    });
  test('a value of another type names the type', () => {
    expect(check('aws', 3).errors[0]).toBe('`region` must be a string (an AWS region such as "eu-west-1"), got: 3. Got a number.');
    expect(check('gcp', null).errors[0]).toContain('Got null.');
  });
});

describe('checkAwsAvailabilityZones', () => {
  const azs = (list: unknown[], expectedRegion?: string) => {
    const c = new IssueCollector();
    const region = checkAwsAvailabilityZones(list, { code: 'x/az', path: 'availabilityZones', expectedRegion }, c);
    return { region, errors: c.errors.map((i) => `${i.path}: ${i.message}`), warnings: c.warnings };
  };
  test('zones of one known region', () => expect(azs(['eu-west-1a', 'eu-west-1b'])).toEqual({ region: 'eu-west-1', errors: [], warnings: [] }));
  test('a typo in the region part suggests the zone', () => {
    expect(azs(['eu-west-1a', 'eu-wset-1b']).errors).toEqual(['availabilityZones[1]: `availabilityZones[1]` must be an AZ of an AWS region, got: "eu-wset-1b". Did you mean "eu-west-1b"?']);
  });
  test('mixed regions are refused, naming each', () => {
    expect(azs(['eu-west-1a', 'eu-west-2b', 'eu-west-1c']).errors[0]).toContain('The zones span eu-west-1 ([0], [2]), eu-west-2 ([1])');
  });
  test('zones outside the region the stack deploys to', () => {
    expect(azs(['eu-west-1a'], 'us-east-1').errors[0]).toContain("list AZs of the stack's region (us-east-1)");
  });
  test('AZ ids, regions and other types are refused with the fix', () => {
    const r = azs(['euw1-az1', 'eu-west-1', 7]);
    expect(r.errors[0]).toContain('not an AZ id');
    expect(r.errors[1]).toContain('Add the zone letter, e.g. "eu-west-1a".');
    expect(r.errors[2]).toContain('must be a string (an AZ name such as "eu-west-1a"), got: 7. Got a number.');
  });
  test('a new region passes with a warning', () => {
    const r = azs(['ap-southeast-9a', 'ap-southeast-9b']);
    expect([r.region, r.errors, r.warnings.length]).toEqual(['ap-southeast-9', [], 2]);
  });
});
