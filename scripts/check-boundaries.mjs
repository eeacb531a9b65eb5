#!/usr/bin/env node
/**
 * Boundary check (run by `npm test`): reads every import in src/ with the TypeScript compiler and fails when
 *
 *  1. a file outside an area imports a file inside it other than the area's `index.ts`
 *     (e.g. `../workflow/index.js` is fine, `../workflow/fold.js` is not), or
 *  2. an import goes against the one-way flow of the areas:
 *
 *        calendar ← policies ← workflow | policy-text ← templates ← reporting | chase ← node ← cli
 *
 *     an area may import only areas to its left; `reporting` and `chase` (the pure chase run) stand side by side and
 *     do not import each other, as do `workflow` and `policy-text` (the browser-safe reader of a preset's YAML text). The issue writes the end of the line as `cli/node`: both are the
 *     edge that does I/O; `node` (reading preset files) comes first because the CLI is built on it, the same way a
 *     council's own app would be, and `node` never imports the CLI.
 *
 * Root-level files of src/ are treated as follows:
 *  - `src/errors.ts` and `src/suggest.ts` are shared leaves: every area may import them (the error classes and the
 *    did-you-mean suggestions are shared by all of them), and they may import each other but no area at all (only npm
 *    packages and Node built-ins).
 *  - `src/index.ts` is the package root: it may import any area's `index.ts` (and nothing deeper), and no area may
 *    import it.
 *  - any other new root-level file fails the check until it is given a place here.
 *
 * Imports of type only (`import type`) follow the same rules: a type is part of an area's surface like a value.
 *
 * Usage: node scripts/check-boundaries.mjs [--list]   (--list prints every cross-area import, allowed or not)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

/** The areas in data-flow order: each may import only those before it. Areas with the same rank do not import each other. */
export const AREAS = { calendar: 0, policies: 1, workflow: 2, 'policy-text': 2, templates: 3, reporting: 4, chase: 4, node: 5, cli: 6 };

/** Root-level files of src/ and what they may import. */
const SHARED_LEAVES = new Set(['errors.ts', 'suggest.ts']);
const PACKAGE_ROOT = 'index.ts';

/**
 * Imports allowed to break rule 1 (and only rule 1) for now: each entry is `importing file -> imported file`,
 * relative to src/. It held the imports that waited for the workflow engine (issue 12); the engine is merged and the
 * list is empty. Keep it empty: the check also fails on an entry that no longer matches an import.
 */
export const PENDING_WORKFLOW_ENGINE = [
  // PENDING-LIST-START
  // PENDING-LIST-END
];

function listFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

/** Module specifiers of every import, export-from, dynamic import() and import type in a file. */
function importsOf(file) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push({ spec: node.moduleSpecifier.text, node });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
      found.push({ spec: node.arguments[0].text, node });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ spec: node.argument.literal.text, node });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found.map(({ spec, node }) => ({ spec, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 }));
}

/** The area of a path relative to src/ (`workflow`), `(root)` for a root-level file. */
function areaOf(rel) {
  const parts = rel.split('/');
  return parts.length === 1 ? '(root)' : parts[0];
}

/** Resolves a relative specifier (`../workflow/fold.js`) to a path relative to src/ (`workflow/fold.ts`). */
function resolveSpec(srcDir, fromFile, spec) {
  const abs = resolve(dirname(fromFile), spec);
  const rel = relative(srcDir, abs).split(sep).join('/');
  return rel.replace(/\.(m|c)?js$/, '.$1ts').replace(/\.ts$/, '.ts');
}

/** Checks the tree under `srcDir` (default: this repository's src/), allowing the `pending` imports. */
export function checkBoundaries(srcDir = src, pending = PENDING_WORKFLOW_ENGINE) {
  const violations = [];
  const crossings = [];
  for (const file of listFiles(srcDir)) {
    const from = relative(srcDir, file).split(sep).join('/');
    const fromArea = areaOf(from);
    if (fromArea === '(root)' && !SHARED_LEAVES.has(from) && from !== PACKAGE_ROOT) {
      violations.push({
        from,
        line: 1,
        to: '',
        why: `src/${from} is a root-level file with no place in the boundary rules (scripts/check-boundaries.mjs): put it in an area`,
      });
    }
    if (fromArea !== '(root)' && !(fromArea in AREAS)) {
      violations.push({ from, line: 1, to: '', why: `src/${fromArea}/ is not a known area: add it to AREAS in scripts/check-boundaries.mjs, in data-flow order` });
    }
    for (const { spec, line } of importsOf(file)) {
      if (!spec.startsWith('.')) {
        if (
          SHARED_LEAVES.has(from) ||
          fromArea === 'calendar' ||
          fromArea === 'policies' ||
          fromArea === 'workflow' ||
          fromArea === 'templates' ||
          fromArea === 'reporting' ||
          fromArea === 'chase' ||
          fromArea === 'policy-text'
        ) {
          if (/^(node:|fs$|path$|url$|os$|child_process$)/.test(spec)) {
            violations.push({ from, line, to: spec, why: `a Node built-in (${spec}) in a pure area: only src/node and src/cli do I/O` });
          }
        }
        continue;
      }
      const to = resolveSpec(srcDir, file, spec);
      if (to === '../package.json' && fromArea === 'cli') continue; // the CLI prints the package's version
      if (to.startsWith('..')) {
        violations.push({ from, line, to, why: `imports outside src/` });
        continue;
      }
      const toArea = areaOf(to);
      if (toArea === fromArea) continue;
      crossings.push(`${from} -> ${to}`);
      if (SHARED_LEAVES.has(from)) {
        if (SHARED_LEAVES.has(to)) continue;
        violations.push({ from, line, to, why: `src/${from} is a shared leaf and imports no area` });
        continue;
      }
      if (toArea === '(root)') {
        if (SHARED_LEAVES.has(to)) continue;
        violations.push({ from, line, to, why: `an area imports the package root (src/${to}); import the area's index instead` });
        continue;
      }
      const isIndex = to === `${toArea}/index.ts`;
      if (!isIndex) {
        violations.push({ from, line, to, why: `imports a file inside ${toArea}/; import '${toArea}/index.js' and export what is needed from there` });
      }
      if (fromArea !== '(root)' && fromArea in AREAS && toArea in AREAS && AREAS[toArea] >= AREAS[fromArea]) {
        violations.push({
          from,
          line,
          to,
          why: `${fromArea} may not import ${toArea}: data flows calendar ← policies ← workflow | policy-text ← templates ← reporting | chase ← node ← cli`,
        });
      }
    }
  }
  const allowed = new Set(pending);
  const used = new Set();
  const failures = violations.filter((v) => {
    const key = `${v.from} -> ${v.to}`;
    if (allowed.has(key) && v.why.startsWith('imports a file inside ')) {
      used.add(key);
      return false;
    }
    return true;
  });
  const stale = [...allowed].filter((key) => !used.has(key));
  return { failures, stale, pending: [...used], crossings };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { failures, stale, pending, crossings } = checkBoundaries();
  if (process.argv.includes('--list')) for (const c of crossings) console.log(c);
  for (const v of failures) console.error(`src/${v.from}:${v.line}: ${v.to ? `imports src/${v.to}: ` : ''}${v.why}`);
  for (const key of stale) {
    console.error(`PENDING_WORKFLOW_ENGINE lists '${key}', which no longer breaks a rule: remove it from the list in scripts/check-boundaries.mjs`);
  }
  if (failures.length > 0 || stale.length > 0) {
    console.error(`\nboundary check: ${failures.length} violation(s), ${stale.length} stale allow-list entr(y/ies)`);
    process.exit(1);
  }
  console.log(
    `boundary check: ok (${crossings.length} cross-area imports${pending.length ? `, ${pending.length} allowed until the workflow snapshot lands (PENDING_WORKFLOW_ENGINE)` : ''})`,
  );
}
