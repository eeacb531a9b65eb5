/**
 * A review panel's dates read as clock starts, the chasing ladder's due date through the panel's steps, and a panel
 * stage whose final response is extended (issue 18: no test reached the `hearing-held` and `report-received` clock
 * starts, the panel ladder's steps, or a panel stage with an extension). Every date is worked out by hand.
 *
 * england-children-2006, stage 3 (SI 2006/1738 regs 19(4), 20): the panel meets within 30 working days of the
 * request, reports within 5 working days of the meeting, and the council responds within 15 working days of the
 * report. England and Wales bank holidays 2026: Good Friday 3 April, Easter Monday 6 April, Early May Monday 4 May.
 */
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy, type Policy } from '../../src/policies/index.js';
import { createWorkflow, type Case, type CaseEventInput } from '../../src/workflow/index.js';

const children = getPolicy('england-children-2006');

/** england-children-2006 with stage 3 changed as given. */
function variant(stage3: Record<string, unknown>): Policy {
  return parsePolicy({
    id: 'england-children-2006-panel-variant',
    extends: 'england-children-2006',
    title: `${children.title} (test variant)`,
    version: '1.0.0',
    effectiveFrom: children.effectiveFrom,
    caseTypes: { 'statutory-complaint': { stages: { 'stage-3': stage3 } } },
  });
}

// Received Monday 5 January 2026; stage 1 answered Friday 16 January; stage 2 asked for Monday 19 January and
// answered Monday 2 March; the panel asked for on Wednesday 4 March 2026 (inside the 20 working days).
const toPanel: CaseEventInput[] = [
  { type: 'response-sent', on: '2026-01-16', outcome: 'not-upheld' },
  { type: 'next-stage-requested', on: '2026-01-19' },
  { type: 'response-sent', on: '2026-03-02', outcome: 'not-upheld' },
  { type: 'panel-requested', on: '2026-03-04' },
];

// The panel meets within 30 working days of Wednesday 4 March 2026: Thu 5, Fri 6 (2), 9–13 (7), 16–20 (12), 23–27
// (17), Mon 30, Tue 31 (19), Wed 1 and Thu 2 April (21), [Fri 3 Good Friday, Mon 6 Easter Monday], 7–10 (25),
// 13–17 (30): Friday 17 April 2026.
const MEETING = '2026-04-17';
// Held on Thursday 2 April (the hearing arranged for Wednesday 1 April, put back a day). The report is due 5 working
// days later: [3, 6 April], Tue 7, Wed 8, Thu 9, Fri 10, Mon 13: Monday 13 April 2026.
const REPORT_AFTER_HEARING = '2026-04-13';
// The report received Friday 10 April: 15 working days, 13–17 (5), 20–24 (10), 27–30 (14), Fri 1 May (15): Friday
// 1 May 2026.
const FINAL_AFTER_REPORT = '2026-05-01';

function caseOf(policy: Policy, events: CaseEventInput[]): { workflow: ReturnType<typeof createWorkflow>; kase: Case } {
  const workflow = createWorkflow(policy);
  let kase = workflow.openCase({ reference: 'PANEL-18', receivedAt: '2026-01-05' });
  for (const e of [...toPanel, ...events]) kase = workflow.applyEvent(kase, e);
  return { workflow, kase };
}

/** The dates of stage 3 (the third stage of the case). */
function stage3(policy: Policy, events: CaseEventInput[]) {
  const { workflow, kase } = caseOf(policy, events);
  return workflow.stageDates(workflow.snapshot(kase), 2);
}

describe('a panel stage whose clock starts when the panel has met (clockStart: hearing-held)', () => {
  const policy = variant({ clockStart: 'hearing-held' });

  it('before a hearing is arranged, assumed to start on the day the panel is due to meet: Friday 17 April 2026', () => {
    expect(stage3(policy, []).clockStart).toEqual({ date: MEETING, by: 'hearing-held', assumed: true });
  });

  it('once arranged for Wednesday 1 April, assumed to start that day', () => {
    const events: CaseEventInput[] = [{ type: 'hearing-arranged', on: '2026-03-09', hearingDate: '2026-04-01' }];
    expect(stage3(policy, events).clockStart).toEqual({ date: '2026-04-01', by: 'hearing-held', assumed: true });
  });

  it('once held, on Thursday 2 April, started that day and no longer assumed', () => {
    const events: CaseEventInput[] = [
      { type: 'hearing-arranged', on: '2026-03-09', hearingDate: '2026-04-01' },
      { type: 'hearing-held', on: '2026-04-02' },
    ];
    expect(stage3(policy, events).clockStart).toEqual({ date: '2026-04-02', by: 'hearing-held', assumed: false });
  });
});

describe("a panel stage whose clock starts with the panel's report (clockStart: report-received)", () => {
  const policy = variant({ clockStart: 'report-received' });

  it('before the report arrives, assumed to start on its due date: Monday 13 April 2026 after a hearing on 2 April', () => {
    const events: CaseEventInput[] = [
      { type: 'hearing-arranged', on: '2026-03-09', hearingDate: '2026-04-01' },
      { type: 'hearing-held', on: '2026-04-02' },
    ];
    expect(stage3(policy, events).clockStart).toEqual({ date: REPORT_AFTER_HEARING, by: 'panel-report-received', assumed: true });
  });

  it('once the report arrives, on Friday 10 April, started that day and no longer assumed', () => {
    const events: CaseEventInput[] = [
      { type: 'hearing-arranged', on: '2026-03-09', hearingDate: '2026-04-01' },
      { type: 'hearing-held', on: '2026-04-02' },
      { type: 'panel-report-received', on: '2026-04-10' },
    ];
    expect(stage3(policy, events).clockStart).toEqual({ date: '2026-04-10', by: 'panel-report-received', assumed: false });
  });
});

describe('a stage that is not a panel, given a panel clock start, is assumed to start with the stage', () => {
  // Only a panel stage records a hearing or a report: stage 2 (asked for Monday 19 January 2026) never will, so its
  // clock is taken to start with the stage, and stays assumed.
  const policy = parsePolicy({
    id: 'england-children-2006-stage-2-variant',
    extends: 'england-children-2006',
    title: `${children.title} (test variant)`,
    version: '1.0.0',
    effectiveFrom: children.effectiveFrom,
    caseTypes: { 'statutory-complaint': { stages: { 'stage-2': { clockStart: 'hearing-held' } } } },
  });
  const other = parsePolicy({
    id: 'england-children-2006-stage-2-variant',
    extends: 'england-children-2006',
    title: `${children.title} (test variant)`,
    version: '1.0.0',
    effectiveFrom: children.effectiveFrom,
    caseTypes: { 'statutory-complaint': { stages: { 'stage-2': { clockStart: 'report-received' } } } },
  });
  const atStage2 = (p: Policy) => {
    const workflow = createWorkflow(p);
    let kase = workflow.openCase({ reference: 'PANEL-18', receivedAt: '2026-01-05' });
    for (const e of toPanel.slice(0, 2)) kase = workflow.applyEvent(kase, e);
    return workflow.stageDates(workflow.snapshot(kase), 1).clockStart;
  };

  it('hearing-held: Monday 19 January 2026, assumed', () => {
    expect(atStage2(policy)).toEqual({ date: '2026-01-19', by: 'hearing-held', assumed: true });
  });

  it('report-received: Monday 19 January 2026, assumed', () => {
    expect(atStage2(other)).toEqual({ date: '2026-01-19', by: 'panel-report-received', assumed: true });
  });
});

describe('a panel asked for in time is counted from that request, whatever the preset says about late ones', () => {
  // `lateRequestClockStart: requested` is about a late request accepted at the discretion; this one (Wednesday 4
  // March 2026) was in time, so the meeting is counted from it, started by the panel request: Friday 17 April 2026.
  const policy = variant({ lateRequestClockStart: 'requested', lateRequestClockStartSource: 'local: test' });

  it('the panel meeting from Wednesday 4 March, started by the panel request, due Friday 17 April 2026', () => {
    const { workflow, kase } = caseOf(policy, []);
    const d = workflow.deadlines(kase).find((x) => x.id === 'stage-3-panel-meeting')!;
    expect(d).toMatchObject({ start: '2026-03-04', startedBy: 'panel-requested', due: MEETING });
  });
});

describe("the chasing ladder follows the panel's steps in turn (england-children-2006 as published)", () => {
  it('before the panel has met it follows the meeting date: Friday 17 April 2026, even with a hearing arranged', () => {
    expect(stage3(children, []).ladderDue).toBe(MEETING);
    expect(stage3(children, [{ type: 'hearing-arranged', on: '2026-03-09', hearingDate: '2026-04-01' }]).ladderDue).toBe(MEETING);
  });

  it('once it has met (2 April), the report: Monday 13 April 2026', () => {
    const events: CaseEventInput[] = [
      { type: 'hearing-arranged', on: '2026-03-09', hearingDate: '2026-04-01' },
      { type: 'hearing-held', on: '2026-04-02' },
    ];
    expect(stage3(children, events).ladderDue).toBe(REPORT_AFTER_HEARING);
  });

  it('once the report is in (10 April), the final response: Friday 1 May 2026', () => {
    const events: CaseEventInput[] = [
      { type: 'hearing-arranged', on: '2026-03-09', hearingDate: '2026-04-01' },
      { type: 'hearing-held', on: '2026-04-02' },
      { type: 'panel-report-received', on: '2026-04-10' },
    ];
    const dates = stage3(children, events);
    expect(dates.ladderDue).toBe(FINAL_AFTER_REPORT);
    expect(dates.originalDue).toBe(FINAL_AFTER_REPORT);
  });
});

describe("a panel stage's final response extended by agreement", () => {
  // A council preset that lets the final response be extended (reg 20(3): "or as soon as is reasonably practicable"),
  // with no maximum. The report arrived Friday 10 April, so the response was due Friday 1 May; 5 more working days
  // agreed on Monday 27 April: [Mon 4 May, Early May bank holiday], Tue 5, Wed 6, Thu 7, Fri 8, Mon 11: Monday 11 May.
  const policy = variant({ extension: { source: 'SI 2006/1738 reg 20(3) (read second-hand)' } });
  const events: CaseEventInput[] = [
    { type: 'hearing-arranged', on: '2026-03-09', hearingDate: '2026-04-01' },
    { type: 'hearing-held', on: '2026-04-02' },
    { type: 'panel-report-received', on: '2026-04-10' },
    { type: 'extension-agreed', on: '2026-04-27', additionalWorkingDays: 5, reason: 'r', agreedWithComplainant: true },
  ];

  it('the response is due Monday 11 May 2026; the original date stays Friday 1 May', () => {
    const dates = stage3(policy, events);
    expect(dates.currentDue).toBe('2026-05-11');
    expect(dates.originalDue).toBe(FINAL_AFTER_REPORT);
    expect(dates.ladderDue).toBe('2026-05-11');
  });

  it('the final-response deadline is the agreed date, counted from the report, with the Early May bank holiday skipped', () => {
    const { workflow, kase } = caseOf(policy, events);
    const d = workflow.deadlines(kase).find((x) => x.id === 'stage-3-final-response')!;
    expect(d.start).toBe('2026-04-10');
    expect(d.due).toBe('2026-05-11');
    expect(d.skipped.filter((s) => s.kind === 'holiday').map((s) => s.date)).toEqual(['2026-05-04']);
    expect(d.flags).toEqual([]);
  });
});
