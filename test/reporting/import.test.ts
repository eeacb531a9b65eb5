import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CaseInputError, casesFromCsv, casesFromJson, CSV_EXTENSION_REASON, performanceReport, type CaseInputIssue } from '../../src/reporting/index.js';
import { deadlines, statusOn } from '../../src/workflow/index.js';
import { dudley, handCases } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const HEADER = 'reference,received,responded,extended_due_date,outcome,delay_code';

function issuesOf(fn: () => unknown): readonly CaseInputIssue[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CaseInputError);
    return (e as CaseInputError).issues;
  }
  throw new Error('expected a CaseInputError');
}

describe('casesFromCsv: the documented layout', () => {
  it('turns rows into cases: a response, an extension, a late response with its reason, a later stage', () => {
    // C-1: received Mon 1 Jun 2026 (due Mon 15 Jun), extended to Mon 29 Jun, answered Wed 24 Jun, partly upheld.
    // C-2: received Tue 2 Jun (due Tue 16 Jun), answered Thu 18 Jun: late, reason Z043; stage 2 asked for Thu 25 Jun.
    const csv = [
      'Reference,Received,Responded,Extended_Due_Date,Outcome,Delay_Code,Stage,Case_Type', // any case, any order of optional columns
      'C-1,2026-06-01,2026-06-24,2026-06-29,Partly upheld,,,',
      'C-2,2026-06-02,2026-06-18,,not-upheld,Z043,,statutory-complaint',
      'C-2,2026-06-25,,,,,stage-2,statutory-complaint',
    ].join('\n');
    const { cases, skipped } = casesFromCsv(dudley, `\uFEFF${csv}\n`);
    expect(skipped).toEqual([]);
    expect(cases.map((c) => c.reference)).toEqual(['C-1', 'C-2']);
    expect(cases[0]!.events).toEqual([
      { type: 'extension-agreed', on: '2026-06-01', newDueDate: '2026-06-29', reason: CSV_EXTENSION_REASON, agreedWithComplainant: true },
      { type: 'response-sent', on: '2026-06-24', outcome: 'partly-upheld' },
    ]);
    expect(deadlines(dudley, cases[0]!).find((d) => d.id === 'stage-1-response')!.due).toBe('2026-06-15');
    expect(cases[1]!.events.map((e) => [e.type, e.on])).toEqual([
      ['response-sent', '2026-06-18'],
      ['delay-reason-recorded', '2026-06-18'],
      ['next-stage-requested', '2026-06-25'],
    ]);
    expect(statusOn(dudley, cases[1]!, '2026-06-25').stage).toBe('stage-2');
  });

  it('reads the optional extension_agreed_on and withdrawn columns', () => {
    const csv = `${HEADER},extension_agreed_on,withdrawn\r\nW-1,2026-06-01,,,,,,2026-06-03\r\nX-1,2026-06-01,2026-06-24,2026-06-29,upheld,,2026-06-11,\r\n`;
    const { cases } = casesFromCsv(dudley, csv);
    expect(cases[0]!.events).toEqual([{ type: 'withdrawn', on: '2026-06-03' }]);
    expect(cases[1]!.events[0]).toMatchObject({ type: 'extension-agreed', on: '2026-06-11' });
  });

  it('a late response with no code, or with the awaited code Z045, is awaiting a reason', () => {
    const csv = `${HEADER}\r\nL-1,2026-06-02,2026-06-18,,upheld,\r\nL-2,2026-06-02,2026-06-18,,upheld,Z045\r\n`;
    const { cases } = casesFromCsv(dudley, csv);
    for (const c of cases) expect(statusOn(dudley, c, '2026-06-18')).toMatchObject({ state: 'delay-reason-awaited', awaitedCode: 'Z045' });
  });

  it('lists every bad row with its line, column and rule, never the value', () => {
    const csv = [
      HEADER + ',stage',
      'OK-1,2026-06-01,2026-06-12,,upheld,,', // line 2: good
      'SECRET-1,2026-06-31,,,,,', // line 3: not a real date
      'SECRET-2,2026-06-10,2026-06-09,,upheld,,', // line 4: responded before received
      'SECRET-3,2026-06-01,2026-06-12,,,,', // line 5: outcome missing
      'SECRET-4,2026-06-01,2026-06-12,,maybe,,', // line 6: unknown outcome
      'SECRET-5,2026-06-01,2026-06-18,,upheld,Z999,', // line 7: unknown code
      'SECRET-6,2026-06-01,2026-06-12,,upheld,Z040,', // line 8: a code on a response in time
      'SECRET-7,2026-06-01,,,,,stage-9', // line 9: no such stage
      'SECRET-8,2026-06-20,,,,,stage-2', // line 10: stage 2 without a stage-1 row
      'SECRET-9,2026-06-01,2026-06-12', // line 11: too few fields
      'SECRET-10,2026-06-01,2026-06-12,2026-06-13,upheld,,', // line 12: an extension to Saturday 13 June
      'SECRET-11,2026-06-01,,,upheld,,', // line 13: outcome without a response
      'SECRET-12,"2026-06-01"x,,,,,', // line 14: text after a closing quote
      'SECRET-13,2026-06-01,2026-06-12,,upheld,,', // line 15 and 16: the same stage twice
      'SECRET-13,2026-06-02,2026-06-12,,upheld,,',
    ].join('\r\n');
    const issues = issuesOf(() => casesFromCsv(dudley, csv));
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [3, 'received'],
      [4, 'responded'],
      [5, 'outcome'],
      [6, 'outcome'],
      [7, 'delay_code'],
      [8, 'delay_code'],
      [9, 'stage'],
      [10, 'stage'],
      [11, '(row)'],
      [12, 'extended_due_date'],
      [13, 'outcome'],
      [14, '(row)'],
      [16, 'stage'],
    ]);
    expect(issues.find((i) => i.line === 8)!.rule).toBe('must be empty: the response was sent on or before its due date (the extended one when extended)');
    expect(issues.find((i) => i.line === 12)!.rule).toBe("must be a working day on the policy's calendar");
    let message = '';
    try {
      casesFromCsv(dudley, csv);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^13 bad rows \(13 problems\):\n {2}line 3, column received: must be a real calendar date/);
    expect(message).not.toMatch(/SECRET|Z999|maybe|2026-06-31/);
  });

  it('with skipBad, returns the good rows and lists the rest; a later stage of a bad row is bad too', () => {
    const csv = [HEADER + ',stage', 'G-1,2026-06-01,2026-06-12,,upheld,,', 'B-1,2026-06-01,2026-06-12,,,,', 'B-1,2026-06-20,,,,,stage-2'].join('\n');
    const { cases, skipped } = casesFromCsv(dudley, csv, { skipBad: true });
    expect(cases.map((c) => c.reference)).toEqual(['G-1']);
    expect(skipped.map((i) => [i.line, i.field])).toEqual([
      [3, 'outcome'],
      [4, 'stage'],
    ]);
  });

  it('keeps the earlier stage when only a later stage row is bad (with skipBad)', () => {
    const csv = [HEADER + ',stage', 'E-1,2026-06-01,2026-06-12,,upheld,,', 'E-1,2026-06-02,,,,,stage-2'].join('\n');
    // Stage 2 asked for on 2 June, before the stage-1 response of 12 June: the workflow refuses it.
    const { cases, skipped } = casesFromCsv(dudley, csv, { skipBad: true });
    expect(cases[0]!.events.map((e) => e.type)).toEqual(['response-sent']);
    expect(skipped.map((i) => [i.line, i.field])).toEqual([[3, 'stage']]);
  });

  it('refuses a file whose header is wrong, or with an unclosed quote, even with skipBad', () => {
    expect(issuesOf(() => casesFromCsv(dudley, 'reference,received,responded\r\n', { skipBad: true })).map((i) => i.field)).toEqual([
      'extended_due_date',
      'outcome',
      'delay_code',
    ]);
    expect(issuesOf(() => casesFromCsv(dudley, `${HEADER},Complainant Name\r\n`, { skipBad: true }))).toEqual([
      // A header that does not look like a field name may be data (a person's name): it is not echoed (issue 20 item 3).
      {
        line: 1,
        field: '(header)',
        rule: 'column 7 is an unknown field (its name is not shown: it does not look like a field name), not a column of the layout (the columns are reference, received, responded, extended_due_date, outcome, delay_code, case_type, stage, extension_agreed_on, withdrawn)',
      },
    ]);
    expect(issuesOf(() => casesFromCsv(dudley, `${HEADER}\r\nA,2026-06-01,"2026-06-12,,,\r\n`, { skipBad: true }))).toEqual([
      { line: 2, field: '(row)', rule: 'has a quoted field that is never closed (a double quote is missing)' },
    ]);
    expect(issuesOf(() => casesFromCsv(dudley, ''))).toHaveLength(1);
  });

  it('the example data set reads the same from CSV as from JSON (panel stages apart, which the CSV layout leaves out)', () => {
    const fromJson = casesFromJson(dudley, JSON.parse(readFileSync(join(root, 'examples', 'cases-dudley.json'), 'utf8')));
    const fromCsv = casesFromCsv(dudley, readFileSync(join(root, 'examples', 'cases-dudley.csv'), 'utf8'));
    expect(fromJson.cases).toHaveLength(300);
    expect(fromCsv.cases).toHaveLength(300);
    const options = { from: '2025-04-01', to: '2026-03-31' };
    const a = performanceReport(dudley, fromJson.cases, options);
    const b = performanceReport(dudley, fromCsv.cases, options);
    expect(b.stages[0]).toEqual(a.stages[0]);
    // Stage 2: everything but the escalations to the panel stage.
    const strip = (f: (typeof a.stages)[number]['period']) => ({ ...f, escalated: 0, percentEscalated: 0 });
    expect(strip(b.stages[1]!.period)).toEqual(strip(a.stages[1]!.period));
    expect(b.stages[1]!.overdue).toEqual(a.stages[1]!.overdue);
  });
});

describe('casesFromJson', () => {
  const json = JSON.parse(JSON.stringify(handCases)) as Record<string, unknown>[];

  it('reads case values back exactly', () => {
    const { cases, skipped } = casesFromJson(dudley, json);
    expect(skipped).toEqual([]);
    expect(cases).toEqual(handCases);
    expect(Object.isFrozen(cases[0])).toBe(true);
  });

  it('lists every bad case by index and field', () => {
    const bad = [
      json[0],
      { ...json[1], unknown: 1 },
      { ...json[2], received: 'soon' },
      { ...json[3], policyId: 'swindon' },
      { ...json[4], events: [{ type: 'hearing-held', on: '2026-08-20' }] },
      { ...json[5], caseType: 'foi-request' },
      'not a case',
    ];
    const issues = issuesOf(() => casesFromJson(dudley, bad));
    expect(issues.map((i) => [i.index, i.field])).toEqual([
      [1, ''],
      [2, 'received'],
      [3, 'policyId'],
      [4, 'events[0].type'],
      [5, 'caseType'],
      [6, ''],
    ]);
    expect(issues[0]!.rule).toBe('has unknown field unknown');
    // The refused event is named by its field (events[0].type), not by its type.
    expect(issues[3]!.rule).toMatch(/^is not allowed when the case is 'open'; allowed then: acknowledged, allocated, /);
    expect(issues[3]!.rule).not.toContain('hearing-held');
    const kept = casesFromJson(dudley, bad, { skipBad: true });
    expect(kept.cases.map((c) => c.reference)).toEqual(['HB-A']);
    expect(() => casesFromJson(dudley, { cases: [] })).toThrow(CaseInputError);
  });
});
