import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { parseCsv } from '../../src/reporting/csv-parse.js';
import { performanceReport, reportToCsv } from '../../src/reporting/index.js';
import { build, dudley, handCases } from './fixtures.js';

describe('reportToCsv: RFC 4180 quoting and formula neutralisation', () => {
  // Received Mon 1 Jun 2026, answered Fri 12 Jun: 9 working days, in time (due Mon 15 Jun).
  const tricky = ['a,b', 'say "hi"', 'two\nlines', 'cr\rhere', '=1+2', '+44 1384', '-5', '@SUM(A1)', '\tTAB', 'plain-ref'];
  const cases = tricky.map((reference) => build(reference, '2026-06-01', [{ type: 'response-sent', on: '2026-06-12', outcome: 'upheld' }]));
  const report = performanceReport(dudley, cases, { from: '2026-04-01', to: '2026-06-30', rows: true });
  const text = reportToCsv(report, 'cases');
  const lines = text.split('\r\n');

  it('ends every record with CRLF, the last one included', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    // 1 header + 10 rows: the LF and the CR inside quoted fields do not end a record.
    expect(parseCsv(text)).toHaveLength(11);
    expect(parseCsv(text).every((r) => r.error === undefined && r.fields.length === 16)).toBe(true);
  });

  it('quotes fields with a comma, a double quote, CR or LF, doubling the quotes', () => {
    // The last column, days_clock_stopped, is 0: no clock stop on these cases.
    const rest = ',statutory-complaint,stage-1,2026-06-01,2026-06-01,2026-06-15,,2026-06-12,9,yes,yes,upheld,,no,,0';
    expect(lines[1]).toBe(`"a,b"${rest}`);
    expect(lines[2]).toBe(`"say ""hi"""${rest}`);
    expect(text).toContain(`\r\n"two\nlines"${rest}\r\n`);
    expect(text).toContain(`\r\n"cr\rhere"${rest}\r\n`);
    expect(text).toContain(`\r\nplain-ref${rest}\r\n`);
  });

  it('neutralises text starting with = + - @ or a tab with a leading apostrophe', () => {
    const rest = ',statutory-complaint,stage-1,';
    expect(text).toContain(`\r\n'=1+2${rest}`);
    expect(text).toContain(`\r\n'+44 1384${rest}`);
    expect(text).toContain(`\r\n'-5${rest}`);
    expect(text).toContain(`\r\n'@SUM(A1)${rest}`);
    expect(text).toContain(`\r\n'\tTAB${rest}`);
  });

  it('neutralises fullwidth ＝ ＋ － ＠, and a formula start after a zero-width space or BOM; drops NUL (issue 20 item 9)', () => {
    const refs = ['＝1+1', '＋44', '－5', '＠SUM(A1)', '\u200B=1+1', '\uFEFF=1+1', '\u200B\uFEFF+1', 'C-\u00001', '\u0000=1+1', 'ok\u200B=1'];
    const made = refs.map((reference) => build(reference, '2026-06-01', []));
    const out = reportToCsv(performanceReport(dudley, made, { from: '2026-06-01', to: '2026-06-30', rows: true }), 'cases');
    const firsts = parseCsv(out)
      .slice(1)
      .map((r) => r.fields[0]);
    expect(firsts).toEqual(["'＝1+1", "'＋44", "'－5", "'＠SUM(A1)", "'\u200B=1+1", "'\uFEFF=1+1", "'\u200B\uFEFF+1", 'C-1', "'=1+1", 'ok\u200B=1']);
    expect(out).not.toContain('\u0000');
  });

  it('writes numbers as numbers: working days and percentages are never prefixed', () => {
    const summary = reportToCsv(report, 'summary').split('\r\n');
    // Stage 1, Q1 2026/27: 10 received, 10 responded, all in time (100%), 9 working days each: total 90, mean 9.
    expect(summary[1]).toBe('statutory-complaint,stage-1,Q1 2026/27,2026-04-01,2026-06-30,10,10,10,0,100,10,0,100,0,9,9,9,0,0,10,0,0,0,0,0,0,0,0,0,0,0,,,,,');
    expect(summary[2]).toBe('statutory-complaint,stage-1,Whole period,2026-04-01,2026-06-30,10,10,10,0,100,10,0,100,0,9,9,9,0,0,10,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0');
  });

  it('round-trips any reference through the CSV reader', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30, unit: 'binary' }).filter((s) => s.trim() !== ''),
        (reference) => {
          const kase = build(reference, '2026-06-01', []);
          const csv = reportToCsv(performanceReport(dudley, [kase], { from: '2026-06-01', to: '2026-06-30', rows: true }), 'cases');
          const records = parseCsv(csv);
          expect(records).toHaveLength(2);
          expect(records[1]!.error).toBeUndefined();
          // NUL is dropped; formula starts include fullwidth forms and invisible characters before them (issue 20 item 9).
          const clean = reference.replace(/\0/g, '');
          const expected = /^[\u200B-\u200D\u2060\uFEFF]*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(clean) ? `'${clean}` : clean;
          expect(records[1]!.fields[0]).toBe(expected);
          expect(records[1]!.fields).toHaveLength(16);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves the reference column out without references, and needs rows for the cases table', () => {
    const anon = performanceReport(dudley, cases, { from: '2026-04-01', to: '2026-06-30', rows: true, includeReferences: false });
    const csv = reportToCsv(anon, 'cases');
    expect(csv.startsWith('case_type,stage,received,')).toBe(true);
    expect(csv).not.toContain('SUM');
    expect(() => reportToCsv(performanceReport(dudley, cases, { from: '2026-04-01', to: '2026-06-30' }), 'cases')).toThrow(InvalidArgumentError);
    expect(() => reportToCsv(report, 'totals' as never)).toThrow(InvalidArgumentError);
  });

  it('summary of the hand-built set: one row per stage and quarter, then the whole period with the overdue bands', () => {
    const r = performanceReport(dudley, handCases, { from: '2026-04-01', to: '2026-09-30' });
    const rows = reportToCsv(r, 'summary').trimEnd().split('\r\n');
    expect(rows).toHaveLength(1 + 3 * 3);
    expect(rows[0]!.split(',').slice(-11)).toEqual([
      'delay_Z040',
      'delay_Z041',
      'delay_Z042',
      'delay_Z043',
      'delay_Z044',
      'delay_reason_awaited',
      'overdue_at_as_of',
      'overdue_1_5',
      'overdue_6_10',
      'overdue_11_20',
      'overdue_over_20',
    ]);
    // Whole period, stage 1 (worked out in report.test.ts): 12 received, 8 responded, 4 in time originally, 5 in
    // time, 62.5%, mean 11.4, median 10.5, longest 17; Z040 1, Z041 1, awaited 1; overdue 2 (1 in 1–5, 1 over 20).
    expect(rows[3]).toBe('statutory-complaint,stage-1,Whole period,2026-04-01,2026-09-30,12,8,4,4,50,5,3,62.5,1,11.4,10.5,17,1,0,3,2,3,0,1,12.5,1,1,0,0,0,1,2,1,0,0,1');
  });
});

describe('the CSV reader (RFC 4180)', () => {
  it('reads quoted commas, doubled quotes and line breaks, and numbers records by their first line', () => {
    expect(parseCsv('a,b\r\n"x,1","say ""hi"""\r\n"two\nlines",z\n\nlast,row')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x,1', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 6, fields: ['last', 'row'] },
    ]);
  });

  it('ignores a byte-order mark and keeps empty fields', () => {
    expect(parseCsv('\uFEFFa,,c,\r\n')).toEqual([{ line: 1, fields: ['a', '', 'c', ''] }]);
  });

  it('flags a quote inside an unquoted field, text after a closing quote, and an unclosed quote', () => {
    expect(parseCsv('a"b,c')[0]!.error).toMatch(/double quote inside a field/);
    expect(parseCsv('"a"b,c')[0]!.error).toMatch(/after the closing double quote/);
    expect(parseCsv('x\r\n"open,c\r\nmore')).toEqual([
      { line: 1, fields: ['x'] },
      { line: 2, fields: [], error: 'has a quoted field that is never closed (a double quote is missing)' },
    ]);
  });
});
