/**
 * A timeline as an iCalendar file (RFC 5545): one all-day event per deadline and per reminder, for a complaints
 * officer's calendar (Outlook, Google Calendar, Apple Calendar). Pure: the text is made from the arguments only.
 *
 * @module
 */
import { addDays, weekdayName, type CalendarDate } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { Policy } from '../policies/index.js';
import { describeCount } from './dates.js';
import type { Timeline } from './timeline.js';
import type { Deadline, DeadlineKind, ScheduledReminder } from './types.js';

/** Options of {@link timelineToICalendar}. */
export interface ICalendarOptions {
  /**
   * The case reference. Every event's UID is made from it, the policy id and the deadline or reminder id (never
   * the date), so importing the file again after a date moved updates the events instead of adding new ones.
   */
  readonly reference: string;
  /**
   * When the file was made, for every event's `DTSTAMP` (an ISO 8601 instant with an offset, or a `Date`);
   * calendars treat a later stamp as a newer version of the same event. Default: midnight UTC at the start of the
   * date of receipt, so the same timeline always gives the same text.
   */
  readonly stamp?: Date | string;
  /** The policy the timeline was worked out from: its stage and role titles make the events' text readable. */
  readonly policy?: Policy;
}

const KIND_TEXT: Record<DeadlineKind, string> = {
  acknowledgement: 'acknowledgement due',
  allocation: 'allocation due',
  'normal-business-window': 'normal-business window ends',
  response: 'response due',
  'extended-response': 'extended response due',
  maximum: 'maximum time limit',
  step: 'step due',
  'request-window': 'last day to ask for the next stage',
  'panel-meeting': 'panel must meet by',
  'hearing-notice': 'hearing papers due',
  'panel-report': 'panel report due',
  'final-response': 'final response due',
  'delay-reason-follow-up': 'delay reason follow-up',
};

const WHY = { weekend: 'weekend', holiday: 'bank holiday', closure: 'closure' } as const;

/** RFC 5545 3.3.11 TEXT: backslash, semicolon, comma and newline escaped; other control characters dropped. */
function text(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
      .replace(/\t/g, ' ')
  );
}

const encoder = new TextEncoder();

/**
 * RFC 5545 3.1: a content line longer than 75 octets is folded, a CRLF and a space before each continuation, never
 * inside a UTF-8 character (nor between the halves of a surrogate pair).
 */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

function stampOf(stamp: Date | string | undefined, received: CalendarDate): string {
  if (stamp === undefined) return `${basicDate(received)}T000000Z`;
  const instant = stamp instanceof Date ? stamp : typeof stamp === 'string' && /(?:Z|[+-]\d\d:\d\d)$/i.test(stamp) ? new Date(stamp) : undefined;
  if (!instant || Number.isNaN(instant.getTime())) {
    throw new InvalidArgumentError('options.stamp', 'must be a Date or an ISO 8601 instant with an offset, e.g. 2026-01-05T09:30:00Z');
  }
  return instant
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** A UID part: letters, digits, `-` and `_` kept, anything else percent-encoded (UTF-8), so UIDs never clash. */
function uidPart(value: string): string {
  let out = '';
  for (const byte of encoder.encode(value)) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9_-]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function long(date: CalendarDate): string {
  return `${weekdayName(date)} ${date}`;
}

interface Names {
  stage(id: string | undefined): string | undefined;
  role(id: string): string;
}

function namesOf(policy: Policy | undefined, timeline: Timeline): Names {
  const caseType = policy?.caseTypes[timeline.caseType];
  return {
    stage: (id) => (id === undefined ? undefined : (caseType?.stages[id]?.title ?? id)),
    role: (id) => policy?.roles[id]?.title ?? id,
  };
}

function event(lines: string[], uid: string, stamp: string, date: CalendarDate, summary: string, description: string, categories: string): void {
  lines.push(
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${basicDate(date)}`,
    `DTEND;VALUE=DATE:${basicDate(addDays(date, 1))}`,
    `SUMMARY:${text(summary)}`,
    `DESCRIPTION:${text(description)}`,
    `CATEGORIES:${text(categories)}`,
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  );
}

function deadlineText(d: Deadline, names: Names): { summary: string; description: string } {
  const stage = names.stage(d.stage);
  const what = `${stage ? `${stage}: ` : ''}${KIND_TEXT[d.kind]}`;
  const count = `${describeCount(d)}${d.kind === 'hearing-notice' ? ' before the hearing' : ''}`;
  const skipped = d.skipped.length === 0 ? 'none' : d.skipped.map((s) => `${long(s.date)} (${WHY[s.kind]}${s.kind === 'weekend' ? '' : `: ${s.reason}`})`).join('; ');
  const description = [
    `${what}: ${long(d.due)}${d.provisional ? ' (provisional)' : ''}.`,
    `Counted: ${count} from ${d.kind === 'hearing-notice' ? 'the hearing on' : `${d.startedBy},`} ${long(d.start)}.`,
    `Non-working days skipped: ${skipped}.`,
    `Rule: ${d.ruleId}. Source: ${d.source}.`,
  ].join('\n');
  return { summary: what, description };
}

function reminderText(r: ScheduledReminder, names: Names): { summary: string; description: string } {
  const stage = names.stage(r.stage) ?? r.stage;
  const summary = `${stage}: send ${r.id === 'new-referral' ? 'the referral' : `reminder ${r.id}`}`;
  const description = [
    `${summary} on ${long(r.date)}${r.provisional ? ' (provisional: the referral goes when the case is allocated)' : ''}.`,
    `It chases the due date ${long(r.dueDate)}.`,
    `To: ${r.to.map((role) => names.role(role)).join(', ')}.`,
    `Copied to: ${r.cc.length === 0 ? 'nobody' : r.cc.map((role) => names.role(role)).join(', ')}.`,
    `Template: ${r.template}.`,
  ].join('\n');
  return { summary, description };
}

/**
 * The deadlines and reminders of a timeline (from `expectedTimeline`) as an iCalendar file (RFC 5545) that Outlook,
 * Google Calendar and Apple Calendar import: one all-day event per deadline and per reminder, each with what it is,
 * the count and the non-working days skipped (deadlines) or who is written to with which template (reminders).
 *
 * Every event's UID is made from the case reference, the policy id and the deadline or reminder id, never from a
 * date: importing the file again after a date moved updates the events rather than duplicating them. Text is
 * escaped and lines folded at 75 octets as RFC 5545 says, never inside a UTF-8 character; lines end with CRLF.
 * Pure: `DTSTAMP` is `options.stamp`, else midnight UTC at the start of the date of receipt.
 *
 * @param timeline - from `expectedTimeline`.
 * @param options - the case reference (required), the stamp, and the policy for stage and role titles.
 * @throws {@link calendar!InvalidArgumentError} for a missing or empty reference or a stamp that is not an instant.
 *
 * @example
 * import { createWorkflow, getPolicy } from 'statutory-complaints';
 * import { timelineToICalendar } from 'statutory-complaints/workflow';
 * const dudley = getPolicy('dudley');
 * const timeline = createWorkflow(dudley).timeline({ receivedAt: '2025-12-19', reference: 'CS-2025-0042' });
 * const ics = timelineToICalendar(timeline, { reference: 'CS-2025-0042', policy: dudley, stamp: '2025-12-19T10:00:00Z' });
 * ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n') //=> true
 * // Stage 1 due Wednesday 7 January 2026: an all-day event that day.
 * ics.includes('UID:CS-2025-0042.dudley.deadline.stage-1-response@statutory-complaints\r\nDTSTAMP:20251219T100000Z\r\nDTSTART;VALUE=DATE:20260107\r\nDTEND;VALUE=DATE:20260108') //=> true
 * ics.split('BEGIN:VEVENT').length - 1 === timeline.deadlines.length + timeline.reminders.length //=> true
 */
export function timelineToICalendar(timeline: Timeline, options: ICalendarOptions): string {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options', "must be an object such as { reference: 'CS-2026-0001' }");
  const { reference } = options;
  if (typeof reference !== 'string' || reference.trim() === '' || reference.length > 200) {
    throw new InvalidArgumentError('options.reference', 'must be the case reference, 1 to 200 characters');
  }
  const stamp = stampOf(options.stamp, timeline.received);
  const names = namesOf(options.policy, timeline);
  const base = `${uidPart(reference)}.${uidPart(timeline.policy)}`;
  const title = options.policy?.title ?? timeline.policy;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//statutory-complaints//timeline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${text(`${reference}: ${title}`)}`,
  ];
  // A UID names what the event is, never its date; the rare second event of the same name gets `.2` and so on.
  const seen = new Map<string, number>();
  const uid = (name: string) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return `${base}.${name}${n === 1 ? '' : `.${n}`}@statutory-complaints`;
  };
  for (const d of timeline.deadlines) {
    const { summary, description } = deadlineText(d, names);
    event(lines, uid(`deadline.${uidPart(d.id)}`), stamp, d.due, `${reference}: ${summary}`, description, 'Complaint deadline');
  }
  for (const r of timeline.reminders) {
    const { summary, description } = reminderText(r, names);
    event(lines, uid(`reminder.${uidPart(r.stage)}.${uidPart(r.id)}`), stamp, r.date, `${reference}: ${summary}`, description, 'Complaint reminder');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
