/**
 * Bank holidays proclaimed for one year only under the Banking and Financial Dealings Act 1971: extra days
 * (s.1(3)) and regular holidays moved to another date (s.1(2)). This is the compact table the generator reads; the
 * source of every entry is in `proclaimed.ts` ({@link PROCLAIMED_HOLIDAYS}), kept apart so that a calendar bundled
 * without that export carries no citation text.
 *
 * Days before 1978 are outside the modelled range (see `FIRST_MODELLED_YEAR`), so the 1977 Silver Jubilee is not
 * listed. Not listed because no source confirms them: an extra day for the 1986 royal wedding (reported once, never
 * confirmed), and the 1995 early May move in Scotland (confirmed for England, Wales and Northern Ireland only; the
 * Scottish holiday is kept on its standard date, Monday 1 May 1995).
 *
 * @module
 */
import type { Division } from '../types.js';

/**
 * One proclaimed day: its date, title (GOV.UK's where GOV.UK published the day), for a holiday moved there the
 * standard date it cancels (none, or empty when divisions follow, for an extra, one-off day), and the divisions it applies to when not all three.
 */
export type ExceptionRow = readonly [date: string, title: string, replaces?: string, divisions?: readonly Division[]];

/** Every proclaimed extra or moved bank holiday from 1978 on, by date (sources: `proclaimed.ts`). */
export const EXCEPTION_ROWS: readonly ExceptionRow[] = [
  ['1981-07-29', 'Royal wedding bank holiday'],
  ['1995-05-08', 'Early May bank holiday (VE day)', '1995-05-01', ['england-and-wales', 'northern-ireland']],
  ['1999-12-31', 'Millennium bank holiday'],
  ['2002-06-03', 'Golden Jubilee bank holiday'],
  ['2002-06-04', 'Spring bank holiday', '2002-05-27'],
  ['2011-04-29', 'Royal wedding bank holiday'],
  ['2012-06-04', 'Spring bank holiday', '2012-05-28'],
  ['2012-06-05', 'Queen’s Diamond Jubilee'],
  ['2020-05-08', 'Early May bank holiday (VE day)', '2020-05-04'],
  ['2022-06-02', 'Spring bank holiday', '2022-05-30'],
  ['2022-06-03', 'Platinum Jubilee bank holiday'],
  ['2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
  ['2023-05-08', 'Bank holiday for the coronation of King Charles III'],
  ['2026-06-15', 'World Cup bank holiday', '', ['scotland']],
];
