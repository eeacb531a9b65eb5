#!/usr/bin/env node
// `node scripts/mutation-salvage.mjs <area>`: keep what a stopped `npm run test:mutation` of that area found. Stryker
// writes its incremental file only when a run ends, so a run stopped part way (a long first run on a shared machine)
// would lose hours of results. Its event log (reports/mutation/events-<area>/, written as each mutant is tested) has
// every result so far and the dry run's tests: this merges them into reports/stryker-incremental-<area>.json (the
// newer result wins for a mutant found in both) and writes reports/mutation/<area>.json from the merged results, so
// that the next run tests only the mutants not yet tested and `npm run test:mutation` prints the scores so far.
// Run it only after the run has stopped. The files are recorded as they are now, unless `--at <commit>` names the
// commit the run started from (then as they were there): give it when tests or source changed during the run, so
// that the next run sees those changes and tests again what they reach.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [area, atFlag, at] = process.argv.slice(2);
if (atFlag !== undefined && (atFlag !== '--at' || at === undefined)) {
  console.error('usage: node scripts/mutation-salvage.mjs <area> [--at <commit>]');
  process.exit(2);
}
/** A file's text as the run saw it: at `--at`'s commit if given (empty if it did not exist there), else now. */
function sourceOf(file) {
  if (at === undefined) return existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '';
  try {
    return execFileSync('git', ['show', `${at}:${file}`], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 << 20 });
  } catch {
    return '';
  }
}
const events = join(root, 'reports/mutation', `events-${area}`);
if (!area || !existsSync(events)) {
  console.error(`usage: node scripts/mutation-salvage.mjs <area> (no events in ${events})`);
  process.exit(2);
}
const incrementalFile = join(root, 'reports', `stryker-incremental-${area}.json`);
const read = (name) => JSON.parse(readFileSync(join(events, name), 'utf8'));
const names = readdirSync(events).sort();
const dry = names.find((n) => n.endsWith('onDryRunCompleted.json'));
if (dry === undefined) {
  console.error('mutation-salvage: the run stopped before its dry run ended; nothing to keep.');
  process.exit(1);
}
const rel = (file) => relative(root, file).split('\\').join('/');

// Tests and mutants are keyed by what Stryker's incremental differ compares: a test by file and name, a mutant by
// file, mutator, replacement and location. Ids are given afresh, as each run does.
const tests = new Map(); // key -> { file, name }
const testKey = (file, name) => `${file}\u0000${name}`;
const mutants = new Map(); // key -> { file, mutant (report form, test references as keys) }
const mutantKey = (file, m) =>
  [file, m.mutatorName, m.replacement, m.location.start.line, m.location.start.column, m.location.end.line, m.location.end.column].join('\u0000');

// The run's plan lists every mutant of the files it instrumented, as the code was when it started. An older result in
// one of those files is either in the event log already (reused) or stale (the code or its tests changed since, and
// the run had not reached it yet): only the event log speaks for those files. Older results for files the run did
// not instrument (`--mutate` naming only some) are kept.
const planName = names.find((n) => n.endsWith('onMutationTestingPlanReady.json'));
const mutantPlans = planName === undefined ? [] : read(planName).mutantPlans;
const plannedFiles = new Set(mutantPlans.map((p) => rel(p.mutant.fileName)));

if (existsSync(incrementalFile)) {
  const old = JSON.parse(readFileSync(incrementalFile, 'utf8'));
  const byId = new Map();
  for (const [file, { tests: list }] of Object.entries(old.testFiles ?? {})) {
    for (const t of list) {
      byId.set(t.id, testKey(file, t.name));
      tests.set(testKey(file, t.name), { file, name: t.name });
    }
  }
  for (const [file, { mutants: list }] of Object.entries(old.files)) {
    if (plannedFiles.has(file)) continue;
    for (const m of list) {
      const toKeys = (ids) => (ids ?? []).map((id) => byId.get(id)).filter((k) => k !== undefined);
      mutants.set(mutantKey(file, m), { file, mutant: { ...m, coveredBy: toKeys(m.coveredBy), killedBy: toKeys(m.killedBy) } });
    }
  }
}

const byRunId = new Map();
for (const t of read(dry).result.tests) {
  const file = rel(t.fileName);
  byRunId.set(t.id, testKey(file, t.name));
  tests.set(testKey(file, t.name), { file, name: t.name });
}
let salvaged = 0;
let testedInPlan = 0;
for (const name of names.filter((n) => n.endsWith('onMutantTested.json'))) {
  const r = read(name);
  const file = rel(r.fileName);
  if (plannedFiles.has(file)) testedInPlan++;
  // The event log holds the mutant as the report does (1-based lines and columns).
  const location = r.location;
  const toKeys = (ids) => (ids ?? []).map((id) => byRunId.get(id)).filter((k) => k !== undefined);
  const mutant = {
    id: '',
    mutatorName: r.mutatorName,
    replacement: r.replacement,
    status: r.status,
    ...(r.statusReason === undefined ? {} : { statusReason: r.statusReason }),
    static: r.static ?? false,
    coveredBy: toKeys(r.coveredBy),
    killedBy: toKeys(r.killedBy),
    ...(r.testsCompleted === undefined ? {} : { testsCompleted: r.testsCompleted }),
    location,
  };
  mutants.set(mutantKey(file, mutant), { file, mutant });
  salvaged++;
}

const testIds = new Map([...tests.keys()].map((k, i) => [k, String(i)]));
const testFiles = {};
for (const [k, { file, name }] of tests) {
  testFiles[file] ??= { source: sourceOf(file), tests: [] };
  testFiles[file].tests.push({ id: testIds.get(k), name });
}
const files = {};
let id = 0;
for (const { file, mutant } of mutants.values()) {
  files[file] ??= { language: 'typescript', source: sourceOf(file), mutants: [] };
  files[file].mutants.push({ ...mutant, id: String(id++), coveredBy: mutant.coveredBy.map((k) => testIds.get(k)), killedBy: mutant.killedBy.map((k) => testIds.get(k)) });
}
const report = { schemaVersion: '1.0', thresholds: { high: 90, low: 80 }, projectRoot: root, files, testFiles };
writeFileSync(incrementalFile, JSON.stringify(report, null, 2) + '\n');
mkdirSync(join(root, 'reports/mutation'), { recursive: true });
writeFileSync(join(root, 'reports/mutation', `${area}.json`), JSON.stringify(report));
// The report holds no line for a mutant the run had not reached: a side file says how many, so that
// `npm run test:mutation -- <area> --summary` does not present a partial score as the area's.
const planned = mutantPlans.length;
const partialFile = join(root, 'reports/mutation', `${area}.partial.json`);
if (planned > testedInPlan) writeFileSync(partialFile, JSON.stringify({ planned, untested: planned - testedInPlan }) + '\n');
else rmSync(partialFile, { force: true });
console.log(
  `mutation-salvage: ${salvaged} results from the event log merged; ${id} mutants in ${Object.keys(files).length} files kept in ${rel(incrementalFile)}` +
    (planned > testedInPlan ? `; ${planned - testedInPlan} of the run's ${planned} mutants were not yet tested.` : '.'),
);
