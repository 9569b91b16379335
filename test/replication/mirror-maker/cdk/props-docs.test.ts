/** Conventions §7: every optional prop of the MirrorMaker 2 CDK face documents its default with `@default`. */
import * as fs from 'fs';
import * as path from 'path';
import { undocumentedOptionalsOf } from '../../../support/conventions';

const DIR = path.join(__dirname, '../../../../lib/replication/mirror-maker/cdk');

test.each(fs.readdirSync(DIR).filter((f) => f.endsWith('.ts')))('%s: optional props have @default', (file) => {
  expect(undocumentedOptionalsOf(path.join(DIR, file))).toEqual([]);
});
