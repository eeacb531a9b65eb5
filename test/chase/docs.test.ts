// docs/chasing.md's worked example, on the committed example cases and directory, checked against the figures the
// guide states (worked out by hand there: Easter 2026 is Sunday 5 April, so Good Friday 3 April and Easter Monday
// 6 April are bank holidays).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { chaseRun } from '../../src/chase/index.js';
import { getPolicy, type Case } from '../../src/index.js';
import { parseDirectoryText } from '../../src/node/index.js';
import { root } from './helpers.js';

describe('docs/chasing.md worked example (Tuesday 31 March 2026)', () => {
  const dudley = getPolicy('dudley');
  const directory = parseDirectoryText(readFileSync(join(root, 'examples/directory-dudley.yaml'), 'utf8'), dudley, { fileName: 'examples/directory-dudley.yaml' });
  const cases = JSON.parse(readFileSync(join(root, 'examples/cases-dudley.json'), 'utf8')) as Case[];
  const run = chaseRun(dudley, cases, { from: '2026-03-31', to: '2026-03-31', directory });
  const guide = readFileSync(join(root, 'docs/chasing.md'), 'utf8');

  test('seven messages, as the guide lists them', () => {
    expect(run.messages.map((m) => [m.reference, m.reminder])).toEqual([
      ['EX-0006', 'second-reminder'],
      ['EX-0025', 'second-reminder'],
      ['EX-0084', 'first-reminder'],
      ['EX-0146', 'delay-reason-request'],
      ['EX-0148', 'second-overdue-reminder'],
      ['EX-0163', 'first-reminder'],
      ['EX-0209', 'second-reminder'],
    ]);
    // EX-0006: due Tue 7 April; 3 working days before, skipping Easter Monday and Good Friday: Tue 31 March.
    expect(run.messages[0]!.dueDate).toBe('2026-04-07');
    expect(guide).toContain('Totals: 300 cases, 7 due, 7 sent, 8 skipped, 0 unconfirmed, 24 needing attention, 0 with problems');
    expect(run.skipped).toHaveLength(8);
    expect(run.problems).toEqual([]);
  });

  test('EX-0014, at stage 2 which Dudley never chases, is 28 working days late and needs attention', () => {
    expect(run.needsAttention).toHaveLength(24);
    const n = run.needsAttention.find((x) => x.reference === 'EX-0014')!;
    expect([n.stage, n.dueDate, n.workingDaysLate, n.responsible, n.reason]).toEqual(['stage-2', '2026-02-19', 28, 'adjudicating-officer', 'no-reminders-at-stage']);
  });
});
