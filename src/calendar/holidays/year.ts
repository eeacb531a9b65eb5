import { fromDayNumber } from '../date.js';
import type { BankHolidayFeed, Division, FeedEvent, Holiday, HolidayKind } from '../types.js';
import { generateHolidays, holidayKind } from './rules.js';

/**
 * The last year of published GOV.UK data bundled in this release: GOV.UK has published bank holidays through
 * 2028-12-31. Holidays of later years come from the rules alone and are marked provisional.
 *
 * @example
 * import { CONFIRMED_THROUGH_YEAR } from 'statutory-complaints/calendar';
 * CONFIRMED_THROUGH_YEAR //=> 2028
 */
export const CONFIRMED_THROUGH_YEAR = 2028;

// Nothing here is remembered between calls (issue 12: no module-level caches). Each working-day calendar builds its
// own index from these lists once, for the span of years it is asked about, and keeps it for its own lifetime.
function rulesYear(division: Division, year: number): readonly Holiday[] {
  const provisional = year > CONFIRMED_THROUGH_YEAR;
  return Object.freeze(
    generateHolidays(division, year).map((h) => {
      const date = fromDayNumber(h.day);
      return Object.freeze({ date, title: h.title, division, kind: holidayKind(date, h.title), provisional });
    }),
  );
}

function feedKind(notes: string, date: string, rules: readonly Holiday[]): HolidayKind {
  if (notes === 'Substitute day') return 'substitute';
  if (notes === 'Extra bank holiday') return 'one-off';
  return rules.find((h) => h.date === date)?.kind ?? 'one-off';
}

/**
 * The feed's events of one division in one year, or `undefined` when the feed does not cover that year: the year is
 * outside `feed.coverage[division]`, or inside it with no events at all (a gap in GOV.UK's rolling window). Events
 * keep the feed's order (by date). The calendar reads these directly; {@link holidaysInYear} builds holidays on them.
 *
 * @internal
 */
export function feedEvents(feed: BankHolidayFeed, division: Division, year: number): readonly FeedEvent[] | undefined {
  // A year outside feed.coverage[division] has no events either: the coverage is the span of the events' years.
  const events = feed.divisions[division].filter((e) => e.date.startsWith(`${year}-`));
  return events.length ? events : undefined;
}

function feedYear(feed: BankHolidayFeed, division: Division, year: number): readonly Holiday[] | undefined {
  const events = feedEvents(feed, division, year);
  if (events === undefined) return undefined;
  const rules = rulesYear(division, year);
  return Object.freeze(
    // Already in date order: parseGovUkBankHolidays sorts each division's events.
    events.map((e) => Object.freeze({ date: e.date, title: e.title, division, kind: feedKind(e.notes, e.date, rules), provisional: false })),
  );
}

/**
 * The bank holidays of one division in one year, sorted by date and frozen.
 *
 * From `FIRST_MODELLED_YEAR` (1978) on they are generated from the statutory rules and the table of
 * proclaimed exceptions; for 1900–1977 the list is empty (holiday data before 1978 is not modelled: callers mark
 * such results provisional). Holidays of years after {@link CONFIRMED_THROUGH_YEAR} are marked `provisional`.
 *
 * When `feed` covers the division and year (the year lies within `feed.coverage[division]` and the feed lists at
 * least one event in it), the feed's events replace the generated ones: titles from the feed, `provisional` false,
 * and `kind` from the feed's notes (`Substitute day` → `substitute`, `Extra bank holiday` → `one-off`), else the
 * kind of the generated holiday on the same date, else `one-off`. A year inside the feed's range with no events at
 * all (a gap in GOV.UK's rolling window) falls back to the generated data.
 *
 * Nothing is remembered between calls: each call builds a new frozen list (a calendar keeps the index it builds
 * from them; `bankHolidays` builds its answer from them).
 *
 * @internal Building block of the working-day calendar; the public API is `bankHolidays` (which checks the division
 *   and the dates: `division` must be a division and `year` a whole number from 1900 to 2199).
 */
export function holidaysInYear(division: Division, year: number, feed?: BankHolidayFeed): readonly Holiday[] {
  if (feed !== undefined) {
    const fromFeed = feedYear(feed, division, year);
    if (fromFeed !== undefined) return fromFeed;
  }
  return rulesYear(division, year);
}
