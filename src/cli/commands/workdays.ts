/**
 * `statutory-complaints workdays add|count|check`: working-day arithmetic on a UK bank-holiday calendar.
 *
 * @module
 */
import { parseDate, weekdayName } from '../../calendar/index.js';
import { expectPositionals, parseArgs, UsageError } from '../args.js';
import { CALENDAR_OPTIONS_HELP, calendarFromOptions, describeNonWorkingDay, parseHolidaySet, skippedDaysTable, withWeekday } from '../calendar-args.js';
import { printJson, printLine, printLines } from '../output.js';
import type { CliIo, Command } from '../types.js';

const OPTIONS = {
  calendar: { type: 'string' },
  closure: { type: 'string', multiple: true },
  json: { type: 'boolean' },
} as const;

const usage = `Usage:
  statutory-complaints workdays add <date> <n> [--calendar <id>] [--closure <spec> ...] [--json]
  statutory-complaints workdays count <from> <to> [--calendar <id>] [--closure <spec> ...] [--json]
  statutory-complaints workdays check <date> [--calendar <id>] [--closure <spec> ...] [--json]

Working days are Monday to Friday, except the calendar's bank holidays and any closures.

  add     the n-th working day strictly after <date> (n = 0 gives <date>), with every non-working day
          skipped on the way and why. --json: { "date", "weekday", "start", "workingDays", "calendar",
          "skipped": [{ "date", "reason", "kind" }], "provisional" }
  count   the working days after <from> up to and including <to> (negative when <to> is earlier).
          --json: { "count", "from", "to", "calendar" }
  check   whether <date> is a working day, and if not, why.
          --json: { "date", "weekday", "calendar", "workingDay", "kind", "reason", "provisional" }

Options:
${CALENDAR_OPTIONS_HELP.join('\n')}
  --json               print JSON instead of text
  -h, --help           show this help

A result that depends on a year GOV.UK has not yet published (after 2028) is marked provisional.

Examples:
  statutory-complaints workdays add 2025-12-19 10
  statutory-complaints workdays add 2025-12-19 20 --closure 2025-12-29..2025-12-31="Christmas closure" --json
  statutory-complaints workdays count 2026-04-02 2026-04-13
  statutory-complaints workdays check 2026-08-03 --calendar scotland
`;

type Options = ReturnType<typeof parseArgs<typeof OPTIONS>>['options'];

/** Parses the working-day count: a whole number (the library checks its range). */
function parseCount(value: string): number {
  if (!/^[+-]?\d+$/.test(value)) throw new UsageError('<n> must be a whole number of working days, e.g. 10');
  return Number(value);
}

function add(positionals: readonly string[], options: Options, io: CliIo): number {
  const [date, nText] = expectPositionals(positionals, ['date', 'n']) as [string, string];
  const n = parseCount(nText);
  const calendar = calendarFromOptions(options);
  const result = calendar.explain(date, n);
  if (options.json) {
    printJson(io, {
      date: result.date,
      weekday: weekdayName(result.date),
      start: result.start,
      workingDays: result.workingDays,
      calendar: calendar.holidays,
      skipped: result.skipped.map((d) => ({ date: d.date, reason: d.reason, kind: d.kind })),
      provisional: result.provisional,
    });
    return 0;
  }
  const lines = [
    withWeekday(result.date),
    `= ${result.workingDays} working day${result.workingDays === 1 ? '' : 's'} after ${withWeekday(result.start)} on the ${calendar.holidays} calendar.`,
  ];
  if (result.skipped.length === 0) {
    lines.push('No non-working days skipped.');
  } else {
    lines.push('', `Skipped ${result.skipped.length} non-working day${result.skipped.length === 1 ? '' : 's'}:`);
    lines.push(...skippedDaysTable(result.skipped));
  }
  if (result.provisional) {
    lines.push('', 'Provisional: the answer depends on bank holidays GOV.UK has not yet published.');
  }
  printLines(io, lines);
  return 0;
}

function count(positionals: readonly string[], options: Options, io: CliIo): number {
  const [from, to] = expectPositionals(positionals, ['from', 'to']) as [string, string];
  const calendar = calendarFromOptions(options);
  const n = calendar.countWorkingDays(from, to);
  if (options.json) {
    printJson(io, { count: n, from: parseDate(from, 'from'), to: parseDate(to, 'to'), calendar: calendar.holidays });
    return 0;
  }
  printLine(io, String(n));
  printLine(io, `= working days after ${withWeekday(from)} up to and including ${withWeekday(to)} on the ${calendar.holidays} calendar.`);
  return 0;
}

function check(positionals: readonly string[], options: Options, io: CliIo): number {
  const [date] = expectPositionals(positionals, ['date']) as [string];
  const calendar = calendarFromOptions(options);
  const why = calendar.whyNotWorking(date);
  if (options.json) {
    printJson(io, {
      date: parseDate(date),
      weekday: weekdayName(date),
      calendar: calendar.holidays,
      workingDay: why === undefined,
      kind: why?.kind ?? null,
      reason: why?.reason ?? null,
      provisional: why?.provisional ?? false,
    });
    return 0;
  }
  printLine(
    io,
    why === undefined
      ? `${withWeekday(date)} is a working day on the ${calendar.holidays} calendar.`
      : `${withWeekday(date)} is not a working day on the ${calendar.holidays} calendar: ${describeNonWorkingDay(why)}.`,
  );
  return 0;
}

const SUBCOMMANDS = { add, count, check } as const;

function run(args: readonly string[], io: CliIo): number {
  const { options, positionals } = parseArgs(args, OPTIONS);
  const [sub, ...rest] = positionals;
  if (sub === undefined) throw new UsageError('missing subcommand: add, count or check');
  if (!Object.prototype.hasOwnProperty.call(SUBCOMMANDS, sub)) {
    throw new UsageError('unknown subcommand: use add, count or check');
  }
  parseHolidaySet(options.calendar, 'calendar');
  return SUBCOMMANDS[sub as keyof typeof SUBCOMMANDS](rest, options, io);
}

/** The `workdays` command. */
export const command: Command = {
  name: 'workdays',
  summary: 'add or count working days, or check a date, on a UK bank-holiday calendar',
  usage,
  run,
};
