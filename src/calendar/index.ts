/**
 * The UK working-day calendar: strict calendar dates, bank holidays for every GOV.UK division and their union,
 * working-day arithmetic, calendar months, and the receipt date of an instant in Europe/London.
 *
 * @packageDocumentation
 */
export { parseDate, weekdayName, addDays, correspondingDate, MIN_DATE, MAX_DATE } from './date.js';
export { daysInMonth } from './date-maths.js';
export type { CalendarDate, DateInput } from './date.js';
export { createCalendar } from './calendar.js';
export { receivedDate } from './received.js';
export type { ReceivedDateOptions } from './received.js';
export {
  bankHolidays,
  parseGovUkBankHolidays,
  DIVISIONS,
  HOLIDAY_SETS,
  isDivision,
  isHolidaySet,
  CONFIRMED_THROUGH_YEAR,
  FIRST_MODELLED_YEAR,
  PROCLAIMED_HOLIDAYS,
} from './holidays/index.js';
export type { BankHolidaysOptions, ProclaimedHoliday } from './holidays/index.js';
export type { Division, HolidaySet, HolidayKind, Holiday, Closure, CalendarOptions, NonWorkingDay, Explanation, Calendar, BankHolidayFeed, FeedEvent } from './types.js';
export { StatutoryComplaintsError, InvalidDateError, DateOutOfRangeError, InvalidArgumentError, CoverageError, FeedValidationError } from '../errors.js';
export type { ValidationIssue } from '../errors.js';

/*
 * Internal: used by the other areas of this package (which import only this index), not part of the supported API
 * (each is tagged `@internal`; the API report lists them as such). They may change in any release.
 */
export { checkCalendarDate, isCalendarDateString, isoWeekday, toDayNumber, fromDayNumber } from './date.js';
export { civilFromDays, daysFromCivil, monthsLater } from './date-maths.js';
export type { CivilDate } from './date-maths.js';
