/**
 * The stored-case check's own test of a date (issue 18). `isRealDate` is the fast path of the check made on every
 * stored event of every case replayed; its contract is to be true exactly when the value is a real calendar day
 * written `YYYY-MM-DD` from 1900-01-01 to 2199-12-31. Checked here against a slow, obvious reference (the date's
 * round trip through `Date.UTC`), and against the calendar's `checkCalendarDate`, on dates near every bound (years
 * 1850–2250, months 00–13, days 00–32) and on dates with one character changed, added or dropped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCalendarDate } from '../../src/calendar/index.js';
import { isRealDate } from '../../src/workflow/events.js';
import { createWorkflow, type Case } from '../../src/workflow/index.js';
import { InvalidDateError, StatutoryComplaintsError } from '../../src/index.js';
import { threeStagePolicy } from './policies.js';

/** Slow and obvious: four digits, '-', two digits, '-', two digits, naming a day that `Date.UTC` gives back unchanged. */
function slowIsRealDate(s: string): boolean {
  if (s.length !== 10 || s[4] !== '-' || s[7] !== '-') return false;
  const digits = [0, 1, 2, 3, 5, 6, 8, 9].map((i) => s[i]!);
  if (!digits.every((c) => '0123456789'.includes(c))) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (y < 1900 || y > 2199) return false;
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const nearBounds = fc
  .record({ y: fc.integer({ min: 1850, max: 2250 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) })
  .map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
/** Characters just outside the digits ('/' and ':'), letters, a space, a hyphen, digits, a non-ASCII digit. */
const oddChar = fc.constantFrom('/', ':', 'a', 'O', ' ', '-', '0', '9', '\u0660', '.');
const changed = fc
  .tuple(nearBounds, fc.integer({ min: 0, max: 10 }), oddChar, fc.constantFrom('replace', 'insert', 'drop'))
  .map(([s, i, c, how]) => (how === 'replace' ? s.slice(0, i) + c + s.slice(i + 1) : how === 'insert' ? s.slice(0, i) + c + s.slice(i) : s.slice(0, i) + s.slice(i + 1)));

describe('isRealDate agrees with a slow reference and with checkCalendarDate', () => {
  it('on dates near every bound and on dates with one character changed', () => {
    fc.assert(
      fc.property(fc.oneof(nearBounds, changed), (s) => {
        expect(isRealDate(s)).toBe(slowIsRealDate(s));
        expect(isRealDate(s)).toBe(checkCalendarDate(s) === 'ok');
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    // The bounds of the supported range, of a month and of February.
    ['1900-01-01', true],
    ['2199-12-31', true],
    ['1899-12-31', false],
    ['2200-01-01', false],
    ['1999-09-19', true],
    ['2026-01-31', true],
    ['2026-04-31', false],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-01-00', false],
    // One character that is not a digit where a digit is due, or a wrong separator, or a wrong length.
    ['20/9-01-05', false],
    ['2026-01-0:', false],
    ['2026-0:-05', false],
    ['2026/01-05', false],
    ['2026-01/05', false],
    ['2026-01-055', false],
    ['2026-01-5', false],
  ])('%s: %s', (s, real) => {
    expect(isRealDate(s)).toBe(real);
    expect(slowIsRealDate(s)).toBe(real);
  });
});

describe('through the stored-case check: a date that is not real is refused, whatever the fast path says', () => {
  const wf = createWorkflow(threeStagePolicy());
  const base = JSON.parse(JSON.stringify(wf.openCase({ reference: 'S-1', caseType: 'complaint', receivedAt: '2026-01-05' }))) as Record<string, unknown>;

  it.each(['20/9-01-05', '2026-01-0:', '2026/01-05', '2026-01-055'])('%s', (on) => {
    const kase = { ...base, events: [{ type: 'acknowledged', on }] } as unknown as Case;
    let error: unknown;
    try {
      wf.snapshot(kase);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidDateError);
    expect((error as StatutoryComplaintsError).message.startsWith("case.events[0].on: must be a calendar date written exactly 'YYYY-MM-DD'.")).toBe(true);
  });
});
