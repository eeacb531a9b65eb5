// The worked example of docs/policy-authoring.md (a council that closes 29–31 December and chases at −3, 0 and +5
// working days) is a real fixture: it validates, its merged numbers are those of the guide, and the guide quotes it
// word for word.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { loadPolicyFile } from '../../src/node/index.js';

const FILE = fileURLToPath(new URL('../fixtures/policies/good/exampleshire.yaml', import.meta.url));
const GUIDE = fileURLToPath(new URL('../../docs/policy-authoring.md', import.meta.url));

describe('docs worked example: exampleshire.yaml', () => {
  test('validates, extending england-children-2006', async () => {
    const policy = await loadPolicyFile(FILE);
    expect(policy.id).toBe('exampleshire');
    expect('extends' in policy).toBe(false);
  });

  test('closures are 29, 30 and 31 December 2026; the England-and-Wales holidays are inherited', async () => {
    const policy = await loadPolicyFile(FILE);
    expect(policy.calendar.closures.map((c) => c.date)).toEqual(['2026-12-29', '2026-12-30', '2026-12-31']);
    expect(policy.calendar.holidays).toBe('england-and-wales');
    expect(policy.calendar.nonWorkingDayReceipt).toBe('count-from-next-working-day');
    expect(policy.calendar.receiptCutOff).toBe('17:00');
  });

  test('stage 1 is chased at -3, 0 and +5 working days; the head of service is copied in on the last', async () => {
    const policy = await loadPolicyFile(FILE);
    const stage1 = policy.caseTypes['statutory-complaint']!.stages['stage-1']!;
    expect(stage1.reminders.map((r) => [r.id, r.offsetWorkingDays, r.to, r.cc, r.template])).toEqual([
      ['first-reminder', -3, ['responder'], ['service-manager'], 'reminder'],
      ['due-date-reminder', 0, ['responder'], ['service-manager'], 'due-date-reminder'],
      ['overdue-reminder', 5, ['responder'], ['service-manager', 'head-of-service'], 'overdue-reminder'],
    ]);
  });

  test('the statutory timescales come from the baseline: stage 1 10 (max 20), stage 2 25 (max 65) working days (SI 2006/1738 regs 14, 17)', async () => {
    const policy = await loadPolicyFile(FILE);
    const stages = policy.caseTypes['statutory-complaint']!.stages;
    expect([stages['stage-1']!.timescale.workingDays, stages['stage-1']!.extension?.maxWorkingDays]).toEqual([10, 20]);
    expect([stages['stage-2']!.timescale.workingDays, stages['stage-2']!.extension?.maxWorkingDays]).toEqual([25, 65]);
    expect(Object.keys(stages)).toEqual(['stage-1', 'stage-2', 'stage-3']);
  });

  test('the three new templates are added to the baseline ones, and the acknowledgement target is 3 working days', async () => {
    const policy = await loadPolicyFile(FILE);
    expect(Object.keys(policy.templates)).toEqual(expect.arrayContaining(['acknowledgement', 'reminder', 'due-date-reminder', 'overdue-reminder']));
    expect(policy.caseTypes['statutory-complaint']!.acknowledgement?.workingDays).toBe(3);
    expect(policy.contacts.complaintsMailbox?.email).toBe('complaints@exampleshire.example');
  });

  test('received Mon 14 Dec 2026: due Tue 5 Jan 2027 with the closures (Fri 25, Mon 28 Dec and Fri 1 Jan are bank holidays), Wed 30 Dec 2026 without', async () => {
    const policy = await loadPolicyFile(FILE);
    const withClosures = createCalendar({ holidays: policy.calendar.holidays, closures: policy.calendar.closures });
    const without = createCalendar({ holidays: policy.calendar.holidays });
    expect(withClosures.addWorkingDays('2026-12-14', 10)).toBe('2027-01-05');
    expect(without.addWorkingDays('2026-12-14', 10)).toBe('2026-12-30');
  });

  test('the guide quotes the fixture word for word', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    expect(guide).toContain(`\`\`\`yaml\n${readFileSync(FILE, 'utf8')}\`\`\``);
  });
});
