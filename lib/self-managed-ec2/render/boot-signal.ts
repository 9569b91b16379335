/**
 * The boot signal. The node's Auto Scaling group holds every new instance in `Pending:Wait` (launch lifecycle hook,
 * default result ABANDON) until the boot script completes the hook: CONTINUE once the node serves, ABANDON as soon as
 * the script fails or its deadline passes, so the group replaces the instance. When CloudFormation created the group
 * (its `aws:cloudformation:*` tags), the same outcome goes to the group's CreationPolicy, which fails the stack
 * operation that creates the group.
 *
 * Two parts: a few functions inside the boot script (user data, which must stay far below 16 KB), and the serving
 * check, a script stored per role in SSM like the metrics publisher (`serving.sh`, exit 0 when the node serves).
 */
import { CONFIG_PROVIDER_ALLOW_LIST } from '../../aws/ec2-node/defaults';
import { q } from '../../aws/ec2-node/shell-prelude';
import { KAFKA_USER, LISTENERS, PATHS, TAGS } from '../defaults';
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';
import { NODE_ENV_FILE } from './metrics-publisher';
import { nodeClientProperties } from './server-properties';

/** Where the boot script installs the serving check. */
export const SERVING_CHECK_PATH = '/usr/local/bin/kafka-iac-serving';

/** Constants of the script's `readonly` block. */
export function bootSignalVars(plan: SelfManagedClusterPlan): string {
  return `readonly BOOT_HOOK=${q(plan.bootSignal.hookName)} BOOT_DEADLINE=${plan.bootSignal.scriptDeadlineSeconds}`;
}

/**
 * Functions defined before anything can fail, and the EXIT trap: a failing script abandons its instance (and removes
 * the SCRAM argument file of a controller's first format, whatever happened). `boot_lookup` finds the group holding
 * this instance among the groups tagged with the node's cluster and id (None: in no group), and the stack and logical
 * id CloudFormation tagged it with (None: Pulumi, or no stack); the tag filters keep the answer to one page.
 * `boot_complete` signals a failure to the stack before ABANDON terminates the instance, a success after CONTINUE.
 */
export function bootSignalFunctions(): string[] {
  return [
    'boot_lookup() {',
    `  L=$(aws autoscaling describe-auto-scaling-groups --filters "Name=tag:${TAGS.cluster},Values=$CLUSTER" "Name=tag:${TAGS.nodeId},Values=$NODE_ID" --query "AutoScalingGroups[?Instances[?InstanceId=='$INSTANCE_ID']]|[0].[AutoScalingGroupName,Tags[?Key=='aws:cloudformation:stack-id']|[0].Value,Tags[?Key=='aws:cloudformation:logical-id']|[0].Value]" --output text)`,
    '  read -r GROUP CFN_STACK CFN_ID <<< "$L"',
    '}',
    'cfn_signal() { [ "${CFN_STACK:-None}" = None ] || aws cloudformation signal-resource --stack-name "$CFN_STACK" --logical-resource-id "$CFN_ID" --unique-id "$INSTANCE_ID" --status "$1" &> /dev/null || log "no $1 signal"; }',
    'boot_complete() {',
    '  DONE=$1; [ "${GROUP:-None}" != None ] || return 0',
    '  [ "$1" = CONTINUE ] || cfn_signal FAILURE',
    '  aws autoscaling complete-lifecycle-action --lifecycle-hook-name "$BOOT_HOOK" --auto-scaling-group-name "$GROUP" --instance-id "$INSTANCE_ID" --lifecycle-action-result "$1" > /dev/null || log "hook not completed"',
    '  [ "$1" != CONTINUE ] || cfn_signal SUCCESS',
    '}',
    'on_exit() {',
    '  local rc=$?; [ -z "${SCRAM_ARGS:-}" ] || rm -f "$SCRAM_ARGS"',
    '  [ "$rc" = 0 ] || [ -n "${DONE:-}" ] || { log "boot failed (exit $rc): abandoning"; boot_complete ABANDON; }',
    '}',
    'trap on_exit EXIT',
  ];
}

/** The end of the boot script, once Kafka runs: wait (bounded by BOOT_DEADLINE) until the node serves, then CONTINUE. */
export function bootSignalWait(plan: SelfManagedClusterPlan, node: NodePlan): string[] {
  const arg = node.processRoles.includes('controller') ? ' "${SERVE_AS:-}"' : '';
  return [
    `until ${SERVING_CHECK_PATH}${arg}; do`,
    `  [ "$SECONDS" -lt "$BOOT_DEADLINE" ] || die "not serving after \${SECONDS}s"`,
    `  sleep ${plan.bootSignal.pollSeconds}`,
    'done',
    'log serving',
    'boot_complete CONTINUE',
  ];
}

/**
 * The serving check of every node of a role: exit 0 when the node serves. A broker serves when it answers on its own
 * REPLICATION listener and is in the cluster metadata, which lists registered, unfenced brokers only. A controller
 * serves when its row of `describe --replication` shows no lag and it is a voter; with `observer` (a dynamic-quorum
 * controller that formatted a blank disk, boot-script.ts) an observer with no lag serves too, until an operator
 * promotes it. The quorum is asked of the brokers' REPLICATION listener with the node's own certificate, like the
 * voter metric (metrics-publisher.ts): the client properties hold config-provider references only.
 */
export function renderServingCheck(plan: SelfManagedClusterPlan, node: NodePlan): string {
  const isBroker = node.processRoles.includes('broker');
  const isController = node.processRoles.includes('controller');
  const brokers = plan.nodes.filter((n) => n.processRoles.includes('broker')).map((n) => `${n.dnsName}:${LISTENERS.replication.port}`).join(',');
  const lines = [
    '#!/bin/bash',
    `# kafka-iac serving check: ${plan.clusterName}, every ${node.role} node. Exit 0 when this node serves. Generated: do not edit.`,
    'set -uo pipefail',
    `NODE_ID=$(sed -n 's/^node\\.id=//p' ${PATHS.serverProperties})`,
    'CFG=$(mktemp)',
    'trap \'rm -f "$CFG"\' EXIT',
    `chgrp ${KAFKA_USER} "$CFG" && chmod 0640 "$CFG"`,
    'cat > "$CFG" <<\'EOF\'',
    ...nodeClientProperties(),
    'EOF',
    // tool NAME BOOTSTRAP ARGS...: an admin tool as the kafka user (its errors would only repeat every poll).
    `tool() { local t=$1 b=$2; shift 2; runuser -u ${KAFKA_USER} -- env KAFKA_HEAP_OPTS=-Xmx256m LOG_DIR=${PATHS.logDir} ${q(`KAFKA_OPTS=-Dorg.apache.kafka.automatic.config.providers=${CONFIG_PROVIDER_ALLOW_LIST}`)} "${PATHS.kafkaHome}/bin/$t" --bootstrap-server "$b" --command-config "$CFG" "$@" 2> /dev/null; }`,
  ];
  if (isBroker) {
    lines.push(
      `OWN="$(sed -n 's/^KAFKA_IAC_NODE=//p' ${NODE_ENV_FILE}).${plan.dnsZoneName}:${LISTENERS.replication.port}"`,
      // Node.toString: "host:port (id: N rack: R)", from 4.0 with " isFenced: ..." before the parenthesis.
      'broker_serves() { local out; out=$(tool kafka-broker-api-versions.sh "$OWN") && grep -qF "(id: $NODE_ID rack: " <<< "$out"; }',
    );
  }
  if (isController) {
    lines.push(
      `BROKERS=${q(brokers)}`,
      // has_id LINE: NODE_ID is among the ids of a CurrentVoters/CurrentObservers line: `[1,2,3]` up to 3.8,
      // `[{"id": 1, "directoryId": ..., "endpoints": [...]}, ...]` from 3.9 (whose endpoints hold other numbers).
      'has_id() {',
      '  local ids',
      '  if [[ $1 == *\'"id"\'* ]]; then ids=$(grep -oE \'"id": *[0-9]+\' <<< "$1" | grep -oE \'[0-9]+$\'); else ids=$(grep -oE \'[0-9]+\' <<< "$1"); fi',
      '  grep -qx "$NODE_ID" <<< "$ids"',
      '}',
      'line() { sed -n "s/^$1:[[:space:]]*//p" <<< "$2"; }',
      'controller_serves() {',
      '  local status repl',
      '  status=$(tool kafka-metadata-quorum.sh "$BROKERS" describe --status) && repl=$(tool kafka-metadata-quorum.sh "$BROKERS" describe --replication) || return 1',
      // The Lag column is found by name: 3.9 added DirectoryId before it.
      '  awk -v id="$NODE_ID" \'NR==1 {for (i=1;i<=NF;i++) if ($i=="Lag") c=i; next} c && $1==id && $c==0 {ok=1} END {exit !ok}\' <<< "$repl" || return 1',
      '  has_id "$(line CurrentVoters "$status")" && return 0',
      '  [ "${1:-voter}" = observer ] && has_id "$(line CurrentObservers "$status")" && echo "controller $NODE_ID serves as an observer: promote it (docs/self-managed-ec2.md)"',
      '}',
    );
  }
  lines.push([isBroker ? 'broker_serves' : '', isController ? 'controller_serves "$@"' : ''].filter(Boolean).join(' && '), '');
  return lines.join('\n');
}
