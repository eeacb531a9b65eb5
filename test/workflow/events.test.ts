import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError, StatutoryComplaintsError } from '../../src/index.js';
import {
  allowedEventTypes,
  applyEvent,
  deadlines,
  EventOrderError,
  openCase,
  reminderSchedule,
  statusOn,
  TransitionError,
  type Case,
  type CaseEventInput,
} from '../../src/workflow/index.js';
import { plainPolicy, threeStagePolicy } from './policies.js';

const policy = threeStagePolicy();
const plain = plainPolicy();

function walk(kase: Case, events: readonly CaseEventInput[]): Case {
  return events.reduce((c, e) => applyEvent(policy, c, e), kase);
}

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

// Received Monday 2026-01-05: stage 1 due Monday 2026-01-19 (Tue 6 … Fri 9 = 4, Mon 12 … Fri 16 = 9, Mon 19 = 10).
const opened = openCase(policy, { reference: 'T-1', caseType: 'complaint', receivedAt: '2026-01-05' });

describe('openCase', () => {
  it('a date is the date of receipt; the case is frozen and has no events', () => {
    expect(opened).toEqual({
      reference: 'T-1',
      caseType: 'complaint',
      policyId: 'three-stage',
      policyVersion: '1.0.0',
      receivedAt: null,
      received: '2026-01-05',
      events: [],
    });
    expect(Object.isFrozen(opened)).toBe(true);
    expect(Object.isFrozen(opened.events)).toBe(true);
  });

  it('defaults to the first case type', () => {
    expect(openCase(policy, { reference: 'T', receivedAt: '2026-01-05' }).caseType).toBe('complaint');
  });

  it('17:30 on Friday 2 January 2026 after a 17:00 cut-off counts from Saturday, so (next-working-day rule) Monday 5 January', () => {
    const c = openCase(plain, { reference: 'P', receivedAt: '2026-01-02T17:30:00Z' });
    expect(c.received).toBe('2026-01-05');
    expect(c.receivedAt).toBe('2026-01-02T17:30:00.000Z');
    // 16:59 London time is before the cut-off: Friday 2 January.
    expect(openCase(plain, { reference: 'P', receivedAt: new Date('2026-01-02T16:59:00Z') }).received).toBe('2026-01-02');
  });

  it('under the ICO reading a Saturday stays the date of receipt', () => {
    expect(openCase(policy, { reference: 'S', receivedAt: '2026-01-03T10:00:00Z' }).received).toBe('2026-01-03');
    // next-working-day rule: Saturday 3 January → Monday 5 January.
    expect(openCase(plain, { reference: 'S', receivedAt: '2026-01-03' }).received).toBe('2026-01-05');
  });

  it('23:30 UTC on Tuesday 30 June 2026 is 00:30 BST on Wednesday 1 July', () => {
    expect(openCase(policy, { reference: 'B', receivedAt: '2026-06-30T23:30:00Z' }).received).toBe('2026-07-01');
  });

  it('rejects bad input with typed errors naming the field', () => {
    expect(caught(() => openCase(policy, { reference: '', receivedAt: '2026-01-05' }))).toMatchObject({ path: 'reference' });
    expect(caught(() => openCase(policy, { reference: 'X', caseType: 'nope', receivedAt: '2026-01-05' }))).toBeInstanceOf(InvalidArgumentError);
    expect(caught(() => openCase(policy, { reference: 'X', caseType: 'nope', receivedAt: '2026-01-05' }))).toMatchObject({ path: 'caseType' });
    expect(caught(() => openCase(policy, { reference: 'X', about: 'mayor', receivedAt: '2026-01-05' }))).toMatchObject({ path: 'about' });
    expect(caught(() => openCase(policy, { reference: 'X', receivedAt: '2026-02-30' }))).toBeInstanceOf(InvalidDateError);
    const noOffset = caught(() => openCase(policy, { reference: 'X', receivedAt: '2026-01-05T17:30:00' }));
    expect(noOffset).toBeInstanceOf(InvalidDateError);
    expect(noOffset).toMatchObject({ path: 'receivedAt' });
    expect(caught(() => openCase(policy, { reference: 'X', receivedAt: new Date(Number.NaN) }))).toBeInstanceOf(InvalidDateError);
    expect(caught(() => openCase(policy, { reference: 'X', receivedAt: '2026-01-05', extra: 1 } as never))).toMatchObject({ path: 'extra' });
  });
});

describe('applyEvent: validation', () => {
  it('returns a new frozen case and leaves the old one alone', () => {
    const next = applyEvent(policy, opened, { type: 'acknowledged', on: '2026-01-06' });
    expect(opened.events).toEqual([]);
    expect(next.events).toEqual([{ type: 'acknowledged', on: '2026-01-06' }]);
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(next.events[0])).toBe(true);
    const input = { type: 'allocated', on: '2026-01-06', role: 'team-manager' } as const;
    applyEvent(policy, opened, input);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('names the field and the rule', () => {
    expect(caught(() => applyEvent(policy, opened, { type: 'nope', on: '2026-01-06' } as never))).toMatchObject({ path: 'event.type' });
    const badDate = caught(() => applyEvent(policy, opened, { type: 'acknowledged', on: '2026-13-01' }));
    expect(badDate).toBeInstanceOf(InvalidDateError);
    expect(badDate).toMatchObject({ path: 'event.on' });
    expect(caught(() => applyEvent(policy, opened, { type: 'acknowledged' } as never))).toMatchObject({ path: 'event.on' });
    expect(caught(() => applyEvent(policy, opened, { type: 'acknowledged', on: '2026-01-06', by: 'x' } as never))).toMatchObject({
      path: 'event',
      message: expect.stringContaining('unknown field by'),
    });
    expect(caught(() => applyEvent(policy, opened, { type: 'response-sent', on: '2026-01-06' }))).toMatchObject({ path: 'event.outcome' });
    expect(caught(() => applyEvent(policy, opened, { type: 'response-sent', on: '2026-01-06', outcome: 'partial' } as never))).toMatchObject({
      path: 'event.outcome',
    });
    expect(caught(() => applyEvent(policy, opened, null as never))).toMatchObject({ path: 'event' });
  });

  it('never puts free text or names in error messages', () => {
    const secret = 'Jane Example of 1 High Street';
    const errors = [
      caught(() => applyEvent(policy, opened, { type: 'allocated', on: '2026-01-06', role: 'nobody', name: secret })),
      caught(() =>
        applyEvent(policy, opened, { type: 'extension-agreed', on: '2026-01-06', workingDays: 5, newDueDate: '2026-01-26', reason: secret, agreedWithComplainant: true }),
      ),
      caught(() => applyEvent(policy, opened, { type: 'delay-reason-recorded', on: '2026-01-06', code: 'Z040', text: secret })),
      caught(() => applyEvent(policy, opened, { type: 'agreed-actions-recorded', on: '2026-01-06', actions: [secret, ''] })),
      caught(() => applyEvent(policy, opened, { type: 'referred-back', on: '2026-01-06', reason: 'Jane' } as never)),
    ];
    for (const e of errors) {
      expect(e).toBeInstanceOf(StatutoryComplaintsError);
      expect(e.message).not.toContain('Jane');
      expect(e.message).not.toContain('High Street');
    }
  });

  it('events must not go back in time', () => {
    const acked = applyEvent(policy, opened, { type: 'acknowledged', on: '2026-01-07' });
    const e = caught(() => applyEvent(policy, acked, { type: 'allocated', on: '2026-01-06', role: 'team-manager' }));
    expect(e).toBeInstanceOf(EventOrderError);
    expect(e).toMatchObject({ code: 'event-out-of-order', path: 'event.on' });
    expect(caught(() => applyEvent(policy, opened, { type: 'acknowledged', on: '2026-01-04' }))).toBeInstanceOf(EventOrderError);
    // The same day is fine.
    expect(applyEvent(policy, acked, { type: 'allocated', on: '2026-01-07', role: 'team-manager' }).events).toHaveLength(2);
  });

  it('a case runs under its own policy', () => {
    const other = openCase(plain, { reference: 'P', receivedAt: '2026-01-05' });
    expect(caught(() => applyEvent(policy, other, { type: 'acknowledged', on: '2026-01-06' }))).toMatchObject({ path: 'case.policyId' });
    expect(caught(() => deadlines(policy, other))).toBeInstanceOf(InvalidArgumentError);
  });

  it('checks roles, reasons, codes and steps against the policy', () => {
    expect(caught(() => applyEvent(policy, opened, { type: 'allocated', on: '2026-01-06', role: 'mayor' }))).toMatchObject({ path: 'event.role' });
    expect(caught(() => applyEvent(policy, opened, { type: 'referred-back', on: '2026-01-06', reason: 'vexatious' }))).toMatchObject({
      path: 'event.reason',
    });
    expect(statusOn(policy, applyEvent(policy, opened, { type: 'referred-back', on: '2026-01-06', reason: 'panel-referrals' }), '2026-01-06').state).toBe(
      'outside-procedure',
    );
    const enquiry = openCase(policy, { reference: 'E', caseType: 'enquiry', receivedAt: '2026-01-05' });
    expect(caught(() => applyEvent(policy, enquiry, { type: 'step-completed', on: '2026-01-06', step: 'sent' }))).toMatchObject({ path: 'event.step' });
    expect(caught(() => applyEvent(policy, enquiry, { type: 'step-completed', on: '2026-01-06', step: 'print' }))).toMatchObject({ path: 'event.step' });
  });
});

describe('applyEvent: transitions', () => {
  it('TransitionError names the state, the event and what is allowed instead', () => {
    const e = caught(() => applyEvent(policy, opened, { type: 'closed', on: '2026-01-06' }));
    expect(e).toBeInstanceOf(TransitionError);
    const t = e as TransitionError;
    expect([t.code, t.path, t.state, t.event]).toEqual(['invalid-transition', 'event.type', 'open', 'closed']);
    // The events allowed on the event's date (issue 12 bug 3: a request for the next stage is not allowed while the
    // stage-1 response is not yet overdue, so it is not listed).
    expect(t.allowed).toEqual(allowedEventTypes(policy, opened).filter((type) => type !== 'next-stage-requested'));
    expect(t.allowed).toContain('response-sent');
    expect(t.message).toContain("'closed' is not allowed when the case is 'open'");
  });

  it('one response per stage; the panel events only at a panel stage', () => {
    const answered = applyEvent(policy, opened, { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' });
    expect(caught(() => applyEvent(policy, answered, { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' }))).toBeInstanceOf(TransitionError);
    expect(caught(() => applyEvent(policy, opened, { type: 'hearing-held', on: '2026-01-16' }))).toBeInstanceOf(TransitionError);
    expect(caught(() => applyEvent(policy, opened, { type: 'discretion-decided', on: '2026-01-16', accepted: true }))).toBeInstanceOf(TransitionError);
    expect(caught(() => applyEvent(policy, opened, { type: 'delay-reason-recorded', on: '2026-01-16', code: 'Z040' }))).toBeInstanceOf(TransitionError);
  });

  it('a panel stage: the hearing must be arranged before it is held, the report received before the final response', () => {
    const c = walk(opened, [
      { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
      { type: 'next-stage-requested', on: '2026-01-20' },
      { type: 'response-sent', on: '2026-02-20', outcome: 'not-upheld' },
      { type: 'panel-requested', on: '2026-02-23' },
    ]);
    expect(caught(() => applyEvent(policy, c, { type: 'hearing-held', on: '2026-03-02' }))).toBeInstanceOf(TransitionError);
    expect(caught(() => applyEvent(policy, c, { type: 'response-sent', on: '2026-03-02', outcome: 'upheld' }))).toBeInstanceOf(TransitionError);
    expect(caught(() => applyEvent(policy, c, { type: 'hearing-arranged', on: '2026-03-02', hearingDate: '2026-03-01' }))).toMatchObject({
      path: 'event.hearingDate',
    });
    const arranged = applyEvent(policy, c, { type: 'hearing-arranged', on: '2026-03-02', hearingDate: '2026-03-20' });
    expect(caught(() => applyEvent(policy, arranged, { type: 'final-response-sent', on: '2026-03-20', outcome: 'upheld' }))).toBeInstanceOf(TransitionError);
  });

  it('stage 2 does not allow a date beyond 65 working days (localDateMayExceed false)', () => {
    const c = walk(opened, [
      { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
      { type: 'next-stage-requested', on: '2026-01-20' },
    ]);
    // 65 WD after Tue 20 Jan 2026: Wed 21 … Fri 23 (3), 26–30 (8), Feb 2–27 (28), Mar 2–27 (48), 30 Mar–2 Apr (52),
    // [Good Friday 3, Easter Monday 6], 7–10 (56), 13–17 (61), Mon 20 … Thu 23 Apr (65).
    expect(deadlines(policy, c).find((d) => d.id === 'stage-2-maximum')?.due).toBe('2026-04-23');
    expect(applyEvent(policy, c, { type: 'extension-agreed', on: '2026-02-20', newDueDate: '2026-04-23', reason: 'r', agreedWithComplainant: true }).events).toHaveLength(
      3,
    );
    expect(
      caught(() => applyEvent(policy, c, { type: 'extension-agreed', on: '2026-02-20', newDueDate: '2026-04-24', reason: 'r', agreedWithComplainant: true })),
    ).toMatchObject({
      path: 'event.newDueDate',
    });
  });

  it('extensions: exactly one of the three, a working day after the current due date, recorded on or after agreement', () => {
    const ext = (fields: Record<string, unknown>) =>
      applyEvent(policy, opened, { type: 'extension-agreed', on: '2026-01-12', reason: 'r', agreedWithComplainant: true, ...fields });
    expect(caught(() => ext({}))).toMatchObject({ path: 'event' });
    expect(caught(() => ext({ workingDays: 2, newDueDate: '2026-01-23' }))).toMatchObject({ path: 'event' });
    // Saturday 24 January 2026 is not a working day.
    expect(caught(() => ext({ newDueDate: '2026-01-24' }))).toMatchObject({ path: 'event.newDueDate' });
    expect(caught(() => ext({ newDueDate: '2026-01-19' }))).toMatchObject({ path: 'event.newDueDate' });
    expect(caught(() => ext({ calendarMonths: 1 }))).toMatchObject({ path: 'event.calendarMonths' });
    expect(caught(() => ext({ workingDays: 2, agreedOn: '2026-01-13' }))).toMatchObject({ path: 'event.agreedOn' });
    // A policy stage without an extension rule does not allow one.
    const p = openCase(plain, { reference: 'P', receivedAt: '2026-01-05' });
    expect(caught(() => applyEvent(plain, p, { type: 'extension-agreed', on: '2026-01-12', workingDays: 5, reason: 'r', agreedWithComplainant: true }))).toBeInstanceOf(
      TransitionError,
    );
  });

  it('withdrawal, referral back and the ombudsman end the ladder; closing follows', () => {
    const w = applyEvent(policy, opened, { type: 'withdrawn', on: '2026-01-16' });
    expect(statusOn(policy, w, '2026-01-16').state).toBe('withdrawn');
    // Ladder around Mon 19 Jan: -2 = Thu 15 (kept, before the withdrawal), 0 = Mon 19 and +2 = Wed 21 dropped.
    expect(reminderSchedule(policy, w).map((r) => [r.id, r.date])).toEqual([['before', '2026-01-15']]);
    expect(statusOn(policy, applyEvent(policy, w, { type: 'closed', on: '2026-01-16' }), '2026-01-20').state).toBe('closed');
    const o = applyEvent(policy, opened, { type: 'referred-to-ombudsman', on: '2026-01-14' });
    // The language preference may change in every state (issue 16): correspondence goes on after the ombudsman.
    expect(allowedEventTypes(policy, o)).toEqual(['closed', 'agreed-actions-recorded', 'language-preference-changed']);
    expect(reminderSchedule(policy, o)).toEqual([]);
  });

  it('accepted late (time limit with discretion), holding responses and mediation within a stage', () => {
    const c = walk(opened, [
      { type: 'accepted-late', on: '2026-01-05' },
      { type: 'holding-response-sent', on: '2026-01-09' },
      { type: 'mediation-offered', on: '2026-01-12' },
    ]);
    expect(statusOn(policy, c, '2026-01-12').state).toBe('mediation');
    expect(caught(() => applyEvent(policy, c, { type: 'accepted-late', on: '2026-01-12' }))).toBeInstanceOf(TransitionError);
    const failed = applyEvent(policy, c, { type: 'mediation-concluded', on: '2026-01-14', resolved: false });
    expect(statusOn(policy, failed, '2026-01-14').state).toBe('open');
    const resolved = applyEvent(policy, c, { type: 'mediation-concluded', on: '2026-01-14', resolved: true });
    expect(statusOn(policy, resolved, '2026-01-14').state).toBe('resolved');
    expect(deadlines(policy, resolved).find((d) => d.id === 'stage-1-response')?.metOn).toBe('2026-01-14');
    // No time limit in the plain policy: nothing to accept late.
    const p = openCase(plain, { reference: 'P', receivedAt: '2026-01-05' });
    expect(caught(() => applyEvent(plain, p, { type: 'accepted-late', on: '2026-01-05' }))).toBeInstanceOf(TransitionError);
    // No normal-business window in this policy.
    expect(caught(() => applyEvent(policy, opened, { type: 'normal-business-confirmed', on: '2026-01-06' }))).toBeInstanceOf(TransitionError);
  });

  it('a late stage-2 request without the discretion rule goes ahead, recorded as late', () => {
    // Stage 2 answered Fri 20 Feb 2026; stage 3 window (no discretion needed): 20 WD → Fri 20 Mar.
    const c = walk(opened, [
      { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
      { type: 'next-stage-requested', on: '2026-01-20' },
      { type: 'response-sent', on: '2026-02-20', outcome: 'not-upheld' },
      { type: 'next-stage-requested', on: '2026-03-23' },
    ]);
    const s = statusOn(policy, c, '2026-03-23');
    expect([s.state, s.stage]).toEqual(['open', 'stage-3']);
    const w = deadlines(policy, c).find((d) => d.id === 'stage-3-request-window')!;
    expect([w.due, w.metOn, w.flags]).toEqual(['2026-03-20', '2026-03-23', ['missed']]);
  });
});

describe('statusOn', () => {
  const answered = walk(opened, [
    { type: 'acknowledged', on: '2026-01-06' },
    { type: 'response-sent', on: '2026-01-21', outcome: 'upheld' },
  ]);

  it('looks only at events up to the date', () => {
    expect(statusOn(policy, answered, '2026-01-20').state).toBe('open');
    expect(statusOn(policy, answered, '2026-01-20').overdue).toBe(true);
    // One working day overdue on Tue 20 Jan (due Mon 19).
    expect(statusOn(policy, answered, '2026-01-20').workingDaysRemaining).toBe(-1);
    expect(statusOn(policy, answered, '2026-01-21').state).toBe('delay-reason-awaited');
  });

  it('the acknowledgement is the next deadline until it is made', () => {
    // Mon 5 + 3: Tue 6, Wed 7, Thu 8.
    const s = statusOn(policy, opened, '2026-01-05');
    expect([s.nextDeadline?.id, s.nextDeadline?.due, s.workingDaysRemaining]).toEqual(['acknowledgement', '2026-01-08', 3]);
    expect(s.responsible).toEqual({ role: 'team-manager', with: [], movedUp: false });
  });

  it('rejects a date before receipt or not a date', () => {
    expect(caught(() => statusOn(policy, opened, '2026-01-04'))).toMatchObject({ path: 'date' });
    expect(caught(() => statusOn(policy, opened, '5 Jan 2026'))).toBeInstanceOf(InvalidDateError);
  });

  it('the follow-up goes to the senior manager, copying the responder', () => {
    const ladder = reminderSchedule(policy, answered);
    // Late response Wed 21 Jan; follow-up 10 WD later: Thu 22 … Wed 4 Feb.
    expect(ladder.find((r) => r.id === 'delay-reason-follow-up')).toMatchObject({
      date: '2026-02-04',
      to: ['service-manager'],
      cc: ['team-manager'],
      template: 'no-reason',
      key: 'T-1|stage-1|delay-reason-follow-up|2026-01-19',
    });
  });

  it('deadlines are computed, not stored: a corrected policy (a new closure day) moves them', () => {
    const corrected = threeStagePolicy({
      calendar: {
        holidays: 'england-and-wales',
        closures: [{ date: '2026-01-16', reason: 'Office move' }],
        nonWorkingDayReceipt: 'count-from-next-working-day',
        source: 'local: test',
      },
    });
    const same = { ...opened, policyId: corrected.id };
    // Due Mon 19 Jan without the closure; with Fri 16 Jan closed, the 10th working day is Tue 20 Jan.
    expect(deadlines(policy, opened).find((d) => d.id === 'stage-1-response')?.due).toBe('2026-01-19');
    const moved = deadlines(corrected, same).find((d) => d.id === 'stage-1-response')!;
    expect(moved.due).toBe('2026-01-20');
    expect(moved.skipped.filter((d) => d.kind === 'closure').map((d) => [d.date, d.reason])).toEqual([['2026-01-16', 'Office move']]);
  });
});
