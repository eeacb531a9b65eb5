/**
 * Where a count starts when it runs from an event that has not happened yet, and when a late request accepted at the
 * council's discretion starts its stage (issue 18: mutants survived in `src/workflow/rules/targets.ts` and in the
 * request start of `clock-start.ts`). Every date is worked out by hand.
 *
 * June 2026 has no bank holiday in England and Wales (the Spring bank holiday is Monday 25 May).
 */
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy, type Policy } from '../../src/policies/index.js';
import { createWorkflow, type CaseEventInput } from '../../src/workflow/index.js';

function policyWith(targets: Record<string, unknown>): Policy {
  return parsePolicy({
    id: 'targets',
    title: 'Targets (test)',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    jurisdiction: 'england',
    calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: test' },
    roles: { 'team-manager': { title: 'Team Manager' } },
    caseTypes: {
      complaint: {
        title: 'Complaint',
        kind: 'corporate-complaint',
        ...targets,
        stages: {
          'stage-1': {
            title: 'Stage 1',
            clockStart: 'received',
            timescale: { workingDays: 10, source: 'local: test' },
            responder: 'team-manager',
            source: 'local: test',
          },
        },
      },
    },
  });
}

function deadlinesOf(policy: Policy, events: CaseEventInput[]) {
  const workflow = createWorkflow(policy);
  let kase = workflow.openCase({ reference: 'T-18', receivedAt: '2026-06-01' });
  for (const e of events) kase = workflow.applyEvent(kase, e);
  return workflow.deadlines(kase);
}

describe('an allocation counted from the acknowledgement, in a case type that sets no acknowledgement target', () => {
  // Received Monday 1 June 2026. With no acknowledgement target to stand in for it, the acknowledgement is assumed on
  // the day of receipt until it is recorded: 5 working days, 2, 3, 4, 5, 8 June: Monday 8 June, start assumed.
  const policy = policyWith({ allocation: { workingDays: 5, from: 'acknowledged', source: 'local: test' } });

  it('before the acknowledgement: from Monday 1 June (assumed), due Monday 8 June 2026, provisional', () => {
    const d = deadlinesOf(policy, []).find((x) => x.id === 'allocation')!;
    expect(d).toMatchObject({ start: '2026-06-01', startedBy: 'received', due: '2026-06-08', provisional: true });
    expect(d.flags).toContain('clock-start-assumed');
  });

  // Acknowledged Wednesday 3 June: 4, 5, 8, 9, 10 June: Wednesday 10 June 2026, no longer assumed.
  it('acknowledged Wednesday 3 June: due Wednesday 10 June 2026, not provisional', () => {
    const d = deadlinesOf(policy, [{ type: 'acknowledged', on: '2026-06-03' }]).find((x) => x.id === 'allocation')!;
    expect(d).toMatchObject({ start: '2026-06-03', startedBy: 'acknowledged', due: '2026-06-10', provisional: false });
    expect(d.flags).not.toContain('clock-start-assumed');
  });
});

describe('two targets counted from each other: each assumed event stands on the other target counted from receipt', () => {
  // Acknowledgement 3 working days from allocation, allocation 5 working days from acknowledgement. A target's date
  // standing in for its event is counted from that target's own start without assuming further, i.e. from receipt
  // (Monday 1 June 2026): allocation assumed on Monday 8 June (5 working days), acknowledgement assumed on Thursday
  // 4 June (3 working days). So the acknowledgement is due 3 working days after 8 June (9, 10, 11): Thursday 11 June,
  // and the allocation 5 working days after 4 June (5, 8, 9, 10, 11): Thursday 11 June 2026. Both provisional.
  const policy = policyWith({
    acknowledgement: { workingDays: 3, from: 'allocated', source: 'local: test' },
    allocation: { workingDays: 5, from: 'acknowledged', source: 'local: test' },
  });

  it('acknowledgement from Monday 8 June and allocation from Thursday 4 June, both due Thursday 11 June 2026', () => {
    const list = deadlinesOf(policy, []);
    expect(list.find((x) => x.id === 'acknowledgement')).toMatchObject({ start: '2026-06-08', startedBy: 'allocated', due: '2026-06-11', provisional: true });
    expect(list.find((x) => x.id === 'allocation')).toMatchObject({ start: '2026-06-04', startedBy: 'acknowledged', due: '2026-06-11', provisional: true });
  });
});

describe('a late request accepted at the discretion, counted from the day it was accepted (england-children-2006)', () => {
  // The preset's own worked example: stage 1 answered Friday 12 July 2024, so the window for stage 2 (20 working
  // days: 15–19, 22–26, 29 Jul–2 Aug, 5–9 Aug) closed Friday 9 August. Asked for on Thursday 29 August, accepted
  // on Thursday 5 September 2024 (`lateRequestClockStart: accepted`): the 25 working days run from 5 September: 6,
  // 9–13 (6), 16–20 (11), 23–27 (16), 30 Sep (17), 1–4 Oct (21), 7, 8, 9, 10 Oct (25): Thursday 10 October 2024;
  // the 65-working-day maximum ends Thursday 5 December 2024 (the preset's comment; from the request it would be
  // Thursday 28 November).
  const children = getPolicy('england-children-2006');
  const events: CaseEventInput[] = [
    { type: 'response-sent', on: '2024-07-12', outcome: 'not-upheld' },
    { type: 'next-stage-requested', on: '2024-08-29' },
    { type: 'discretion-decided', on: '2024-09-05', accepted: true },
  ];

  it('stage 2 due Thursday 10 October 2024 from Thursday 5 September; maximum Thursday 5 December 2024', () => {
    const workflow = createWorkflow(children);
    let kase = workflow.openCase({ reference: 'T-18', receivedAt: '2024-07-01' });
    for (const e of events) kase = workflow.applyEvent(kase, e);
    const list = workflow.deadlines(kase);
    expect(list.find((x) => x.id === 'stage-2-response')).toMatchObject({ start: '2024-09-05', startedBy: 'discretion-decided', due: '2024-10-10', provisional: false });
    expect(list.find((x) => x.id === 'stage-2-maximum')!.due).toBe('2024-12-05');
  });
});
