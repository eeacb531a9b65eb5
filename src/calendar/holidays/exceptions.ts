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
import { daysFromCivil } from '../date.js';
import type { Division } from '../types.js';

const ALL: readonly Division[] = ['england-and-wales', 'scotland', 'northern-ireland'];
const EW_NI: readonly Division[] = ['england-and-wales', 'northern-ireland'];
const SCOTLAND: readonly Division[] = ['scotland'];
const MOVED = 'moved';
const ONE_OFF = 'one-off';

/** One proclaimed day: date, divisions, kind, title (GOV.UK's where GOV.UK published the day), date it replaces. */
export type ExceptionRow = readonly [date: string, divisions: readonly Division[], kind: 'moved' | 'one-off', title: string, replaces?: string];

/** Every proclaimed extra or moved bank holiday from 1978 on, by date (sources: `proclaimed.ts`). */
export const EXCEPTION_ROWS: readonly ExceptionRow[] = [
  ['1981-07-29', ALL, ONE_OFF, 'Royal wedding bank holiday'],
  ['1995-05-08', EW_NI, MOVED, 'Early May bank holiday (VE day)', '1995-05-01'],
  ['1999-12-31', ALL, ONE_OFF, 'Millennium bank holiday'],
  ['2002-06-03', ALL, ONE_OFF, 'Golden Jubilee bank holiday'],
  ['2002-06-04', ALL, MOVED, 'Spring bank holiday', '2002-05-27'],
  ['2011-04-29', ALL, ONE_OFF, 'Royal wedding bank holiday'],
  ['2012-06-04', ALL, MOVED, 'Spring bank holiday', '2012-05-28'],
  ['2012-06-05', ALL, ONE_OFF, 'Queen’s Diamond Jubilee'],
  ['2020-05-08', ALL, MOVED, 'Early May bank holiday (VE day)', '2020-05-04'],
  ['2022-06-02', ALL, MOVED, 'Spring bank holiday', '2022-05-30'],
  ['2022-06-03', ALL, ONE_OFF, 'Platinum Jubilee bank holiday'],
  ['2022-09-19', ALL, ONE_OFF, 'Bank Holiday for the State Funeral of Queen Elizabeth II'],
  ['2023-05-08', ALL, ONE_OFF, 'Bank holiday for the coronation of King Charles III'],
  ['2026-06-15', SCOTLAND, ONE_OFF, 'World Cup bank holiday'],
];

/** Internal, precomputed form of {@link EXCEPTION_ROWS}. */
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

/** {@link EXCEPTION_ROWS} with day numbers, for the generator. */
export const EXCEPTIONS: readonly ExceptionEntry[] = EXCEPTION_ROWS.map(([date, divisions, kind, title, replaces]) => ({
  year: Number(date.slice(0, 4)),
  day: dayOf(date),
  replacesDay: replaces === undefined ? undefined : dayOf(replaces),
  divisions,
  kind,
  title,
}));
