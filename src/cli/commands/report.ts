/**
 * `statutory-complaints report`: performance figures for a set of cases over a period, as HTML, CSV or JSON.
 *
 * @module
 */
import { InvalidArgumentError, StatutoryComplaintsError } from '../../errors.js';
import type { Policy } from '../../policies/index.js';
import {
  CaseInputError,
  createReportStream,
  issueLocation,
  reportToCsv,
  reportToHtml,
  type CaseInputIssue,
  type CaseStreamFormat,
  type PerformanceReport,
  type PerformanceReportOptions,
} from '../../reporting/index.js';
import { oneOf, parseArgs, requireOption, UsageError } from '../args.js';
import { FEED_HELP, readFeed, readOptionFile, writeOptionFile } from '../files.js';
import { printNote } from '../output.js';
import { loadPolicyOption, POLICY_HELP } from '../policy-option.js';
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
  reinterpret: { type: 'boolean' },
  'no-references': { type: 'boolean' },
  feed: { type: 'string' },
} as const;

const FORMATS = ['html', 'csv', 'json'] as const;
const TABLES = ['summary', 'cases'] as const;

const usage = `Usage:
  statutory-complaints report --policy <id|file> --cases <file.json|file.csv> --from <date> --to <date>
                              [--as-of <date>] [--format html|csv|json] [--table summary|cases] [--title <text>]
                              [--out <file>] [--skip-bad] [--no-references] [--feed <bank-holidays.json>]
                              [--reinterpret]

Performance figures for a set of cases, per case type and stage, for each quarter of the financial year
(April to March) in the period and for the whole period: received; responded; responded in time (measured on the
date the response was sent, against the original and the extended due date); mean, median and longest working
days to respond; extensions agreed and beyond the statutory maximum; open cases overdue, banded by working days;
reasons for delay by code and those awaited; outcomes; how many asked for the next stage.

Options:
${POLICY_HELP}
  --cases <file>       the cases: a JSON array of case values (events included), JSON Lines (.jsonl or .ndjson:
                       one case value a line), or a CSV file with the columns
                       reference,received,responded,extended_due_date,outcome,delay_code[,case_type,stage]
                       (see docs/reporting.md). Told apart by the extension, else by the first character.
                       Files are read a piece at a time, so a file of millions of cases needs little memory (a
                       CSV file of more than 6 MB is read several times, each time holding the rows of a share
                       of the cases); a progress line goes to standard error for files of 32 MB or more.
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
  --reinterpret        count cases opened under another built-in preset as if opened under --policy (without it,
                       only cases opened under --policy or a preset it extends are accepted); in a JSON or JSON
                       Lines file the preset is read from the first cases
${FEED_HELP}
  -h, --help           show this help

Bad input: every bad row is listed with its line, column and the rule broken, and nothing is produced (exit 1),
unless --skip-bad is given.

Examples:
  statutory-complaints report --policy dudley --cases examples/cases-dudley.json --from 2025-04-01 --to 2026-03-31 --format csv
  statutory-complaints report --policy dudley --cases export.csv --from 2025-04-01 --to 2025-06-30 --out q1.html
  statutory-complaints report --policy dudley --cases export.csv --from 2025-04-01 --to 2026-03-31 --format csv --table cases --no-references
  statutory-complaints report --policy my-council.yaml --cases examples/cases-dudley.json --from 2025-04-01 --to 2026-03-31
`;

/**
 * The preset the cases were opened under, when it is not `policy` (a what-if report): one id, which `policy` must
 * extend unless `reinterpret` is given. `undefined` when every case seen was opened under `policy`.
 */
function openedUnderOf(ids: ReadonlySet<string>, policyId: string, lineage: readonly string[], reinterpret: boolean): string | undefined {
  const others = [...ids].filter((id) => id !== policyId && /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id));
  if (others.length === 0) return undefined;
  if (others.length > 1)
    throw new InvalidArgumentError('--cases', "holds cases opened under several presets other than --policy: report on one preset's cases at a time");
  const id = others[0]!;
  if (!lineage.includes(id) && !reinterpret) {
    throw new InvalidArgumentError(
      '--cases',
      `holds cases opened under ${id}, which --policy does not extend: give --reinterpret to recompute them under --policy (a what-if report)`,
    );
  }
  return id;
}

/** How much of a JSON case file is looked at, at most, for the preset its cases were opened under. */
const HEAD_CHARS = 1024 * 1024;

/**
 * The `policyId` values in the text of the first cases of a JSON or JSON Lines file. Inside a JSON string every
 * quote is escaped, so `"policyId":"…"` matches only a real key.
 */
function policyIdsIn(text: string): Set<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(/"policyId"\s*:\s*"([^"\\]*)"/g)) ids.add(m[1]!);
  return ids;
}

/** Decides the report's options from the preset the cases were opened under (what-if when not `--policy`). */
type WhatIf = (ids: ReadonlySet<string>) => PerformanceReportOptions;

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
/**
 * A CSV case file is read in passes of about this many bytes each (`ceil(bytes / CSV_PASS_BYTES)` passes), each pass
 * holding the rows of a share of the references only (see `createReportStream`'s `passes`). A pass of 6 MB holds
 * about 110,000 cases of a typical export (54 bytes a row, 1.2 rows a case). Measured on 1,000,000 generated cases
 * (bench/streaming.bench.mjs, docs/reporting.md §6): passes of 8 MB peaked at 277-285 MB, of 4 MB at 229 MB, one
 * pass at 673-705 MB; each pass costs a read of the file and a look at each line's reference (about 0.4-0.7 s of
 * CPU time for 1,000,000 cases, against some 30 s for the whole report).
 */
export const CSV_PASS_BYTES = 6 * 1024 * 1024;

/** Internal settings of the `report` command, for tests. */
export interface ReportCommandSettings {
  /** The bytes of a CSV case file read a pass (default {@link CSV_PASS_BYTES}). */
  readonly csvPassBytes?: number;
}

function cannotRead(error: unknown): Error {
  // The safe reader's own typed errors (missing file, a pipe or device, not allowed) keep their words and exit code.
  if (error instanceof StatutoryComplaintsError) return error;
  const code = (error as { code?: unknown }).code;
  return new InvalidArgumentError('--cases', `the file cannot be read${typeof code === 'string' ? ` (${code})` : ''}`);
}

/**
 * A case file (JSON array, JSON Lines or CSV), streamed into the report: read a piece at a time when the io can, each
 * case checked and counted and then dropped. `text` is the whole file when it was already read.
 */
async function streamCases(
  io: CliIo,
  policy: Policy,
  path: string,
  format: CaseStreamFormat,
  whatIf: WhatIf,
  skipBad: boolean,
  settings: ReportCommandSettings,
  text?: string,
): Promise<CasesReport> {
  // The stream starts once the first cases tell which preset they were opened under (or the head is read).
  let stream: ReturnType<typeof createReportStream> | undefined;
  let head = '';
  /** How many times a CSV file is read (decided from its size, before the stream starts). */
  let passes = 1;
  const write = (piece: string, last = false): void => {
    if (stream === undefined) {
      head += piece;
      // CSV rows name no preset: they are read under --policy.
      const ids = format === 'csv' ? new Set<string>() : policyIdsIn(head);
      if (format !== 'csv' && ids.size === 0 && !last && head.length < HEAD_CHARS) return;
      stream = createReportStream(policy, { ...whatIf(ids), format, skipBad, ...(passes > 1 ? { passes } : {}) });
      piece = head;
      head = '';
    }
    stream.write(piece);
  };
  const end = () => {
    if (stream === undefined) write('', true);
    return stream!.end();
  };
  const open = async () => {
    try {
      return await io.readFileInPieces!(path);
    } catch (error) {
      throw cannotRead(error);
    }
  };
  try {
    if (text === undefined && io.readFileInPieces) {
      let file = await open();
      const bytes = file.bytes;
      // A CSV file is read in passes of a bounded size (each holds the rows of a share of the cases).
      if (format === 'csv') passes = Math.max(1, Math.ceil(bytes / (settings.csvPassBytes ?? CSV_PASS_BYTES)));
      const progress = bytes >= PROGRESS_BYTES;
      const mb = (n: number) => (n / (1024 * 1024)).toFixed(0);
      for (let pass = 0; pass < passes; pass++) {
        if (pass > 0) file = await open();
        const what = passes > 1 ? `pass ${pass + 1} of ${passes}: read` : 'read';
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
          write(next.value.text);
          done += next.value.bytes;
          if (progress && Math.floor((10 * done) / bytes) > tenths) {
            tenths = Math.floor((10 * done) / bytes);
            io.stderr(`report: ${what} ${mb(done)} MB of ${mb(bytes)} MB (${(stream?.casesRead ?? 0).toLocaleString('en-GB')} ${format === 'csv' ? 'rows' : 'cases'})\n`);
          }
        }
        // Every pass but the last is ended here; `end` ends the last.
        if (pass < passes - 1) {
          if (stream === undefined) write('', true);
          stream!.endPass();
        }
      }
    } else {
      write(text ?? (await readOptionFile(io, path, 'cases', { limited: false })));
    }
    return end();
  } catch (error) {
    // JSON that does not parse: the same words as before the file was streamed.
    if (error instanceof CaseInputError && error.issues.length === 1 && error.issues[0]!.rule === NOT_JSON_RULE) {
      throw new InvalidArgumentError('--cases', NOT_JSON_RULE);
    }
    if (!(error instanceof StatutoryComplaintsError) && !(error instanceof RangeError)) throw cannotRead(error);
    throw error;
  }
}

async function readAndReport(io: CliIo, policy: Policy, path: string, whatIf: WhatIf, skipBad: boolean, settings: ReportCommandSettings): Promise<CasesReport> {
  const format = formatOfPath(path);
  if (format !== undefined) return streamCases(io, policy, path, format, whatIf, skipBad, settings);
  const text = await readOptionFile(io, path, 'cases', { limited: false });
  const json = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('[');
  // Read whole already: one pass.
  return streamCases(io, policy, path, json ? 'json' : 'csv', whatIf, skipBad, {}, text);
}

function formatOf(format: string | undefined, out: string | undefined): (typeof FORMATS)[number] {
  if (format !== undefined) return oneOf(format, FORMATS, '--format');
  const ext = out?.toLowerCase().match(/\.(html?|csv|json)$/)?.[1];
  return ext === 'csv' ? 'csv' : ext === 'json' ? 'json' : ext === 'html' || ext === 'htm' ? 'html' : 'json';
}

async function run(args: readonly string[], io: CliIo, settings: ReportCommandSettings): Promise<number> {
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

  const { policy, lineage } = await loadPolicyOption(io, policyId);
  const feed = options.feed === undefined ? undefined : await readFeed(io, options.feed);
  const reportOptions: PerformanceReportOptions = {
    from,
    to,
    ...(options['as-of'] === undefined ? {} : { asOf: options['as-of'] }),
    includeReferences: options['no-references'] !== true,
    rows: format === 'csv' && tableName === 'cases',
    ...(feed === undefined ? {} : { feed }),
  };
  // Cases opened under another preset are recomputed under --policy (a what-if report).
  const whatIf: WhatIf = (ids) => {
    const openedUnder = openedUnderOf(ids, policy.id, lineage, options.reinterpret === true);
    if (openedUnder === undefined) return reportOptions;
    printNote(io, `what-if: figures computed under ${policy.id} for cases opened under ${openedUnder}`);
    return { ...reportOptions, openedUnder };
  };
  const read = await readAndReport(io, policy, casesPath, whatIf, options['skip-bad'] === true, settings);
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

/** The `report` command, with internal settings (for tests: a CSV read in passes of a few bytes). */
export function reportCommand(settings: ReportCommandSettings = {}): Command {
  return {
    name: 'report',
    summary: 'performance figures for a set of cases over a period (HTML with charts, CSV or JSON)',
    usage,
    run: (args, io) => run(args, io, settings),
  };
}

/** The `report` command. */
export const command: Command = reportCommand();
