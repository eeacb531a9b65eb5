import { expect, test } from 'vitest';
import { formatTable } from '../../src/cli/output.js';

test('formatTable pads columns to the widest cell, draws a rule and trims trailing spaces', () => {
  expect(
    formatTable(
      ['date', 'title'],
      [
        ['2026-01-01', 'New Year’s Day'],
        ['2026-12-28', 'Boxing Day'],
      ],
    ),
  ).toEqual(['date        title', '----------  --------------', '2026-01-01  New Year’s Day', '2026-12-28  Boxing Day']);
});
