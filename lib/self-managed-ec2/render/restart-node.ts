/**
 * The script of the rolling-restart SSM Command document: restarts Kafka on ONE node, safely. The operator (or the
 * runbook's loop, docs/self-managed-rolling-restart.md) runs it node by node: controllers first, the active
 * controller last, then brokers. It refuses to start while partitions are under-replicated, refuses to restart the
 * active controller unless told to, and waits after the restart until the node is caught up.
 *
 * It talks to the brokers' REPLICATION listener with the node's own certificate (a super user), read through the
 * `dir` config provider like server.properties: no secret is copied or printed.
 */
import { CONFIG_PROVIDER_ALLOW_LIST } from '../../aws/ec2-node/defaults';
import { KAFKA_USER, LISTENERS, PATHS } from '../defaults';
import type { SelfManagedClusterPlan } from '../plan-types';
import { SECRET_FILES } from './server-properties';

/**
 * Parameters of the document (SSM `{{ name }}` placeholders in the script). SSM pastes a value into the script as is,
 * so each one carries an `allowedPattern` (SSM refuses the command otherwise): without it, whoever may run this one
 * document could run any command as root (`no'; ...`, or `a[$(...)]` through the shell arithmetic on the timeout).
 */
export const RESTART_PARAMETERS = {
  allowActiveController: { default: 'no', allowedPattern: '^(yes|no)$', description: "'yes' to restart the active controller (do it last)." },
  timeoutSeconds: { default: '1800', allowedPattern: '^[1-9][0-9]{1,4}$', description: 'How long to wait for zero under-replicated partitions before and after the restart (10-99999 seconds).' },
} as const;

/** Seconds SSM lets the whole step run (both waits of `timeoutSeconds` and the restart itself). */
export const RESTART_STEP_TIMEOUT_SECONDS = 7200;

/** Content of the SSM Command document (schema 2.2); the CDK face passes it as is, the Pulumi face as JSON. */
export function restartDocumentContent(plan: SelfManagedClusterPlan): Record<string, unknown> {
  return {
    schemaVersion: '2.2',
    description: `Restart Kafka on one node of ${plan.clusterName}: controllers first, the active controller last, then brokers; waits for zero under-replicated partitions.`,
    parameters: Object.fromEntries(Object.entries(RESTART_PARAMETERS).map(([k, v]) => [k, { type: 'String', default: v.default, allowedPattern: v.allowedPattern, description: v.description }])),
    mainSteps: [{ action: 'aws:runShellScript', name: 'restartNode', inputs: { runCommand: renderRestartScript(plan).split('\n'), timeoutSeconds: String(RESTART_STEP_TIMEOUT_SECONDS) } }],
  };
}

export function renderRestartScript(plan: SelfManagedClusterPlan): string {
  const brokers = plan.nodes.filter((n) => n.processRoles.includes('broker')).map((n) => `${n.dnsName}:${LISTENERS.replication.port}`).join(',');
  const tls = (f: string) => `\${dir:${PATHS.tlsDir}:${f}}`;
  return [
    '#!/bin/bash',
    `# kafka-iac: restart Kafka on this node of ${plan.clusterName}, one node at a time. Generated: do not edit.`,
    'set -euo pipefail',
    "ALLOW_ACTIVE='{{ allowActiveController }}'",
    "TIMEOUT='{{ timeoutSeconds }}'",
    `BOOTSTRAP='${brokers}'`,
    `KAFKA=${PATHS.kafkaHome}/bin`,
    `NODE_ID=$(sed -n 's/^node\\.id=//p' ${PATHS.serverProperties})`,
    `ROLES=$(sed -n 's/^process\\.roles=//p' ${PATHS.serverProperties})`,
    'CFG=$(mktemp)',
    'trap \'rm -f "$CFG"\' EXIT',
    `chgrp ${KAFKA_USER} "$CFG"`,
    'chmod 0640 "$CFG"',
    'cat > "$CFG" <<\'EOF\'',
    'security.protocol=SSL',
    'config.providers=dir',
    'config.providers.dir.class=org.apache.kafka.common.config.provider.DirectoryConfigProvider',
    `config.providers.dir.param.allowed.paths=${PATHS.tlsDir}`,
    'ssl.keystore.type=PEM',
    `ssl.keystore.certificate.chain=${tls(SECRET_FILES.certificateChain)}`,
    `ssl.keystore.key=${tls(SECRET_FILES.privateKey)}`,
    'ssl.truststore.type=PEM',
    `ssl.truststore.certificates=${tls(SECRET_FILES.caCertificates)}`,
    'EOF',
    `tool() { local t="$1"; shift; runuser -u ${KAFKA_USER} -- env KAFKA_HEAP_OPTS=-Xmx256m 'KAFKA_OPTS=-Dorg.apache.kafka.automatic.config.providers=${CONFIG_PROVIDER_ALLOW_LIST}' "$KAFKA/$t" --bootstrap-server "$BOOTSTRAP" --command-config "$CFG" "$@"; }`,
    '# Prints the number of under-replicated partitions, or "unknown" when the cluster cannot be asked (then keep waiting).',
    'urp() { local out; if out=$(tool kafka-topics.sh --describe --under-replicated-partitions 2>/dev/null); then printf \'%s\\n\' "$out" | grep -c . || true; else echo unknown; fi; }',
    'wait_urp() {',
    '  local end=$((SECONDS + TIMEOUT)) n',
    '  while n=$(urp); [ "$n" != 0 ]; do',
    '    [ "$SECONDS" -lt "$end" ] || { echo "still $n under-replicated partitions after ${TIMEOUT}s ($1)"; exit 1; }',
    '    echo "$n under-replicated partitions ($1); waiting"; sleep 15',
    '  done',
    '}',
    'wait_urp "before the restart"',
    'if [[ ",$ROLES," == *",controller,"* ]]; then',
    '  LEADER=$(tool kafka-metadata-quorum.sh describe --status | sed -n \'s/^LeaderId:[[:space:]]*//p\')',
    '  if [ "$LEADER" = "$NODE_ID" ] && [ "$ALLOW_ACTIVE" != yes ]; then',
    '    echo "node $NODE_ID is the active controller: restart the other controllers first, then run again with allowActiveController=yes"; exit 1',
    '  fi',
    'fi',
    'echo "restarting kafka.service on node $NODE_ID ($ROLES)"',
    'systemctl restart kafka.service',
    'systemctl is-active --quiet kafka.service || { echo "kafka.service did not start"; exit 1; }',
    'if [[ ",$ROLES," == *",controller,"* ]]; then',
    '  end=$((SECONDS + TIMEOUT))',
    '  until tool kafka-metadata-quorum.sh describe --replication | awk -v id="$NODE_ID" \'NR==1 {for (i=1;i<=NF;i++) if ($i=="Lag") c=i; next} c && $1==id && $c==0 {ok=1} END {exit !ok}\'; do',
    '    [ "$SECONDS" -lt "$end" ] || { echo "controller $NODE_ID did not catch up in ${TIMEOUT}s"; exit 1; }',
    '    sleep 10',
    '  done',
    'fi',
    'wait_urp "after the restart"',
    'echo "node $NODE_ID restarted and caught up"',
    '',
  ].join('\n');
}
