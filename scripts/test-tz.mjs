#!/usr/bin/env node
// Re-runs the date-sensitive suites (test/calendar, and test/workflow when it exists) once per host time zone.
// Results must not depend on the host time zone, so every run must pass. Stops at the first failing zone.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const ZONES = ['UTC', 'Europe/London', 'Pacific/Apia', 'America/Sao_Paulo'];
const suites = ['test/calendar', 'test/workflow'].filter((dir) => existsSync(join(root, dir)));

if (suites.length === 0) {
  console.error('test:tz: no time-zone-sensitive suites found (expected test/calendar).');
  process.exit(1);
}

const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
for (const zone of ZONES) {
  console.log(`\n=== TZ=${zone}: vitest run ${suites.join(' ')} ===`);
  const result = spawnSync(process.execPath, [vitest, 'run', ...suites], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (result.error) {
    console.error(`test:tz: could not start vitest under TZ=${zone}: ${result.error.message}`);
    process.exit(1);
  }
  if (result.status !== 0) {
    console.error(`\ntest:tz: FAILED under TZ=${zone} (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
console.log(`\ntest:tz: ${suites.join(', ')} passed under ${ZONES.map((z) => `TZ=${z}`).join(', ')}.`);
