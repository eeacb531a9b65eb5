/**
 * `statutory-complaints report`: performance figures for a set of cases over a period, as HTML, CSV or JSON.
 *
 * @module
 */
import { InvalidArgumentError, StatutoryComplaintsError } from '../../errors.js';
import { parsePolicyText } from '../../node/index.js';
import { getPolicy } from '../../policies/index.js';
import type { Policy } from '../../policies/index.js';
import {
  casesFromCsv,
  CaseInputError,
  createReportStream,
  issueLocation,
  performanceReport,
  reportToCsv,
  reportToHtml,
  type CaseImport,
  type CaseInputIssue,
  type CaseStreamFormat,
  type PerformanceReport,
  type PerformanceReportOptions,
} from '../../reporting/index.js';
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
  --cases <file>       the cases: a JSON array of case values (events included), JSON Lines (.jsonl or .ndjson:
                       one case value a line), or a CSV file with the columns
                       reference,received,responded,extended_due_date,outcome,delay_code[,case_type,stage]
                       (see docs/reporting.md). Told apart by the extension, else by the first character.
                       JSON and JSON Lines files are read a piece at a time, so a file of millions of cases
                       needs little memory; a progress line goes to standard error for files of 32 MB or more.
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

/** The format of a case file from its extension, when it tells. */
function formatOfPath(path: string): CaseStreamFormat | 'csv' | undefined {
  const lower = path.toLowerCase();
  return lower.endsWith('.json') ? 'json' : lower.endsWith('.jsonl') || lower.endsWith('.ndjson') ? 'jsonl' : lower.endsWith('.csv') ? 'csv' : undefined;
}

/** The cases read and the report over them. */
interface CasesReport {
  readonly report: PerformanceReport;
  readonly skipped: readonly CaseInputIssue[];
  readonly counted: number;
}

const NOT_JSON_RULE = 'is not valid JSON (expected an array of case values)';
/** Files at least this large get a progress line on standard error. */
export const PROGRESS_BYTES = 32 * 1024 * 1024;

function cannotRead(error: unknown): Error {
  // The safe reader's own typed errors (missing file, a pipe or device, not allowed) keep their words and exit code.
  if (error instanceof StatutoryComplaintsError) return error;
  const code = (error as { code?: unknown }).code;
  return new InvalidArgumentError('--cases', `the file cannot be read${typeof code === 'string' ? ` (${code})` : ''}`);
}

/**
 * A JSON array or JSON Lines case file, streamed into the report: read a piece at a time when the io can, each case
 * checked and counted and then dropped. `text` is the whole file when it was already read.
 */
async function streamCases(
  io: CliIo,
  policy: Policy,
  path: string,
  format: CaseStreamFormat,
  options: PerformanceReportOptions,
  skipBad: boolean,
  text?: string,
): Promise<CasesReport> {
  const stream = createReportStream(policy, { ...options, format, skipBad });
  try {
    if (text === undefined && io.readFileInPieces) {
      let file;
      try {
        file = await io.readFileInPieces(path);
      } catch (error) {
        throw cannotRead(error);
      }
      const progress = file.bytes >= PROGRESS_BYTES;
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(0);
      let done = 0;
      let tenths = 0;
      const pieces = file.pieces[Symbol.asyncIterator]();
      for (;;) {
        let next;
        try {
          next = await pieces.next();
        } catch (error) {
          throw cannotRead(error);
        }
        if (next.done) break;
        stream.write(next.value.text);
        done += next.value.bytes;
        if (progress && Math.floor((10 * done) / file.bytes) > tenths) {
          tenths = Math.floor((10 * done) / file.bytes);
          io.stderr(`report: read ${mb(done)} MB of ${mb(file.bytes)} MB (${stream.casesRead.toLocaleString('en-GB')} cases)\n`);
        }
      }
    } else {
      stream.write(text ?? (await readOptionFile(io, path, 'cases', { limited: false })));
    }
    return stream.end();
  } catch (error) {
    // JSON that does not parse: the same words as before the file was streamed.
    if (error instanceof CaseInputError && error.issues.length === 1 && error.issues[0]!.rule === NOT_JSON_RULE) {
      throw new InvalidArgumentError('--cases', NOT_JSON_RULE);
    }
    if (!(error instanceof StatutoryComplaintsError) && !(error instanceof RangeError)) throw cannotRead(error);
    throw error;
  }
}

/** A CSV case file, read whole by casesFromCsv, then reported on. */
function csvCases(policy: Policy, text: string, options: PerformanceReportOptions, skipBad: boolean): CasesReport {
  const read: CaseImport = casesFromCsv(policy, text, { skipBad });
  return { report: performanceReport(policy, read.cases, options), skipped: read.skipped, counted: read.cases.length };
}

async function readAndReport(io: CliIo, policy: Policy, path: string, options: PerformanceReportOptions, skipBad: boolean): Promise<CasesReport> {
  const format = formatOfPath(path);
  if (format === 'json' || format === 'jsonl') return streamCases(io, policy, path, format, options, skipBad);
  const text = await readOptionFile(io, path, 'cases', { limited: false });
  if (
    format === undefined &&
    text
      .replace(/^\uFEFF/, '')
      .trimStart()
      .startsWith('[')
  ) {
    return streamCases(io, policy, path, 'json', options, skipBad, text);
  }
  return csvCases(policy, text, options, skipBad);
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
  const reportOptions: PerformanceReportOptions = {
    from,
    to,
    ...(options['as-of'] === undefined ? {} : { asOf: options['as-of'] }),
    includeReferences: options['no-references'] !== true,
    rows: format === 'csv' && tableName === 'cases',
    ...(feed === undefined ? {} : { feed }),
  };
  const read = await readAndReport(io, policy, casesPath, reportOptions, options['skip-bad'] === true);
  if (read.skipped.length > 0) {
    const rows = new Set(read.skipped.map((i) => i.line ?? i.index)).size;
    const what = read.skipped.some((i) => i.line !== undefined) ? 'row' : 'case';
    printNote(io, `skipped ${rows} bad ${what}${rows === 1 ? '' : 's'} (--skip-bad):`);
    for (const issue of read.skipped) io.stderr(`  ${issueLocation(issue)}: ${issue.rule}\n`);
  }
  const report = read.report;
  const output =
    format === 'html'
      ? reportToHtml(report, options.title === undefined ? {} : { title: options.title })
      : format === 'csv'
        ? reportToCsv(report, tableName)
        : `${JSON.stringify(report, null, 2)}\n`;
  if (options.out !== undefined) {
    await writeOptionFile(io, options.out, 'out', output);
    printNote(io, `wrote ${format.toUpperCase()} report for ${read.counted} case${read.counted === 1 ? '' : 's'} to the --out file`);
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
