// Values written as GOV.UK Notify writes them: Python's str() and repr(). Every expected string below is what
// Python 3.11 prints for the same value (`repr(x)` for the number written in the test, `repr(s)` for the string),
// which is what Notify's Field writes (notifications_utils/field.py, get_replacement: str(value)).
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import { InvalidArgumentError } from '../../src/index.js';
import { pythonNumber, pythonRepr, pythonStr } from '../../src/templates/python-text.js';

describe('pythonNumber: a JSON number as Python prints what json.loads makes of it', () => {
  it('a safe integer as an int', () => {
    expect([0, 5, -3, 2 ** 53 - 1, -0].map(pythonNumber)).toEqual(['0', '5', '-3', '9007199254740991', '0']);
  });
  it('any other number as repr(float): positional from 1e-4 to below 1e16, else scientific with two exponent digits at least', () => {
    const cases: [number, string][] = [
      [0.1, '0.1'],
      [-0.5, '-0.5'],
      [0.0001, '0.0001'],
      [1e-5, '1e-05'],
      [1.5e-7, '1.5e-07'],
      [-1e-10, '-1e-10'],
      [123.456, '123.456'],
      [0.30000000000000004, '0.30000000000000004'],
      [1e15 + 0.5, '1000000000000000.5'],
      [2 ** 53 + 2, '9007199254740994.0'],
      [1e16, '1e+16'],
      [2e16, '2e+16'],
      [12345678901234567000, '1.2345678901234567e+19'],
      [1e21, '1e+21'],
      [1.5e300, '1.5e+300'],
      [5e-324, '5e-324'],
      [1.7976931348623157e308, '1.7976931348623157e+308'],
    ];
    for (const [n, python] of cases) expect(pythonNumber(n), String(n)).toBe(python);
  });
});

describe('pythonRepr: a string as Python quotes it', () => {
  it('in \'…\', or in "…" when it holds \' and no "', () => {
    expect(pythonRepr('plain')).toBe("'plain'");
    expect(pythonRepr("it's")).toBe('"it\'s"');
    expect(pythonRepr('\'"')).toBe(String.raw`'\'"'`);
  });
  it('escapes control, format, separator, private-use and unassigned characters as Python does; the space and printable ones stay', () => {
    // Python 3.11: repr('\x00\x1f\u0085\u00ad\u2028\ue000\U000e0001 \u3000\u0378')
    expect(pythonRepr('\x00\x1f\u0085\u00ad\u2028\ue000\u{e0001} \u3000\u0378')).toBe(String.raw`'\x00\x1f\x85\xad\u2028\ue000\U000e0001 \u3000\u0378'`);
    expect(pythonRepr('\t\n\r\\é😀')).toBe(String.raw`'\t\n\r\\é😀'`);
  });
});

describe('pythonStr: str() of data', () => {
  it('a string at the top as it is, inside data quoted; None, True, lists and dicts as Python prints them', () => {
    expect(pythonStr('a b', 'v')).toBe('a b');
    expect(pythonStr([null, undefined, true, 'x', [1.5]], 'v')).toBe("[None, None, True, 'x', [1.5]]");
    expect(pythonStr({ a: 'x', b: undefined, c: {} }, 'v')).toBe("{'a': 'x', 'c': {}}");
  });
  it('refuses what JSON cannot carry, a value holding itself, and a date or numbered list inside data, naming the path only', () => {
    const self: Record<string, unknown> = { name: 'Sam Example' };
    self['self'] = self;
    for (const [bad, path] of [
      [[1, () => 2], 'v[1]'],
      [{ when: new Date(0) }, 'v'],
      [[Number.POSITIVE_INFINITY], 'v[0]'],
      [self, 'v'],
      [[{ date: '2026-01-07' }], 'v[0]'],
    ] as const) {
      const e = caught(() => pythonStr(bad, 'v')) as InvalidArgumentError;
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.path).toBe(path);
      expect(e.message).not.toContain('Sam');
    }
  });
});
