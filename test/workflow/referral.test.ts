import { describe, expect, it } from 'vitest';
import { policySchema } from '../../src/policies/index.js';
import { applyEvent, openCase, reminderSchedule, remindersDue, type Case, type CaseEventInput } from '../../src/workflow/index.js';
import { threeStagePolicy } from './policies.js';
import { preset } from './presets.js';

/*
 * Dudley's "New Referral" email (seed 000, "Children's Complaints – Referral & Follow Up Action": timing N/A, copy
 * in SM / PA). The schedule starts with it, id `new-referral`: dated the day the stage's case is allocated, and
 * until then, provisionally, the day the stage starts (the next working day when that is not one).
 */

const dudley = preset('dudley');

function walk(policy: Parameters<typeof applyEvent>[0], kase: Case, events: CaseEventInput[]): Case {
  return events.reduce((c, e) => applyEvent(policy, c, e), kase);
}

describe("Dudley's referral email", () => {
  // Received Friday 19 December 2025: stage 1 due Wednesday 7 January 2026 (walks.test.ts counts it by hand).
  const opened = openCase(dudley, { reference: 'DUD-9', receivedAt: '2025-12-19' });

  it('allocated on Monday 22 December: the referral is dated that day, no longer provisional, same key', () => {
    const allocated = applyEvent(dudley, opened, { type: 'allocated', on: '2025-12-22', role: 'team-manager' });
    const [referral, next] = reminderSchedule(dudley, allocated);
    expect(referral).toEqual({
      key: 'DUD-9|stage-1|new-referral|2026-01-07',
      reference: 'DUD-9',
      stage: 'stage-1',
      id: 'new-referral',
      date: '2025-12-22',
      dueDate: '2026-01-07',
      to: ['team-manager'],
      cc: ['service-manager', 'personal-assistant'],
      template: 'new-referral',
    });
    expect(next?.id).toBe('first-reminder');
    expect(reminderSchedule(dudley, opened)[0]).toMatchObject({ key: referral!.key, date: '2025-12-19', provisional: true });
  });

  it('goes to whoever responds: the role allocated, or one rung up when the complaint is about the team manager', () => {
    const toSm = applyEvent(dudley, opened, { type: 'allocated', on: '2025-12-22', role: 'service-manager' });
    // The service manager is the recipient, so is not copied in as well.
    expect(reminderSchedule(dudley, toSm)[0]).toMatchObject({ to: ['service-manager'], cc: ['personal-assistant'] });
    const about = openCase(dudley, { reference: 'DUD-10', receivedAt: '2025-12-19', about: 'team-manager' });
    expect(reminderSchedule(dudley, about)[0]).toMatchObject({ id: 'new-referral', to: ['service-manager'], cc: ['personal-assistant'] });
  });

  it('received on Saturday 2025-12-20: provisionally dated Monday 22 December, the first working day', () => {
    // The date of receipt stays Saturday (day 0); due Wed 7 Jan 2026: Mon 22 (1), Tue 23 (2), Wed 24 (3), Mon 29 (4),
    // Tue 30 (5), Wed 31 (6), Fri 2 (7), Mon 5 (8), Tue 6 (9), Wed 7 (10).
    const saturday = openCase(dudley, { reference: 'DUD-11', receivedAt: '2025-12-20' });
    expect(saturday.received).toBe('2025-12-20');
    expect(reminderSchedule(dudley, saturday)[0]).toMatchObject({ id: 'new-referral', date: '2025-12-22', dueDate: '2026-01-07', provisional: true });
  });

  it('remindersDue returns it once, in the window holding its date', () => {
    const allocated = applyEvent(dudley, opened, { type: 'allocated', on: '2025-12-23', role: 'team-manager' });
    expect(remindersDue(dudley, [allocated], { after: '2025-12-22', through: '2025-12-23' }).map((r) => r.key)).toEqual(['DUD-9|stage-1|new-referral|2026-01-07']);
    expect(remindersDue(dudley, [allocated], { after: '2025-12-18', through: '2025-12-22' })).toEqual([]);
    // Over the whole course: the referral once, then the seven reminders.
    const all = remindersDue(dudley, [allocated], { after: '2025-12-18', through: '2026-01-31' });
    expect(all.map((r) => r.id)).toEqual([
      'new-referral',
      'first-reminder',
      'second-reminder',
      'due-date-reminder',
      'first-overdue-reminder',
      'second-overdue-reminder',
      'third-overdue-reminder',
      'fourth-overdue-reminder',
    ]);
  });

  it('is dropped, like the ladder, by an extension recorded after it and by a response or withdrawal on or before it', () => {
    const extended = applyEvent(dudley, opened, { type: 'extension-agreed', on: '2026-01-05', workingDays: 5, reason: 'r', agreedWithComplainant: true });
    expect(reminderSchedule(dudley, extended).map((r) => r.id)).not.toContain('new-referral');
    const withdrawn = applyEvent(dudley, opened, { type: 'withdrawn', on: '2025-12-19' });
    expect(reminderSchedule(dudley, withdrawn)).toEqual([]);
    // Answered on Monday 22 December, before anyone allocated it: the provisional referral (Friday 19) stays listed.
    const answered = applyEvent(dudley, opened, { type: 'response-sent', on: '2025-12-22', outcome: 'upheld' });
    expect(reminderSchedule(dudley, answered).map((r) => [r.id, r.date])).toEqual([['new-referral', '2025-12-19']]);
  });
});

describe('a referral at a later stage', () => {
  const base = threeStagePolicy();
  const complaint = base.caseTypes.complaint!;
  const policy = policySchema.parse({
    ...base,
    caseTypes: {
      ...base.caseTypes,
      complaint: {
        ...complaint,
        stages: {
          ...complaint.stages,
          'stage-2': { ...complaint.stages['stage-2']!, referral: { to: ['responder'], cc: ['director'], template: 'r', source: 'local: test' } },
        },
      },
    },
  });
  // Received Monday 2026-01-05; stage 1 allocated Tuesday 6 January, answered Friday 16, stage 2 asked for Tuesday 20.
  const atStage2 = walk(policy, openCase(policy, { reference: 'R-2', receivedAt: '2026-01-05' }), [
    { type: 'allocated', on: '2026-01-06', role: 'team-manager' },
    { type: 'response-sent', on: '2026-01-16', outcome: 'not-upheld' },
    { type: 'next-stage-requested', on: '2026-01-20' },
  ]);

  it('stage 1 has none; stage 2 is provisionally referred on the day it was asked for (its own allocation still to come)', () => {
    // Stage 2 due Tue 20 Jan + 25 working days: Wed 21–Fri 23 (3), Mon 26–Fri 30 (8), Mon 2–Fri 6 Feb (13),
    // Mon 9–Fri 13 (18), Mon 16–Fri 20 (23), Mon 23 (24), Tue 24 Feb (25).
    expect(reminderSchedule(policy, atStage2)).toEqual([
      {
        key: 'R-2|stage-2|new-referral|2026-02-24',
        reference: 'R-2',
        stage: 'stage-2',
        id: 'new-referral',
        date: '2026-01-20',
        dueDate: '2026-02-24',
        to: ['complaints-manager'],
        cc: ['director'],
        template: 'r',
        provisional: true,
      },
    ]);
  });

  it('allocated at stage 2 on Wednesday 21 January: dated that day', () => {
    const allocated = applyEvent(policy, atStage2, { type: 'allocated', on: '2026-01-21', role: 'complaints-manager' });
    expect(reminderSchedule(policy, allocated).map((r) => [r.id, r.date, r.provisional])).toEqual([['new-referral', '2026-01-21', undefined]]);
  });
});
