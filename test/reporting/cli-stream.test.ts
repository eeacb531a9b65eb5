// `report --cases x.json|x.jsonl` streams the file (CliIo.readFileInPieces): the output equals the output of the
// same command over the file read whole, bad cases are listed the same way, a large file gets a progress line, and
// the built CLI does the same with real files.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLE = readFileSync(join(root, 'examples', 'cases-dudley.json'), 'utf8');
const PERIOD = ['--from', '2025-04-01', '--to', '2026-03-31'];

/** Runs the CLI in-process; with `pieceSize`, files are also offered in pieces of that many characters. */
async function cli(files: Record<string, string>, pieceSize: number | undefined, claimedBytes?: number, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
      return Promise.resolve(text);
    },
    writeFile: () => Promise.reject(new Error('no files are written')),
  };
  if (pieceSize !== undefined) {
    io.readFileInPieces = (path) => {
      const text = files[path];
      if (text === undefined) return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
      const bytes = claimedBytes ?? Buffer.byteLength(text);
      async function* pieces() {
        for (let i = 0; i < text!.length; i += pieceSize!) {
          const piece = text!.slice(i, i + pieceSize!);
          await Promise.resolve(); // a piece arrives later, as from a file
          yield { text: piece, bytes: Math.round((bytes * piece.length) / text!.length) };
        }
      }
      return Promise.resolve({ bytes, pieces: pieces() });
    };
  }
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('report streams JSON and JSON Lines case files', () => {
  it('gives the same output read in pieces as read whole, in every format', async () => {
    for (const format of ['json', 'csv', 'html']) {
      const args = ['report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD, '--format', format];
      const whole = await cli({ 'cases.json': EXAMPLE }, undefined, undefined, ...args);
      const pieces = await cli({ 'cases.json': EXAMPLE }, 997, undefined, ...args);
      expect(whole.code).toBe(0);
      expect(pieces).toEqual(whole);
    }
  });

  it('reads .jsonl (and .ndjson): the same report as the JSON array', async () => {
    const jsonl = (JSON.parse(EXAMPLE) as unknown[]).map((c) => JSON.stringify(c)).join('\n');
    const array = await cli({ 'cases.json': EXAMPLE }, 4096, undefined, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD);
    for (const name of ['cases.jsonl', 'cases.ndjson']) {
      const lines = await cli({ [name]: jsonl }, 4096, undefined, 'report', '--policy', 'dudley', '--cases', name, ...PERIOD);
      expect(lines).toEqual(array);
    }
  });

  it('prints a progress line on standard error for a file of 32 MB or more, every tenth of the file', async () => {
    const r = await cli({ 'cases.json': EXAMPLE }, 1000, 340 * 1024 * 1024, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD);
    expect(r.code).toBe(0);
    const progress = r.stderr.trimEnd().split('\n');
    expect(progress).toHaveLength(10);
    expect(progress[0]).toMatch(/^report: read 3\d MB of 340 MB \([\d,]+ cases\)$/);
    expect(progress[9]).toBe('report: read 340 MB of 340 MB (300 cases)');
    const small = await cli({ 'cases.json': EXAMPLE }, 1000, undefined, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD);
    expect(small.stderr).toBe('');
  });

  it('lists bad cases with --skip-bad, and refuses a file that is not JSON, with the words it used before', async () => {
    const values = JSON.parse(EXAMPLE) as Record<string, unknown>[];
    values[3] = { ...values[3], received: '2025-02-30' };
    const bad = JSON.stringify(values);
    const skipped = await cli({ 'cases.json': bad }, 500, undefined, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD, '--skip-bad');
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toBe("note: skipped 1 bad case (--skip-bad):\n  cases[3].received: must be a real calendar date written 'YYYY-MM-DD' between 1900 and 2199\n");
    const refused = await cli({ 'cases.json': bad }, 500, undefined, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('cases[3].received');
    const broken = await cli({ 'cases.json': EXAMPLE.slice(0, 5000) }, 500, undefined, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('--cases: is not valid JSON (expected an array of case values)');
    const missing = await cli({}, 500, undefined, 'report', '--policy', 'dudley', '--cases', 'nope.json', ...PERIOD);
    expect(missing.stderr).toContain('--cases: the file cannot be read (ENOENT)');
  });

  // (dist/ exists after `npm run build`; npm test builds after the unit tests, as test/cli/built.test.ts notes.)
  const main = join(root, 'dist', 'cli', 'main.js');
  it.skipIf(!existsSync(main))('the built CLI streams a real file: the same JSON as the in-process run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-stream-'));
    try {
      writeFileSync(join(dir, 'cases.json'), EXAMPLE);
      const r = spawnSync(process.execPath, [main, 'report', '--policy', 'dudley', '--cases', join(dir, 'cases.json'), ...PERIOD], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      const inProcess = await cli({ 'cases.json': EXAMPLE }, undefined, undefined, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD);
      expect(r.stdout).toBe(inProcess.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
