// A CSV case list read in several passes (createReportStream's `passes`, issue 17 item 5): each pass holds the rows of
// a share of the references only, and the report, the problems (same words, same lines, same order), `counted` and
// `casesRead` are exactly what one pass gives. The figures of a small hand-made file are worked out by hand below;
// a fast-check property holds any number of passes and any chunking to the one-pass result on generated row sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { getPolicy } from '../../src/policies/index.js';
import { shareOfReference } from '../../src/reporting/import.js';
import { CaseInputError, casesFromCsv, createReportStream, performanceReport, type ReportStreamOptions } from '../../src/reporting/index.js';

const policy = getPolicy('dudley');
const PERIOD = { from: '2026-04-01', to: '2026-06-30' } as const;

// Dudley (England children's 2006 procedure): stage 1 due 10 working days after receipt, stage 2 25. Bank holidays
// in the period: Good Friday 3 April, Easter Monday 6 April, 4 May, 25 May 2026. 1 June 2026 is a Monday.
const WRITTEN_TWICE = (other: number) =>
  `is written differently on line ${other} (spaces, tabs or line breaks around it), so it is not clear whether the two lines are the same case: write the reference exactly the same way on every row of a case, and differently for different cases`;
const LINES = [
  /*  1 */ 'reference,received,responded,extended_due_date,outcome,delay_code,stage',
  /*  2 */ 'A-1,2026-06-15,,,,,stage-2', // A's stage 2 before its stage 1: open, due 25 working days after 15 June (in July)
  /*  3 */ 'C-3,2026-06-01,,,,,', // open; due Mon 15 June; on 30 June 11 working days overdue (16-19, 22-26, 29, 30)
  /*  4 */ ',2026-06-02,,,,,', // no reference
  /*  5 */ ' D-4,2026-06-03,,,,,', // D-4 with a space before it ...
  /*  6 */ 'E-5,2026-06-16,,,,,stage-2', // E's stage 2: its stage 1 (line 11) is bad
  /*  7 */ 'B-2,2026-06-01,2026-06-19,,not-upheld,Z041,', // due 15 June, answered 19 June: 14 working days, late
  /*  8 */ 'G-7,2026-05-01,2026-05-14,,partly-upheld,,', // Fri 1 May; 5-8, 11-14 May (4 May a holiday): 8 working days
  /*  9 */ 'F-6,2026-06-10,,,,,stage-2', // a stage 2 with no stage 1 row at all
  /* 10 */ '"L', // a quoted reference holding a line break, on a row with a date that does not exist ...
  /* 11 */ '12",2026-06-31,,,,,', // ... (the record starts on line 10)
  /* 12 */ 'E-5,2026-06-31,,,,,', // E's stage 1: 31 June does not exist
  /* 13 */ 'D-4,2026-06-03,,,,,', // ... and without it: both lines refused
  /* 14 */ 'A-1,2026-06-01,2026-06-12,,upheld,,', // 2-5, 8-12 June: 9 working days, in time; stage 2 asked for on 15 June
  /* 15 */ 'H-8,2026-04-01,2026-04-10,,upheld,,', // Wed 1 April; 2, 7-10 April (3 and 6 April holidays): 5 working days
  /* 16 */ 'X-10,2026-06-01,,,,,,surplus', // a field too many
  /* 17 */ '"K,11",2026-06-02,2026-06-05,,not-upheld,,', // a reference with a comma; 3-5 June: 3 working days
  /* 18 */ ',,,,,,', // no reference, no date
];
const TEXT = `${LINES.join('\r\n')}\r\n`;

/** The problems of TEXT, worked out by hand from the rules in src/reporting/import.ts, sorted by line. */
const ISSUES = [
  { line: 4, field: 'reference', rule: 'must not be empty' },
  { line: 5, field: 'reference', rule: WRITTEN_TWICE(13) },
  { line: 6, field: 'stage', rule: 'the first stage of this case is not on a good row, so this stage cannot be placed' },
  { line: 9, field: 'stage', rule: 'the first stage of this case has no row: give one row per stage, earlier stages included' },
  { line: 10, field: 'received', rule: "must be a real calendar date written 'YYYY-MM-DD'" },
  { line: 12, field: 'received', rule: "must be a real calendar date written 'YYYY-MM-DD'" },
  { line: 13, field: 'reference', rule: WRITTEN_TWICE(5) },
  { line: 16, field: '(row)', rule: 'has 8 fields; the header has 7' },
  { line: 18, field: 'reference', rule: 'must not be empty' },
  { line: 18, field: 'received', rule: 'must not be empty: give the date written YYYY-MM-DD' },
];

/** Feeds `text` `passes` times in pieces of `size` characters (endPass after each reading but the last). */
function run(text: string, passes: number, size: number, options: Partial<ReportStreamOptions> = {}) {
  const stream = createReportStream(policy, { ...PERIOD, format: 'csv', skipBad: true, ...(passes === 1 ? {} : { passes }), ...options });
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < text.length; i += size) stream.write(text.slice(i, i + size));
    if (pass < passes - 1) stream.endPass();
  }
  const result = stream.end();
  return { ...result, casesRead: stream.casesRead };
}

function caught<E>(kind: new (...args: never[]) => E, fn: () => unknown): E {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(kind);
    return e as E;
  }
  throw new Error(`expected a ${kind.name}`);
}

describe('a CSV read in several passes: the one-pass report, problems and counts', () => {
  it('the hand-made file: its references fall in several shares (so the passes really split it)', () => {
    const refs = ['A-1', 'C-3', 'D-4', 'E-5', 'B-2', 'G-7', 'F-6', 'L\n12', 'H-8', 'K,11'];
    for (const k of [2, 3, 7]) expect(new Set(refs.map((r) => shareOfReference(r, k))).size).toBeGreaterThan(1);
  });

  it('shares references evenly, for a number of passes that is a power of two too', () => {
    const refs = Array.from({ length: 20_000 }, (_v, i) => `B-${i}`);
    for (const k of [2, 4, 7, 8, 11, 16]) {
      const sizes = new Array<number>(k).fill(0);
      for (const r of refs) sizes[shareOfReference(r, k)]!++;
      // Each share within 10 % of 20,000 / k.
      for (const size of sizes) expect(Math.abs(size - 20_000 / k)).toBeLessThan(2_000 / k);
    }
    // Deterministic: the same share every time, within 0 to k - 1.
    expect(shareOfReference('B-1', 7)).toBe(shareOfReference('B-1', 7));
    expect(refs.every((r) => shareOfReference(r, 3) >= 0 && shareOfReference(r, 3) < 3)).toBe(true);
  });

  it('K = 1, 2, 3 and 7, whole and in pieces of 1, 5 and 64 characters: the figures worked out by hand, all equal', () => {
    const one = run(TEXT, 1, TEXT.length);
    expect(one.skipped).toEqual(ISSUES);
    // Counted: A-1, B-2, C-3, G-7, H-8 and K,11 (D-4 written two ways, E-5 and F-6 with no good stage 1, L, X-10 bad).
    expect(one.counted).toBe(6);
    // Records after the header: 17 lines, the quoted line break making lines 10 and 11 one record.
    expect(one.casesRead).toBe(16);
    const [stage1, stage2] = one.report.stages;
    expect(stage1!.stage).toBe('stage-1');
    const p = stage1!.period;
    expect([p.received, p.responded, p.inTime, p.late, p.inTimeOriginal]).toEqual([6, 5, 4, 1, 4]);
    // 9 (A) + 14 (B) + 8 (G) + 5 (H) + 3 (K) = 39 working days; mean 7.8; median of 3, 5, 8, 9, 14 is 8.
    expect([p.totalWorkingDays, p.meanWorkingDays, p.medianWorkingDays, p.longestWorkingDays]).toEqual([39, 7.8, 8, 14]);
    expect(p.percentInTime).toBe(80);
    expect(p.outcomes).toEqual({ upheld: 2, partlyUpheld: 1, notUpheld: 2, none: 0 });
    expect(p.delayReasons).toEqual({ byCode: { Z040: 0, Z041: 1, Z042: 0, Z043: 0, Z044: 0 }, awaited: 0 });
    expect([p.escalated, p.percentEscalated]).toEqual([1, 20]);
    expect(stage1!.overdue).toEqual({ total: 1, bands: { '1-5': 0, '6-10': 0, '11-20': 1, 'over-20': 0 }, longestWorkingDays: 11 });
    expect([stage2!.stage, stage2!.period.received, stage2!.period.responded, stage2!.overdue.total]).toEqual(['stage-2', 1, 0, 0]);
    expect(one.report.overdueCases).toEqual([
      { reference: 'C-3', caseType: 'statutory-complaint', stage: 'stage-1', received: '2026-06-01', due: '2026-06-15', workingDaysOverdue: 11, band: '11-20' },
    ]);
    // The same as casesFromCsv + performanceReport.
    const read = casesFromCsv(policy, TEXT, { skipBad: true });
    expect(performanceReport(policy, read.cases, PERIOD)).toEqual(one.report);
    for (const passes of [1, 2, 3, 7]) {
      for (const size of [1, 5, 64, TEXT.length]) expect(run(TEXT, passes, size)).toEqual(one);
    }
  });

  it('per-case rows come in the order of each case first row, as in one pass', () => {
    for (const passes of [1, 2, 3, 7]) {
      const { report } = run(TEXT, passes, 64, { rows: true });
      // A-1 (first row line 2: its stage 1, then its stage 2), C-3 (3), B-2 (7), G-7 (8), H-8 (15), K,11 (17).
      expect(report.rows!.map((r) => `${r.reference}/${r.stage}`)).toEqual([
        'A-1/stage-1',
        'A-1/stage-2',
        'C-3/stage-1',
        'B-2/stage-1',
        'G-7/stage-1',
        'H-8/stage-1',
        'K,11/stage-1',
      ]);
    }
  });

  it('without skipBad: the same CaseInputError, listing every problem, whatever the passes', () => {
    for (const passes of [1, 2, 3, 7]) {
      const error = caught(CaseInputError, () => run(TEXT, passes, 7, { skipBad: false }));
      expect(error.issues).toEqual(ISSUES);
    }
  });

  it('a wrong header or a quote never closed is thrown by the first pass, as one pass throws it', () => {
    const wrong = 'reference,recieved,responded,extended_due_date,outcome,delay_code\nEX-1,2026-06-01,,,,\n';
    const unclosed = 'reference,received,responded,extended_due_date,outcome,delay_code\nEX-1,2026-06-01,,,,\n"EX-2,2026-06-02,,,,\n';
    for (const text of [wrong, unclosed, '']) {
      const want = caught(CaseInputError, () => casesFromCsv(policy, text, { skipBad: true })).issues;
      const stream = createReportStream(policy, { ...PERIOD, format: 'csv', skipBad: true, passes: 3 });
      stream.write(text);
      expect(caught(CaseInputError, () => stream.endPass()).issues).toEqual(want);
      // Nothing more can be done with it.
      expect(() => stream.end()).toThrow('end: has already been called');
    }
  });
});

describe('passes: its checks and the order of the calls', () => {
  it('refuses a number of passes that is not a whole number of 1 or more, and passes with JSON', () => {
    for (const passes of [0, -1, 1.5, Number.NaN, Infinity, '2']) {
      const error = caught(InvalidArgumentError, () => createReportStream(policy, { ...PERIOD, format: 'csv', passes: passes as number }));
      expect(error.message).toBe('options.passes: must be a whole number of 1 or more: how many times the CSV text is read.');
    }
    for (const format of ['json', 'jsonl'] as const) {
      expect(() => createReportStream(policy, { ...PERIOD, format, passes: 2 })).toThrow("options.passes: goes only with format 'csv'");
      expect(() => createReportStream(policy, { ...PERIOD, format }).endPass()).toThrow("endPass: goes only with format 'csv'");
    }
  });

  it('end before every pass is read, a write or endPass after the last: typed errors saying what to do', () => {
    const stream = createReportStream(policy, { ...PERIOD, format: 'csv', skipBad: true, passes: 3 });
    stream.write(TEXT);
    expect(() => stream.end()).toThrow(
      'end: cannot be called yet: the text has been read 0 of 3 times (passes: 3); feed it again and call endPass() after each reading.',
    );
    stream.endPass();
    expect(stream.passesEnded).toBe(1);
    expect(() => stream.end()).toThrow('end: cannot be called yet: the text has been read 1 of 3 times');
    stream.write(TEXT);
    stream.endPass();
    // The third reading not begun: end is refused too.
    expect(() => stream.end()).toThrow('end: cannot be called yet: the text has been read 2 of 3 times');
    stream.write(TEXT);
    stream.endPass();
    expect(caught(InvalidArgumentError, () => stream.write(TEXT)).message).toBe(
      'write: cannot be called after the last pass: the text has been read 3 times (passes: 3); call end().',
    );
    expect(() => stream.endPass()).toThrow('endPass: has already been called 3 times (passes: 3): call end()');
    // end after the last endPass gives the report (and end in its place does too, above).
    expect(stream.end().counted).toBe(6);
    expect(() => stream.endPass()).toThrow('endPass: cannot be called after end()');
  });

  it('a later pass that reads another text (another header, more or fewer records, another length) is refused', () => {
    const other = (second: string) => {
      const stream = createReportStream(policy, { ...PERIOD, format: 'csv', skipBad: true, passes: 2 });
      stream.write(TEXT);
      stream.endPass();
      const error = caught(InvalidArgumentError, () => {
        stream.write(second);
        stream.end();
      });
      // Nothing more can be done with the stream.
      expect(() => stream.end()).toThrow('end: has already been called');
      return error;
    };
    const header = other(TEXT.replace('delay_code,stage', 'delay_code,Stage'));
    expect(header.message).toBe(
      'text: is not the text the first pass read (its header differs in pass 2 of 2): give the same text in every pass (was the file changed while it was read?).',
    );
    expect(header.path).toBe('text');
    expect(other(`${TEXT}Z-1,2026-06-01,,,,,\r\n`).message).toContain('(it has another number of records in pass 2 of 2)');
    expect(other(TEXT.replace('2026-06-19,,not-upheld', '2026-06-19,,upheld')).message).toContain('(it has another length in pass 2 of 2)');
  });
});

describe('property: any number of passes and any chunking give the one-pass result', () => {
  const HEADER = 'reference,received,responded,extended_due_date,outcome,delay_code,stage';
  // Rows of a few references, scattered: stages 1 and 2, dates good and bad, answered or not, outcomes and codes
  // right and wrong, references with spaces around them, empty ones, and rows with a field too many.
  const row = fc.record({
    ref: fc.constantFrom('R1', 'R2', 'R3', 'R4', 'R5', 'R6', ' R1', 'R2 ', '', '"R,7"'),
    received: fc.constantFrom('2026-04-01', '2026-05-05', '2026-06-01', '2026-06-10', '2026-06-31', ''),
    responded: fc.constantFrom('', '', '2026-04-14', '2026-06-12', '2026-06-29', '2026-07-01'),
    outcome: fc.constantFrom('', 'upheld', 'not-upheld', 'maybe'),
    code: fc.constantFrom('', '', 'Z041', 'Z045', 'Z999'),
    stage: fc.constantFrom('', '', 'stage-2', 'stage-3'),
    surplus: fc.boolean().map((b) => (b ? ',x' : '')),
  });
  const text = (rows: { ref: string; received: string; responded: string; outcome: string; code: string; stage: string; surplus: string }[], crlf: boolean) =>
    [HEADER, ...rows.map((r) => `${r.ref},${r.received},${r.responded},,${r.outcome},${r.code},${r.stage}${r.surplus}`)].join(crlf ? '\r\n' : '\n');

  it('the same skipped rows, counts and report (rows and lists of references included), and the same error without skipBad', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.boolean(), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 400 }), (rows, crlf, passes, size) => {
        const csv = text(rows, crlf);
        const one = run(csv, 1, csv.length, { rows: true });
        expect(run(csv, passes, size, { rows: true })).toEqual(one);
        let want: unknown;
        try {
          run(csv, 1, csv.length, { skipBad: false });
          want = 'no error';
        } catch (e) {
          want = (e as CaseInputError).issues;
        }
        let got: unknown;
        try {
          run(csv, passes, size, { skipBad: false });
          got = 'no error';
        } catch (e) {
          got = (e as CaseInputError).issues;
        }
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });
});
