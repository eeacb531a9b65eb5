// The streaming report (createReportStream) against the in-memory path the CLI used before it: casesFromJson then
// performanceReport over the same text. The figures, the lists, the skipped cases and the errors must be equal,
// however the text is cut into pieces.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { getPolicy } from '../../src/policies/index.js';
import {
  CaseInputError,
  casesFromCsv,
  casesFromJson,
  createReportStream,
  performanceReport,
  type CaseInputIssue,
  type PerformanceReportOptions,
  type ReportStreamOptions,
} from '../../src/reporting/index.js';

const policy = getPolicy('dudley');
const TEXT = readFileSync(fileURLToPath(new URL('../../examples/cases-dudley.json', import.meta.url)), 'utf8');
const VALUES = JSON.parse(TEXT) as Record<string, unknown>[];
const OPTIONS: PerformanceReportOptions = { from: '2025-04-01', to: '2026-03-31' };

/** The report the in-memory path gives (what `report --cases x.json` did before streaming). */
function inMemory(values: unknown, options: PerformanceReportOptions = OPTIONS, skipBad = false) {
  const read = casesFromJson(policy, values, { skipBad });
  return { report: performanceReport(policy, read.cases, options), skipped: read.skipped, counted: read.cases.length };
}

/** The streaming report over `text` cut into pieces of `size` characters. */
function streamed(text: string, options: Omit<ReportStreamOptions, 'format'> & { format?: 'json' | 'jsonl' | 'csv' }, size = text.length) {
  const stream = createReportStream(policy, { format: 'json', ...options });
  for (let i = 0; i < text.length; i += size) stream.write(text.slice(i, i + size));
  return stream.end();
}

function caught(fn: () => unknown): CaseInputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CaseInputError);
    return e as CaseInputError;
  }
  throw new Error('expected a CaseInputError');
}

describe('createReportStream: the same report as casesFromJson + performanceReport', () => {
  it.each([1, 7, 333, 65_536, Infinity])('examples/cases-dudley.json (300 cases) in pieces of %s characters', (size) => {
    const expected = inMemory(VALUES);
    const got = streamed(TEXT, OPTIONS, size === Infinity ? TEXT.length : size);
    expect(got.counted).toBe(300);
    expect(got.skipped).toEqual([]);
    expect(got.report).toEqual(expected.report);
  });

  it('with per-case rows, without references, and with an asOf inside the period (later events checked, not counted)', () => {
    for (const options of [
      { ...OPTIONS, rows: true },
      { ...OPTIONS, includeReferences: false, rows: true },
      { from: '2025-04-01', to: '2025-12-31', asOf: '2025-10-15' },
    ]) {
      expect(streamed(TEXT, options, 4096).report).toEqual(inMemory(VALUES, options).report);
    }
  });

  it('reads JSON Lines (one case a line, CRLF or LF, blank lines skipped)', () => {
    const lines = VALUES.map((v) => JSON.stringify(v));
    const jsonl = `${lines.slice(0, 100).join('\n')}\n\n${lines.slice(100).join('\r\n')}\r\n`;
    const got = streamed(jsonl, { ...OPTIONS, format: 'jsonl' }, 1000);
    expect(got.counted).toBe(300);
    expect(got.report).toEqual(inMemory(VALUES).report);
  });

  it('an empty array is an empty report; a byte-order mark and whitespace around the array are allowed', () => {
    expect(streamed(' [ ] \n', OPTIONS).report).toEqual(inMemory([]).report);
    expect(streamed(`\uFEFF\n${TEXT}\n\n`, OPTIONS, 100).report).toEqual(inMemory(VALUES).report);
  });
});

describe('bad cases: the same checks and the same words as casesFromJson', () => {
  // Case 1 has a date that does not exist; case 4 an event of an unknown type; case 7 belongs to another policy;
  // case 9 is not an object; case 12 has a response before the case was received (refused by the workflow).
  const bad = VALUES.slice(0, 20).map((v) => structuredClone(v));
  bad[1]!.received = '2025-02-30';
  (bad[4]!.events as Record<string, unknown>[]).push({ type: 'sent-flowers', on: '2025-06-01' });
  bad[7]!.policyId = 'swindon';
  (bad as unknown[])[9] = 'not a case';
  bad[12]!.events = [{ type: 'response-sent', on: '2025-01-02', outcome: 'upheld' }];
  const text = JSON.stringify(bad, null, 2);

  it('without skipBad: one error listing every bad case, as casesFromJson throws', () => {
    const expected = caught(() => casesFromJson(policy, bad)).issues;
    expect(new Set(expected.map((i) => i.index))).toEqual(new Set([1, 4, 7, 9, 12]));
    expect(caught(() => streamed(text, OPTIONS, 50)).issues).toEqual(expected);
  });

  it('with skipBad: the same cases skipped, with the same issues, and the report over the rest', () => {
    const expected = inMemory(bad, OPTIONS, true);
    const got = streamed(text, { ...OPTIONS, skipBad: true }, 50);
    expect(got.skipped).toEqual(expected.skipped);
    expect(got.counted).toBe(15);
    expect(got.report).toEqual(expected.report);
  });

  it('JSON Lines: a line that is not JSON is named by its line and the run goes on', () => {
    const lines = VALUES.slice(0, 5).map((v) => JSON.stringify(v));
    lines.splice(2, 0, '{"reference": "broken'); // line 3
    const got = streamed(lines.join('\n'), { ...OPTIONS, format: 'jsonl', skipBad: true }, 64);
    expect(got.skipped).toEqual([{ line: 3, field: '(row)', rule: 'is not valid JSON (each line of a JSON Lines file holds one case value)' }]);
    expect(got.counted).toBe(5);
    expect(got.report).toEqual(inMemory(VALUES.slice(0, 5)).report);
    const error = caught(() => streamed(lines.join('\n'), { ...OPTIONS, format: 'jsonl' }));
    expect(error.message).toContain('line 3: is not valid JSON');
  });
});

describe('text that is not a JSON array of cases', () => {
  const NOT_JSON = 'is not valid JSON (expected an array of case values)';
  const issueOf = (text: string): CaseInputIssue => caught(() => streamed(text, OPTIONS, 3)).issues[0]!;

  it.each([
    ['an empty file', '', 1],
    // (the reader stops at the end of the text: its last line)
    ['an array never closed', TEXT.slice(0, 2000), TEXT.slice(0, 2000).split('\n').length],
    ['a trailing comma', '[1,]', 1],
    ['two commas', '[{"a":1},,{"a":2}]', 1],
    ['text after the array', '[]\n[]', 2],
    ['a brace closing the array', '[{"a": 1}}', 1],
    ['a bad value inside an element', '[\n{"reference": tru}\n]', 2],
    ['not JSON at all', 'reference,received\n', 1],
  ])('%s: not valid JSON, with the line where reading stopped', (_what, text, line) => {
    expect(issueOf(text)).toEqual({ line, field: '(row)', rule: NOT_JSON });
  });

  it('JSON that is not an array: the words casesFromJson uses', () => {
    const expected = caught(() => casesFromJson(policy, { cases: [] })).issues;
    expect(caught(() => streamed('{"cases": []}', OPTIONS, 2)).issues).toEqual(expected);
  });

  it('strings holding brackets, commas, quotes and backslashes, cut at every place, do not confuse the reader', () => {
    const value = { ...VALUES[0]!, reference: 'A\\"],[{,}\\\\' }; // A\"],[{,}\\ as text
    const text = JSON.stringify([value, value]);
    for (let cut = 0; cut <= text.length; cut++) {
      const stream = createReportStream(policy, { ...OPTIONS, format: 'json' });
      stream.write(text.slice(0, cut));
      stream.write(text.slice(cut));
      const { counted, report } = stream.end();
      expect(counted).toBe(2);
      expect(report.stages[0]!.period.received).toBe(2);
    }
  });
});

describe('whole elements parsed at once (the fast way) and scanned (the careful way) give the same report', () => {
  // One case a line, as exports and the benchmark write them: each piece is cut after its last `},` and parsed whole.
  const ONE_A_LINE = `[\n${VALUES.map((v) => JSON.stringify(v)).join(',\n')}\n]\n`;
  const COMPACT = JSON.stringify(VALUES);
  const expected = inMemory(VALUES);

  it.each([
    ['one case a line', ONE_A_LINE],
    ['compact, on one line', COMPACT],
    ['indented (the example file)', TEXT],
  ])('%s, in pieces of every size from 1 character to the whole text', (_what, text) => {
    for (const size of [1, 7, 64, 500, 4096, 65_536, text.length]) {
      const got = streamed(text, OPTIONS, size);
      expect(got.report).toEqual(expected.report);
      expect(got.counted).toBe(expected.counted);
    }
  });

  it('parses a piece of many cases with one JSON.parse, not one a case (one a line, indented, LF or CRLF)', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      // VALUES has more than 100 cases: one parse for all but the last, one for the last.
      expect(VALUES.length).toBeGreaterThan(100);
      for (const text of [ONE_A_LINE, TEXT, ONE_A_LINE.replace(/\n/g, '\r\n'), TEXT.replace(/\n/g, '\r\n')]) {
        parse.mockClear();
        expect(streamed(text, OPTIONS).counted).toBe(expected.counted);
        expect(parse.mock.calls.length).toBeLessThanOrEqual(3);
      }
    } finally {
      parse.mockRestore();
    }
  });

  it('text that stops being JSON after many whole cases is named by its line, as the careful way names it', () => {
    // Line 1 is `[`, case i is on line i + 2; the bad element is the 41st case, on line 42.
    const lines = ONE_A_LINE.split('\n');
    lines[41] = '{"reference": tru},';
    const bad = lines.join('\n');
    for (const size of [100, 3000, bad.length]) {
      expect(caught(() => streamed(bad, OPTIONS, size)).issues).toEqual([{ line: 42, field: '(row)', rule: 'is not valid JSON (expected an array of case values)' }]);
    }
  });

  it('bad cases among good ones: the same skipped list, by position, as casesFromJson', () => {
    const values = VALUES.map((v, i) => (i % 17 === 3 ? { ...v, received: '2026-02-30' } : i % 23 === 5 ? { ...v, surplus: 1 } : v));
    const text = `[\n${values.map((v) => JSON.stringify(v)).join(',\n')}\n]`;
    const want = inMemory(values, OPTIONS, true);
    for (const size of [50, 10_000, text.length]) {
      const got = streamed(text, { ...OPTIONS, skipBad: true }, size);
      expect(got.skipped).toEqual(want.skipped);
      expect(got.report).toEqual(want.report);
    }
  });
});

describe('options', () => {
  it('refuses an unknown option, a bad format and a write after end', () => {
    expect(() => createReportStream(policy, { ...OPTIONS, format: 'json', skipbad: true } as never)).toThrow(
      'options.skipbad: `skipbad` is not an option of createReportStream',
    );
    expect(() => createReportStream(policy, { ...OPTIONS, format: 'xml' } as never)).toThrow("options.format: must be 'json', 'jsonl' or 'csv'");
    const stream = createReportStream(policy, { ...OPTIONS, format: 'json' });
    stream.write('[]');
    stream.end();
    expect(() => stream.write('[]')).toThrow('write: cannot be called after end()');
  });
});

describe('CSV rows read in pieces: the same report, skipped rows and errors as casesFromCsv + performanceReport', () => {
  const CSV = readFileSync(fileURLToPath(new URL('../../examples/cases-dudley.csv', import.meta.url)), 'utf8');

  function fromCsv(text: string, skipBad = false) {
    const read = casesFromCsv(policy, text, { skipBad });
    return { report: performanceReport(policy, read.cases, OPTIONS), skipped: read.skipped, counted: read.cases.length };
  }
  const csvStreamed = (text: string, size: number, skipBad = false) => streamed(text, { ...OPTIONS, format: 'csv', skipBad }, size);

  it('examples/cases-dudley.csv, LF and CRLF, in pieces of 1, 7, 100 and 4,096 characters and whole', () => {
    for (const text of [CSV, CSV.replace(/\r?\n/g, '\r\n')]) {
      const want = fromCsv(text);
      expect(want.counted).toBeGreaterThan(100);
      for (const size of [1, 7, 100, 4096, text.length]) {
        const got = csvStreamed(text, size);
        expect(got.report).toEqual(want.report);
        expect(got.counted).toBe(want.counted);
      }
    }
  });

  it('bad rows (a date that does not exist, a field too many, a later stage whose first is bad, a reference written two ways, a quoted line break) are named by line as casesFromCsv names them', () => {
    const lines = CSV.trimEnd().split(/\r?\n/);
    const header = lines[0]!;
    const columns = header.split(',');
    const at = (name: string) => columns.indexOf(name);
    const row = (cells: Record<string, string>) => columns.map((c) => cells[c] ?? '').join(',');
    const extra = [
      row({ reference: 'BAD-1', received: '2026-02-30' }),
      `${row({ reference: 'BAD-2', received: '2025-06-02' })},surplus`,
      row({ reference: 'BAD-3', received: '2025-06-31' }),
      ...(at('stage') >= 0 ? [row({ reference: 'BAD-3', received: '2025-08-01', stage: 'stage-2' })] : []),
      row({ reference: 'TWO', received: '2025-06-02' }),
      row({ reference: ' TWO', received: '2025-06-03' }),
      row({ reference: '"QUOTED\nREF"', received: '2025-06-04' }),
    ];
    const text = [header, ...lines.slice(1, 40), ...extra, ...lines.slice(40)].join('\n') + '\n';
    const want = fromCsv(text, true);
    expect(want.skipped.length).toBeGreaterThanOrEqual(5);
    const wantError = caught(() => fromCsv(text)).issues;
    for (const size of [3, 64, 1000, text.length]) {
      const got = csvStreamed(text, size, true);
      expect(got.skipped).toEqual(want.skipped);
      expect(got.report).toEqual(want.report);
      expect(caught(() => csvStreamed(text, size)).issues).toEqual(wantError);
    }
  });

  it.each([
    ['no header at all', ''],
    ['a header with an unknown column and a missing one', 'reference,recieved,responded,extended_due_date,outcome,delay_code\nEX-1,2026-06-01,,,,\n'],
    ['a quote never closed', 'reference,received,responded,extended_due_date,outcome,delay_code\nEX-1,2026-06-01,,,,\n"EX-2,2026-06-02,,,,\n'],
    ['a wrong header and a quote never closed', 'reference,received\n"EX-1,2026-06-01\n'],
    ['UTF-16 read as UTF-8', '\uFFFD\uFFFDr\u0000e\u0000f\u0000e\u0000r\u0000e\u0000n\u0000c\u0000e\u0000'],
  ])('%s: the error casesFromCsv throws, even with skipBad', (_what, text) => {
    const want = caught(() => casesFromCsv(policy, text, { skipBad: true })).issues;
    for (const size of [1, 5, 50, Math.max(1, text.length)]) expect(caught(() => csvStreamed(text, size, true)).issues).toEqual(want);
  });
});
