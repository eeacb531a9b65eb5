/**
 * `statutory-complaints report`: performance figures for a set of cases over a period, as HTML, CSV or JSON.
 *
 * @module
 */
import { InvalidArgumentError } from '../../errors.js';
import { parsePolicyText } from '../../node/index.js';
import { getPolicy } from '../../policies/index.js';
import type { Policy } from '../../policies/index.js';
import { issueLocation } from '../../reporting/index.js';
import { casesFromCsv, casesFromJson, type CaseImport } from '../../reporting/index.js';
import { reportToCsv } from '../../reporting/index.js';
import { reportToHtml } from '../../reporting/index.js';
import { performanceReport } from '../../reporting/index.js';
import { oneOf, parseArgs, requireOption, UsageError } from '../args.js';
import { FEED_HELP, readFeed, readOptionFile, writeOptionFile } from '../files.js';
import { printNote } from '../output.js';
import type { CliIo, Command } from '../types.js';

const OPTIONS = {
  policy: { type: 'string' },
  cases: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  table: { type: 'string' },
  title: { type: 'string' },
  out: { type: 'string' },
  'skip-bad': { type: 'boolean' },
  'no-references': { type: 'boolean' },
  feed: { type: 'string' },
} as const;

const FORMATS = ['html', 'csv', 'json'] as const;
const TABLES = ['summary', 'cases'] as const;

const usage = `Usage:
  statutory-complaints report --policy <id|file> --cases <file.json|file.csv> --from <date> --to <date>
                              [--as-of <date>] [--format html|csv|json] [--table summary|cases] [--title <text>]
                              [--out <file>] [--skip-bad] [--no-references] [--feed <bank-holidays.json>]

Performance figures for a set of cases, per case type and stage, for each quarter of the financial year
(April to March) in the period and for the whole period: received; responded; responded in time (measured on the
date the response was sent, against the original and the extended due date); mean, median and longest working
days to respond; extensions agreed and beyond the statutory maximum; open cases overdue, banded by working days;
reasons for delay by code and those awaited; outcomes; how many asked for the next stage.

Options:
  --policy <id|file>   a built-in policy preset (e.g. dudley), or a preset file (.yaml, .yml or .json)
  --cases <file>       the cases: a JSON array of case values (events included), or a CSV file with the columns
                       reference,received,responded,extended_due_date,outcome,delay_code[,case_type,stage]
                       (see docs/reporting.md). Told apart by the extension, else by the first character.
  --from <date>        first day of the period, YYYY-MM-DD
  --to <date>          last day of the period, YYYY-MM-DD
  --as-of <date>       the day the report is drawn up (default: --to): later events are ignored and open
                       cases are overdue when their due date is before it. The clock is never read.
  --format <f>         html (a self-contained page with charts), csv or json (default: from the --out file's
                       extension, else json)
  --table <t>          with --format csv: summary (default; one row per stage and period) or cases (one row per
                       stage of each case counted)
  --title <text>       the HTML report's title (default: Complaints performance report)
  --out <file>         write to this file (UTF-8) instead of standard output; it is written to a temporary file
                       beside it and renamed, so an existing file is never left half-written
  --skip-bad           leave out bad rows or cases (listed on standard error) instead of failing
  --no-references      leave case references out (no lists of overdue cases or cases awaiting a reason)
${FEED_HELP}
  -h, --help           show this help

Bad input: every bad row is listed with its line, column and the rule broken, and nothing is produced (exit 1),
unless --skip-bad is given.

Examples:
  statutory-complaints report --policy dudley --cases examples/cases-dudley.json --from 2025-04-01 --to 2026-03-31 --format csv
  statutory-complaints report --policy dudley --cases export.csv --from 2025-04-01 --to 2025-06-30 --out q1.html
  statutory-complaints report --policy dudley --cases export.csv --from 2025-04-01 --to 2026-03-31 --format csv --table cases --no-references
`;

async function loadPolicy(io: CliIo, value: string): Promise<Policy> {
  if (/\.(ya?ml|json)$/i.test(value)) return parsePolicyText(await readOptionFile(io, value, 'policy'), { fileName: value });
  return getPolicy(value);
}

function readCases(policy: Policy, path: string, text: string, skipBad: boolean): CaseImport {
  const lower = path.toLowerCase();
  const json = lower.endsWith('.json') ? true : lower.endsWith('.csv') ? false : text.replace(/^\uFEFF/, '').trimStart().startsWith('[');
  if (!json) return casesFromCsv(policy, text, { skipBad });
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // JSON.parse's message quotes the text around the error: it is not repeated.
    throw new InvalidArgumentError('--cases', 'is not valid JSON (expected an array of case values)');
  }
  return casesFromJson(policy, value, { skipBad });
}

function formatOf(format: string | undefined, out: string | undefined): (typeof FORMATS)[number] {
  if (format !== undefined) return oneOf(format, FORMATS, '--format');
  const ext = out?.toLowerCase().match(/\.(html?|csv|json)$/)?.[1];
  return ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : ext === 'html' || ext === 'htm' ? 'html' : 'json';
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS);
  if (positionals.length > 0) throw new UsageError('report takes no positional arguments: give everything as options');
  const policyId = requireOption(options.policy, 'policy');
  const casesPath = requireOption(options.cases, 'cases');
  const from = requireOption(options.from, 'from');
  const to = requireOption(options.to, 'to');
  const format = formatOf(options.format, options.out);
  if (options.table !== undefined && format !== 'csv') throw new UsageError('--table goes with --format csv');
  const tableName = options.table === undefined ? 'summary' : oneOf(options.table, TABLES, '--table');
  if (options.title !== undefined && format !== 'html') throw new UsageError('--title goes with --format html');

  const policy = await loadPolicy(io, policyId);
  const feed = options.feed === undefined ? undefined : await readFeed(io, options.feed);
  const text = await readOptionFile(io, casesPath, 'cases', { limited: false });
  const read = readCases(policy, casesPath, text, options['skip-bad'] === true);
  if (read.skipped.length > 0) {
    const rows = new Set(read.skipped.map((i) => i.line ?? i.index)).size;
    const what = read.skipped.some((i) => i.line !== undefined) ? 'row' : 'case';
    printNote(io, `skipped ${rows} bad ${what}${rows === 1 ? '' : 's'} (--skip-bad):`);
    for (const issue of read.skipped) io.stderr(`  ${issueLocation(issue)}: ${issue.rule}\n`);
  }
  const report = performanceReport(policy, read.cases, {
    from,
    to,
    ...(options['as-of'] === undefined ? {} : { asOf: options['as-of'] }),
    includeReferences: options['no-references'] !== true,
    rows: format === 'csv' && tableName === 'cases',
    ...(feed === undefined ? {} : { feed }),
  });
  const output =
    format === 'html'
      ? reportToHtml(report, options.title === undefined ? {} : { title: options.title })
      : format === 'csv'
        ? reportToCsv(report, tableName)
        : `${JSON.stringify(report, null, 2)}\n`;
  if (options.out !== undefined) {
    await writeOptionFile(io, options.out, 'out', output);
    printNote(io, `wrote ${format.toUpperCase()} report for ${read.cases.length} case${read.cases.length === 1 ? '' : 's'} to the --out file`);
  } else {
    io.stdout(output);
  }
  return 0;
}

/** The `report` command. */
export const command: Command = {
  name: 'report',
  summary: 'performance figures for a set of cases over a period (HTML with charts, CSV or JSON)',
  usage,
  run,
};
