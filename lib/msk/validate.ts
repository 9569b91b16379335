/**
 * Section validators for provisioned MSK clusters: each checks one part of the spec, records issues and
 * returns the decided values. Called by `planMskCluster` only.
 */
import { AtRestKey, CLOUDWATCH_RETENTION_DAYS, DEFAULT_LOG_RETENTION_DAYS, expectArray, expectInteger, expectNumber, IssueCollector, IsUnknown, KAFKA_LINES } from '../core';
import { parseIpv4Cidr } from '../aws/vpc-plan';
import {
  DUAL_STACK, EBS_VOLUME_GIB, ENHANCED_MONITORING_LEVELS, EnhancedMonitoringLevel, EXPRESS_UPGRADE, MSK_NETWORK_TYPES, MSK_TOPIC_REASSIGNMENT_MODES,
  MskInstanceInfo, MskVersionInfo, PROVISIONED_THROUGHPUT_MIBPS, STORAGE_SCALING_TARGET_PERCENT,
} from './limits';
import type { MskProvisionedPlan } from './plan-types';
import { brokerLogGroupName } from './policies';
import type { MskProvisionedSpec, MskSubnetRef } from './spec';

const ACM_PCA_ARN = /^arn:aws[a-z-]*:acm-pca:[a-z0-9-]+:\d{12}:certificate-authority\/[0-9a-f-]{36}$/;
const SECRET_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:([A-Za-z0-9/_+=.@-]+)$/;
const SCRAM_USER = /^[A-Za-z0-9_.-]{1,64}$/;
const ACCOUNT_ID = /^\d{12}$/;
const S3_BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

type Auth = MskProvisionedPlan['auth'] & {
  readonly scramUsers: readonly string[];
  readonly existingScramSecretArns: readonly string[];
  readonly scramSecretsKey?: AtRestKey;
};

export function validateStorage(spec: MskProvisionedSpec, instance: MskInstanceInfo, version: MskVersionInfo, c: IssueCollector): MskProvisionedPlan['storage'] {
  const s = spec.storage;
  if (spec.kind === 'express') {
    if (s !== undefined) {
      c.error('msk/express-no-storage', 'storage', 'be omitted for Express brokers (MSK manages their storage)', s, 'Remove `storage`; Express brokers have no EBS settings.');
    }
    return undefined;
  }
  const size = s?.volumeSizeGiB ?? EBS_VOLUME_GIB.default;
  if (expectInteger(size, { code: 'msk/volume-size', path: 'storage.volumeSizeGiB' }, c) === undefined) {
    // Reported by its type check.
  } else if (size < EBS_VOLUME_GIB.min || size > EBS_VOLUME_GIB.max) {
    c.error('msk/volume-size', 'storage.volumeSizeGiB', `be an integer from ${EBS_VOLUME_GIB.min} to ${EBS_VOLUME_GIB.max}`, s?.volumeSizeGiB, 'Size the volume in GiB per broker.');
  }
  const tput = s?.provisionedThroughputMiBps;
  if (tput !== undefined) {
    const max = instance.maxProvisionedThroughputMiBps;
    if (max === undefined) {
      c.error('msk/throughput-instance', 'storage.provisionedThroughputMiBps', 'be set only on kafka.m5.4xlarge, kafka.m7g.2xlarge or larger', `${tput} on ${instance.instanceType}`,
        'Remove it, or pick a larger instance type.');
    } else if (size < PROVISIONED_THROUGHPUT_MIBPS.minVolumeGiB) {
      c.error('msk/throughput-volume', 'storage.volumeSizeGiB', `be at least ${PROVISIONED_THROUGHPUT_MIBPS.minVolumeGiB} GiB with provisioned throughput`, size, 'Grow the volume or remove provisionedThroughputMiBps.');
    } else if (!(tput >= PROVISIONED_THROUGHPUT_MIBPS.min && tput <= max)) {
      c.error('msk/throughput-range', 'storage.provisionedThroughputMiBps', `be from ${PROVISIONED_THROUGHPUT_MIBPS.min} to ${max} MiB/s on ${instance.instanceType}`, tput,
        `Pick a value in range; ${max} MiB/s is this type's maximum.`);
    }
  }
  let autoScaling: { maxVolumeSizeGiB: number; targetUtilizationPercent: number } | undefined;
  if (s?.autoScaling) {
    const max = s.autoScaling.maxVolumeSizeGiB;
    const target = s.autoScaling.targetUtilizationPercent ?? STORAGE_SCALING_TARGET_PERCENT.default;
    if (!Number.isInteger(max) || max <= size || max > EBS_VOLUME_GIB.max) {
      c.error('msk/autoscaling-max', 'storage.autoScaling.maxVolumeSizeGiB', `be an integer above volumeSizeGiB (${size}) and at most ${EBS_VOLUME_GIB.max}`, max,
        `Set a ceiling between ${size + 1} and ${EBS_VOLUME_GIB.max} GiB.`);
    }
    if (!(target >= STORAGE_SCALING_TARGET_PERCENT.min && target <= STORAGE_SCALING_TARGET_PERCENT.max)) {
      c.error('msk/autoscaling-target', 'storage.autoScaling.targetUtilizationPercent', `be from ${STORAGE_SCALING_TARGET_PERCENT.min} to ${STORAGE_SCALING_TARGET_PERCENT.max}`, target,
        'Use 60 (the default) to leave headroom for a scale-out, which MSK allows only every 6 hours.');
    }
    autoScaling = { maxVolumeSizeGiB: max, targetUtilizationPercent: target };
  }
  if (s?.tiered) {
    if (!instance.tieredStorage) {
      c.error('msk/tiered-instance', 'storage.tiered', `be off on ${instance.instanceType} (tiered storage needs m5/m7g brokers)`, true, 'Pick kafka.m5.large or larger, or turn tiered storage off.');
    }
    if (!version.tieredStorage) {
      c.error('msk/tiered-version', 'storage.tiered', `be off on Kafka ${version.version}`, true, 'Use 3.8.x or later for tiered storage (3.7.x reached its end of support on 2026-09-01).');
    }
    const policy = spec.serverProperties?.extraProperties?.['log.cleanup.policy'];
    if (policy !== undefined && policy !== 'delete') {
      c.error('msk/tiered-cleanup-policy', 'serverProperties.extraProperties.log.cleanup.policy', "be 'delete' on a tiered-storage cluster", policy,
        'MSK tiered storage does not support compacted defaults; set compaction per topic instead.');
    }
  }
  return { volumeSizeGiB: size, provisionedThroughputMiBps: tput, autoScaling, mode: s?.tiered ? 'TIERED' : 'LOCAL' };
}

export function validateAuth(spec: MskProvisionedSpec, c: IssueCollector, isUnknown: IsUnknown): Auth {
  const a = spec.clientAuthentication ?? {};
  const scram = a.scram !== undefined;
  const cas = a.mtls?.certificateAuthorityArns ?? [];
  const unauthenticated = a.unauthenticated === true;
  const iam = a.iam ?? (!scram && a.mtls === undefined && !unauthenticated);
  if (!iam && !scram && a.mtls === undefined && !unauthenticated) {
    c.error('msk/no-auth', 'clientAuthentication', 'enable at least one mode (iam, scram, mtls)', a, 'Keep the default `{ iam: true }`.');
  }
  if (unauthenticated && a.allowUnauthenticated !== true) {
    c.error('msk/unauthenticated-opt-in', 'clientAuthentication.unauthenticated', 'come with `allowUnauthenticated: true`', true,
      'Anyone who reaches the brokers could read and write every topic; use IAM, SCRAM or mTLS, or opt in explicitly.');
  } else if (unauthenticated) {
    c.warn('msk/unauthenticated', 'clientAuthentication.unauthenticated', 'Unauthenticated access is on: any client that reaches the brokers can read and write every topic.');
  }
  if (a.mtls !== undefined) {
    if (cas.length === 0) {
      c.error('msk/mtls-no-ca', 'clientAuthentication.mtls.certificateAuthorityArns', 'list at least one ACM Private CA ARN', [], 'Pass the ARN of the CA that issues client certificates.');
    }
    cas.forEach((arn, i) => {
      if (!isUnknown(arn) && !ACM_PCA_ARN.test(arn)) {
        c.error('msk/mtls-ca-arn', `clientAuthentication.mtls.certificateAuthorityArns[${i}]`, 'be an ACM Private CA ARN', arn,
          'Use arn:aws:acm-pca:<region>:<account>:certificate-authority/<uuid>.');
      }
    });
  }
  const users = (expectArray(a.scram?.users, { code: 'msk/scram-user', path: 'clientAuthentication.scram.users', isUnknown }, c) ?? []) as readonly string[];
  const existing = (expectArray(a.scram?.existingSecretArns, { code: 'msk/scram-secret-arn', path: 'clientAuthentication.scram.existingSecretArns', isUnknown }, c) ?? []) as readonly string[];
  let scramSecretsKey: AtRestKey | undefined;
  if (scram) {
    if (users.length === 0 && existing.length === 0) {
      c.error('msk/scram-no-users', 'clientAuthentication.scram', 'name `users` to create or `existingSecretArns`', a.scram, 'List the SCRAM users, e.g. { users: ["orders-app"] }.');
    }
    const seen = new Set<string>();
    users.forEach((u, i) => {
      if (!SCRAM_USER.test(u)) {
        c.error('msk/scram-user', `clientAuthentication.scram.users[${i}]`, 'be 1-64 letters, digits, ".", "_" or "-"', u, 'Rename the user.');
      } else if (seen.has(u)) {
        c.error('msk/scram-user-duplicate', `clientAuthentication.scram.users[${i}]`, 'be unique', u, 'Remove the duplicate.');
      }
      seen.add(u);
    });
    existing.forEach((arn, i) => {
      if (isUnknown(arn)) return;
      const m = SECRET_ARN.exec(arn);
      if (!m || !m[1].startsWith('AmazonMSK_')) {
        c.error('msk/scram-secret-name', `clientAuthentication.scram.existingSecretArns[${i}]`, 'be a Secrets Manager secret ARN whose name starts with "AmazonMSK_"', arn,
          'MSK only associates secrets named AmazonMSK_*; recreate the secret with that prefix.');
      }
    });
    const key = a.scram?.secretsKey;
    if (key?.kind === 'aws-managed') {
      c.error('msk/scram-aws-managed-key', 'clientAuthentication.scram.secretsKey', 'be a customer-managed KMS key', 'aws-managed',
        'MSK cannot read secrets encrypted with aws/secretsmanager; omit secretsKey to use the cluster key.');
    } else {
      scramSecretsKey = key;
    }
  }
  return { iam, scram, tlsCertificateAuthorityArns: cas, unauthenticated, scramUsers: users, existingScramSecretArns: existing, scramSecretsKey };
}

export function validateEncryption(spec: MskProvisionedSpec, auth: Auth, c: IssueCollector): MskProvisionedPlan['encryptionInTransit'] {
  const e = spec.encryptionInTransit ?? {};
  const clientBroker = e.clientBroker ?? 'TLS';
  const inCluster = e.inCluster ?? true;
  if (!['TLS', 'TLS_PLAINTEXT', 'PLAINTEXT'].includes(clientBroker)) {
    c.error('msk/client-broker', 'encryptionInTransit.clientBroker', "be 'TLS', 'TLS_PLAINTEXT' or 'PLAINTEXT'", clientBroker, "Use 'TLS'.");
  }
  if ((clientBroker !== 'TLS' || !inCluster) && e.allowPlaintext !== true) {
    c.error('msk/plaintext-opt-in', clientBroker !== 'TLS' ? 'encryptionInTransit.clientBroker' : 'encryptionInTransit.inCluster',
      'keep TLS unless `encryptionInTransit.allowPlaintext` is true', clientBroker !== 'TLS' ? clientBroker : inCluster,
      'Plaintext exposes data on the network; keep TLS, or opt in explicitly.');
  }
  if (spec.kind === 'express' && (clientBroker !== 'TLS' || !inCluster)) {
    c.error('msk/express-tls-only', 'encryptionInTransit', 'be TLS for client-broker and in-cluster traffic on Express brokers', { clientBroker, inCluster }, 'Remove encryptionInTransit.');
  }
  if (clientBroker === 'PLAINTEXT' && (auth.iam || auth.scram || auth.tlsCertificateAuthorityArns.length > 0)) {
    c.error('msk/auth-needs-tls', 'encryptionInTransit.clientBroker', 'allow TLS when IAM, SCRAM or mTLS is on', clientBroker, "Use 'TLS' (or 'TLS_PLAINTEXT').");
  }
  if (clientBroker === 'PLAINTEXT' && !auth.unauthenticated) {
    c.error('msk/plaintext-needs-unauthenticated', 'encryptionInTransit.clientBroker', 'be used only with unauthenticated access', clientBroker, "Use 'TLS'.");
  }
  return { clientBroker, inCluster };
}

export function validateLoggingAndMonitoring(spec: MskProvisionedSpec, c: IssueCollector): {
  logging: MskProvisionedPlan['logging']; monitoring: MskProvisionedPlan['monitoring']; alarmOptions: { enabled: boolean; diskUsedPercent: number; cpuPercent: number };
} {
  const l = spec.logging ?? {};
  const cloudWatch = l.cloudWatch ?? true;
  const retentionDays = l.retentionDays ?? DEFAULT_LOG_RETENTION_DAYS;
  if (!(CLOUDWATCH_RETENTION_DAYS as readonly number[]).includes(retentionDays)) {
    c.error('msk/log-retention', 'logging.retentionDays', `be a CloudWatch Logs retention (${CLOUDWATCH_RETENTION_DAYS.join(', ')})`, retentionDays, 'Pick the nearest allowed value.');
  }
  if (l.s3 !== undefined && (typeof l.s3 !== 'object' || l.s3 === null || typeof l.s3.bucketName !== 'string')) {
    // Through JSON, `s3: {}` would otherwise turn S3 logging on with no bucket.
    c.error('msk/log-bucket', 'logging.s3.bucketName', 'be set to an S3 bucket name when `logging.s3` is given', (l.s3 as { bucketName?: unknown } | null)?.bucketName,
      'Name the bucket, or remove `logging.s3`.');
  } else if (l.s3 && !S3_BUCKET.test(l.s3.bucketName)) {
    c.error('msk/log-bucket', 'logging.s3.bucketName', 'be an S3 bucket name (3-63 lower-case letters, digits, dots, hyphens)', l.s3.bucketName, 'Pass the bucket name, not its ARN.');
  }
  if (!cloudWatch && !l.s3 && !l.firehoseDeliveryStream) {
    c.warn('msk/no-broker-logs', 'logging', 'Broker logs are off: authentication failures and broker errors will leave no trace. Keep CloudWatch Logs on.');
  }
  const m = spec.monitoring ?? {};
  const enhanced: EnhancedMonitoringLevel = m.enhanced ?? 'PER_BROKER';
  if (!(ENHANCED_MONITORING_LEVELS as readonly string[]).includes(enhanced)) {
    c.error('msk/enhanced-monitoring', 'monitoring.enhanced', `be one of ${ENHANCED_MONITORING_LEVELS.join(', ')}`, enhanced, "Use 'PER_BROKER'.");
  }
  const al = spec.alarms ?? {};
  const diskUsedPercent = al.diskUsedPercent ?? 85;
  const cpuPercent = al.cpuPercent ?? 60;
  for (const [k, v] of [['diskUsedPercent', diskUsedPercent], ['cpuPercent', cpuPercent]] as const) {
    if (expectNumber(v, { code: 'msk/alarm-threshold', path: `alarms.${k}` }, c) !== undefined && !(v > 0 && v < 100)) c.error('msk/alarm-threshold', `alarms.${k}`, 'be a percentage between 0 and 100 (exclusive)', v, 'Use a value such as 85.');
  }
  if (al.enabled !== false && enhanced === 'DEFAULT') {
    c.error('msk/alarms-need-per-broker', 'monitoring.enhanced', "be 'PER_BROKER' or finer when alarms are on (their metrics are per broker)", enhanced,
      "Use 'PER_BROKER', or turn the default alarms off.");
  }
  return {
    logging: {
      cloudWatch: cloudWatch ? { retentionDays, logGroupName: brokerLogGroupName(spec.clusterName) } : undefined,
      s3: l.s3,
      firehoseDeliveryStream: l.firehoseDeliveryStream,
    },
    monitoring: { enhanced, jmxExporter: m.jmxExporter ?? false, nodeExporter: m.nodeExporter ?? false },
    alarmOptions: { enabled: al.enabled ?? true, diskUsedPercent, cpuPercent },
  };
}

export function validateConnectivity(
  spec: MskProvisionedSpec, instance: MskInstanceInfo, version: MskVersionInfo, subnets: readonly MskSubnetRef[], auth: Auth,
  transit: MskProvisionedPlan['encryptionInTransit'], c: IssueCollector, isUnknown: IsUnknown,
): MskProvisionedPlan['connectivity'] {
  const k = spec.connectivity ?? {};
  const publicAccess = k.publicAccess ?? false;
  const clusterAlreadyDeployed = k.clusterAlreadyDeployed === true;
  const mv = k.multiVpc;
  const twoStep = 'MSK cannot turn it on at cluster creation: deploy without it first, then set `connectivity.clusterAlreadyDeployed: true`.';
  if (publicAccess) {
    if (!clusterAlreadyDeployed) c.error('msk/public-access-first-deploy', 'connectivity.publicAccess', 'be enabled only on an existing cluster', true, twoStep);
    if (auth.unauthenticated || transit.clientBroker !== 'TLS' || !transit.inCluster) {
      c.error('msk/public-access-security', 'connectivity.publicAccess', 'be used only with authenticated clients and TLS everywhere', { unauthenticated: auth.unauthenticated, ...transit },
        'Turn unauthenticated access and plaintext off.');
    }
    c.warn('msk/public-access', 'connectivity.publicAccess', 'Public access is on: brokers get public IPs. Restrict `connectivity.publicAccessCidrs` to the networks that need it.');
  }
  const cidrs = (expectArray(k.publicAccessCidrs, { code: 'msk/public-access-cidr', path: 'connectivity.publicAccessCidrs', isUnknown }, c) ?? []) as readonly string[];
  cidrs.forEach((cidr, i) => {
    if (!isUnknown(cidr) && (typeof cidr !== 'string' || parseIpv4Cidr(cidr) === undefined)) {
      c.error('msk/public-access-cidr', `connectivity.publicAccessCidrs[${i}]`, 'be an IPv4 CIDR (a.b.c.d/n, n from 0 to 32)', cidr,
        'Public access uses IPv4 Elastic IPs; write the range as e.g. "203.0.113.0/24".');
    }
  });
  if (publicAccess && cidrs.length === 0) {
    c.warn('msk/public-access-cidrs-missing', 'connectivity.publicAccessCidrs',
      'Public access is on but `connectivity.publicAccessCidrs` is empty: the created security group admits nobody on the public listeners. List the IPv4 ranges that need them.');
  }
  if (!publicAccess && cidrs.length > 0) {
    c.error('msk/public-access-cidrs-unused', 'connectivity.publicAccessCidrs', 'be set only with `connectivity.publicAccess: true`', cidrs,
      'Remove the ranges, or turn public access on (on an existing cluster).');
  }
  let multiVpc: { iam: boolean; scram: boolean; tls: boolean } | undefined;
  if (mv) {
    multiVpc = { iam: mv.iam ?? false, scram: mv.scram ?? false, tls: mv.tls ?? false };
    if (!clusterAlreadyDeployed) c.error('msk/multi-vpc-first-deploy', 'connectivity.multiVpc', 'be enabled only on an existing cluster', mv, twoStep);
    if (!instance.connectivity) c.error('msk/multi-vpc-instance', 'connectivity.multiVpc', `be off on ${instance.instanceType}`, mv, 'Use kafka.m5.large or larger.');
    const anyOn = multiVpc.iam || multiVpc.scram || multiVpc.tls;
    if (!anyOn && !clusterAlreadyDeployed) {
      c.error('msk/multi-vpc-no-auth', 'connectivity.multiVpc', 'enable at least one of iam, scram, tls', mv, 'E.g. { iam: true }.');
    } else if (!anyOn) {
      // Every mode false on an existing cluster is how multi-VPC connectivity is turned off again.
      c.warn('msk/multi-vpc-off', 'connectivity.multiVpc',
        'Multi-VPC private connectivity is being turned off: client VPC connections to this cluster stop working. Remove the client-side VPC connections, then `connectivity.multiVpc` itself once this is deployed.');
    }
    const enabled = { iam: auth.iam, scram: auth.scram, tls: auth.tlsCertificateAuthorityArns.length > 0 };
    for (const m of ['iam', 'scram', 'tls'] as const) {
      if (multiVpc[m] && !enabled[m]) {
        c.error('msk/multi-vpc-auth-off', `connectivity.multiVpc.${m}`, `match a client authentication mode enabled on the cluster`, true, `Enable ${m} in clientAuthentication first.`);
      }
    }
  }
  const accounts = k.multiVpcAllowedAccounts ?? [];
  accounts.forEach((a, i) => {
    if (!ACCOUNT_ID.test(a)) c.error('msk/account-id', `connectivity.multiVpcAllowedAccounts[${i}]`, 'be a 12-digit AWS account id', a, 'Pass the account id, not an ARN.');
  });
  if (accounts.length > 0 && !(multiVpc && (multiVpc.iam || multiVpc.scram || multiVpc.tls))) {
    c.error('msk/multi-vpc-accounts-without-multi-vpc', 'connectivity.multiVpcAllowedAccounts', 'be set only while `connectivity.multiVpc` enables a mode', accounts, 'Enable multiVpc or remove the accounts.');
  }
  const networkType = validateNetworkType(spec, instance, version, subnets, clusterAlreadyDeployed, c);
  return {
    publicAccess,
    publicAccessCidrs: publicAccess ? cidrs : [],
    multiVpc,
    multiVpcAllowedAccounts: accounts,
    clusterAlreadyDeployed,
    sendConnectivityInfo: clusterAlreadyDeployed && instance.connectivity,
    ...(networkType ? { networkType } : {}),
  };
}

/**
 * The network type: DUAL only on an existing cluster (MSK creates every cluster as IPV4 and only updates it to
 * DUAL), on Kafka 3.6 or later, on broker subnets with IPv6 CIDR blocks; never back to IPV4 once deployed.
 */
function validateNetworkType(
  spec: MskProvisionedSpec, instance: MskInstanceInfo, version: MskVersionInfo, subnets: readonly MskSubnetRef[], clusterAlreadyDeployed: boolean, c: IssueCollector,
): MskProvisionedPlan['connectivity']['networkType'] {
  const networkType = spec.connectivity?.networkType;
  if (networkType === undefined) return undefined;
  const path = 'connectivity.networkType';
  if (!(MSK_NETWORK_TYPES as readonly string[]).includes(networkType)) {
    c.error('msk/network-type', path, `be one of ${MSK_NETWORK_TYPES.join(', ')}`, networkType, "Use 'DUAL' for IPv4 and IPv6, or remove it to keep IPv4.");
    return undefined;
  }
  if (networkType !== 'DUAL') return networkType;
  if (!clusterAlreadyDeployed) {
    c.error('msk/dual-stack-first-deploy', path, "be 'IPV4' when the cluster is created (MSK creates every cluster as IPV4 and moves existing ones to DUAL)", networkType,
      'Deploy the cluster first, then set `networkType: \'DUAL\'` with `connectivity.clusterAlreadyDeployed: true`.');
  }
  if (KAFKA_LINES.indexOf(version.line) < KAFKA_LINES.indexOf(DUAL_STACK.minLine)) {
    c.error('msk/dual-stack-version', path, `be 'IPV4' on Kafka ${version.version} (dual-stack needs ${DUAL_STACK.minLine}.0 or later)`, networkType, 'Upgrade the cluster first.');
  }
  if (!instance.connectivity) {
    c.error('msk/dual-stack-instance', path, `be 'IPV4' on ${instance.instanceType} (the library sends connectivity settings only to broker types with multi-VPC support)`, networkType,
      'Move the brokers to kafka.m5.large or larger first.');
  }
  const ipv4Only = subnets.filter((s) => s.ipv6 === false).map((s) => s.subnetId);
  if (ipv4Only.length > 0) {
    c.error('msk/dual-stack-subnets', 'vpcSubnets', "have IPv6 CIDR blocks for networkType 'DUAL' (every subnet the cluster was created in)", ipv4Only,
      'Associate an IPv6 CIDR block with the VPC and each broker subnet (KafkaVpc has no IPv6 yet), then deploy DUAL.');
  }
  c.warn('msk/dual-stack-one-way', path,
    "The network type moves to DUAL and cannot go back to IPV4: keep `networkType: 'DUAL'` in the program from now on. IPv6 clients use the ...Ipv6 bootstrap strings; open the listeners to them with IPv6 rules.");
  return networkType;
}

/** Intelligent rebalancing and the in-place upgrade to Express brokers: Express settings, sent only when set. */
export function validateExpressOperations(spec: MskProvisionedSpec, version: MskVersionInfo, c: IssueCollector): Pick<MskProvisionedPlan, 'rebalancing' | 'topicReassignment'> {
  const out: { rebalancing?: 'ACTIVE' | 'PAUSED'; topicReassignment?: MskProvisionedPlan['topicReassignment'] } = {};
  const rebalancing = spec.intelligentRebalancing;
  if (rebalancing !== undefined) {
    if (spec.kind !== 'express') {
      c.error('msk/rebalancing-express-only', 'intelligentRebalancing', 'be omitted on Standard brokers (intelligent rebalancing is an Express broker feature)', rebalancing,
        "Remove it, or use kind 'express'; on Standard brokers reassign partitions with Kafka's tools or Cruise Control.");
    } else if (typeof rebalancing !== 'boolean') {
      c.error('msk/rebalancing', 'intelligentRebalancing', 'be true or false', rebalancing, 'Use true (ACTIVE) or false (PAUSED).');
    } else {
      out.rebalancing = rebalancing ? 'ACTIVE' : 'PAUSED';
    }
  }
  const mode = spec.topicReassignment;
  if (mode !== undefined) {
    if (!(MSK_TOPIC_REASSIGNMENT_MODES as readonly string[]).includes(mode)) {
      c.error('msk/topic-reassignment', 'topicReassignment', `be one of ${MSK_TOPIC_REASSIGNMENT_MODES.join(', ')}`, mode, 'Use MANUAL to move topics yourself, AUTOMATIC to let MSK move them all.');
    } else if (spec.kind !== 'express') {
      c.error('msk/topic-reassignment-express-only', 'topicReassignment', "be set only with kind 'express' (it is how topics move when a Standard cluster is upgraded to Express brokers)", mode,
        "Change `kind` to 'express' and `instanceType` to an express.m7g type in the same deployment, or remove it.");
    } else if (!EXPRESS_UPGRADE.kafkaVersions.includes(version.version)) {
      c.error('msk/topic-reassignment-version', 'kafkaVersion', `be ${EXPRESS_UPGRADE.kafkaVersions.join(' or ')} for an in-place upgrade to Express brokers`, version.version,
        'Move the Standard cluster to 3.9.x.kraft first; the upgrade keeps the Kafka version.');
    } else {
      out.topicReassignment = mode;
    }
  }
  return out;
}
