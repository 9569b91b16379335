/**
 * Part of the Jest global setup (global-setup.ts): builds the deploy-time function bundles (dist/functions/) when
 * they are missing or older than their sources, so that the suite runs in a fresh clone whose dist/ was never built
 * (about 2 s).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'functions', 'kafka-admin', 'index.js');
const SOURCES = [path.join(ROOT, 'lib', 'aws', 'kafka-admin'), path.join(ROOT, 'lib', 'core', 'catalog'), path.join(ROOT, 'package-lock.json'), path.join(ROOT, 'scripts', 'bundle-functions.mjs')];

function newest(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((e) => newest(path.join(p, e))));
}

export default function ensureFunctionBundles(): void {
  const stale = !fs.existsSync(BUNDLE) || fs.statSync(BUNDLE).mtimeMs < Math.max(...SOURCES.map(newest));
  if (stale) execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'bundle-functions.mjs')], { cwd: ROOT, stdio: 'inherit' });
}
