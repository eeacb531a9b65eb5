#!/usr/bin/env node
// Turns every built-in preset, src/policies/presets/*.yaml, into src/policies/generated/presets.json (gitignored):
// for each preset its file, its data exactly as the library's own YAML loader reads it (src/policy-text/read.ts, the code
// behind `parsePolicyText` and `statutory-complaints validate`), and the line and column of every value path. The
// library imports that JSON, so the published bundle needs no YAML parser and the positions reach `explainPolicy`
// (the origin of every value) and the workbench.
//
// The loader is TypeScript: it is bundled on the fly with esbuild, so this runs from a clean checkout without a
// build. `npm ci` (prepare), `npm run typecheck`, `npm run test:unit` and `npm run build` run it first.
//
// A preset the loader cannot read faithfully (YAML errors, duplicate keys) or whose `id` is not its file name stops
// the script with file:line:column. The presets' content is validated when it is used (getPolicy) and by the tests.
//
// Usage: node scripts/build-presets.mjs          writes the JSON
//        node scripts/build-presets.mjs --check  exits 1 if the JSON is missing or stale
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PRESETS_DIR = join(root, 'src', 'policies', 'presets');
export const OUTPUT = join(root, 'src', 'policies', 'generated', 'presets.json');

/** The library's own preset reader (src/policy-text/read.ts) and path formatter, bundled for this script. */
export async function loadReader() {
  const entry = ["export { readPolicyDocument } from './src/policy-text/read.ts';", "export { formatPath } from './src/policies/paths.ts';"].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'build-presets-entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    packages: 'external', // yaml and zod come from node_modules, as for the library itself
    // The reader does not use the built-in presets, and they are what this script makes: the library's import of
    // them is replaced by an empty set while bundling.
    plugins: [
      {
        name: 'no-built-in-presets',
        setup(b) {
          b.onResolve({ filter: /generated\/presets\.json$/ }, (args) => ({ path: args.path, namespace: 'empty-presets' }));
          b.onLoad({ filter: /.*/, namespace: 'empty-presets' }, () => ({ contents: '{}', loader: 'json' }));
        },
      },
    ],
  });
  // Written under node_modules so that the packages it imports resolve as they do for the library.
  const dir = join(root, 'node_modules', '.cache', 'statutory-complaints');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `preset-reader-${process.pid}.mjs`);
  writeFileSync(file, result.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}

/** The presets in `dir`, sorted by file name: `{ id, file, data, positions }`. Throws on a file that cannot be read faithfully. */
export async function readPresetFiles(dir = PRESETS_DIR) {
  if (!existsSync(dir)) return [];
  const { readPolicyDocument, formatPath } = await loadReader();
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return names.map((name) => {
    const path = join(dir, name);
    const file = relative(root, path).split('\\').join('/');
    const doc = readPolicyDocument(readFileSync(path, 'utf8'), 'yaml');
    const problem = doc.issues[0];
    if (problem) throw new Error(`${file}:${problem.line ?? 1}:${problem.column ?? 1}: ${problem.message}`);
    const data = doc.data;
    const id = basename(name, '.yaml');
    if (!data || typeof data !== 'object' || Array.isArray(data) || data.id !== id) {
      throw new Error(`${file}: the preset's \`id\` must be its file name without .yaml (\`${id}\`)`);
    }
    const positions = {};
    for (const [p, at] of doc.sourceMap.positions()) positions[formatPath(p)] = [at.line, at.column];
    return { id, file, data, positions };
  });
}

/** The text of src/policies/generated/presets.json for the presets in `dir`. */
export async function renderPresetsJson(dir = PRESETS_DIR) {
  const presets = await readPresetFiles(dir);
  const out = {};
  for (const { id, file, data, positions } of presets) out[id] = { file, data, positions };
  return `${JSON.stringify(out)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const text = await renderPresetsJson();
    const count = Object.keys(JSON.parse(text)).length;
    if (process.argv.includes('--check')) {
      const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
      if (current !== text) {
        console.error(`${relative(root, OUTPUT)} is missing or stale: run \`node scripts/build-presets.mjs\`.`);
        process.exit(1);
      }
      console.error(`${relative(root, OUTPUT)} is up to date (${count} presets).`);
    } else {
      mkdirSync(dirname(OUTPUT), { recursive: true });
      // Written only when it changes, so that watchers and incremental type checks are not disturbed.
      if (!existsSync(OUTPUT) || readFileSync(OUTPUT, 'utf8') !== text) writeFileSync(OUTPUT, text);
      // On standard error: `npm pack --json` runs this (prepare) and its standard output must stay JSON.
      console.error(`${relative(root, OUTPUT)}: ${count} presets`);
    }
  } catch (error) {
    console.error(`build-presets: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
