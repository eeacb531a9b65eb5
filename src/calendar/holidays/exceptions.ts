/**
 * Bank holidays proclaimed for one year only under the Banking and Financial Dealings Act 1971: extra days
 * (s.1(3)) and regular holidays moved to another date (s.1(2)). Each entry cites where the date comes from.
 *
 * Days before 1978 are outside the modelled range (see `FIRST_MODELLED_YEAR`), so the 1977 Silver Jubilee is not
 * listed. Not listed because no source confirms them: an extra day for the 1986 royal wedding (reported once, never
 * confirmed), and the 1995 early May move in Scotland (confirmed for England, Wales and Northern Ireland only; the
 * Scottish holiday is kept on its standard date, Monday 1 May 1995).
 *
 * @module
 */
import { daysFromCivil } from '../date.js';
import type { CalendarDate } from '../date.js';
import type { Division } from '../types.js';

/** A bank holiday proclaimed for one year: an extra day, or a regular holiday moved to another date. */
export interface ProclaimedHoliday {
  /** The day of the holiday. */
  readonly date: CalendarDate;
  /** The divisions it applies to. */
  readonly divisions: readonly Division[];
  /** `moved`: a regular holiday moved here from {@link ProclaimedHoliday.replaces}; `one-off`: an extra holiday. */
  readonly kind: 'moved' | 'one-off';
  /** Title (GOV.UK's where GOV.UK published the day). */
  readonly title: string;
  /** For a moved holiday: the standard date it cancels (that date is not a bank holiday that year). */
  readonly replaces?: CalendarDate;
  /** Where the date comes from. */
  readonly source: string;
}

const ALL: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const EW_NI: readonly Division[] = ['england-and-wales', 'northern-ireland'];
const GOVUK_DATA = 'GOV.UK bank-holidays data (alphagov/calendars and alphagov/frontend lib/data/bank-holidays.json)';

const d = (s: string) => s as CalendarDate;

/**
 * Every proclaimed extra or moved bank holiday from 1978 on, by date, each with its divisions, kind, title, the
 * standard date a moved holiday cancels, and its source.
 *
 * @example
 * import { PROCLAIMED_HOLIDAYS } from 'statutory-complaints';
 * const moved2022 = PROCLAIMED_HOLIDAYS.find((p) => p.date === '2022-06-02');
 * moved2022.replaces //=> '2022-05-30'
 * moved2022.kind //=> 'moved'
 * PROCLAIMED_HOLIDAYS.find((p) => p.date === '2026-06-15').divisions //=> ['scotland']
 */
export const PROCLAIMED_HOLIDAYS: readonly ProclaimedHoliday[] = Object.freeze(
  [
    {
      date: d('1981-07-29'),
      divisions: ALL,
      kind: 'one-off',
      title: 'Royal wedding bank holiday',
      source: 'Extra holiday for the wedding of the Prince of Wales, proclaimed under BFDA 1971 s.1(3) ("a bank holiday was declared in 1981 on the occasion of the wedding of the Prince of Wales and Lady Diana Spencer": qppstudio.net public-holiday news, 18 November 2010, citing the BBC)',
    },
    {
      date: d('1995-05-08'),
      divisions: EW_NI,
      kind: 'moved',
      title: 'Early May bank holiday (VE day)',
      replaces: d('1995-05-01'),
      source: 'Early May holiday moved from Mon 1 May to Mon 8 May 1995 for the 50th anniversary of VE Day (LBC, 2019: "only been moved once before … 1995"; Wikipedia); confirmed for England, Wales and Northern Ireland only',
    },
    {
      date: d('1999-12-31'),
      divisions: ALL,
      kind: 'one-off',
      title: 'Millennium bank holiday',
      source: 'Extra holiday for the Millennium, announced April 1998 (Sunday Times, 17 April 1998; Wikipedia)',
    },
    {
      date: d('2002-06-03'),
      divisions: ALL,
      kind: 'one-off',
      title: 'Golden Jubilee bank holiday',
      source: 'Extra holiday for the Golden Jubilee (BBC News, 24 November 2000)',
    },
    {
      date: d('2002-06-04'),
      divisions: ALL,
      kind: 'moved',
      title: 'Spring bank holiday',
      replaces: d('2002-05-27'),
      source: 'Spring holiday moved from Mon 27 May to Tue 4 June 2002 (BBC News, 24 November 2000)',
    },
    {
      date: d('2011-04-29'),
      divisions: ALL,
      kind: 'one-off',
      title: 'Royal wedding bank holiday',
      source: 'Extra holiday for the royal wedding, proclaimed under BFDA 1971 s.1(3); Scotland by separate announcement (timeanddate.com; officeholidays.com)',
    },
    {
      date: d('2012-06-04'),
      divisions: ALL,
      kind: 'moved',
      title: 'Spring bank holiday',
      replaces: d('2012-05-28'),
      source: `Spring holiday moved from Mon 28 May to Mon 4 June 2012 (${GOVUK_DATA}, 2012, note "Substitute day")`,
    },
    {
      date: d('2012-06-05'),
      divisions: ALL,
      kind: 'one-off',
      title: 'Queen’s Diamond Jubilee',
      source: `Extra holiday for the Diamond Jubilee (${GOVUK_DATA}, 2012, note "Extra bank holiday")`,
    },
    {
      date: d('2020-05-08'),
      divisions: ALL,
      kind: 'moved',
      title: 'Early May bank holiday (VE day)',
      replaces: d('2020-05-04'),
      source: `Early May holiday moved from Mon 4 May to Fri 8 May 2020 for the 75th anniversary of VE Day (proclamation, London Gazette notice 3326938, England, Wales and Northern Ireland; ${GOVUK_DATA} lists it for Scotland too)`,
    },
    {
      date: d('2022-06-02'),
      divisions: ALL,
      kind: 'moved',
      title: 'Spring bank holiday',
      replaces: d('2022-05-30'),
      source: `Spring holiday moved from Mon 30 May to Thu 2 June 2022 (${GOVUK_DATA}, frontend commit e4001140)`,
    },
    {
      date: d('2022-06-03'),
      divisions: ALL,
      kind: 'one-off',
      title: 'Platinum Jubilee bank holiday',
      source: `Extra holiday for the Platinum Jubilee (${GOVUK_DATA}, frontend commit e4001140)`,
    },
    {
      date: d('2022-09-19'),
      divisions: ALL,
      kind: 'one-off',
      title: 'Bank Holiday for the State Funeral of Queen Elizabeth II',
      source: `Extra holiday for the State Funeral, proclaimed about nine days ahead (${GOVUK_DATA}, frontend commit 86be09f2 of 9 September 2022)`,
    },
    {
      date: d('2023-05-08'),
      divisions: ALL,
      kind: 'one-off',
      title: 'Bank holiday for the coronation of King Charles III',
      source: `Extra holiday for the Coronation (${GOVUK_DATA}, frontend commit dc708d7b)`,
    },
    {
      date: d('2026-06-15'),
      divisions: ['scotland'],
      kind: 'one-off',
      title: 'World Cup bank holiday',
      source: `Scotland only: extra holiday for the men's football World Cup, Royal Proclamation approved 5 February 2026 (Scottish Government announcement via wired-gov.net; The Independent, 5 February 2026; ${GOVUK_DATA}, frontend commit 609b0436 of 25 February 2026)`,
    },
  ].map((p) => Object.freeze({ ...p, divisions: Object.freeze([...p.divisions]) }) as ProclaimedHoliday),
);

/** Internal, precomputed form of {@link PROCLAIMED_HOLIDAYS}. */
export interface ExceptionEntry {
  readonly year: number;
  readonly day: number;
  readonly replacesDay: number | undefined;
  readonly divisions: readonly Division[];
  readonly kind: 'moved' | 'one-off';
  readonly title: string;
}

function dayOf(date: string): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** {@link PROCLAIMED_HOLIDAYS} with day numbers, for the generator. */
export const EXCEPTIONS: readonly ExceptionEntry[] = PROCLAIMED_HOLIDAYS.map((p) => ({
  year: Number(p.date.slice(0, 4)),
  day: dayOf(p.date),
  replacesDay: p.replaces === undefined ? undefined : dayOf(p.replaces),
  divisions: p.divisions,
  kind: p.kind,
  title: p.title,
}));
