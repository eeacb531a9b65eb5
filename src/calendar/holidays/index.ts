/**
 * UK bank holidays for the three GOV.UK divisions and their union: generated from the statutory rules and a table
 * of proclaimed exceptions (1978–2199), checked against GOV.UK's published data, and replaceable year by year by a
 * GOV.UK feed supplied by the caller.
 *
 * @module
 */
export { DIVISIONS, HOLIDAY_SETS, isDivision, isHolidaySet } from './divisions.js';
export { CONFIRMED_THROUGH_YEAR, holidaysInYear } from './year.js';
export { FIRST_MODELLED_YEAR } from './rules.js';
export { bankHolidays } from './bank-holidays.js';
export type { BankHolidaysOptions } from './bank-holidays.js';
export { parseGovUkBankHolidays } from './feed.js';
export { PROCLAIMED_HOLIDAYS } from './proclaimed.js';
export type { ProclaimedHoliday } from './proclaimed.js';
