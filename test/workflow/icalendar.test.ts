// timelineToICalendar, read back with an independent parser (ical.js, Mozilla's calendar parser): the events, their
// all-day dates, stable UIDs, RFC 5545 escaping and 75-octet folding.
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { expectedTimeline, getPolicy, parsePolicy } from '../../src/index.js';
import { timelineToICalendar } from '../../src/workflow/index.js';

interface Event {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  isDate: boolean;
  stamp: string;
}

function events(ics: string): Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      isDate: e.startDate.isDate,
      stamp: String(v.getFirstPropertyValue('dtstamp')),
    };
  });
}

const dudley = getPolicy('dudley');

describe('timelineToICalendar', () => {
  // Dudley, received Friday 19 December 2025 (day 0). Stage 1 is 10 working days on the England-and-Wales calendar:
  // Mon 22 (1), Tue 23 (2), Wed 24 (3); Thu 25 Christmas Day, Fri 26 Boxing Day, Sat 27, Sun 28 skipped;
  // Mon 29 (4), Tue 30 (5), Wed 31 (6); Thu 1 January New Year's Day skipped; Fri 2 (7); Sat 3, Sun 4 skipped;
  // Mon 5 (8), Tue 6 (9), Wed 7 January 2026 (10). The first reminder is 5 working days before that:
  // Tue 6 (1), Mon 5 (2), Fri 2 (3), Wed 31 (4), Tue 30 December 2025 (5).
  // Worked out inside each test: work done while the file's tests are collected counts for no test in a mutation run.
  function made() {
    const timeline = expectedTimeline(dudley, { receivedAt: '2025-12-19', reference: 'CS-2025-0042' });
    const ics = timelineToICalendar(timeline, { reference: 'CS-2025-0042', policy: dudley, stamp: '2025-12-19T10:15:00Z' });
    return { timeline, ics, parsed: events(ics) };
  }

  test('one all-day event per deadline and per reminder', () => {
    const { timeline, parsed } = made();
    expect(parsed).toHaveLength(timeline.deadlines.length + timeline.reminders.length);
    expect(parsed.every((e) => e.isDate)).toBe(true);
    expect(parsed.every((e) => e.stamp === '2025-12-19T10:15:00Z')).toBe(true);
  });

  test('stage 1 is due on Wednesday 7 January 2026, with the Christmas bank holidays listed as skipped', () => {
    const { parsed } = made();
    const stage1 = parsed.find((e) => e.uid === 'CS-2025-0042.dudley.deadline.stage-1-response@statutory-complaints')!;
    expect(stage1.start).toBe('2026-01-07');
    expect(stage1.end).toBe('2026-01-08');
    expect(stage1.summary).toBe('CS-2025-0042: Stage 1 – local resolution: response due'); // the stage's title in dudley.yaml
    expect(stage1.description).toContain('Thursday 2025-12-25 (bank holiday: Christmas Day)');
    expect(stage1.description).toContain('Friday 2025-12-26 (bank holiday: Boxing Day)');
    expect(stage1.description).toContain('Thursday 2026-01-01 (bank holiday');
    expect(stage1.description).toContain('Counted: 10 working days from received, Friday 2025-12-19.');
  });

  test('the first reminder is on Tuesday 30 December 2025, to the Team Manager', () => {
    const { parsed } = made();
    const first = parsed.find((e) => e.uid === 'CS-2025-0042.dudley.reminder.stage-1.first-reminder@statutory-complaints')!;
    expect(first.start).toBe('2025-12-30');
    expect(first.description).toContain('It chases the due date Wednesday 2026-01-07.');
    expect(first.description).toContain('To: Team Manager.');
  });

  test('UIDs are unique and do not depend on the dates, so a re-import updates the same events', () => {
    const { parsed } = made();
    const uids = parsed.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    const later = events(timelineToICalendar(expectedTimeline(dudley, { receivedAt: '2026-03-02' }), { reference: 'CS-2025-0042', policy: dudley }));
    expect(later.map((e) => e.uid).sort()).toEqual([...uids].sort());
    // Received Monday 2 March 2026: 10 working days, no holidays, is Monday 16 March.
    expect(later.find((e) => e.uid.includes('deadline.stage-1-response'))!.start).toBe('2026-03-16');
  });

  test('without a stamp, DTSTAMP is midnight UTC on the date of receipt (the same text every time)', () => {
    const { timeline } = made();
    const a = timelineToICalendar(timeline, { reference: 'CS-2025-0042' });
    expect(a).toBe(timelineToICalendar(timeline, { reference: 'CS-2025-0042' }));
    expect(events(a)[0]!.stamp).toBe('2025-12-19T00:00:00Z');
  });

  test('text with commas, semicolons, backslashes, newlines and UTF-8 survives escaping and 75-octet folding', () => {
    const title = 'Cyngor Sir Ynys Môn; cwynion gofal cymdeithasol plant, “tudalen” \\ prawf ☃ 😀 – '.repeat(3).trim();
    const policy = parsePolicy({
      id: 'ynys-mon-test',
      extends: 'dudley',
      title: 'Test',
      version: '1.0',
      effectiveFrom: '2025-04-01',
      caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { title } } } },
    });
    const reference = 'CÔ;42,\\ref 😀';
    const out = timelineToICalendar(expectedTimeline(policy, { receivedAt: '2025-12-19' }), { reference, policy });
    const lines = out.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      // never split between the halves of a surrogate pair
      expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      expect(line).not.toMatch(/[\r\n]/);
    }
    expect(out).toMatch(/\r\n /); // something was folded
    const parsedEvents = events(out);
    expect(parsedEvents[0]!.summary).toBe(`${reference}: ${title}: response due`);
    expect(parsedEvents[0]!.description.split('\n').length).toBe(4); // newlines come back as newlines
    expect(new Set(parsedEvents.map((e) => e.uid)).size).toBe(parsedEvents.length);
    expect(parsedEvents[0]!.uid).toBe('C%C3%94%3B42%2C%5Cref%20%F0%9F%98%80.ynys-mon-test.deadline.stage-1-response@statutory-complaints');
  });

  test('a missing reference or a stamp that is not an instant is a clear error', () => {
    const { timeline } = made();
    expect(() => timelineToICalendar(timeline, { reference: ' ' })).toThrow(expect.objectContaining({ code: 'invalid-argument', path: 'options.reference' }));
    expect(() => timelineToICalendar(timeline, { reference: 'A', stamp: '2025-12-19' })).toThrow(
      expect.objectContaining({ code: 'invalid-argument', path: 'options.stamp' }),
    );
    expect(() => timelineToICalendar(timeline, { reference: 'A', stamp: new Date(Number.NaN) })).toThrow(expect.objectContaining({ path: 'options.stamp' }));
  });
});
