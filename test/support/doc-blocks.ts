/**
 * TypeScript code blocks of the documentation, type-checked as programs: extraction from markdown, the compiler
 * options of tsconfig.json with `kafka-iac/<subpath>` mapped to `lib/` through the package.json `exports`, and one
 * `ts.createProgram` over every block, each block its own module.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

/** One fenced code block of a markdown file. */
export interface DocBlock {
  /** Markdown file, relative to the repository root (`docs/msk.md`). */
  readonly file: string;
  /** 1-based line of the opening fence; the code starts on the next line. */
  readonly line: number;
  /** The info string's first word (`ts`, `sh`), empty when the fence has none. */
  readonly lang: string;
  readonly code: string;
}

/** Fence info strings that mark TypeScript. */
export const TS_LANGS: ReadonlySet<string> = new Set(['ts', 'typescript']);

/** Every fenced block (```) of a markdown text, in order. */
export function extractBlocks(file: string, text: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence] = open;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s*${fence![0]}{${fence!.length},}\\s*$`).test(lines[j]!)) {
      body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!);
      j++;
    }
    if (j === lines.length) throw new Error(`${file}:${i + 1}: code block is never closed`);
    blocks.push({ file, line: i + 1, lang: open[3]!.toLowerCase(), code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** README.md and every docs/*.md, relative to `root`. */
export function docFiles(root: string): string[] {
  const docs = fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).sort();
  return ['README.md', ...docs.map((f) => `docs/${f}`)];
}

/**
 * `paths` compiler option mapping each `kafka-iac/<subpath>` of the package.json `exports` to its source under
 * `lib/` (the `types` entry `./dist/x/index.d.ts` is built from `lib/x/index.ts`, see tsconfig.build.json).
 */
export function exportPaths(root: string): Record<string, string[]> {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
  const build = ts.readConfigFile(path.join(root, 'tsconfig.build.json'), ts.sys.readFile).config as { compilerOptions: { outDir: string; rootDir: string } };
  const outDir = path.join(root, build.compilerOptions.outDir);
  const rootDir = path.join(root, build.compilerOptions.rootDir);
  const paths: Record<string, string[]> = {};
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const types = typeof target === 'object' && target !== null ? (target as { types?: string }).types : undefined;
    if (!types) continue;
    const built = path.relative(outDir, path.join(root, types));
    if (built.startsWith('..')) throw new Error(`package.json exports['${subpath}'].types is outside ${build.compilerOptions.outDir}: ${types}`);
    const source = path.join(rootDir, built.replace(/\.d\.ts$/, '.ts'));
    if (!fs.existsSync(source)) throw new Error(`package.json exports['${subpath}']: no source ${path.relative(root, source)}`);
    paths[path.posix.join(pkg.name, subpath)] = [source];
  }
  return paths;
}

/** tsconfig.json's compiler options, plus what checking separate snippets needs (each block a module, no output). */
export function docCompilerOptions(root: string): ts.CompilerOptions {
  const configFile = path.join(root, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configFile);
  return {
    ...parsed.options,
    noEmit: true,
    declaration: false,
    // Blocks without imports are modules too, so two blocks may both declare `cluster`.
    moduleDetection: ts.ModuleDetectionKind.Force,
    paths: exportPaths(root),
  };
}

/** Declarations a block assumes, prepended to it. */
export interface Prelude {
  /** Markdown file of the block. */
  readonly file: string;
  /** Text that identifies the block: exactly one TypeScript block of `file` contains it. */
  readonly block: string;
  /** Why the block cannot be a complete program by itself. */
  readonly reason: string;
  readonly code: string;
}

/**
 * Parsed library and dependency files, shared by the programs of one process: parsing aws-cdk-lib's and the
 * providers' declarations is most of the cost of a program, and they do not change during a test run.
 */
const parsed = new Map<string, ts.SourceFile>();

/** The last program checked: the next one reuses its module resolutions for the files they share. */
let previous: ts.Program | undefined;

/** A checked block: where it came from, and the virtual module it became. */
export interface CheckedBlock {
  readonly block: DocBlock;
  readonly prelude?: Prelude;
  readonly fileName: string;
}

/** Result of {@link checkBlocks}: one message per diagnostic, located in the markdown. */
export interface DocCheckResult {
  readonly checked: CheckedBlock[];
  readonly errors: string[];
}

/**
 * Type-checks `blocks` (TypeScript ones) as one program. Each block is the virtual module
 * `<root>/<file>.L<line>.ts`, its prelude (if any) first; a diagnostic is reported as `<file>:<markdown line>`, or
 * as `<file>:<line> (prelude line n)` when it is in the prelude. A prelude that matches no block, or several, is an
 * error too.
 */
export function checkBlocks(root: string, blocks: readonly DocBlock[], preludes: readonly Prelude[]): DocCheckResult {
  const errors: string[] = [];
  const tsBlocks = blocks.filter((b) => TS_LANGS.has(b.lang));
  const preludeOf = new Map<DocBlock, Prelude>();
  for (const p of preludes) {
    const matches = tsBlocks.filter((b) => b.file === p.file && b.code.includes(p.block));
    if (matches.length !== 1) {
      errors.push(`prelude for ${p.file} block containing ${JSON.stringify(p.block)} matches ${matches.length} TypeScript blocks, not 1`);
      continue;
    }
    if (preludeOf.has(matches[0]!)) errors.push(`${p.file}:${matches[0]!.line}: two preludes match this block`);
    preludeOf.set(matches[0]!, p);
  }

  const sources = new Map<string, { block: DocBlock; preludeLines: number; text: string }>();
  const checked: CheckedBlock[] = [];
  for (const block of tsBlocks) {
    const prelude = preludeOf.get(block);
    const head = prelude ? `${prelude.code.trimEnd()}\n` : '';
    const fileName = path.join(root, `${block.file}.L${block.line}.ts`);
    sources.set(fileName, { block, preludeLines: head ? head.split('\n').length - 1 : 0, text: head + block.code + '\n' });
    checked.push({ block, prelude, fileName });
  }

  const options = docCompilerOptions(root);
  // As tsc sets it up: no parent pointers until binding, JSDoc parsed only where it can change a type error.
  const host = ts.createCompilerHost(options);
  host.jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => sources.has(f) || fileExists.call(host, f);
  host.readFile = (f) => sources.get(f)?.text ?? readFile.call(host, f);
  host.getSourceFile = (f, languageVersion, onError, shouldCreate) => {
    const virtual = sources.get(f);
    if (virtual) return ts.createSourceFile(f, virtual.text, languageVersion, true);
    const key = `${typeof languageVersion === 'object' ? languageVersion.languageVersion : languageVersion}:${f}`;
    let sf = parsed.get(key);
    if (!sf) {
      sf = getSourceFile.call(host, f, languageVersion, onError, shouldCreate);
      if (sf) parsed.set(key, sf);
    }
    return sf;
  };
  const program = ts.createProgram([...sources.keys()], options, host, previous);
  previous = program;

  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const fileName of sources.keys()) {
    const sf = program.getSourceFile(fileName)!;
    diagnostics.push(...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf));
  }
  for (const d of diagnostics) {
    const message = `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    const virtual = d.file ? sources.get(d.file.fileName) : undefined;
    if (!d.file || d.start === undefined) {
      errors.push(message);
    } else if (!virtual) {
      const { line } = d.file.getLineAndCharacterOfPosition(d.start);
      errors.push(`${path.relative(root, d.file.fileName)}:${line + 1}: ${message}`);
    } else {
      const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
      const { block, preludeLines } = virtual;
      errors.push(line < preludeLines
        ? `${block.file}:${block.line} (prelude line ${line + 1}): ${message}`
        : `${block.file}:${block.line + 1 + line - preludeLines}:${character + 1}: ${message}`);
    }
  }
  return { checked, errors };
}
