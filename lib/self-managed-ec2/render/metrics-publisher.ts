/**
 * The metrics publisher of every node (checklist 25): a small Python loop under systemd that reads the JMX exporter
 * on 127.0.0.1 and the use of the data and root volumes, and puts them into CloudWatch under `METRICS_NAMESPACE` with exactly the
 * dimensions the alarms (alarms.ts) watch. Nothing listens on the network; no JMX port exists.
 */
import { INSTALL_SECTION, SERVICE_SANDBOX } from '../../aws/ec2-node/systemd-unit';
import { KAFKA_METRICS, METRICS_NAMESPACE } from '../alarms';
import { KAFKA_USER, METRICS_PUBLISH_INTERVAL_SECONDS, PATHS } from '../defaults';
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

export function renderMetricsPublisher(plan: SelfManagedClusterPlan, node: NodePlan): string {
  const metrics = plan.jmxExporter ? kafkaMetrics(node) : [];
  return [
    '#!/usr/bin/python3',
    `# kafka-iac metrics publisher: ${plan.clusterName}, every ${node.role} node (the node name comes from ${NODE_ENV_FILE}). Generated: do not edit.`,
    'import json,os,subprocess,time,urllib.request',
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
    'while True:',
    '    data=scrape()',
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
