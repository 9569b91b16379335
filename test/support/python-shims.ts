/**
 * Jest global setup, part: when `python3` on the PATH is a pyenv shim, puts the directory of the interpreter it
 * stands for first on the PATH (what `pyenv exec` does on every call). The tests run python3 and cfn-lint dozens of
 * times; through the shim, each call first runs pyenv's bash scripts (about half a CPU-second). The programs run are
 * the same files either way.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

export default function preferShimmedInterpreter(): void {
  const found = spawnSync('sh', ['-c', 'command -v python3'], { encoding: 'utf8' }).stdout.trim();
  if (!found.split(path.sep).includes('shims')) return;
  const exe = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (exe.status !== 0 || !path.isAbsolute(exe.stdout.trim())) return;
  process.env.PATH = [path.dirname(exe.stdout.trim()), process.env.PATH].join(path.delimiter);
}
