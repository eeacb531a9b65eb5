/**
 * The calendar's lazily built holiday index, at its edges: the last supported year, closures repeated on one day.
 * Written for issue 18 from surviving mutants. 2199 is after 2028, the last year GOV.UK has published, so any answer
 * resting on it is provisional.
 */
import { describe, expect, test } from 'vitest';
import { CoverageError, createCalendar } from '../../src/calendar/index.js';
import { caught } from '../caught.js';

describe('the last supported year', () => {
  test('answers in 2199 are provisional, and a strict calendar refuses them', () => {
    const ew = createCalendar({ holidays: 'england-and-wales' });
    // Tue 2199-12-24 + 1 WD: Wed 25 Christmas Day, Thu 26 Boxing Day, so Fri 2199-12-27.
    const e = ew.explain('2199-12-24', 1);
    expect(e.date).toBe('2199-12-27');
    expect(e.provisional).toBe(true);
    expect(e.skipped.map((d) => d.reason)).toEqual(['Christmas Day', 'Boxing Day']);
    const strict = createCalendar({ holidays: 'england-and-wales', strict: true });
    expect(caught(() => strict.addWorkingDays('2199-12-24', 1))).toBeInstanceOf(CoverageError);
    expect(caught(() => strict.isWorkingDay('2199-06-03'))).toBeInstanceOf(CoverageError);
  });
});

describe('closures', () => {
  test('the same closure given twice is one reason, not two', () => {
    const council = createCalendar({
      holidays: 'england-and-wales',
      closures: [
        { date: '2026-12-29', reason: 'Council closure' },
        { date: '2026-12-29', reason: 'Council closure' },
      ],
    });
    expect(council.whyNotWorking('2026-12-29')).toEqual({ date: '2026-12-29', kind: 'closure', reason: 'Council closure', provisional: false });
  });
});
