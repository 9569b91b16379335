/**
 * Region and availability-zone names, checked against the tables in `./tables`:
 *
 * | The name is...                                              | Result                                  |
 * |-------------------------------------------------------------|-----------------------------------------|
 * | in the table                                                | accepted                                |
 * | not a string                                                | error, naming the expected type         |
 * | the table's name written differently (`West Europe`, `EU-WEST-1`) or a zone of a known region | error, "did you mean" |
 * | well-formed and only its number differs from a known name (`us-east-3`) | warning: a region opened since the table's date is accepted |
 * | one or two edits from a known name (`us-eest-2`, `westeuropee`) | error, "did you mean"               |
 * | well-formed, nothing close (`xx-newplace-1`)                | warning, accepted                       |
 * | malformed, nothing close                                    | error                                   |
 *
 * A new region always takes the warning path: its name differs from a known one in its number or in more than two
 * letters, so a typo blocks the deployment and a genuinely new region does not.
 */
import { formatValue, IssueCollector } from '../issues';
import { closestMatches, didYouMean } from '../suggest';
import { AWS_AZ_ID, AWS_AZ_NAME, REGION_TABLES, RegionCloud } from './tables';

/** What a region check concluded: `known` (in the table), `unknown` (accepted with a warning) or `invalid` (an error). */
export type RegionVerdict = 'known' | 'unknown' | 'invalid';

/** Where the issue goes and under which code. */
export interface RegionCheckTarget {
  readonly code: string;
  readonly path: string;
}

/** Describes a value's JavaScript type for a message: `a string`, `a number`, `an array`, `null`, ... */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' || t === 'undefined' ? (t === 'object' ? 'an object' : 'undefined') : `a ${t}`;
}

/** Checks one region name of `cloud` and records at most one issue; returns the verdict. */
export function checkRegion(cloud: RegionCloud, value: unknown, at: RegionCheckTarget, c: IssueCollector): RegionVerdict {
  const table = REGION_TABLES[cloud];
  if (typeof value !== 'string') {
    c.error(at.code, at.path, `be a string (an ${table.noun} such as "${table.example}")`, value, `Got ${typeName(value)}.`);
    return 'invalid';
  }
  if (table.names.includes(value)) return 'known';
  const normalized = value.toLowerCase().replace(/[\s_]+/g, cloud === 'azure' ? '' : '-').trim();
  const zoneOf = regionOfZone(cloud, normalized);
  const exact = [normalized, zoneOf].find((v): v is string => v !== undefined && table.names.includes(v));
  if (exact) {
    const rule = exact === zoneOf ? `be an ${table.noun}, not a zone` : `be an ${table.noun} as the APIs spell it`;
    c.error(at.code, at.path, rule, value, didYouMean([exact]));
    return 'invalid';
  }
  const stem = (s: string) => s.replace(/\d+$/, '');
  if (table.format.test(value) && table.names.some((n) => stem(n) === stem(value))) {
    c.warn(at.code, at.path, unknownMessage(cloud, at.path, value,
      `Known ${stem(value)}* names: ${table.names.filter((n) => stem(n) === stem(value)).join(', ')}.`));
    return 'unknown';
  }
  const close = closestMatches(value, table.names);
  if (close.length > 0) {
    c.error(at.code, at.path, `be an ${table.noun}`, value, didYouMean(close));
    return 'invalid';
  }
  if (table.format.test(value)) {
    c.warn(at.code, at.path, unknownMessage(cloud, at.path, value, ''));
    return 'unknown';
  }
  c.error(at.code, at.path, `be an ${table.noun} such as "${table.example}"`, value, `List them with \`${table.list}\`.`);
  return 'invalid';
}

function unknownMessage(cloud: RegionCloud, path: string, value: string, extra: string): string {
  const table = REGION_TABLES[cloud];
  return `\`${path}\` is ${formatValue(value)}, which is not in the library's table of ${table.noun}s (checked ${table.checked}). `
    + `If it is a region opened since, nothing needs to change (this is only a warning); otherwise check the name with \`${table.list}\`.`
    + (extra ? ` ${extra}` : '');
}

/** The region of a zone name (`eu-west-1a` -> `eu-west-1`, `europe-west1-b` -> `europe-west1`), if the value is one. */
function regionOfZone(cloud: RegionCloud, value: string): string | undefined {
  if (cloud === 'aws') return AWS_AZ_NAME.exec(value)?.[1];
  if (cloud === 'gcp') return /^([a-z]+-[a-z]+\d{1,2})-[a-z]$/.exec(value)?.[1];
  return undefined;
}

/**
 * Checks a list of AWS availability zone names: each one an AZ name (not an id, not a region) of a region the table
 * knows or a well-formed new one, all in one region, and that region `expectedRegion` when the face knows it (a
 * CDK stack with an `env`). Returns the region when every zone agrees.
 */
export function checkAwsAvailabilityZones(azs: readonly unknown[], o: { code: string; path: string; expectedRegion?: string; isUnknown?: (v: unknown) => boolean },
  c: IssueCollector): string | undefined {
  const regions = new Map<string, number[]>();
  azs.forEach((az, i) => {
    if (o.isUnknown?.(az)) return;
    const path = `${o.path}[${i}]`;
    if (typeof az !== 'string') {
      c.error(o.code, path, 'be a string (an AZ name such as "eu-west-1a")', az, `Got ${typeName(az)}.`);
      return;
    }
    if (AWS_AZ_ID.test(az)) {
      c.error(o.code, path, 'be an AZ name such as "eu-west-1a", not an AZ id', az,
        'AZ ids map to different names in every account; look the name up with `aws ec2 describe-availability-zones --zone-ids ' + az + '`.');
      return;
    }
    const m = AWS_AZ_NAME.exec(az);
    if (!m) {
      const isRegion = REGION_TABLES.aws.names.includes(az);
      c.error(o.code, path, 'be an AZ name: a region and one letter, such as "eu-west-1a"', az,
        isRegion ? `Add the zone letter, e.g. "${az}a".` : 'List the names with `aws ec2 describe-availability-zones`.');
      return;
    }
    const inner = new IssueCollector();
    const verdict = checkRegion('aws', m[1], { code: o.code, path }, inner);
    if (verdict === 'invalid') {
      const suggestion = /Did you mean "([^"]+)"/.exec(inner.errors[0]?.message ?? '')?.[1];
      c.error(o.code, path, 'be an AZ of an AWS region', az, suggestion ? `Did you mean "${suggestion}${m[2]}"?` : 'List the names with `aws ec2 describe-availability-zones`.');
      return;
    }
    c.addAll(inner.warnings);
    regions.set(m[1], [...(regions.get(m[1]) ?? []), i]);
  });
  if (regions.size > 1) {
    const list = [...regions.entries()].map(([r, idx]) => `${r} (${idx.map((i) => `[${i}]`).join(', ')})`).join(', ');
    c.error(o.code, o.path, 'list AZs of one region', azs, `The zones span ${list}: a cluster lives in one region; pick the AZs of the region you deploy to.`);
    return undefined;
  }
  const region = [...regions.keys()][0];
  if (region !== undefined && o.expectedRegion !== undefined && region !== o.expectedRegion) {
    c.error(o.code, o.path, `list AZs of the stack's region (${o.expectedRegion})`, azs, `Use ${o.expectedRegion}a, ${o.expectedRegion}b, ... or deploy the stack to ${region}.`);
    return undefined;
  }
  return region;
}
