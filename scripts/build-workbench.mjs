#!/usr/bin/env node
// Builds the preset workbench (workbench/) into workbench/dist/: a static site any static host serves (index.html,
// workbench.js, workbench.css). The page imports the library only through its public entries
// (`statutory-complaints`, `statutory-complaints/policies`, `/policy-text`, `/workflow`, `/templates`): this script
// resolves those names, through package.json's `exports`, to the entries' sources, so the page is always built from
// the library as it stands, and refuses any other import of the library's code. The built-in presets' YAML files
// are bundled as text (what the editor shows); the GOV.UK Frontend styles are copied without the GDS Transport font
// (reserved for GOV.UK's own services), so the page falls back to Arial as GOV.UK Frontend intends elsewhere.
//
// Usage: node scripts/build-workbench.mjs   (npm run build:workbench) prints the files and their sizes.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WORKBENCH = join(root, 'workbench');
export const OUT = join(WORKBENCH, 'dist');
const PACKAGE_NAME = 'statutory-complaints';

/** `statutory-complaints[/entry]` → the entry's source file, from package.json's exports (./dist/x.js → src/x.ts). */
function publicEntries() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const map = new Map();
  for (const [key, target] of Object.entries(pkg.exports)) {
    // The JSON Schema of a preset file (for the editor's completion of field names).
    if (typeof target === 'string' && target.endsWith('.schema.json')) map.set(`${PACKAGE_NAME}/${key.slice(2)}`, resolve(root, target));
    const built = target?.import?.default;
    if (typeof built !== 'string' || !built.startsWith('./dist/')) continue;
    if (key === './node') continue; // Node-only: never in a page
    map.set(key === '.' ? PACKAGE_NAME : `${PACKAGE_NAME}/${key.slice(2)}`, resolve(root, built.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')));
  }
  return map;
}

const libraryPlugin = {
  name: 'statutory-complaints-public-entries',
  setup(b) {
    const entries = publicEntries();
    b.onResolve({ filter: /^statutory-complaints(\/.*)?$/ }, (args) => {
      const path = entries.get(args.path);
      if (!path) return { errors: [{ text: `${args.path} is not a browser entry of the library (package.json exports, /node excluded)` }] };
      return { path };
    });
    // The page's own code may not reach into the library's sources by a relative path.
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(join(WORKBENCH, 'src'))) return undefined;
      const target = resolve(args.resolveDir, args.path);
      if (!target.startsWith(join(WORKBENCH, 'src'))) {
        return { errors: [{ text: `${relative(root, args.importer)} imports ${args.path}: import the library by its public entries instead` }] };
      }
      return undefined;
    });
    // The built-in presets' text, by id, for the editor.
    b.onResolve({ filter: /^virtual:preset-files$/ }, () => ({ path: 'preset-files', namespace: 'virtual' }));
    b.onLoad({ filter: /.*/, namespace: 'virtual' }, () => {
      const dir = join(root, 'src', 'policies', 'presets');
      const files = Object.fromEntries(
        readdirSync(dir)
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => [f.replace(/\.yaml$/, ''), readFileSync(join(dir, f), 'utf8')]),
      );
      return { contents: `export default ${JSON.stringify(files)};`, loader: 'js', watchFiles: Object.keys(files).map((id) => join(dir, `${id}.yaml`)) };
    });
  },
};

/** The GOV.UK Frontend stylesheet without the GDS Transport font faces and family. */
function govukCss() {
  const css = readFileSync(join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'govuk-frontend.min.css'), 'utf8');
  return css
    .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '')
    .replace(/@font-face\{font-family:GDS Transport;[^}]*\}/g, '')
    .replace(/font-family:GDS Transport,/g, 'font-family:')
    .replace(/font-family:GDS Transport(?=[;}])/g, 'font-family:arial,sans-serif');
}

/** Builds the site into `out`; returns the files written with their sizes in bytes (and gzip -9 sizes). */
export async function buildWorkbench({ out = OUT, quiet = false } = {}) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await build({
    entryPoints: [join(WORKBENCH, 'src', 'main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox115', 'safari16'],
    minify: true,
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [libraryPlugin],
  });
  const js = result.outputFiles[0].contents;
  writeFileSync(join(out, 'workbench.js'), js);
  writeFileSync(join(out, 'workbench.css'), `${govukCss()}\n${readFileSync(join(WORKBENCH, 'src', 'workbench.css'), 'utf8')}`);
  copyFileSync(join(WORKBENCH, 'index.html'), join(out, 'index.html'));
  const favicon = join(root, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets', 'images', 'favicon.svg');
  if (existsSync(favicon)) copyFileSync(favicon, join(out, 'favicon.svg'));
  const files = ['index.html', 'workbench.js', 'workbench.css', 'favicon.svg']
    .filter((f) => existsSync(join(out, f)))
    .map((f) => {
      const bytes = readFileSync(join(out, f));
      return { file: f, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  if (!quiet) {
    console.log(`workbench built into ${relative(process.cwd(), out) || '.'}/`);
    for (const f of files) console.log(`  ${f.file.padEnd(14)} ${(f.bytes / 1024).toFixed(1).padStart(7)} kB  ${(f.gzip / 1024).toFixed(1).padStart(6)} kB gzip`);
  }
  return { files, metafile: result.metafile };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await buildWorkbench();
  } catch (error) {
    console.error(`build-workbench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
