// British English dates as GOV.UK writes them ("Wednesday 7 January 2026", "7 January 2026"). Weekdays worked out
// by hand (doomsday rule) and given in the test titles.
import { describe, expect, it } from 'vitest';
import { DateOutOfRangeError, InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import { formatDate } from '../../src/templates/index.js';

describe('formatDate', () => {
  it('2026-01-07 is Wednesday 7 January 2026 (long, the default) and 7 January 2026 (short)', () => {
    expect(formatDate('2026-01-07')).toBe('Wednesday 7 January 2026');
    expect(formatDate('2026-01-07', 'long')).toBe('Wednesday 7 January 2026');
    expect(formatDate('2026-01-07', 'short')).toBe('7 January 2026');
  });
  it('2024-02-29 (leap day) is a Thursday', () => {
    expect(formatDate('2024-02-29')).toBe('Thursday 29 February 2024');
  });
  it('2025-12-25 is a Thursday; 2000-01-01 a Saturday; 1970-01-01 a Thursday', () => {
    expect(formatDate('2025-12-25')).toBe('Thursday 25 December 2025');
    expect(formatDate('2000-01-01')).toBe('Saturday 1 January 2000');
    expect(formatDate('1970-01-01')).toBe('Thursday 1 January 1970');
  });
  it('the ends of the supported range: 1900-01-01 is a Monday, 2199-12-31 a Tuesday', () => {
    expect(formatDate('1900-01-01')).toBe('Monday 1 January 1900');
    expect(formatDate('2199-12-31')).toBe('Tuesday 31 December 2199');
  });
  it('every month name, with the day written without a leading zero', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    months.forEach((name, i) => {
      expect(formatDate(`2026-${String(i + 1).padStart(2, '0')}-09`, 'short')).toBe(`9 ${name} 2026`);
    });
  });
  it('2026 month starts: Sunday 1 February, Sunday 1 March, Wednesday 1 April, Tuesday 1 December', () => {
    expect(formatDate('2026-02-01')).toBe('Sunday 1 February 2026');
    expect(formatDate('2026-03-01')).toBe('Sunday 1 March 2026');
    expect(formatDate('2026-04-01')).toBe('Wednesday 1 April 2026');
    expect(formatDate('2026-12-01')).toBe('Tuesday 1 December 2026');
  });
  it('refuses what is not a real date, out-of-range dates and unknown styles', () => {
    expect(() => formatDate('2026-02-29')).toThrow(InvalidDateError);
    expect(() => formatDate('7 January 2026')).toThrow(InvalidDateError);
    expect(() => formatDate(20260107 as never)).toThrow(InvalidDateError);
    expect(() => formatDate('2200-01-01')).toThrow(DateOutOfRangeError);
    expect(() => formatDate('2026-01-07', 'medium' as never)).toThrow(InvalidArgumentError);
  });
});

describe('formatDate errors name the argument and the rule', () => {
  it('date, style and language, in English and in Welsh', () => {
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as InvalidArgumentError;
      }
      throw new Error('expected an error');
    };
    for (const language of ['english', 'welsh'] as const) {
      expect(error(() => formatDate('2026-02-30', 'long', language))).toMatchObject({ code: 'invalid-date', path: 'date' });
      const style = error(() => formatDate('2026-01-07', 'medium' as never, language));
      expect([style.code, style.path, style.message]).toEqual(['invalid-argument', 'style', "style: must be 'long' or 'short'."]);
    }
    const language = error(() => formatDate('2026-01-07', 'long', 'french' as never));
    expect([language.path, language.message]).toEqual(['language', "language: must be 'english' or 'welsh'."]);
  });
});
