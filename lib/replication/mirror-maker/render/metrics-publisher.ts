/**
 * The metrics publisher of every MirrorMaker 2 node: a small Python loop under systemd that puts, once a minute, into
 * CloudWatch namespace `METRICS_NAMESPACE` with the single dimension `Deployment=<name>` (what the alarms watch):
 * - `MM2_METRICS.up`: 1 while `kafka-mirror-maker.service` is active, else 0 (the node-down alarm sums it);
 * - `MM2_METRICS.replicationLatency` (with the JMX exporter): the maximum of the exported `replication-latency-ms` over
 *   every replicated partition, sent only when at least one series has a finite value;
 * - `MM2_METRICS.failedTasks` and `MM2_METRICS.runningSourceTasks` (with the JMX exporter, while the service is up and
 *   the exporter answers): failed tasks of every connector, running MirrorSourceConnector tasks.
 * It reads the exporter on 127.0.0.1 only; nothing listens on the network.
 */
import { METRICS_PUBLISH_INTERVAL_SECONDS } from '../../../aws/ec2-node/defaults';
import { INSTALL_SECTION, SERVICE_SANDBOX } from '../../../aws/ec2-node/systemd-unit';
import { METRICS_NAMESPACE, MM2_METRICS, MM2_SERVICE, MM2_USER } from '../defaults';
import type { MirrorMaker2Plan } from '../plan-types';
import { MM2_EXPORTED } from './jmx-exporter';

/** Where the boot script installs the publisher. */
export const MM2_METRICS_SCRIPT_PATH = '/usr/local/bin/kafka-iac-mm2-metrics.py';
export const MM2_METRICS_UNIT = 'kafka-iac-mm2-metrics.service';
export const MM2_METRICS_UNIT_PATH = `/etc/systemd/system/${MM2_METRICS_UNIT}`;

const py = (v: string) => JSON.stringify(v);

/**
 * `scrape()` returns (maximum finite latency or None, running source tasks, failed tasks), or None when the exporter
 * does not answer.
 * `sample()` is the whole measurement (tests load the module and call it); `main()` only adds the region and the loop.
 * Prometheus text lines are `name{labels} value` (the exporter writes no timestamps); NaN and infinities are skipped.
 */
export function renderMirrorMakerMetricsPublisher(plan: MirrorMaker2Plan): string {
  return [
    '#!/usr/bin/python3',
    `# kafka-iac MirrorMaker 2 metrics publisher: ${plan.name}, every node. Generated: do not edit.`,
    'import json,math,subprocess,time,urllib.request',
    `NS=${py(METRICS_NAMESPACE)}`,
    `DIMS=[{"Name":"Deployment","Value":${py(plan.name)}}]`,
    `SERVICE=${py(MM2_SERVICE)}`,
    `EXPORTER=${plan.jmxExporter ? py(`http://127.0.0.1:${plan.jmxExporter.port}/metrics`) : 'None'}`,
    `SERIES=${py(MM2_EXPORTED.replicationLatency)}`,
    `RUNNING=${py(MM2_EXPORTED.runningTasks)}`,
    `FAILED=${py(MM2_EXPORTED.failedTasks)}`,
    'def imds(path):',
    '    t=urllib.request.urlopen(urllib.request.Request("http://169.254.169.254/latest/api/token",method="PUT",headers={"X-aws-ec2-metadata-token-ttl-seconds":"60"}),timeout=5).read().decode()',
    '    return urllib.request.urlopen(urllib.request.Request("http://169.254.169.254/latest/meta-data/"+path,headers={"X-aws-ec2-metadata-token":t}),timeout=5).read().decode()',
    'def scrape():',
    '    if not EXPORTER: return None',
    '    try: text=urllib.request.urlopen(EXPORTER,timeout=10).read().decode()',
    '    except Exception as e:',
    '        print("exporter not reachable: %s"%e,flush=True); return None',
    '    best=None; running=0.0; failed=0.0',
    '    for line in text.splitlines():',
    '        if line.startswith("#"): continue',
    '        name=line.split("{")[0].split(" ")[0]',
    '        if name not in (SERIES,RUNNING,FAILED): continue',
    '        try: v=float(line.rpartition(" ")[2])',
    '        except ValueError: continue',
    '        if not math.isfinite(v): continue',
    '        if name==SERIES: best=v if best is None or v>best else best',
    '        elif name==FAILED: failed+=v',
    '        elif \'connector="MirrorSourceConnector"\' in line: running+=v',
    '    return best,running,failed',
    'def sample():',
    '    up=subprocess.run(["systemctl","is-active","--quiet",SERVICE]).returncode==0',
    `    data=[{"MetricName":${py(MM2_METRICS.up)},"Dimensions":DIMS,"Value":1.0 if up else 0.0,"Unit":"Count"}]`,
    '    s=scrape() if up else None',
    '    if s is None: return data',
    `    if s[0] is not None: data.append({"MetricName":${py(MM2_METRICS.replicationLatency)},"Dimensions":DIMS,"Value":s[0],"Unit":"Milliseconds"})`,
    `    data.append({"MetricName":${py(MM2_METRICS.runningSourceTasks)},"Dimensions":DIMS,"Value":s[1],"Unit":"Count"})`,
    `    data.append({"MetricName":${py(MM2_METRICS.failedTasks)},"Dimensions":DIMS,"Value":s[2],"Unit":"Count"})`,
    '    return data',
    'def main():',
    '    region=imds("placement/region")',
    '    while True:',
    '        r=subprocess.run(["aws","cloudwatch","put-metric-data","--region",region,"--namespace",NS,"--metric-data",json.dumps(sample())],capture_output=True,text=True)',
    '        if r.returncode: print("put-metric-data failed: %s"%r.stderr.strip(),flush=True)',
    `        time.sleep(${METRICS_PUBLISH_INTERVAL_SECONDS})`,
    'if __name__=="__main__": main()',
    '',
  ].join('\n');
}

export function renderMirrorMakerMetricsUnit(plan: MirrorMaker2Plan): string {
  return [
    '[Unit]',
    `Description=kafka-iac metrics publisher for MirrorMaker 2 ${plan.name}`,
    'Wants=network-online.target',
    'After=network-online.target',
    '',
    '[Service]',
    'Type=simple',
    `User=${MM2_USER}`,
    `Group=${MM2_USER}`,
    // The AWS CLI wants a writable home for its cache; PrivateTmp gives one nobody else sees.
    'Environment=HOME=/tmp',
    `ExecStart=/usr/bin/python3 ${MM2_METRICS_SCRIPT_PATH}`,
    'Restart=always',
    'RestartSec=30',
    ...SERVICE_SANDBOX,
    ...INSTALL_SECTION,
  ].join('\n');
}
