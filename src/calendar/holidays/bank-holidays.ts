import { InvalidArgumentError } from '../../errors.js';
import { parseDate, toDayNumber } from '../date.js';
import type { DateInput } from '../date.js';
import type { BankHolidayFeed, Division, Holiday, HolidaySet } from '../types.js';
import { DIVISIONS, HOLIDAY_SET_LIST, isHolidaySet } from './divisions.js';
import { holidaysInYear } from './year.js';

/** Options for {@link bankHolidays}. */
export interface BankHolidaysOptions {
  /** First day of the range (inclusive), `YYYY-MM-DD`. */
  readonly from: DateInput;
  /** Last day of the range (inclusive), `YYYY-MM-DD`; not before `from`. */
  readonly to: DateInput;
  /** A GOV.UK feed (from `parseGovUkBankHolidays`) whose events replace the bundled data for the years it covers. */
  readonly feed?: BankHolidayFeed;
}

/**
 * Every bank holiday of a division, or of the whole United Kingdom, between two dates inclusive.
 *
 * Sorted by date, then by division in {@link DIVISIONS} order; for `united-kingdom` there is one entry per
 * (date, division), so a day that is a holiday in all three divisions appears three times. Each holiday has its
 * `date`, GOV.UK `title`, `division`, `kind` (`standard`, `substitute`, `moved` or `one-off`) and `provisional`
 * (true for years after 2028, which GOV.UK has not yet published). Holiday data before 1978 is not modelled, so
 * earlier years contribute nothing.
 *
 * @param holidays - `england-and-wales`, `scotland`, `northern-ireland` or `united-kingdom`.
 * @param options - `from` and `to` dates, and optionally a GOV.UK `feed`.
 * @throws {@link InvalidArgumentError} for an unknown division (path `holidays`) or `to` before `from` (path `to`).
 * @throws {@link InvalidDateError} when `from` or `to` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * import { bankHolidays, InvalidArgumentError } from 'statutory-complaints';
 * bankHolidays('scotland', { from: '2026-06-01', to: '2026-08-31' }).map((h) => h.date) //=> ['2026-06-15', '2026-08-03']
 * bankHolidays('england-and-wales', { from: '2026-12-01', to: '2026-12-31' }).map((h) => [h.date, h.title, h.kind]) //=> [['2026-12-25', 'Christmas Day', 'standard'], ['2026-12-28', 'Boxing Day', 'substitute']]
 * bankHolidays('united-kingdom', { from: '2026-03-17', to: '2026-03-17' }).map((h) => h.division) //=> ['northern-ireland']
 * bankHolidays('wales', { from: '2026-01-01', to: '2026-12-31' }) //=> throws InvalidArgumentError
 */
export function bankHolidays(holidays: HolidaySet, options: BankHolidaysOptions): readonly Holiday[] {
  if (!isHolidaySet(holidays)) throw new InvalidArgumentError('holidays', `must be ${HOLIDAY_SET_LIST}`);
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options', "must be an object with 'from' and 'to' dates");
  }
  const from = parseDate(options.from, 'from');
  const to = parseDate(options.to, 'to');
  if (to < from) throw new InvalidArgumentError('to', "must not be before 'from'");
  const feed = options.feed;
  const divisions: readonly Division[] = holidays === 'united-kingdom' ? DIVISIONS : [holidays];
  const firstYear = Number(from.slice(0, 4));
  const lastYear = Number(to.slice(0, 4));
  const out: Holiday[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    for (const division of divisions) {
      for (const holiday of holidaysInYear(division, year, feed)) {
        if (holiday.date >= from && holiday.date <= to) out.push(holiday);
      }
    }
  }
  // One division's list is already in date order (each year's is); the union's three are merged here. The sort is
  // stable and each year's holidays go in division by division, in DIVISIONS order, so a shared date keeps that order.
  out.sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
  return Object.freeze(out);
}
