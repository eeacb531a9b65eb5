import type { Division, HolidaySet } from '../types.js';

/**
 * The three GOV.UK bank-holiday divisions, in GOV.UK's order.
 *
 * @example
 * import { DIVISIONS } from 'statutory-complaints/calendar';
 * DIVISIONS //=> ['england-and-wales', 'scotland', 'northern-ireland']
 */
export const DIVISIONS: readonly Division[] = Object.freeze(['england-and-wales', 'scotland', 'northern-ireland'] as const);

/**
 * Every holiday set a calendar can count: the three divisions and `united-kingdom`, their union
 * (a bank holiday "in any part of the United Kingdom", FOIA 2000 s.10(6)).
 *
 * @example
 * import { HOLIDAY_SETS } from 'statutory-complaints/calendar';
 * HOLIDAY_SETS //=> ['england-and-wales', 'scotland', 'northern-ireland', 'united-kingdom']
 */
export const HOLIDAY_SETS: readonly HolidaySet[] = /* @__PURE__ */ Object.freeze(['england-and-wales', 'scotland', 'northern-ireland', 'united-kingdom'] as const);

/**
 * Whether a value is one of the three GOV.UK division ids.
 *
 * @example
 * import { isDivision } from 'statutory-complaints/calendar';
 * isDivision('scotland') //=> true
 * isDivision('united-kingdom') //=> false
 * isDivision('wales') //=> false
 */
export function isDivision(x: unknown): x is Division {
  return DIVISIONS.includes(x as Division);
}

/**
 * Whether a value is a division id or `united-kingdom`.
 *
 * @example
 * import { isHolidaySet } from 'statutory-complaints/calendar';
 * isHolidaySet('united-kingdom') //=> true
 * isHolidaySet('northern-ireland') //=> true
 * isHolidaySet('uk') //=> false
 */
export function isHolidaySet(x: unknown): x is HolidaySet {
  return x === 'united-kingdom' || isDivision(x);
}

/** `'england-and-wales', 'scotland', 'northern-ireland' or 'united-kingdom'`, for error messages. */
export const HOLIDAY_SET_LIST = "'england-and-wales', 'scotland', 'northern-ireland' or 'united-kingdom'";
