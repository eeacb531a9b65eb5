#!/usr/bin/env node
// Packs the package (after `npm run build`) and checks the tarball the way a consumer would receive it:
//   publint (package.json fields, exports, files) and @arethetypeswrong/cli (types for every entry point,
//   ESM and CJS, under node10, node16/nodenext and bundler resolution), and that no published declaration mentions
//   zod. Leaves the tarball's path in .tmp/package.tgz
//   for scripts/smoke.mjs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function fail(message) {
  console.error(`test:pack: ${message}`);
  process.exit(1);
}

function run(label, command, args, options = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) fail(`${label}: could not start: ${result.error.message}`);
  if (result.status !== 0) fail(`${label} reported problems (exit ${result.status ?? result.signal}).`);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const target of [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {})]) {
  if (typeof target === 'string' && !existsSync(join(root, target))) {
    fail(`${target} is missing: run \`npm run build\` first.`);
  }
}

// 1. npm pack into a fresh temporary directory.
const packDir = mkdtempSync(join(tmpdir(), 'statutory-complaints-pack-'));
console.log(`=== npm pack --json --pack-destination ${packDir} ===`);
const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', packDir], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  shell: process.platform === 'win32',
});
if (packed.error) fail(`npm pack could not start: ${packed.error.message}`);
if (packed.status !== 0) fail(`npm pack failed (exit ${packed.status}).`);
let info;
try {
  info = JSON.parse(packed.stdout)[0];
} catch {
  fail(`npm pack --json printed something that is not JSON:\n${packed.stdout}`);
}
const tarball = join(packDir, info.filename);
if (!existsSync(tarball)) fail(`npm pack did not write ${tarball}`);
const files = info.files.map((f) => f.path);
console.log(`${info.filename}: ${files.length} files, ${info.size} bytes packed, ${info.unpackedSize} unpacked`);

// Everything the manifest points at must be in the tarball (publint checks this too; this names the file).
const pointed = new Set();
const collect = (value) => {
  if (typeof value === 'string') pointed.add(value.replace(/^\.\//, ''));
  else if (value && typeof value === 'object') Object.values(value).forEach(collect);
};
collect([pkg.main, pkg.module, pkg.types, pkg.bin, pkg.exports]);
const missing = [...pointed].filter((p) => !files.includes(p));
if (missing.length > 0) fail(`the tarball lacks files that package.json points at: ${missing.join(', ')}`);
// The README's links to the guides point at the published tarball (unpkg), so they work from the npm page: every
// file they name must ship.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const linked = [...readme.matchAll(/https:\/\/unpkg\.com\/statutory-complaints\/([^)\s]+)/g)].map((m) => m[1]);
const unlinked = linked.filter((p) => !files.includes(p));
if (unlinked.length > 0) fail(`the README links to files the tarball lacks: ${unlinked.join(', ')}`);
const stray = files.filter((f) => /^(src|test|scripts|bench|node_modules|\.tmp|docs\/api)\//.test(f));
if (stray.length > 0) fail(`the tarball contains files that should not ship: ${stray.slice(0, 10).join(', ')}`);

// 1b. No zod type in the published declarations (issue 12): the public functions and values are typed with the
//     library's own interfaces, and the schemas exported on purpose (presetFileSchema; policySchema, caseSchema,
//     caseEventSchema and outcomeSchema kept for 0.1 code; chase's directoryFileSchema) with its minimal
//     ValidationSchema interface. Every mention of zod outside comments in a shipped .d.ts/.d.cts counts (an import,
//     a ZodObject, z.output…); the allowance is 0.
const ZOD_ALLOWANCE = 0;
const declarations = files.filter((f) => /\.d\.c?ts$/.test(f));
let zodMentions = 0;
const zodFiles = [];
for (const f of declarations) {
  // Declarations only: comments (TSDoc that says "a zod schema at run time") are not types.
  const code = readFileSync(join(root, f), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const count = (code.match(/zod/gi) ?? []).length;
  zodMentions += count;
  if (count > 0) zodFiles.push(`${f} (${count})`);
}
console.log(`${declarations.length} declaration files: ${zodMentions} mention(s) of zod (allowance ${ZOD_ALLOWANCE})`);
if (declarations.length === 0) fail('the tarball has no .d.ts files: run `npm run build` first.');
if (zodMentions > ZOD_ALLOWANCE) {
  fail(
    `the published declarations mention zod ${zodMentions} times (allowance ${ZOD_ALLOWANCE}): ${zodFiles.join(', ')}. Type public names with the library's own interfaces (src/policies/types.ts, ValidationSchema).`,
  );
}

// 2. publint on the tarball: errors and warnings fail the check.
run('publint', bin('publint'), ['run', tarball, '--strict']);

// 3. attw on the tarball, with its full ("strict") profile: node10 (`moduleResolution: node`, which ignores
//    `exports` and reads `typesVersions`), node16 from CJS and from ESM, and bundler. Every entry in `exports`,
//    JSON ones included, must resolve to types under every one. `exports` stays authoritative: the one wildcard in
//    `typesVersions` (`*` -> `dist/*/index.d.cts`, then the path itself) only mirrors the `./x` -> `dist/x/index`
//    layout for node10, so a new entry needs no edit here (test/package/resolution.test.ts proves it).
run('attw', bin('attw'), [tarball, '--profile', 'strict', '--format', 'table-flipped', '--no-emoji']);

// 4. Leave the tarball for the smoke test.
mkdirSync(join(root, '.tmp'), { recursive: true });
copyFileSync(tarball, join(root, '.tmp', 'package.tgz'));
rmSync(packDir, { recursive: true, force: true });
console.log(`\ntest:pack: publint and attw passed; tarball left at .tmp/package.tgz`);
