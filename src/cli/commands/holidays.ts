/**
 * `statutory-complaints holidays`: the bank holidays of a GOV.UK division (or of the whole UK) in a year or a
 * date range, as a table or JSON.
 *
 * @module
 */
import { bankHolidays, parseDate, weekdayName } from '../../calendar/index.js';
import type { Holiday } from '../../calendar/index.js';
import { expectPositionals, parseArgs, requireOption, UsageError } from '../args.js';
import { parseHolidaySet } from '../calendar-args.js';
import { formatTable, printJson, printLine, printLines, printNote } from '../output.js';
import type { CliIo, Command } from '../types.js';

const OPTIONS = {
  division: { type: 'string' },
  year: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
} as const;

const usage = `Usage:
  statutory-complaints holidays --division <id> --year <YYYY> [--json]
  statutory-complaints holidays --division <id> --from <date> --to <date> [--json]

Lists the UK bank holidays of one GOV.UK division, or of all three, in a year or between two dates (both included).

Options:
  --division <id>   england-and-wales, scotland, northern-ireland, or united-kingdom (a bank holiday
                    in any part of the UK: every division's holidays, each labelled with its division)
  --year <YYYY>     a calendar year from 1900 to 2199
  --from <date>     first date, YYYY-MM-DD (with --to, instead of --year)
  --to <date>       last date, YYYY-MM-DD
  --json            print a JSON array of { "date", "title", "division", "kind" }
  -h, --help        show this help

kind is standard, substitute (for a holiday falling at a weekend), moved (by proclamation) or one-off.
Holidays after the last year GOV.UK has published follow the statutory rules and are marked provisional.

Examples:
  statutory-complaints holidays --division scotland --year 2026
  statutory-complaints holidays --division united-kingdom --from 2026-12-01 --to 2027-01-31 --json
`;

/** The date range asked for: a whole year, or --from and --to. */
function range(options: { year?: string; from?: string; to?: string }): { from: string; to: string } {
  if (options.year !== undefined) {
    if (options.from !== undefined || options.to !== undefined) {
      throw new UsageError('give either --year or --from and --to, not both');
    }
    if (!/^\d{4}$/.test(options.year)) throw new UsageError('--year must be a four-digit year, e.g. 2026');
    return { from: parseDate(`${options.year}-01-01`, 'year'), to: parseDate(`${options.year}-12-31`, 'year') };
  }
  if (options.from === undefined && options.to === undefined) {
    throw new UsageError('give --year <YYYY>, or --from <date> and --to <date>');
  }
  return { from: requireOption(options.from, 'from'), to: requireOption(options.to, 'to') };
}

function holidayRows(holidays: readonly Holiday[], withDivision: boolean): string[][] {
  if (!withDivision) {
    return holidays.map((h) => [h.date, weekdayName(h.date), h.title, h.provisional ? `${h.kind} *` : h.kind]);
  }
  // For the whole UK, one row per date and title, listing the divisions that share it.
  const rows: { key: string; cells: string[]; divisions: string[] }[] = [];
  for (const h of holidays) {
    const kind = h.provisional ? `${h.kind} *` : h.kind;
    const key = `${h.date}\u0000${h.title}\u0000${kind}`;
    const row = rows.find((r) => r.key === key);
    if (row) row.divisions.push(h.division);
    else rows.push({ key, cells: [h.date, weekdayName(h.date), h.title, kind], divisions: [h.division] });
  }
  return rows.map((r) => [...r.cells, r.divisions.join(', ')]);
}

function run(args: readonly string[], io: CliIo): number {
  const { options, positionals } = parseArgs(args, OPTIONS);
  expectPositionals(positionals, []);
  const division = requireOption(options.division, 'division');
  const set = parseHolidaySet(division, 'division');
  const { from, to } = range(options);
  // Sorted by date, then division (the library's order).
  const holidays = bankHolidays(set, { from, to });
  const provisional = holidays.some((h) => h.provisional);

  if (options.json) {
    printJson(
      io,
      holidays.map((h) => ({ date: h.date, title: h.title, division: h.division, kind: h.kind })),
    );
    if (provisional) printNote(io, 'some dates are provisional: GOV.UK has not yet published those years.');
    return 0;
  }
  if (holidays.length === 0) {
    printLine(io, `No ${set} bank holidays from ${from} to ${to}.`);
    return 0;
  }
  const withDivision = set === 'united-kingdom';
  const headers = ['date', 'weekday', 'title', 'kind', ...(withDivision ? ['divisions'] : [])];
  printLines(io, formatTable(headers, holidayRows(holidays, withDivision)));
  if (provisional) printLine(io, '\n* provisional: from the statutory rules; GOV.UK has not yet published that year.');
  return 0;
}

/** The `holidays` command. */
export const command: Command = {
  name: 'holidays',
  summary: 'list the bank holidays of a UK division in a year or date range',
  usage,
  run,
};
