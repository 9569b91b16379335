/** The README's promises: the two set-up commands exist as scripts, CI runs the same test command, links resolve. */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

test('the two set-up commands are in the README and are real scripts', () => {
  expect(readme).toContain('npm ci && npm run synth');
  expect(readme).toContain('npm ci && npm test');
  expect(pkg.scripts.synth).toMatch(/cdk synth/);
  expect(pkg.scripts.test).toMatch(/typecheck/);
  expect(pkg.scripts.typecheck).toMatch(/tsc --noEmit/);
  expect(pkg.scripts.test).toMatch(/jest/);
});

test('CI runs npm ci and the README test command', () => {
  const ci = fs.readFileSync(path.join(ROOT, '.ci', 'run'), 'utf8');
  expect(ci).toMatch(/^npm ci\b/m);
  expect(ci).toMatch(/^npm test$/m);
});

test('cdk.json points at the default example', () => {
  const cdk = JSON.parse(fs.readFileSync(path.join(ROOT, 'cdk.json'), 'utf8'));
  const file = /examples\/cdk\/[\w-]+\.ts/.exec(cdk.app)?.[0];
  expect(file).toBeDefined();
  expect(fs.existsSync(path.join(ROOT, file!))).toBe(true);
});

test('every relative link in README.md and docs/ resolves', () => {
  const docs = fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f));
  const broken: string[] = [];
  for (const file of ['README.md', ...docs]) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
      const target = m[1];
      if (/^[a-z]+:/.test(target)) continue;
      if (!fs.existsSync(path.resolve(path.dirname(path.join(ROOT, file)), target))) broken.push(`${file}: ${target}`);
    }
  }
  expect(broken).toEqual([]);
});
