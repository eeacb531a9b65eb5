/**
 * A clock start that rests on recorded events is known, not assumed: written for a mutant that survived in
 * `src/workflow/rules/clock-start.ts` (issue 18). Dates worked out by hand in issue-16-readings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy } from '../../src/policies/index.js';
import { applyEvent, deadlines, openCase, type CaseEventInput } from '../../src/workflow/index.js';

const children = getPolicy('england-children-2006');
const fromRequest = parsePolicy({
  id: 'england-children-2006-variant',
  extends: 'england-children-2006',
  title: `${children.title} (test variant)`,
  version: '1.0.0',
  effectiveFrom: children.effectiveFrom,
  caseTypes: { 'statutory-complaint': { stages: { 'stage-2': { lateRequestClockStart: 'requested', lateRequestClockStartSource: 'local: test' } } } },
});

describe('a late request accepted at the discretion, counted from the day it was asked', () => {
  // Received Mon 1 Jul 2024; stage 1 answered Fri 12 Jul; stage 2 asked for on Thu 29 Aug (after the window, which
  // ended Fri 9 Aug) and accepted on Thu 5 Sep 2024. Counted from the request: 25 working days end Thu 3 Oct 2024.
  // Both events are recorded, so nothing about the start is assumed and the date is final.
  const events: CaseEventInput[] = [
    { type: 'response-sent', on: '2024-07-12', outcome: 'not-upheld' },
    { type: 'next-stage-requested', on: '2024-08-29' },
    { type: 'discretion-decided', on: '2024-09-05', accepted: true },
  ];

  it('due Thursday 3 October 2024 from Thursday 29 August, not provisional, its start not assumed', () => {
    const kase = events.reduce((c, e) => applyEvent(fromRequest, c, e), openCase(fromRequest, { reference: 'M-18', receivedAt: '2024-07-01' }));
    const d = deadlines(fromRequest, kase).find((x) => x.id === 'stage-2-response')!;
    expect(d).toMatchObject({ start: '2024-08-29', startedBy: 'next-stage-requested', due: '2024-10-03', provisional: false });
    expect(d.flags).not.toContain('clock-start-assumed');
  });
});
