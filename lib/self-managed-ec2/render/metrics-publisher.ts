/**
 * The metrics publisher of every node (checklist 25): a small Python loop under systemd that reads the JMX exporter
 * on 127.0.0.1 and the use of the data and root volumes, and puts them into CloudWatch under `METRICS_NAMESPACE` with exactly the
 * dimensions the alarms (alarms.ts) watch. Nothing listens on the network; no JMX port exists.
 */
import { INSTALL_SECTION, SERVICE_SANDBOX } from '../../aws/ec2-node/systemd-unit';
import { CONFIG_PROVIDER_ALLOW_LIST } from '../../aws/ec2-node/defaults';
import { KAFKA_METRICS, METRICS_NAMESPACE, VOTER_CHECK_SECONDS, VOTER_METRIC } from '../alarms';
import { KAFKA_USER, LISTENERS, METRICS_PUBLISH_INTERVAL_SECONDS, PATHS } from '../defaults';
import { nodeClientProperties } from './server-properties';
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';

/** Where the boot script installs the publisher. */
export const METRICS_SCRIPT_PATH = '/usr/local/bin/kafka-iac-metrics.py';
export const METRICS_UNIT_PATH = '/etc/systemd/system/kafka-iac-metrics.service';
/** Written by the boot script: `KAFKA_IAC_NODE=<node name>` (the files shared by a role do not name the node). */
export const NODE_ENV_FILE = '/etc/kafka/node.env';

const py = (v: string) => JSON.stringify(v);

/** Metric name -> `cluster` (dimension ClusterName) or `node` (ClusterName + NodeName), for this node's roles. */
function kafkaMetrics(node: NodePlan): [string, 'cluster' | 'node'][] {
  const out: [string, 'cluster' | 'node'][] = [];
  if (node.processRoles.includes('broker')) out.push([KAFKA_METRICS.underReplicated, 'node']);
  if (node.processRoles.includes('controller')) {
    out.push([KAFKA_METRICS.offlinePartitions, 'cluster'], [KAFKA_METRICS.activeControllers, 'cluster'], [KAFKA_METRICS.metadataErrors, 'cluster']);
  }
  return out;
}

/**
 * Controllers: whether this node is a voter, from `kafka-metadata-quorum.sh describe --status` asked of the brokers'
 * REPLICATION listener with the node's own certificate (read through the `dir` config provider, as the restart
 * document does: no secret copied). `CurrentVoters` is `[1,2,3]` up to 3.8 and a list of `{"id": 1, ...}` from 3.9.
 * Nothing is published when the question fails (the alarm then breaches on missing data).
 */
function voterCheck(plan: SelfManagedClusterPlan, node: NodePlan): string[] {
  if (!node.processRoles.includes('controller')) return ['def voter(): return []'];
  const brokers = plan.nodes.filter((n) => n.processRoles.includes('broker')).map((n) => `${n.dnsName}:${LISTENERS.replication.port}`).join(',');
  const cfg = [...nodeClientProperties(), ''].join('\n');
  return [
    `NODE_ID=[l.split("=",1)[1].strip() for l in open(${py(PATHS.serverProperties)}) if l.startswith("node.id=")][0]`,
    'CFG="/tmp/quorum-client.properties"',
    `open(CFG,"w").write(${py(cfg)})`,
    `QUORUM=[${py(`${PATHS.kafkaHome}/bin/kafka-metadata-quorum.sh`)},"--bootstrap-server",${py(brokers)},"--command-config",CFG,"describe","--status"]`,
    `ENV=dict(os.environ,KAFKA_HEAP_OPTS="-Xmx128m",LOG_DIR="/tmp",KAFKA_OPTS=${py(`-Dorg.apache.kafka.automatic.config.providers=${CONFIG_PROVIDER_ALLOW_LIST}`)})`,
    'def voter():',
    '    try: r=subprocess.run(QUORUM,capture_output=True,text=True,timeout=120,env=ENV)',
    '    except Exception as e:',
    '        print("quorum status failed: %s"%e,flush=True); return []',
    '    line=[l for l in r.stdout.splitlines() if l.startswith("CurrentVoters:")]',
    '    if r.returncode or not line:',
    '        print("quorum status failed: %s"%r.stderr.strip()[-300:],flush=True); return []',
    `    ids=re.findall(r'"id":\\s*(\\d+)',line[0]) if '"id"' in line[0] else re.findall(r"\\d+",line[0])`,
    `    return [{"MetricName":${py(VOTER_METRIC)},"Dimensions":dims("node"),"Value":1.0 if NODE_ID in ids else 0.0}]`,
  ];
}

export function renderMetricsPublisher(plan: SelfManagedClusterPlan, node: NodePlan): string {
  const metrics = plan.jmxExporter ? kafkaMetrics(node) : [];
  return [
    '#!/usr/bin/python3',
    `# kafka-iac metrics publisher: ${plan.clusterName}, every ${node.role} node (the node name comes from ${NODE_ENV_FILE}). Generated: do not edit.`,
    'import json,os,re,subprocess,time,urllib.request',
    `NS=${py(METRICS_NAMESPACE)}`,
    `CLUSTER=${py(plan.clusterName)}`,
    'NODE=os.environ["KAFKA_IAC_NODE"]',
    `MOUNT=${py(PATHS.mountPoint)}`,
    `EXPORTER=${plan.jmxExporter ? py(`http://127.0.0.1:${plan.jmxExporter.port}/metrics`) : 'None'}`,
    `METRICS=${JSON.stringify(Object.fromEntries(metrics))}`,
    'def imds(path):',
    '    t=urllib.request.urlopen(urllib.request.Request("http://169.254.169.254/latest/api/token",method="PUT",headers={"X-aws-ec2-metadata-token-ttl-seconds":"60"}),timeout=5).read().decode()',
    '    return urllib.request.urlopen(urllib.request.Request("http://169.254.169.254/latest/meta-data/"+path,headers={"X-aws-ec2-metadata-token":t}),timeout=5).read().decode()',
    'REGION=imds("placement/region")',
    'def dims(level):',
    '    d=[{"Name":"ClusterName","Value":CLUSTER}]',
    '    return d+[{"Name":"NodeName","Value":NODE}] if level=="node" else d',
    'def scrape():',
    '    out=[]',
    '    if not EXPORTER: return out',
    '    try: text=urllib.request.urlopen(EXPORTER,timeout=10).read().decode()',
    '    except Exception as e:',
    '        print("exporter not reachable: %s"%e,flush=True); return out',
    '    for line in text.splitlines():',
    '        if line.startswith("#") or not line.strip(): continue',
    '        name,_,value=line.rpartition(" ")',
    '        name=name.split("{")[0]',
    '        if name in METRICS: out.append({"MetricName":name,"Dimensions":dims(METRICS[name]),"Value":float(value)})',
    '    return out',
    'def disk(path):',
    '    s=os.statvfs(path)',
    '    used=(s.f_blocks-s.f_bfree)*s.f_frsize; avail=s.f_bavail*s.f_frsize',
    '    pct=100.0*used/(used+avail) if used+avail else 0.0',
    '    return [{"MetricName":"disk_used_percent","Dimensions":dims("node")+[{"Name":"path","Value":path}],"Value":pct,"Unit":"Percent"}]',
    ...voterCheck(plan, node),
    'n=0',
    'while True:',
    '    data=scrape()',
    `    if n%${VOTER_CHECK_SECONDS / METRICS_PUBLISH_INTERVAL_SECONDS}==0: data+=voter()`,
    '    n+=1',
    '    data+=disk("/")',
    '    if os.path.ismount(MOUNT): data+=disk(MOUNT)',
    '    if data:',
    '        r=subprocess.run(["aws","cloudwatch","put-metric-data","--region",REGION,"--namespace",NS,"--metric-data",json.dumps(data)],capture_output=True,text=True)',
    '        if r.returncode: print("put-metric-data failed: %s"%r.stderr.strip(),flush=True)',
    `    time.sleep(${METRICS_PUBLISH_INTERVAL_SECONDS})`,
    '',
  ].join('\n');
}

export function renderMetricsUnit(plan: SelfManagedClusterPlan, node: NodePlan): string {
  return [
    '[Unit]',
    `Description=kafka-iac metrics publisher for ${plan.clusterName} ${node.role} nodes`,
    'Wants=network-online.target',
    'After=network-online.target',
    '',
    '[Service]',
    'Type=simple',
    `User=${KAFKA_USER}`,
    `Group=${KAFKA_USER}`,
    // The AWS CLI wants a writable home for its cache; PrivateTmp gives one nobody else sees.
    'Environment=HOME=/tmp',
    `EnvironmentFile=${NODE_ENV_FILE}`,
    `ExecStart=/usr/bin/python3 ${METRICS_SCRIPT_PATH}`,
    'Restart=always',
    'RestartSec=30',
    ...SERVICE_SANDBOX,
    ...INSTALL_SECTION,
  ].join('\n');
}
