/**
 * An agreed extension followed by a clock stop still open: the extended date moves on by the stopped days, carries
 * the `clock-stopped` flag, and lists the stopped day among those skipped. Written for the surviving mutants of the
 * extended-response deadline in `src/workflow/deadlines.ts` (issue 18). Dates by hand:
 * - United Kingdom bank holidays (FOI, any part of the UK): 1 and 2 January 2026 (2 January in Scotland), then 17
 *   March (St Patrick's Day, Northern Ireland);
 * - England and Wales (subject access): 2026 has 3 April Good Friday and 6 April Easter Monday.
 */
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy } from '../../src/policies/index.js';
import { createWorkflow, type CaseEventInput, type Deadline } from '../../src/workflow/index.js';

const extended = (list: readonly Deadline[]) => list.find((d) => d.kind === 'extended-response')!;
const skipped = (d: Deadline) => d.skipped.map((s) => `${s.date} ${s.kind}`);

describe('FOI: a public interest extension, then a fees notice not yet paid', () => {
  // Received Monday 5 January 2026. Extension agreed Monday 12 January to Thursday 5 March. Fees notice Monday 19
  // January, unpaid: an open pause ends (provisionally) on its first day, so one working day (19 January) is
  // disregarded (FOIA s.10(2)) and the extended date moves to Friday 6 March 2026.
  it('is due Friday 6 March, flagged clock-stopped, the weekends and the stopped day skipped', () => {
    const wf = createWorkflow(getPolicy('foi-2000'));
    let kase = wf.openCase({ reference: 'F-1', receivedAt: '2026-01-05', caseType: 'foi' });
    const events: CaseEventInput[] = [
      { type: 'extension-agreed', on: '2026-01-12', reason: 'public interest test', agreedWithComplainant: true, newDueDate: '2026-03-05' },
      { type: 'clock-stopped', on: '2026-01-19', reason: 'fees-notice' },
    ];
    for (const e of events) kase = wf.applyEvent(kase, e);
    const d = extended(wf.deadlines(kase));
    expect(d.due).toBe('2026-03-06');
    expect(d.flags).toContain('clock-stopped');
    // From the receipt (Monday 5 January) to Friday 6 March: eight weekends, and Monday 19 January stopped.
    const weekends = ['01-10', '01-11', '01-17', '01-18', '01-24', '01-25', '01-31', '02-01', '02-07', '02-08', '02-14', '02-15', '02-21', '02-22', '02-28', '03-01'];
    const expected = [...weekends.map((w) => `2026-${w} weekend`), '2026-01-19 clock-stopped'].sort();
    expect(skipped(d)).toEqual(expected);
  });
});

describe('subject access (a calendar month): an extension to a date, then a clarification pause not yet ended', () => {
  // Received Monday 9 February 2026 (after 5 February 2026, when the clarification pause came into force). Extension
  // agreed Monday 16 February to Thursday 9 April 2026. Clarification asked for on Monday 23 February, not yet
  // given: every day of a pause counts in a calendar count (UK GDPR art 12A(5)), the open pause ends on its first
  // day, so the date moves on one day to Friday 10 April 2026, a working day (Easter is 3 and 6 April). In a calendar
  // count every day counts: only the stopped day is skipped, no weekend nor the Easter bank holidays.
  it('is due Friday 10 April, with only the stopped day skipped', () => {
    const wf = createWorkflow(getPolicy('uk-gdpr-sar'));
    let kase = wf.openCase({ reference: 'S-1', receivedAt: '2026-02-09', caseType: 'subject-access' });
    const events: CaseEventInput[] = [
      { type: 'extension-agreed', on: '2026-02-16', reason: 'complex', agreedWithComplainant: true, newDueDate: '2026-04-09' },
      { type: 'clock-stopped', on: '2026-02-23', reason: 'clarification' },
    ];
    for (const e of events) kase = wf.applyEvent(kase, e);
    const d = extended(wf.deadlines(kase));
    expect(d.due).toBe('2026-04-10');
    expect(skipped(d)).toEqual(['2026-02-23 clock-stopped']);
  });
});

describe('FOI counted in calendar days (a local rule written for the test): the same extension and fees notice', () => {
  // 28 calendar days from Monday 5 January 2026: Monday 2 February. The extension to Thursday 5 March moves on by the
  // one stopped day, every day of a pause counting in a calendar count: Friday 6 March 2026. Only that day is skipped.
  it('is due Friday 6 March, with only the stopped day skipped', () => {
    const policy = parsePolicy({
      id: 'foi-calendar-days',
      extends: 'foi-2000',
      title: 'FOI in calendar days',
      version: '1.0.0',
      effectiveFrom: '2026-01-01',
      caseTypes: { foi: { stages: { response: { timescale: { calendarDays: 28, workingDays: null, source: 'local: test' } } } } },
    });
    const wf = createWorkflow(policy);
    let kase = wf.openCase({ reference: 'F-2', receivedAt: '2026-01-05', caseType: 'foi' });
    kase = wf.applyEvent(kase, { type: 'extension-agreed', on: '2026-01-12', reason: 'public interest test', agreedWithComplainant: true, newDueDate: '2026-03-05' });
    kase = wf.applyEvent(kase, { type: 'clock-stopped', on: '2026-01-19', reason: 'fees-notice' });
    const d = extended(wf.deadlines(kase));
    expect(d.due).toBe('2026-03-06');
    expect(skipped(d)).toEqual(['2026-01-19 clock-stopped']);
  });
});
