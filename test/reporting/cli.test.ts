import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/types.js';
import { handCases } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HEADER = 'reference,received,responded,extended_due_date,outcome,delay_code';

/** Runs the CLI in-process with in-memory files; files written with --out land in `written`. */
async function cli(files: Record<string, string>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo & { writeFile(path: string, text: string): Promise<void> } = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) return Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' }));
      return Promise.resolve(text);
    },
    writeFile: (path, text) => {
      written[path] = text;
      return Promise.resolve();
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join(''), written };
}

const files = {
  'cases.json': JSON.stringify(handCases),
  'good.csv': `${HEADER}\r\nC-1,2026-06-01,2026-06-12,,upheld,\r\nC-2,2026-06-02,2026-06-18,,not-upheld,Z042\r\n`,
  'bad.csv': `${HEADER}\r\nC-1,2026-06-01,2026-06-12,,upheld,\r\nSECRET,2026-06-31,,,,\r\nC-3,2026-06-02,2026-06-18,,,\r\n`,
  'export.txt': `${HEADER}\r\nC-1,2026-06-01,2026-06-12,,upheld,\r\n`,
  'examples/cases-dudley.json': readFileSync(join(root, 'examples', 'cases-dudley.json'), 'utf8'),
};
const PERIOD = ['--from', '2026-04-01', '--to', '2026-09-30'];

describe('statutory-complaints report', () => {
  it('prints the report as JSON by default (figures as in report.test.ts)', async () => {
    const r = await cli(files, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.asOf).toBe('2026-09-30');
    expect(report.stages[0].period).toMatchObject({ received: 12, responded: 8, inTime: 5, percentInTime: 62.5, medianWorkingDays: 10.5 });
    expect(report.overdueCases.map((c: { reference: string }) => c.reference)).toEqual(['HB-H', 'HB-I']);
  });

  it('reads the CSV layout, and prints the summary CSV', async () => {
    const r = await cli(files, 'report', '--policy', 'dudley', '--cases', 'good.csv', ...PERIOD, '--format', 'csv');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\r\n');
    // Q1: C-1 9 working days in time, C-2 12 working days (due Tue 16 Jun, sent Thu 18 Jun), reason Z042.
    expect(lines[1]).toBe('statutory-complaint,stage-1,Q1 2026/27,2026-04-01,2026-06-30,2,2,1,1,50,1,1,50,0,10.5,10.5,12,0,0,1,0,1,0,0,0,0,0,1,0,0,0,,,,,');
    expect(r.stderr).toBe('');
  });

  it('tells a CSV export from JSON by its first character when the extension says nothing', async () => {
    const r = await cli(files, 'report', '--policy', 'dudley', '--cases', 'export.txt', ...PERIOD, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stages[0].period.responded).toBe(1);
  });

  it('with a bad row: lists every bad row by line and column, produces nothing and exits 1', async () => {
    const r = await cli(files, 'report', '--policy', 'dudley', '--cases', 'bad.csv', ...PERIOD, '--format', 'csv');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'statutory-complaints report: 2 bad rows (2 problems):\n' +
        "  line 3, column received: must be a real calendar date written 'YYYY-MM-DD'\n" +
        '  line 4, column outcome: is required when responded is given: upheld, partly-upheld or not-upheld\n',
    );
  });

  it('with --skip-bad: reports on the good rows and lists the skipped ones on standard error', async () => {
    const r = await cli(files, 'report', '--policy', 'dudley', '--cases', 'bad.csv', ...PERIOD, '--format', 'json', '--skip-bad');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).stages[0].period.received).toBe(1);
    expect(r.stderr).toBe(
      'note: skipped 2 bad rows (--skip-bad):\n' +
        "  line 3, column received: must be a real calendar date written 'YYYY-MM-DD'\n" +
        '  line 4, column outcome: is required when responded is given: upheld, partly-upheld or not-upheld\n',
    );
    expect(r.stderr).not.toContain('SECRET');
  });

  it('--as-of, --no-references and the per-case CSV table', async () => {
    const r = await cli(
      files,
      'report',
      '--policy',
      'dudley',
      '--cases',
      'cases.json',
      ...PERIOD,
      '--as-of',
      '2026-05-15',
      '--format',
      'csv',
      '--table',
      'cases',
      '--no-references',
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'case_type,stage,received,clock_start,original_due,extended_due,responded,working_days_to_respond,in_time_original,in_time,outcome,delay_code,escalated,working_days_overdue',
    );
    expect(r.stdout).not.toContain('HB-');
    // As of 15 May: A B D G (stage 1 and stage 2) and L are counted.
    expect(lines).toHaveLength(1 + 6);
  });

  it('--out writes the file (format from its extension) and says so on standard error', async () => {
    const r = await cli(files, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD, '--out', 'q.html', '--title', 'Q1 and Q2');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.written['q.html']).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(r.written['q.html']).toContain('<title>Q1 and Q2</title>');
    expect(r.stderr).toBe('note: wrote HTML report for 13 cases to the --out file\n');
  });

  it('usage errors exit 2; domain errors exit 1 with one line', async () => {
    expect((await cli(files, 'report', '--cases', 'cases.json', ...PERIOD)).code).toBe(2);
    expect((await cli(files, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD, '--format', 'pdf')).code).toBe(2);
    expect((await cli(files, 'report', '--policy', 'dudley', '--cases', 'cases.json', ...PERIOD, '--table', 'cases')).code).toBe(2);
    const missing = await cli(files, 'report', '--policy', 'dudley', '--cases', 'nope.json', ...PERIOD);
    expect([missing.code, missing.stderr]).toEqual([
      3,
      'statutory-complaints report: --cases: cannot read nope.json: there is no such file. Check the name and the folder.\n',
    ]);
    const badDate = await cli(files, 'report', '--policy', 'dudley', '--cases', 'cases.json', '--from', '2026-04-31', '--to', '2026-09-30');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/^statutory-complaints report: from: /);
    const notJson = await cli({ 'x.json': '[{"reference": "SECRET"' }, 'report', '--policy', 'dudley', '--cases', 'x.json', ...PERIOD);
    expect([notJson.code, notJson.stderr]).toEqual([1, 'statutory-complaints report: --cases: is not valid JSON (expected an array of case values).\n']);
  });

  it('is listed in the top-level help and has its own', async () => {
    expect((await cli({}, '--help')).stdout).toMatch(/\n {2}report +performance figures/);
    expect((await cli({}, 'report', '--help')).stdout).toContain('statutory-complaints report --policy <id|file> --cases <file.json|file.csv>');
  });
});
