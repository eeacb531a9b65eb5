/**
 * The statutory pattern of UK bank holidays, generated year by year from rules (no table of dates).
 *
 * Sources: Banking and Financial Dealings Act 1971 (BFDA) Schedule 1 paras 1–3, as amended by the St Andrew's Day
 * Bank Holiday (Scotland) Act 2007 s.1, plus the days appointed by the usual annual proclamations under BFDA s.1(3):
 * New Year's Day in England, Wales and Northern Ireland (since 1974), the early May Monday (since 1978), Boxing Day
 * and the spring holiday in Scotland, the Battle of the Boyne in Northern Ireland, and the weekday substitutes for
 * days that fall at a weekend (e.g. the 1998 proclamation, London Gazette notice L-55182-5SI; the 2020 proclamation,
 * Gazette notice 3326938). Substitute days follow the pattern GOV.UK publishes in `bank-holidays.json`.
 *
 * Holiday data before {@link FIRST_MODELLED_YEAR} (1978, the first year with the early May Monday) is not modelled:
 * {@link generateHolidays} returns an empty list for 1900–1977 and the caller marks such results provisional.
 *
 * Everything is integer day arithmetic: a year costs a dozen additions, with no loop over days.
 *
 * @module
 */
import { type CalendarDate, daysFromCivil, isoWeekday, toDayNumber } from '../date.js';
import type { Division, HolidayKind } from '../types.js';
import { EXCEPTION_ROWS } from './exceptions.js';

/**
 * First year whose bank holidays are modelled (1978, when the early May Monday began). Holiday data before 1978 is
 * not modelled: earlier years have no bank holidays in this library, and results that depend on them should be
 * treated as provisional.
 *
 * @example
 * import { FIRST_MODELLED_YEAR } from 'statutory-complaints/calendar';
 * FIRST_MODELLED_YEAR //=> 1978
 */
export const FIRST_MODELLED_YEAR = 1978;
/** Last year of the supported date range. */
export const LAST_MODELLED_YEAR = 2199;

/* The titles are GOV.UK's (English, typographic apostrophe), from alphagov/frontend `config/locales/en.yml`, written
 * where each rule adds its holiday: a bundle then carries each title once, next to the code that uses it, with no
 * named constant to declare (smaller once compressed than constants, issue 17). FIXED_DATES repeats the fixed-date
 * ones; the kinds test in test/calendar/holidays.test.ts checks the two agree. */

/** One generated holiday: its day number (days since 1970-01-01), title and kind. */
export interface GeneratedHoliday {
  readonly day: number;
  readonly title: string;
}

/**
 * The usual date (`MM-DD`) of each fixed-date holiday, by title: one of them kept on another date is a substitute
 * day (see {@link holidayKind}).
 */
const FIXED_DATES: ReadonlyMap<string, string> = /* @__PURE__ */ new Map([
  ['New Year’s Day', '01-01'],
  ['2nd January', '01-02'],
  ['St Patrick’s Day', '03-17'],
  ['Battle of the Boyne (Orangemen’s Day)', '07-12'],
  ['St Andrew’s Day', '11-30'],
  ['Christmas Day', '12-25'],
  ['Boxing Day', '12-26'],
]);

/**
 * How a generated holiday came to be on its date: a proclaimed day is `moved` or `one-off` (as its row in the
 * table says), a fixed-date holiday kept on another date is a `substitute`, and anything else is `standard`.
 */
export function holidayKind(date: string, title: string): HolidayKind {
  // One row per date, and no proclaimed day shares its date with another holiday of the same division.
  const row = EXCEPTION_ROWS.find(([d]) => d === date);
  if (row) return row[2] ? 'moved' : 'one-off';
  const usual = FIXED_DATES.get(title);
  return usual !== undefined && !date.endsWith(usual) ? 'substitute' : 'standard';
}

/**
 * Day number of Western (Gregorian) Easter Sunday, integers only: the Sunday strictly after the paschal full moon,
 * which falls `h` days after 21 March (less one day in the two epact exceptions), as in Claus Tøndering's
 * "Calendar FAQ" (section 2.9.1, after Oudin 1940). It gives the same day as the anonymous Gregorian computus
 * (Meeus/Jones/Butcher) for every year from 1583 to 4099 (checked when it replaced it), in fewer operations.
 */
export function easterSunday(year: number): number {
  const g = year % 19;
  const c = Math.floor(year / 100);
  const h = (c - Math.floor(c / 4) - Math.floor((8 * c + 13) / 25) + 19 * g + 15) % 30;
  // Stryker disable next-line EqualityOperator,ConditionalExpression: they change only years with h = 28 and g ≤ 10, none of them in 1900–2199 (there h = 28 only when g = 16)
  const fullMoon = daysFromCivil(year, 3, 21) + (h + (g > 10 ? 1 : 0) > 28 ? h - 1 : h);
  return fullMoon + 7 - (isoWeekday(fullMoon) % 7);
}

/** The Monday on or after a day. */
function mondayOnOrAfter(day: number): number {
  return day + ((8 - isoWeekday(day)) % 7);
}

/** The first Monday of a month. */
function firstMonday(year: number, month: number): number {
  return mondayOnOrAfter(daysFromCivil(year, month, 1));
}

/** The last Monday of a month (month ≤ 11 here: May or August). */
function lastMonday(year: number, month: number): number {
  return firstMonday(year, month + 1) - 7;
}

/**
 * The standard pattern for one division and year, before proclaimed exceptions. Unsorted.
 * Years before {@link FIRST_MODELLED_YEAR} give an empty list.
 *
 * - A fixed-date holiday (New Year's Day outside Scotland, St Patrick's Day, the Battle of the Boyne, St Andrew's
 *   Day) moves to the following Monday when it falls at a weekend.
 * - Scotland's New Year pair (1 and 2 January), as GOV.UK publishes it: 1 Jan Friday → 2nd January on Monday 4;
 *   Saturday → Monday 3 and Tuesday 4; Sunday → Monday 2 and Tuesday 3 (both labelled substitutes, New Year's Day
 *   first, as in GOV.UK's 2023 data; GOV.UK's 2012 and 2017 data used the opposite labels for the same two dates).
 * - Christmas Day and Boxing Day (all divisions): 25 Dec Friday → Boxing Day on Monday 28; Saturday → Christmas on
 *   Monday 27 and Boxing Day on Tuesday 28; Sunday → Boxing Day stays on Monday 26 and Christmas moves to Tuesday 27.
 */
export function standardHolidays(division: Division, year: number): GeneratedHoliday[] {
  const out: GeneratedHoliday[] = [];
  if (year < FIRST_MODELLED_YEAR) return out;
  const add = (day: number, title: string) => out.push({ day, title });
  /** A fixed-date holiday that moves to the following Monday when it falls at a weekend. */
  const fixed = (month: number, date: number, title: string) => {
    const day = daysFromCivil(year, month, date);
    add(isoWeekday(day) > 5 ? mondayOnOrAfter(day) : day, title);
  };
  /**
   * Two consecutive fixed days (`day` and the day after) kept as GOV.UK publishes them: from a Friday, the second
   * moves to Monday; from a Saturday, both move to Monday and Tuesday; from a Sunday, both move a day on when
   * `sundayBothMove`, else the second stays on its own date (Boxing Day on Monday 26) and the first moves to Tuesday.
   */
  const pair = (day: number, title: string, second: string, sundayBothMove: boolean) => {
    const weekday = isoWeekday(day);
    add(weekday < 6 ? day : weekday === 6 || !sundayBothMove ? day + 2 : day + 1, title);
    add(weekday < 5 ? day + 1 : weekday < 7 ? day + 3 : sundayBothMove ? day + 2 : day + 1, second);
  };
  const scotland = division === 'scotland';
  const ni = division === 'northern-ireland';
  const easter = easterSunday(year);
  if (scotland) pair(daysFromCivil(year, 1, 1), 'New Year’s Day', '2nd January', true);
  else fixed(1, 1, 'New Year’s Day');
  if (ni) fixed(3, 17, 'St Patrick’s Day');
  add(easter - 2, 'Good Friday');
  if (!scotland) add(easter + 1, 'Easter Monday');
  add(firstMonday(year, 5), 'Early May bank holiday');
  add(lastMonday(year, 5), 'Spring bank holiday');
  if (ni) fixed(7, 12, 'Battle of the Boyne (Orangemen’s Day)');
  add(scotland ? firstMonday(year, 8) : lastMonday(year, 8), 'Summer bank holiday');
  // St Andrew's Day is a Scottish bank holiday from 2007 (St Andrew's Day Bank Holiday (Scotland) Act 2007).
  if (scotland && year >= 2007) fixed(11, 30, 'St Andrew’s Day');
  pair(daysFromCivil(year, 12, 25), 'Christmas Day', 'Boxing Day', false);
  return out;
}

/**
 * Every bank holiday of one division in one year: the standard pattern with the proclaimed exceptions applied
 * (a moved day replaces the standard date it cancels; a one-off day is added). Sorted by date.
 */
export function generateHolidays(division: Division, year: number): GeneratedHoliday[] {
  // Every proclaimed row is from 1978 on, so a year before that stays empty.
  let days = standardHolidays(division, year);
  for (const [date, title, replaces, divisions] of EXCEPTION_ROWS) {
    if (!date.startsWith(`${year}-`) || (divisions && !divisions.includes(division))) continue;
    // The table's dates are valid (the holiday tests check every row against GOV.UK's data).
    if (replaces) days = days.filter((h) => h.day !== toDayNumber(replaces as CalendarDate));
    days.push({ day: toDayNumber(date as CalendarDate), title });
  }
  return days.sort((x, y) => x.day - y.day);
}
