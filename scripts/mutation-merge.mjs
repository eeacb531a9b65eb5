#!/usr/bin/env node
// `node scripts/mutation-merge.mjs <out.json> <report.json>=<file>[,<file>...] ...`: one Stryker report (or incremental
// file) from runs of one area done side by side, each over some of its files (`--mutate`), in separate worktrees
// (issue 18: on a 2-core machine, two runs of half an area each keep both cores busy). Each input gives the results
// of the files named after its `=`; every other file's results in it (kept from an older incremental file) are left
// out. Test ids are per report, so each input's ids are mapped by test file and name onto the merged report's.
import { readFileSync, writeFileSync } from 'node:fs';

const [out, ...inputs] = process.argv.slice(2);
if (!out || inputs.length === 0 || inputs.some((a) => !a.includes('='))) {
  console.error('usage: node scripts/mutation-merge.mjs <out.json> <report.json>=<src/file.ts>[,<src/file.ts>...] ...');
  process.exit(2);
}

let merged;
/** The merged report's id for a test, added to its test file when it is new. */
const idOf = new Map();
let nextId = 0;
function mergedTestId(testFile, test) {
  const key = `${testFile}\u0000${test.name}`;
  let id = idOf.get(key);
  if (id === undefined) {
    id = String(nextId++);
    idOf.set(key, id);
    merged.testFiles[testFile] ??= { source: undefined, tests: [] };
    merged.testFiles[testFile].tests.push({ ...test, id });
  }
  return id;
}

for (const input of inputs) {
  const [path, list] = input.split('=');
  const report = JSON.parse(readFileSync(path, 'utf8'));
  merged ??= { ...report, files: {}, testFiles: {} };
  const map = new Map();
  for (const [testFile, { source, tests }] of Object.entries(report.testFiles ?? {})) {
    for (const test of tests) map.set(test.id, mergedTestId(testFile, test));
    merged.testFiles[testFile].source ??= source;
  }
  const remap = (ids) => ids?.map((id) => map.get(id) ?? id);
  const wanted = new Set(list.split(',').filter(Boolean));
  for (const file of wanted) {
    const result = report.files[file];
    if (!result) {
      console.error(`mutation-merge: ${path} has no results for ${file}.`);
      process.exit(1);
    }
    if (merged.files[file]) {
      console.error(`mutation-merge: ${file} is named by two inputs.`);
      process.exit(1);
    }
    merged.files[file] = { ...result, mutants: result.mutants.map((m) => ({ ...m, coveredBy: remap(m.coveredBy), killedBy: remap(m.killedBy) })) };
  }
}
// Mutant ids must be unique across the report.
let mutantId = 0;
for (const result of Object.values(merged.files)) for (const m of result.mutants) m.id = String(mutantId++);
writeFileSync(out, JSON.stringify(merged));
const count = Object.values(merged.files).reduce((n, f) => n + f.mutants.length, 0);
console.log(`mutation-merge: ${Object.keys(merged.files).length} files, ${count} mutants, ${nextId} tests -> ${out}`);
