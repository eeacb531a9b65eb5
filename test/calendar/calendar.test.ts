/**
 * The working-day calendar, on dates worked out by hand from the published bank holidays (weekday names in the
 * titles) and on the published examples of the fact sheet (LGSCO Cornwall 25 005 179; FOI vectors P5–P7).
 */
import { describe, expect, test } from 'vitest';
import {
  createCalendar,
  CoverageError,
  DateOutOfRangeError,
  InvalidArgumentError,
  InvalidDateError,
  parseGovUkBankHolidays,
  type Calendar,
  type CalendarOptions,
} from '../../src/calendar/index.js';

const ew = createCalendar({ holidays: 'england-and-wales' });
const scotland = createCalendar({ holidays: 'scotland' });
const ni = createCalendar({ holidays: 'northern-ireland' });
const uk = createCalendar({ holidays: 'united-kingdom' });

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected the call to throw');
}

describe('children’s statutory complaints (SI 2006/1738), day of receipt = day 0', () => {
  test('Stage 1 received Fri 2025-12-19 + 10 WD = Wed 2026-01-07 on England and Wales', () => {
    // Mon 22 (1), Tue 23 (2), Wed 24 (3), [Thu 25 Christmas, Fri 26 Boxing Day], Mon 29 (4), Tue 30 (5), Wed 31 (6),
    // [Thu 1 New Year], Fri 2 (7), Mon 5 (8), Tue 6 (9), Wed 7 (10).
    expect(ew.addWorkingDays('2025-12-19', 10)).toBe('2026-01-07');
  });

  test('the same Stage 1 is Thu 2026-01-08 on united-kingdom (Fri 2026-01-02 is a Scottish bank holiday)', () => {
    expect(uk.addWorkingDays('2025-12-19', 10)).toBe('2026-01-08');
    expect(scotland.addWorkingDays('2025-12-19', 10)).toBe('2026-01-08');
  });

  test('LGSCO Cornwall 25 005 179: request Thu 2024-08-29 + 65 WD = Thu 2024-11-28 (England and Wales)', () => {
    // Fri 30 Aug (1); September 2024 has 21 weekdays (22); October 23 (45); Fri 1 Nov (46) … Thu 28 Nov (65).
    expect(ew.addWorkingDays('2024-08-29', 65)).toBe('2024-11-28');
    expect(ew.countWorkingDays('2024-08-29', '2024-11-28')).toBe(65);
  });
});

describe('FOIA s.10 on the united-kingdom calendar (statutory.md §7)', () => {
  test('P5: Mon 2014-12-01 is a non-working day under FOIA (St Andrew’s Day substitute in Scotland)', () => {
    expect(uk.isWorkingDay('2014-12-01')).toBe(false);
    expect(uk.whyNotWorking('2014-12-01')).toEqual({
      date: '2014-12-01',
      kind: 'holiday',
      reason: 'St Andrew’s Day (Scotland)',
      provisional: false,
    });
    expect(ew.isWorkingDay('2014-12-01')).toBe(true);
  });

  test('P5: request Tue 2014-12-02 + 20 WD = Mon 2015-01-05 (Christmas, Boxing Day, New Year, Scottish 2 January skipped)', () => {
    expect(uk.addWorkingDays('2014-12-02', 20)).toBe('2015-01-05');
  });

  test('P5: request Mon 2014-12-01 kept as the date of receipt + 20 WD = Wed 2014-12-31', () => {
    expect(uk.addWorkingDays('2014-12-01', 20)).toBe('2014-12-31');
    // Moving receipt to the next working day (Tue 2 Dec) gives FOIMan's 5 January.
    expect(uk.addWorkingDays(uk.nextWorkingDay('2014-12-01'), 20)).toBe('2015-01-05');
  });

  test('P6: Wed 2008-10-01 + 20 WD = Wed 2008-10-29', () => {
    expect(uk.addWorkingDays('2008-10-01', 20)).toBe('2008-10-29');
  });

  test('P6: Thu 2009-03-12 + 20 WD = Tue 2009-04-14 on united-kingdom, Thu 2009-04-09 on England and Wales', () => {
    // Tue 17 March 2009 (St Patrick’s Day, Northern Ireland) is skipped only on the union; both skip Good Friday
    // 10 April and Easter Monday 13 April.
    expect(uk.addWorkingDays('2009-03-12', 20)).toBe('2009-04-14');
    expect(ew.addWorkingDays('2009-03-12', 20)).toBe('2009-04-09');
  });

  test('P6: Fri 2009-03-13, Sat 2009-03-14 and Sun 2009-03-15 + 20 WD = Wed 2009-04-15', () => {
    for (const d of ['2009-03-13', '2009-03-14', '2009-03-15']) expect(uk.addWorkingDays(d, 20)).toBe('2009-04-15');
  });

  test('P7: Wed 2025-05-14 + 20 WD = Thu 2025-06-12 (Mon 26 May spring bank holiday), not Wed 2025-06-11', () => {
    const due = uk.addWorkingDays('2025-05-14', 20);
    expect(due).toBe('2025-06-12');
    expect(due).not.toBe('2025-06-11');
    expect(uk.countWorkingDays('2025-05-14', '2025-06-11')).toBe(19);
    expect(uk.explain('2025-05-14', 20).skipped.filter((d) => d.kind === 'holiday')).toEqual([
      { date: '2025-05-26', kind: 'holiday', reason: 'Spring bank holiday', provisional: false },
    ]);
  });
});

describe('Christmas 2026 (Christmas Day on a Friday, Boxing Day substitute on Monday 28)', () => {
  test('Fri 2026-12-25 and Mon 2026-12-28 are holidays; Sat 26 and Sun 27 are the weekend', () => {
    expect(ew.whyNotWorking('2026-12-25')).toEqual({ date: '2026-12-25', kind: 'holiday', reason: 'Christmas Day', provisional: false });
    expect(ew.whyNotWorking('2026-12-26')).toEqual({ date: '2026-12-26', kind: 'weekend', reason: 'Saturday', provisional: false });
    expect(ew.whyNotWorking('2026-12-27')).toEqual({ date: '2026-12-27', kind: 'weekend', reason: 'Sunday', provisional: false });
    expect(ew.whyNotWorking('2026-12-28')).toEqual({ date: '2026-12-28', kind: 'holiday', reason: 'Boxing Day', provisional: false });
    expect(ew.whyNotWorking('2026-12-29')).toBeUndefined();
    expect(uk.whyNotWorking('2026-12-28')?.reason).toBe('Boxing Day');
  });

  test('Thu 2026-12-24 + 1 WD = Tue 2026-12-29; Thu 24 to Thu 31 December holds 3 working days', () => {
    expect(ew.addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    expect(ew.nextWorkingDay('2026-12-24')).toBe('2026-12-29');
    expect(ew.countWorkingDays('2026-12-24', '2026-12-31')).toBe(3);
  });

  test('a council closed 29–31 December: Thu 2026-12-24 + 1 WD = Mon 2027-01-04 (Fri 1 January is New Year’s Day)', () => {
    const council = createCalendar({
      holidays: 'england-and-wales',
      closures: [
        { date: '2026-12-29', reason: 'Council Christmas closure' },
        { date: '2026-12-30', reason: 'Council Christmas closure' },
        { date: '2026-12-31', reason: 'Council Christmas closure' },
      ],
    });
    expect(council.addWorkingDays('2026-12-24', 1)).toBe('2027-01-04');
    expect(council.isWorkingDay('2026-12-30')).toBe(false);
    expect(council.explain('2026-12-24', 1)).toEqual({
      start: '2026-12-24',
      workingDays: 1,
      date: '2027-01-04',
      skipped: [
        { date: '2026-12-25', kind: 'holiday', reason: 'Christmas Day', provisional: false },
        { date: '2026-12-26', kind: 'weekend', reason: 'Saturday', provisional: false },
        { date: '2026-12-27', kind: 'weekend', reason: 'Sunday', provisional: false },
        { date: '2026-12-28', kind: 'holiday', reason: 'Boxing Day', provisional: false },
        { date: '2026-12-29', kind: 'closure', reason: 'Council Christmas closure', provisional: false },
        { date: '2026-12-30', kind: 'closure', reason: 'Council Christmas closure', provisional: false },
        { date: '2026-12-31', kind: 'closure', reason: 'Council Christmas closure', provisional: false },
        { date: '2027-01-01', kind: 'holiday', reason: 'New Year’s Day', provisional: false },
        { date: '2027-01-02', kind: 'weekend', reason: 'Saturday', provisional: false },
        { date: '2027-01-03', kind: 'weekend', reason: 'Sunday', provisional: false },
      ],
      provisional: false,
    });
    // The same closure on the union: Mon 4 January 2027 is Scotland's 2 January substitute, so Tue 2027-01-05.
    const ukCouncil = createCalendar({
      holidays: 'united-kingdom',
      closures: [
        { date: '2026-12-29', reason: 'Closed' },
        { date: '2026-12-30', reason: 'Closed' },
        { date: '2026-12-31', reason: 'Closed' },
      ],
    });
    expect(ukCouncil.addWorkingDays('2026-12-24', 1)).toBe('2027-01-05');
    expect(ukCouncil.whyNotWorking('2027-01-04')?.reason).toBe('2nd January (Scotland)');
  });
});

describe('each calendar method on hand-checked days', () => {
  test('Easter 2026: Thu 2026-04-02 → next working day Tue 2026-04-07 (E&W, NI), Mon 2026-04-06 (Scotland: no Easter Monday)', () => {
    expect(ew.nextWorkingDay('2026-04-02')).toBe('2026-04-07');
    expect(ni.nextWorkingDay('2026-04-02')).toBe('2026-04-07');
    expect(scotland.nextWorkingDay('2026-04-02')).toBe('2026-04-06');
    expect(uk.nextWorkingDay('2026-04-02')).toBe('2026-04-07');
  });

  test('union reasons name the divisions when a holiday is not UK-wide', () => {
    expect(uk.whyNotWorking('2026-04-06')?.reason).toBe('Easter Monday (England and Wales, Northern Ireland)');
    expect(uk.whyNotWorking('2026-03-17')?.reason).toBe('St Patrick’s Day (Northern Ireland)');
    expect(uk.whyNotWorking('2026-11-30')?.reason).toBe('St Andrew’s Day (Scotland)');
    expect(uk.whyNotWorking('2026-08-03')?.reason).toBe('Summer bank holiday (Scotland)');
    expect(uk.whyNotWorking('2026-08-31')?.reason).toBe('Summer bank holiday (England and Wales, Northern Ireland)');
    expect(uk.whyNotWorking('2026-04-03')?.reason).toBe('Good Friday');
    expect(scotland.whyNotWorking('2026-11-30')?.reason).toBe('St Andrew’s Day');
  });

  test('Mon 2026-06-15 is a working day in England and Wales but Scotland’s World Cup bank holiday', () => {
    expect(ew.isWorkingDay('2026-06-15')).toBe(true);
    expect(scotland.isWorkingDay('2026-06-15')).toBe(false);
    expect(uk.isWorkingDay('2026-06-15')).toBe(false);
  });

  test('Mon 2026-01-05 − 1 WD = Fri 2026-01-02 (E&W) but Wed 2025-12-31 (united-kingdom)', () => {
    expect(ew.subtractWorkingDays('2026-01-05', 1)).toBe('2026-01-02');
    expect(uk.subtractWorkingDays('2026-01-05', 1)).toBe('2025-12-31');
  });

  test('Wed 2026-01-07 − 10 WD = Fri 2025-12-19 (E&W)', () => {
    expect(ew.subtractWorkingDays('2026-01-07', 10)).toBe('2025-12-19');
  });

  test('n = 0 returns the date itself, even Fri 2026-12-25 (Christmas Day)', () => {
    expect(ew.addWorkingDays('2026-12-25', 0)).toBe('2026-12-25');
    expect(ew.subtractWorkingDays('2026-12-25', 0)).toBe('2026-12-25');
    expect(ew.explain('2026-12-25', 0)).toEqual({ start: '2026-12-25', workingDays: 0, date: '2026-12-25', skipped: [], provisional: false });
  });

  test('countWorkingDays counts (from, to]: Fri 2026-01-09 → Mon 2026-01-12 is 1, Sat → Sun 0, same day 0, reversed negative', () => {
    expect(ew.countWorkingDays('2026-01-09', '2026-01-12')).toBe(1);
    expect(ew.countWorkingDays('2026-01-10', '2026-01-11')).toBe(0);
    expect(ew.countWorkingDays('2026-01-12', '2026-01-12')).toBe(0);
    expect(ew.countWorkingDays('2026-01-07', '2025-12-19')).toBe(-10);
    expect(ew.countWorkingDays('2026-01-12', '2026-01-09')).toBe(-1);
  });

  test('Sat 2026-01-03 + 1 WD = Mon 2026-01-05; Sun 2026-01-04 + 5 WD = Fri 2026-01-09', () => {
    expect(ew.addWorkingDays('2026-01-03', 1)).toBe('2026-01-05');
    expect(ew.addWorkingDays('2026-01-04', 5)).toBe('2026-01-09');
  });

  test('a whole year: Wed 2025-12-31 → Thu 2026-12-31 holds 253 working days in England and Wales', () => {
    // 2026 has 261 weekdays (365 days from a Thursday: 52 weeks + Thu) less 8 bank holidays on weekdays.
    expect(ew.countWorkingDays('2025-12-31', '2026-12-31')).toBe(253);
    expect(ew.addWorkingDays('2025-12-31', 253)).toBe('2026-12-31');
  });

  test('whyNotWorking: a working day gives undefined, a weekend its day name', () => {
    expect(ew.whyNotWorking('2026-01-07')).toBeUndefined();
    expect(ew.whyNotWorking('2026-01-03')).toEqual({ date: '2026-01-03', kind: 'weekend', reason: 'Saturday', provisional: false });
  });
});

describe('closures', () => {
  test('a closure on a weekend is explained as the weekend; a closure on a holiday as the holiday', () => {
    const c = createCalendar({
      holidays: 'england-and-wales',
      closures: [
        { date: '2026-12-26', reason: 'Office closed' },
        { date: '2026-12-25', reason: 'Office closed' },
      ],
    });
    expect(c.whyNotWorking('2026-12-26')?.kind).toBe('weekend');
    expect(c.whyNotWorking('2026-12-25')?.reason).toBe('Christmas Day');
    expect(c.addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
  });

  test('two closures on the same day keep both reasons', () => {
    const c = createCalendar({
      holidays: 'england-and-wales',
      closures: [
        { date: '2026-07-01', reason: 'Staff training' },
        { date: '2026-07-01', reason: 'Office move' },
      ],
    });
    expect(c.whyNotWorking('2026-07-01')).toEqual({ date: '2026-07-01', kind: 'closure', reason: 'Staff training; Office move', provisional: false });
    // Tue 2026-06-30 + 1 WD skips Wed 1 July.
    expect(c.addWorkingDays('2026-06-30', 1)).toBe('2026-07-02');
  });

  test('the calendar copies its closures: changing the array afterwards changes nothing', () => {
    const closures = [{ date: '2026-07-01', reason: 'Staff training' }];
    const c = createCalendar({ holidays: 'england-and-wales', closures });
    closures.push({ date: '2026-07-02', reason: 'Added later' });
    expect(c.isWorkingDay('2026-07-02')).toBe(true);
  });
});

describe('provisional years and strict calendars', () => {
  test('Wed 2028-12-20 + 10 WD = Mon 2029-01-08, provisional (2029 is not published)', () => {
    // Thu 21 (1), Fri 22 (2), [Mon 25 Christmas, Tue 26 Boxing Day], Wed 27 (3), Thu 28 (4), Fri 29 (5),
    // [Mon 1 January 2029], Tue 2 (6) … Fri 5 (9), Mon 8 (10).
    const e = ew.explain('2028-12-20', 10);
    expect(e.date).toBe('2029-01-08');
    expect(e.provisional).toBe(true);
    expect(e.skipped.find((d) => d.date === '2029-01-01')).toEqual({ date: '2029-01-01', kind: 'holiday', reason: 'New Year’s Day', provisional: true });
    expect(e.skipped.find((d) => d.date === '2028-12-25')?.provisional).toBe(false);
    expect(ew.explain('2028-12-20', 5)).toMatchObject({ date: '2028-12-29', provisional: false });
  });

  test('years before 1978 are not modelled, so their answers are provisional', () => {
    expect(ew.explain('1977-06-01', 5).provisional).toBe(true);
    expect(ew.explain('1978-06-01', 5).provisional).toBe(false);
  });

  test('n = 0 reads the year of the date itself, whatever was asked before (2030 is unpublished, 2026 published)', () => {
    // Each calendar is new, so nothing has been indexed before the call.
    expect(createCalendar({ holidays: 'england-and-wales' }).explain('2030-01-07', 0)).toEqual({
      start: '2030-01-07',
      workingDays: 0,
      date: '2030-01-07',
      skipped: [],
      provisional: true,
    });
    expect(createCalendar({ holidays: 'england-and-wales' }).explain('2026-01-07', 0).provisional).toBe(false);
    const strict = createCalendar({ holidays: 'england-and-wales', strict: true });
    expect((caught(() => strict.addWorkingDays('2030-01-07', 0)) as CoverageError).path).toBe('date');
    expect(strict.addWorkingDays('2026-01-07', 0)).toBe('2026-01-07');
  });

  test('strict: an answer reaching 2029 throws CoverageError; one within 2028 does not', () => {
    const strict = createCalendar({ holidays: 'england-and-wales', strict: true });
    expect(strict.addWorkingDays('2028-12-20', 5)).toBe('2028-12-29');
    expect(caught(() => strict.addWorkingDays('2028-12-20', 10))).toBeInstanceOf(CoverageError);
    expect((caught(() => strict.addWorkingDays('2028-12-20', 10)) as CoverageError).path).toBe('result');
    expect((caught(() => strict.isWorkingDay('2029-03-01')) as CoverageError).path).toBe('date');
    expect(caught(() => strict.whyNotWorking('2029-03-01'))).toBeInstanceOf(CoverageError);
    expect(caught(() => strict.explain('2028-12-20', 10))).toBeInstanceOf(CoverageError);
    expect(caught(() => strict.nextWorkingDay('2028-12-29'))).toBeInstanceOf(CoverageError);
    expect(caught(() => strict.subtractWorkingDays('2029-01-03', 1))).toBeInstanceOf(CoverageError);
    expect((caught(() => strict.countWorkingDays('2028-12-01', '2029-01-02')) as CoverageError).path).toBe('to');
    expect(caught(() => strict.addCalendarMonths('2028-12-15', 1))).toBeInstanceOf(CoverageError);
    expect((caught(() => strict.addWorkingDays('1977-06-01', 1)) as CoverageError).path).toBe('date');
    // (Fri 1, Sun 31 December 2028]: four Monday–Friday weeks from Mon 4 = 20, less Mon 25 and Tue 26 = 18.
    expect(strict.countWorkingDays('2028-12-01', '2028-12-31')).toBe(18);
  });

  test('a feed covering 2029 confirms it and its dates apply (hypothetical extra holiday on Fri 2029-01-05)', () => {
    // A GOV.UK-shaped document for 2029 in England and Wales (the rule dates, plus an invented extra day to show
    // that the feed's dates replace the bundled ones). Not real data: 2029 is unpublished.
    const ev = (date: string, title: string, notes = '') => ({ title, date, notes, bunting: true });
    const feed = parseGovUkBankHolidays({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          ev('2029-01-01', 'New Year’s Day'),
          ev('2029-01-05', 'Extra bank holiday', 'Extra bank holiday'),
          ev('2029-03-30', 'Good Friday'),
          ev('2029-04-02', 'Easter Monday'),
          ev('2029-05-07', 'Early May bank holiday'),
          ev('2029-05-28', 'Spring bank holiday'),
          ev('2029-08-27', 'Summer bank holiday'),
          ev('2029-12-25', 'Christmas Day'),
          ev('2029-12-26', 'Boxing Day'),
        ],
      },
    });
    const withFeed = createCalendar({ holidays: 'england-and-wales', feed, strict: true });
    // Fri 2028-12-29: [Mon 1 Jan], Tue 2 (1), Wed 3 (2), Thu 4 (3), [Fri 5 extra], Mon 8 (4).
    expect(withFeed.addWorkingDays('2028-12-29', 4)).toBe('2029-01-08');
    expect(withFeed.explain('2028-12-29', 4).provisional).toBe(false);
    expect(withFeed.whyNotWorking('2029-01-05')).toEqual({ date: '2029-01-05', kind: 'holiday', reason: 'Extra bank holiday', provisional: false });
    expect(ew.addWorkingDays('2028-12-29', 4)).toBe('2029-01-05');
    // The feed covers England and Wales only, so the union still rests on unpublished Scottish and NI dates.
    expect(caught(() => createCalendar({ holidays: 'united-kingdom', feed, strict: true }).addWorkingDays('2028-12-29', 4))).toBeInstanceOf(CoverageError);
  });
});

describe('strict date arguments (issue 2 §2)', () => {
  const BAD: unknown[] = ['2026-02-30', '2026-2-3', '20260203', ' 2026-02-03', '2026-02-03T00:00', '', 20260203, null, undefined, new Date(Date.UTC(2026, 1, 3)), {}];
  const calls: Array<[string, string, (c: Calendar, d: unknown) => unknown]> = [
    ['isWorkingDay', 'date', (c, d) => c.isWorkingDay(d as string)],
    ['whyNotWorking', 'date', (c, d) => c.whyNotWorking(d as string)],
    ['addWorkingDays', 'date', (c, d) => c.addWorkingDays(d as string, 3)],
    ['subtractWorkingDays', 'date', (c, d) => c.subtractWorkingDays(d as string, 3)],
    ['nextWorkingDay', 'date', (c, d) => c.nextWorkingDay(d as string)],
    ['explain', 'date', (c, d) => c.explain(d as string, 3)],
    ['addCalendarMonths', 'date', (c, d) => c.addCalendarMonths(d as string, 1)],
    ['countWorkingDays (from)', 'from', (c, d) => c.countWorkingDays(d as string, '2026-02-03')],
    ['countWorkingDays (to)', 'to', (c, d) => c.countWorkingDays('2026-02-03', d as string)],
  ];
  for (const [name, path, call] of calls) {
    test(`${name} rejects malformed dates with InvalidDateError naming '${path}'`, () => {
      for (const bad of BAD) {
        const e = caught(() => call(ew, bad));
        expect(e, String(bad)).toBeInstanceOf(InvalidDateError);
        expect((e as InvalidDateError).path).toBe(path);
      }
    });

    test(`${name} rejects 1899-12-31 and 2200-01-01 with DateOutOfRangeError naming '${path}'`, () => {
      for (const bad of ['1899-12-31', '2200-01-01']) {
        const e = caught(() => call(uk, bad));
        expect(e).toBeInstanceOf(DateOutOfRangeError);
        expect(e).toBeInstanceOf(RangeError);
        expect((e as DateOutOfRangeError).path).toBe(path);
      }
    });
  }

  test('results outside 1900-01-01 … 2199-12-31 throw DateOutOfRangeError', () => {
    expect(caught(() => ew.addWorkingDays('2199-12-31', 1))).toBeInstanceOf(DateOutOfRangeError);
    expect(caught(() => ew.nextWorkingDay('2199-12-31'))).toBeInstanceOf(DateOutOfRangeError);
    expect(caught(() => ew.addWorkingDays('2199-01-01', 1000))).toBeInstanceOf(DateOutOfRangeError);
    expect(caught(() => ew.subtractWorkingDays('1900-01-01', 1))).toBeInstanceOf(DateOutOfRangeError);
    expect(caught(() => ew.subtractWorkingDays('1905-01-01', 10_000))).toBeInstanceOf(DateOutOfRangeError);
    expect(caught(() => ew.addCalendarMonths('2199-12-15', 1))).toBeInstanceOf(DateOutOfRangeError);
    // 100000 working days is about 383 years: valid n, but always beyond the supported range.
    expect(caught(() => ew.addWorkingDays('1900-01-01', 100_000))).toBeInstanceOf(DateOutOfRangeError);
  });

  test('the first and last supported days work: Mon 1900-01-01 − 0 and Tue 2199-12-31 + 0', () => {
    expect(ew.subtractWorkingDays('1900-01-01', 0)).toBe('1900-01-01');
    expect(ew.addWorkingDays('2199-12-31', 0)).toBe('2199-12-31');
    // 1900-01-01 was a Monday and 1900 has no modelled holidays: + 4 WD = Fri 1900-01-05.
    expect(ew.addWorkingDays('1900-01-01', 4)).toBe('1900-01-05');
  });
});

describe('the working-day count n', () => {
  const BAD_N: unknown[] = [-1, 1.5, Number.NaN, Infinity, -Infinity, '3', 1e9, 100_001, undefined, null, 2 ** 53, true];
  const calls: Array<[string, (n: unknown) => unknown]> = [
    ['addWorkingDays', (n) => ew.addWorkingDays('2026-01-05', n as number)],
    ['subtractWorkingDays', (n) => ew.subtractWorkingDays('2026-01-05', n as number)],
    ['explain', (n) => ew.explain('2026-01-05', n as number)],
  ];
  for (const [name, call] of calls) {
    test(`${name} rejects negative, fractional, non-finite, non-number and too-large n with InvalidArgumentError('n')`, () => {
      for (const n of BAD_N) {
        const e = caught(() => call(n));
        expect(e, String(n)).toBeInstanceOf(InvalidArgumentError);
        expect((e as InvalidArgumentError).path).toBe('n');
      }
    });
  }

  test('n = 100000 is accepted as a count (the range check comes after)', () => {
    expect(caught(() => ew.addWorkingDays('1900-01-01', 100_000))).not.toBeInstanceOf(InvalidArgumentError);
    expect(ew.countWorkingDays('1900-01-01', ew.addWorkingDays('1900-01-01', 70_000))).toBe(70_000);
  });
});

describe('createCalendar options', () => {
  test('an unknown holiday set is an InvalidArgumentError on holidays listing the valid ids', () => {
    for (const holidays of ['wales', 'uk', 'England-and-Wales', undefined, null, 3]) {
      const e = caught(() => createCalendar({ holidays } as unknown as CalendarOptions));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('holidays');
      expect((e as Error).message).toContain('england-and-wales');
      expect((e as Error).message).toContain('united-kingdom');
    }
  });

  test('closures are checked one by one, with the index in the path, and never echoed', () => {
    const ok = { date: '2026-12-29', reason: 'Closed' };
    const bad = caught(() => createCalendar({ holidays: 'england-and-wales', closures: [ok, ok, { date: '2026-02-30', reason: 'Jo Bloggs leaving do' }] }));
    expect(bad).toBeInstanceOf(InvalidDateError);
    expect((bad as InvalidDateError).path).toBe('closures[2].date');
    expect((bad as Error).message).not.toContain('2026-02-30');
    expect((bad as Error).message).not.toContain('Bloggs');
    for (const reason of ['', '   ', undefined, 42]) {
      const e = caught(() => createCalendar({ holidays: 'england-and-wales', closures: [{ date: '2026-12-29', reason }] } as unknown as CalendarOptions));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('closures[0].reason');
    }
    expect((caught(() => createCalendar({ holidays: 'england-and-wales', closures: [ok, null] } as unknown as CalendarOptions)) as InvalidArgumentError).path).toBe(
      'closures[1]',
    );
    expect((caught(() => createCalendar({ holidays: 'england-and-wales', closures: ok } as unknown as CalendarOptions)) as InvalidArgumentError).path).toBe('closures');
    expect((caught(() => createCalendar({ holidays: 'england-and-wales', closures: [{ date: '1899-12-31', reason: 'x' }] })) as DateOutOfRangeError).path).toBe(
      'closures[0].date',
    );
  });

  test('feed must be a parsed feed, not the raw GOV.UK document', () => {
    const raw = { 'england-and-wales': { division: 'england-and-wales', events: [] } };
    const e = caught(() => createCalendar({ holidays: 'england-and-wales', feed: raw } as unknown as CalendarOptions));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect((e as InvalidArgumentError).path).toBe('feed');
    expect((e as Error).message).toContain('parseGovUkBankHolidays');
  });

  test('strict must be a boolean; unknown option names and non-object options are rejected', () => {
    expect((caught(() => createCalendar({ holidays: 'scotland', strict: 'yes' } as unknown as CalendarOptions)) as InvalidArgumentError).path).toBe('strict');
    expect((caught(() => createCalendar({ holidays: 'scotland', closure: [] } as unknown as CalendarOptions)) as InvalidArgumentError).path).toBe('closure');
    expect((caught(() => createCalendar(null as unknown as CalendarOptions)) as InvalidArgumentError).path).toBe('options');
    expect((caught(() => createCalendar('scotland' as unknown as CalendarOptions)) as InvalidArgumentError).path).toBe('options');
  });

  test('the calendar and its answers are frozen', () => {
    expect(Object.isFrozen(ew)).toBe(true);
    expect(() => {
      (ew as { holidays: string }).holidays = 'scotland';
    }).toThrow(TypeError);
    expect(ew.holidays).toBe('england-and-wales');
    const e = ew.explain('2026-12-23', 3);
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.skipped)).toBe(true);
    expect(Object.isFrozen(e.skipped[0])).toBe(true);
    expect(Object.isFrozen(ew.whyNotWorking('2026-12-25'))).toBe(true);
  });

  test('answers do not depend on the order of earlier calls (the lazy index is not observable)', () => {
    const a = createCalendar({ holidays: 'united-kingdom' });
    const b = createCalendar({ holidays: 'united-kingdom' });
    expect(a.addWorkingDays('2150-06-01', 20)).toBe(b.addWorkingDays('2150-06-01', 20));
    a.addWorkingDays('1990-01-01', 3);
    expect(a.countWorkingDays('1985-01-01', '2160-01-01')).toBe(b.countWorkingDays('1985-01-01', '2160-01-01'));
    expect(a.subtractWorkingDays('2026-01-05', 1)).toBe('2025-12-31');
  });
});
