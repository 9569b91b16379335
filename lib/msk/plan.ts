/**
 * MSK: props -> validated plan. Pure: no cloud SDK. Both faces call `planMskCluster` and only map the result.
 */
import { AtRestKey, assertNever, DEFAULT_AZ_COUNT, expectInteger, Issue, IssueCollector, IsUnknown, KafkaValidationError, neverUnknown, validateWorkload } from '../core';
import { checkMskSizing } from './sizing';
import { planMskAlarms } from './alarms';
import { configurationName, renderMskServerProperties, validateMskServerProperties } from './configuration';
import {
  CLUSTER_NAME, DEFAULT_MSK_INSTANCE, DEFAULT_MSK_VERSION, findInstance, findVersion, MAX_BROKER_NODES, MSK_INSTANCES, MSK_PORTS,
  MSK_VERSIONS, MskInstanceInfo, MskVersionEntry, MskVersionInfo, SERVERLESS,
} from './limits';
import type { BootstrapField, MskPlan, MskPortRule, MskProvisionedPlan, MskScramSecretsKeyPlan, MskServerlessPlan } from './plan-types';
import type { MskClusterSpec, MskNetworkInput, MskProvisionedSpec, MskServerlessSpec, MskSubnetRef } from './spec';
import { validateAuth, validateConnectivity, validateEncryption, validateExpressOperations, validateLoggingAndMonitoring, validateStorage } from './validate';

const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/[A-Za-z0-9/_-]+$/;

export { KafkaValidationError };

/** Validates the spec and returns every issue (errors and warnings). Pure. */
export function validateMskCluster(spec: MskClusterSpec, network: MskNetworkInput = {}, isUnknown: IsUnknown = neverUnknown): Issue[] {
  return decide(spec, network, isUnknown).issues;
}

/** Validates and decides everything; throws one `KafkaValidationError` listing all errors. */
export function planMskCluster(spec: MskClusterSpec, network: MskNetworkInput = {}, isUnknown: IsUnknown = neverUnknown, subject?: string): MskPlan {
  const { issues, plan } = decide(spec, network, isUnknown);
  const c = new IssueCollector().addAll(issues);
  c.throwIfErrors(subject ?? `MSK cluster ${formatName(spec)}`);
  return plan!;
}

function formatName(spec: MskClusterSpec): string {
  return typeof spec?.clusterName === 'string' ? `'${spec.clusterName}'` : '(unnamed)';
}

function decide(spec: MskClusterSpec, network: MskNetworkInput, isUnknown: IsUnknown): { issues: Issue[]; plan?: MskPlan } {
  const c = new IssueCollector();
  const known = (v: unknown) => v !== undefined && !isUnknown(v);

  if (spec.clusterName === undefined || (known(spec.clusterName) && typeof spec.clusterName !== 'string')) {
    c.error('msk/cluster-name', 'clusterName', 'be a string of 1-64 letters, digits or hyphens starting with a letter', spec.clusterName, 'Name the cluster, e.g. "orders-prod".');
  } else if (known(spec.clusterName) && !CLUSTER_NAME.pattern.test(spec.clusterName)) {
    c.error('msk/cluster-name', 'clusterName', 'be 1-64 letters, digits or hyphens starting with a letter', spec.clusterName,
      'Rename the cluster, e.g. "orders-prod".');
  }
  let azCount: number = spec.azCount ?? DEFAULT_AZ_COUNT;
  if (azCount !== 2 && azCount !== 3) {
    c.error('msk/az-count', 'azCount', 'be 2 or 3', spec.azCount, 'Use 3 for production (survives an AZ loss with a quorum).');
    azCount = DEFAULT_AZ_COUNT; // reported once; the rules that depend on it see the default
  }
  const encryptionKey: AtRestKey = spec.encryptionKey ?? { kind: 'create' };
  if (encryptionKey.kind === 'existing' && known(encryptionKey.keyArn) && !KMS_KEY_ARN.test(encryptionKey.keyArn)) {
    c.error('msk/encryption-key-arn', 'encryptionKey.keyArn', 'be a KMS key ARN', encryptionKey.keyArn,
      'Pass arn:aws:kms:<region>:<account>:key/<id>, or omit encryptionKey to create a key with rotation.');
  } else if (encryptionKey.kind !== 'create' && encryptionKey.kind !== 'existing') {
    c.error('msk/encryption-key-kind', 'encryptionKey.kind', "be 'create' or 'existing'", (encryptionKey as { kind: unknown }).kind,
      'At-rest encryption with a customer-managed key is always on.');
  }
  for (const [k, v] of Object.entries(spec.tags ?? {})) {
    if (k.startsWith('aws:') || k.length > 128 || (typeof v === 'string' && v.length > 256)) {
      c.error('msk/tag', `tags.${k}`, 'have a key of 1-128 characters not starting with "aws:" and a value of at most 256', v, 'Rename or shorten the tag.');
    }
  }

  switch (spec.kind) {
    case 'standard':
    case 'express': {
      const workloadIssues = spec.workload !== undefined ? validateWorkload(spec.workload) : [];
      c.addAll(workloadIssues);
      let plan = provisioned(spec, network, azCount as 2 | 3, encryptionKey, c, isUnknown);
      if (plan !== undefined && spec.workload !== undefined && workloadIssues.length === 0) {
        plan = { ...plan, workload: spec.workload };
        if (c.errors.length === 0) c.addAll(checkMskSizing(plan, spec.workload));
      }
      return finish(c, plan);
    }
    case 'serverless':
      return finish(c, serverless(spec, network, azCount, encryptionKey, c));
    default:
      c.error('msk/kind', 'kind', "be 'standard', 'express' or 'serverless'", (spec as { kind: unknown }).kind,
        'Pick the broker kind: Standard brokers, Express brokers, or Serverless.');
      return { issues: [...c.issues] };
  }
}

function finish(c: IssueCollector, plan: MskPlan | undefined): { issues: Issue[]; plan?: MskPlan } {
  return { issues: [...c.issues], plan: c.errors.length === 0 && plan ? { ...plan, warnings: [...c.warnings] } : undefined };
}

function versionInfo(spec: MskProvisionedSpec, c: IssueCollector): MskVersionInfo {
  const version = spec.kafkaVersion ?? DEFAULT_MSK_VERSION[spec.kind];
  const listed = findVersion(version);
  const info = spec.kafkaVersionCapabilities ? { version, ...spec.kafkaVersionCapabilities } : listed && versionCapabilities(listed);
  if (!info) {
    const allowed = MSK_VERSIONS.filter((v) => v[spec.kind] && !v.endOfSupport).map((v) => v.version);
    c.error('msk/unknown-version', 'kafkaVersion', `be a Kafka version MSK offers for ${spec.kind} brokers (${allowed.join(', ')})`, version,
      'Pick one of these, or describe a newer version with `kafkaVersionCapabilities`.');
    return versionCapabilities(findVersion(DEFAULT_MSK_VERSION[spec.kind])!);
  }
  if (!info[spec.kind]) {
    const allowed = MSK_VERSIONS.filter((v) => v[spec.kind] && !v.endOfSupport).map((v) => v.version);
    c.error(`msk/version-not-for-${spec.kind}`, 'kafkaVersion', `be a version ${spec.kind === 'express' ? 'Express' : 'Standard'} brokers support (${allowed.join(', ')})`, version,
      spec.kind === 'express' ? 'Express brokers run a subset of versions; pick one of these.' : 'Pick one of these.');
  }
  if (info.endOfSupport && !spec.allowEndOfSupportVersion) {
    c.error('msk/end-of-support-version', 'kafkaVersion', 'not be a version MSK has ended support for', version,
      'Upgrade (e.g. to 3.9.x.kraft), or set `allowEndOfSupportVersion: true` to keep an existing cluster on it.');
  }
  return info;
}

/** The capabilities of a table row, without its dates and sources (the plan carries capabilities only). */
function versionCapabilities(e: MskVersionEntry): MskVersionInfo {
  const { version, line, metadata, standard, express, tieredStorage, endOfSupport } = e;
  return { version, line, metadata, standard, express, tieredStorage, ...(endOfSupport ? { endOfSupport } : {}) };
}

function instanceInfo(spec: MskProvisionedSpec, c: IssueCollector): MskInstanceInfo {
  const instanceType = spec.instanceType ?? DEFAULT_MSK_INSTANCE[spec.kind];
  const info = spec.instanceCapabilities ? { instanceType, ...spec.instanceCapabilities } : findInstance(instanceType);
  const forKind = MSK_INSTANCES.filter((i) => (i.family === 'express.m7g') === (spec.kind === 'express')).map((i) => i.instanceType);
  if (!info) {
    c.error('msk/unknown-instance-type', 'instanceType', `be an MSK ${spec.kind} broker type (${forKind.join(', ')})`, instanceType,
      'Pick one of these, or describe a newer type with `instanceCapabilities`.');
    return findInstance(DEFAULT_MSK_INSTANCE[spec.kind])!;
  }
  if ((info.family === 'express.m7g') !== (spec.kind === 'express')) {
    c.error('msk/instance-kind-mismatch', 'instanceType', `be a ${spec.kind} broker type (${forKind.slice(0, 3).join(', ')}, ...)`, instanceType,
      spec.kind === 'express' ? 'Express brokers are express.m7g.*; use kind "standard" for kafka.* types.' : 'kafka.* types are Standard brokers; use kind "express" for express.m7g.*.');
  }
  return info;
}

/** One subnet per AZ, in the face's order of first appearance. Subnets without a known AZ count as distinct AZs. */
export function selectBrokerSubnets(candidates: readonly MskSubnetRef[], azCount: number): MskSubnetRef[] {
  const byAz = new Map<string, MskSubnetRef>();
  candidates.forEach((s, i) => {
    const az = s.availabilityZone ?? `#${i}`;
    if (!byAz.has(az)) byAz.set(az, s);
  });
  return [...byAz.values()].slice(0, azCount);
}

function provisioned(spec: MskProvisionedSpec, network: MskNetworkInput, azCount: number, encryptionKey: AtRestKey, c: IssueCollector, isUnknown: IsUnknown): MskProvisionedPlan | undefined {
  const version = versionInfo(spec, c);
  const instance = instanceInfo(spec, c);
  const express = spec.kind === 'express';
  if (version.metadata === 'kraft' && !instance.kraft) {
    c.error('msk/kraft-instance', 'instanceType', `support KRaft metadata mode (Kafka ${version.version})`, instance.instanceType,
      'kafka.t3.small cannot run KRaft: pick kafka.m7g.large or larger, or a ZooKeeper version such as 3.9.x.');
  }
  if (express && azCount !== 3) {
    c.error('msk/express-needs-3-azs', 'azCount', 'be 3 for Express brokers', spec.azCount, 'Express clusters always span three AZs; remove azCount or set it to 3.');
  }
  const typedBrokers = expectInteger(spec.brokerNodes ?? azCount, { code: 'msk/broker-count', path: 'brokerNodes', isUnknown }, c, { min: 1 });
  const brokerNodes = typedBrokers ?? azCount;
  const maxBrokers = spec.maxBrokerNodes ?? MAX_BROKER_NODES[version.metadata];
  if (typedBrokers === undefined) {
    // Reported by its type or range check; the rules that compare to it are skipped.
  } else if (brokerNodes < azCount || brokerNodes % azCount !== 0) {
    c.error('msk/broker-count', 'brokerNodes', `be a multiple of the AZ count (${azCount})`, spec.brokerNodes,
      `Use ${[1, 2, 3].map((m) => m * azCount).join(', ')} or another multiple of ${azCount}.`);
  } else if (brokerNodes > maxBrokers) {
    c.error('msk/broker-count-quota', 'brokerNodes', `be at most the brokers-per-cluster quota (${maxBrokers})`, brokerNodes,
      'Request a quota increase and set `maxBrokerNodes`, or split the workload over clusters.');
  }

  const subnets = selectBrokerSubnets(network.subnets ?? [], azCount);
  if (network.subnets !== undefined && subnets.length < azCount) {
    c.error('msk/subnets-too-few-azs', 'vpcSubnets', `cover ${azCount} AZs (one broker subnet per AZ)`, `${subnets.length} AZ(s)`,
      `Select subnets in ${azCount} AZs, or lower azCount.`);
  }
  if ((network.securityGroupCount ?? 1) > 5) {
    c.error('msk/security-groups', 'securityGroups', 'hold at most 5 security groups (MSK limit)', network.securityGroupCount, 'Merge rules into fewer groups.');
  }

  const storage = validateStorage(spec, instance, version, c);
  const auth = validateAuth(spec, c, isUnknown);
  const transit = validateEncryption(spec, auth, c);
  const { logging, monitoring, alarmOptions } = validateLoggingAndMonitoring(spec, c);
  const connectivity = validateConnectivity(spec, instance, version, subnets, auth, transit, c, isUnknown);
  const expressOperations = validateExpressOperations(spec, version, c);

  const serverProperties = spec.serverProperties ?? {};
  c.addAll(validateMskServerProperties(spec.kind, version, typedBrokers, serverProperties));
  const aclAuth = auth.scram || auth.tlsCertificateAuthorityArns.length > 0;
  // Nothing below is read when an input failed: the names and renderings assume valid values.
  if (c.errors.length > 0) return undefined;

  return {
    kind: spec.kind,
    clusterName: spec.clusterName,
    removal: spec.removal ?? 'retain',
    encryptionKey,
    tags: spec.tags ?? {},
    kafkaVersion: version,
    instance,
    azCount,
    brokerNodes,
    subnets,
    storage,
    auth: { iam: auth.iam, scram: auth.scram, tlsCertificateAuthorityArns: auth.tlsCertificateAuthorityArns, unauthenticated: auth.unauthenticated },
    scramSecrets: auth.scramUsers.map((user) => ({ user, secretName: `AmazonMSK_${spec.clusterName}_${user}`, id: `ScramSecret${pascal(user)}` })),
    existingScramSecretArns: auth.existingScramSecretArns,
    scramSecretsKey: scramSecretsKeyPlan(auth.scramUsers.length, auth.scramSecretsKey, encryptionKey),
    encryptionInTransit: transit,
    configuration: {
      name: configurationName(spec.clusterName, version.version),
      description: `kafka-iac configuration for ${spec.clusterName} (Kafka ${version.version})`,
      kafkaVersions: [version.version],
      serverProperties: c.errors.length === 0 ? renderMskServerProperties(spec.kind, version, brokerNodes, serverProperties, aclAuth) : '',
    },
    logging,
    monitoring,
    connectivity,
    ports: provisionedPorts(auth, transit, connectivity, monitoring),
    bootstrapFields: bootstrapFields(auth, transit, connectivity),
    ...expressOperations,
    alarms: alarmOptions.enabled
      ? planMskAlarms({ clusterName: spec.clusterName, kind: spec.kind, brokerNodes, diskUsedPercent: alarmOptions.diskUsedPercent, cpuPercent: alarmOptions.cpuPercent })
      : [],
    warnings: [],
  };
}

function serverless(spec: MskServerlessSpec, network: MskNetworkInput, azCount: number, encryptionKey: AtRestKey, c: IssueCollector): MskServerlessPlan {
  const a = spec.clientAuthentication ?? {};
  for (const mode of ['scram', 'mtls', 'unauthenticated'] as const) {
    if (a[mode] !== undefined && a[mode] !== false) {
      c.error('msk/serverless-iam-only', `clientAuthentication.${mode}`, 'be off on Serverless (IAM access control only)', a[mode],
        'Use IAM, or a provisioned cluster (kind "standard" or "express") for SCRAM or mTLS.');
    }
  }
  if (a.iam === false) {
    c.error('msk/serverless-iam-only', 'clientAuthentication.iam', 'be true on Serverless', false, 'Serverless clusters only accept IAM clients.');
  }
  if (encryptionKey.kind === 'existing') {
    c.error('msk/serverless-key', 'encryptionKey', 'be omitted on Serverless (MSK manages its encryption key)', 'existing', 'Remove encryptionKey.');
  }
  const configs = network.vpcConfigs ?? [];
  if (network.vpcConfigs !== undefined && (configs.length < 1 || configs.length > SERVERLESS.maxVpcConfigs)) {
    c.error('msk/serverless-vpc-configs', 'vpcConfigs', `hold 1 to ${SERVERLESS.maxVpcConfigs} VPC configurations`, configs.length, 'Serverless clusters accept at most 5 VPCs.');
  }
  const vpcConfigs = configs.map((cfg, i) => {
    const subnets = selectBrokerSubnets(cfg.subnets, Math.max(azCount, SERVERLESS.maxSubnetsPerVpcConfig));
    if (subnets.length < SERVERLESS.minSubnetsPerVpcConfig) {
      c.error('msk/serverless-subnets', `vpcConfigs[${i}].subnets`, `span at least ${SERVERLESS.minSubnetsPerVpcConfig} AZs`, subnets.length, 'Select subnets in two or three AZs.');
    }
    if (cfg.securityGroupCount > SERVERLESS.maxSecurityGroups) {
      c.error('msk/security-groups', `vpcConfigs[${i}].securityGroups`, `hold at most ${SERVERLESS.maxSecurityGroups} security groups`, cfg.securityGroupCount, 'Merge rules into fewer groups.');
    }
    return { subnets: subnets.slice(0, azCount) };
  });
  return {
    kind: 'serverless',
    clusterName: spec.clusterName,
    azCount,
    removal: spec.removal ?? 'retain',
    encryptionKey,
    tags: spec.tags ?? {},
    vpcConfigs,
    ports: [{ fromPort: MSK_PORTS.iam, toPort: MSK_PORTS.iam, audience: 'clients', description: 'Kafka clients, SASL/IAM over TLS' }],
    bootstrapFields: ['BootstrapBrokerStringSaslIam'],
    alarms: [],
    warnings: [],
  };
}

/**
 * Which key encrypts the SCRAM secrets the library creates. Asking for a created key when the cluster key is
 * created too, or naming the cluster key's own ARN, means the cluster key: one key, not two.
 */
function scramSecretsKeyPlan(createdSecrets: number, secretsKey: AtRestKey | undefined, clusterKey: AtRestKey): MskScramSecretsKeyPlan {
  if (createdSecrets === 0) return { kind: 'none' };
  if (secretsKey === undefined) return { kind: 'cluster-key' };
  switch (secretsKey.kind) {
    case 'create':
      return clusterKey.kind === 'create' ? { kind: 'cluster-key' } : { kind: 'create' };
    case 'existing':
      return clusterKey.kind === 'existing' && clusterKey.keyArn === secretsKey.keyArn ? { kind: 'cluster-key' } : { kind: 'existing', keyArn: secretsKey.keyArn };
    default:
      return assertNever(secretsKey, 'SCRAM secrets key');
  }
}

function provisionedPorts(
  auth: MskProvisionedPlan['auth'], transit: MskProvisionedPlan['encryptionInTransit'], connectivity: MskProvisionedPlan['connectivity'], monitoring: MskProvisionedPlan['monitoring'],
): MskPortRule[] {
  const ports: MskPortRule[] = [];
  const rule = (port: number, audience: MskPortRule['audience'], description: string, toPort = port) => ports.push({ fromPort: port, toPort, audience, description });
  const tlsListener = auth.tlsCertificateAuthorityArns.length > 0 || (auth.unauthenticated && transit.clientBroker !== 'PLAINTEXT');
  if (auth.iam) rule(MSK_PORTS.iam, 'clients', 'Kafka clients, SASL/IAM over TLS');
  if (auth.scram) rule(MSK_PORTS.scram, 'clients', 'Kafka clients, SASL/SCRAM over TLS');
  if (tlsListener) rule(MSK_PORTS.tls, 'clients', 'Kafka clients, TLS');
  if (auth.unauthenticated && transit.clientBroker !== 'TLS') rule(MSK_PORTS.plaintext, 'clients', 'Kafka clients, PLAINTEXT (explicitly allowed)');
  if (connectivity.publicAccess) {
    if (auth.iam) rule(MSK_PORTS.publicIam, 'public', 'Public Kafka clients, SASL/IAM');
    if (auth.scram) rule(MSK_PORTS.publicScram, 'public', 'Public Kafka clients, SASL/SCRAM');
    if (auth.tlsCertificateAuthorityArns.length > 0) rule(MSK_PORTS.publicTls, 'public', 'Public Kafka clients, mTLS');
  }
  const mv = connectivity.multiVpc;
  if (mv && (mv.iam || mv.scram || mv.tls)) rule(MSK_PORTS.multiVpcFirst, 'multiVpc', 'Multi-VPC private connectivity', MSK_PORTS.multiVpcLast);
  if (monitoring.jmxExporter) rule(MSK_PORTS.jmxExporter, 'monitoring', 'Prometheus JMX exporter');
  if (monitoring.nodeExporter) rule(MSK_PORTS.nodeExporter, 'monitoring', 'Prometheus node exporter');
  return ports;
}

function bootstrapFields(auth: MskProvisionedPlan['auth'], transit: MskProvisionedPlan['encryptionInTransit'], connectivity: MskProvisionedPlan['connectivity']): BootstrapField[] {
  const out: BootstrapField[] = [];
  const tlsListener = auth.tlsCertificateAuthorityArns.length > 0 || (auth.unauthenticated && transit.clientBroker !== 'PLAINTEXT');
  if (auth.iam) out.push('BootstrapBrokerStringSaslIam');
  if (auth.scram) out.push('BootstrapBrokerStringSaslScram');
  if (tlsListener) out.push('BootstrapBrokerStringTls');
  if (auth.unauthenticated && transit.clientBroker !== 'TLS') out.push('BootstrapBrokerString');
  if (connectivity.publicAccess) {
    if (auth.iam) out.push('BootstrapBrokerStringPublicSaslIam');
    if (auth.scram) out.push('BootstrapBrokerStringPublicSaslScram');
    if (auth.tlsCertificateAuthorityArns.length > 0) out.push('BootstrapBrokerStringPublicTls');
  }
  if (connectivity.multiVpc) {
    if (connectivity.multiVpc.iam) out.push('BootstrapBrokerStringVpcConnectivitySaslIam');
    if (connectivity.multiVpc.scram) out.push('BootstrapBrokerStringVpcConnectivitySaslScram');
    if (connectivity.multiVpc.tls) out.push('BootstrapBrokerStringVpcConnectivityTls');
  }
  // Dual-stack clusters also answer with IPv6 broker addresses, per private listener.
  if (connectivity.networkType === 'DUAL' && connectivity.sendConnectivityInfo) {
    if (auth.iam) out.push('BootstrapBrokerStringSaslIamIpv6');
    if (auth.scram) out.push('BootstrapBrokerStringSaslScramIpv6');
    if (tlsListener) out.push('BootstrapBrokerStringTlsIpv6');
    if (auth.unauthenticated && transit.clientBroker !== 'TLS') out.push('BootstrapBrokerStringIpv6');
  }
  return out;
}

function pascal(s: string): string {
  return s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
}
