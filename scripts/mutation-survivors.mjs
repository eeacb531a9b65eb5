#!/usr/bin/env node
// `node scripts/mutation-survivors.mjs <area> [file-substring]`: the mutants that have survived (or have no test) so
// far in a running or finished `npm run test:mutation` of that area, read from its event log, with file, line,
// mutator and replacement, so that tests can be written while a long run goes on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [area, filter = ''] = process.argv.slice(2);
const dir = join(root, 'reports/mutation', `events-${area}`);
if (!area || !existsSync(dir)) {
  console.error(`usage: node scripts/mutation-survivors.mjs <area> [file-substring] (no events in ${dir})`);
  process.exit(2);
}
const results = readdirSync(dir)
  .filter((f) => f.includes('onMutantTested'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
const counts = {};
for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
console.log(
  `${results.length} tested: ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
const undetected = results
  .filter((r) => (r.status === 'Survived' || r.status === 'NoCoverage') && r.fileName.includes(filter))
  .sort((a, b) => a.fileName.localeCompare(b.fileName) || a.location.start.line - b.location.start.line);
for (const r of undetected) {
  const file = r.fileName.slice(r.fileName.indexOf('src/'));
  const replacement = (r.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
  console.log(`${file}:${r.location.start.line}:${r.location.start.column} ${r.status} ${r.mutatorName}: ${replacement}`);
}
