// `report --cases x.csv` reads a large CSV file in several passes (issue 17 item 5), each holding the rows of a share
// of the cases: the output (every format, the cases table, the bad rows listed with --skip-bad, the error without
// it) is the same as one pass gives. The pass size is the command's internal setting `csvPassBytes`, set low here so
// that the example file is read in many passes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CSV_PASS_BYTES, reportCommand } from '../../src/cli/commands/report.js';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLE = readFileSync(join(root, 'examples', 'cases-dudley.csv'), 'utf8');
const PERIOD = ['--from', '2025-04-01', '--to', '2026-03-31'];

/** The example's rows in another order (the rows of a case scattered), with bad rows among them. */
function scattered(): string {
  const [header, ...rows] = EXAMPLE.trimEnd().split(/\r?\n/);
  const columns = header!.split(',');
  const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(',');
  // Every third row moved to the end, reversed: a later stage may come before its first.
  const moved = rows.filter((_r, i) => i % 3 === 0).reverse();
  const kept = rows.filter((_r, i) => i % 3 !== 0);
  const bad = [
    row({ reference: 'BAD-1', received: '2026-02-30' }),
    row({ reference: '', received: '2025-06-02' }),
    row({ reference: 'TWO', received: '2025-06-02' }),
    `${row({ reference: 'SURPLUS', received: '2025-06-02' })},x`,
    row({ reference: 'ONLY-2', received: '2025-07-01', stage: 'stage-2' }),
    row({ reference: ' TWO', received: '2025-06-03' }),
  ];
  return [header, ...kept.slice(0, 50), bad[0], bad[1], ...kept.slice(50, 120), bad[2], bad[3], ...moved, bad[4], ...kept.slice(120), bad[5]].join('\n') + '\n';
}

/** Runs `report` in-process with the file offered in pieces; with `passBytes` the command reads CSV in passes that size. */
async function report(text: string, passBytes: number | undefined, argv: string[], claimedBytes?: number) {
  const out: string[] = [];
  const err: string[] = [];
  let opened = 0;
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: () => Promise.reject(new Error('read in pieces only')),
    writeFile: () => Promise.reject(new Error('no files are written')),
    readFileInPieces: (path) => {
      if (path !== 'cases.csv') return Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
      opened++;
      const bytes = claimedBytes ?? Buffer.byteLength(text);
      async function* pieces() {
        for (let i = 0; i < text.length; i += 777) {
          const piece = text.slice(i, i + 777);
          await Promise.resolve();
          yield { text: piece, bytes: Math.round((bytes * piece.length) / text.length) };
        }
      }
      return Promise.resolve({ bytes, pieces: pieces() });
    },
  };
  const args = ['report', '--policy', 'dudley', '--cases', 'cases.csv', ...PERIOD, ...argv];
  let code: number;
  if (passBytes === undefined) code = await runCli(args, io);
  else {
    try {
      code = await reportCommand({ csvPassBytes: passBytes }).run(args.slice(1), io);
    } catch (error) {
      code = 1;
      err.push(`${(error as Error).message}\n`);
    }
  }
  return { code, stdout: out.join(''), stderr: err.join(''), opened };
}

describe('report reads a large CSV file in passes: the output of one pass', () => {
  const text = scattered();
  const bytes = Buffer.byteLength(text);

  it('every format and the cases table, with --skip-bad listing the same rows: 1 pass and 2, 5 and 17', async () => {
    for (const argv of [
      ['--format', 'json'],
      ['--format', 'csv', '--table', 'cases'],
      ['--format', 'html'],
      ['--format', 'csv', '--no-references'],
    ]) {
      const one = await report(text, undefined, [...argv, '--skip-bad']);
      expect(one.code).toBe(0);
      expect(one.opened).toBe(1);
      // The six bad rows (TWO counts twice: both of its lines), each named with its line.
      expect(one.stderr.split('\n')[0]).toBe('note: skipped 6 bad rows (--skip-bad):');
      for (const passes of [2, 5, 17]) {
        const many = await report(text, Math.ceil(bytes / passes), [...argv, '--skip-bad']);
        expect(many.opened).toBe(passes);
        expect({ ...many, opened: 1 }).toEqual(one);
      }
    }
  });

  it('without --skip-bad, the same error naming every bad row', async () => {
    const one = await report(text, CSV_PASS_BYTES, ['--format', 'json']);
    expect(one.opened).toBe(1);
    const many = await report(text, Math.ceil(bytes / 5), ['--format', 'json']);
    expect(many.opened).toBe(5);
    expect(many.code).toBe(1);
    expect(many.stderr).toBe(one.stderr);
    expect(many.stderr).toContain('6 bad rows (6 problems)');
  });

  it('a progress line per tenth of each pass for a large file, naming the pass; one pass keeps the old words', async () => {
    const claimed = 40 * 1024 * 1024;
    // 40 MB in passes of 6 MB: 7 passes.
    expect(CSV_PASS_BYTES).toBe(6 * 1024 * 1024);
    const many = await report(text, undefined, ['--format', 'json', '--skip-bad'], claimed);
    expect(many.opened).toBe(7);
    const progress = many.stderr.split('\n').filter((l) => l.startsWith('report: '));
    expect(progress).toHaveLength(70);
    expect(progress[0]).toMatch(/^report: pass 1 of 7: read \d MB of 40 MB \([\d,]+ rows\)$/);
    const rows = EXAMPLE.trimEnd().split('\n').length - 1 + 6;
    expect(progress[69]).toBe(`report: pass 7 of 7: read 40 MB of 40 MB (${rows} rows)`);
    expect(progress[19]).toBe(`report: pass 2 of 7: read 40 MB of 40 MB (${rows} rows)`);
    const one = await report(text, 64 * 1024 * 1024, ['--format', 'json', '--skip-bad'], claimed);
    expect(one.opened).toBe(1);
    expect(one.stderr.split('\n').filter((l) => l.startsWith('report: '))[9]).toBe(`report: read 40 MB of 40 MB (${rows} rows)`);
  });
});
