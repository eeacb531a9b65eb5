// `statutory-complaints timeline --format ics`: the timeline as an iCalendar file, read back with ical.js.
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { cli } from '../cli/helpers.js';

describe('timeline --format ics', () => {
  test('prints an iCalendar file whose stage-1 event is on Wednesday 7 January 2026', async () => {
    // Dudley, received Friday 19 December 2025: 10 working days, skipping 25 and 26 December and 1 January
    // (bank holidays) and the weekends, end on Wednesday 7 January 2026 (worked out in icalendar.test.ts).
    const r = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--format', 'ics', '--reference', 'CS-7', '--stamp', '2026-01-05T09:30:00Z');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(r.stdout));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const stage1 = events.find((e) => e.uid === 'CS-7.dudley.deadline.stage-1-response@statutory-complaints')!;
    expect(stage1.startDate.toString()).toBe('2026-01-07');
    expect(String(events[0]!.component.getFirstPropertyValue('dtstamp'))).toBe('2026-01-05T09:30:00Z');
  });

  test('--format ics needs --reference, and --reference and --stamp go only with it', async () => {
    const missing = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--format', 'ics');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--format ics needs --reference');
    const stray = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--reference', 'CS-7');
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--reference goes with --format ics');
    const badStamp = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--format', 'ics', '--reference', 'A', '--stamp', 'yesterday');
    expect(badStamp.code).toBe(2);
    expect(badStamp.stderr).toContain('--stamp must be an instant');
    const clash = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--json', '--format', 'ics', '--reference', 'A');
    expect(clash.code).toBe(2);
    const unknown = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--format', 'pdf');
    expect(unknown.stderr).toContain('--format must be one of text, json, ics');
  });

  test('--format json is the same as --json', async () => {
    const a = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--format', 'json');
    const b = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--json');
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});
