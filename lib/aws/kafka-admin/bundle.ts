/**
 * Where the admin function's bundle is: `dist/functions/kafka-admin/index.js`, built with the library
 * (`npm run build`, so `prepare` and `npm pack`) by `scripts/bundle-functions.mjs`. Both faces deploy that folder as
 * the function's code; synth reads the file and nothing else (offline, no bundler on the user's machine).
 */
import * as fs from 'fs';
import * as path from 'path';

/** Folder of the bundle, relative to dist/. */
export const KAFKA_ADMIN_BUNDLE_DIR = path.join('functions', 'kafka-admin');

/** The folder holding the bundle's `index.js`; throws with the fix when the library was not built. */
export function kafkaAdminBundleDir(): string {
  const candidates = [
    // Installed package: this file is dist/aws/kafka-admin/bundle.js.
    path.join(__dirname, '..', '..', KAFKA_ADMIN_BUNDLE_DIR),
    // From the sources (tests, tsx): lib/aws/kafka-admin/bundle.ts, next to dist/.
    path.join(__dirname, '..', '..', '..', 'dist', KAFKA_ADMIN_BUNDLE_DIR),
  ];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'index.js')));
  if (!found) {
    throw new Error(`The Kafka admin function's bundle (dist/${KAFKA_ADMIN_BUNDLE_DIR}/index.js) must exist, got: none. Build kafka-iac first (npm run build).`);
  }
  return found;
}
