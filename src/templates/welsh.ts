/**
 * Welsh for the values the library writes into a Welsh text: dates with the names date-fns's Welsh locale gives
 * (`date-fns/locale/cy`: months `Ionawr` … `Rhagfyr`, days `dydd Sul` … `dydd Sadwrn`), and a count of days or
 * months (`20 diwrnod gwaith`). Imported only by the code that writes Welsh (the templates area), so the calendar,
 * policies and workflow entries do not carry the locale. Internal.
 *
 * @module
 */
import { cy } from 'date-fns/locale/cy';
import { civilFromDays, isoWeekday, parseDate, toDayNumber } from '../calendar/index.js';
import type { Count } from '../workflow/index.js';
import type { DateStyle, TemplateValue } from './types.js';

type Month = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;
type Day = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A calendar date in Welsh: `long` is `dydd Mercher 7 Ionawr 2026`, `short` is `7 Ionawr 2026`. The names are
 * date-fns's (its Welsh locale writes the day as it stands inside a sentence, `dydd` in lower case, as Welsh does);
 * the day, month and year are worked out with integer calendar arithmetic, never a `Date`, so the host time zone
 * cannot change the result. `date` must already be checked.
 */
export function welshDate(date: unknown, style: DateStyle, path = 'date'): string {
  const dayNumber = toDayNumber(parseDate(date, path));
  const { year, month, day } = civilFromDays(dayNumber);
  const short = `${day} ${cy.localize.month((month - 1) as Month, { width: 'wide' })} ${year}`;
  if (style === 'short') return short;
  // date-fns numbers the days from Sunday (0); the ISO weekday runs from Monday (1) to Sunday (7).
  return `${cy.localize.day((isoWeekday(dayNumber) % 7) as Day, { width: 'wide' })} ${short}`;
}

/**
 * A count in Welsh, for a Welsh text's `((next stage window))`: `20 diwrnod gwaith`, `30 diwrnod`, `3 mis`. Welsh
 * counts with the singular noun after a number (`diwrnod gwaith` is the term the Welsh text of WSI 2014/1794 reg 2
 * defines); after two (`dau`) the noun takes the soft mutation, so 2 is `2 ddiwrnod gwaith` and `2 fis`.
 */
export function welshCount(count: Count): string {
  if (count.calendarMonths !== undefined) return `${count.calendarMonths} ${count.calendarMonths === 2 ? 'fis' : 'mis'}`;
  if (count.calendarDays !== undefined) return `${count.calendarDays} ${count.calendarDays === 2 ? 'ddiwrnod' : 'diwrnod'}`;
  const n = count.workingDays ?? 0;
  return `${n} ${n === 2 ? 'ddiwrnod' : 'diwrnod'} gwaith`;
}

/** A date value `{ date, style? }` (as the library and `withDateStyles` make them). */
function isDateValue(value: TemplateValue): value is { readonly date: string; readonly style?: DateStyle | undefined } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'date' in value;
}

/**
 * The values for a Welsh text: every date value written in Welsh in its style (`long` when it has none); every other
 * value as it is. Errors name `<path>.<key>`, never the value.
 */
export function withWelshDates(values: Readonly<Record<string, TemplateValue>>, path: string): Record<string, TemplateValue> {
  const out: Record<string, TemplateValue> = {};
  for (const key of Object.keys(values)) {
    const value = values[key];
    const welsh = isDateValue(value) ? welshDate(value.date, value.style ?? 'long', `${path}.${key}.date`) : value;
    Object.defineProperty(out, key, { value: welsh, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
