// Counting a timescale in calendar days (src/workflow/dates.ts): every day counts; day 0 is the start date; when the
// day reached is not a working day, the next working day is used — the roll the ICO applies to a calendar month
// (statutory.md §5.4, ICO SME checklist: a due date on "a weekend or public holiday" moves "until the next working
// day"). Every date below was counted by hand on the calendar; weekdays are in the titles.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import type { CalendarDate } from '../../src/calendar/index.js';
import { addCalendarDays, addCount, countOf, explainCount, maximumCountOf, windowCountOf } from '../../src/workflow/dates.js';

const ew = createCalendar({ holidays: 'england-and-wales' });
const scotland = createCalendar({ holidays: 'scotland' });
const d = (s: string) => s as CalendarDate;

describe('calendar days', () => {
  it('Friday 2026-01-09 + 3 calendar days = Monday 2026-01-12, a working day: no roll, nothing skipped', () => {
    expect(addCalendarDays(ew, d('2026-01-09'), 3)).toBe('2026-01-12');
    expect(explainCount(ew, d('2026-01-09'), { calendarDays: 3 })).toEqual({ due: '2026-01-12', skipped: [], provisional: false });
  });

  it('Wednesday 2026-01-07 + 3 = Saturday 2026-01-10, rolled to Monday 2026-01-12 (3 working days would be the same Monday)', () => {
    const e = explainCount(ew, d('2026-01-07'), { calendarDays: 3 });
    expect(e.due).toBe('2026-01-12');
    expect(e.skipped.map((s) => [s.date, s.reason])).toEqual([
      ['2026-01-10', 'Saturday'],
      ['2026-01-11', 'Sunday'],
    ]);
  });

  it('Monday 2025-12-22 + 3 = Thursday 2025-12-25, Christmas Day: rolled past Boxing Day and the weekend to Monday 2025-12-29', () => {
    const e = explainCount(ew, d('2025-12-22'), { calendarDays: 3 });
    expect(e.due).toBe('2025-12-29');
    expect(e.skipped.map((s) => s.reason)).toEqual(['Christmas Day', 'Boxing Day', 'Saturday', 'Sunday']);
    // Here 3 working days end on the same Monday: Tue 23 (1), Wed 24 (2), [25, 26, 27, 28], Mon 29 (3).
    expect(addCount(ew, d('2025-12-22'), { workingDays: 3 })).toBe('2025-12-29');
  });

  it('"30 days" read as calendar days: Monday 2026-03-02 + 30 = Wednesday 2026-04-01 (30 working days: Wednesday 2026-04-15)', () => {
    expect(addCount(ew, d('2026-03-02'), { calendarDays: 30 })).toBe('2026-04-01');
    // Working days: Mar 3–6 (4), 9–13 (9), 16–20 (14), 23–27 (19), 30–31 (21), Apr 1–2 (23), [Good Friday 3,
    // Easter Monday 6], 7–10 (27), 13–15 (30): Wednesday 15 April.
    expect(addCount(ew, d('2026-03-02'), { workingDays: 30 })).toBe('2026-04-15');
  });

  it('Thursday 2026-03-05 + 29 = Good Friday 2026-04-03: rolled past the weekend and Easter Monday to Tuesday 2026-04-07', () => {
    const e = explainCount(ew, d('2026-03-05'), { calendarDays: 29 });
    expect(e.due).toBe('2026-04-07');
    expect(e.skipped.map((s) => [s.date, s.reason])).toEqual([
      ['2026-04-03', 'Good Friday'],
      ['2026-04-04', 'Saturday'],
      ['2026-04-05', 'Sunday'],
      ['2026-04-06', 'Easter Monday'],
    ]);
  });

  it('0 calendar days from Saturday 2026-01-10 is Monday 2026-01-12; from Tuesday 2026-01-13 it is that Tuesday', () => {
    expect(addCalendarDays(ew, d('2026-01-10'), 0)).toBe('2026-01-12');
    expect(addCalendarDays(ew, d('2026-01-13'), 0)).toBe('2026-01-13');
  });

  it('provisional when the years counted over are not confirmed by published data: Thursday 2029-12-20 + 10 = Sunday 30, so Monday 2029-12-31', () => {
    const e = explainCount(ew, d('2029-12-20'), { calendarDays: 10 });
    expect(e.due).toBe('2029-12-31');
    expect(e.provisional).toBe(true);
    expect(explainCount(ew, d('2026-01-07'), { calendarDays: 3 }).provisional).toBe(false);
  });
});

describe('calendar months for a window (SPSO: 2 months from the stage-1 response)', () => {
  it('Tuesday 2026-03-31 + 2 months = Sunday 2026-05-31, so Monday 2026-06-01 on the Scottish calendar', () => {
    const e = explainCount(scotland, d('2026-03-31'), windowCountOf({ windowCalendarMonths: 2 }));
    expect(e.due).toBe('2026-06-01');
    expect(e.skipped.map((s) => [s.date, s.reason])).toEqual([['2026-05-31', 'Sunday']]);
  });
});

describe('the count of a policy rule', () => {
  it('one unit is taken; none is 0 working days', () => {
    expect(countOf({ calendarDays: 3 })).toEqual({ calendarDays: 3 });
    expect(countOf({ calendarMonths: 1 })).toEqual({ calendarMonths: 1 });
    expect(countOf({ workingDays: 10 })).toEqual({ workingDays: 10 });
    expect(countOf({})).toEqual({ workingDays: 0 });
    expect(windowCountOf({ windowWorkingDays: 20 })).toEqual({ workingDays: 20 });
    expect(windowCountOf({ windowCalendarDays: 28 })).toEqual({ calendarDays: 28 });
  });

  it('an extension without a maximum has none', () => {
    expect(maximumCountOf({})).toBeUndefined();
    expect(maximumCountOf({ maxWorkingDays: 20 })).toEqual({ workingDays: 20 });
    expect(maximumCountOf({ maxCalendarDays: 60 })).toEqual({ calendarDays: 60 });
    expect(maximumCountOf({ maxCalendarMonths: 3 })).toEqual({ calendarMonths: 3 });
  });
});
