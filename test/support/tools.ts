/**
 * Real linters and checkers the tests run over rendered files (shellcheck, systemd-analyze, python3): required on CI
 * (`.ci/run` installs them), skipped with a warning elsewhere.
 */
import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** `test` when `cmd` is installed; on CI a missing tool is an error, elsewhere its tests are skipped. */
export function tool(cmd: string): jest.It {
  if (has(cmd)) return test;
  if (process.env.CI) throw new Error(`${cmd} is required on CI: install it in .ci/run`);
  // eslint-disable-next-line no-console
  console.warn(`${cmd} not installed: skipping its checks (apt-get install -y ${cmd})`);
  return test.skip;
}

/**
 * `systemd-analyze verify` on a rendered unit written to `dir/name`, with its ExecStart pointed at a stub and its
 * EnvironmentFile at an empty file (the real ones do not exist on the checking machine).
 */
export function systemdVerify(text: string, dir: string, name: string): SpawnSyncReturns<string> {
  const stub = path.join(dir, 'exec-start-stub.sh');
  fs.writeFileSync(stub, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  const envFile = path.join(dir, 'empty.env');
  fs.writeFileSync(envFile, '');
  const f = path.join(dir, name);
  fs.writeFileSync(f, text.replace(/^ExecStart=\S+/m, `ExecStart=${stub}`).replace(/^EnvironmentFile=\S+/m, `EnvironmentFile=${envFile}`));
  return spawnSync('systemd-analyze', ['verify', '--man=no', f], { encoding: 'utf8' });
}

/** The named shell functions (one-line or multi-line) cut out of a rendered boot script. */
export function shellFunctions(boot: string, names: string[]): string {
  const lines = boot.split('\n');
  return names.map((name) => {
    const from = lines.findIndex((l) => l.startsWith(`${name}() {`));
    if (from < 0) throw new Error(`no ${name}() in the boot script`);
    if (lines[from].endsWith('}')) return lines[from];
    return lines.slice(from, lines.indexOf('}', from) + 1).join('\n');
  }).join('\n');
}
