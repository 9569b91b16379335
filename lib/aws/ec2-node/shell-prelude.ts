/**
 * Shell pieces every kafka-iac boot script shares (the self-managed brokers and controllers, the MirrorMaker 2 nodes):
 * strict mode, logging, a bounded retry, IMDSv2 reads, SSM / Secrets Manager reads, artifact downloads checked against
 * a pinned SHA-512, and the Java / Kafka / JMX exporter installation. Each piece is a list of script lines; the
 * reasons live here as comments, not in the scripts, so user data stays far below the 16 KB limit.
 *
 * Nothing here prints a secret or a value read from AWS; every value rendered into a script is single-quoted (`q`).
 */
import type { ArtifactSource } from './artifact-source';
import { KAFKA_USER } from './defaults';

/** A shell word: single-quoted, a quote inside written as `'\''`. */
export const q = (v: string | number): string => `'${String(v).replace(/'/g, `'\\''`)}'`;

/** Strict mode, never xtrace (secrets pass through pipes), files private by default, everything logged to `bootLog`. */
export function bootPreamble(bootLog: string): string[] {
  return ['set -euo pipefail', 'set +x', 'umask 027', `exec > >(tee -a ${bootLog}) 2>&1`];
}

/** `log MSG...` (UTC timestamped) and `die MSG...` (logs FATAL, exits 1). */
export const SHELL_LOG: readonly string[] = [
  'log() { printf \'%s kafka-iac-boot: %s\\n\' "$(date -u +%FT%TZ)" "$*"; }',
  'die() { log "FATAL: $*"; exit 1; }',
];

/**
 * retry N DELAY -- CMD...: runs CMD up to N times, sleeping DELAY s after the first failure and twice as long (at most
 * 30 s) after each next one; returns CMD's last status. Logs to stderr (stdout may be captured: TOKEN=$(retry ...)) and
 * names only the command, never its arguments. Locals are underscored: CMD sees them (dynamic scope).
 */
export const SHELL_RETRY: readonly string[] = [
  'retry() {',
  '  local _n=$1 _d=$2 _i=1 _rc; shift 3',
  '  until "$@"; do',
  '    _rc=$?; log "$1: attempt $_i/$_n failed (exit $_rc)" >&2',
  '    [ "$_i" -lt "$_n" ] || return "$_rc"',
  '    sleep "$_d"; _i=$((_i + 1)); _d=$((_d * 2 < 30 ? _d * 2 : 30))',
  '  done',
  '}',
];

/**
 * AWS API calls are retried by the CLI itself, not by retry(): standard mode retries throttling, 5xx, timeouts and
 * connection errors with exponential backoff and jitter, per request and before printing anything, so a secret piped
 * into a helper or a parameter written to a file is never duplicated by a half-done attempt, and a real error (access
 * denied, ParameterNotFound) fails at once instead of being retried. Set explicitly: the CLI default is only 3
 * attempts, and an AMI's config could choose another mode. `param NAME` prints an SSM parameter's value.
 */
export const SHELL_AWS_PARAM: readonly string[] = [
  'export AWS_RETRY_MODE=standard AWS_MAX_ATTEMPTS=8',
  'param() { aws ssm get-parameter --name "$1" --query Parameter.Value --output text; }',
];

/** `secret ID` prints a Secrets Manager secret string: always piped into a helper, never into a variable or the log. */
export const SHELL_SECRET = 'secret() { aws secretsmanager get-secret-value --secret-id "$1" --query SecretString --output text; }';

/** `install_param NAME PATH MODE`: an SSM parameter into a file owned by root and the service group. */
export const SHELL_INSTALL_PARAM =
  'install_param() { local t; t=$(mktemp); param "$1" > "$t"; install -o root -g ' + KAFKA_USER + ' -m "$3" "$t" "$2"; rm -f "$t"; }';

/** `fetch_artifact url|s3 SOURCE SHA512 DEST`: downloads, then checks the pinned SHA-512 when one is given. */
export const SHELL_FETCH_ARTIFACT: readonly string[] = [
  'fetch_artifact() {',
  '  case "$1" in url) curl -fsSL --retry 5 -o "$4" "$2" ;; s3) aws s3 cp --only-show-errors "$2" "$4" ;; esac',
  '  if [ -n "$3" ]; then echo "$3  $4" | sha512sum -c --quiet - || die "SHA-512 mismatch for $2"; fi',
  '}',
];

/** `unpack_jars TGZ DIR`: every jar of an archive into DIR, readable by the service user. */
export const SHELL_UNPACK_JARS =
  'unpack_jars() { local t; t=$(mktemp -d); tar -xzf "$1" -C "$t"; install -d -m 0755 "$2"; find "$t" -name \'*.jar\' -exec install -m 0644 -t "$2" {} +; rm -rf "$t" "$1"; }';

/**
 * IMDSv2 can be briefly unreachable early in boot: the token and every read are retried (~30 s), each try bounded by
 * -m 5, and a try prints only once complete, so a failed try never leaves half a value in the captured output.
 * Defines `imds PATH`.
 */
export const SHELL_IMDS: readonly string[] = [
  'imds_curl() { local v; v=$(curl -fsS -m 5 "$@") && printf \'%s\' "$v"; }',
  'TOKEN=$(retry 6 1 -- imds_curl -X PUT -H \'X-aws-ec2-metadata-token-ttl-seconds: 600\' http://169.254.169.254/latest/api/token)',
  'imds() { retry 6 1 -- imds_curl -H "X-aws-ec2-metadata-token: $TOKEN" "http://169.254.169.254/latest/meta-data/$1"; }',
];

/** Amazon Corretto (headless) and further packages, from the Amazon Linux 2023 repositories. */
export function packagesLine(javaVersion: number, packages: readonly string[]): string {
  return `dnf install -y -q java-${javaVersion}-amazon-corretto-headless ${packages.join(' ')}`;
}

/** The unprivileged system user (and group) Kafka's processes run as. */
export function serviceUserLine(user: string, home: string): string {
  return `id ${user} > /dev/null 2>&1 || useradd --system --no-create-home --home-dir ${home} --shell /sbin/nologin ${user}`;
}

/** Lines that place one artifact at `dest` (none for `preinstalled`: the caller checks its path). */
export function installArtifact(src: ArtifactSource, dest: string): string[] {
  switch (src.kind) {
    case 'url': return [`fetch_artifact url ${q(src.url)} ${q(src.sha512)} ${q(dest)}`];
    case 's3': return [`fetch_artifact s3 ${q(`s3://${src.bucket}/${src.key}`)} ${q(src.sha512 ?? '')} ${q(dest)}`];
    case 'preinstalled': return [];
  }
}

/**
 * Kafka `version` under `/opt/kafka-<version>`, linked from `home` (a preinstalled one is checked, then linked).
 * `probe` is the script whose presence proves an installation.
 */
export function kafkaInstall(d: ArtifactSource, version: string, home: string, probe: string): string[] {
  if (d.kind === 'preinstalled') {
    return [
      `[ -x ${q(`${d.path}/bin/${probe}`)} ] || die ${q(`Kafka is not installed at ${d.path}`)}`,
      ...(d.path === home ? [] : [`ln -sfn ${q(d.path)} ${home}`]),
    ];
  }
  const dir = `/opt/kafka-${version}`;
  return [
    `if [ ! -x ${dir}/bin/${probe} ]; then`,
    ...installArtifact(d, '/tmp/kafka.tgz').map((l) => `  ${l}`),
    // Explicit 0755: under `umask 027` a plain mkdir leaves the tree unreadable for the kafka user.
    `  install -d -m 0755 ${dir} && tar -xzf /tmp/kafka.tgz -C ${dir} --strip-components=1 && rm -f /tmp/kafka.tgz`,
    'fi',
    `ln -sfn ${dir} ${home}`,
  ];
}

/** Owned by root, readable (never writable) by the service user: the boot script runs with umask 027. */
export function kafkaOwnership(home: string): string[] {
  return [`chown -R root:root ${home}/`, `chmod -R a+rX,go-w ${home}/`];
}

/** A single jar at `jar` (its directory 0755, the jar 0644), or a preinstalled one checked and linked there. */
export function jarInstall(src: ArtifactSource, jar: string, what: string): string[] {
  const dir = jar.slice(0, jar.lastIndexOf('/'));
  if (src.kind === 'preinstalled') {
    return [`[ -f ${q(src.path)} ] || die ${q(`${what} not found at ${src.path}`)}`, `install -d -m 0755 ${dir} && ln -sfn ${q(src.path)} ${jar}`];
  }
  return [`install -d -m 0755 ${dir}`, ...installArtifact(src, jar), `chmod 0644 ${jar}`];
}

/**
 * Python (AL2023 ships python3) that writes a file 0440 root:<group> without printing it: `put(path, text)`. The file
 * is created 0440 (never wider, even for a moment), then handed to the group.
 */
export function pySecureFile(group: string): string {
  return `G=grp.getgrnam('${group}').gr_gid
def put(p,t):
    f=os.open(p,os.O_WRONLY|os.O_CREAT|os.O_TRUNC,0o440)
    with os.fdopen(f,'w') as o: o.write(t)
    os.chmod(p,0o440); os.chown(p,0,G)
`;
}
