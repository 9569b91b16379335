/**
 * The boot script of every MirrorMaker 2 node (the EC2 user data): installs Java, Kafka, the MSK IAM library and the
 * JMX exporter, writes the node's files (embedded: none holds a secret), writes the credentials from Secrets Manager
 * and the CA certificates from SSM into files 0440 root:kafka without ever printing them, and starts MirrorMaker 2
 * and its metrics publisher under systemd. Every node of a deployment runs the same script.
 *
 * The shared shell pieces (strict mode, retry, IMDSv2, AWS reads, artifact downloads, Kafka install) come from the
 * EC2 node toolkit's shell prelude; their reasons are documented there. Every rendered value is single-quoted.
 */
import {
  bootPreamble, jarInstall, kafkaInstall, kafkaOwnership, packagesLine, pySecureFile, q, serviceUserLine, SHELL_AWS_PARAM, SHELL_FETCH_ARTIFACT,
  SHELL_IMDS, SHELL_INSTALL_PARAM, SHELL_LOG, SHELL_RETRY, SHELL_SECRET,
} from '../../../aws/ec2-node/shell-prelude';
import { MM2_PATHS, MM2_SERVICE, MM2_USER, SCRAM_LOGIN_MODULE } from '../defaults';
import type { MirrorMaker2Plan, MirrorMakerClusterPlan } from '../plan-types';
import { IAM_AUTH_JAR } from './environment';
import { MM2_METRICS_UNIT } from './metrics-publisher';

/** Root-only helper that turns a secret (stdin) into a credentials file. */
export const MM2_HELPER = '/usr/local/lib/kafka-iac/mm2.py';
/** Closes every embedded file; a file holding this line is refused (it would end the heredoc early). */
export const HEREDOC_END = 'KAFKA_IAC_EOF';

/** A file the boot script writes, owned by root and the kafka group. */
export interface EmbeddedFile {
  readonly path: string;
  readonly mode: '0640' | '0644' | '0750';
  readonly text: string;
}

/**
 * `scram PATH`: `{"username","password"}` -> one `sasl.jaas.config=` line for the FileConfigProvider. Two escapings, in
 * this order: JAAS (Kafka's JaasConfig tokenizer reads a quoted value with `\` escapes, and a raw line break would end
 * it) and then java.util.Properties (`\` escapes; `\uXXXX` keeps anything outside printable ASCII intact whatever the
 * reader's charset). `mtls PATH`: `{"certificateChain","privateKey"}` -> one PEM file, key first, for
 * `ssl.keystore.type=PEM` with `ssl.keystore.location`. Error messages name fields, never values.
 */
export const MM2_HELPER_PY = `import grp,json,os,sys
${pySecureFile(MM2_USER)}def jaas(s): return '"'+s.replace('\\\\','\\\\\\\\').replace('"','\\\\"').replace('\\n','\\\\n').replace('\\r','\\\\r')+'"'
def prop(s):
    o=''
    for c in s:
        if c=='\\\\': o+='\\\\\\\\'
        elif ' '<=c<='~': o+=c
        else:
            b=c.encode('utf-16-be'); o+=''.join('\\\\u%02x%02x'%(b[i],b[i+1]) for i in range(0,len(b),2))
    return o
c,p=sys.argv[1],sys.argv[2]
d=json.load(sys.stdin)
if c=='scram':
    u,w=d.get('username'),d.get('password')
    if not u or not w: sys.exit(p+': the secret lacks username or password')
    put(p,'sasl.jaas.config='+prop('${SCRAM_LOGIN_MODULE} required username='+jaas(u)+' password='+jaas(w)+';')+'\\n')
elif c=='mtls':
    k,ch=d.get('privateKey'),d.get('certificateChain')
    if not k or not ch or '-----BEGIN' not in k or '-----BEGIN' not in ch: sys.exit(p+': the secret lacks a PEM privateKey or certificateChain')
    put(p,k.strip()+'\\n'+ch.strip()+'\\n')
`;

function clusterOf(plan: MirrorMaker2Plan, alias: string): MirrorMakerClusterPlan {
  const c = plan.clusters.find((x) => x.alias === alias);
  if (!c) throw new Error(`MirrorMaker 2 plan ${plan.name}: no cluster ${alias} for a boot-time read`);
  return c;
}

const byAlias = <T extends { readonly alias: string }>(xs: readonly T[], key: (x: T) => string): T[] =>
  [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** One line per secret and CA certificate (sorted: byte-stable whatever the plan's order), each read in its region. */
function credentialLines(plan: MirrorMaker2Plan): { files: string[]; lines: string[] } {
  const files: string[] = [];
  const lines: string[] = [];
  for (const s of byAlias(plan.secretReads, (x) => `${x.alias} ${x.kind}`)) {
    const c = clusterOf(plan, s.alias);
    const file = s.kind === 'scram' ? c.credentialsFile : c.keystoreFile;
    if (!file) throw new Error(`MirrorMaker 2 plan ${plan.name}: cluster ${s.alias} has no ${s.kind === 'scram' ? 'credentialsFile' : 'keystoreFile'}`);
    files.push(file);
    lines.push(`AWS_DEFAULT_REGION=${q(s.region)} secret ${q(s.secretArn)} | python3 ${MM2_HELPER} ${s.kind} ${q(file)}`);
  }
  for (const r of byAlias(plan.parameterReads, (x) => `${x.alias} ${x.name}`)) {
    const file = clusterOf(plan, r.alias).truststoreFile;
    if (!file) throw new Error(`MirrorMaker 2 plan ${plan.name}: cluster ${r.alias} has no truststoreFile`);
    files.push(file);
    lines.push(`AWS_DEFAULT_REGION=${q(r.region)} install_param ${q(r.name)} ${q(file)} 0440`);
  }
  return { files, lines };
}

/** `put_file PATH MODE <<'KAFKA_IAC_EOF'`: the file's text, verbatim (quoted delimiter: no expansion). */
function embed(f: EmbeddedFile): string[] {
  const body = f.text.endsWith('\n') ? f.text.slice(0, -1) : f.text;
  if (body.split('\n').includes(HEREDOC_END)) throw new Error(`${f.path} holds the line ${HEREDOC_END}, which would end its heredoc`);
  return [`put_file ${f.path} ${f.mode} <<'${HEREDOC_END}'`, body, HEREDOC_END];
}

const parentOf = (p: string) => p.slice(0, p.lastIndexOf('/'));

export function renderMirrorMakerBootScript(plan: MirrorMaker2Plan, files: readonly EmbeddedFile[]): string {
  const { files: credentialFiles, lines: credentials } = credentialLines(plan);
  const artifacts = [plan.distribution, plan.iamAuthLibrary, plan.jmxExporter?.source].filter((a) => a !== undefined);
  const downloads = artifacts.some((a) => a.kind !== 'preinstalled');
  const privateDirs = [...new Set([MM2_PATHS.configDir, ...credentialFiles.map(parentOf)])].sort();
  const lines = [
    '#!/bin/bash',
    `# kafka-iac MirrorMaker 2 boot script: ${plan.name}, Kafka ${plan.kafkaVersion}, flows into ${plan.targetCluster}. Generated: do not edit.`,
    '# Holds no secret: credentials come from Secrets Manager, CA certificates from SSM. Never enable xtrace.',
    ...bootPreamble(MM2_PATHS.bootLog),
    '',
    ...SHELL_LOG,
    ...SHELL_RETRY,
    ...SHELL_AWS_PARAM,
    SHELL_SECRET,
    ...(plan.parameterReads.length > 0 ? [SHELL_INSTALL_PARAM] : []),
    ...(downloads ? SHELL_FETCH_ARTIFACT : []),
    `put_file() { local t; t=$(mktemp); cat > "$t"; install -o root -g ${MM2_USER} -m "$2" "$t" "$1"; rm -f "$t"; }`,
    '',
    ...SHELL_IMDS,
    'AWS_DEFAULT_REGION=$(imds placement/region)',
    'export AWS_DEFAULT_REGION',
    '',
    packagesLine(plan.javaVersion, ['python3', 'tar', 'gzip']),
    serviceUserLine(MM2_USER, MM2_PATHS.kafkaHome),
    `install -d -o root -g ${MM2_USER} -m 0750 ${privateDirs.join(' ')}`,
    `install -d -o ${MM2_USER} -g ${MM2_USER} -m 0750 ${MM2_PATHS.logDir}`,
    'install -d -m 0700 /usr/local/lib/kafka-iac',
    `cat > ${MM2_HELPER} <<'PY'`,
    MM2_HELPER_PY.trimEnd(),
    'PY',
    '',
    '# Kafka, the MSK IAM library, the JMX exporter.',
    ...kafkaInstall(plan.distribution, plan.kafkaVersion, MM2_PATHS.kafkaHome, 'connect-mirror-maker.sh'),
    ...(plan.iamAuthLibrary ? jarInstall(plan.iamAuthLibrary, IAM_AUTH_JAR, 'MSK IAM auth library') : []),
    ...(plan.jmxExporter ? jarInstall(plan.jmxExporter.source, MM2_PATHS.jmxExporterJar, 'JMX exporter') : []),
    ...kafkaOwnership(MM2_PATHS.kafkaHome),
    '',
    '# Node files (no secret in any of them).',
    ...files.flatMap(embed),
    '',
    '# Credentials and CA certificates: files 0440 root:kafka, never printed.',
    ...credentials,
    '',
    'systemctl daemon-reload',
    `systemctl enable --now ${MM2_SERVICE}`,
    `systemctl enable --now ${MM2_METRICS_UNIT}`,
    `log ${q(`${MM2_SERVICE} started for ${plan.name}`)}`,
    '',
  ];
  return lines.join('\n');
}
