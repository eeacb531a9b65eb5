/**
 * A performance report over a case list read in pieces: JSON arrays and JSON Lines are split into case values as the
 * text arrives, each value is checked and counted by the report's accumulators, and none is kept. Memory stays flat
 * however many cases the file holds (only the overdue and reason-awaited lists, and per-case rows when asked for,
 * grow with the cases). CSV rows are checked as they arrive and kept only as the few dates and codes a case is made
 * of (the rows of one case may be anywhere in the file), then each case is made and counted in turn at the end; with
 * `passes` the text is read several times, each pass holding the rows of a share of the references only, so that
 * what is held stays bounded too. Pure: the caller reads the file (the CLI does, in chunks) and feeds the text in.
 *
 * @module
 */
import { InvalidArgumentError, keyForMessage } from '../errors.js';
import type { Policy } from '../policies/index.js';
import type { Case } from '../workflow/index.js';
import { CaseInputError, type CaseInputIssue } from './errors.js';
import { CsvCaseReader } from './import.js';
import { createReportAccumulator, type ReportAccumulator } from './report.js';
import type { PerformanceReport, PerformanceReportOptions } from './types.js';

/** The case-list formats {@link createReportStream} reads. */
export type CaseStreamFormat = 'json' | 'jsonl' | 'csv';

/** Options of {@link createReportStream}: the report's options, the format, and `skipBad`. */
export interface ReportStreamOptions extends PerformanceReportOptions {
  /**
   * `json`: one JSON array of case values (as `casesFromJson` takes); `jsonl`: JSON Lines, one case value a line;
   * `csv`: the CSV layout `casesFromCsv` reads (one row per stage of a case).
   */
  readonly format: CaseStreamFormat;
  /**
   * Leave out bad cases (and, in JSON Lines, lines that are not JSON) and report over the rest, listing them in
   * `skipped`. Without it (the default) `end()` throws a {@link CaseInputError} listing every one.
   */
  readonly skipBad?: boolean;
  /**
   * With `format: 'csv'` only: read the text this many times (default 1), feeding the whole of it each time and
   * calling `endPass()` after each reading. Each pass holds the rows of a share of the references only (a reference
   * belongs to one pass, by a hash of it), makes their cases at its end and drops them, so a file of millions of
   * cases is reported on holding about a `passes`-th of them at once. The report, the problems, `counted` and
   * `casesRead` are exactly those of one pass.
   */
  readonly passes?: number;
}

/** What {@link ReportStream.end} returns. */
export interface ReportStreamResult {
  /** The report over the good cases: the same figures `performanceReport` gives over the same cases. */
  readonly report: PerformanceReport;
  /** With `skipBad`: every problem of the cases (or lines) left out, in the order of the input. */
  readonly skipped: readonly CaseInputIssue[];
  /** How many cases were counted. */
  readonly counted: number;
}

/** A report being fed a case list in pieces. */
export interface ReportStream {
  /** Feeds the next piece of the text (any split: a piece may end inside a case, a string or a line). */
  write(chunk: string): void;
  /**
   * With `passes` (CSV): ends one reading of the whole text; feed it again for the next pass. After the last pass (or
   * in its place) call `end`. Throws the text's fatal problems (a wrong header, a quote never closed) in the first
   * pass, and an {@link InvalidArgumentError} in a later one when the text differs from the first reading's.
   */
  endPass(): void;
  /** Ends the text (the last pass, when not already ended by `endPass`) and returns the report. */
  end(): ReportStreamResult;
  /**
   * Case values (or CSV rows, the header left out) read so far, good and bad (for a progress line); with `passes`,
   * in the pass being read (so, at the end, in the text).
   */
  readonly casesRead: number;
  /** With `passes`: the passes ended so far (0 while the first is read). */
  readonly passesEnded: number;
}

const STREAM_OPTION_KEYS = ['from', 'to', 'asOf', 'includeReferences', 'rows', 'feed', 'openedUnder', 'format', 'skipBad', 'passes'];
/** The rule when a JSON array's text is not JSON; the line names where the reader stopped. */
const NOT_JSON = 'is not valid JSON (expected an array of case values)';
const NOT_JSON_LINE = 'is not valid JSON (each line of a JSON Lines file holds one case value)';

/** Text held without finding a boundary between elements, beyond which the fast way gives up (see the class). */
const MAX_HELD = 8 * 1024 * 1024;

/**
 * Calls `onValue` for every element of a JSON array whose text arrives in pieces. @internal
 *
 * Two ways of finding the elements, with the same result. The fast one: the layout of the array is read from its
 * start (the line break and indentation before the first element, as JSON writers repeat it before every element:
 * `},\n{` one case a line, `},\n  {` indented, `},{` compact) and each piece is cut at the last place that layout
 * shows a boundary between elements; everything before the cut is parsed with one `JSON.parse` of `[` + text + `]`,
 * so no character is looked at in JavaScript. That parse succeeds only when the cut is a real boundary (a cut inside
 * an element leaves a string or a bracket open) and every element before it is JSON. When it fails (a cut inside an
 * element, as a compact array's events can give, or text that is not JSON), or no boundary shows in 8 MB, or the
 * elements are not objects, the careful way takes over for the rest of the text: it scans a character at a time,
 * finds the elements one by one and names the line where the text stops being JSON.
 */
export class JsonArraySplitter {
  private buf = '';
  /** Where scanning resumes in `buf`. */
  private pos = 0;
  /** Start of the current element in `buf`. */
  private start = 0;
  private depth = 0;
  private inString = false;
  private state: 'start' | 'elements' | 'done' | 'other' = 'start';
  private line = 1;
  private elementLine = 0;
  private count = 0;
  private first = true;
  /** The whole text, kept only when it does not start with `[` (it is then not a case list, and is not streamed). */
  private other = '';
  /** Whether the fast way is still tried (see the class). */
  private fast = true;
  /** The text between two elements in this array's layout (`},\n{`, …), once read from its start. */
  private cut = '';

  constructor(private readonly onValue: (value: unknown, index: number) => void) {}

  /**
   * The fast way, at an element boundary (`start` at an element's first character or the whitespace before it,
   * nothing of it scanned): parses every whole element held before the last boundary the layout shows. Returns false
   * when the careful way must take over.
   */
  private batch(): boolean {
    const buf = this.buf;
    if (this.cut === '') {
      // The layout, from the whitespace before the first element.
      let k = this.start;
      while (k < buf.length && (buf.charCodeAt(k) === 32 || buf.charCodeAt(k) === 10 || buf.charCodeAt(k) === 13 || buf.charCodeAt(k) === 9)) k++;
      if (k === buf.length) return buf.length - this.start < MAX_HELD;
      if (buf.charCodeAt(k) !== 123) return false; // not objects: the careful way
      const space = buf.slice(this.start, k);
      const nl = space.lastIndexOf('\n');
      this.cut = nl === -1 ? '},{' : `},${space.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n'}${space.slice(nl + 1)}{`;
    }
    const at = buf.lastIndexOf(this.cut);
    if (at < this.start) return buf.length - this.start < MAX_HELD; // no whole element yet: wait for more text
    const text = buf.slice(this.start, at + 1);
    let values: unknown;
    try {
      values = JSON.parse(`[${text}]`);
    } catch {
      return false;
    }
    for (const value of values as unknown[]) this.onValue(value, this.count++);
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1)) this.line++;
    this.start = this.pos = at + 2;
    return true;
  }

  /** Whether the text held ends with `]` (after any whitespace): the piece may close the array. */
  private endsArray(): boolean {
    const buf = this.buf;
    let k = buf.length - 1;
    while (k >= this.start && (buf.charCodeAt(k) === 32 || buf.charCodeAt(k) === 10 || buf.charCodeAt(k) === 13 || buf.charCodeAt(k) === 9)) k--;
    return k >= this.start && buf.charCodeAt(k) === 93;
  }

  private fail(): never {
    throw new CaseInputError([{ line: this.line, field: '(row)', rule: NOT_JSON }]);
  }

  private emit(end: number, last: boolean): void {
    const text = this.buf.slice(this.start, end);
    if (last && this.count === 0 && text.trim() === '') return; // []
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.line = this.elementLine || this.line;
      this.fail();
    }
    this.onValue(value, this.count++);
  }

  write(chunk: string): void {
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.state === 'other') {
      this.other += chunk;
      return;
    }
    const buf = (this.buf = this.start < this.buf.length ? this.buf.slice(this.start) + chunk : chunk);
    this.pos -= this.start;
    this.start = 0;
    if (this.fast && this.state === 'elements' && this.depth === 1 && !this.inString && this.pos === 0 && this.elementLine === 0) {
      if (this.batch()) {
        // Everything from `start` on is the beginning of an element not yet whole: held for the next piece, unless
        // the piece ends the array (then the last element is scanned now, so that it is counted with its piece).
        if (!this.endsArray()) return;
      } else this.fast = false;
    }
    let i = this.pos;
    const n = buf.length;
    while (i < n) {
      if (this.inString) {
        // Jump to the closing quote: one not preceded by an odd number of backslashes.
        let q = buf.indexOf('"', i);
        while (q !== -1) {
          let b = q - 1;
          while (b >= i && buf.charCodeAt(b) === 92) b--;
          if ((q - 1 - b) % 2 === 0) break;
          q = buf.indexOf('"', q + 1);
        }
        if (q === -1) {
          // The string goes on in the next piece; keep any trailing backslashes in view.
          let b = n - 1;
          while (b >= i && buf.charCodeAt(b) === 92) b--;
          i = b + 1;
          break;
        }
        this.inString = false;
        i = q + 1;
        continue;
      }
      const c = buf.charCodeAt(i);
      if (this.state === 'elements') {
        if (c === 34) {
          if (this.depth === 1 && this.elementLine === 0) this.elementLine = this.line;
          this.inString = true;
        } else if (c === 44 && this.depth === 1) {
          this.emit(i, false);
          this.start = i + 1;
          this.elementLine = 0;
        } else if (c === 123 || c === 91) {
          if (this.depth === 1 && this.elementLine === 0) this.elementLine = this.line;
          this.depth++;
        } else if (c === 125 || c === 93) {
          this.depth--;
          if (this.depth === 0) {
            if (c !== 93) this.fail();
            this.emit(i, true);
            this.state = 'done';
            this.start = i + 1;
          }
        } else if (c === 10) {
          this.line++;
        } else if (this.depth === 1 && this.elementLine === 0 && c !== 32 && c !== 9 && c !== 13) {
          this.elementLine = this.line;
        }
      } else if (c === 10) {
        this.line++;
      } else if (c !== 32 && c !== 9 && c !== 13) {
        if (this.state === 'done') this.fail();
        // state 'start': the first character decides.
        if (c === 91) {
          this.state = 'elements';
          this.depth = 1;
          this.start = i + 1;
          if (this.fast) {
            this.pos = i + 1;
            if (!this.batch()) this.fast = false;
            else if (!this.endsArray()) return;
            else i = this.start - 1; // scan on from the cut (`i++` below)
          }
        } else {
          this.state = 'other';
          this.other = buf.slice(i);
          this.buf = '';
          this.pos = this.start = 0;
          return;
        }
      }
      i++;
    }
    this.pos = i;
    if (this.state !== 'elements') {
      // Nothing to keep from before `[` or after `]`.
      this.buf = '';
      this.pos = this.start = 0;
    }
  }

  /** Ends the text: checks the array was closed. Throws a {@link CaseInputError} when the text is not a JSON array. */
  end(): void {
    if (this.state === 'elements' && this.fast) {
      // Scan what the fast way held back: the last element and the closing `]`.
      this.fast = false;
      this.write('');
    }
    if (this.state === 'done') return;
    if (this.state === 'other') {
      let value: unknown;
      try {
        value = JSON.parse(this.other);
      } catch {
        this.fail();
      }
      if (!Array.isArray(value)) throw new CaseInputError([{ field: 'cases', rule: 'must be a JSON array of cases' }]);
    }
    this.fail();
  }
}

/**
 * Calls `onValue` for every line of a JSON Lines text arriving in pieces (blank lines skipped), or `onBadLine` with
 * the line's number when it is not JSON. @internal
 */
export class JsonLinesSplitter {
  private carry = '';
  private line = 0;
  private count = 0;
  private first = true;

  constructor(
    private readonly onValue: (value: unknown, index: number, line: number) => void,
    private readonly onBadLine: (line: number) => void,
  ) {}

  private one(text: string): void {
    this.line++;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.onBadLine(this.line);
      return;
    }
    this.onValue(value, this.count++, this.line);
  }

  write(chunk: string): void {
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    let from: number;
    let nl = chunk.indexOf('\n');
    if (nl === -1) {
      this.carry += chunk;
      return;
    }
    this.one(this.carry + chunk.slice(0, nl));
    this.carry = '';
    from = nl + 1;
    while ((nl = chunk.indexOf('\n', from)) !== -1) {
      this.one(chunk.slice(from, nl));
      from = nl + 1;
    }
    this.carry = chunk.slice(from);
  }

  end(): void {
    if (this.carry !== '') this.one(this.carry);
    this.carry = '';
  }
}

/**
 * Starts a performance report over a case list that arrives in pieces, so that a list of millions of cases is
 * reported on without holding it: a JSON array of case values (the form `casesFromJson` reads), JSON Lines (one
 * case value a line) or the CSV layout `casesFromCsv` reads. Each case value is checked exactly as `casesFromJson`
 * and `performanceReport` check it (the case schema, then its policy and case type, then a replay of all its events,
 * on the calendar with the `feed` when one is given) and its problems are worded the same, naming it `cases[i]` by
 * its 0-based position; a JSON Lines line that is not JSON is named by its line number; a CSV row is checked and
 * named by its line exactly as `casesFromCsv` does (the cases made with the `feed` when one is given). The report
 * equals `performanceReport`'s over the same cases.
 *
 * Pure: it does no I/O. Feed it the text with `write` (pieces may split anywhere) and call `end`.
 *
 * @param policy - the policy the cases run under.
 * @param options - the report's options (`from`, `to`, `asOf`, `includeReferences`, `rows`, `feed`), `format`
 *   (`json`, `jsonl` or `csv`), `skipBad`, and for CSV `passes` (read the text that many times, each pass holding
 *   the rows of a share of the references only: see {@link ReportStreamOptions.passes}).
 * @throws {@link InvalidArgumentError} for a bad option (at once); {@link CaseInputError} from `write` or `end` when
 *   a JSON array's text is not JSON or not an array, or a CSV text is UTF-16, has a wrong header or a quote never
 *   closed (whatever `skipBad` says, as `casesFromCsv` throws; with `passes`, from the first `endPass`), and from
 *   `end` listing every bad case or row unless `skipBad`; {@link InvalidArgumentError} for a call out of order (a
 *   write after the last pass, `end` before every pass is read) or a later pass reading another text than the first.
 *
 * @example
 * import { getPolicy, openCase, applyEvent } from 'statutory-complaints';
 * import { createReportStream } from 'statutory-complaints/reporting';
 * const policy = getPolicy('dudley');
 * // Received Monday 1 June 2026, answered Friday 12 June: 9 working days, within the 10.
 * const a = applyEvent(policy, openCase(policy, { reference: 'EX-1', receivedAt: '2026-06-01' }), { type: 'response-sent', on: '2026-06-12', outcome: 'upheld' });
 * const text = JSON.stringify([a, { ...a, reference: 'EX-2', received: '2026-13-01' }]);
 * const stream = createReportStream(policy, { from: '2026-04-01', to: '2026-06-30', format: 'json', skipBad: true });
 * stream.write(text.slice(0, 50)); // pieces may split a case anywhere
 * stream.write(text.slice(50));
 * const { report, skipped, counted } = stream.end();
 * [counted, report.stages[0].period.responded, report.stages[0].period.inTime] //=> [1, 1, 1]
 * skipped //=> [{ index: 1, field: 'received', rule: "must be a real calendar date written 'YYYY-MM-DD' between 1900 and 2199" }]
 * // The CSV layout, a row a stage: a bad row is named by its line.
 * const rows = createReportStream(policy, { from: '2026-04-01', to: '2026-06-30', format: 'csv', skipBad: true });
 * rows.write('reference,received,responded,extended_due_date,outcome,delay_code\nEX-1,2026-06-01,2026-06-12,,upheld,\nEX-2,2026-06-31,,,,\n');
 * const fromCsv = rows.end();
 * [fromCsv.counted, fromCsv.report.stages[0].period.inTime, fromCsv.skipped[0].line] //=> [1, 1, 3]
 * // A big CSV read in 2 passes, each holding the rows of about half the references: the same result as one pass.
 * const csv = 'reference,received,responded,extended_due_date,outcome,delay_code\nEX-1,2026-06-01,2026-06-12,,upheld,\nEX-2,2026-06-31,,,,\nEX-3,2026-06-02,,,,\n';
 * const twice = createReportStream(policy, { from: '2026-04-01', to: '2026-06-30', format: 'csv', skipBad: true, passes: 2 });
 * twice.write(csv);
 * twice.endPass(); // the whole text read once: feed it again
 * twice.write(csv);
 * const fromTwo = twice.end(); // ends the last pass
 * [fromTwo.counted, fromTwo.report.stages[0].period.received, fromTwo.skipped[0].line] //=> [2, 2, 3]
 */
export function createReportStream(policy: Policy, options: ReportStreamOptions): ReportStream {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError('options', "must be an object such as { from: '2025-04-01', to: '2026-03-31', format: 'json' }");
  }
  for (const key of Object.keys(options)) {
    if (!STREAM_OPTION_KEYS.includes(key)) {
      throw new InvalidArgumentError(`options.${key}`, `${keyForMessage(key)} is not an option of createReportStream; the options are ${STREAM_OPTION_KEYS.join(', ')}`);
    }
  }
  const { format, skipBad = false, passes: passesOption, ...reportOptions } = options;
  // The policy and the report's options are checked as performanceReport checks them.
  const accumulator: ReportAccumulator = createReportAccumulator(policy, reportOptions);
  if (format !== 'json' && format !== 'jsonl' && format !== 'csv') throw new InvalidArgumentError('options.format', "must be 'json', 'jsonl' or 'csv'");
  if (typeof skipBad !== 'boolean') throw new InvalidArgumentError('options.skipBad', 'must be true or false');
  if (passesOption !== undefined) {
    if (format !== 'csv')
      throw new InvalidArgumentError('options.passes', "goes only with format 'csv' (a JSON array or JSON Lines is read in one pass, holding no case)");
    if (typeof passesOption !== 'number' || !Number.isInteger(passesOption) || passesOption < 1)
      throw new InvalidArgumentError('options.passes', 'must be a whole number of 1 or more: how many times the CSV text is read');
  }
  const passes = passesOption ?? 1;

  const issues: CaseInputIssue[] = [];
  let read = 0;
  let counted = 0;
  const onValue = (value: unknown, index: number): void => {
    read++;
    const bad = accumulator.add(value, index);
    if (bad === undefined) counted++;
    else for (const issue of bad) issues.push(issue);
  };
  const csv = format === 'csv' ? new CsvCaseReader(accumulator.workflow, passes) : undefined;
  // Each case made from good rows is counted. Such a case was made by the workflow from its rows, so the report does
  // not refuse it (were it to, the report's own words would be thrown whatever skipBad says, as performanceReport
  // throws). Read in several passes, the cases arrive pass by pass: the line of each case's first row places its
  // per-case rows where one pass puts them.
  const onCase = (kase: Case, firstLine: number): void => {
    const bad = accumulator.add(kase, counted, true, passes > 1 ? firstLine : undefined);
    if (bad === undefined) counted++;
    else for (const issue of bad) caseIssues.push(issue);
  };
  const splitter =
    csv !== undefined
      ? {
          write: (chunk: string) => csv.write(chunk),
          end: () => {
            // The rows' problems (line by line, as casesFromCsv words them), of every pass.
            const rowIssues = csv.end(onCase);
            for (const issue of rowIssues) issues.push(issue);
            if (caseIssues.length > 0) throw new CaseInputError(caseIssues);
          },
        }
      : format === 'json'
        ? new JsonArraySplitter(onValue)
        : new JsonLinesSplitter(onValue, (line) => {
            read++;
            issues.push({ line, field: '(row)', rule: NOT_JSON_LINE });
          });
  const caseIssues: CaseInputIssue[] = [];
  let ended = false;

  const times = (n: number) => (n === 1 ? 'once' : `${n} times`);
  return {
    write(chunk: string): void {
      if (ended) throw new InvalidArgumentError('write', 'cannot be called after end()');
      if (csv !== undefined && csv.passesEnded === passes)
        throw new InvalidArgumentError('write', `cannot be called after the last pass: the text has been read ${times(passes)} (passes: ${passes}); call end()`);
      if (typeof chunk !== 'string') throw new InvalidArgumentError('chunk', 'must be a piece of the text as a string');
      try {
        splitter.write(chunk);
      } catch (error) {
        // A later pass reading another text: nothing more can be done with the stream.
        if (csv !== undefined && csv.passesEnded > 0) ended = true;
        throw error;
      }
    },
    endPass(): void {
      if (csv === undefined) throw new InvalidArgumentError('endPass', "goes only with format 'csv' (a JSON array or JSON Lines is read in one pass): call end()");
      if (ended) throw new InvalidArgumentError('endPass', 'cannot be called after end()');
      if (csv.passesEnded === passes) throw new InvalidArgumentError('endPass', `has already been called ${times(passes)} (passes: ${passes}): call end()`);
      try {
        csv.endPass(onCase);
      } catch (error) {
        // The text cannot be read (or is not the same text): nothing more can be done with the stream.
        ended = true;
        throw error;
      }
    },
    end(): ReportStreamResult {
      if (ended) throw new InvalidArgumentError('end', 'has already been called');
      if (csv !== undefined && (csv.passesEnded < passes - 1 || (csv.passesEnded === passes - 1 && passes > 1 && !csv.wrote))) {
        throw new InvalidArgumentError(
          'end',
          `cannot be called yet: the text has been read ${csv.passesEnded} of ${passes} times (passes: ${passes}); feed it again and call endPass() after each reading`,
        );
      }
      ended = true;
      splitter.end();
      if (issues.length > 0 && !skipBad) throw new CaseInputError(issues);
      return Object.freeze({
        report: accumulator.finish(),
        skipped: Object.freeze(issues.map((i) => Object.freeze({ ...i }))),
        counted,
      });
    },
    get casesRead(): number {
      return csv === undefined ? read : Math.max(0, csv.recordsRead - 1);
    },
    get passesEnded(): number {
      return csv === undefined ? 0 : csv.passesEnded;
    },
  };
}
