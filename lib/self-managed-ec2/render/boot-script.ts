/**
 * The node's boot script (EC2 user data, far below the 16 KB limit): installs Java and Kafka, attaches and mounts
 * the node's own volume, fetches the node's files from SSM Parameter Store and its secrets from Secrets Manager
 * into files only root and the kafka group can read, formats storage only when blank (never a replacement
 * controller disk without the runbook), starts Kafka under systemd, and completes the node's boot lifecycle hook once
 * the node serves (boot-signal.ts).
 *
 * No secret and no per-node file content is in here: only names. Every value is single-quoted.
 */
import { CONFIG_PROVIDER_ALLOW_LIST } from '../../aws/ec2-node/defaults';
import { KAFKA_USER, LISTENERS, LOG_ROTATION, PATHS, SCRAM_ITERATIONS, TAGS, VOLUME_DEVICE } from '../defaults';
import { logConfigPath } from './log-config';
import { bootSignalFunctions, bootSignalVars, bootSignalWait, SERVING_CHECK_PATH } from './boot-signal';
import { METRICS_SCRIPT_PATH, METRICS_UNIT_PATH, NODE_ENV_FILE } from './metrics-publisher';
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';
import {
  bootPreamble, installArtifact, jarInstall, kafkaInstall, kafkaOwnership, packagesLine, pySecureFile, q, serviceUserLine, SHELL_AWS_PARAM,
  SHELL_FETCH_ARTIFACT, SHELL_IMDS, SHELL_INSTALL_PARAM, SHELL_LOG, SHELL_RETRY, SHELL_SECRET, SHELL_UNPACK_JARS,
} from '../../aws/ec2-node/shell-prelude';

const HELPER = '/usr/local/lib/kafka-iac/node.py';

/**
 * Python helper (AL2023 ships python3), stored per role in SSM like the other role files (user data must stay far below
 * 16 KB): writes secret files with mode 0440 root:kafka without printing them, salts SCRAM bootstrap credentials and
 * derives dynamic-quorum directory ids (same as cluster-id.ts).
 */
export const NODE_HELPER_PY = `import base64,grp,hashlib,json,os,sys
${pySecureFile(KAFKA_USER)}def b64u(b):
    b=bytearray(b)
    if b[0]>>2==62: b[0]&=0x7f
    return base64.urlsafe_b64encode(bytes(b)).decode().rstrip('=')
c=sys.argv[1]
if c=='tls':
    d=json.load(sys.stdin)
    for k,n in (('certificateChain','node.crt'),('privateKey','node.key'),('caCertificates','ca.crt')):
        if not d.get(k): sys.exit('TLS secret lacks '+k)
        put('${PATHS.tlsDir}/'+n,d[k])
    put('${PATHS.tlsDir}/client-ca.crt',d.get('clientCaCertificates') or d['caCertificates'])
elif c=='password':
    p=json.load(sys.stdin).get('password') or sys.exit('secret lacks password')
    put(sys.argv[2],'password='+p.replace('\\\\','\\\\\\\\')+'\\n')
elif c=='scram':
    cid,u,it,out=sys.argv[2:6];it=int(it)
    p=json.load(sys.stdin).get('password') or sys.exit('secret of '+u+' lacks password')
    s=hashlib.sha256(('kafka-iac:scram:%s:%s'%(cid,u)).encode()).digest()
    h=hashlib.pbkdf2_hmac('sha512',p.encode(),s,it)
    with os.fdopen(os.open(out,os.O_WRONLY|os.O_CREAT|os.O_APPEND,0o440),'w') as o: o.write('--add-scram\\nSCRAM-SHA-512=[name=%s,iterations=%d,salt="%s",saltedpassword="%s"]\\n'%(u,it,base64.b64encode(s).decode(),base64.b64encode(h).decode()))
    os.chown(out,0,G)
elif c=='voters':
    cid=sys.argv[2]
    def d(v): return b64u(hashlib.sha256(('kafka-iac:directory:%s:%s'%(cid,v.split('@')[0])).encode()).digest()[:16])
    print(','.join(v+':'+d(v) for v in sys.argv[3:]))
`;

function pluginInstall(plan: SelfManagedClusterPlan, node: NodePlan): string[] {
  const t = plan.tieredStorage;
  if (!t || !node.processRoles.includes('broker')) return [];
  if (t.core.kind === 'preinstalled') {
    const p = t.core.path;
    return [`{ [ -d ${q(`${p}/core`)} ] && [ -d ${q(`${p}/s3`)} ]; } || die ${q(`tiered storage plugin not found in ${p}`)}`,
      ...(p === PATHS.tieredPluginDir ? [] : [`ln -sfn ${q(p)} ${PATHS.tieredPluginDir}`])];
  }
  return (['core', 's3'] as const).flatMap((part) => {
    const src = part === 'core' ? t.core : t.s3!;
    return [...installArtifact(src, `/tmp/ts-${part}.tgz`), `unpack_jars /tmp/ts-${part}.tgz ${PATHS.tieredPluginDir}/${part}`];
  });
}

function exporterInstall(plan: SelfManagedClusterPlan): string[] {
  return plan.jmxExporter ? jarInstall(plan.jmxExporter.source, PATHS.jmxExporterJar, 'JMX exporter') : [];
}

/** kafka-storage format flags for the first format of this node. */
function firstFormatFlags(plan: SelfManagedClusterPlan, node: NodePlan): string[] {
  if (plan.quorum.mode === 'static') return [];
  if (plan.combined) return ['FORMAT_ARGS+=(--standalone)'];
  if (!node.processRoles.includes('controller')) return ['FORMAT_ARGS+=(--no-initial-controllers)'];
  const voters = plan.nodes.filter((n) => n.processRoles.includes('controller')).map((n) => q(`${n.nodeId}@${n.dnsName}:${LISTENERS.controller.port}`));
  return [`FORMAT_ARGS+=(--initial-controllers "$(python3 ${HELPER} voters "$CLUSTER_ID" ${voters.join(' ')})")`];
}

/**
 * File of `kafka-storage.sh format` arguments holding the SCRAM bootstrap credentials, passed as `@<file>`: the storage
 * tool's parser (argparse4j, `fromFilePrefix "@"` in StorageTool since KIP-900 in 3.5, still in 4.x) reads one argument
 * per line, so no salted password is ever on a command line (`/proc/<pid>/cmdline` is world-readable). 0440 root:kafka
 * in the secrets directory, removed right after the format.
 */
export const SCRAM_ARGS_FILE = `${PATHS.secretsDir}/scram-bootstrap.args`;

function scramBootstrap(plan: SelfManagedClusterPlan, node: NodePlan): string[] {
  if (!node.processRoles.includes('controller') || plan.scramUsers.length === 0) return [];
  return [
    // KIP-900 bootstrap credentials: salt derived from the cluster id, so every controller writes identical records.
    `  SCRAM_ARGS=${SCRAM_ARGS_FILE}`,
    '  rm -f "$SCRAM_ARGS"',
    `  for u in ${plan.scramUsers.map((u) => q(u.user)).join(' ')}; do`,
    `    secret ${q(`${plan.secretPrefix}/scram/`)}"$u" | python3 ${HELPER} scram "$CLUSTER_ID" "$u" ${SCRAM_ITERATIONS} "$SCRAM_ARGS"`,
    '  done',
    '  FORMAT_ARGS+=("@$SCRAM_ARGS")',
  ];
}

export function renderBootScript(plan: SelfManagedClusterPlan, node: NodePlan): string {
  const isController = node.processRoles.includes('controller');
  const isBroker = node.processRoles.includes('broker');
  const metaDir = isController ? PATHS.metadataDir : PATHS.dataDir;
  const p = node.parameters;
  const dirs = [isBroker ? PATHS.dataDir : undefined, isController ? PATHS.metadataDir : undefined, isBroker && plan.tieredStorage ? PATHS.tieredCacheDir : undefined].filter(Boolean);
  const runbook = plan.quorum.mode === 'static'
    ? `Check that a majority of the other controllers is healthy (kafka-metadata-quorum.sh --bootstrap-controller <controller>:${LISTENERS.controller.port} describe --replication), then approve with: aws ssm put-parameter --overwrite --type String --name ${p.replaceDiskApproval} --value <cluster-id>:<volume-id> and replace this instance.`
    : '';
  const lines = [
    '#!/bin/bash',
    `# kafka-iac boot script: ${plan.clusterName} ${node.name} (node.id ${node.nodeId}), Kafka ${plan.kafkaVersion}. Generated: do not edit.`,
    '# Holds names only: files come from SSM Parameter Store, secrets from Secrets Manager. Never enable xtrace.',
    ...bootPreamble(PATHS.bootLog),
    '',
    `readonly CLUSTER=${q(plan.clusterName)} NODE_NAME=${q(node.name)} NODE_ID=${q(node.nodeId)} EXPECTED_AZ=${q(node.availabilityZone)}`,
    `readonly META_DIR=${q(metaDir)} RELEASE_VERSION=${q(plan.releaseVersion)} CLUSTER_ID_PARAM=${q(plan.clusterId.parameterName)}`,
    `readonly MARKER_PARAM=${q(p.formattedMarker)}${p.quorumFormedMarker ? ` FORMED_PARAM=${q(p.quorumFormedMarker)}` : ''}${isController && !plan.combined && plan.quorum.mode === 'static' ? ` APPROVAL_PARAM=${q(p.replaceDiskApproval)}` : ''}`,
    bootSignalVars(plan),
    '',
    ...SHELL_LOG,
    ...bootSignalFunctions(),
    // The comments on retries live in shell-prelude.ts, not in the script: the largest shape's user data must stay far
    // below 16 KB.
    ...SHELL_RETRY,
    ...SHELL_AWS_PARAM,
    // param_or_empty: empty when the parameter does not exist; any other error stops the script (never guess "not
    // formatted"). It relies on the CLI failing at once on ParameterNotFound (SHELL_AWS_PARAM).
    'param_or_empty() {',
    '  local err out; err=$(mktemp)',
    '  if out=$(param "$1" 2>"$err"); then rm -f "$err"; printf \'%s\' "$out"; return; fi',
    '  grep -q ParameterNotFound "$err" || { cat "$err"; rm -f "$err"; die "cannot read $1"; }',
    '  rm -f "$err"',
    '}',
    ...(isController ? [
      // markers PATTERN: how many parameters under <prefix>/nodes hold this cluster id and have a name matching PATTERN
      // (grep). One paginated call; with text output the query runs per page, hence one name a line and grep -c. A
      // failed call fails the pipeline (pipefail), so callers assign the count first: set -e then stops the script.
      'markers() { aws ssm get-parameters-by-path --path "${MARKER_PARAM%/*/*}" --recursive --query "Parameters[?Value==\'$CLUSTER_ID\'].Name" --output text | tr \'\\t\' \'\\n\' | { grep -c "$1" || true; }; }',
    ] : []),
    SHELL_SECRET,
    SHELL_INSTALL_PARAM,
    ...SHELL_FETCH_ARTIFACT,
    SHELL_UNPACK_JARS,
    '',
    ...SHELL_IMDS,
    'INSTANCE_ID=$(imds instance-id)',
    'AZ=$(imds placement/availability-zone)',
    'AWS_DEFAULT_REGION=$(imds placement/region)',
    'export AWS_DEFAULT_REGION',
    'boot_lookup',
    '[ "$AZ" = "$EXPECTED_AZ" ] || die "$NODE_NAME belongs in $EXPECTED_AZ, this instance is in $AZ"',
    '',
    // OS tuning: memory maps per segment file, little swapping.
    'printf \'vm.max_map_count=262144\\nvm.swappiness=1\\nnet.core.somaxconn=4096\\nnet.ipv4.tcp_max_syn_backlog=4096\\n\' > /etc/sysctl.d/90-kafka.conf',
    'sysctl --system > /dev/null',
    // The journal shares the root volume with /var/log/kafka: capped (LOG_ROTATION, render/log-config.ts).
    `install -d /etc/systemd/journald.conf.d && printf '[Journal]\\nSystemMaxUse=${LOG_ROTATION.journalMaxMiB}M\\n' > /etc/systemd/journald.conf.d/kafka.conf && systemctl restart systemd-journald`,
    packagesLine(plan.javaVersion, ['xfsprogs', 'python3', 'tar', 'gzip']),
    serviceUserLine(KAFKA_USER, PATHS.kafkaHome),
    `install -d -o root -g ${KAFKA_USER} -m 0750 ${PATHS.configDir} ${PATHS.tlsDir} ${PATHS.secretsDir}`,
    `install -d -o ${KAFKA_USER} -g ${KAFKA_USER} -m 0750 ${PATHS.logDir}`,
    'install -d -m 0700 /usr/local/lib/kafka-iac',
    '',
    '# Kafka and plugins.',
    ...kafkaInstall(plan.distribution, plan.kafkaVersion, PATHS.kafkaHome, 'kafka-server-start.sh'),
    ...pluginInstall(plan, node),
    ...exporterInstall(plan),
    ...kafkaOwnership(PATHS.kafkaHome),
    '',
    // attach_once is one try, run by retry(): it re-reads the state every time, succeeds when the volume or interface
    // is attached to this instance (already, e.g. after an attach whose answer was lost, or by this try), and fails
    // while another (terminating) instance holds it or when the attach call itself fails (a race with that instance's
    // detach). 40 tries from 5 s, capped at 30 s: ~18 min, longer than the previous fixed 90 x 10 s wait.
    // attach_own KIND QUERY CMD...: attaches this node's own volume or interface (tags: cluster + node id, same AZ),
    // waiting while a terminating instance holds it. Sets ID, HOLDER and EXTRA (the 4th column of QUERY).
    'attach_once() {',
    '  local what=$1 query=$2 rows state; shift 2',
    `  rows=$(aws ec2 "describe-$what" --filters "Name=tag:${TAGS.cluster},Values=$CLUSTER" "Name=tag:${TAGS.nodeId},Values=$NODE_ID" "Name=availability-zone,Values=$AZ" --query "$query" --output text) || return`,
    '  [ -n "$rows" ] || die "no $what tagged for $CLUSTER node $NODE_ID in $AZ (the stack creates them, never this script)"',
    '  [ "$(printf \'%s\\n\' "$rows" | wc -l)" -eq 1 ] || die "more than one $what tagged for node $NODE_ID: $rows"',
    '  read -r ID state HOLDER EXTRA <<< "$rows"',
    '  [ "$state" = in-use ] && [ "$HOLDER" = "$INSTANCE_ID" ] && return 0',
    '  [ "$state" = available ] || { log "$what $ID is $state (held by $HOLDER); waiting"; return 1; }',
    '  aws ec2 "$@" "$ID" --instance-id "$INSTANCE_ID" > /dev/null',
    '}',
    'attach_own() { retry 40 5 -- attach_once "$@" || die "could not attach $1 ${ID:-}"; }',
    // The network interface's fixed private IP is what the node's DNS name resolves to.
    `attach_own network-interfaces 'NetworkInterfaces[].[NetworkInterfaceId,Status,Attachment.InstanceId,PrivateIpAddress]' attach-network-interface --device-index ${node.networkInterface.deviceIndex} --network-interface-id`,
    'ENI_ID=$ID ENI_IP=$EXTRA',
    // Amazon Linux 2023 configures a hot-plugged interface (with its own route table) by itself.
    'for _ in $(seq 1 60); do ip -o -4 addr show | grep -qF " inet $ENI_IP/" && break; sleep 2; done',
    'ip -o -4 addr show | grep -qF " inet $ENI_IP/" || die "address $ENI_IP of $ENI_ID did not come up"',
    `attach_own volumes 'Volumes[].[VolumeId,State,Attachments[0].InstanceId]' attach-volume --device ${VOLUME_DEVICE} --volume-id`,
    'VOLUME_ID=$ID',
    // Nitro exposes EBS volumes as NVMe devices named after the volume id.
    'DEV="/dev/disk/by-id/nvme-Amazon_Elastic_Block_Store_${VOLUME_ID//-/}"',
    'for _ in $(seq 1 60); do [ -b "$DEV" ] && break; udevadm settle; sleep 2; done',
    '[ -b "$DEV" ] || die "device of $VOLUME_ID did not appear"',
    'FSTYPE=$(blkid -o value -s TYPE "$DEV" || true)',
    'if [ -z "$FSTYPE" ]; then',
    '  if blkid -p "$DEV" > /dev/null 2>&1; then die "$VOLUME_ID has data blkid cannot name; refusing mkfs"; fi',
    '  log "volume $VOLUME_ID is blank: creating XFS"',
    '  mkfs.xfs -q "$DEV"',
    'elif [ "$FSTYPE" != xfs ]; then die "$VOLUME_ID holds $FSTYPE, expected xfs"; fi',
    'FS_UUID=$(blkid -o value -s UUID "$DEV")',
    `grep -q "^UUID=$FS_UUID " /etc/fstab || echo "UUID=$FS_UUID ${PATHS.mountPoint} xfs defaults,noatime,nofail 0 2" >> /etc/fstab`,
    `mkdir -p ${PATHS.mountPoint}`,
    `mountpoint -q ${PATHS.mountPoint} || mount ${PATHS.mountPoint}`,
    `chown ${KAFKA_USER}:${KAFKA_USER} ${PATHS.mountPoint}`,
    `install -d -o ${KAFKA_USER} -g ${KAFKA_USER} -m 0750 ${dirs.join(' ')}`,
    '',
    '# Node files (rendered by kafka-iac, stored per node) and secrets (files 0440 root:kafka, never printed).',
    `install_param ${q(p.serverProperties)} ${PATHS.serverProperties} 0640`,
    `install_param ${q(p.environment)} ${PATHS.environmentFile} 0640`,
    `install_param ${q(p.systemdUnit)} ${PATHS.systemdUnit} 0644`,
    ...(p.jmxExporterConfig ? [`install_param ${q(p.jmxExporterConfig)} ${PATHS.jmxExporterConfig} 0640`] : []),
    `install_param ${q(p.metricsScript)} ${METRICS_SCRIPT_PATH} 0750`,
    `install_param ${q(p.metricsUnit)} ${METRICS_UNIT_PATH} 0644`,
    `install_param ${q(p.logConfig)} ${logConfigPath(plan.line.log4j)} 0640`,
    `install_param ${q(p.nodeHelper)} ${HELPER} 0700`,
    `install_param ${q(p.servingCheck)} ${SERVING_CHECK_PATH} 0750`,
    `printf 'KAFKA_IAC_NODE=%s\\n' "$NODE_NAME" > ${NODE_ENV_FILE}`,
    `grep -qx "node.id=$NODE_ID" ${PATHS.serverProperties} || die "server.properties is not for node.id $NODE_ID"`,
    `secret ${q(node.tlsSecretName)} | python3 ${HELPER} tls`,
    ...(plan.controllerPasswordSecretName ? [`secret ${q(plan.controllerPasswordSecretName)} | python3 ${HELPER} password ${PATHS.secretsDir}/controller.properties`] : []),
    '',
    // Cluster id: generated once at deploy time, kept in SSM.
    'CLUSTER_ID=$(param "$CLUSTER_ID_PARAM")',
    '[[ "$CLUSTER_ID" =~ ^[A-Za-z0-9_][A-Za-z0-9_-]{20}[AQgw]$ ]] || die "malformed cluster id in $CLUSTER_ID_PARAM"',
    '',
    // Format guard: only blank storage, only with this cluster id. "Formatted before" is this node's own marker or, for
    // a controller, ANY node's quorum-formed marker: a controller writes one once every controller's format marker
    // exists, so a controller whose own marker was lost (deleted, or never written) still finds the cluster existing
    // and never re-formats as an initial voter with an empty log (KIP-853). At first bootstrap no quorum-formed marker
    // can exist until the LAST controller has formatted (markers are written only after a format), so every
    // controller's first format still sees none, however the boots interleave: a late controller (slow boot, instance
    // launched hours later) still formats as the initial voter the others' bootstrap records name. The own marker is
    // (re)written before Kafka ever starts, also when the storage was already formatted, so a node that ran as a voter
    // has its marker; quorum-formed is then written by the last controller of the initial quorum, or by any later
    // controller boot (SSM eventual consistency, clusters formatted before this guard).
    'OWN=$(param_or_empty "$MARKER_PARAM")',
    ...(isController ? ["FORMED=$(markers '/quorum-formed$')"] : []),
    'if [ -f "$META_DIR/meta.properties" ]; then',
    '  FOUND=$(sed -n \'s/^cluster\\.id=//p\' "$META_DIR/meta.properties")',
    '  [ "$FOUND" = "$CLUSTER_ID" ] || die "$VOLUME_ID belongs to cluster $FOUND, not $CLUSTER_ID: refusing to start"',
    '  log "storage already formatted for cluster $CLUSTER_ID"',
    'else',
    // Feature levels of the group types production-ready on this line (share.version, streams.version): explicit, so a
    // disabled type stays off and an enabled one does not depend on the release version's defaults.
    `  FORMAT_ARGS=(--config ${PATHS.serverProperties} "--cluster-id=$CLUSTER_ID" --release-version "$RELEASE_VERSION" --ignore-formatted${plan.groups.formatFeatures.map((f) => ` --feature ${f}`).join('')})`,
    ...(plan.combined ? [
      // The single-node development cluster: its one volume held every log and the whole quorum, so a blank volume
      // means the cluster's data is gone and nobody can vote it back in. Format it again as the only voter, with the
      // same cluster id, instead of waiting for an approval or a promotion that can never come.
      '  if [ "$OWN" = "$CLUSTER_ID" ] || [ "$FORMED" -gt 0 ]; then',
      '    log "blank volume of the single-node development cluster, formatted before: its data is lost; formatting it again as the only voter"',
      '  else',
      '    log "first format of $NODE_NAME in cluster $CLUSTER_ID"',
      '  fi',
      ...firstFormatFlags(plan, node).map((l) => `  ${l}`),
      ...scramBootstrap(plan, node),
    ] : [
    `  if [ "$OWN" = "$CLUSTER_ID" ]${isController ? ' || [ "$FORMED" -gt 0 ]' : ''}; then`,
    ...(isController && plan.quorum.mode === 'static' ? [
      // A blank metadata disk of an existing static voter: formatting it silently could elect a leader with an empty log.
      '    [ "$(param_or_empty "$APPROVAL_PARAM")" = "$CLUSTER_ID:$VOLUME_ID" ] \\',
      `      || die ${q(`blank metadata volume for controller ${node.nodeId}, which was formatted before. ${runbook}`)}`,
      '    log "replacement metadata disk approved by $APPROVAL_PARAM"',
    ] : isController ? [
      // Dynamic quorum: rejoin as an observer (random directory id), then an operator promotes it (runbook).
      '    FORMAT_ARGS+=(--no-initial-controllers) SERVE_AS=observer',
      `    log ${q(`blank metadata disk: formatting as an observer. After it catches up run kafka-metadata-quorum.sh --bootstrap-controller <controller>:${LISTENERS.controller.port} remove-controller for the old directory id of node ${node.nodeId}, then add-controller with this node's config.`)}`,
    ] : [
      ...(plan.quorum.mode === 'dynamic' ? ['    FORMAT_ARGS+=(--no-initial-controllers)'] : []),
      '    log "blank data disk for a broker formatted before: partitions re-replicate from the other brokers"',
    ]),
    '  else',
    '    log "first format of $NODE_NAME in cluster $CLUSTER_ID"',
    ...firstFormatFlags(plan, node).map((l) => `    ${l}`),
    ...scramBootstrap(plan, node).map((l) => `  ${l}`),
    '  fi',
    ]),
    `  runuser -u ${KAFKA_USER} -- env KAFKA_HEAP_OPTS=-Xmx512m LOG_DIR=${PATHS.logDir} ${q(`KAFKA_OPTS=-Dorg.apache.kafka.automatic.config.providers=${CONFIG_PROVIDER_ALLOW_LIST}`)} \\`,
    `    ${PATHS.kafkaHome}/bin/kafka-storage.sh format "\${FORMAT_ARGS[@]}"`,
    ...(isController && plan.scramUsers.length > 0 ? ['  rm -f "${SCRAM_ARGS:-}"'] : []),
    'fi',
    '[ "$OWN" = "$CLUSTER_ID" ] || aws ssm put-parameter --name "$MARKER_PARAM" --value "$CLUSTER_ID" --type String --overwrite > /dev/null',
    ...(isController ? [
      'if [ "$FORMED" -eq 0 ]; then',
      `  N=$(markers ${q(`/${node.role}-[0-9]*/formatted$`)})`,
      `  [ "$N" -lt ${plan.nodes.filter((n) => n.processRoles.includes('controller')).length} ] || aws ssm put-parameter --name "$FORMED_PARAM" --value "$CLUSTER_ID" --type String --overwrite > /dev/null`,
      'fi',
    ] : []),
    '',
    'systemctl daemon-reload',
    'systemctl enable --now kafka.service',
    'systemctl enable --now kafka-iac-metrics.service',
    'log "kafka.service started for $NODE_NAME"',
    ...bootSignalWait(plan, node),
    '',
  ];
  return lines.join('\n');
}
