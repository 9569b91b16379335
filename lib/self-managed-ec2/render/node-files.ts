/**
 * Every node's files, exactly as the node gets them (deploy-time values appear as their stable DNS names).
 * Used by the faces (SSM parameters, user data) and by `kafka-iac render`.
 */
import type { NodePlan, SelfManagedClusterPlan } from '../plan-types';
import { NODE_HELPER_PY, renderBootScript } from './boot-script';
import { renderServingCheck } from './boot-signal';
import { renderEnvironmentFile } from './environment';
import { renderJmxExporterConfig } from './jmx-exporter';
import { renderLogConfig } from './log-config';
import { renderMetricsPublisher, renderMetricsUnit } from './metrics-publisher';
import { renderServerProperties } from './server-properties';
import { renderSystemdUnit } from './systemd-unit';

/** SSM Parameter Store value limits (standard / advanced tier). */
export const SSM_STANDARD_LIMIT_BYTES = 4096;
export const SSM_ADVANCED_LIMIT_BYTES = 8192;

export interface NodeFiles {
  readonly 'server.properties': string;
  readonly 'kafka.service': string;
  readonly 'kafka.env': string;
  readonly 'boot.sh': string;
  readonly 'jmx-exporter.yml'?: string;
  readonly 'kafka-metrics.py': string;
  readonly 'kafka-metrics.service': string;
  /** Kafka's logging, bounded (render/log-config.ts): Log4j 1 properties up to 3.9, Log4j 2 XML from 4.0. */
  readonly 'log4j.properties'?: string;
  readonly 'log4j2.xml'?: string;
  /** The boot script's Python helper and its serving check (render/boot-signal.ts), stored per role. */
  readonly 'node.py': string;
  readonly 'serving.sh': string;
}

/** Which SSM parameter of the node holds each file (the boot script itself is the user data). */
export function parameterOfFile(node: NodePlan, file: Exclude<keyof NodeFiles, 'boot.sh'>): string | undefined {
  switch (file) {
    case 'server.properties': return node.parameters.serverProperties;
    case 'kafka.env': return node.parameters.environment;
    case 'kafka.service': return node.parameters.systemdUnit;
    case 'jmx-exporter.yml': return node.parameters.jmxExporterConfig;
    case 'kafka-metrics.py': return node.parameters.metricsScript;
    case 'kafka-metrics.service': return node.parameters.metricsUnit;
    case 'log4j.properties': case 'log4j2.xml': return node.parameters.logConfig;
    case 'node.py': return node.parameters.nodeHelper;
    case 'serving.sh': return node.parameters.servingCheck;
  }
}

export interface RenderedNode {
  readonly nodeName: string;
  readonly files: NodeFiles;
}

export function renderNode(plan: SelfManagedClusterPlan, node: NodePlan): RenderedNode {
  return {
    nodeName: node.name,
    files: {
      'server.properties': renderServerProperties(plan, node),
      'kafka.service': renderSystemdUnit(plan, node),
      'kafka.env': renderEnvironmentFile(plan, node),
      'boot.sh': renderBootScript(plan, node),
      ...(plan.jmxExporter ? { 'jmx-exporter.yml': renderJmxExporterConfig(plan, node) } : {}),
      'kafka-metrics.py': renderMetricsPublisher(plan, node),
      'kafka-metrics.service': renderMetricsUnit(plan, node),
      [plan.line.log4j === 1 ? 'log4j.properties' : 'log4j2.xml']: renderLogConfig(plan, node),
      'node.py': NODE_HELPER_PY,
      'serving.sh': renderServingCheck(plan, node),
    },
  };
}

/** Files stored once per role (identical on every node of the role), and the node-specific ones. */
export const NODE_SPECIFIC_FILES = ['server.properties'] as const;
export type RoleFile = Exclude<keyof NodeFiles, 'boot.sh' | 'server.properties'>;

export interface RenderedRole {
  readonly role: NodePlan['role'];
  /** Rendered from the first node of the role; `parameters` names each file's SSM parameter. */
  readonly files: Partial<Record<RoleFile, string>>;
  readonly parameters: Partial<Record<RoleFile, string>>;
}

/** The role-level files of a plan, one entry per role present (controllers first). */
export function renderRoleFiles(plan: SelfManagedClusterPlan): RenderedRole[] {
  const out: RenderedRole[] = [];
  for (const node of plan.nodes) {
    if (out.some((r) => r.role === node.role)) continue;
    const { files } = renderNode(plan, node);
    const entries = (Object.entries(files) as [keyof NodeFiles, string | undefined][])
      .filter((e): e is [RoleFile, string] => e[0] !== 'boot.sh' && e[0] !== 'server.properties' && e[1] !== undefined);
    out.push({ role: node.role, files: Object.fromEntries(entries), parameters: Object.fromEntries(entries.map(([f]) => [f, parameterOfFile(node, f)!])) });
  }
  return out;
}

/** One entry per node, controllers first, in node order. */
export function renderNodeFiles(plan: SelfManagedClusterPlan): RenderedNode[] {
  return plan.nodes.map((n) => renderNode(plan, n));
}

/** Parameter tier for a rendered file stored in SSM (the face uses it; > 8 KB is a bug the tests catch). */
export function ssmTierFor(text: string): 'Standard' | 'Advanced' {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > SSM_ADVANCED_LIMIT_BYTES) throw new Error(`Rendered file of ${bytes} bytes exceeds the SSM advanced parameter limit (8 KB)`);
  return bytes > SSM_STANDARD_LIMIT_BYTES ? 'Advanced' : 'Standard';
}
