// The built CLI (dist/cli/main.js) as a child process: shebang entry, exit codes and stdout/stderr separation.
// Skipped, with a note, when the package has not been built (`npm run build`).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const main = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const built = existsSync(main);
if (!built) console.warn(`test/cli/built.test.ts: ${main} not found; run \`npm run build\` to test the built CLI.`);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [main, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!built)('built CLI (dist/cli/main.js)', () => {
  test('workdays add 2025-12-19 10 --json: Wed 7 Jan 2026', () => {
    const r = run('workdays', 'add', '2025-12-19', '10', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).date).toBe('2026-01-07');
  });

  test('--help exits 0; an unknown command exits 2; a bad date exits 1', () => {
    expect(run('--help').code).toBe(0);
    const usage = run('frobnicate');
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    const domain = run('workdays', 'check', '2026-02-30');
    expect(domain.code).toBe(1);
    expect(domain.stderr).toMatch(/^statutory-complaints workdays: date: /);
  });
});
