import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import { createWorkflow, type Case, type CaseEventInput } from '../../src/workflow/index.js';
import { plainPolicy, threeStagePolicy } from './policies.js';
import { thrown } from './thrown.js';

/*
 * statusOn's next deadline once a stage is answered (issue 18): the window to ask for the next stage is shown while it
 * is open, also while a reason for lateness is owed, and not after it closes. threeStagePolicy: stage 1 due 10
 * working days after receipt, a 20-working-day window for stage 2. Received Monday 5 January 2026: stage 1 due
 * Monday 19 January. No bank holiday falls in January or February 2026 after New Year's Day.
 */

const wf = createWorkflow(threeStagePolicy());
// The same policy with a delay-reason request but no follow-up, so that nothing else is pending once answered late.
const noFollowUp = createWorkflow(
  threeStagePolicy({
    delayReasons: {
      codes: [{ code: 'Z040', label: 'Complex case' }],
      awaited: { code: 'Z045', label: 'Awaited' },
      requestTemplate: 'delay-request',
      source: 'local: test',
    },
  }),
);
const walk = (w: typeof wf, kase: Case, events: readonly CaseEventInput[]): Case => events.reduce((c, e) => w.applyEvent(c, e), kase);
const opened = (w: typeof wf) => w.openCase({ reference: 'S-1', caseType: 'complaint', receivedAt: '2026-01-05' });

describe('the window to ask for stage 2', () => {
  it('answered on time on Friday 16 January: the window closes on Friday 13 February, then nothing is next', () => {
    // 20 working days after Fri 16 Jan: 19–23 (5), 26–30 (10), 2–6 Feb (15), 9–13 Feb (20).
    const c = walk(wf, opened(wf), [{ type: 'response-sent', on: '2026-01-16', outcome: 'upheld' }]);
    const open = wf.statusOn(c, '2026-02-13');
    expect([open.state, open.nextDeadline?.kind, open.nextDeadline?.due]).toEqual(['responded', 'request-window', '2026-02-13']);
    const closed = wf.statusOn(c, '2026-02-16');
    expect(closed.nextDeadline).toBeUndefined();
  });

  it('answered late on Wednesday 21 January, a reason owed: the window (to Wednesday 18 February) is still next', () => {
    // 20 working days after Wed 21 Jan: 22, 23 (2), 26–30 (7), 2–6 Feb (12), 9–13 (17), 16, 17, 18 Feb (20).
    const c = walk(noFollowUp, opened(noFollowUp), [{ type: 'response-sent', on: '2026-01-21', outcome: 'upheld' }]);
    const s = noFollowUp.statusOn(c, '2026-01-22');
    expect(s.state).toBe('delay-reason-awaited');
    expect([s.nextDeadline?.kind, s.nextDeadline?.due]).toEqual(['request-window', '2026-02-18']);
  });
});

describe('statusOn: its arguments', () => {
  it('a date before receipt, a date that is not one, a case of another policy', () => {
    const kase = opened(wf);
    const before = thrown(() => wf.statusOn(kase, '2026-01-02'));
    expect(before).toBeInstanceOf(InvalidArgumentError);
    expect(before.message).toBe('date: must not be before the date of receipt of the case.');
    const bad = thrown(() => wf.statusOn(kase, '2026-13-01'));
    expect(bad).toBeInstanceOf(InvalidDateError);
    expect(bad.path).toBe('date');
    const other = createWorkflow(plainPolicy()).openCase({ reference: 'P-1', receivedAt: '2026-01-05' });
    expect(thrown(() => wf.statusOn(other, '2026-01-06')).path).toBe('case.policyId');
  });
});
