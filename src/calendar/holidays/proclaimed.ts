/**
 * The public, cited form of the proclaimed-holiday table: every entry of the generator's table with its source.
 *
 * @module
 */
import type { CalendarDate } from '../date.js';
import type { Division } from '../types.js';
import { EXCEPTION_ROWS } from './exceptions.js';
import { DIVISIONS } from './divisions.js';

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

const GOVUK_DATA = 'GOV.UK bank-holidays data (alphagov/calendars and alphagov/frontend lib/data/bank-holidays.json)';

/**
 * Every proclaimed extra or moved bank holiday from 1978 on, by date, each with its divisions, kind, title, the
 * standard date a moved holiday cancels, and its source.
 *
 * @example
 * import { PROCLAIMED_HOLIDAYS } from 'statutory-complaints/calendar';
 * const moved2022 = PROCLAIMED_HOLIDAYS.find((p) => p.date === '2022-06-02');
 * moved2022.replaces //=> '2022-05-30'
 * moved2022.kind //=> 'moved'
 * PROCLAIMED_HOLIDAYS.find((p) => p.date === '2026-06-15').divisions //=> ['scotland']
 */
export const PROCLAIMED_HOLIDAYS: readonly ProclaimedHoliday[] = /* @__PURE__ */ withSources();

/**
 * Where each proclaimed day comes from, by date: made when asked for, so that a bundle with the calendar's
 * functions alone carries none of this text (a module-level table would stay in the package's shared chunk).
 */
function sources(): Readonly<Record<string, string>> {
  return {
    '1981-07-29':
      'Extra holiday for the wedding of the Prince of Wales, proclaimed under BFDA 1971 s.1(3) ("a bank holiday was declared in 1981 on the occasion of the wedding of the Prince of Wales and Lady Diana Spencer": qppstudio.net public-holiday news, 18 November 2010, citing the BBC)',
    '1995-05-08':
      'Early May holiday moved from Mon 1 May to Mon 8 May 1995 for the 50th anniversary of VE Day (LBC, 2019: "only been moved once before … 1995"; Wikipedia); confirmed for England, Wales and Northern Ireland only',
    '1999-12-31': 'Extra holiday for the Millennium, announced April 1998 (Sunday Times, 17 April 1998; Wikipedia)',
    '2002-06-03': 'Extra holiday for the Golden Jubilee (BBC News, 24 November 2000)',
    '2002-06-04': 'Spring holiday moved from Mon 27 May to Tue 4 June 2002 (BBC News, 24 November 2000)',
    '2011-04-29': 'Extra holiday for the royal wedding, proclaimed under BFDA 1971 s.1(3); Scotland by separate announcement (timeanddate.com; officeholidays.com)',
    '2012-06-04': `Spring holiday moved from Mon 28 May to Mon 4 June 2012 (${GOVUK_DATA}, 2012, note "Substitute day")`,
    '2012-06-05': `Extra holiday for the Diamond Jubilee (${GOVUK_DATA}, 2012, note "Extra bank holiday")`,
    '2020-05-08': `Early May holiday moved from Mon 4 May to Fri 8 May 2020 for the 75th anniversary of VE Day (proclamation, London Gazette notice 3326938, England, Wales and Northern Ireland; ${GOVUK_DATA} lists it for Scotland too)`,
    '2022-06-02': `Spring holiday moved from Mon 30 May to Thu 2 June 2022 (${GOVUK_DATA}, frontend commit e4001140)`,
    '2022-06-03': `Extra holiday for the Platinum Jubilee (${GOVUK_DATA}, frontend commit e4001140)`,
    '2022-09-19': `Extra holiday for the State Funeral, proclaimed about nine days ahead (${GOVUK_DATA}, frontend commit 86be09f2 of 9 September 2022)`,
    '2023-05-08': `Extra holiday for the Coronation (${GOVUK_DATA}, frontend commit dc708d7b)`,
    '2026-06-15': `Scotland only: extra holiday for the men's football World Cup, Royal Proclamation approved 5 February 2026 (Scottish Government announcement via wired-gov.net; The Independent, 5 February 2026; ${GOVUK_DATA}, frontend commit 609b0436 of 25 February 2026)`,
  };
}

/** Joins the generator's table and {@link SOURCES}: a function, so that bundlers drop it when it is not imported. */
function withSources(): readonly ProclaimedHoliday[] {
  const SOURCES = sources();
  return Object.freeze(
    EXCEPTION_ROWS.map(([date, title, replaces, divisions = DIVISIONS]) =>
      Object.freeze({
        date: date as CalendarDate,
        divisions: Object.freeze([...divisions]),
        kind: replaces ? ('moved' as const) : ('one-off' as const),
        title,
        ...(replaces ? { replaces: replaces as CalendarDate } : {}),
        source: SOURCES[date]!, // every row has one (test/calendar/holidays.test.ts checks)
      }),
    ),
  );
}
