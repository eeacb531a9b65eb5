/**
 * The engine's memoised calendar (internal, `src/workflow/context.ts`): an answer is asked of the calendar once and
 * then remembered; past its bound of 200,000 entries it starts afresh, and goes on remembering what it computes from
 * then on. Counted on a stand-in calendar that records each question it is asked, so that the memo is seen from
 * outside. Written for the surviving and untested mutants of `memoised` (issue 18).
 */
import { describe, expect, it } from 'vitest';
import type { Calendar } from '../../src/calendar/index.js';
import { memoised } from '../../src/workflow/context.js';

/** The documented bound: entries kept before the memo starts again. */
const LIMIT = 200_000;

function counting() {
  const calls: string[] = [];
  const calendar = {
    holidays: 'england-and-wales',
    isWorkingDay: (d: string) => (calls.push(`is ${d}`), true),
    whyNotWorking: () => undefined,
    nextWorkingDay: (d: string) => d,
    addWorkingDays: (d: string, n: number) => (calls.push(`add ${d} ${n}`), `${d}+${n}`),
    subtractWorkingDays: (d: string) => d,
    countWorkingDays: (from: string, to: string) => (calls.push(`count ${from} ${to}`), 7),
    explain: () => ({ due: '', skipped: [], provisional: false }),
    addCalendarMonths: (d: string) => d,
  } as unknown as Calendar;
  const times = (question: string) => calls.filter((c) => c === question).length;
  return { memo: memoised(calendar), times };
}

/** Fills the memo with `n` new entries (each a new date asked once). */
function fill(memo: Calendar, n: number): void {
  for (let i = 0; i < n; i++) memo.isWorkingDay(`fill-${i}` as never);
}

describe('the memoised calendar', () => {
  it('asks the calendar once for a count between two dates, and keeps several ends for one start', () => {
    const { memo, times } = counting();
    expect(memo.countWorkingDays('2026-01-05', '2026-01-19')).toBe(7);
    expect(memo.countWorkingDays('2026-01-05', '2026-01-20')).toBe(7);
    expect(memo.countWorkingDays('2026-01-05', '2026-01-19')).toBe(7);
    expect(times('count 2026-01-05 2026-01-19')).toBe(1);
    expect(times('count 2026-01-05 2026-01-20')).toBe(1);
  });

  it('past its bound starts afresh, then remembers the answers it computes (a count in working days)', () => {
    const { memo, times } = counting();
    memo.addWorkingDays('2026-01-05', 1); // entry 1: a list of answers for 5 January
    fill(memo, LIMIT - 1); // entries 2 to 200,000
    memo.addWorkingDays('2026-01-05', 2); // entry 200,001: the memo starts again, with this answer
    memo.addWorkingDays('2026-01-05', 2);
    expect(times('add 2026-01-05 2')).toBe(1);
    // What was remembered before is asked again.
    memo.isWorkingDay('fill-0');
    expect(times('is fill-0')).toBe(2);
    memo.addWorkingDays('2026-01-05', 1);
    expect(times('add 2026-01-05 1')).toBe(2);
  });

  it('past its bound starts afresh, then remembers the answers it computes (a count between two dates)', () => {
    const { memo, times } = counting();
    memo.countWorkingDays('2026-01-05', '2026-01-19'); // entry 1
    fill(memo, LIMIT - 1);
    memo.countWorkingDays('2026-01-05', '2026-01-20'); // entry 200,001: the memo starts again
    memo.countWorkingDays('2026-01-05', '2026-01-20');
    expect(times('count 2026-01-05 2026-01-20')).toBe(1);
  });
});
