// The values the library writes into a Welsh text (src/templates/welsh.ts): counts and dates.
//
// Independent answers:
// - Welsh counts with the singular noun after a numeral, and after "dau" (2) the noun takes the soft mutation:
//   diwrnod -> ddiwrnod, mis -> fis (Gareth King, Modern Welsh: A Comprehensive Grammar, numerals and the soft
//   mutation after dau/dwy). "Diwrnod gwaith" (working day) is the term the Welsh text of WSI 2014/1794 reg 2 uses.
// - Month and day names: the Unicode CLDR Welsh locale (as test/templates/welsh.test.ts cites): Ionawr … Rhagfyr,
//   dydd Llun … dydd Sul. Wednesday 7 January 2026 and Thursday 29 February 2024 from any calendar.
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import { InvalidDateError } from '../../src/index.js';
import { welshCount, welshDate, withWelshDates } from '../../src/templates/welsh.js';

describe('welshCount', () => {
  it('working days: "diwrnod gwaith", mutated after 2', () => {
    expect(welshCount({ workingDays: 20 })).toBe('20 diwrnod gwaith');
    expect(welshCount({ workingDays: 1 })).toBe('1 diwrnod gwaith');
    expect(welshCount({ workingDays: 2 })).toBe('2 ddiwrnod gwaith');
    expect(welshCount({ workingDays: 3 })).toBe('3 diwrnod gwaith');
  });

  it('calendar days: "diwrnod", mutated after 2', () => {
    expect(welshCount({ calendarDays: 28 })).toBe('28 diwrnod');
    expect(welshCount({ calendarDays: 2 })).toBe('2 ddiwrnod');
    expect(welshCount({ calendarDays: 3 })).toBe('3 diwrnod');
  });

  it('calendar months: "mis", mutated after 2', () => {
    expect(welshCount({ calendarMonths: 3 })).toBe('3 mis');
    expect(welshCount({ calendarMonths: 2 })).toBe('2 fis');
    expect(welshCount({ calendarMonths: 1 })).toBe('1 mis');
  });
});

describe('welshDate and withWelshDates', () => {
  it('long and short', () => {
    expect(welshDate('2026-01-07', 'long')).toBe('dydd Mercher 7 Ionawr 2026');
    expect(welshDate('2026-01-07', 'short')).toBe('7 Ionawr 2026');
    expect(welshDate('2024-02-29', 'long')).toBe('dydd Iau 29 Chwefror 2024');
  });

  it('an impossible date is an InvalidDateError naming the argument (by default `date`)', () => {
    expect(caught(() => welshDate('2026-02-30', 'long'))).toMatchObject({ code: 'invalid-date', path: 'date' });
    expect(caught(() => welshDate('2026-02-30', 'long', 'values.due date'))).toMatchObject({ code: 'invalid-date', path: 'values.due date' });
  });

  it('writes each date value in Welsh in its style (long by default), and keeps every other value', () => {
    const out = withWelshDates(
      { 'due date': { date: '2026-01-07' }, 'received date': { date: '2026-01-07', style: 'short' }, reference: 'W/7', list: ['a', 'b'], none: null },
      'values',
    );
    expect(out).toEqual({ 'due date': 'dydd Mercher 7 Ionawr 2026', 'received date': '7 Ionawr 2026', reference: 'W/7', list: ['a', 'b'], none: null });
    expect(Object.keys(out)).toEqual(['due date', 'received date', 'reference', 'list', 'none']);
  });

  it('a key such as __proto__ is an own value, never the prototype', () => {
    const values = JSON.parse('{"__proto__": {"date": "2026-01-07"}}') as Record<string, never>;
    const out = withWelshDates(values, 'values');
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('an impossible date value names its key, never the value', () => {
    const e = caught(() => withWelshDates({ 'hearing date': { date: '2026-02-30' } }, 'options.welshValues')) as InvalidDateError;
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e.path).toBe('options.welshValues.hearing date.date');
  });
});
