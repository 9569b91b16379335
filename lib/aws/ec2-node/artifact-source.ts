/**
 * Where a binary an EC2 node installs at boot comes from (the Kafka distribution, a plugin, an agent jar), and the
 * checks of such a source: every value ends up single-quoted in a boot script, and a URL or key with quotes, spaces or
 * `$` is refused before that. Pure; read by the self-managed cluster and the MirrorMaker 2 plans alike.
 */
import type { IssueCollector } from '../../core';

/**
 * Where a binary artifact (the Kafka distribution, a plugin, an agent) comes from.
 * - `url`: downloaded over HTTPS and checked against a pinned SHA-512 before use.
 * - `s3`: copied from an S3 object with the instance role (optionally checked against a SHA-512).
 * - `preinstalled`: already on the AMI at `path` (checked for existence at boot).
 */
export type ArtifactSource = UrlArtifact | S3Artifact | PreinstalledArtifact;

/** Downloaded over HTTPS and checked against a pinned SHA-512. */
export interface UrlArtifact {
  readonly kind: 'url';
  /** HTTPS URL, e.g. `https://archive.apache.org/dist/kafka/3.9.1/kafka_2.13-3.9.1.tgz`. */
  readonly url: string;
  /** SHA-512 of the file, 128 hex digits. */
  readonly sha512: string;
}

/** Copied from S3 with the instance role. */
export interface S3Artifact {
  readonly kind: 's3';
  readonly bucket: string;
  readonly key: string;
  /**
   * SHA-512 of the object, checked after the copy.
   * @default - not checked (the bucket is trusted)
   */
  readonly sha512?: string;
}

/** Already on the AMI. */
export interface PreinstalledArtifact {
  readonly kind: 'preinstalled';
  /** Absolute path: the Kafka or plugin directory, or the agent jar. */
  readonly path: string;
}

const SHA512 = /^[0-9a-f]{128}$/i;
/** An S3 bucket name ("Bucket naming rules", Amazon S3 User Guide), never its ARN. */
export const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Checks an artifact source; `path` is its prop path. */
export function validateArtifact(src: ArtifactSource | undefined, path: string, c: IssueCollector, known: (v: unknown) => boolean): void {
  if (src === undefined || src === null || typeof src !== 'object') {
    c.error('self-managed/artifact-missing', path, 'name where the artifact comes from', src, "Use { kind: 'url', url, sha512 }, { kind: 's3', bucket, key } or { kind: 'preinstalled', path }.");
    return;
  }
  switch (src.kind) {
    case 'url':
      if (known(src.url) && !/^https:\/\/[^\s'"`$\\]+$/.test(src.url)) {
        c.error('self-managed/artifact-url', `${path}.url`, 'be an https:// URL without quotes, spaces or $', src.url, 'Download over TLS, e.g. https://archive.apache.org/dist/kafka/3.9.1/kafka_2.13-3.9.1.tgz.');
      }
      if (known(src.sha512) && !SHA512.test(src.sha512)) {
        c.error('self-managed/artifact-sha512', `${path}.sha512`, 'be the 128 hex digits of the SHA-512 of the file', src.sha512,
          'Copy the hash from the .sha512 file next to the release (without spaces), or compute it with `sha512sum`.');
      }
      return;
    case 's3':
      if (known(src.bucket) && !S3_BUCKET_NAME.test(src.bucket)) c.error('self-managed/artifact-bucket', `${path}.bucket`, 'be an S3 bucket name', src.bucket, 'Pass the bucket name, not its ARN.');
      if (known(src.key) && !/^[^\s'"`$\\]+$/.test(src.key)) c.error('self-managed/artifact-key', `${path}.key`, 'be an S3 key without quotes, spaces or $', src.key, 'Rename the object.');
      if (src.sha512 !== undefined && known(src.sha512) && !SHA512.test(src.sha512)) {
        c.error('self-managed/artifact-sha512', `${path}.sha512`, 'be the 128 hex digits of the SHA-512 of the file', src.sha512, 'Compute it with `sha512sum`.');
      }
      return;
    case 'preinstalled':
      if (known(src.path) && !/^\/[A-Za-z0-9._/-]+$/.test(src.path)) {
        c.error('self-managed/artifact-path', `${path}.path`, 'be an absolute path of letters, digits, . _ - /', src.path, 'Point at the directory (or file) baked into the AMI.');
      }
      return;
    default:
      c.error('self-managed/artifact-kind', `${path}.kind`, "be 'url', 's3' or 'preinstalled'", (src as { kind: unknown }).kind, 'Pick one of the three sources.');
  }
}
