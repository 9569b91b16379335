/**
 * Self-managed Kafka (KRaft) on EC2: spec -> validated plan. Pure: no cloud SDK. Both faces call
 * `planSelfManagedCluster` and only map the result; `renderNodeFiles` turns it into each node's files.
 */
import { listenersFor, securityGroupRules } from './listeners';
import { placementOrder } from './placement';
import {
  checkAwsAvailabilityZones, expectArray, expectInteger, expectNumber, Issue, IssueCollector, IsUnknown, KAFKA_LINES, KafkaLineInfo, KafkaValidationError, kafkaLine, lineOf, neverUnknown, ServerPropertiesSpec,
  validateServerProperties, validateWorkload,
} from '../core';
import { checkSelfManagedSizing } from './sizing';
import { validateArtifact, type ArtifactSource } from '../aws/ec2-node/artifact-source';
import { METRICS_NAMESPACE, planSelfManagedAlarms, rootDiskAlarmIssues } from './alarms';
import { clusterIdProblem } from './cluster-id';
import * as D from './defaults';
import { planGroups, validateGroups } from './groups';
import { checkOwnedExtras, SELF_MANAGED_OWNED_KEYS } from './owned-keys';
import type {
  NodePlan, NodeRole, ProcessRole, QuorumPlan, S3StatementPlan, SelfManagedClusterPlan,
} from './plan-types';
import type { SelfManagedKafkaSpec } from './spec';
import { heapFor, instanceFor, validateAuth, validateDnsZone, validateTiered, volumeFor } from './validate';

export { KafkaValidationError };

const CLUSTER_NAME = /^[a-z][a-z0-9-]{0,47}$/;
const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;
const PARAM_PREFIX = /^\/[A-Za-z0-9_.\-/]+[^/]$/;
const SECRET_PREFIX = /^[A-Za-z0-9_.\-/+=@]+[^/]$/;

/** Validates the spec and returns every issue (errors and warnings). Pure. */
export function validateSelfManagedCluster(spec: SelfManagedKafkaSpec, isUnknown: IsUnknown = neverUnknown, context: SelfManagedPlanContext = {}): Issue[] {
  return decide(spec, isUnknown, context).issues;
}

/** What the face knows about where the cluster goes, beyond the spec. */
export interface SelfManagedPlanContext {
  /**
   * The region the face deploys to, when known at synth time (a CDK stack with an `env`); the AZs must be in it.
   * @default - unknown: the AZs must only agree with each other
   */
  readonly region?: string;
  /**
   * Whether the face creates the default `KafkaVpc` (no VPC passed): it spans 2 or 3 AZs.
   * @default false
   */
  readonly defaultVpc?: boolean;
}

/** Validates and decides everything; throws one `KafkaValidationError` listing all errors. */
export function planSelfManagedCluster(spec: SelfManagedKafkaSpec, isUnknown: IsUnknown = neverUnknown, subject?: string, context: SelfManagedPlanContext = {}): SelfManagedClusterPlan {
  const { issues, plan } = decide(spec, isUnknown, context);
  new IssueCollector().addAll(issues).throwIfErrors(subject ?? `Self-managed Kafka cluster ${typeof spec?.clusterName === 'string' ? `'${spec.clusterName}'` : '(unnamed)'}`);
  return plan!;
}

function decide(spec: SelfManagedKafkaSpec, isUnknown: IsUnknown, context: SelfManagedPlanContext): { issues: Issue[]; plan?: SelfManagedClusterPlan } {
  const c = new IssueCollector();
  const known = (v: unknown) => v !== undefined && !isUnknown(v);

  if (known(spec.clusterName) && !CLUSTER_NAME.test(spec.clusterName)) {
    c.error('self-managed/cluster-name', 'clusterName', 'be 1-48 lower-case letters, digits or hyphens starting with a letter', spec.clusterName, 'Rename the cluster, e.g. "orders-prod".');
  }
  const line = versionLine(spec, c);
  const mode = spec.mode ?? 'production';
  if (mode !== 'production' && mode !== 'development') c.error('self-managed/mode', 'mode', "be 'production' or 'development'", mode, 'Use production unless this is a throw-away cluster.');
  const combined = spec.combinedMode === true;

  // Availability zones and node counts.
  const azInput = expectArray(spec.availabilityZones, { code: 'self-managed/no-azs', path: 'availabilityZones' }, c);
  // Placement by name (placement.ts): the same names in any order place every node identically.
  const listed = (azInput ?? []) as readonly string[];
  const azs = placementOrder(listed, isUnknown);
  if (azs.some((az, i) => az !== listed[i])) {
    c.warn('self-managed/az-order', 'availabilityZones', `\`availabilityZones\` are placed in sorted order (${azs.join(', ')}), not as listed. `
      + 'A cluster deployed by an earlier release with this unsorted list would move nodes away from their volumes: see MIGRATIONS.md. Sort the list to silence this warning.');
  }
  if (azInput !== undefined || spec.availabilityZones === undefined) {
    if (azs.length === 0) c.error('self-managed/no-azs', 'availabilityZones', 'list at least one AZ', azs, 'Pass the AZs of your subnets, e.g. ["eu-west-1a", "eu-west-1b", "eu-west-1c"].');
  }
  const knownAzs = azs.filter(known);
  if (new Set(knownAzs).size !== knownAzs.length) c.error('self-managed/az-duplicate', 'availabilityZones', 'not repeat an AZ', azs, 'Each AZ once: nodes are spread over the names in sorted order.');
  checkAwsAvailabilityZones(listed, { code: 'self-managed/availability-zone', path: 'availabilityZones', expectedRegion: context.region, isUnknown }, c);
  // A count that fails its type or range check is reported once; the rules that depend on it are skipped (NaN).
  const counted = (v: number | undefined) => v ?? NaN;
  const controllerCount = combined ? 1 : counted(expectInteger(spec.controllers?.count ?? D.DEFAULT_CONTROLLER_COUNT, { code: 'self-managed/controller-count', path: 'controllers.count' }, c, { min: 1, max: 9, fix: 'Use 3 (or 5).' }));
  const brokerAzCount = combined ? 1 : counted(expectInteger(spec.brokers?.azCount ?? Math.min(3, Math.max(1, azs.length)), { code: 'self-managed/broker-az-count', path: 'brokers.azCount' }, c, { min: 1, max: 9, fix: 'Brokers spread over the first azCount AZs; use 3.' }));
  const brokerCount = counted(expectInteger(spec.brokers?.count ?? (Number.isNaN(brokerAzCount) ? 1 : brokerAzCount), { code: 'self-managed/broker-count', path: 'brokers.count' }, c,
    { min: 1, max: D.MAX_BROKERS, highFix: `More than ${D.MAX_BROKERS} brokers is almost certainly a typo; split larger workloads over clusters.` }));
  if (context.defaultVpc && (azs.length < 2 || azs.length > 3)) {
    c.error('self-managed/default-vpc-az-count', 'availabilityZones', 'list 2 or 3 AZs when the library creates the VPC (the default KafkaVpc spans 2 or 3 AZs)', azs.length,
      'List 2 or 3 `availabilityZones` (a single development node uses the first), or pass a VPC with subnets in every listed AZ.');
  }
  if (context.defaultVpc && controllerCount === 5) {
    c.error('self-managed/five-controllers-need-own-vpc', 'controllers.count', 'be 3 with the default KafkaVpc (it spans at most 3 AZs, and each controller needs its own AZ)', 5,
      'Pass a VPC with subnets in 5 AZs and list them in `availabilityZones`, or use 3 controllers.');
  }

  if (combined) {
    if (mode !== 'development') {
      c.error('self-managed/combined-mode-production', 'combinedMode', "be false unless `mode` is 'development'", true,
        'A node running broker and controller together cannot be restarted or scaled without taking the quorum with it; use dedicated controllers.');
    }
    if ((!Number.isNaN(brokerCount) && brokerCount !== 1) || spec.controllers?.count !== undefined) {
      c.error('self-managed/combined-mode-multi-node', 'brokers.count', 'be 1 in combined mode', brokerCount, 'Combined mode is for a single development node; use dedicated controllers for more nodes.');
    }
  } else {
    if (Number.isNaN(controllerCount)) {
      // Reported by its type or range check.
    } else if (controllerCount % 2 === 0) {
      c.error('self-managed/controller-count-even', 'controllers.count', 'be odd (3 or 5)', controllerCount,
        'An even quorum tolerates no more failures than the odd number below it and can split evenly; use 3 (or 5 on Kafka 3.9 and later).');
    } else if (controllerCount !== 3 && controllerCount !== 5) {
      c.error('self-managed/controller-count', 'controllers.count', 'be 3 or 5', controllerCount, controllerCount < 3 ? 'One controller is a single point of failure; use 3.' : 'More than 5 voters slows every metadata commit; use 3 or 5.');
    } else if (controllerCount === 5 && line && !line.dynamicQuorum) {
      // Kafka 3.9 documents 3 or 5 controllers for both quorum kinds (KIP-853 shipped in 3.9.0: AddVoter, add-controller).
      c.error('self-managed/five-controllers-need-4x', 'controllers.count', `be 3 on Kafka ${spec.kafkaVersion}`, 5, 'The library runs five controllers from Kafka 3.9; use 3 or upgrade.');
    }
    if ((controllerCount === 3 || controllerCount === 5) && azs.length > 0 && azs.length < controllerCount) {
      c.error('self-managed/controllers-fewer-azs', 'availabilityZones', `list at least as many AZs as controllers (${controllerCount})`, azs.length,
        `Each controller needs its own AZ so that one AZ outage takes at most one voter; add AZs or use ${azs.length >= 3 ? 3 : 'fewer'} controllers.`);
    }
    if (Number.isNaN(brokerAzCount) || Number.isNaN(brokerCount)) {
      // Reported by its type or range check.
    } else if (brokerAzCount > azs.length) {
      c.error('self-managed/broker-az-count', 'brokers.azCount', `be from 1 to the number of AZs (${azs.length})`, brokerAzCount, 'Brokers spread over the first azCount AZs.');
    } else if (brokerCount < brokerAzCount || brokerCount % brokerAzCount !== 0) {
      c.error('self-managed/broker-count', 'brokers.count', `be a multiple of the broker AZ count (${brokerAzCount})`, brokerCount,
        `Use ${[1, 2, 3].map((m) => m * brokerAzCount).join(', ')} or another multiple, so that every AZ holds as many brokers (broker.rack).`);
    }
    if (mode === 'production' && brokerAzCount < 3 && azs.length >= 3) {
      c.warn('self-managed/brokers-fewer-than-3-azs', 'brokers.azCount', `\`brokers.azCount\` is ${brokerAzCount}: with RF 3 an AZ outage can take two replicas. Use 3 AZs.`);
    }
  }

  // Quorum.
  const quorumMode = spec.quorum ?? (line?.dynamicQuorum ? 'dynamic' : 'static');
  if (quorumMode !== 'static' && quorumMode !== 'dynamic') {
    c.error('self-managed/quorum', 'quorum', "be 'static' or 'dynamic'", quorumMode, 'Use dynamic on 3.9+ (KIP-853) unless you need to match an existing static cluster.');
  } else if (quorumMode === 'dynamic' && line && !line.dynamicQuorum) {
    c.error('self-managed/dynamic-quorum-version', 'quorum', `be 'static' on Kafka ${spec.kafkaVersion} (KIP-853 dynamic quorums start in 3.9)`, quorumMode, 'Upgrade to 3.9+ or use a static quorum.');
  }

  // Java.
  const javaVersion = spec.javaVersion ?? D.DEFAULT_JAVA;
  if (expectInteger(javaVersion, { code: 'self-managed/java-version', path: 'javaVersion' }, c) === undefined) {
    // Reported by its type check.
  } else if (![11, 17, 21].includes(javaVersion)) {
    c.error('self-managed/java-version', 'javaVersion', 'be 11, 17 or 21 (Amazon Corretto)', javaVersion, 'Use 21.');
  } else if (line && javaVersion < line.minJava) {
    c.error('self-managed/java-too-old', 'javaVersion', `be at least ${line.minJava} for Kafka ${spec.kafkaVersion}`, javaVersion, 'Kafka 4.x brokers need Java 17 or later; use 21.');
  }

  validateAuth(spec, c, known);
  if (line) validateTiered(spec, line, c, known);
  validateArtifact(spec.distribution, 'distribution', c, known);
  if (spec.monitoring?.jmxExporter) validateArtifact(spec.monitoring.jmxExporter.source, 'monitoring.jmxExporter.source', c, known);
  const dnsZoneName = spec.dnsZoneName ?? `${spec.clusterName}.kafka.internal`;
  if (spec.dnsZoneName !== undefined) validateDnsZone(dnsZoneName, c, known);
  if (spec.clusterId !== undefined && known(spec.clusterId)) {
    const problem = clusterIdProblem(spec.clusterId);
    if (problem) c.error('self-managed/cluster-id', 'clusterId', problem, spec.clusterId, 'Generate one with `generateClusterId(crypto.randomBytes)`, or omit it to generate one at deploy time.');
  }
  const releaseVersion = spec.releaseVersion ?? line?.line ?? '';
  if (spec.releaseVersion !== undefined && line && !new RegExp(`^${line.line.replace('.', '\\.')}(-IV\\d+)?$`).test(spec.releaseVersion)) {
    c.error('self-managed/release-version', 'releaseVersion', `be the ${line.line} line (e.g. ${line.line} or ${line.line}-IV0)`, spec.releaseVersion, 'Format new clusters at the version they run; upgrade metadata.version later with kafka-features.');
  }
  const parameterPrefix = spec.parameterPrefix ?? `/kafka-iac/${spec.clusterName}`;
  if (known(parameterPrefix) && !PARAM_PREFIX.test(parameterPrefix)) c.error('self-managed/parameter-prefix', 'parameterPrefix', 'be an SSM path starting with / and not ending with /', parameterPrefix, 'e.g. /kafka-iac/orders.');
  const secretPrefix = spec.secretPrefix ?? `kafka-iac/${spec.clusterName}`;
  if (known(secretPrefix) && !SECRET_PREFIX.test(secretPrefix)) c.error('self-managed/secret-prefix', 'secretPrefix', 'be a Secrets Manager name prefix not ending with /', secretPrefix, 'e.g. kafka-iac/orders.');
  const certificateValidityDays = spec.tls?.certificateValidityDays ?? D.DEFAULT_CERTIFICATE_VALIDITY_DAYS;
  if (expectInteger(certificateValidityDays, { code: 'self-managed/certificate-validity', path: 'tls.certificateValidityDays' }, c) !== undefined
    && (certificateValidityDays < 30 || certificateValidityDays > D.MAX_CERTIFICATE_VALIDITY_DAYS)) {
    c.error('self-managed/certificate-validity', 'tls.certificateValidityDays', `be a whole number of days from 30 to ${D.MAX_CERTIFICATE_VALIDITY_DAYS}`, certificateValidityDays, 'e.g. 3650.');
  }
  const tlsGeneration = spec.tls?.generation ?? 1;
  if (expectInteger(tlsGeneration, { code: 'self-managed/tls-generation', path: 'tls.generation' }, c) !== undefined && tlsGeneration < 1) c.error('self-managed/tls-generation', 'tls.generation', 'be a whole number from 1', tlsGeneration, 'Raise it by one to re-issue the node certificates.');
  const bootTimeoutMinutes = spec.bootTimeoutMinutes ?? D.BOOT_SIGNAL.defaultTimeoutMinutes;
  expectInteger(bootTimeoutMinutes, { code: 'self-managed/boot-timeout', path: 'bootTimeoutMinutes' }, c, {
    min: D.BOOT_SIGNAL.minTimeoutMinutes, max: D.BOOT_SIGNAL.maxTimeoutMinutes,
    fix: `A node installs Java and Kafka, may wait for its predecessor to release its volume and must join the cluster: keep the default (${D.BOOT_SIGNAL.defaultTimeoutMinutes}) or more.`,
    highFix: `An Auto Scaling lifecycle hook waits at most ${D.LIFECYCLE_HOOK_LIMITS.maxHeartbeatSeconds} seconds.`,
  });
  const removal = spec.removal ?? 'retain';
  if (removal !== 'retain' && removal !== 'destroy') c.error('self-managed/removal', 'removal', "be 'retain' or 'destroy'", removal, 'Keep the default (retain) for anything holding data.');
  if (spec.amiSsmParameter !== undefined && known(spec.amiSsmParameter) && !/^\/[A-Za-z0-9_.\-/]+$/.test(spec.amiSsmParameter)) {
    c.error('self-managed/ami-parameter', 'amiSsmParameter', 'be an SSM parameter name starting with /', spec.amiSsmParameter, 'e.g. /my-org/amis/kafka-al2023-arm64.');
  }
  const artifacts = [spec.distribution, spec.monitoring?.jmxExporter?.source, spec.tieredStorage?.plugin?.core, spec.tieredStorage?.plugin?.s3];
  if (spec.amiSsmParameter === undefined && artifacts.some((a) => a?.kind === 'preinstalled')) {
    c.warn('self-managed/preinstalled-needs-ami', 'amiSsmParameter',
      'An artifact is `preinstalled` but `amiSsmParameter` is the stock Amazon Linux 2023 image, which has no Kafka: set `amiSsmParameter` to your image.');
  }
  const diskUsedPercent = spec.monitoring?.diskUsedPercent ?? D.DEFAULT_DISK_USED_PERCENT;
  if (expectNumber(diskUsedPercent, { code: 'self-managed/disk-alarm', path: 'monitoring.diskUsedPercent' }, c) !== undefined && !(diskUsedPercent > 0 && diskUsedPercent < 100)) c.error('self-managed/disk-alarm', 'monitoring.diskUsedPercent', 'be between 0 and 100', diskUsedPercent, 'e.g. 80.');
  else if (typeof diskUsedPercent === 'number') rootDiskAlarmIssues(diskUsedPercent, c);
  if (!spec.monitoring?.jmxExporter) {
    c.warn('self-managed/no-kafka-metrics', 'monitoring.jmxExporter',
      '`monitoring.jmxExporter` is off: no alarms on under-replicated partitions or quorum health. Configure the exporter to get them.');
  }

  // Nodes' hardware.
  const brokerInstance = instanceFor(spec.brokers, D.DEFAULT_BROKER_INSTANCE, 'brokers', c);
  const brokerHeap = heapFor(spec.brokers, brokerInstance, D.BROKER_HEAP, 'brokers', 'broker', c);
  const brokerVolume = volumeFor(spec.brokers?.volume, D.DEFAULT_BROKER_VOLUME_GIB, 'brokers', c);
  const controllerInstance = instanceFor(spec.controllers, D.DEFAULT_CONTROLLER_INSTANCE, 'controllers', c);
  const controllerHeap = heapFor(spec.controllers, controllerInstance, D.CONTROLLER_HEAP, 'controllers', 'controller', c);
  const controllerVolume = volumeFor(spec.controllers?.volume, D.DEFAULT_CONTROLLER_VOLUME_GIB, 'controllers', c);

  // Server properties: production defaults everywhere; a single development node cannot hold 3 replicas.
  const userProps = spec.serverProperties ?? {};
  const smallDev = mode === 'development' && Number.isInteger(brokerCount) && brokerCount < 3;
  const rf = userProps.defaultReplicationFactor ?? (smallDev ? brokerCount : undefined);
  const serverProperties: ServerPropertiesSpec = {
    ...userProps,
    ...(rf !== undefined ? { defaultReplicationFactor: rf } : {}),
    ...(smallDev && userProps.minInsyncReplicas === undefined ? { minInsyncReplicas: Math.max(1, (rf ?? 1) - 1) } : {}),
  };
  const owned = checkOwnedExtras(serverProperties, 'serverProperties');
  c.addAll(owned.issues);
  if (line) {
    c.addAll(validateServerProperties(owned.rest, { keyList: line.keyList, path: 'serverProperties', brokerCount: Number.isInteger(brokerCount) ? brokerCount : undefined, ownedKeys: SELF_MANAGED_OWNED_KEYS }));
    validateGroups(spec.groups, line, spec.kafkaVersion, owned.rest.extraProperties, c, known);
  }

  const workloadIssues = spec.workload !== undefined ? validateWorkload(spec.workload) : [];
  c.addAll(workloadIssues);
  if (c.errors.length > 0 || !line) return { issues: [...c.issues] };

  // Decide.
  const auth = spec.clientAuthentication;
  const controllerAuth = spec.controllerListenerAuthentication ?? 'ssl';
  const listeners = listenersFor(controllerAuth, !!auth.scram, !!auth.mtls);
  const tiered = spec.tieredStorage;
  const jmxExporter = spec.monitoring?.jmxExporter ? { source: spec.monitoring.jmxExporter.source, port: spec.monitoring.jmxExporter.port ?? D.DEFAULT_JMX_EXPORTER_PORT } : undefined;
  // Sorted: the order users are listed in must not change a byte of any node's files.
  const scramUsers = [...new Set(auth.scram?.users ?? [])].sort().map((user) => ({ user, secretName: `${secretPrefix}/scram/${user}` }));
  const controllerPasswordSecretName = controllerAuth === 'sasl-plain' ? `${secretPrefix}/controller-password` : undefined;
  const clusterIdParameter = `${parameterPrefix}/cluster-id`;

  const layout: { role: NodeRole; n: number; nodeId: number; azIndex: number }[] = combined
    ? [{ role: 'combined', n: 1, nodeId: 1, azIndex: 0 }]
    : [
      ...Array.from({ length: controllerCount }, (_, i) => ({ role: 'controller' as const, n: i + 1, nodeId: i + 1, azIndex: i })),
      ...Array.from({ length: brokerCount }, (_, i) => ({ role: 'broker' as const, n: i + 1, nodeId: 100 + i + 1, azIndex: i % brokerAzCount })),
    ];

  const nodes: NodePlan[] = layout.map(({ role, n, nodeId, azIndex }) => {
    const name = `${role}-${n}`;
    const processRoles: ProcessRole[] = role === 'combined' ? ['broker', 'controller'] : [role];
    const isBroker = processRoles.includes('broker');
    const isController = processRoles.includes('controller');
    const instance = isBroker ? brokerInstance : controllerInstance;
    const vol = isBroker ? brokerVolume : controllerVolume;
    const az = azs[azIndex];
    // server.properties is the node's own; the other files are identical for every node of a role and stored once per
    // role, which keeps a 30-broker cluster under CloudFormation's 500 resources per stack.
    const roleFiles = `${parameterPrefix}/roles/${role}`;
    const params = {
      serverProperties: `${parameterPrefix}/nodes/${name}/server.properties`,
      environment: `${roleFiles}/kafka.env`,
      systemdUnit: `${roleFiles}/kafka.service`,
      ...(jmxExporter ? { jmxExporterConfig: `${roleFiles}/jmx-exporter.yml` } : {}),
      metricsScript: `${roleFiles}/kafka-metrics.py`,
      metricsUnit: `${roleFiles}/kafka-metrics.service`,
      logConfig: `${roleFiles}/${line?.log4j === 2 ? 'log4j2.xml' : 'log4j.properties'}`,
      nodeHelper: `${roleFiles}/node.py`,
      servingCheck: `${roleFiles}/serving.sh`,
      formattedMarker: `${parameterPrefix}/nodes/${name}/formatted`,
      replaceDiskApproval: `${parameterPrefix}/nodes/${name}/replace-disk-approved`,
      ...(isController ? { quorumFormedMarker: `${parameterPrefix}/nodes/${name}/quorum-formed` } : {}),
    };
    const tlsSecretName = `${secretPrefix}/nodes/${name}/tls`;
    const tags = { [D.TAGS.cluster]: spec.clusterName, [D.TAGS.nodeId]: String(nodeId), [D.TAGS.nodeName]: name };
    const artifacts: (ArtifactSource | undefined)[] = [spec.distribution, jmxExporter?.source, ...(isBroker && tiered ? [tiered.plugin.core, tiered.plugin.s3] : [])];
    const s3: S3StatementPlan[] = artifacts.flatMap((a) => (a?.kind === 's3' ? [{ actions: ['s3:GetObject'], bucket: a.bucket, keyPattern: a.key }] : []));
    if (isBroker && tiered) {
      const prefix = tiered.keyPrefix ?? '';
      s3.push({ actions: ['s3:AbortMultipartUpload', 's3:DeleteObject', 's3:GetObject', 's3:PutObject'], bucket: tiered.bucketName, keyPattern: `${prefix}*` });
      s3.push({ actions: ['s3:ListBucket'], bucket: tiered.bucketName, ...(prefix ? { listPrefix: `${prefix}*` } : {}) });
    }
    return {
      name, nodeId, role, processRoles, azIndex, availabilityZone: az,
      dnsName: `${name}.${dnsZoneName}`,
      principal: `User:CN=${name}.${dnsZoneName}`,
      instance,
      heapMiB: isBroker ? brokerHeap : controllerHeap,
      volume: {
        id: `${pascal(name)}Volume`, ...vol, encrypted: true, retain: true, availabilityZone: az,
        deviceName: D.VOLUME_DEVICE, mountPoint: D.PATHS.mountPoint, tags,
      },
      networkInterface: { deviceIndex: D.NODE_INTERFACE_DEVICE_INDEX, availabilityZone: az, tags },
      amiSsmParameter: spec.amiSsmParameter ?? D.AL2023_AMI_PARAMETER[instance.architecture],
      listeners: listeners.filter((l) => (l.on === 'brokers' ? isBroker : isController)).map((l) => l.name),
      parameters: params,
      tlsSecretName,
      iam: {
        readSecrets: [tlsSecretName, ...(controllerPasswordSecretName ? [controllerPasswordSecretName] : []), ...(isController ? scramUsers.map((u) => u.secretName) : [])],
        readParameters: [clusterIdParameter, params.serverProperties, params.environment, params.systemdUnit, ...(params.jmxExporterConfig ? [params.jmxExporterConfig] : []),
          params.metricsScript, params.metricsUnit, params.logConfig, params.nodeHelper, params.servingCheck, params.formattedMarker, params.replaceDiskApproval],
        writeParameters: [params.formattedMarker, ...(params.quorumFormedMarker ? [params.quorumFormedMarker] : [])],
        readParameterPaths: isController ? [`${parameterPrefix}/nodes`] : [],
        attachVolume: { volumeId: `${pascal(name)}Volume`, instanceTags: { [D.TAGS.cluster]: spec.clusterName, [D.TAGS.nodeId]: String(nodeId) } },
        attachNetworkInterface: { instanceTags: { [D.TAGS.cluster]: spec.clusterName, [D.TAGS.nodeId]: String(nodeId) } },
        putMetricDataNamespace: METRICS_NAMESPACE,
        s3,
        kmsKeyArns: isBroker && tiered?.kmsKeyArn ? [tiered.kmsKeyArn] : [],
        completeLifecycleAction: { hookName: D.BOOT_SIGNAL.hookName, groupTags: { [D.TAGS.cluster]: spec.clusterName, [D.TAGS.nodeId]: String(nodeId) } },
      },
    };
  });

  const controllers = nodes.filter((n) => n.processRoles.includes('controller'));
  const endpoint = (n: NodePlan) => `${n.dnsName}:${D.LISTENERS.controller.port}`;
  const quorum: QuorumPlan = quorumMode === 'static'
    ? { mode: 'static', voters: controllers.map((n) => `${n.nodeId}@${endpoint(n)}`).join(','), controllerIds: controllers.map((n) => n.nodeId) }
    : { mode: 'dynamic', bootstrapServers: controllers.map(endpoint).join(','), controllerIds: controllers.map((n) => n.nodeId) };

  const superUsers = [...new Set([
    ...nodes.map((n) => n.principal),
    ...(controllerAuth === 'sasl-plain' ? [`User:${D.CONTROLLER_PLAIN_USER}`] : []),
    ...(spec.superUsers ?? []),
  ])].sort();

  if (spec.workload !== undefined) c.addAll(checkSelfManagedSizing(nodes, spec.workload, !!spec.tieredStorage));

  const plan: SelfManagedClusterPlan = {
    clusterName: spec.clusterName,
    kafkaVersion: spec.kafkaVersion,
    line,
    releaseVersion,
    mode,
    combined,
    javaVersion: javaVersion as 11 | 17 | 21,
    distribution: spec.distribution,
    dnsZoneName,
    availabilityZones: azs,
    brokerAzCount,
    clusterId: { source: spec.clusterId ? 'spec' : 'deploy-time', ...(spec.clusterId ? { value: spec.clusterId } : {}), parameterName: clusterIdParameter },
    quorum,
    listeners,
    controllerListenerAuthentication: controllerAuth,
    scramUsers,
    ...(auth.mtls ? { mtls: { principalMappingRules: auth.mtls.principalMappingRules } } : {}),
    superUsers,
    ...(controllerPasswordSecretName ? { controllerPasswordSecretName } : {}),
    ...(tiered ? {
      tieredStorage: {
        bucketName: tiered.bucketName, region: tiered.region, keyPrefix: tiered.keyPrefix, kmsKeyArn: tiered.kmsKeyArn,
        pluginVersion: tiered.plugin.version, core: tiered.plugin.core, s3: tiered.plugin.s3,
        chunkCacheSizeBytes: tiered.chunkCacheSizeBytes ?? D.DEFAULT_TIERED_CACHE_BYTES,
        uploadRateLimitBytesPerSecond: tiered.uploadRateLimitBytesPerSecond,
      },
    } : {}),
    ...(jmxExporter ? { jmxExporter } : {}),
    serverProperties: owned.rest,
    groups: planGroups(spec.groups, line, serverProperties),
    parameterPrefix,
    secretPrefix,
    nodes,
    securityGroupRules: securityGroupRules(listeners, combined),
    tls: {
      caSecretName: `${secretPrefix}/ca`,
      caCertificateParameter: `${parameterPrefix}/ca-certificate`,
      caCommonName: `kafka-iac ${spec.clusterName} CA`,
      caValidityDays: 2 * certificateValidityDays,
      certificateValidityDays,
      generation: tlsGeneration,
    },
    network: planSelfManagedNetwork(spec),
    removal,
    bootSignal: {
      hookName: D.BOOT_SIGNAL.hookName, timeoutMinutes: bootTimeoutMinutes, heartbeatTimeoutSeconds: bootTimeoutMinutes * 60,
      scriptDeadlineSeconds: bootTimeoutMinutes * 60 - D.BOOT_SIGNAL.marginSeconds, pollSeconds: D.BOOT_SIGNAL.pollSeconds,
    },
    restartDocumentName: `kafka-iac-${spec.clusterName}-restart-node`,
    alarms: planSelfManagedAlarms({ clusterName: spec.clusterName, nodes, kafkaMetrics: !!jmxExporter, diskUsedPercent, mountPoint: D.PATHS.mountPoint }),
    ...(spec.workload !== undefined ? { workload: spec.workload } : {}),
    warnings: [...c.warnings],
  };
  return { issues: [...c.issues], plan };
}

/**
 * What the nodes' subnets must reach, from the spec alone (the faces need it before the plan, to build the default
 * VPC whose subnets give the plan its AZs).
 */
export function planSelfManagedNetwork(spec: Pick<SelfManagedKafkaSpec, 'distribution' | 'monitoring' | 'tieredStorage'>, face: { cloudFormation?: boolean } = {}): { internetEgress: boolean; interfaceEndpoints: string[] } {
  const artifacts = [spec.distribution, spec.monitoring?.jmxExporter?.source, spec.tieredStorage?.plugin?.core, spec.tieredStorage?.plugin?.s3];
  // Under CloudFormation the boot script also signals the stack (the group's CreationPolicy, render/boot-signal.ts).
  return { internetEgress: artifacts.some((a) => a?.kind === 'url'), interfaceEndpoints: [...D.NODE_INTERFACE_ENDPOINTS, ...(face.cloudFormation ? ['cloudformation'] : [])] };
}

function versionLine(spec: SelfManagedKafkaSpec, c: IssueCollector): KafkaLineInfo | undefined {
  const v = spec.kafkaVersion;
  const line = typeof v === 'string' && VERSION.test(v) ? lineOf(v) : undefined;
  const info = line ? kafkaLine(line) : undefined;
  if (!info || !info.kraft || KAFKA_LINES.indexOf(info.line) < KAFKA_LINES.indexOf('3.7')) {
    const newest = KAFKA_LINES[KAFKA_LINES.length - 1];
    c.error('self-managed/kafka-version', 'kafkaVersion', `be a KRaft-ready Kafka release x.y.z of the lines 3.7 to ${newest} (e.g. 3.9.1, 4.3.2, ${D.RECOMMENDED_KAFKA_VERSION})`, v,
      `Self-managed clusters run KRaft only; pick a release of 3.9 to ${newest}.`);
    return undefined;
  }
  return info;
}

function pascal(s: string): string {
  return s.split(/[^A-Za-z0-9]+/).filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
}
