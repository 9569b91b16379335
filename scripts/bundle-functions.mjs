// Bundles each deploy-time function that needs npm packages into one CommonJS file under dist/functions/<name>/,
// run by `npm run build` (and so by `prepare`, `npm pack` and `npm publish`) and by the tests when it is missing
// or stale. Users of the package need no bundler; synth only reads the built file.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

/** name -> entry point (a module exporting `handler`). */
export const FUNCTIONS = { 'kafka-admin': 'lib/aws/kafka-admin/runtime/handler.ts' };

const OUT = path.join(ROOT, 'dist', 'functions');

export async function bundleFunctions() {
  // A function no longer listed leaves no bundle behind.
  for (const dir of fs.existsSync(OUT) ? fs.readdirSync(OUT) : []) if (!(dir in FUNCTIONS)) fs.rmSync(path.join(OUT, dir), { recursive: true, force: true });
  for (const [name, entry] of Object.entries(FUNCTIONS)) {
    const outfile = path.join(OUT, name, 'index.js');
    const result = await esbuild.build({
      entryPoints: [path.join(ROOT, entry)],
      outfile,
      write: false,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      // The Lambda runtime of every deploy-time function (nodejs24.x).
      target: 'node24',
      minify: true,
      // The bundle carries its dependencies' licence comments.
      legalComments: 'inline',
      logLevel: 'warning',
      // Version-pinned and self-contained: the AWS SDK clients too, not the runtime's copy.
      external: [],
      // @platformatic/kafka is ESM: its `import.meta.url` (createRequire of optional native modules) becomes the bundle's
      // own file URL, and its WebAssembly helpers come from the variant that embeds the .wasm file.
      banner: { js: "const __kafkaIacImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': '__kafkaIacImportMetaUrl' },
      alias: { '@platformatic/wasm-utils': '@platformatic/wasm-utils/bundled' },
    });
    // Written beside, then renamed: a reader (a test synthesizing a stack) sees the old bundle or the new one, whole.
    fs.mkdirSync(path.dirname(outfile), { recursive: true });
    const tmp = `${outfile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, result.outputFiles[0].contents);
    fs.renameSync(tmp, outfile);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await bundleFunctions();
}
