import { describe, expect, it } from 'vitest';
import { applyEvent, deadlines, expectedTimeline, openCase, reminderSchedule, remindersDue, statusOn, TransitionError } from '../../src/workflow/index.js';
import { InvalidArgumentError } from '../../src/index.js';
import { preset } from './presets.js';
import { byId, walk } from './walk.js';

/*
 * End-to-end walks of the seed councils' flows, with every date worked out by hand on the calendar the preset names.
 * Bank holidays used (GOV.UK, England and Wales): Thu 2025-12-25 Christmas Day, Fri 2025-12-26 Boxing Day,
 * Thu 2026-01-01 New Year's Day, Fri 2026-04-03 Good Friday, Mon 2026-04-06 Easter Monday, Mon 2026-05-04 early May,
 * Mon 2026-05-25 spring, Mon 2026-08-31 summer. Northern Ireland adds Tue 2026-03-17 (St Patrick's Day).
 * Counting: the start date is day 0, the deadline is the Nth working day after it (LGSCO 25 005 179, Cornwall).
 */

describe('Dudley: a complaint received just before Christmas (seed 000)', () => {
  const dudley = preset('dudley');
  const opened = openCase(dudley, { reference: 'DUD-1', receivedAt: '2025-12-19' });

  it('stage 1 is due Wednesday 2026-01-07: 10 working days after Friday 2025-12-19, skipping Christmas, Boxing Day and New Year', () => {
    // Working days: Mon 22 (1), Tue 23 (2), Wed 24 (3), [Thu 25 Christmas, Fri 26 Boxing Day, Sat 27, Sun 28],
    // Mon 29 (4), Tue 30 (5), Wed 31 (6), [Thu 1 Jan New Year's Day], Fri 2 (7), [Sat 3, Sun 4], Mon 5 (8), Tue 6 (9),
    // Wed 7 (10).
    const d = byId(deadlines(dudley, opened), 'stage-1-response');
    expect(d.due).toBe('2026-01-07');
    expect(d.start).toBe('2025-12-19');
    expect(d.startedBy).toBe('received');
    expect(d.workingDays).toBe(10);
    expect(d.source).toBe('SI 2006/1738 reg 14 (read second-hand)');
    expect(d.skipped.map((s) => s.date)).toEqual([
      '2025-12-20',
      '2025-12-21',
      '2025-12-25',
      '2025-12-26',
      '2025-12-27',
      '2025-12-28',
      '2026-01-01',
      '2026-01-03',
      '2026-01-04',
    ]);
    expect(d.skipped.filter((s) => s.kind === 'holiday').map((s) => s.reason)).toEqual(['Christmas Day', 'Boxing Day', 'New Year’s Day']);
    expect(d.provisional).toBe(false);
  });

  it('the statutory maximum is Wednesday 2026-01-21 (20 working days)', () => {
    // After Wed 7 Jan (10): Thu 8 (11), Fri 9 (12), Mon 12–Fri 16 (13–17), Mon 19 (18), Tue 20 (19), Wed 21 (20).
    expect(byId(deadlines(dudley, opened), 'stage-1-maximum').due).toBe('2026-01-21');
  });

  it('the ladder: Tue 30 Dec, Fri 2 Jan, Wed 7 Jan, Mon 12, Thu 15, Tue 20, Fri 23 Jan, copy list widening', () => {
    // Before Wed 7 Jan: Tue 6 (-1), Mon 5 (-2), Fri 2 (-3), [Thu 1 holiday], Wed 31 (-4), Tue 30 Dec (-5).
    // After it: Thu 8 (+1), Fri 9 (+2), Mon 12 (+3), Tue 13, Wed 14, Thu 15 (+6), Fri 16, Mon 19, Tue 20 (+9),
    // Wed 21, Thu 22, Fri 23 (+12).
    // First the "New Referral" email (seed 000: timing N/A, copy SM / PA): not yet allocated, so provisionally dated
    // the day of receipt, Friday 19 December 2025.
    const [referral, ...ladder] = reminderSchedule(dudley, opened);
    expect([referral!.id, referral!.date, referral!.provisional, referral!.template]).toEqual(['new-referral', '2025-12-19', true, 'new-referral']);
    expect([referral!.to, referral!.cc]).toEqual([['team-manager'], ['service-manager', 'personal-assistant']]);
    expect(referral!.key).toBe('DUD-1|stage-1|new-referral|2026-01-07');
    expect(ladder.map((r) => [r.id, r.date])).toEqual([
      ['first-reminder', '2025-12-30'],
      ['second-reminder', '2026-01-02'],
      ['due-date-reminder', '2026-01-07'],
      ['first-overdue-reminder', '2026-01-12'],
      ['second-overdue-reminder', '2026-01-15'],
      ['third-overdue-reminder', '2026-01-20'],
      ['fourth-overdue-reminder', '2026-01-23'],
    ]);
    // Seed 000: "SM / PA", then "SM / PA / HoS", and the 4th overdue adds the Director.
    expect(ladder[0]!.to).toEqual(['team-manager']);
    expect(ladder[0]!.cc).toEqual(['service-manager', 'personal-assistant']);
    expect(ladder[1]!.cc).toEqual(['service-manager', 'personal-assistant', 'head-of-service']);
    expect(ladder[6]!.cc).toEqual(['service-manager', 'personal-assistant', 'head-of-service', 'director']);
    expect(ladder[0]!.key).toBe('DUD-1|stage-1|first-reminder|2026-01-07');
    expect(ladder.map((r) => r.template)).toEqual([
      'reminder',
      'reminder',
      'due-date-reminder',
      'overdue-reminder',
      'overdue-reminder',
      'overdue-reminder',
      'overdue-reminder',
    ]);
  });

  it('a daily job that does not run over Christmas catches up on Friday 2 January 2026', () => {
    // Ran last on Wednesday 24 December; the office reopens Monday 29 (job not run) and the next run is Friday 2 Jan.
    const due = remindersDue(dudley, [opened], { after: '2025-12-24', through: '2026-01-02' });
    expect(due.map((r) => r.id)).toEqual(['first-reminder', 'second-reminder']);
    expect(remindersDue(dudley, [opened], { after: '2025-12-24', through: '2026-01-02' }).map((r) => r.key)).toEqual(due.map((r) => r.key));
  });

  it('an extension to Wednesday 2026-01-14 agreed with the complainant moves the ladder (new keys)', () => {
    const extended = applyEvent(dudley, opened, {
      type: 'extension-agreed',
      on: '2026-01-05',
      workingDays: 5,
      reason: 'Several teams involved',
      agreedWithComplainant: true,
    });
    // Wed 7 Jan + 5: Thu 8, Fri 9, Mon 12, Tue 13, Wed 14.
    const list = deadlines(dudley, extended);
    expect(byId(list, 'stage-1-extended-response').due).toBe('2026-01-14');
    expect(byId(list, 'stage-1-extended-response').workingDays).toBe(15);
    expect(byId(list, 'stage-1-extended-response').flags).toEqual([]);
    expect(byId(list, 'stage-1-response').supersededBy).toBe('stage-1-extended-response');
    const ladder = reminderSchedule(dudley, extended);
    // New ladder around Wed 14 Jan: -5 = Wed 7, -3 = Fri 9, 0 = Wed 14, +3 = Mon 19, +6 = Thu 22, +9 = Tue 27, +12 = Fri 30.
    expect(ladder.map((r) => [r.id, r.date])).toEqual([
      ['first-reminder', '2026-01-07'],
      ['second-reminder', '2026-01-09'],
      ['due-date-reminder', '2026-01-14'],
      ['first-overdue-reminder', '2026-01-19'],
      ['second-overdue-reminder', '2026-01-22'],
      ['third-overdue-reminder', '2026-01-27'],
      ['fourth-overdue-reminder', '2026-01-30'],
    ]);
    expect(ladder.every((r) => r.key.endsWith('|2026-01-14'))).toBe(true);
    expect(statusOn(dudley, extended, '2026-01-08').overdue).toBe(false);
  });

  it('an extension to Thursday 2026-01-22 is kept but flagged beyond the statutory maximum (20 working days end Wed 21)', () => {
    const extended = applyEvent(dudley, opened, {
      type: 'extension-agreed',
      on: '2026-01-09',
      newDueDate: '2026-01-22',
      reason: 'Staff absence',
      agreedWithComplainant: true,
    });
    const d = byId(deadlines(dudley, extended), 'stage-1-extended-response');
    expect(d.due).toBe('2026-01-22');
    expect(d.flags).toEqual(['extension-beyond-statutory-maximum', 'extension-agreed-after-original-date-passed']);
    expect(statusOn(dudley, extended, '2026-01-09').flags).toContain('extension-beyond-statutory-maximum');
  });

  it('a late response on Monday 2026-01-12 waits for a reason (Z045); the senior-manager follow-up is due Monday 2026-01-26', () => {
    const late = applyEvent(dudley, opened, { type: 'response-sent', on: '2026-01-12', outcome: 'partly-upheld' });
    const s = statusOn(dudley, late, '2026-01-12');
    expect(s.state).toBe('delay-reason-awaited');
    expect(s.delayReasonOwed).toBe(true);
    expect(s.awaitedCode).toBe('Z045');
    // Mon 12 + 10: Tue 13 … Fri 16 (4), Mon 19 … Fri 23 (9), Mon 26 (10).
    expect(s.nextDeadline?.id).toBe('stage-1-delay-reason-follow-up');
    expect(s.nextDeadline?.due).toBe('2026-01-26');
    expect(byId(deadlines(dudley, late), 'stage-1-response').flags).toEqual(['missed']);
    const ladder = reminderSchedule(dudley, late);
    // The response ends the ladder: the first overdue reminder (Mon 12) is not sent.
    expect(ladder.map((r) => [r.id, r.date, r.to, r.template])).toEqual([
      ['new-referral', '2025-12-19', ['team-manager'], 'new-referral'],
      ['first-reminder', '2025-12-30', ['team-manager'], 'reminder'],
      ['second-reminder', '2026-01-02', ['team-manager'], 'reminder'],
      ['due-date-reminder', '2026-01-07', ['team-manager'], 'due-date-reminder'],
      ['delay-reason-request', '2026-01-12', ['team-manager'], 'reason-for-delay-request'],
      ['delay-reason-follow-up', '2026-01-26', ['service-manager'], 'no-reason-received'],
    ]);
    expect(statusOn(dudley, late, '2026-01-27').overdue).toBe(true);
    // The reason arrives: the state returns to responded and the follow-up is dropped.
    const reason = applyEvent(dudley, late, { type: 'delay-reason-recorded', on: '2026-01-14', code: 'Z042', text: 'Manager on leave' });
    expect(statusOn(dudley, reason, '2026-01-14').state).toBe('responded');
    expect(statusOn(dudley, reason, '2026-01-14').delayReasonOwed).toBe(false);
    expect(reminderSchedule(dudley, reason).map((r) => r.id)).not.toContain('delay-reason-follow-up');
    expect(() => applyEvent(dudley, late, { type: 'delay-reason-recorded', on: '2026-01-14', code: 'Z045' })).toThrow(InvalidArgumentError);
  });

  it('the expected timeline escalates each stage on its due date', () => {
    const t = expectedTimeline(dudley, { receivedAt: '2025-12-19' });
    // Stage 2 asked for on Wed 7 Jan: window (response + 20) Wed 4 Feb; 25 WD → Wed 11 Feb; 65 WD → Fri 10 Apr
    // (Good Friday 3 Apr and Easter Monday 6 Apr skipped). Stage 3 asked for on Wed 11 Feb: window Wed 11 Mar;
    // panel meets within 30 WD → Wed 25 Mar; report 5 WD → Wed 1 Apr; response 15 WD → Fri 24 Apr (Easter skipped).
    expect(t.deadlines.map((d) => [d.id, d.due])).toEqual([
      ['stage-1-response', '2026-01-07'],
      ['stage-1-maximum', '2026-01-21'],
      ['stage-2-request-window', '2026-02-04'],
      ['stage-2-response', '2026-02-11'],
      ['stage-3-request-window', '2026-03-11'],
      ['stage-3-panel-meeting', '2026-03-25'],
      ['stage-3-panel-report', '2026-04-01'],
      ['stage-2-maximum', '2026-04-10'],
      ['stage-3-final-response', '2026-04-24'],
    ]);
    // The referral (provisional: no allocation is assumed) and the seven reminders of stage 1; no later ladder.
    expect(t.reminders).toHaveLength(8);
    expect(t.reminders[0]).toMatchObject({ id: 'new-referral', date: '2025-12-19', provisional: true });
    expect(t.received).toBe('2025-12-19');
  });
});

describe('Southampton: through mediation to stage 2 (seed 003)', () => {
  const soton = preset('southampton');
  // Received Monday 2026-03-02, about the team manager.
  const opened = openCase(soton, { reference: 'SOT-1', receivedAt: '2026-03-02', about: 'team-manager' });

  it('responsibility moves one rung up, from the team manager to the service manager', () => {
    const allocated = applyEvent(soton, opened, { type: 'allocated', on: '2026-03-03', role: 'team-manager' });
    const s = statusOn(soton, allocated, '2026-03-03');
    expect(s.responsible).toEqual({ role: 'service-manager', with: [], movedUp: true });
    // The ladder's `responder` is the service manager too (no ladder in this preset: checked on a status instead).
    expect(s.nextDeadline?.id).toBe('normal-business-window');
    // Normal business counts from allocation, Tue 3 Mar: Wed 4, Thu 5, Fri 6.
    expect(s.nextDeadline?.due).toBe('2026-03-06');
  });

  it('normal business confirmed on day 4 (Monday 2026-03-09) is too late: it stays a complaint', () => {
    const c = walk(soton, opened, [
      { type: 'allocated', on: '2026-03-03', role: 'team-manager' },
      { type: 'normal-business-confirmed', on: '2026-03-09' },
    ]);
    expect(statusOn(soton, c, '2026-03-09').state).toBe('open');
    expect(byId(deadlines(soton, c), 'normal-business-window').flags).toContain('normal-business-confirmed-too-late');
    const inTime = walk(soton, opened, [
      { type: 'allocated', on: '2026-03-03', role: 'team-manager' },
      { type: 'normal-business-confirmed', on: '2026-03-06' },
    ]);
    expect(statusOn(soton, inTime, '2026-03-06').state).toBe('normal-business');
  });

  it('walks stage 1, mediation and stage 2 with hand-computed dates', () => {
    let c = walk(soton, opened, [
      { type: 'acknowledged', on: '2026-03-02' },
      { type: 'allocated', on: '2026-03-03', role: 'team-manager' },
    ]);
    // Stage 1: Mon 2 Mar + 10 = Mon 16 Mar (Tue 3 … Fri 6 = 4, Mon 9 … Fri 13 = 9, Mon 16 = 10).
    expect(byId(deadlines(soton, c), 'stage-1-response').due).toBe('2026-03-16');
    c = walk(soton, c, [
      { type: 'step-completed', on: '2026-03-10', step: 'investigate-and-draft' },
      { type: 'step-completed', on: '2026-03-12', step: 'authorise' },
      { type: 'response-sent', on: '2026-03-13', outcome: 'not-upheld' },
      { type: 'step-completed', on: '2026-03-13', step: 'send' },
    ]);
    expect(statusOn(soton, c, '2026-03-13').state).toBe('responded');
    // Mediation offered Mon 23 Mar: the optional mediation stage, 10 WD → Wed 8 Apr
    // (Tue 24 … Fri 27 = 4, Mon 30, Tue 31, Wed 1, Thu 2 = 8, [Good Friday 3, Easter Monday 6], Tue 7 = 9, Wed 8 = 10).
    c = applyEvent(soton, c, { type: 'mediation-offered', on: '2026-03-23' });
    let s = statusOn(soton, c, '2026-03-23');
    expect([s.state, s.stage, s.responsible.role]).toEqual(['mediation', 'mediation', 'service-manager']);
    expect(s.nextDeadline?.id).toBe('mediation-response');
    expect(s.nextDeadline?.due).toBe('2026-04-08');
    // Mediation fails on Thu 2 Apr: the window for stage 2 runs 20 WD from then → Tue 5 May
    // (Tue 7 … Fri 10 = 4, 13–17 = 9, 20–24 = 14, 27–30 Apr = 18, Fri 1 May = 19, [Mon 4 May], Tue 5 May = 20).
    c = applyEvent(soton, c, { type: 'mediation-concluded', on: '2026-04-02', resolved: false });
    s = statusOn(soton, c, '2026-04-02');
    expect([s.state, s.stage]).toEqual(['responded', 'mediation']);
    expect(s.nextDeadline?.id).toBe('stage-2-request-window');
    expect(s.nextDeadline?.due).toBe('2026-05-05');
    // Stage 2 asked for on Fri 10 Apr: 25 WD → Mon 18 May (13–17 = 5, 20–24 = 10, 27 Apr–1 May = 15, [4 May],
    // 5–8 = 19, 11–15 = 24, Mon 18 = 25); 65 WD → Tue 14 Jul (spring bank holiday Mon 25 May skipped).
    c = applyEvent(soton, c, { type: 'next-stage-requested', on: '2026-04-10' });
    s = statusOn(soton, c, '2026-04-10');
    expect([s.state, s.stage, s.responsible.role]).toEqual(['open', 'stage-2', 'principal-officer']);
    expect(s.responsible.with).toEqual(['independent-investigator', 'independent-person']);
    const list = deadlines(soton, c);
    expect(byId(list, 'stage-2-response').due).toBe('2026-05-18');
    expect(byId(list, 'stage-2-maximum').due).toBe('2026-07-14');
    expect(s.workingDaysRemaining).toBe(25);
  });

  it('an extension agreed after the 10 days expired is flagged (the note asks for it before)', () => {
    const c = applyEvent(soton, opened, {
      type: 'extension-agreed',
      on: '2026-03-17',
      newDueDate: '2026-03-27',
      reason: 'Key member of staff on leave',
      agreedWithComplainant: true,
    });
    expect(byId(deadlines(soton, c), 'stage-1-extended-response').flags).toEqual(['extension-agreed-after-original-date-passed']);
  });
});

describe('Swindon: stages 1, 2 and 3 (seed 004)', () => {
  const swindon = preset('swindon');
  // Received Thursday 2026-04-02, the day before Good Friday.
  const opened = openCase(swindon, { reference: 'SWI-1', receivedAt: '2026-04-02' });

  it('walks the whole procedure', () => {
    let list = deadlines(swindon, opened);
    // Acknowledge within 3 WD: [Fri 3 Good Friday, Mon 6 Easter Monday], Tue 7 (1), Wed 8 (2), Thu 9 (3).
    expect(byId(list, 'acknowledgement').due).toBe('2026-04-09');
    // Stage 1: Fri 10 (4), Mon 13 … Fri 17 (9), Mon 20 (10).
    expect(byId(list, 'stage-1-response').due).toBe('2026-04-20');
    // Maximum 20: Tue 21 … Fri 24 (14), Mon 27 … Fri 1 May (19), [Mon 4 May], Tue 5 May (20).
    expect(byId(list, 'stage-1-maximum').due).toBe('2026-05-05');

    let c = walk(swindon, opened, [
      { type: 'acknowledged', on: '2026-04-08' },
      { type: 'step-completed', on: '2026-04-08', step: 'allocate' },
      { type: 'allocated', on: '2026-04-08', role: 'team-manager' },
    ]);
    // Swindon does not allow a local date beyond the 20 working days.
    expect(() => applyEvent(swindon, c, { type: 'extension-agreed', on: '2026-04-17', newDueDate: '2026-05-06', reason: 'x', agreedWithComplainant: true })).toThrow(
      InvalidArgumentError,
    );
    // Extension of 5 WD from Mon 20: Tue 21, Wed 22, Thu 23, Fri 24, Mon 27.
    c = walk(swindon, c, [
      { type: 'extension-agreed', on: '2026-04-17', workingDays: 5, reason: 'Complex', agreedWithComplainant: true },
      { type: 'step-completed', on: '2026-04-24', step: 'respond' },
      { type: 'response-sent', on: '2026-04-24', outcome: 'partly-upheld' },
      { type: 'step-completed', on: '2026-04-27', step: 'log-response' },
    ]);
    list = deadlines(swindon, c);
    expect(byId(list, 'stage-1-extended-response').due).toBe('2026-04-27');
    expect(byId(list, 'stage-1-extended-response').metOn).toBe('2026-04-24');
    expect(byId(list, 'stage-1-extended-response').flags).toEqual([]);
    // Window for stage 2: Fri 24 Apr + 20 → Tue 26 May (27 Apr–1 May = 5, [4 May], 5–8 = 9, 11–15 = 14,
    // 18–22 = 19, [Mon 25 May spring], Tue 26 = 20).
    expect(byId(list, 'stage-2-request-window').due).toBe('2026-05-26');
    expect(statusOn(swindon, c, '2026-04-27').state).toBe('responded');

    c = walk(swindon, c, [
      { type: 'further-questions-answered', on: '2026-04-30' },
      { type: 'next-stage-requested', on: '2026-05-13' },
    ]);
    list = deadlines(swindon, c);
    // Stage 2 acknowledgement 3 WD from Wed 13 May: Thu 14, Fri 15, Mon 18.
    expect(byId(list, 'stage-2-acknowledgement').due).toBe('2026-05-18');
    // 25 WD: 14–15 (2), 18–22 (7), [25 May], 26–29 (11), 1–5 Jun (16), 8–12 (21), Mon 15 … Thu 18 Jun (25).
    expect(byId(list, 'stage-2-response').due).toBe('2026-06-18');
    // 65 WD: Fri 19 Jun (26), 22–26 (31), 29 Jun–3 Jul (36), 6–10 (41), 13–17 (46), 20–24 (51), 27–31 (56),
    // 3–7 Aug (61), Mon 10 … Thu 13 Aug (65).
    expect(byId(list, 'stage-2-maximum').due).toBe('2026-08-13');
    expect(statusOn(swindon, c, '2026-05-13').responsible).toEqual({
      role: 'head-of-children-and-families',
      with: ['independent-investigator', 'independent-person'],
      movedUp: false,
    });

    c = walk(swindon, c, [
      { type: 'acknowledged', on: '2026-05-14' },
      { type: 'investigator-appointed', on: '2026-05-15' },
      { type: 'independent-person-appointed', on: '2026-05-15' },
      { type: 'response-sent', on: '2026-06-17', outcome: 'not-upheld' },
    ]);
    // Window for stage 3: Wed 17 Jun + 20 → Wed 15 Jul.
    expect(byId(deadlines(swindon, c), 'stage-3-request-window').due).toBe('2026-07-15');
    // A hearing cannot be arranged before a panel is asked for.
    expect(() => applyEvent(swindon, c, { type: 'hearing-arranged', on: '2026-06-18', hearingDate: '2026-07-01' })).toThrow(TransitionError);

    c = applyEvent(swindon, c, { type: 'panel-requested', on: '2026-06-29' });
    list = deadlines(swindon, c);
    expect(statusOn(swindon, c, '2026-06-29').stage).toBe('stage-3');
    // Acknowledge 3 WD: Tue 30 Jun, Wed 1, Thu 2 Jul.
    expect(byId(list, 'stage-3-acknowledgement').due).toBe('2026-07-02');
    // Panel meets within 30 WD of Mon 29 Jun: 30 Jun–3 Jul (4), 6–10 (9), 13–17 (14), 20–24 (19), 27–31 (24),
    // 3–7 Aug (29), Mon 10 Aug (30).
    expect(byId(list, 'stage-3-panel-meeting').due).toBe('2026-08-10');

    c = applyEvent(swindon, c, { type: 'hearing-arranged', on: '2026-07-06', hearingDate: '2026-08-05' });
    // Notice: 10 WD before Wed 5 Aug: Tue 4 (1), Mon 3 (2), Fri 31 Jul (3), Thu 30, Wed 29, Tue 28, Mon 27 (7),
    // Fri 24 (8), Thu 23 (9), Wed 22 Jul (10).
    const notice = byId(deadlines(swindon, c), 'stage-3-hearing-notice');
    expect(notice.due).toBe('2026-07-22');
    expect(notice.metOn).toBe('2026-07-06');
    expect(notice.skipped.map((d) => d.date)).toEqual(['2026-07-25', '2026-07-26', '2026-08-01', '2026-08-02']);

    c = walk(swindon, c, [
      { type: 'hearing-held', on: '2026-08-05' },
      { type: 'panel-report-received', on: '2026-08-11' },
    ]);
    list = deadlines(swindon, c);
    // Report 5 WD after Wed 5 Aug: Thu 6, Fri 7, Mon 10, Tue 11, Wed 12.
    expect(byId(list, 'stage-3-panel-report').due).toBe('2026-08-12');
    // Final response 15 WD after Tue 11 Aug: 12–14 (3), 17–21 (8), 24–28 (13), [Mon 31 Aug summer], Tue 1 (14),
    // Wed 2 Sep (15).
    expect(byId(list, 'stage-3-final-response').due).toBe('2026-09-02');
    expect(statusOn(swindon, c, '2026-08-11').responsible).toEqual({ role: 'director', with: ['independent-person'], movedUp: false });

    c = walk(swindon, c, [
      { type: 'final-response-sent', on: '2026-09-01', outcome: 'upheld' },
      { type: 'closed', on: '2026-09-02' },
      { type: 'agreed-actions-recorded', on: '2026-09-02', actions: ['Review the allocation process'] },
    ]);
    const end = statusOn(swindon, c, '2026-09-02');
    expect(end.state).toBe('closed');
    expect(end.nextDeadline).toBeUndefined();
    expect(() => applyEvent(swindon, c, { type: 'next-stage-requested', on: '2026-09-03' })).toThrow(TransitionError);
  });

  it('a request for stage 2 after the window needs a discretion decision', () => {
    const c = walk(swindon, opened, [
      { type: 'response-sent', on: '2026-04-20', outcome: 'not-upheld' },
      // Window: Mon 20 Apr + 20 → Tue 19 May (21–24 = 4, 27 Apr–1 May = 9, [4 May], 5–8 = 13, 11–15 = 18, Mon 18 = 19, Tue 19 = 20).
      { type: 'next-stage-requested', on: '2026-05-20' },
    ]);
    const s = statusOn(swindon, c, '2026-05-20');
    expect(s.state).toBe('awaiting-discretion');
    expect(s.flags).toContain('late-request-needs-discretion');
    expect(byId(deadlines(swindon, c), 'stage-2-request-window').due).toBe('2026-05-19');
    const accepted = applyEvent(swindon, c, { type: 'discretion-decided', on: '2026-05-22', accepted: true });
    expect(statusOn(swindon, accepted, '2026-05-22').stage).toBe('stage-2');
    // Swindon counts the window from the day the letter was received (issue 16); none is recorded here, so the day
    // it was sent stands in for it and the window is flagged as assumed.
    expect(byId(deadlines(swindon, accepted), 'stage-2-request-window').flags).toEqual(['late-request-accepted', 'clock-start-assumed', 'missed']);
    const refused = applyEvent(swindon, c, { type: 'discretion-decided', on: '2026-05-22', accepted: false });
    expect(statusOn(swindon, refused, '2026-05-22').state).toBe('outside-procedure');
  });

  it('a complainant may ask for stage 2 while stage 1 is overdue, not before', () => {
    expect(() => applyEvent(swindon, opened, { type: 'next-stage-requested', on: '2026-04-20' })).toThrow(TransitionError);
    const c = applyEvent(swindon, opened, { type: 'next-stage-requested', on: '2026-04-21' });
    expect(statusOn(swindon, c, '2026-04-21').stage).toBe('stage-2');
  });
});

describe("the borough's Member Enquiry (seed 001)", () => {
  const borough = preset('mayoral-borough');
  // Received Wednesday 2026-05-20; allocated to the CSC team on Thursday 21 May.
  const opened = openCase(borough, { reference: 'ME-1', caseType: 'member-enquiry', receivedAt: '2026-05-20' });

  it('before allocation the clock is assumed to start on receipt (provisional)', () => {
    const d = byId(deadlines(borough, opened), 'response-response');
    // Wed 20 + 5: Thu 21, Fri 22, [Mon 25 spring bank holiday], Tue 26, Wed 27, Thu 28.
    expect(d.due).toBe('2026-05-28');
    expect(d.provisional).toBe(true);
    expect(d.flags).toEqual(['clock-start-assumed']);
  });

  it('draft, approval, sign-off, sent: the last step is the response', () => {
    let c = applyEvent(borough, opened, { type: 'allocated', on: '2026-05-21', role: 'team-manager' });
    // From Thu 21: Fri 22 (1), [Mon 25], Tue 26 (2), Wed 27 (3), Thu 28 (4), Fri 29 (5).
    expect(byId(deadlines(borough, c), 'response-response').due).toBe('2026-05-29');
    expect(byId(deadlines(borough, c), 'response-draft').due).toBe('2026-05-29');
    // Chases: +1 Mon 1 Jun; +6 Mon 8 Jun; +11 Mon 15 Jun.
    expect(reminderSchedule(borough, c).map((r) => [r.id, r.date, r.to, r.cc])).toEqual([
      ['first-chase', '2026-06-01', ['team-manager'], []],
      ['second-chase', '2026-06-08', ['team-manager'], ['service-manager', 'head-of-service']],
      ['third-chase', '2026-06-15', ['team-manager'], ['service-manager', 'head-of-service']],
    ]);
    expect(() => applyEvent(borough, c, { type: 'step-completed', on: '2026-05-27', step: 'approval' })).toThrow(InvalidArgumentError);
    c = walk(borough, c, [
      { type: 'step-completed', on: '2026-06-01', step: 'draft' },
      { type: 'step-completed', on: '2026-06-02', step: 'approval' },
      { type: 'step-completed', on: '2026-06-03', step: 'sign-off' },
    ]);
    expect(statusOn(borough, c, '2026-06-03').state).toBe('open');
    expect(statusOn(borough, c, '2026-06-03').workingDaysRemaining).toBe(-3);
    c = applyEvent(borough, c, { type: 'step-completed', on: '2026-06-04', step: 'sent' });
    expect(statusOn(borough, c, '2026-06-04').state).toBe('responded');
    expect(byId(deadlines(borough, c), 'response-draft').flags).toEqual(['missed']);
    expect(byId(deadlines(borough, c), 'response-response').metOn).toBe('2026-06-04');
    // The response ends the chasing: only the first chase (Mon 1 Jun) came before it.
    expect(reminderSchedule(borough, c).map((r) => r.id)).toEqual(['first-chase']);
  });

  it('a borough complaint is allocated within 2 working days and its stage 2 belongs to the complaints team', () => {
    const complaint = openCase(borough, { reference: 'BC-1', receivedAt: '2026-05-22' });
    // Fri 22 May + 2: [Mon 25 spring bank holiday], Tue 26, Wed 27.
    expect(byId(deadlines(borough, complaint), 'allocation').due).toBe('2026-05-27');
    const c = walk(borough, complaint, [
      { type: 'response-sent', on: '2026-06-01', outcome: 'upheld' },
      { type: 'next-stage-requested', on: '2026-06-05' },
    ]);
    expect(statusOn(borough, c, '2026-06-05').responsible.role).toBe('complaints-team');
    expect(statusOn(borough, c, '2026-06-05').responsible.with).toEqual(['independent-investigator', 'independent-person']);
  });
});

describe('information requests', () => {
  it('FOI over Easter on the UK-union calendar: received Friday 2026-03-13, due Wednesday 2026-04-15', () => {
    const foi = preset('foi-2000');
    const c = openCase(foi, { reference: 'FOI-1', receivedAt: '2026-03-13' });
    // Mon 16 (1), [Tue 17 St Patrick's Day, Northern Ireland], Wed 18 … Fri 20 (4), 23–27 (9), 30 Mar–2 Apr (13),
    // [Good Friday 3, Easter Monday 6], 7–10 (17), Mon 13, Tue 14, Wed 15 (20). On England-and-Wales days alone it
    // would be Tue 14 April.
    const d = byId(deadlines(foi, c), 'response-response');
    expect(d.due).toBe('2026-04-15');
    expect(d.skipped.filter((s) => s.kind === 'holiday').map((s) => s.date)).toEqual(['2026-03-17', '2026-04-03', '2026-04-06']);
  });

  it('FOI received on Saturday 2026-03-28 keeps that date of receipt; day 1 is Monday 30 March; due Tuesday 2026-04-28', () => {
    const foi = preset('foi-2000');
    const c = openCase(foi, { reference: 'FOI-2', receivedAt: '2026-03-28' });
    expect(c.received).toBe('2026-03-28');
    // Mon 30 (1), Tue 31, Wed 1, Thu 2 (4), [3, 6], 7–10 (8), 13–17 (13), 20–24 (18), Mon 27 (19), Tue 28 (20).
    expect(byId(deadlines(foi, c), 'response-response').due).toBe('2026-04-28');
  });

  it('EIR: extension to 40 working days, and not beyond', () => {
    const eir = preset('eir-2004');
    const c = openCase(eir, { reference: 'EIR-1', receivedAt: '2026-03-13' });
    expect(byId(deadlines(eir, c), 'response-response').due).toBe('2026-04-15');
    // 40 WD: after Wed 15 Apr (20): Thu 16, Fri 17 (22), 20–24 (27), 27 Apr–1 May (32), [Mon 4 May], 5–8 (36),
    // Mon 11 … Thu 14 May (40).
    expect(byId(deadlines(eir, c), 'response-maximum').due).toBe('2026-05-14');
    const extended = applyEvent(eir, c, { type: 'extension-agreed', on: '2026-04-10', workingDays: 20, reason: 'Complex and voluminous', agreedWithComplainant: false });
    expect(byId(deadlines(eir, extended), 'response-extended-response').due).toBe('2026-05-14');
    expect(byId(deadlines(eir, extended), 'response-extended-response').flags).toEqual(['extension-not-agreed-with-complainant']);
    expect(() => applyEvent(eir, c, { type: 'extension-agreed', on: '2026-04-10', workingDays: 21, reason: 'x', agreedWithComplainant: false })).toThrow(
      InvalidArgumentError,
    );
  });

  it('subject access: one calendar month (31 Jan → Mon 2 Mar 2026), extended by two months to Thu 30 Apr', () => {
    const sar = preset('uk-gdpr-sar');
    // ICO: 31 Jan → no 31 Feb → 28 Feb, a Saturday → next working day Mon 2 Mar.
    const c = openCase(sar, { reference: 'SAR-1', receivedAt: '2026-01-31' });
    const d = byId(deadlines(sar, c), 'response-response');
    expect(d.due).toBe('2026-03-02');
    expect(d.calendarMonths).toBe(1);
    expect(d.skipped.map((s) => s.date)).toEqual(['2026-02-28', '2026-03-01']);
    // Three months: 31 Jan → 30 Apr (Thursday, a working day).
    expect(byId(deadlines(sar, c), 'response-maximum').due).toBe('2026-04-30');
    const ext = applyEvent(sar, c, { type: 'extension-agreed', on: '2026-02-20', calendarMonths: 2, reason: 'Numerous requests', agreedWithComplainant: false });
    const e = byId(deadlines(sar, ext), 'response-extended-response');
    expect([e.due, e.calendarMonths]).toEqual(['2026-04-30', 3]);
    expect(() => applyEvent(sar, ext, { type: 'extension-agreed', on: '2026-03-20', calendarMonths: 1, reason: 'x', agreedWithComplainant: false })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('LGSCO code: the response counts from the actual acknowledgement (compound rule)', () => {
  const lgsco = preset('lgsco-code-2024');
  // Received Thu 2026-04-02: acknowledge within 5 WD → Mon 13 Apr (Good Friday 3 and Easter Monday 6 skipped).
  const opened = openCase(lgsco, { reference: 'CORP-1', receivedAt: '2026-04-02' });

  it('before acknowledgement the response date is provisional, counted from the acknowledgement deadline', () => {
    const list = deadlines(lgsco, opened);
    expect(byId(list, 'acknowledgement').due).toBe('2026-04-13');
    const r = byId(list, 'stage-1-response');
    expect([r.start, r.due, r.provisional]).toEqual(['2026-04-13', '2026-04-27', true]);
  });

  it('acknowledged Monday 13 April: response due Monday 27 April, maximum Tuesday 12 May', () => {
    const c = applyEvent(lgsco, opened, { type: 'acknowledged', on: '2026-04-13' });
    const list = deadlines(lgsco, c);
    expect(byId(list, 'stage-1-response').due).toBe('2026-04-27');
    expect(byId(list, 'stage-1-response').provisional).toBe(false);
    // 20 WD from Mon 13 Apr: 27 Apr is 10, 28–30 (13), Fri 1 May (14), [Mon 4 May], 5–8 (18), Mon 11 (19), Tue 12 (20).
    expect(byId(list, 'stage-1-maximum').due).toBe('2026-05-12');
  });

  it('acknowledged Tuesday 7 April: response due Tuesday 21 April', () => {
    const c = applyEvent(lgsco, opened, { type: 'acknowledged', on: '2026-04-07' });
    expect(byId(deadlines(lgsco, c), 'stage-1-response').due).toBe('2026-04-21');
  });
});
