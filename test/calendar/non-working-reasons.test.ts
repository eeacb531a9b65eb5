/**
 * Why a day is not a working day (whyNotWorking, explain): in the all-UK set a holiday kept in only some divisions
 * names them; a holiday a feed lists on a weekend date is reported as the holiday; a closure on a weekday (Friday
 * included) as the closure. Holiday dates are GOV.UK's published data for 2026 (reference: GOV.UK bank-holidays.json,
 * https://www.gov.uk/bank-holidays): Easter Monday 6 April (England and Wales, Northern Ireland; not Scotland),
 * 2nd January (Scotland only), St Patrick's Day 17 March (Northern Ireland only), Christmas Day 25 December (all).
 */
import { describe, expect, test } from 'vitest';
import { createCalendar, parseGovUkBankHolidays } from '../../src/calendar/index.js';

const uk = createCalendar({ holidays: 'united-kingdom' });

describe('united-kingdom: reasons name the divisions when not all three keep the holiday', () => {
  test('a holiday in all three divisions is named alone: Christmas Day 2026', () => {
    expect(uk.whyNotWorking('2026-12-25')).toEqual({ date: '2026-12-25', kind: 'holiday', reason: 'Christmas Day', provisional: false });
  });

  test('in two divisions: Easter Monday 2026 (England and Wales, Northern Ireland), in DIVISIONS order', () => {
    expect(uk.whyNotWorking('2026-04-06')?.reason).toBe('Easter Monday (England and Wales, Northern Ireland)');
  });

  test('in one: 2nd January 2026 (Scotland), St Patrick’s Day 2026 (Northern Ireland)', () => {
    expect(uk.whyNotWorking('2026-01-02')?.reason).toBe('2nd January (Scotland)');
    expect(uk.whyNotWorking('2026-03-17')?.reason).toBe('St Patrick’s Day (Northern Ireland)');
  });

  test('two holidays on one day are both named, separated by "; "', () => {
    // 1 January 2023 was a Sunday. England and Wales and Northern Ireland moved New Year's Day to Mon 2 January;
    // Scotland kept 2nd January on Mon 2 and moved New Year's Day to Tue 3 (reference sheet, substitute days). The
    // titles come from this feed document, so the expected reason follows from it.
    const feed = parseGovUkBankHolidays({
      'england-and-wales': { division: 'england-and-wales', events: [{ title: 'New Year’s Day', date: '2023-01-02', notes: 'Substitute day', bunting: true }] },
      scotland: {
        division: 'scotland',
        events: [
          { title: '2nd January', date: '2023-01-02', notes: '', bunting: true },
          { title: 'New Year’s Day', date: '2023-01-03', notes: 'Substitute day', bunting: true },
        ],
      },
      'northern-ireland': { division: 'northern-ireland', events: [{ title: 'New Year’s Day', date: '2023-01-02', notes: 'Substitute day', bunting: true }] },
    });
    const withFeed = createCalendar({ holidays: 'united-kingdom', feed });
    expect(withFeed.whyNotWorking('2023-01-02')?.reason).toBe('New Year’s Day (England and Wales, Northern Ireland); 2nd January (Scotland)');
    expect(withFeed.whyNotWorking('2023-01-03')?.reason).toBe('New Year’s Day (Scotland)');
    // Mon 2 and Tue 3 skipped: the first working day after Sun 1 January 2023 is Wed 4.
    expect(withFeed.nextWorkingDay('2023-01-01')).toBe('2023-01-04');
  });
});

describe('weekend holidays and weekday closures', () => {
  test('a holiday a feed lists on a weekend date is reported as the holiday, not as the weekend', () => {
    // 25 December 2027 is a Saturday (2026-12-25 was a Friday). GOV.UK lists the substitute days instead, but a
    // caller's document may list the day itself.
    const feed = parseGovUkBankHolidays({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { title: 'Christmas Day', date: '2027-12-25', notes: '', bunting: true },
          { title: 'Christmas Day', date: '2027-12-27', notes: 'Substitute day', bunting: true },
          { title: 'Boxing Day', date: '2027-12-28', notes: 'Substitute day', bunting: true },
        ],
      },
    });
    const ew = createCalendar({ holidays: 'england-and-wales', feed });
    expect(ew.whyNotWorking('2027-12-25')).toEqual({ date: '2027-12-25', kind: 'holiday', reason: 'Christmas Day', provisional: false });
    expect(ew.whyNotWorking('2027-12-26')).toEqual({ date: '2027-12-26', kind: 'weekend', reason: 'Sunday', provisional: false });
    // Fri 24 + 1 working day: Sat 25, Sun 26, Mon 27, Tue 28 are not working days → Wed 29.
    expect(ew.explain('2027-12-24', 1).skipped.map((d) => [d.date, d.kind])).toEqual([
      ['2027-12-25', 'holiday'],
      ['2027-12-26', 'weekend'],
      ['2027-12-27', 'holiday'],
      ['2027-12-28', 'holiday'],
    ]);
  });

  test('a closure on a Friday is reported as the closure: Fri 3 July 2026', () => {
    const c = createCalendar({ holidays: 'england-and-wales', closures: [{ date: '2026-07-03', reason: 'Staff training day' }] });
    expect(c.whyNotWorking('2026-07-03')).toEqual({ date: '2026-07-03', kind: 'closure', reason: 'Staff training day', provisional: false });
    expect(c.isWorkingDay('2026-07-03')).toBe(false);
    // Thu 2 July + 1 working day: Fri 3 closed, Sat 4, Sun 5 → Mon 6 July.
    expect(c.addWorkingDays('2026-07-02', 1)).toBe('2026-07-06');
  });
});
