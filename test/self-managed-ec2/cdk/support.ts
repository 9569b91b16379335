/** Helpers shared by the self-managed CDK tests. */
import type { Stack } from 'aws-cdk-lib';
import { PROVISIONER_SOURCE } from '../../../lib/self-managed-ec2';

type Json = unknown;

/** The literal text of a value built from Fn::Join / Fn::Base64 over literals; tokens become `<ref>`. */
export function literalText(v: Json): string {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const o = v as Record<string, Json>;
    if ('Fn::Base64' in o) return literalText(o['Fn::Base64']);
    if ('Fn::Join' in o) {
      const [sep, parts] = o['Fn::Join'] as [string, Json[]];
      return parts.map(literalText).join(sep);
    }
    return '<ref>';
  }
  return String(v);
}

/** Every string anywhere in a template, for secret scans. */
export function allStrings(v: Json, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => allStrings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => allStrings(x, out));
  return out;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** A synthesized resource, loosely typed for assertions. */
export interface Res {
  Type: string;
  Properties: Record<string, any>;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  UpdatePolicy?: Record<string, unknown>;
  CreationPolicy?: Record<string, unknown>;
  DependsOn?: string[];
}
export interface TemplateJson { Resources: Record<string, Res>; Parameters?: Record<string, unknown> }

/** Resources of one type as [logicalId, resource]. */
export function resourcesOf(template: TemplateJson, type: string): [string, Res][] {
  return Object.entries(template.Resources).filter(([, r]) => r.Type === type);
}

export const logicalIdOf = (stack: Stack, c: { node: { defaultChild?: unknown } } | object): string =>
  stack.getLogicalId(((c as { node?: { defaultChild?: unknown } }).node?.defaultChild ?? c) as never);

/** Markers that must never be in a template, user data or output: key material and generated credentials. */
export const SECRET_MARKERS = [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, /-----BEGIN CERTIFICATE-----/, /saltedpassword="[A-Za-z0-9+/=]{16,}"/i, /"password"\s*:\s*"[^"]/];

/** Strings of `template` matching a secret marker; the provisioner's own code (which writes PEM headers) is exempt, exactly. */
export function secretFindings(template: unknown): string[] {
  return allStrings(template).filter((s) => s !== PROVISIONER_SOURCE && SECRET_MARKERS.some((m) => m.test(s)));
}
