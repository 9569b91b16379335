/**
 * The reference key lists live in the repository (`reference/kafka-config-keys/`). Where the maintainers' upstream
 * copy sits beside the repository (`../shared/kafka-config-keys/`), the two must be byte-identical, file for file, so
 * an update lands in both or fails here. A clone without that directory skips the comparison.
 */
import * as fs from 'fs';
import * as path from 'path';
import { KEYS_DIR } from '../support/kafka-keys';

const UPSTREAM = path.resolve(__dirname, '..', '..', '..', 'shared', 'kafka-config-keys');

/** Every file under `dir`, as paths relative to it (sorted, `/` separators). */
function files(dir: string, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(dir, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]))
    .sort();
}

test('the in-repository lists hold the READMEs, the source-derived lists and the published 4.x lists', () => {
  const list = files(KEYS_DIR);
  expect(list).toEqual(expect.arrayContaining([
    'README.md', 'patterns.txt', 'kraft-forbidden.txt', 'broker-3.9.0-rc3.txt', 'clients-3.9.0-rc3.txt',
    'published/README.md', 'published/broker-4.1.txt', 'published/kraft-forbidden-4.x.txt',
  ]));
});

(fs.existsSync(UPSTREAM) ? test : test.skip)('byte-identical to ../shared/kafka-config-keys/ (every file)', () => {
  expect(files(KEYS_DIR)).toEqual(files(UPSTREAM));
  const differing = files(UPSTREAM).filter((f) => !fs.readFileSync(path.join(KEYS_DIR, f)).equals(fs.readFileSync(path.join(UPSTREAM, f))));
  expect(differing).toEqual([]);
});
