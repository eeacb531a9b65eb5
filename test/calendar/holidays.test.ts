import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DateOutOfRangeError, InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import {
  CONFIRMED_THROUGH_YEAR,
  DIVISIONS,
  FIRST_MODELLED_YEAR,
  HOLIDAY_SETS,
  PROCLAIMED_HOLIDAYS,
  bankHolidays,
  holidaysInYear,
  isDivision,
  isHolidaySet,
} from '../../src/calendar/holidays/index.js';
import type { Division, Holiday } from '../../src/calendar/index.js';

// Weekday of a YYYY-MM-DD date computed with Date.UTC, independently of the library's day arithmetic.
const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
function weekday(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

const dates = (division: Division, year: number) => holidaysInYear(division, year).map((h) => h.date);
const on = (division: Division, date: string): Holiday | undefined => holidaysInYear(division, Number(date.slice(0, 4))).find((h) => h.date === date);

describe('GOV.UK data for 2026 (spot-check lists)', () => {
  it('england-and-wales 2026', () => {
    expect(dates('england-and-wales', 2026)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
  });
  it('scotland 2026, with the World Cup day on Monday 15 June', () => {
    expect(dates('scotland', 2026)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-04-03',
      '2026-05-04',
      '2026-05-25',
      '2026-06-15',
      '2026-08-03',
      '2026-11-30',
      '2026-12-25',
      '2026-12-28',
    ]);
  });
  it('northern-ireland 2026', () => {
    expect(dates('northern-ireland', 2026)).toEqual([
      '2026-01-01',
      '2026-03-17',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-07-13',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28',
    ]);
  });
  it('titles and kinds of England and Wales 2026 as GOV.UK writes them', () => {
    expect(holidaysInYear('england-and-wales', 2026).map((h) => [h.date, h.title, h.kind])).toEqual([
      ['2026-01-01', 'New Year’s Day', 'standard'],
      ['2026-04-03', 'Good Friday', 'standard'],
      ['2026-04-06', 'Easter Monday', 'standard'],
      ['2026-05-04', 'Early May bank holiday', 'standard'],
      ['2026-05-25', 'Spring bank holiday', 'standard'],
      ['2026-08-31', 'Summer bank holiday', 'standard'],
      ['2026-12-25', 'Christmas Day', 'standard'],
      ['2026-12-28', 'Boxing Day', 'substitute'],
    ]);
  });
  it('titles of the Scotland and Northern Ireland holidays', () => {
    expect(on('scotland', '2026-01-02')?.title).toBe('2nd January');
    expect(on('scotland', '2026-11-30')?.title).toBe('St Andrew’s Day');
    expect(on('northern-ireland', '2026-03-17')?.title).toBe('St Patrick’s Day');
    expect(on('northern-ireland', '2026-07-13')).toMatchObject({ title: 'Battle of the Boyne (Orangemen’s Day)', kind: 'substitute' });
  });
});

describe('Christmas and Boxing Day substitutes', () => {
  it.each([2021, 2027])('Christmas on Saturday %i: Christmas on Monday 27, Boxing Day on Tuesday 28', (year) => {
    expect(weekday(`${year}-12-25`)).toBe('Saturday');
    expect(weekday(`${year}-12-28`)).toBe('Tuesday');
    for (const division of DIVISIONS) {
      expect(on(division, `${year}-12-27`)).toMatchObject({ title: 'Christmas Day', kind: 'substitute' });
      expect(on(division, `${year}-12-28`)).toMatchObject({ title: 'Boxing Day', kind: 'substitute' });
      expect(on(division, `${year}-12-25`)).toBeUndefined();
      expect(on(division, `${year}-12-26`)).toBeUndefined();
    }
  });
  it.each([2016, 2022])('Christmas on Sunday %i: Boxing Day stays on Monday 26, Christmas moves to Tuesday 27', (year) => {
    expect(weekday(`${year}-12-25`)).toBe('Sunday');
    for (const division of DIVISIONS) {
      expect(on(division, `${year}-12-26`)).toMatchObject({ title: 'Boxing Day', kind: 'standard' });
      expect(on(division, `${year}-12-27`)).toMatchObject({ title: 'Christmas Day', kind: 'substitute' });
      expect(on(division, `${year}-12-28`)).toBeUndefined();
    }
  });
  it.each([2015, 2020, 2026])('Christmas on Friday %i: Boxing Day (Saturday) moves to Monday 28', (year) => {
    expect(weekday(`${year}-12-25`)).toBe('Friday');
    for (const division of DIVISIONS) {
      expect(on(division, `${year}-12-25`)).toMatchObject({ title: 'Christmas Day', kind: 'standard' });
      expect(on(division, `${year}-12-28`)).toMatchObject({ title: 'Boxing Day', kind: 'substitute' });
    }
  });
});

describe('New Year substitutes', () => {
  it.each([
    [2022, '2022-01-03', '2022-01-04'],
    [2028, '2028-01-03', '2028-01-04'],
  ])('Scotland, 1 Jan on Saturday %i: New Year on Monday, 2nd January on Tuesday', (year, monday, tuesday) => {
    expect(weekday(`${year}-01-01`)).toBe('Saturday');
    expect(weekday(monday)).toBe('Monday');
    expect(weekday(tuesday)).toBe('Tuesday');
    expect(dates('scotland', year).slice(0, 2)).toEqual([monday, tuesday]);
    expect(on('scotland', monday)).toMatchObject({ title: 'New Year’s Day', kind: 'substitute' });
    expect(on('scotland', tuesday)).toMatchObject({ title: '2nd January', kind: 'substitute' });
    expect(dates('england-and-wales', year)[0]).toBe(monday);
    expect(dates('northern-ireland', year)[0]).toBe(monday);
  });
  it.each([2012, 2017, 2023])('Scotland, 1 Jan on Sunday %i: holidays on Monday 2 and Tuesday 3 January', (year) => {
    expect(weekday(`${year}-01-01`)).toBe('Sunday');
    expect(dates('scotland', year).slice(0, 2)).toEqual([`${year}-01-02`, `${year}-01-03`]);
    // England, Wales and Northern Ireland: Monday 2 January only.
    expect(dates('england-and-wales', year)[0]).toBe(`${year}-01-02`);
    expect(dates('england-and-wales', year)[1]).not.toBe(`${year}-01-03`);
    expect(on('northern-ireland', `${year}-01-02`)).toMatchObject({ title: 'New Year’s Day', kind: 'substitute' });
  });
  it('Scotland 2023 uses GOV.UK’s current labels: New Year’s Day on Monday 2, 2nd January on Tuesday 3', () => {
    expect(on('scotland', '2023-01-02')?.title).toBe('New Year’s Day');
    expect(on('scotland', '2023-01-03')?.title).toBe('2nd January');
  });
  it.each([2016, 2021, 2027])('Scotland, 2 Jan on Saturday %i: 2nd January moves to Monday 4', (year) => {
    expect(weekday(`${year}-01-02`)).toBe('Saturday');
    expect(dates('scotland', year).slice(0, 2)).toEqual([`${year}-01-01`, `${year}-01-04`]);
    expect(on('scotland', `${year}-01-04`)).toMatchObject({ title: '2nd January', kind: 'substitute' });
    expect(on('england-and-wales', `${year}-01-04`)).toBeUndefined();
  });
});

describe('St Andrew’s Day (Scotland)', () => {
  it.each([
    ['2013-12-02', 'Saturday'],
    ['2014-12-01', 'Sunday'],
    ['2019-12-02', 'Saturday'],
    ['2024-12-02', 'Saturday'],
    ['2025-12-01', 'Sunday'],
  ])('on a weekend: the following Monday %s (30 November was a %s)', (monday, was) => {
    const year = monday.slice(0, 4);
    expect(weekday(`${year}-11-30`)).toBe(was);
    expect(weekday(monday)).toBe('Monday');
    expect(on('scotland', monday)).toMatchObject({ title: 'St Andrew’s Day', kind: 'substitute' });
    expect(on('scotland', `${year}-11-30`)).toBeUndefined();
  });
  it('is a holiday from 2007 (Thursday 30 November 2006 is not; Friday 30 November 2007 is)', () => {
    expect(on('scotland', '2006-11-30')).toBeUndefined();
    expect(dates('scotland', 2006)).toHaveLength(8);
    expect(on('scotland', '2007-11-30')).toMatchObject({ title: 'St Andrew’s Day', kind: 'standard' });
  });
  it('Sunday 30 November 2008 → Monday 1 December 2008', () => {
    expect(weekday('2008-11-30')).toBe('Sunday');
    expect(on('scotland', '2008-12-01')?.title).toBe('St Andrew’s Day');
  });
  it('is not a holiday in England and Wales or Northern Ireland', () => {
    expect(on('england-and-wales', '2026-11-30')).toBeUndefined();
    expect(on('northern-ireland', '2026-11-30')).toBeUndefined();
  });
});

describe('Northern Ireland: St Patrick’s Day and the Boyne', () => {
  it.each([
    ['2019-03-18', 'Sunday'],
    ['2024-03-18', 'Sunday'],
    ['2018-03-19', 'Saturday'],
  ])('St Patrick’s Day on a weekend → Monday %s (17 March was a %s)', (monday, was) => {
    expect(weekday(`${monday.slice(0, 4)}-03-17`)).toBe(was);
    expect(on('northern-ireland', monday)).toMatchObject({ title: 'St Patrick’s Day', kind: 'substitute' });
  });
  it.each([
    ['2020-07-13', 'Sunday'],
    ['2025-07-14', 'Saturday'],
    ['2026-07-13', 'Sunday'],
  ])('the Boyne on a weekend → Monday %s (12 July was a %s)', (monday, was) => {
    expect(weekday(`${monday.slice(0, 4)}-07-12`)).toBe(was);
    expect(on('northern-ireland', monday)).toMatchObject({ title: 'Battle of the Boyne (Orangemen’s Day)', kind: 'substitute' });
  });
});

describe('standard pattern differences between divisions', () => {
  it('Scotland has no Easter Monday (Monday 6 April 2026) and its summer holiday is the first Monday of August', () => {
    expect(on('scotland', '2026-04-06')).toBeUndefined();
    expect(on('scotland', '2026-08-03')?.title).toBe('Summer bank holiday');
    expect(on('scotland', '2026-08-31')).toBeUndefined();
    expect(on('england-and-wales', '2026-08-03')).toBeUndefined();
  });
  it('Scotland-only bank holidays 2025–2027 (statutory.md §7 list)', () => {
    const only: string[] = [];
    for (const year of [2025, 2026, 2027]) {
      const others = new Set([...dates('england-and-wales', year), ...dates('northern-ireland', year)]);
      only.push(...dates('scotland', year).filter((d) => !others.has(d)));
    }
    expect(only).toEqual(['2025-01-02', '2025-08-04', '2025-12-01', '2026-01-02', '2026-06-15', '2026-08-03', '2026-11-30', '2027-01-04', '2027-08-02', '2027-11-30']);
  });
  it('Northern Ireland-only bank holidays 2025–2027', () => {
    const only: string[] = [];
    for (const year of [2025, 2026, 2027]) {
      const others = new Set([...dates('england-and-wales', year), ...dates('scotland', year)]);
      only.push(...dates('northern-ireland', year).filter((d) => !others.has(d)));
    }
    expect(only).toEqual(['2025-03-17', '2025-07-14', '2026-03-17', '2026-07-13', '2027-03-17', '2027-07-12']);
  });
  it('early May Monday from 1978: Monday 1 May 1978 in every division', () => {
    expect(weekday('1978-05-01')).toBe('Monday');
    for (const division of DIVISIONS) expect(on(division, '1978-05-01')?.title).toBe('Early May bank holiday');
  });
});

describe('proclamations in the London Gazette', () => {
  it('1998 proclamation (notice L-55182-5SI): England, Wales and NI — Mon 28 Dec 1998, Fri 1 Jan 1999, Mon 3 May 1999', () => {
    for (const division of ['england-and-wales', 'northern-ireland'] as const) {
      expect(on(division, '1998-12-28')?.title).toBe('Boxing Day');
      expect(on(division, '1999-01-01')?.title).toBe('New Year’s Day');
      expect(on(division, '1999-05-03')?.title).toBe('Early May bank holiday');
    }
  });
  it('1998 proclamation: Scotland — Mon 28 Dec 1998, Mon 4 Jan 1999, Mon 31 May 1999', () => {
    expect(on('scotland', '1998-12-28')?.title).toBe('Boxing Day');
    expect(on('scotland', '1999-01-04')).toMatchObject({ title: '2nd January', kind: 'substitute' });
    expect(on('scotland', '1999-05-31')?.title).toBe('Spring bank holiday');
  });
  it('2020 proclamation (notice 3326938): Wed 1 Jan and Fri 8 May 2020 in E&W and NI; Mon 13 July 2020 in NI', () => {
    for (const division of ['england-and-wales', 'northern-ireland'] as const) {
      expect(on(division, '2020-01-01')?.title).toBe('New Year’s Day');
      expect(on(division, '2020-05-08')).toMatchObject({ title: 'Early May bank holiday (VE day)', kind: 'moved' });
    }
    expect(on('northern-ireland', '2020-07-13')?.kind).toBe('substitute');
  });
});

describe('one-off and moved holidays', () => {
  const inAll = (date: string) => DIVISIONS.map((d) => on(d, date)?.kind);
  it('1995: early May moved from Monday 1 May to Monday 8 May in England, Wales and Northern Ireland', () => {
    for (const division of ['england-and-wales', 'northern-ireland'] as const) {
      expect(on(division, '1995-05-08')).toMatchObject({ kind: 'moved', title: 'Early May bank holiday (VE day)' });
      expect(on(division, '1995-05-01')).toBeUndefined();
    }
  });
  it('1995: Scotland keeps Monday 1 May (the move is not confirmed there)', () => {
    expect(on('scotland', '1995-05-01')?.kind).toBe('standard');
    expect(on('scotland', '1995-05-08')).toBeUndefined();
  });
  it('1981: Wednesday 29 July, royal wedding', () => {
    expect(weekday('1981-07-29')).toBe('Wednesday');
    expect(inAll('1981-07-29')).toEqual(['one-off', 'one-off', 'one-off']);
  });
  it('1999: Friday 31 December, Millennium; then Monday 3 January 2000 (and Tuesday 4 in Scotland)', () => {
    expect(weekday('1999-12-31')).toBe('Friday');
    expect(inAll('1999-12-31')).toEqual(['one-off', 'one-off', 'one-off']);
    expect(dates('england-and-wales', 2000)[0]).toBe('2000-01-03');
    expect(dates('scotland', 2000).slice(0, 2)).toEqual(['2000-01-03', '2000-01-04']);
  });
  it('2002: Monday 3 June Golden Jubilee, spring holiday moved from Monday 27 May to Tuesday 4 June', () => {
    expect(inAll('2002-06-03')).toEqual(['one-off', 'one-off', 'one-off']);
    expect(inAll('2002-06-04')).toEqual(['moved', 'moved', 'moved']);
    expect(inAll('2002-05-27')).toEqual([undefined, undefined, undefined]);
  });
  it('2011: Friday 29 April, royal wedding', () => {
    expect(weekday('2011-04-29')).toBe('Friday');
    expect(inAll('2011-04-29')).toEqual(['one-off', 'one-off', 'one-off']);
  });
  it('2012: spring holiday on Monday 4 June (Monday 28 May is not a holiday), Diamond Jubilee on Tuesday 5 June', () => {
    expect(inAll('2012-06-04')).toEqual(['moved', 'moved', 'moved']);
    expect(inAll('2012-06-05')).toEqual(['one-off', 'one-off', 'one-off']);
    expect(inAll('2012-05-28')).toEqual([undefined, undefined, undefined]);
    expect(on('scotland', '2012-06-05')?.title).toBe('Queen’s Diamond Jubilee');
  });
  it('2020: early May moved from Monday 4 May to Friday 8 May in all three divisions', () => {
    expect(weekday('2020-05-08')).toBe('Friday');
    expect(inAll('2020-05-08')).toEqual(['moved', 'moved', 'moved']);
    expect(inAll('2020-05-04')).toEqual([undefined, undefined, undefined]);
  });
  it('2022: spring on Thursday 2 June (not Monday 30 May), Platinum Jubilee Friday 3 June, State Funeral Monday 19 September', () => {
    expect(weekday('2022-06-02')).toBe('Thursday');
    expect(inAll('2022-06-02')).toEqual(['moved', 'moved', 'moved']);
    expect(inAll('2022-06-03')).toEqual(['one-off', 'one-off', 'one-off']);
    expect(inAll('2022-05-30')).toEqual([undefined, undefined, undefined]);
    expect(inAll('2022-09-19')).toEqual(['one-off', 'one-off', 'one-off']);
    expect(on('england-and-wales', '2022-06-03')?.title).toBe('Platinum Jubilee bank holiday');
  });
  it('2023: Monday 8 May, Coronation of King Charles III', () => {
    expect(inAll('2023-05-08')).toEqual(['one-off', 'one-off', 'one-off']);
    expect(on('northern-ireland', '2023-05-08')?.title).toBe('Bank holiday for the coronation of King Charles III');
  });
  it('2026: Monday 15 June, World Cup day, in Scotland only', () => {
    expect(weekday('2026-06-15')).toBe('Monday');
    expect(inAll('2026-06-15')).toEqual([undefined, 'one-off', undefined]);
  });
  it('every moved holiday cancels a standard holiday that the rules would otherwise give', () => {
    for (const p of PROCLAIMED_HOLIDAYS) {
      expect(p.source.length).toBeGreaterThan(20);
      if (p.kind !== 'moved') {
        expect(p.replaces).toBeUndefined();
        continue;
      }
      expect(p.replaces).toBeDefined();
      expect(weekday(p.replaces!)).toBe('Monday');
      for (const division of p.divisions) expect(on(division, p.replaces!)).toBeUndefined();
    }
  });
});

describe('coverage and provisional data', () => {
  it('CONFIRMED_THROUGH_YEAR is 2028 and FIRST_MODELLED_YEAR is 1978', () => {
    expect(CONFIRMED_THROUGH_YEAR).toBe(2028);
    expect(FIRST_MODELLED_YEAR).toBe(1978);
  });
  it('2028 holidays are confirmed, 2029 holidays are provisional', () => {
    expect(holidaysInYear('england-and-wales', 2028).every((h) => !h.provisional)).toBe(true);
    expect(holidaysInYear('england-and-wales', 2029).every((h) => h.provisional)).toBe(true);
    expect(holidaysInYear('scotland', 2199).length).toBeGreaterThan(0);
  });
  it('years before 1978 are not modelled: an empty list, no error', () => {
    expect(holidaysInYear('england-and-wales', 1977)).toEqual([]);
    expect(holidaysInYear('scotland', 1900)).toEqual([]);
    expect(bankHolidays('united-kingdom', { from: '1900-01-01', to: '1977-12-31' })).toEqual([]);
  });
  it('results are frozen; nothing is remembered between calls (an equal, new list each time)', () => {
    const a = holidaysInYear('scotland', 2031);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a[0])).toBe(true);
    const b = holidaysInYear('scotland', 2031);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(Object.isFrozen(PROCLAIMED_HOLIDAYS)).toBe(true);
  });
});

describe('Easter by an independent computus', () => {
  // The anonymous Gregorian computus (Meeus/Jones/Butcher, 1876), a different formulation from the library's
  // (which follows Oudin's paschal full moon, as in Tøndering's Calendar FAQ).
  function easterMeeus(y: number): string {
    const q = (a: number, b: number) => Math.floor(a / b);
    const a = y % 19;
    const b = q(y, 100);
    const c = y % 100;
    const h = (19 * a + b - q(b, 4) - q(b - q(b + 8, 25) + 1, 3) + 15) % 30;
    const l = (32 + 2 * (b % 4) + 2 * q(c, 4) - h - (c % 4)) % 7;
    const m = q(a + 11 * h + 22 * l, 451);
    const n = h + l - 7 * m + 114;
    return new Date(Date.UTC(y, q(n, 31) - 1, (n % 31) + 1)).toISOString().slice(0, 10);
  }
  const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
  // 1954 and 1981 are the years of the epact exception (a paschal full moon on 18 April).
  it('known Easter Sundays: 1954-04-18, 1981-04-19, 2000-04-23, 2008-03-23, 2026-04-05, 2038-04-25', () => {
    expect([1954, 1981, 2000, 2008, 2026, 2038].map(easterMeeus)).toEqual(['1954-04-18', '1981-04-19', '2000-04-23', '2008-03-23', '2026-04-05', '2038-04-25']);
  });
  it('Good Friday and Easter Monday match for every year 1978–2199', () => {
    for (let year = 1978; year <= 2199; year++) {
      const easter = easterMeeus(year);
      const ew = holidaysInYear('england-and-wales', year);
      expect(ew.find((h) => h.title === 'Good Friday')?.date).toBe(shift(easter, -2));
      expect(ew.find((h) => h.title === 'Easter Monday')?.date).toBe(shift(easter, 1));
    }
  });
});

describe('properties over 1978–2199', () => {
  const year = fc.integer({ min: 1978, max: 2199 });
  const division = fc.constantFrom(...DIVISIONS);
  it('never a weekend date; sorted, unique, inside the year; kinds valid', () => {
    fc.assert(
      fc.property(division, year, (d, y) => {
        const list = holidaysInYear(d, y);
        // 8 in England and Wales, 10 in Northern Ireland, 8 in Scotland (9 with St Andrew's Day from 2007),
        // plus that year's extra (one-off) days; a moved day replaces another.
        const base = d === 'england-and-wales' ? 8 : d === 'northern-ireland' ? 10 : y >= 2007 ? 9 : 8;
        const extras = PROCLAIMED_HOLIDAYS.filter((p) => p.kind === 'one-off' && p.date.startsWith(`${y}-`) && p.divisions.includes(d)).length;
        expect(list.length).toBe(base + extras);
        for (let i = 0; i < list.length; i++) {
          const h = list[i]!;
          expect(['Saturday', 'Sunday']).not.toContain(weekday(h.date));
          expect(h.date.slice(0, 4)).toBe(String(y));
          expect(h.division).toBe(d);
          expect(['standard', 'substitute', 'moved', 'one-off']).toContain(h.kind);
          expect(h.provisional).toBe(y > 2028);
          if (i > 0) expect(list[i - 1]!.date < h.date).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
  it('a substitute day follows a Sunday or another holiday', () => {
    fc.assert(
      fc.property(division, year, (d, y) => {
        for (const h of holidaysInYear(d, y)) {
          if (h.kind === 'substitute') {
            const prev = new Date(Date.parse(`${h.date}T00:00:00Z`) - 86400000).toISOString().slice(0, 10);
            const prevIsHoliday = holidaysInYear(d, y).some((x) => x.date === prev);
            expect(weekday(prev) === 'Sunday' || prevIsHoliday).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('bankHolidays', () => {
  it('lists a division between two dates inclusive', () => {
    expect(bankHolidays('england-and-wales', { from: '2026-05-04', to: '2026-05-25' }).map((h) => h.date)).toEqual(['2026-05-04', '2026-05-25']);
    expect(bankHolidays('england-and-wales', { from: '2026-05-05', to: '2026-05-24' })).toEqual([]);
  });
  it('spans years: Christmas 2026 to New Year 2027 in England and Wales (Fri 25 Dec, Mon 28 Dec, Fri 1 Jan)', () => {
    expect(bankHolidays('england-and-wales', { from: '2026-12-20', to: '2027-01-10' }).map((h) => h.date)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
  });
  it('united-kingdom gives one entry per date and division, sorted by date then division', () => {
    const list = bankHolidays('united-kingdom', { from: '2026-03-17', to: '2026-04-06' });
    expect(list.map((h) => [h.date, h.division])).toEqual([
      ['2026-03-17', 'northern-ireland'],
      ['2026-04-03', 'england-and-wales'],
      ['2026-04-03', 'scotland'],
      ['2026-04-03', 'northern-ireland'],
      ['2026-04-06', 'england-and-wales'],
      ['2026-04-06', 'northern-ireland'],
    ]);
    expect(Object.isFrozen(list)).toBe(true);
  });
  it('Monday 1 December 2014 is a UK holiday (Scotland’s St Andrew’s substitute), Tuesday 2 December is not', () => {
    expect(bankHolidays('united-kingdom', { from: '2014-12-01', to: '2014-12-02' }).map((h) => [h.date, h.division])).toEqual([['2014-12-01', 'scotland']]);
  });
  it('rejects an unknown division, naming the valid ids', () => {
    let caught: unknown;
    try {
      bankHolidays('wales' as Division, { from: '2026-01-01', to: '2026-12-31' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InvalidArgumentError);
    expect((caught as InvalidArgumentError).path).toBe('holidays');
    for (const id of HOLIDAY_SETS) expect((caught as Error).message).toContain(id);
  });
  it('validates from and to strictly and rejects to before from', () => {
    expect(() => bankHolidays('scotland', { from: '2026-2-1', to: '2026-12-31' })).toThrow(InvalidDateError);
    try {
      bankHolidays('scotland', { from: '2026-01-01', to: '2026-02-30' });
    } catch (e) {
      expect((e as InvalidDateError).path).toBe('to');
    }
    try {
      bankHolidays('scotland', { from: '2026-12-31', to: '2026-01-01' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('to');
    }
    expect(() => bankHolidays('scotland', { from: '1899-12-31', to: '2026-01-01' })).toThrow(DateOutOfRangeError);
    expect(() => bankHolidays('scotland', null as never)).toThrow(InvalidArgumentError);
  });
  it('type guards', () => {
    expect(DIVISIONS.every(isDivision)).toBe(true);
    expect(HOLIDAY_SETS.every(isHolidaySet)).toBe(true);
    expect(isDivision('united-kingdom')).toBe(false);
    expect(isHolidaySet('England-and-Wales')).toBe(false);
    expect(isHolidaySet(undefined)).toBe(false);
  });
});
