#!/usr/bin/env node
// Installs the packed tarball (.tmp/package.tgz, written by scripts/pack-check.mjs) into a fresh project and uses it
// as a consumer would: import the root and every subpath from ESM and CJS, call a known function, check that every
// subpath's exports are also on the root, and run the installed `statutory-complaints` bin.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tarball = join(root, '.tmp', 'package.tgz');
const NAME = 'statutory-complaints';

function fail(message) {
  console.error(`test:smoke: ${message}`);
  process.exit(1);
}

if (!existsSync(tarball)) fail(`${tarball} not found: run \`npm run build && npm run test:pack\` first.`);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// Entry points to import: every key of `exports` whose target is not a JSON file.
const specifiers = Object.entries(pkg.exports)
  .filter(([, target]) => !(typeof target === 'string' && target.endsWith('.json')))
  .map(([key]) => (key === '.' ? NAME : `${NAME}/${key.slice(2)}`));

// Known calls per entry point: [specifier, export name, source of a check run with `fn` bound to that export].
// Extend this table as areas gain functions; an entry point's row is used only when package.json lists it.
const KNOWN = [
  [
    NAME,
    'createCalendar',
    // Fri 19 Dec 2025 + 10 working days on England and Wales, skipping Thu 25 and Fri 26 Dec 2025 and Thu 1 Jan 2026.
    "fn({ holidays: 'england-and-wales' }).addWorkingDays('2025-12-19', 10) === '2026-01-07'",
  ],
  [`${NAME}/calendar`, 'createCalendar', "fn({ holidays: 'england-and-wales' }).addWorkingDays('2025-12-19', 10) === '2026-01-07'"],
  [`${NAME}/calendar`, 'parseDate', "fn('2024-02-29') === '2024-02-29'"],
];

// The check, written once and run from an .mjs (import) and a .cjs (require) file.
const checkBody = (load) => `
const specifiers = ${JSON.stringify(specifiers)};
const known = ${JSON.stringify(KNOWN.filter(([spec]) => specifiers.includes(spec)))};
const problems = [];
const modules = {};
for (const spec of specifiers) {
  try { modules[spec] = ${load}; } catch (e) { problems.push(spec + ': failed to load: ' + (e && e.message)); }
}
const rootModule = modules[${JSON.stringify(NAME)}];
if (rootModule) {
  // The root holds a selection of names (the main jobs); each is the same value as on its area's subpath.
  for (const name of Object.keys(rootModule)) {
    if (name === 'default' || name === '__esModule') continue;
    const homes = Object.entries(modules).filter(([spec, mod]) => spec !== ${JSON.stringify(NAME)} && mod && name in mod);
    if (homes.length === 0) problems.push('root export ' + name + ' is not exported from any subpath');
    for (const [spec, mod] of homes) {
      if (mod[name] !== rootModule[name]) problems.push(spec + ': export ' + name + ' differs from the root export of that name');
    }
  }
}
for (const [spec, name, check] of known) {
  const fn = modules[spec] && modules[spec][name];
  if (typeof fn !== 'function') { problems.push(spec + ': ' + name + ' is not a function'); continue; }
  let ok;
  try { ok = new Function('fn', 'return (' + check + ');')(fn); } catch (e) { ok = e; }
  if (ok !== true) problems.push(spec + ': check failed: ' + check + (ok instanceof Error ? ' threw ' + ok.message : ''));
}
if (problems.length > 0) { console.error(problems.join('\\n')); process.exit(1); }
console.log(${JSON.stringify(load.startsWith('await') ? 'ESM' : 'CJS')} + ': ' + specifiers.length + ' entry points loaded, ' + known.length + ' known calls checked');
`;

const dir = mkdtempSync(join(tmpdir(), 'statutory-complaints-smoke-'));
let failed = false;
try {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'smoke', version: '1.0.0', private: true }, null, 2));
  console.log(`=== npm install ${tarball} (in ${dir}) ===`);
  const install = spawnSync('npm', ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: dir,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (install.status !== 0) throw new Error(`npm install of the tarball failed (exit ${install.status}).`);

  writeFileSync(join(dir, 'check.mjs'), checkBody('await import(spec)'));
  writeFileSync(join(dir, 'check.cjs'), checkBody('require(spec)'));

  const step = (label, command, args, check, summary = (r) => (r.stdout ?? '').split('\n').find((l) => l.trim() !== '') ?? '') => {
    console.log(`\n=== ${label} ===`);
    const r = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
    if (r.error) {
      console.error(`test:smoke: ${label}: could not start: ${r.error.message}`);
      failed = true;
      return;
    }
    const problem = check(r);
    if (problem) {
      process.stdout.write(r.stdout ?? '');
      process.stderr.write(r.stderr ?? '');
      console.error(`test:smoke: ${label}: ${problem}`);
      failed = true;
    } else {
      console.log(`ok: ${summary(r)}`);
    }
  };
  const exitZero = (r) => (r.status === 0 ? undefined : `exit code ${r.status ?? r.signal}, expected 0`);

  step('ESM import', process.execPath, ['check.mjs'], exitZero);
  step('CJS require', process.execPath, ['check.cjs'], exitZero);

  // The installed bin, run as a consumer's shell would: node_modules/.bin/<name> (tests the link, the shebang
  // and the executable bit).
  const binPath = join(dir, 'node_modules', '.bin', process.platform === 'win32' ? `${NAME}.cmd` : NAME);
  step(`${NAME} --help`, binPath, ['--help'], (r) => exitZero(r) ?? (/workdays/.test(r.stdout) ? undefined : 'help does not list the workdays command'));
  step(`${NAME} workdays add 2025-12-19 10 --json`, binPath, ['workdays', 'add', '2025-12-19', '10', '--json'], (r) => {
    const bad = exitZero(r);
    if (bad) return bad;
    let out;
    try {
      out = JSON.parse(r.stdout);
    } catch {
      return 'stdout is not JSON';
    }
    // Fri 19 Dec 2025 + 10 working days (England and Wales) = Wed 7 Jan 2026.
    return out.date === '2026-01-07' ? undefined : `date is ${out.date}, expected 2026-01-07`;
  }, (r) => `date ${JSON.parse(r.stdout).date}`);
} catch (e) {
  console.error(`test:smoke: ${e instanceof Error ? e.message : e}`);
  failed = true;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
console.log('\ntest:smoke: the packed tarball installs and works from ESM, CJS and the command line.');
