/**
 * Snapshot helpers for AWS CDK stacks (`kafka-iac/testing/cdk`).
 *
 * Loads aws-cdk-lib only: never import `@pulumi/*` here, so CDK users do not need the Pulumi SDK.
 */
import { CfnResource, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';

/** Placeholder written in place of every 64-hex asset hash. */
export const ASSET_HASH_PLACEHOLDER = '<asset-hash>';

/** Placeholder written in place of a bootstrap asset bucket name (it embeds the qualifier, and the account once `env` is set). */
export const ASSET_BUCKET_PLACEHOLDER = '<asset-bucket>';

/** The CloudFormation type of the resource CDK adds to report construct usage; it changes with every CDK release. */
const CDK_METADATA_TYPE = 'AWS::CDK::Metadata';

/** Condition CDK adds next to `AWS::CDK::Metadata` (regions where the resource exists). */
const CDK_METADATA_CONDITION = 'CDKMetadataAvailable';

/** A 64-hex run that is not part of a longer hex run: the shape of every CDK asset hash (SHA-256). */
const HASH = /(?<![0-9a-fA-F])[0-9a-f]{64}(?![0-9a-fA-F])/g;

/**
 * Legacy-synthesizer asset parameters: `AssetParameters<hash>S3Bucket<8 hex>`. The 8-hex suffix is derived from the
 * hash, so it changes with the asset too.
 */
const LEGACY_ASSET_PARAMETER = /AssetParameters[0-9a-f]{64}(S3Bucket|S3VersionKey|ArtifactHash)[0-9A-F]{8}/g;

/** Bucket (or ECR repository) names of the default bootstrap stack: `cdk-<qualifier>-assets-<account>-<region>`. */
const ASSET_BUCKET = /^cdk-[a-z0-9]+-(container-)?assets-.*$/;

/** Metadata keys that name a path on the synthesizing machine or in the construct tree. */
function isVolatileMetadataKey(key: string): boolean {
  return key === 'aws:cdk:path' || key.startsWith('aws:asset:');
}

/**
 * Snapshot of a stack: its normalized template and the logical ID of every resource with its construct path.
 */
export interface StackSnapshot {
  /** Logical ID -> construct path, see {@link constructPaths}. */
  readonly constructPaths: Record<string, string>;
  /** The normalized template, see {@link stableTemplate}. */
  readonly template: Record<string, unknown>;
}

/**
 * The synthesized CloudFormation template of `stack`, normalized so that it is identical across runs, machines and
 * CDK releases, for `expect(...).toMatchSnapshot()`.
 *
 * Normalization removes:
 * - the `AWS::CDK::Metadata` resource and its `CDKMetadataAvailable` condition;
 * - the `BootstrapVersion` parameter and the `CheckBootstrapVersion` rule;
 * - `aws:cdk:path` and `aws:asset:*` entries of resource `Metadata` (the construct path is covered by
 *   {@link constructPaths}; asset metadata names local file paths).
 *
 * and replaces:
 * - every 64-hex asset hash inside a string (S3 keys `<hash>.zip`, nested stack `<hash>.json`, image tags) with
 *   `<asset-hash>`;
 * - bootstrap asset bucket names (`cdk-hnb659fds-assets-...`) with `<asset-bucket>`;
 * - legacy `AssetParameters<hash>...<8 hex>` parameter names with `AssetParameters<asset-hash>...`.
 *
 * Logical IDs are kept as they are: they are a contract (a changed logical ID replaces the resource), so a snapshot
 * must show them. Key order is CloudFormation's own, which CDK emits deterministically.
 *
 * @param stack the stack to synthesize (its app is synthesized once, as `Template.fromStack` does)
 * @returns a fresh JSON object; the same stack built in two separate apps gives deep-equal results
 */
export function stableTemplate(stack: Stack): Record<string, unknown> {
  return normalizeTemplate(Template.fromStack(stack).toJSON());
}

/**
 * The normalization of {@link stableTemplate} applied to a template you already have, e.g. one read from
 * `cdk.out/<Stack>.template.json`.
 *
 * @param template a CloudFormation template as JSON; it is not modified
 * @returns a normalized deep copy
 */
export function normalizeTemplate(template: object): Record<string, unknown> {
  // Deep copy first: `Template.toJSON()` returns the cloud assembly's cached object, shared with every later
  // `Template.fromStack` of the same stack.
  const copy = JSON.parse(JSON.stringify(template)) as Record<string, unknown>;
  dropCdkMetadata(copy);
  dropBootstrapVersion(copy);
  return normalizeValue(copy) as Record<string, unknown>;
}

/**
 * The logical ID of every `CfnResource` in `stack` (not in its nested stacks) mapped to its construct path relative
 * to the stack, sorted by logical ID, e.g. `{ "ClusterResource1A2B3C4D": "Cluster/Resource" }`.
 *
 * Snapshot this so that a renamed construct id, which replaces the resource in production, fails a test.
 *
 * @param stack the stack to list; it does not need to be synthesized first
 * @returns a new object with keys inserted in sorted order
 */
export function constructPaths(stack: Stack): Record<string, string> {
  const prefix = stack.node.path === '' ? '' : `${stack.node.path}/`;
  const entries: [string, string][] = [];
  for (const c of stack.node.findAll()) {
    if (!CfnResource.isCfnResource(c) || Stack.of(c) !== stack || c.cfnResourceType === CDK_METADATA_TYPE) {
      continue;
    }
    const logicalId = stack.resolve(c.logicalId) as string;
    const path = c.node.path.startsWith(prefix) ? c.node.path.slice(prefix.length) : c.node.path;
    entries.push([logicalId, path]);
  }
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, string> = {};
  for (const [logicalId, path] of entries) {
    if (logicalId in out) {
      // CDK rejects this at synth; say so here too instead of hiding one of them.
      throw new Error(`Two resources share the logical ID '${logicalId}': '${out[logicalId]}' and '${path}'.`);
    }
    out[logicalId] = path;
  }
  return out;
}

/**
 * Both snapshots of a stack in one object, for a single `toMatchSnapshot()`:
 * `{ constructPaths: constructPaths(stack), template: stableTemplate(stack) }`.
 *
 * @param stack the stack to snapshot
 */
export function stackSnapshot(stack: Stack): StackSnapshot {
  return { constructPaths: constructPaths(stack), template: stableTemplate(stack) };
}

function section(template: Record<string, unknown>, name: string): Record<string, unknown> | undefined {
  const value = template[name];
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function deleteIfEmpty(template: Record<string, unknown>, name: string): void {
  const value = section(template, name);
  if (value && Object.keys(value).length === 0) {
    delete template[name];
  }
}

function dropCdkMetadata(template: Record<string, unknown>): void {
  const resources = section(template, 'Resources') ?? {};
  let removed = false;
  for (const [id, resource] of Object.entries(resources)) {
    if ((resource as { Type?: unknown } | null)?.Type === CDK_METADATA_TYPE) {
      delete resources[id];
      removed = true;
    }
  }
  const conditions = section(template, 'Conditions');
  if (removed && conditions && CDK_METADATA_CONDITION in conditions) {
    delete conditions[CDK_METADATA_CONDITION];
    deleteIfEmpty(template, 'Conditions');
  }
  for (const resource of Object.values(resources)) {
    const metadata = (resource as { Metadata?: Record<string, unknown> } | null)?.Metadata;
    if (!metadata || typeof metadata !== 'object') {
      continue;
    }
    for (const key of Object.keys(metadata)) {
      if (isVolatileMetadataKey(key)) {
        delete metadata[key];
      }
    }
    if (Object.keys(metadata).length === 0) {
      delete (resource as { Metadata?: unknown }).Metadata;
    }
  }
}

function dropBootstrapVersion(template: Record<string, unknown>): void {
  delete section(template, 'Parameters')?.BootstrapVersion;
  delete section(template, 'Rules')?.CheckBootstrapVersion;
  deleteIfEmpty(template, 'Parameters');
  deleteIfEmpty(template, 'Rules');
}

function normalizeString(value: string): string {
  if (ASSET_BUCKET.test(value)) {
    return ASSET_BUCKET_PLACEHOLDER;
  }
  return value
    .replace(LEGACY_ASSET_PARAMETER, `AssetParameters${ASSET_HASH_PLACEHOLDER}$1`)
    .replace(HASH, ASSET_HASH_PLACEHOLDER);
}

function normalizeValue(value: unknown): unknown {
  if (typeof value === 'string') {
    return normalizeString(value);
  }
  if (Array.isArray(value)) {
    return value.map(normalizeValue);
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      // Only legacy asset parameter names carry a hash in a key; several of them would collapse into one key, so
      // number the later ones in (deterministic) template order rather than drop them.
      const base = key.replace(LEGACY_ASSET_PARAMETER, `AssetParameters${ASSET_HASH_PLACEHOLDER}$1`);
      let name = base;
      for (let n = 2; name in out; n++) {
        name = `${base}#${n}`;
      }
      out[name] = normalizeValue(child);
    }
    return out;
  }
  return value;
}
