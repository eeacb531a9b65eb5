#!/usr/bin/env node
// Runs every bench/*.bench.mjs in alphabetical order, each in its own node process (so one benchmark's JIT state
// and garbage cannot colour the next). Benchmarks import the built package from dist/, so build first
// (`npm run bench` does).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

if (!existsSync(join(root, 'dist', 'index.js'))) {
  console.error('bench: dist/index.js not found. Run `npm run build` first (or use `npm run bench`, which builds).');
  process.exit(1);
}

const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
if (files.length === 0) {
  console.error('bench: no bench/*.bench.mjs files found.');
  process.exit(1);
}

for (const file of files) {
  console.log(`\n=== bench/${file} ===`);
  const result = spawnSync(process.execPath, [join(here, file)], { cwd: root, stdio: 'inherit' });
  if (result.error) {
    console.error(`bench: could not run ${file}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`bench: ${file} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
