#!/usr/bin/env node
// Installs the packed tarball (.tmp/package.tgz, written by scripts/pack-check.mjs) into a fresh project and uses it
// as a consumer would: import the root and every subpath from ESM and CJS, call a known function, check that every
// subpath's exports are also on the root, and run the installed `statutory-complaints` bin.
//
// Usage: node scripts/smoke.mjs                            under the Node running this script
//        node scripts/smoke.mjs --node BIN [--node BIN ...]  under each of those node binaries, one install
//        (scripts/node-matrix.mjs uses this); each run checks it ran on that binary's version.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
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

const nodes = [];
for (let i = 2; i < process.argv.length; i++) {
  if (process.argv[i] === '--node' && process.argv[i + 1]) nodes.push(process.argv[++i]);
  else fail(`unknown argument ${process.argv[i]}: the only option is --node BIN`);
}
if (nodes.length === 0) nodes.push(process.execPath);

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
  // The stage-1 timescale Dudley inherits from the statutory baseline (SI 2006/1738 reg 14: 10 working days).
  [
    `${NAME}/policy-text`,
    'parsePolicyText',
    "fn('id: mine\\nextends: dudley\\ntitle: Mine\\nversion: 1.0.0\\neffectiveFrom: 2026-04-01\\n', { fileName: 'mine.yaml' }).caseTypes['statutory-complaint'].stages['stage-1'].timescale.workingDays === 10",
  ],
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
console.log(${JSON.stringify(load.startsWith('await') ? 'ESM' : 'CJS')} + ' on Node ' + process.version + ': ' + specifiers.length + ' entry points loaded, ' + known.length + ' known calls checked');
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

  const firstLine = (r) => (r.stdout ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
  const step = (label, command, args, check, summary = firstLine, env = process.env) => {
    console.log(`\n=== ${label} ===`);
    const r = spawnSync(command, args, { cwd: dir, encoding: 'utf8', env });
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
  const binPath = join(dir, 'node_modules', '.bin', process.platform === 'win32' ? `${NAME}.cmd` : NAME);

  for (const node of nodes) {
    const version = spawnSync(node, ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) throw new Error(`${node} --version failed: that node binary does not run here.`);
    const v = version.stdout.trim();
    // The check scripts print the version they ran on.
    const onThisNode = (r) => exitZero(r) ?? (r.stdout.includes(`on Node ${v}:`) ? undefined : `did not run on Node ${v}`);
    step(`Node ${v}: ESM import`, node, ['check.mjs'], onThisNode);
    step(`Node ${v}: CJS require`, node, ['check.cjs'], onThisNode);

    // The installed bin, run as a consumer's shell would: node_modules/.bin/<name> (tests the link, the shebang
    // and the executable bit), with this node's folder first on PATH so that `#!/usr/bin/env node` starts it.
    const env = { ...process.env, PATH: `${dirname(node)}${delimiter}${process.env.PATH ?? ''}` };
    if (process.platform !== 'win32') {
      const envNode = spawnSync('/usr/bin/env', ['node', '--version'], { encoding: 'utf8', env });
      if (envNode.stdout?.trim() !== v) throw new Error(`with ${dirname(node)} first on PATH, env node is ${envNode.stdout?.trim()}, not ${v}`);
    }
    step(
      `Node ${v}: ${NAME} --help`,
      binPath,
      ['--help'],
      (r) => exitZero(r) ?? (/workdays/.test(r.stdout) ? undefined : 'help does not list the workdays command'),
      firstLine,
      env,
    );
    step(
      `Node ${v}: ${NAME} workdays add 2025-12-19 10 --json`,
      binPath,
      ['workdays', 'add', '2025-12-19', '10', '--json'],
      (r) => {
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
      },
      (r) => `date ${JSON.parse(r.stdout).date}`,
      env,
    );
  }

  // The chase run installed without its optional peers (npm does not install optional peer dependencies): a dry run
  // works; --outbox says which package to install. A Dudley case received Fri 19 Dec 2025 is due Wed 7 Jan 2026,
  // when its due-date reminder falls.
  writeFileSync(
    join(dir, 'cases.json'),
    JSON.stringify([
      { reference: 'S-1', caseType: 'statutory-complaint', policyId: 'dudley', policyVersion: '1.0.0', receivedAt: null, received: '2025-12-19', events: [] },
    ]),
  );
  writeFileSync(join(dir, 'directory.yaml'), 'roles:\n  team-manager: { name: Team Manager, email: tm@example.gov.uk }\n');
  const chase = ['chase', '--policy', 'dudley', '--cases', 'cases.json', '--directory', 'directory.yaml', '--on', '2026-01-07', '--ledger', 'ledger.jsonl'];
  step(`${NAME} chase --dry-run (no nodemailer installed)`, binPath, [...chase, '--dry-run', '--json'], (r) => {
    if (existsSync(join(dir, 'node_modules', 'nodemailer'))) return 'nodemailer was installed: it should be an optional peer';
    const bad = exitZero(r);
    if (bad) return bad;
    const keys = JSON.parse(r.stdout).messages.map((m) => m.key);
    return keys.join() === 'S-1|stage-1|due-date-reminder|2026-01-07' ? undefined : `messages ${keys.join()}`;
  });
  step(`${NAME} chase --outbox (no nodemailer installed)`, binPath, [...chase, '--outbox', 'outbox'], (r) =>
    r.status === 1 && /npm install nodemailer/.test(r.stderr) ? undefined : `exit ${r.status}, stderr ${r.stderr.slice(0, 200)}`,
  );
} catch (e) {
  console.error(`test:smoke: ${e instanceof Error ? e.message : e}`);
  failed = true;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
const which = nodes.length === 1 ? '' : ` under ${nodes.length} Node versions`;
console.log(`\ntest:smoke: the packed tarball installs and works from ESM, CJS and the command line${which}.`);
