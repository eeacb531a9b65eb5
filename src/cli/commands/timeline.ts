/**
 * `statutory-complaints timeline`: the whole expected course of a new case under a policy preset.
 *
 * @module
 */
import { weekdayName } from '../../calendar/index.js';
import type { BankHolidayFeed, NonWorkingDay } from '../../calendar/index.js';
import { StatutoryComplaintsError } from '../../errors.js';
import { createWorkflow, describeCount, timelineToICalendar, type Deadline, type ScheduledReminder, type Timeline } from '../../workflow/index.js';
import { expectPositionals, oneOf, parseArgs, requireOption, UsageError } from '../args.js';
import { skippedDaysTable } from '../calendar-args.js';
import { FEED_HELP, readFeed } from '../files.js';
import { indentedTable, printJson, printLines } from '../output.js';
import type { CliIo, Command } from '../types.js';
import { loadPolicyOption, POLICY_HELP } from '../policy-option.js';

const OPTIONS = {
  policy: { type: 'string' },
  received: { type: 'string' },
  'case-type': { type: 'string' },
  about: { type: 'string' },
  feed: { type: 'string' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  reference: { type: 'string' },
  stamp: { type: 'string' },
} as const;

const FORMATS = ['text', 'json', 'ics'] as const;

const usage = `Usage:
  statutory-complaints timeline --policy <id|file> --received <date or instant> [--case-type <type>] [--about <role>]
                                [--feed <bank-holidays.json>] [--json | --format text|json|ics]
                                [--reference <case reference>] [--stamp <instant>]

The whole expected course of a new case: the acknowledgement and allocation targets, the stage-1 due date with
every non-working day skipped and why (on the case type's calendar), the referral email if the policy sends one,
each reminder of the chasing ladder with its date and recipients, then
(assuming each stage's response is sent on its due date and the next stage is asked for that same day; optional
stages such as mediation are skipped) the later stages' dates.

Options:
${POLICY_HELP}
  --received <when>    the date of receipt, YYYY-MM-DD, or the instant it arrived with an offset
                       (e.g. 2025-12-19T17:30:00Z): the policy's cut-off time and non-working-day rule apply
  --case-type <type>   a case type of the policy (default: its first, e.g. statutory-complaint)
  --about <role>       the complaint is about the person in this role: responsibility moves one rung up
${FEED_HELP}
  --json               print JSON: { "policy", "policyVersion", "caseType", "calendar", "received",
                       "deadlines": [{ "id", "date", "weekday", "stage", "kind", "start", "startedBy",
                       "workingDays" | "calendarDays" | "calendarMonths", "ruleId", "source",
                       "skipped": [{ "date", "kind", "reason" }], "provisional", "flags" }],
                       "reminders": [{ "id", "stage", "date", "weekday", "dueDate", "to", "cc", "template",
                       "key", "provisional"? }] }  (to and cc are role ids; reminders in date order; a
                       stage's referral, id new-referral, is provisional until the case is allocated)
  --format <f>         text (default), json (the same as --json) or ics: an iCalendar file (RFC 5545) with one
                       all-day event per deadline and reminder, for Outlook, Google or Apple Calendar; redirect
                       it to a file, e.g. > CS-2026-0042.ics
  --reference <ref>    with --format ics (required there): the case reference. Each event's UID is made from it,
                       so importing a newer file for the same case updates its events instead of adding more
  --stamp <instant>    with --format ics: when the file is made, e.g. 2026-01-05T09:30:00Z (DTSTAMP; calendars
                       take a later stamp as a newer version). Default: midnight UTC on the date of receipt
  -h, --help           show this help

Examples:
  statutory-complaints timeline --policy dudley --received 2025-12-19
  statutory-complaints timeline --policy my-council.yaml --received 2025-12-19
  statutory-complaints timeline --policy swindon --received 2026-04-02T16:45:00+01:00 --json
  statutory-complaints timeline --policy mayoral-borough --case-type member-enquiry --received 2026-05-20
  statutory-complaints timeline --policy dudley --received 2026-01-05 --feed bank-holidays.json
  statutory-complaints timeline --policy dudley --received 2025-12-19 --format ics --reference CS-2025-0042 > CS-2025-0042.ics
`;

/** "england-and-wales 2025–2027, scotland 2025–2027" */
function describeCoverage(feed: BankHolidayFeed): string {
  const parts: string[] = [];
  for (const [division, range] of Object.entries(feed.coverage)) {
    if (range) parts.push(`${division} ${range.from === range.to ? range.from : `${range.from}–${range.to}`}`);
  }
  return parts.join(', ');
}

/** "3 working days", "1 calendar month", "10 working days before". */
function countText(d: Deadline): string {
  return `${describeCount(d)}${d.kind === 'hearing-notice' ? ' before' : ''}`;
}

/** "6 weekend days, 3 holidays" */
function summariseSkipped(skipped: readonly NonWorkingDay[]): string {
  const weekend = skipped.filter((d) => d.kind === 'weekend').length;
  const holidays = skipped.filter((d) => d.kind === 'holiday').length;
  const closures = skipped.filter((d) => d.kind === 'closure').length;
  const parts: string[] = [];
  if (weekend > 0) parts.push(`${weekend} weekend day${weekend === 1 ? '' : 's'}`);
  if (holidays > 0) parts.push(`${holidays} bank holiday${holidays === 1 ? '' : 's'}`);
  if (closures > 0) parts.push(`${closures} closure${closures === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

function deadlineJson(d: Deadline): Record<string, unknown> {
  return {
    id: d.id,
    date: d.due,
    weekday: weekdayName(d.due),
    ...(d.stage === undefined ? {} : { stage: d.stage }),
    kind: d.kind,
    start: d.start,
    startedBy: d.startedBy,
    ...(d.calendarMonths !== undefined
      ? { calendarMonths: d.calendarMonths }
      : d.calendarDays !== undefined
        ? { calendarDays: d.calendarDays }
        : { workingDays: d.workingDays }),
    ruleId: d.ruleId,
    source: d.source,
    skipped: d.skipped.map((s) => ({ date: s.date, kind: s.kind, reason: s.reason })),
    provisional: d.provisional,
    flags: d.flags,
  };
}

function reminderJson(r: ScheduledReminder): Record<string, unknown> {
  return {
    id: r.id,
    stage: r.stage,
    date: r.date,
    weekday: weekdayName(r.date),
    dueDate: r.dueDate,
    to: r.to,
    cc: r.cc,
    template: r.template,
    key: r.key,
    ...(r.provisional ? { provisional: true } : {}),
  };
}

/** The command's flag for each field of the timeline input: errors name what the user typed. */
const FLAG_OF: Readonly<Record<string, string>> = { receivedAt: '--received', caseType: '--case-type', about: '--about' };

/** An error about an input field, renamed for the command line (`receivedAt: …` → `--received: …`); others as they are. */
function asFlagError(error: unknown): unknown {
  if (!(error instanceof StatutoryComplaintsError) || !Object.prototype.hasOwnProperty.call(FLAG_OF, error.path)) return error;
  const flag = FLAG_OF[error.path]!;
  const renamed = Object.create(Object.getPrototypeOf(error) as object) as StatutoryComplaintsError;
  return Object.assign(renamed, error, { path: flag, message: error.message.replace(error.path, flag), stack: error.stack });
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS);
  expectPositionals(positionals, []);
  const policyId = requireOption(options.policy, 'policy');
  const received = requireOption(options.received, 'received');
  const format = options.format === undefined ? (options.json ? 'json' : 'text') : oneOf(options.format, FORMATS, '--format');
  if (options.json && format !== 'json') throw new UsageError('--json and --format ' + format + ' ask for different outputs: give one of them');
  if (format !== 'ics' && options.reference !== undefined) throw new UsageError('--reference goes with --format ics');
  if (format !== 'ics' && options.stamp !== undefined) throw new UsageError('--stamp goes with --format ics');
  if (format === 'ics' && options.reference === undefined) {
    throw new UsageError("--format ics needs --reference <case reference>: each event's UID is made from it");
  }
  if (options.stamp !== undefined && !/^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:\d\d)$/i.test(options.stamp)) {
    throw new UsageError('--stamp must be an instant with an offset, e.g. 2026-01-05T09:30:00Z');
  }
  const reference = format === 'ics' ? options.reference : undefined;
  const { policy } = await loadPolicyOption(io, policyId);
  const feed = options.feed === undefined ? undefined : await readFeed(io, options.feed);
  let timeline: Timeline;
  try {
    timeline = createWorkflow(policy, feed === undefined ? undefined : { feed }).timeline({
      receivedAt: received,
      ...(options['case-type'] === undefined ? {} : { caseType: options['case-type'] }),
      ...(options.about === undefined ? {} : { about: options.about }),
      ...(reference === undefined ? {} : { reference }),
    });
  } catch (error) {
    throw asFlagError(error);
  }

  if (reference !== undefined) {
    io.stdout(timelineToICalendar(timeline, { reference, policy, ...(options.stamp === undefined ? {} : { stamp: options.stamp }) }));
    return 0;
  }

  if (format === 'json') {
    printJson(io, {
      policy: timeline.policy,
      policyVersion: timeline.policyVersion,
      caseType: timeline.caseType,
      calendar: timeline.calendar.holidays,
      received: timeline.received,
      deadlines: timeline.deadlines.map(deadlineJson),
      reminders: timeline.reminders.map(reminderJson),
    });
    return 0;
  }

  const caseType = policy.caseTypes[timeline.caseType]!;
  const lines: string[] = [
    `${policy.title} (${policy.id} ${policy.version})`,
    `Case type: ${timeline.caseType} – ${caseType.title}`,
    `Received: ${weekdayName(timeline.received)} ${timeline.received}; working days on the ${timeline.calendar.holidays} calendar.`,
    ...(feed === undefined ? [] : [`Bank holidays from the feed for ${describeCoverage(feed)}; the bundled data for other years.`]),
    'Assumes each stage is answered on its due date and the next stage is asked for that same day.',
    '',
    'Deadlines',
  ];
  const provisional = timeline.deadlines.some((d) => d.provisional);
  const table = indentedTable(
    ['date', 'weekday', 'deadline', 'count', 'from', 'skipped'],
    timeline.deadlines.map((d) => [
      `${d.due}${d.provisional ? '*' : ''}`,
      weekdayName(d.due),
      d.id,
      countText(d),
      d.kind === 'hearing-notice' ? `hearing ${d.start}` : `${d.startedBy} ${d.start}`,
      summariseSkipped(d.skipped),
    ]),
  );
  lines.push(...table);
  if (provisional) {
    lines.push('  * provisional: counted from an event assumed on its target date, or on bank holidays not yet published.');
  }

  const first = timeline.deadlines.find((d) => d.kind === 'response' || d.kind === 'panel-meeting' || d.kind === 'extended-response');
  if (first) {
    lines.push('', `Non-working days skipped up to the ${first.id} date (${first.due}):`);
    if (first.skipped.length === 0) {
      lines.push('  none');
    } else {
      lines.push(...skippedDaysTable(first.skipped));
    }
  }

  lines.push('', 'Reminders');
  if (timeline.reminders.length === 0) {
    lines.push('  none: the policy has no chasing ladder for this case type.');
  } else {
    const rows = indentedTable(
      ['date', 'weekday', 'stage', 'reminder', 'to', 'cc', 'template'],
      timeline.reminders.map((r) => [`${r.date}${r.provisional ? '*' : ''}`, weekdayName(r.date), r.stage, r.id, r.to.join(', '), r.cc.join(', ') || '-', r.template]),
    );
    lines.push(...rows);
    if (timeline.reminders.some((r) => r.provisional)) {
      lines.push('  * provisional: the referral is sent when the case is allocated; until then it is dated the day the stage starts.');
    }
  }
  printLines(io, lines);
  return 0;
}

/** The `timeline` command. */
export const command: Command = {
  name: 'timeline',
  summary: 'the expected course of a new case under a policy: deadlines, skipped days and reminders',
  usage,
  run,
};
