import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { parsePolicy } from '../../src/policies/index.js';
import { policySchema } from '../../src/policies/index.js';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/types.js';
import { applyEvent, createWorkflow, deadlines, expectedTimeline, openCase, reminderSchedule, remindersDue, statusOn } from '../../src/workflow/index.js';
import type { Deadline } from '../../src/workflow/index.js';
import { threeStagePolicy } from './policies.js';
import { preset } from './presets.js';

/*
 * Each case counts on its case type's calendar: the policy's `calendar` overridden field by field by the case
 * type's own. The mayoral borough (seed 001) counts complaints on England-and-Wales days (SI 2006/1738 reg 2, as
 * councils count them) and FOIs on the any-UK calendar: FOIA 2000 s.10(6), a working day is not "a bank holiday …
 * in any part of the United Kingdom".
 */

const borough = preset('mayoral-borough');
/** The borough as it was, one calendar for everything: the FOI case type's own calendar removed. */
const ewBorough = parsePolicy({
  id: 'borough-one-calendar',
  extends: 'mayoral-borough',
  title: 'Borough with one calendar',
  version: '1.0.0',
  effectiveFrom: '2006-09-01',
  caseTypes: { foi: { calendar: null } },
});

function byId(list: readonly Deadline[], id: string): Deadline {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`no deadline ${id} in ${list.map((x) => x.id).join(', ')}`);
  return d;
}

describe("the borough's FOI counts on the any-UK calendar", () => {
  const foi = openCase(borough, { reference: 'FOI-1', caseType: 'foi', receivedAt: '2025-12-19' });

  it('received Friday 2025-12-19: due Thursday 2026-01-22, skipping Scotland’s 2 January (England and Wales: Wednesday 21 January)', () => {
    // Day 0 Fri 19 Dec 2025. UK union non-working days: Sat 20, Sun 21; Thu 25 (Christmas Day), Fri 26 (Boxing Day),
    // Sat 27, Sun 28; Thu 1 Jan (New Year's Day), Fri 2 Jan (Scotland: 2 January), Sat 3, Sun 4; then weekends.
    // Mon 22 (1), Tue 23 (2), Wed 24 (3), Mon 29 (4), Tue 30 (5), Wed 31 (6), Mon 5 Jan (7), Tue 6 (8), Wed 7 (9),
    // Thu 8 (10), Fri 9 (11), Mon 12 (12), Tue 13 (13), Wed 14 (14), Thu 15 (15), Fri 16 (16), Mon 19 (17),
    // Tue 20 (18), Wed 21 (19), Thu 22 (20).
    // England and Wales: Fri 2 Jan is a working day (7), so everything after it is one day earlier: Wed 21 Jan (20).
    const uk = byId(deadlines(borough, foi), 'response-response');
    expect(uk.due).toBe('2026-01-22');
    expect(uk.workingDays).toBe(20);
    expect(uk.source).toBe('FOIA 2000 s.10(1), s.10(6)');
    expect(uk.skipped.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(['2025-12-25', '2025-12-26', '2026-01-01', '2026-01-02']);
    const ew = byId(deadlines(ewBorough, openCase(ewBorough, { reference: 'FOI-1', caseType: 'foi', receivedAt: '2025-12-19' })), 'response-response');
    expect(ew.due).toBe('2026-01-21');
    expect(ew.skipped.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(['2025-12-25', '2025-12-26', '2026-01-01']);
  });

  it("the borough's complaint received the same day still counts England-and-Wales days: due Wednesday 2026-01-07", () => {
    // Mon 22 (1), Tue 23 (2), Wed 24 (3), Mon 29 (4), Tue 30 (5), Wed 31 (6), Fri 2 Jan (7), Mon 5 (8), Tue 6 (9), Wed 7 (10).
    const complaint = openCase(borough, { reference: 'C-1', receivedAt: '2025-12-19' });
    expect(byId(deadlines(borough, complaint), 'stage-1-response').due).toBe('2026-01-07');
  });

  it('statusOn counts the working days left on the FOI calendar: 14 on Friday 2026-01-02 (England and Wales: 13)', () => {
    // UK: (Fri 2 Jan, Thu 22 Jan] = Mon 5–Fri 9 (5), Mon 12–Fri 16 (5), Mon 19–Thu 22 (4) = 14.
    // England and Wales: (Fri 2 Jan, Wed 21 Jan] = 5 + 5 + Mon 19–Wed 21 (3) = 13.
    const s = statusOn(borough, foi, '2026-01-02');
    expect([s.nextDeadline?.id, s.nextDeadline?.due, s.workingDaysRemaining]).toEqual(['response-response', '2026-01-22', 14]);
    const ew = statusOn(ewBorough, openCase(ewBorough, { reference: 'FOI-1', caseType: 'foi', receivedAt: '2025-12-19' }), '2026-01-02');
    expect([ew.nextDeadline?.due, ew.workingDaysRemaining]).toEqual(['2026-01-21', 13]);
    // Overdue by one working day on Friday 23 January.
    expect(statusOn(borough, foi, '2026-01-23').workingDaysRemaining).toBe(-1);
  });

  it('a chasing ladder counts on it too: 14 working days before Thursday 22 January is Wednesday 31 December', () => {
    const chased = parsePolicy({
      id: 'borough-foi-chase',
      extends: 'mayoral-borough',
      title: 'Borough with an FOI chase',
      version: '1.0.0',
      effectiveFrom: '2006-09-01',
      caseTypes: {
        foi: {
          stages: {
            response: {
              reminders: [
                { id: 'early', offsetWorkingDays: -14, to: ['responder'], template: 'member-enquiry-chase', source: 'local: test' },
                { id: 'overdue', offsetWorkingDays: 1, to: ['responder'], template: 'member-enquiry-chase', source: 'local: test' },
              ],
            },
          },
        },
      },
    });
    const c = openCase(chased, { reference: 'FOI-2', caseType: 'foi', receivedAt: '2025-12-19' });
    // Back from Thu 22 Jan: Wed 21 (1), Tue 20 (2), Mon 19 (3), Fri 16 (4) … Mon 12 (8), Fri 9 (9) … Mon 5 (13),
    // [Sun 4, Sat 3, Fri 2 Scotland, Thu 1 New Year's Day], Wed 31 Dec (14). (England-and-Wales days would give
    // Fri 2 Jan.) One after it: Fri 23 Jan.
    expect(reminderSchedule(chased, c).map((r) => [r.id, r.date, r.key])).toEqual([
      ['early', '2025-12-31', 'FOI-2|response|early|2026-01-22'],
      ['overdue', '2026-01-23', 'FOI-2|response|overdue|2026-01-22'],
    ]);
    expect(remindersDue(chased, [c], { after: '2025-12-30', through: '2026-01-23' }).map((r) => r.id)).toEqual(['early', 'overdue']);
    expect(remindersDue(chased, [c], { after: '2025-12-31', through: '2026-01-22' })).toEqual([]);
  });

  it("an agreed date must be a working day on the case type's calendar: St Patrick's Day 2026 is refused for an FOI", () => {
    const extensible = parsePolicy({
      id: 'borough-foi-extension',
      extends: 'mayoral-borough',
      title: 'Borough with FOI extensions',
      version: '1.0.0',
      effectiveFrom: '2006-09-01',
      // s.10(3): "such time as is reasonable" for the public interest test, with no statutory ceiling: no maximum.
      caseTypes: { foi: { stages: { response: { extension: { source: 'FOIA 2000 s.10(3)' } } } } },
    });
    const c = openCase(extensible, { reference: 'FOI-3', caseType: 'foi', receivedAt: '2026-02-02' });
    // Tuesday 17 March 2026 is a bank holiday in Northern Ireland only: not a working day under FOIA s.10(6).
    const event = { type: 'extension-agreed', on: '2026-02-20', newDueDate: '2026-03-17', reason: 'Public interest test', agreedWithComplainant: false } as const;
    expect(() => applyEvent(extensible, c, event)).toThrow(InvalidArgumentError);
    // Wednesday 18 March is a working day everywhere in the UK.
    expect(() => applyEvent(extensible, c, { ...event, newDueDate: '2026-03-18' })).not.toThrow();
  });

  it("complaints and Member/Mayor Enquiries share one of the engine's calendars; FOIs have their own", () => {
    const engine = createWorkflow(borough);
    expect(engine.calendar('statutory-complaint')).toBe(engine.calendar());
    expect(engine.calendar('member-enquiry')).toBe(engine.calendar());
    expect(engine.calendar('foi')).not.toBe(engine.calendar());
    expect(engine.calendar('foi').isWorkingDay('2026-01-02')).toBe(false);
    expect(engine.calendar().isWorkingDay('2026-01-02')).toBe(true);
    // Another engine of the same policy shares nothing with this one.
    expect(createWorkflow(borough).calendar()).not.toBe(engine.calendar());
  });
});

describe("openCase: the case type's receipt rule and cut-off", () => {
  const base = threeStagePolicy();
  // The test policy with an FOI case type counting any-UK days, a 17:00 cut-off and next-working-day receipt.
  const policy = policySchema.parse({
    ...base,
    caseTypes: {
      ...base.caseTypes,
      foi: {
        title: 'FOI request',
        kind: 'foi',
        calendar: { holidays: 'united-kingdom', receiptCutOff: '17:00', nonWorkingDayReceipt: 'next-working-day-is-receipt', source: 'local: test' },
        stages: {
          response: {
            title: 'Response',
            clockStart: 'received',
            timescale: { workingDays: 20, source: 'FOIA 2000 s.10(1)' },
            responder: 'team-manager',
            source: 'local: test',
          },
        },
      },
    },
  });

  it('noon on Friday 2 January 2026: a working day for the complaint, the next working day (Monday 5 January) for the FOI', () => {
    // Policy calendar (England and Wales, day of arrival kept): Fri 2 Jan is a working day. The FOI's: Scotland's
    // 2 January is not a working day, and the next working day becomes the date of receipt.
    expect(openCase(policy, { reference: 'C', receivedAt: '2026-01-02T12:00:00Z' }).received).toBe('2026-01-02');
    expect(openCase(policy, { reference: 'F', caseType: 'foi', receivedAt: '2026-01-02T12:00:00Z' }).received).toBe('2026-01-05');
  });

  it('17:30 on Monday 5 January 2026 (GMT): the complaint has no cut-off, the FOI counts from Tuesday 6 January', () => {
    expect(openCase(policy, { reference: 'C', receivedAt: '2026-01-05T17:30:00Z' }).received).toBe('2026-01-05');
    expect(openCase(policy, { reference: 'F', caseType: 'foi', receivedAt: '2026-01-05T17:30:00Z' }).received).toBe('2026-01-06');
  });
});

async function cli(...argv: string[]): Promise<{ code: number; stdout: string }> {
  const out: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: () => undefined,
    readFile: () => {
      return Promise.reject(new Error('no files in this test'));
    },
    writeFile: () => {
      return Promise.reject(new Error('no files in this test'));
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join('') };
}

describe('expectedTimeline and the timeline command use the case type’s calendar', () => {
  it('expectedTimeline for the borough FOI received Friday 2025-12-19: united-kingdom, due Thursday 2026-01-22', () => {
    const t = expectedTimeline(borough, { receivedAt: '2025-12-19', caseType: 'foi' });
    expect(t.calendar.holidays).toBe('united-kingdom');
    expect(t.deadlines.map((d) => [d.id, d.due])).toEqual([['response-response', '2026-01-22']]);
    expect(expectedTimeline(borough, { receivedAt: '2025-12-19' }).calendar.holidays).toBe('england-and-wales');
  });

  it('--json names the calendar counted on; the table says it in words', async () => {
    const json = await cli('timeline', '--policy', 'mayoral-borough', '--case-type', 'foi', '--received', '2025-12-19', '--json');
    expect(json.code).toBe(0);
    const t = JSON.parse(json.stdout) as { calendar: string; deadlines: Array<{ id: string; date: string; weekday: string }> };
    expect(t.calendar).toBe('united-kingdom');
    expect(t.deadlines.find((d) => d.id === 'response-response')).toMatchObject({ date: '2026-01-22', weekday: 'Thursday' });
    const text = await cli('timeline', '--policy', 'mayoral-borough', '--case-type', 'foi', '--received', '2025-12-19');
    expect(text.stdout).toContain('working days on the united-kingdom calendar');
    expect(text.stdout).toMatch(/2026-01-02\s+Friday\s+bank holiday/);
    const complaint = JSON.parse((await cli('timeline', '--policy', 'mayoral-borough', '--received', '2025-12-19', '--json')).stdout) as { calendar: string };
    expect(complaint.calendar).toBe('england-and-wales');
  });
});
