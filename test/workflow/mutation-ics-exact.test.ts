import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { createWorkflow, timelineToICalendar } from '../../src/workflow/index.js';

/*
 * timelineToICalendar's whole text for the smallest policy, written out by hand from RFC 5545 (issue 18: the
 * calendar's fixed lines, the description's wording and the exact folding points had surviving mutants, the other
 * tests reading the text back through a parser that forgives them).
 *
 * Received Monday 2 March 2026 (no bank holiday in March 2026 in England and Wales): 10 working days are Tue 3 … Fri 6
 * (4), Mon 9 … Fri 13 (9), Mon 16 March (10); Saturdays and Sundays 7, 8, 14 and 15 March skipped.
 * RFC 5545 3.1: a content line is folded after 75 octets, each continuation line starting with one space (which
 * counts); 3.3.11: a comma and a semicolon in TEXT are escaped with a backslash, a newline is written \n.
 */

/** The smallest policy: one stage of 10 working days; `stage1` and `top` add fields (reminders, roles, templates). */
function tiny(stage1: Record<string, unknown> = {}, top: Record<string, unknown> = {}) {
  return parsePolicy({
    id: 'tiny',
    title: 'Tiny',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    jurisdiction: 'england',
    calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
    roles: { 'team-manager': { title: 'Team Manager' } },
    ...top,
    caseTypes: {
      statutory: {
        title: 'Complaint',
        kind: 'statutory-complaint',
        stages: {
          'stage-1': {
            title: 'Stage 1',
            clockStart: 'received',
            timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' },
            responder: 'team-manager',
            source: 'local: example',
            ...stage1,
          },
        },
      },
    },
  });
}
const policy = tiny();

describe('timelineToICalendar: the text, line by line', () => {
  it('a one-stage case: the calendar, one all-day event, the description folded at 75 octets', () => {
    const timeline = createWorkflow(policy).timeline({ receivedAt: '2026-03-02' });
    const ics = timelineToICalendar(timeline, { reference: 'C-7', policy });
    expect(ics.split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//statutory-complaints//timeline//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:C-7: Tiny',
      'BEGIN:VEVENT',
      'UID:C-7.tiny.deadline.stage-1-response@statutory-complaints',
      // No stamp given: midnight UTC on the date of receipt.
      'DTSTAMP:20260302T000000Z',
      'DTSTART;VALUE=DATE:20260316',
      'DTEND;VALUE=DATE:20260317',
      'SUMMARY:C-7: Stage 1: response due',
      'DESCRIPTION:Stage 1: response due: Monday 2026-03-16.\\nCounted: 10 working ',
      ' days from received\\, Monday 2026-03-02.\\nNon-working days skipped: Saturda',
      ' y 2026-03-07 (weekend)\\; Sunday 2026-03-08 (weekend)\\; Saturday 2026-03-14',
      '  (weekend)\\; Sunday 2026-03-15 (weekend).\\nRule: caseTypes.statutory.stage',
      ' s.stage-1.timescale. Source: SI 2006/1738 reg 14.',
      'CATEGORIES:Complaint deadline',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('a line of exactly 75 octets stands; 76 octets fold after the 75th', () => {
    const timeline = createWorkflow(policy).timeline({ receivedAt: '2026-03-02' });
    // 'X-WR-CALNAME:' is 13 octets and ': Tiny' 6, so a 56-character reference makes a line of 75.
    const at75 = timelineToICalendar(timeline, { reference: 'R'.repeat(56), policy }).split('\r\n');
    expect(at75[5]).toBe(`X-WR-CALNAME:${'R'.repeat(56)}: Tiny`);
    expect(at75[6]).toBe('BEGIN:VEVENT');
    const at76 = timelineToICalendar(timeline, { reference: 'R'.repeat(57), policy }).split('\r\n');
    expect([at76[5], at76[6]]).toEqual([`X-WR-CALNAME:${'R'.repeat(57)}: Tin`, ' y']);
  });

  it('a two-octet character that would cross octet 75 starts the continuation line', () => {
    const timeline = createWorkflow(policy).timeline({ receivedAt: '2026-03-02' });
    // 13 + 61 = 74 octets, then "é" (C3 A9) would make 76: it moves to the next line.
    const lines = timelineToICalendar(timeline, { reference: `${'R'.repeat(61)}é`, policy }).split('\r\n');
    expect([lines[5], lines[6]]).toEqual([`X-WR-CALNAME:${'R'.repeat(61)}`, ' é: Tiny']);
  });

  it('reminders: who is written to and copied in, by title; with no policy given, by id', () => {
    const withReminders = tiny(
      {
        reminders: [
          { id: 'before', offsetWorkingDays: -2, to: ['responder'], cc: ['service-manager'], template: 'chase', source: 'local: example' },
          { id: 'due', offsetWorkingDays: 0, to: ['responder'], template: 'chase', source: 'local: example' },
        ],
      },
      {
        roles: { 'team-manager': { title: 'Team Manager' }, 'service-manager': { title: 'Service Manager' } },
        templates: { chase: { title: 'Chase', subject: 'Case ((reference))', body: 'A response is due on ((due date)).', source: 'local: example' } },
      },
    );
    const timeline = createWorkflow(withReminders).timeline({ receivedAt: '2026-03-02' });
    const lines = timelineToICalendar(timeline, { reference: 'C-7', policy: withReminders, stamp: '2026-03-02T09:30:00Z' }).split('\r\n');
    // Two working days before Monday 16 March: Fri 13 (1), Thu 12 March (2).
    const reminderLines = lines.slice(lines.indexOf('UID:C-7.tiny.reminder.stage-1.before@statutory-complaints') - 1, -2);
    expect(reminderLines).toEqual([
      'BEGIN:VEVENT',
      'UID:C-7.tiny.reminder.stage-1.before@statutory-complaints',
      'DTSTAMP:20260302T093000Z',
      'DTSTART;VALUE=DATE:20260312',
      'DTEND;VALUE=DATE:20260313',
      'SUMMARY:C-7: Stage 1: send reminder before',
      'DESCRIPTION:Stage 1: send reminder before on Thursday 2026-03-12.\\nIt chase',
      ' s the due date Monday 2026-03-16.\\nTo: Team Manager.\\nCopied to: Service M',
      ' anager.\\nTemplate: chase.',
      'CATEGORIES:Complaint reminder',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:C-7.tiny.reminder.stage-1.due@statutory-complaints',
      'DTSTAMP:20260302T093000Z',
      'DTSTART;VALUE=DATE:20260316',
      'DTEND;VALUE=DATE:20260317',
      'SUMMARY:C-7: Stage 1: send reminder due',
      'DESCRIPTION:Stage 1: send reminder due on Monday 2026-03-16.\\nIt chases the',
      '  due date Monday 2026-03-16.\\nTo: Team Manager.\\nCopied to: nobody.\\nTempl',
      ' ate: chase.',
      'CATEGORIES:Complaint reminder',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]);
    const byId = timelineToICalendar(timeline, { reference: 'C-7' }).split('\r\n');
    expect(byId).toContain('X-WR-CALNAME:C-7: tiny');
    expect(byId).toContain('SUMMARY:C-7: stage-1: response due');
    expect(byId).toContain('SUMMARY:C-7: stage-1: send reminder before');
    expect(byId.join('\n')).toContain('To: team-manager.');
  });
});
