/** Whether dist/ is the build of lib/ as it is now, so tests may run the compiled package instead of the sources. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)));
}

/**
 * Whether dist/ is the build of lib/ as it is now: one .js per source, none older than a source or the compiler
 * settings. `npm ci` leaves it so (prepare); then the tarball is packed without building again.
 */
export function distIsFresh(): boolean {
  const dist = path.join(ROOT, 'dist');
  if (!fs.existsSync(dist)) return false;
  const sources = filesUnder(path.join(ROOT, 'lib')).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '.js')).sort();
  // dist/functions/ holds the bundled deploy-time functions (scripts/bundle-functions.mjs), no build of a lib/ file.
  const built = filesUnder(dist).filter((f) => f.endsWith('.js') && !f.startsWith(`functions${path.sep}`)).sort();
  if (JSON.stringify(sources) !== JSON.stringify(built)) return false;
  const mtime = (f: string) => fs.statSync(f).mtimeMs;
  const oldestBuilt = Math.min(...built.map((f) => mtime(path.join(dist, f))));
  const inputs = [...sources.map((f) => path.join(ROOT, 'lib', f.replace(/\.js$/, '.ts'))), path.join(ROOT, 'tsconfig.json'), path.join(ROOT, 'tsconfig.build.json')];
  return inputs.every((f) => mtime(f) <= oldestBuilt);
}
