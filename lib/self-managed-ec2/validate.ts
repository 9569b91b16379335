/**
 * Validation of the parts of a self-managed spec that do not depend on the node layout. Pure; each function adds
 * issues to the collector and returns the normalized value the plan uses.
 */
import { expectArray, expectInteger, expectNumber, IssueCollector, KafkaLineInfo } from '../core';
import { S3_BUCKET_NAME as BUCKET, validateArtifact } from '../aws/ec2-node/artifact-source';
import { findEc2Instance, EC2_INSTANCES, Ec2InstanceInfo } from '../aws/ec2-node/instances';
import { GP3, IO2 } from './defaults';
import { CONTROLLER_PLAIN_USER } from './defaults';
import type { NodeGroupSpec, NodeVolumeSpec, SelfManagedKafkaSpec } from './spec';

/** Bootstrap SCRAM users are named in the user data of each controller: keep it far below 16 KB. */
export const MAX_BOOTSTRAP_SCRAM_USERS = 100;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const SCRAM_USER = /^[A-Za-z0-9._-]{1,64}$/;
const DNS_ZONE = /^(?=.{1,200}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** Instance type of a node group (table or escape hatch). */
export function instanceFor(group: NodeGroupSpec | undefined, fallback: string, path: string, c: IssueCollector): Ec2InstanceInfo {
  const instanceType = group?.instanceType ?? fallback;
  if (group?.instanceCapabilities) return { instanceType, ...group.instanceCapabilities };
  const info = findEc2Instance(instanceType);
  if (!info) {
    c.error('self-managed/unknown-instance-type', `${path}.instanceType`, 'be an instance type the library knows', instanceType,
      `Pick one of ${EC2_INSTANCES.filter((i) => i.architecture === 'arm64').slice(7, 12).map((i) => i.instanceType).join(', ')}, ..., or describe it with \`instanceCapabilities\`.`);
    return findEc2Instance(fallback)!;
  }
  return info;
}

/** Heap in MiB: explicit, or a fraction of memory with a cap; refused when it does not fit. */
export function heapFor(group: NodeGroupSpec | undefined, instance: Ec2InstanceInfo, rule: { fraction: number; maxGiB: number; minGiB: number },
  path: string, role: string, c: IssueCollector): number {
  const memMiB = instance.memoryGiB * 1024;
  if (group?.heapGiB !== undefined) {
    const heap = group.heapGiB;
    if (expectNumber(heap, { code: 'self-managed/heap-too-small', path: `${path}.heapGiB` }, c) === undefined) return 1024;
    if (!(heap >= 0.5)) {
      c.error('self-managed/heap-too-small', `${path}.heapGiB`, 'be at least 0.5', heap, 'Kafka needs at least 512 MiB of heap; 1 GiB or more for real load.');
      return 1024;
    }
    const mib = Math.round(heap * 1024);
    if (mib > memMiB - 1024) {
      c.error('self-managed/heap-above-memory', `${path}.heapGiB`, `leave at least 1 GiB of the ${instance.instanceType} memory (${instance.memoryGiB} GiB) to the OS and page cache`, heap,
        `Use at most ${Math.max(0.5, instance.memoryGiB - 1)} GiB, or a larger instance type.`);
    } else if (role === 'broker' && mib > memMiB / 2) {
      c.warn('self-managed/heap-starves-page-cache', `${path}.heapGiB`,
        `\`${path}.heapGiB\` is ${heap} of ${instance.memoryGiB} GiB: brokers read from the page cache; keep the heap at about 25% of memory (at most 6 GiB).`);
    }
    return mib;
  }
  const derived = Math.floor((memMiB * rule.fraction) / 256) * 256;
  return Math.max(rule.minGiB * 1024, Math.min(rule.maxGiB * 1024, derived));
}

/** Normalized volume of a node group. */
export function volumeFor(v: NodeVolumeSpec | undefined, defaultSize: number, path: string, c: IssueCollector): { sizeGiB: number; type: 'gp3' | 'io2'; iops: number; throughputMiBps?: number } {
  const type = v?.type ?? 'gp3';
  const p = `${path}.volume`;
  // Values that fail their type check are reported once, as such; the range rules below then see the defaults.
  const typed = (v: number | undefined, field: string, code: string, fallback: number): number =>
    (v === undefined ? fallback : expectInteger(v, { code, path: `${p}.${field}` }, c) ?? fallback);
  const sizeGiB = typed(v?.sizeGiB, 'sizeGiB', 'self-managed/volume-size', defaultSize);
  if (type === 'gp3') {
    const iops = typed(v?.iops, 'iops', 'self-managed/volume-iops', GP3.minIops);
    const throughput = typed(v?.throughputMiBps, 'throughputMiBps', 'self-managed/volume-throughput', GP3.minThroughput);
    if (!Number.isInteger(sizeGiB) || sizeGiB < GP3.minSize || sizeGiB > GP3.maxSize) {
      c.error('self-managed/volume-size', `${p}.sizeGiB`, `be a whole number from ${GP3.minSize} to ${GP3.maxSize}`, sizeGiB, 'gp3 volumes hold at most 16 TiB.');
    }
    if (!Number.isInteger(iops) || iops < GP3.minIops || iops > GP3.maxIops || iops > sizeGiB * GP3.iopsPerGiB && iops > GP3.minIops) {
      c.error('self-managed/volume-iops', `${p}.iops`, `be from ${GP3.minIops} to ${GP3.maxIops} and at most ${GP3.iopsPerGiB} per GiB`, iops, 'Lower the IOPS or grow the volume.');
    }
    if (!Number.isInteger(throughput) || throughput < GP3.minThroughput || throughput > GP3.maxThroughput || throughput > iops * GP3.throughputPerIops) {
      c.error('self-managed/volume-throughput', `${p}.throughputMiBps`, `be from ${GP3.minThroughput} to ${GP3.maxThroughput} MiB/s and at most IOPS/4 (${Math.floor(iops * GP3.throughputPerIops)})`, throughput,
        'Raise the IOPS or lower the throughput.');
    }
    return { sizeGiB, type, iops, throughputMiBps: throughput };
  }
  if (type === 'io2') {
    const iops = v?.iops === undefined ? undefined : typed(v.iops, 'iops', 'self-managed/volume-iops', IO2.minIops);
    if (!Number.isInteger(sizeGiB) || sizeGiB < IO2.minSize || sizeGiB > IO2.maxSize) {
      c.error('self-managed/volume-size', `${p}.sizeGiB`, `be a whole number from ${IO2.minSize} to ${IO2.maxSize}`, sizeGiB, 'Resize the volume.');
    }
    if (iops === undefined || !Number.isInteger(iops) || iops < IO2.minIops || iops > IO2.maxIops || iops > sizeGiB * IO2.iopsPerGiB) {
      c.error('self-managed/volume-iops', `${p}.iops`, `be set for io2, from ${IO2.minIops} to ${IO2.maxIops} and at most ${IO2.iopsPerGiB} per GiB`, iops, 'io2 volumes need provisioned IOPS.');
    }
    if (v?.throughputMiBps !== undefined) {
      c.error('self-managed/volume-throughput', `${p}.throughputMiBps`, 'be unset for io2 (throughput follows IOPS)', v.throughputMiBps, 'Remove it, or use gp3.');
    }
    return { sizeGiB, type, iops: iops ?? IO2.minIops };
  }
  c.error('self-managed/volume-type', `${p}.type`, "be 'gp3' or 'io2'", type, 'Kafka wants SSD volumes with predictable IOPS.');
  return { sizeGiB, type: 'gp3', iops: GP3.minIops, throughputMiBps: GP3.minThroughput };
}

/** Client and controller-listener authentication. */
export function validateAuth(spec: SelfManagedKafkaSpec, c: IssueCollector, known: (v: unknown) => boolean): void {
  const auth = spec.clientAuthentication ?? {};
  if (!auth.scram && !auth.mtls) {
    c.error('self-managed/no-client-auth', 'clientAuthentication', 'enable SCRAM-SHA-512 and/or mTLS', auth,
      'Set `scram: { users: [...] }` and/or `mtls: {}`: the library never opens a PLAINTEXT or unauthenticated listener.');
  }
  if (auth.scram) {
    const users = (expectArray(auth.scram.users, { code: 'self-managed/scram-no-users', path: 'clientAuthentication.scram.users' }, c) ?? []) as readonly string[];
    if (users.length === 0) c.error('self-managed/scram-no-users', 'clientAuthentication.scram.users', 'name at least one user', users, 'Name the users to create at format time.');
    if (users.length > MAX_BOOTSTRAP_SCRAM_USERS) {
      c.error('self-managed/scram-too-many-users', 'clientAuthentication.scram.users', `list at most ${MAX_BOOTSTRAP_SCRAM_USERS} bootstrap users`, users.length,
        'Bootstrap an admin user here and create the others with kafka-configs.sh (or the Admin API) after the cluster starts.');
    }
    const seen = new Set<string>();
    users.forEach((u, i) => {
      if (!known(u)) return;
      if (!SCRAM_USER.test(u)) c.error('self-managed/scram-user', `clientAuthentication.scram.users[${i}]`, 'be 1-64 letters, digits, . _ -', u, 'Rename the user (commas, = and quotes break the SCRAM arguments).');
      else if (u === CONTROLLER_PLAIN_USER) c.error('self-managed/scram-user-reserved', `clientAuthentication.scram.users[${i}]`, `not be the controller listener user (${CONTROLLER_PLAIN_USER})`, u, 'Pick another name: it would share the super user principal.');
      if (seen.has(u)) c.error('self-managed/scram-user-duplicate', `clientAuthentication.scram.users[${i}]`, 'be unique', u, 'Remove the duplicate.');
      seen.add(u);
    });
  }
  if (auth.mtls && auth.mtls.clientAuth !== undefined && auth.mtls.clientAuth !== 'required') {
    c.error('self-managed/mtls-not-required', 'clientAuthentication.mtls.clientAuth', "be 'required'", auth.mtls.clientAuth,
      "With 'requested' a client without a certificate connects as ANONYMOUS; remove the option or set 'required'.");
  }
  if (auth.mtls?.principalMappingRules !== undefined && /[\r\n]/.test(auth.mtls.principalMappingRules)) {
    c.error('self-managed/mtls-mapping-rules', 'clientAuthentication.mtls.principalMappingRules', 'be a single line', auth.mtls.principalMappingRules, 'Separate rules with commas.');
  }
  const ctl = spec.controllerListenerAuthentication ?? 'ssl';
  if (ctl !== 'ssl' && ctl !== 'sasl-plain') {
    const scram = /scram/i.test(String(ctl));
    c.error(scram ? 'self-managed/scram-on-controller-listener' : 'self-managed/controller-listener-auth', 'controllerListenerAuthentication', "be 'ssl' or 'sasl-plain'", ctl,
      scram ? 'SCRAM cannot authenticate controller connections (KAFKA-15513: credentials live in the metadata log the controllers serve). Use mTLS (ssl).' : "Use 'ssl' (mTLS with the node certificates).");
  }
  (spec.superUsers ?? []).forEach((u, i) => {
    if (known(u) && !/^User:[^;\r\n]+$/.test(u)) {
      c.error('self-managed/super-user', `superUsers[${i}]`, 'be a principal `User:<name>` without ;', u, 'Write it exactly as Kafka builds it, e.g. User:alice or User:CN=ops,O=Example.');
    }
  });
}

/** Tiered storage, against the Kafka line. */
export function validateTiered(spec: SelfManagedKafkaSpec, line: KafkaLineInfo, c: IssueCollector, known: (v: unknown) => boolean): void {
  const t = spec.tieredStorage;
  if (!t) return;
  if (line.tieredStorage !== 'ga') {
    c.error('self-managed/tiered-version', 'tieredStorage', `be off on Kafka ${spec.kafkaVersion} (tiered storage is production-ready from 3.9)`, 'on', 'Upgrade to 3.9.x or 4.x, or remove tieredStorage.');
  }
  if (known(t.bucketName) && !BUCKET.test(t.bucketName)) c.error('self-managed/tiered-bucket', 'tieredStorage.bucketName', 'be an S3 bucket name', t.bucketName, 'Pass the name, not the ARN.');
  if (known(t.region) && !REGION.test(t.region)) c.error('self-managed/tiered-region', 'tieredStorage.region', 'be an AWS region such as eu-west-1', t.region, 'Use the region of the bucket.');
  if (t.keyPrefix !== undefined && known(t.keyPrefix) && !/^[A-Za-z0-9!_.*'()/-]+\/$/.test(t.keyPrefix)) {
    c.error('self-managed/tiered-prefix', 'tieredStorage.keyPrefix', 'be S3-safe characters ending in /', t.keyPrefix, 'e.g. "tiered/".');
  }
  if (t.kmsKeyArn !== undefined && known(t.kmsKeyArn) && !/^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/.test(t.kmsKeyArn)) {
    c.error('self-managed/tiered-kms-key', 'tieredStorage.kmsKeyArn', 'be a KMS key ARN', t.kmsKeyArn, 'Pass arn:aws:kms:<region>:<account>:key/<id>.');
  }
  validateArtifact(t.plugin?.core, 'tieredStorage.plugin.core', c, known);
  if (t.plugin?.core?.kind !== 'preinstalled') validateArtifact(t.plugin?.s3, 'tieredStorage.plugin.s3', c, known);
  if (t.plugin && !/^[0-9A-Za-z._-]+$/.test(String(t.plugin.version))) {
    c.error('self-managed/tiered-plugin-version', 'tieredStorage.plugin.version', 'be a version such as 1.0.0', t.plugin.version, 'Use the release version of the plugin.');
  }
  if (expectNumber(t.chunkCacheSizeBytes, { code: 'self-managed/tiered-cache-size', path: 'tieredStorage.chunkCacheSizeBytes' }, c, { min: 1 }) === undefined && t.chunkCacheSizeBytes !== undefined) {
    // Reported by its type or range check.
  }
  if (expectNumber(t.uploadRateLimitBytesPerSecond, { code: 'self-managed/tiered-rate-limit', path: 'tieredStorage.uploadRateLimitBytesPerSecond' }, c) !== undefined
    && !(t.uploadRateLimitBytesPerSecond! >= 1048576)) {
    c.error('self-managed/tiered-rate-limit', 'tieredStorage.uploadRateLimitBytesPerSecond', 'be at least 1048576 (1 MiB/s)', t.uploadRateLimitBytesPerSecond, 'The plugin refuses lower limits.');
  }
  const policy = spec.serverProperties?.extraProperties?.['log.cleanup.policy'];
  if (policy !== undefined && String(policy).includes('compact')) {
    c.error('self-managed/tiered-cleanup-policy', 'serverProperties.extraProperties.log.cleanup.policy', "be 'delete' with tiered storage", policy,
      'Compacted topics cannot be tiered; set compaction per topic instead of as the cluster default.');
  }
}

export function validateDnsZone(zone: string, c: IssueCollector, known: (v: unknown) => boolean): void {
  if (known(zone) && !DNS_ZONE.test(zone)) {
    c.error('self-managed/dns-zone', 'dnsZoneName', 'be a lower-case DNS name such as orders.kafka.internal', zone, 'Use letters, digits and hyphens in dot-separated labels.');
  }
}
