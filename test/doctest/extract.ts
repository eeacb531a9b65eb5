/**
 * Doc-test machinery: finds `@example` blocks in TSDoc comments of exported declarations, converts them into
 * runnable code (the convention in the developers' guide), and lists public exports that lack an example.
 *
 *  - `import { a, b as c } from 'statutory-complaints'` (or a subpath) becomes a lookup in the source module
 *    that the package entry point is built from (`src/index.ts`, `src/<area>/index.ts`);
 *  - `expression //=> expected` asserts `expect(expression).toEqual(expected)`;
 *  - `expression //=> throws ErrorClassName` asserts that evaluating the expression throws an error of that class
 *    (or a subclass of it);
 *  - every other line runs as is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { transformSync } from 'esbuild';
import ts from 'typescript';

export const PACKAGE_NAME = 'statutory-complaints';

/** One `@example` block. */
export interface Example {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  /** 1-based line of the `@example` tag. */
  readonly line: number;
  /** The exported declaration the block documents (`Class.member` for members). */
  readonly symbol: string;
  /** The example's lines after the tag (comment prefixes removed), each with its 1-based source line. */
  readonly lines: readonly { readonly text: string; readonly line: number }[];
}

/** Every `.ts` file under `dir` (not `.d.ts`), sorted, as absolute paths. */
export function listTsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listTsFiles(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

export function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function hasExportModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function declarationName(node: ts.Node): string {
  if (ts.isVariableStatement(node)) return node.declarationList.declarations.map((d) => d.name.getText()).join(', ');
  if (ts.isExportAssignment(node)) return 'default';
  const name = (node as { name?: ts.Node }).name;
  return name ? name.getText() : 'default';
}

/** The JSDoc comment nodes attached to a node (for a variable declaration: its statement's). */
export function jsDocsOf(node: ts.Node): ts.JSDoc[] {
  let target = node;
  if (ts.isVariableDeclaration(target) && ts.isVariableDeclarationList(target.parent) && ts.isVariableStatement(target.parent.parent)) {
    target = target.parent.parent;
  }
  return ts.getJSDocCommentsAndTags(target).filter((d): d is ts.JSDoc => ts.isJSDoc(d));
}

/** True when one of the node's JSDoc blocks has an `@example` tag. */
/** True when the declaration's TSDoc has an `@internal` tag: exported from an area's index for the other areas only. */
export function isInternal(node: ts.Node): boolean {
  return jsDocsOf(node).some((doc) => (doc.tags ?? []).some((t) => t.tagName.text === 'internal'));
}

export function hasExample(node: ts.Node): boolean {
  return jsDocsOf(node).some((doc) => (doc.tags ?? []).some((t) => t.tagName.text === 'example'));
}

/** The `@example` blocks of one JSDoc comment. */
function examplesOfComment(sf: ts.SourceFile, doc: ts.JSDoc, file: string, symbol: string): Example[] {
  const raw = sf.text.slice(doc.pos, doc.end);
  const firstLine = sf.getLineAndCharacterOfPosition(doc.pos).line + 1;
  const rawLines = raw.split(/\r?\n/);
  const content = rawLines.map((l, i) => {
    let s = l;
    if (i === 0) s = s.replace(/^\s*\/\*\*\s?/, '');
    if (i === rawLines.length - 1) s = s.replace(/\s*\*\/\s*$/, '');
    if (i > 0) s = s.replace(/^\s*\*(?!\/)\s?/, '');
    return s;
  });
  const examples: Example[] = [];
  let current: { line: number; lines: { text: string; line: number }[] } | undefined;
  const finish = () => {
    if (!current) return;
    const lines = current.lines.filter((l) => !/^\s*```/.test(l.text));
    while (lines.length > 0 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
    while (lines.length > 0 && lines[0]!.text.trim() === '') lines.shift();
    examples.push({ file, line: current.line, symbol, lines });
    current = undefined;
  };
  content.forEach((text, i) => {
    const line = firstLine + i;
    if (/^\s*@example\b/.test(text)) {
      finish();
      current = { line, lines: [] };
    } else if (/^\s*@[a-zA-Z]+/.test(text)) {
      finish();
    } else if (current) {
      current.lines.push({ text, line });
    }
  });
  finish();
  return examples;
}

/**
 * The `@example` blocks on exported declarations of one source file, and on members of its exported classes
 * and interfaces.
 */
export function extractExamples(absPath: string, root: string): Example[] {
  return extractExamplesFromText(readFileSync(absPath, 'utf8'), toPosix(relative(root, absPath)));
}

/** {@link extractExamples} on a file's text; `file` is the name used in test names and messages. */
export function extractExamplesFromText(text: string, file: string): Example[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: Example[] = [];
  for (const statement of sf.statements) {
    if (!hasExportModifier(statement) && !ts.isExportAssignment(statement)) continue;
    const name = declarationName(statement);
    for (const doc of jsDocsOf(statement)) out.push(...examplesOfComment(sf, doc, file, name));
    if (ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
      for (const member of statement.members) {
        const memberName = member.name ? member.name.getText() : 'constructor';
        for (const doc of jsDocsOf(member)) out.push(...examplesOfComment(sf, doc, file, `${name}.${memberName}`));
      }
    }
  }
  return out;
}

/** Maps package specifiers (`statutory-complaints`, `statutory-complaints/calendar`) to the source modules they are built from. */
export function entryModules(root: string): Map<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const map = new Map<string, string>();
  for (const [key, target] of Object.entries(pkg.exports)) {
    const built = findImportTarget(target);
    if (!built || !/\.js$/.test(built) || !built.startsWith('./dist/')) continue;
    const source = resolve(root, built.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
    map.set(key === '.' ? PACKAGE_NAME : `${PACKAGE_NAME}/${key.slice(2)}`, source);
  }
  return map;
}

function findImportTarget(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (target && typeof target === 'object') {
    const t = target as Record<string, unknown>;
    for (const key of ['import', 'default']) {
      const found = findImportTarget(t[key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** A problem in an example's text itself (not in the code it exercises), with its source line. */
export class ExampleSyntaxError extends Error {
  constructor(where: string, message: string) {
    super(`${where}: ${message}`);
    this.name = 'ExampleSyntaxError';
  }
}

/** The runnable form of an example. */
export interface CompiledExample {
  /** The specifiers it imports. */
  readonly imports: readonly string[];
  /** JavaScript for the body of an async function taking `(__module, expect, __throws)`. */
  readonly code: string;
}

const IMPORT_START = /^\s*import\b/;
const IMPORT_FULL = /^\s*import\s+([\s\S]*?)\s+from\s+(['"])([^'"]+)\2\s*;?\s*$/;

function convertImport(clause: string, spec: string, where: string, imports: Set<string>): string {
  if (spec !== PACKAGE_NAME && !spec.startsWith(`${PACKAGE_NAME}/`)) {
    throw new ExampleSyntaxError(where, `examples may import only from '${PACKAGE_NAME}' or its subpaths, not '${spec}'`);
  }
  if (/^type\s/.test(clause)) return '';
  imports.add(spec);
  const ns = /^\*\s+as\s+([A-Za-z_$][\w$]*)$/.exec(clause);
  if (ns) return `const ${ns[1]} = __module(${JSON.stringify(spec)}, []);`;
  const named = /^\{([\s\S]*)\}$/.exec(clause);
  if (!named) throw new ExampleSyntaxError(where, `use named imports: import { name } from '${spec}'`);
  const names: string[] = [];
  const bindings: string[] = [];
  for (const part of named[1]!
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (/^type\s/.test(part)) continue;
    const m = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/.exec(part);
    if (!m) throw new ExampleSyntaxError(where, `cannot read the import '${part}'`);
    names.push(m[1]!);
    bindings.push(m[2] ? `${m[1]}: ${m[2]}` : m[1]!);
  }
  return `const { ${bindings.join(', ')} } = __module(${JSON.stringify(spec)}, ${JSON.stringify(names)});`;
}

/** Converts an example to JavaScript (line for line, so esbuild's messages can be mapped back). */
export function compileExample(example: Example): CompiledExample {
  const imports = new Set<string>();
  const out: string[] = [];
  const at = (line: number) => `${example.file}:${line}`;
  for (let i = 0; i < example.lines.length; i++) {
    const { text, line } = example.lines[i]!;
    if (IMPORT_START.test(text)) {
      // An import may span lines: gather until `from '…'`.
      let j = i;
      let joined = text;
      while (!IMPORT_FULL.test(joined) && j + 1 < example.lines.length) joined += `\n${example.lines[++j]!.text}`;
      const m = IMPORT_FULL.exec(joined);
      if (!m) throw new ExampleSyntaxError(at(line), `cannot read this import (side-effect and default imports are not allowed)`);
      out.push(convertImport(m[1]!.trim(), m[3]!, at(line), imports));
      for (let k = i + 1; k <= j; k++) out.push('');
      i = j;
      continue;
    }
    const arrow = text.indexOf('//=>');
    if (arrow === -1) {
      out.push(text);
      continue;
    }
    const expr = text.slice(0, arrow).trim().replace(/;$/, '');
    const expected = text
      .slice(arrow + 4)
      .trim()
      .replace(/;$/, '');
    if (expr === '') throw new ExampleSyntaxError(at(line), "'//=>' needs an expression on its left");
    if (expected === '') throw new ExampleSyntaxError(at(line), "'//=>' needs an expected value on its right");
    const throws = /^throws\s+([A-Za-z_$][\w$]*)$/.exec(expected);
    out.push(
      throws
        ? `__throws(() => (${expr}), ${JSON.stringify(throws[1])}, ${JSON.stringify(at(line))});`
        : `expect(${expr}, ${JSON.stringify(`${at(line)}: ${expr}`)}).toEqual(${expected});`,
    );
  }
  const source = out.join('\n');
  let code: string;
  try {
    // Wrapped in an async function so that `await` is allowed and `const`s stay local.
    code = transformSync(`async function __example() {\n${source}\n}`, { loader: 'ts', sourcefile: example.file }).code;
  } catch (error) {
    const first = (error as { errors?: { text: string; location?: { line: number } }[] }).errors?.[0];
    const bodyLine = first?.location ? first.location.line - 1 : undefined;
    const sourceLine = bodyLine !== undefined ? example.lines[bodyLine - 1]?.line : undefined;
    throw new ExampleSyntaxError(at(sourceLine ?? example.line), first?.text ?? String(error));
  }
  return { imports: [...imports], code: `${code}\nreturn __example();` };
}

/** Asserts that `fn` throws an error whose class (or a superclass) is named `className`. */
export function assertThrows(fn: () => unknown, className: string, where: string): void {
  let thrown: unknown;
  let threw = false;
  try {
    fn();
  } catch (error) {
    threw = true;
    thrown = error;
  }
  if (!threw) throw new Error(`${where}: expected the expression to throw ${className}, but it returned normally`);
  const chain: string[] = [];
  for (let proto = thrown === null || thrown === undefined ? null : Object.getPrototypeOf(thrown); proto; proto = Object.getPrototypeOf(proto)) {
    const name = (proto as { constructor?: { name?: string } }).constructor?.name;
    if (name) chain.push(name);
  }
  if (!chain.includes(className)) {
    const got = thrown instanceof Error ? `${chain[0] ?? 'Error'}: ${thrown.message}` : String(thrown);
    throw new Error(`${where}: expected ${className} to be thrown, but got ${got}`);
  }
}

/** A public value export (function, class, constant) and where it is declared. */
export interface PublicExport {
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly entries: string[];
  readonly documented: boolean;
}

/**
 * Every value exported by the package entry points (following re-exports to their declarations), each with
 * whether its declaration carries a TSDoc `@example`. Type-only exports (interfaces, type aliases, `export type`)
 * are left out.
 */
export function publicValueExports(root: string): PublicExport[] {
  const entries = entryModules(root);
  const configPath = join(root, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const program = ts.createProgram({ rootNames: [...entries.values()], options: { ...parsed.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const byDeclaration = new Map<ts.Node, { name: string; entries: string[] }>();
  const result: PublicExport[] = [];
  for (const [spec, path] of entries) {
    const sf = program.getSourceFile(path);
    if (!sf) throw new Error(`${spec}: source module ${toPosix(relative(root, path))} not found`);
    const moduleSymbol = checker.getSymbolAtLocation(sf);
    if (!moduleSymbol) continue; // a file with no imports or exports at all
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      if (isTypeOnlyExport(exported)) continue;
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(target.flags & ts.SymbolFlags.Value)) continue;
      const declarations = target.declarations ?? [];
      const declaration = declarations[0];
      if (!declaration) continue;
      if (declarations.some((d) => isInternal(d))) continue; // not public: no @example required
      const seen = byDeclaration.get(declaration);
      if (seen) {
        seen.entries.push(spec);
        continue;
      }
      const record = { name: exported.name, entries: [spec] };
      byDeclaration.set(declaration, record);
      const dsf = declaration.getSourceFile();
      result.push({
        name: exported.name,
        file: toPosix(relative(root, dsf.fileName)),
        line: dsf.getLineAndCharacterOfPosition(declaration.getStart(dsf)).line + 1,
        entries: record.entries,
        documented: declarations.some((d) => hasExample(d)),
      });
    }
  }
  return result.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

function isTypeOnlyExport(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some(
    (d) => (ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly)) || (ts.isNamespaceExport(d) && d.parent.isTypeOnly),
  );
}
