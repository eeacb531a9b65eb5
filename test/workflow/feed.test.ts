import { describe, expect, it } from 'vitest';
import { parseGovUkBankHolidays } from '../../src/calendar/index.js';
import { InvalidArgumentError } from '../../src/index.js';
import { performanceReport } from '../../src/reporting/index.js';
import { emailForReminder, letterForCase } from '../../src/templates/index.js';
import { allowedEventTypes, applyEvent, deadlines, expectedTimeline, openCase, reminderSchedule, remindersDue, statusOn } from '../../src/workflow/index.js';
import { plainPolicy } from './policies.js';
import { preset } from './presets.js';

/*
 * "Deadlines are computed from events, never stored, so a newly proclaimed bank holiday … moves them" (issue 4).
 *
 * The feed below is GOV.UK's England-and-Wales list for 2026 as published (https://www.gov.uk/bank-holidays.json:
 * 1 Jan, 3 Apr, 6 Apr, 4 May, 25 May, 31 Aug, 25 Dec, 28 Dec) plus one extra day INVENTED FOR THE TEST: a bank
 * holiday "proclaimed" for Monday 12 January 2026. A feed replaces the bundled dates for the years it covers, so it
 * lists the whole year.
 */
const PROCLAIMED = 'Proclaimed bank holiday (test)';

function feedDocument(extra: boolean) {
  const events = [
    { title: 'New Year’s Day', date: '2026-01-01', notes: '', bunting: true },
    { title: 'Good Friday', date: '2026-04-03', notes: '', bunting: false },
    { title: 'Easter Monday', date: '2026-04-06', notes: '', bunting: true },
    { title: 'Early May bank holiday', date: '2026-05-04', notes: '', bunting: true },
    { title: 'Spring bank holiday', date: '2026-05-25', notes: '', bunting: true },
    { title: 'Summer bank holiday', date: '2026-08-31', notes: '', bunting: true },
    { title: 'Christmas Day', date: '2026-12-25', notes: '', bunting: true },
    { title: 'Boxing Day', date: '2026-12-28', notes: 'Substitute day', bunting: true },
  ];
  if (extra) events.push({ title: PROCLAIMED, date: '2026-01-12', notes: 'Extra bank holiday', bunting: true });
  return { 'england-and-wales': { division: 'england-and-wales', events } };
}

const feed = parseGovUkBankHolidays(feedDocument(true));
const dudley = preset('dudley');
const opened = () => openCase(dudley, { reference: 'C', receivedAt: '2026-01-05' });
const due = (list: readonly { id: string; due: string }[], id: string) => list.find((d) => d.id === id)?.due;

describe('a GOV.UK feed with a newly proclaimed bank holiday', () => {
  it('moves Dudley stage 1 received Monday 2026-01-05 from Monday 2026-01-19 to Tuesday 2026-01-20, the holiday skipped with the feed title', () => {
    const kase = opened();
    // Without the feed: Tue 6 … Fri 9 (4), Mon 12 … Fri 16 (9), Mon 19 (10).
    expect(due(deadlines(dudley, kase), 'stage-1-response')).toBe('2026-01-19');
    // With it, Monday 12 January is not a working day: Tue 6 … Fri 9 (4), Tue 13 … Fri 16 (8), Mon 19 (9), Tue 20 (10).
    const list = deadlines(dudley, kase, { feed });
    const response = list.find((d) => d.id === 'stage-1-response')!;
    expect(response.due).toBe('2026-01-20');
    expect(response.skipped.map((d) => [d.date, d.kind])).toEqual([
      ['2026-01-10', 'weekend'],
      ['2026-01-11', 'weekend'],
      ['2026-01-12', 'holiday'],
      ['2026-01-17', 'weekend'],
      ['2026-01-18', 'weekend'],
    ]);
    expect(response.skipped[2]!.reason).toBe(PROCLAIMED);
    expect(response.provisional).toBe(false);
    // The statutory maximum, 20 working days: Monday 2026-02-02 without the feed, Tuesday 2026-02-03 with it.
    expect(due(deadlines(dudley, kase), 'stage-1-maximum')).toBe('2026-02-02');
    expect(due(list, 'stage-1-maximum')).toBe('2026-02-03');
  });

  it('moves the ladder around Tuesday 2026-01-20: first reminder Tuesday 2026-01-13 (Monday 2026-01-12 without the feed)', () => {
    const kase = opened();
    expect(reminderSchedule(dudley, kase).find((r) => r.id === 'first-reminder')?.date).toBe('2026-01-12');
    const ladder = reminderSchedule(dudley, kase, { feed });
    // Referral on the day of receipt (Mon 5 Jan); -5, -3, 0, +3, +6, +9, +12 working days around Tue 20 Jan,
    // Monday 12 January not counted: Tue 13, Thu 15, Tue 20, Fri 23, Wed 28 Jan, Mon 2 Feb, Thu 5 Feb.
    expect(ladder.map((r) => [r.id, r.date])).toEqual([
      ['new-referral', '2026-01-05'],
      ['first-reminder', '2026-01-13'],
      ['second-reminder', '2026-01-15'],
      ['due-date-reminder', '2026-01-20'],
      ['first-overdue-reminder', '2026-01-23'],
      ['second-overdue-reminder', '2026-01-28'],
      ['third-overdue-reminder', '2026-02-02'],
      ['fourth-overdue-reminder', '2026-02-05'],
    ]);
    expect(ladder[1]!.key).toBe('C|stage-1|first-reminder|2026-01-20');
    // A daily job for Tuesday 13 January finds the first reminder only with the feed (without it, it was due Monday).
    expect(remindersDue(dudley, [kase], { after: '2026-01-12', through: '2026-01-13', feed }).map((r) => r.key)).toEqual(['C|stage-1|first-reminder|2026-01-20']);
    expect(remindersDue(dudley, [kase], { after: '2026-01-12', through: '2026-01-13' })).toEqual([]);
  });

  it('statusOn Friday 2026-01-16 counts two working days to Tuesday 2026-01-20 (one to Monday 2026-01-19 without the feed)', () => {
    const kase = opened();
    const withFeed = statusOn(dudley, kase, '2026-01-16', { feed });
    expect([withFeed.nextDeadline?.due, withFeed.workingDaysRemaining]).toEqual(['2026-01-20', 2]);
    const without = statusOn(dudley, kase, '2026-01-16');
    expect([without.nextDeadline?.due, without.workingDaysRemaining]).toEqual(['2026-01-19', 1]);
  });

  it('applyEvent: a response on Tuesday 2026-01-20 is on time with the feed, late (a delay reason owed) without it', () => {
    const response = { type: 'response-sent', on: '2026-01-20', outcome: 'upheld' } as const;
    const onTime = applyEvent(dudley, opened(), response, { feed });
    expect(statusOn(dudley, onTime, '2026-01-20', { feed }).state).toBe('responded');
    expect(deadlines(dudley, onTime, { feed }).find((d) => d.id === 'stage-1-response')?.flags).toEqual([]);
    const late = applyEvent(dudley, opened(), response);
    expect(statusOn(dudley, late, '2026-01-20').state).toBe('delay-reason-awaited');
    expect(allowedEventTypes(dudley, late)).toContain('delay-reason-recorded');
    expect(allowedEventTypes(dudley, onTime, { feed })).not.toContain('delay-reason-recorded');
  });

  it('expectedTimeline and openCase take the feed too', () => {
    const t = expectedTimeline(dudley, { receivedAt: '2026-01-05', feed });
    const s1 = t.deadlines.find((d) => d.id === 'stage-1-response')!;
    expect(s1.due).toBe('2026-01-20');
    expect(s1.skipped.find((d) => d.date === '2026-01-12')).toMatchObject({ kind: 'holiday', reason: PROCLAIMED });
    expect(t.reminders.find((r) => r.id === 'first-reminder')?.date).toBe('2026-01-13');
    expect(expectedTimeline(dudley, { receivedAt: '2026-01-05' }).deadlines.find((d) => d.id === 'stage-1-response')?.due).toBe('2026-01-19');
    // A policy that moves an arrival on a non-working day to the next working day: Monday 12 January 2026 is the date
    // of receipt without the feed, Tuesday 13 January with it.
    const plain = plainPolicy();
    expect(plain.calendar.nonWorkingDayReceipt).toBe('next-working-day-is-receipt');
    expect(openCase(plain, { reference: 'P', receivedAt: '2026-01-12' }).received).toBe('2026-01-12');
    expect(openCase(plain, { reference: 'P', receivedAt: '2026-01-12' }, { feed }).received).toBe('2026-01-13');
  });

  it('years the feed does not cover keep the bundled holidays: received Friday 2025-12-19, due Wednesday 2026-01-07 either way', () => {
    const kase = openCase(dudley, { reference: 'X', receivedAt: '2025-12-19' });
    const list = deadlines(dudley, kase, { feed });
    const s1 = list.find((d) => d.id === 'stage-1-response')!;
    expect(s1.due).toBe('2026-01-07');
    expect(s1.skipped.filter((d) => d.kind === 'holiday').map((d) => [d.date, d.reason])).toEqual([
      ['2025-12-25', 'Christmas Day'],
      ['2025-12-26', 'Boxing Day'],
      ['2026-01-01', 'New Year’s Day'],
    ]);
  });

  it('calendars are remembered per feed: no answer leaks between calls with and without a feed, or with another feed', () => {
    const kase = opened();
    const plain = parseGovUkBankHolidays(feedDocument(false));
    for (let i = 0; i < 2; i++) {
      expect(due(deadlines(dudley, kase, { feed }), 'stage-1-response')).toBe('2026-01-20');
      expect(due(deadlines(dudley, kase), 'stage-1-response')).toBe('2026-01-19');
      expect(due(deadlines(dudley, kase, { feed: plain }), 'stage-1-response')).toBe('2026-01-19');
      expect(reminderSchedule(dudley, kase, { feed })[1]!.date).toBe('2026-01-13');
      expect(reminderSchedule(dudley, kase)[1]!.date).toBe('2026-01-12');
      expect(reminderSchedule(dudley, kase, { feed: plain })[1]!.date).toBe('2026-01-12');
    }
    // The same due date on both calendars, the ladder's dates not: received Monday 2025-12-22 (due Thursday
    // 2026-01-08), extended on Monday 2026-01-05 to Wednesday 2026-01-14. Five working days before it: Wednesday
    // 2026-01-07 (13, 12, 9, 8, 7), or Tuesday 2026-01-06 when Monday 12 January is a holiday (13, 9, 8, 7, 6).
    const extended = applyEvent(dudley, openCase(dudley, { reference: 'E', receivedAt: '2025-12-22' }), {
      type: 'extension-agreed',
      on: '2026-01-05',
      newDueDate: '2026-01-14',
      reason: 'r',
      agreedWithComplainant: true,
    });
    for (let i = 0; i < 2; i++) {
      expect(
        reminderSchedule(dudley, extended)
          .map((r) => [r.id, r.date])
          .slice(0, 2),
      ).toEqual([
        ['first-reminder', '2026-01-07'],
        ['second-reminder', '2026-01-09'],
      ]);
      expect(
        reminderSchedule(dudley, extended, { feed })
          .map((r) => [r.id, r.date])
          .slice(0, 2),
      ).toEqual([
        ['first-reminder', '2026-01-06'],
        ['second-reminder', '2026-01-08'],
      ]);
    }
  });

  it('a bad feed or option is a typed error naming it', () => {
    const kase = opened();
    const thrown = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error;
      }
      throw new Error('expected an error');
    };
    const raw = thrown(() => deadlines(dudley, kase, { feed: feedDocument(true) as never }));
    expect(raw).toBeInstanceOf(InvalidArgumentError);
    expect((raw as InvalidArgumentError).path).toBe('feed');
    expect((raw as Error).message).toContain('parseGovUkBankHolidays');
    expect((thrown(() => reminderSchedule(dudley, kase, { feed: 'bank-holidays.json' as never })) as InvalidArgumentError).path).toBe('feed');
    expect((thrown(() => statusOn(dudley, kase, '2026-01-06', { fed: feed } as never)) as InvalidArgumentError).path).toBe('options.fed');
    expect((thrown(() => applyEvent(dudley, kase, { type: 'acknowledged', on: '2026-01-06' }, 5 as never)) as InvalidArgumentError).path).toBe('options');
    expect((thrown(() => remindersDue(dudley, [kase], { after: '2026-01-05', through: '2026-01-06', feed: null as never })) as InvalidArgumentError).path).toBe('feed');
    expect((thrown(() => expectedTimeline(dudley, { receivedAt: '2026-01-05', feed: [] as never })) as InvalidArgumentError).path).toBe('feed');
  });
});

describe('letters and emails count on the feed too', () => {
  it('the acknowledgement promises Tuesday 20 January 2026 with the feed, Monday 19 January 2026 without it', () => {
    const values = { 'complainant name': 'Sam Example' };
    expect(letterForCase(dudley, opened(), 'acknowledgement', values, { feed }).personalisation['due date']).toBe('Tuesday 20 January 2026');
    expect(letterForCase(dudley, opened(), 'acknowledgement', values).personalisation['due date']).toBe('Monday 19 January 2026');
  });

  it('the new-referral email gives the due date counted with the feed: Tuesday 20 January 2026', () => {
    const kase = opened();
    const referral = reminderSchedule(dudley, kase, { feed }).find((r) => r.id === 'new-referral')!;
    expect(referral.dueDate).toBe('2026-01-20');
    const email = emailForReminder(dudley, kase, referral, {}, { values: { 'complainant name': 'Sam Example', details: 'contact' }, feed });
    expect(`${email.subject}\n${email.body}`).toContain('20 January 2026');
    expect(`${email.subject}\n${email.body}`).not.toContain('19 January 2026');
  });
});

describe('the performance report counts on the feed too', () => {
  it('a response on Tuesday 2026-01-20 to a complaint received Monday 2026-01-05 is in time with the feed, 1 working day late without it', () => {
    const answered = applyEvent(dudley, opened(), { type: 'response-sent', on: '2026-01-20', outcome: 'upheld' });
    const period = { from: '2026-01-01', to: '2026-03-31' };
    const stage1 = (report: ReturnType<typeof performanceReport>) => report.stages.find((s) => s.stage === 'stage-1')!.period;
    expect(stage1(performanceReport(dudley, [answered], { ...period, feed }))).toMatchObject({ responded: 1, inTime: 1, late: 0 });
    expect(stage1(performanceReport(dudley, [answered], period))).toMatchObject({ responded: 1, inTime: 0, late: 1 });
  });
});
