// The placeholder scanner used by preset validation, against GOV.UK Notify's own pattern
// (notifications-utils `Field.placeholder_pattern`: \({2}([^()]+)\){2}), and the "did you mean" suggestions.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closest, editDistance } from '../../src/policies/suggest.js';
import { findPlaceholders } from '../../src/policies/template-placeholders.js';

const names = (text: string) => findPlaceholders(text).map((p) => [p.name, p.index, p.conditional]);

describe('findPlaceholders', () => {
  test.each([
    ['Dear ((name)),', [['name', 5, false]]],
    ['((a??shown when yes))', [['a', 0, true]]],
    ['((a??b??c))', [['a', 0, true]]],
    ['(((name)))', [['name', 1, false]]],
    ['((not (nested)))', []],
    ['((not ((nested)))', [['nested', 6, false]]],
    ['(()) ((  )) ((x)', [['  ', 5, false]]],
    [
      '((a))((b))',
      [
        ['a', 0, false],
        ['b', 5, false],
      ],
    ],
    ['no brackets', []],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test('finds exactly what Notify’s regular expression finds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('(', ')', 'a', '?', ' ') }), (text) => {
        const expected = [...text.matchAll(/\({2}([^()]+)\){2}/g)].map((m) => [m[1]!.split('??')[0], m.index, m[1]!.includes('??')]);
        expect(names(text)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  test('a megabyte of brackets is scanned (linear time, no backtracking)', () => {
    expect(findPlaceholders('(('.repeat(500_000))).toEqual([]);
    expect(findPlaceholders(`${'(('.repeat(250_000)}a))`)).toHaveLength(1);
  });
});

describe('suggestions', () => {
  test.each([
    ['timscale', ['title', 'timescale', 'extension'], 'timescale'],
    ['working_days', ['workingDays', 'calendarMonths'], 'workingDays'],
    ['Reponder', ['responder', 'respondsWith'], 'responder'],
    ['escaltion', ['escalation', 'extension'], 'escalation'],
    ['colour', ['holidays', 'closures', 'source'], undefined],
    ['', ['a'], undefined],
  ])('%s → %s', (name, candidates, expected) => {
    expect(closest(name, candidates)).toBe(expected);
  });

  test('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('recieved', 'received', 3)).toBe(1);
    expect(editDistance('abc', 'xyz', 1)).toBe(2);
  });
});
