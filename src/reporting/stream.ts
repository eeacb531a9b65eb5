/**
 * A performance report over a case list read in pieces: JSON arrays and JSON Lines are split into case values as the
 * text arrives, each value is checked and counted by the report's accumulators, and none is kept. Memory stays flat
 * however many cases the file holds (only the overdue and reason-awaited lists, and per-case rows when asked for,
 * grow with the cases). Pure: the caller reads the file (the CLI does, in chunks) and feeds the text in.
 *
 * @module
 */
import { InvalidArgumentError, keyForMessage } from '../errors.js';
import type { Policy } from '../policies/index.js';
import { CaseInputError, type CaseInputIssue } from './errors.js';
import { createReportAccumulator, type ReportAccumulator } from './report.js';
import type { PerformanceReport, PerformanceReportOptions } from './types.js';

/** The case-list formats {@link createReportStream} reads. */
export type CaseStreamFormat = 'json' | 'jsonl';

/** Options of {@link createReportStream}: the report's options, the format, and `skipBad`. */
export interface ReportStreamOptions extends PerformanceReportOptions {
  /** `json`: one JSON array of case values (as `casesFromJson` takes); `jsonl`: JSON Lines, one case value a line. */
  readonly format: CaseStreamFormat;
  /**
   * Leave out bad cases (and, in JSON Lines, lines that are not JSON) and report over the rest, listing them in
   * `skipped`. Without it (the default) `end()` throws a {@link CaseInputError} listing every one.
   */
  readonly skipBad?: boolean;
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
  /** Ends the text and returns the report. */
  end(): ReportStreamResult;
  /** Case values read so far, good and bad (for a progress line). */
  readonly casesRead: number;
}

const STREAM_OPTION_KEYS = ['from', 'to', 'asOf', 'includeReferences', 'rows', 'feed', 'openedUnder', 'format', 'skipBad'];
/** The rule when a JSON array's text is not JSON; the line names where the reader stopped. */
const NOT_JSON = 'is not valid JSON (expected an array of case values)';
const NOT_JSON_LINE = 'is not valid JSON (each line of a JSON Lines file holds one case value)';

/** Calls `onValue` for every element of a JSON array whose text arrives in pieces. @internal */
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

  constructor(private readonly onValue: (value: unknown, index: number, line: number) => void) {}

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
    this.onValue(value, this.count++, this.elementLine);
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
 * reported on without holding it: a JSON array of case values (the form `casesFromJson` reads) or JSON Lines (one
 * case value a line). Each case is checked exactly as `casesFromJson` and `performanceReport` check it (the case
 * schema, then its policy and case type, then a replay of all its events, on the calendar with the `feed` when one
 * is given) and its problems are worded the same, naming it `cases[i]` by its 0-based position; a JSON Lines line
 * that is not JSON is named by its line number. The report equals `performanceReport`'s over the same cases.
 *
 * Pure: it does no I/O. Feed it the text with `write` (pieces may split anywhere) and call `end`.
 *
 * @param policy - the policy the cases run under.
 * @param options - the report's options (`from`, `to`, `asOf`, `includeReferences`, `rows`, `feed`), `format`
 *   (`json` or `jsonl`) and `skipBad`.
 * @throws {@link InvalidArgumentError} for a bad option (at once); {@link CaseInputError} from `write` or `end` when
 *   a JSON array's text is not JSON or not an array, and from `end` listing every bad case unless `skipBad`.
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
  const { format, skipBad = false, ...reportOptions } = options;
  // The policy and the report's options are checked as performanceReport checks them.
  const accumulator: ReportAccumulator = createReportAccumulator(policy, reportOptions);
  if (format !== 'json' && format !== 'jsonl') throw new InvalidArgumentError('options.format', "must be 'json' or 'jsonl'");
  if (typeof skipBad !== 'boolean') throw new InvalidArgumentError('options.skipBad', 'must be true or false');

  const issues: CaseInputIssue[] = [];
  let read = 0;
  let counted = 0;
  const onValue = (value: unknown, index: number): void => {
    read++;
    const bad = accumulator.add(value, index);
    if (bad === undefined) counted++;
    else for (const issue of bad) issues.push(issue);
  };
  const splitter =
    format === 'json'
      ? new JsonArraySplitter(onValue)
      : new JsonLinesSplitter(onValue, (line) => {
          read++;
          issues.push({ line, field: '(row)', rule: NOT_JSON_LINE });
        });
  let ended = false;

  return {
    write(chunk: string): void {
      if (ended) throw new InvalidArgumentError('write', 'cannot be called after end()');
      if (typeof chunk !== 'string') throw new InvalidArgumentError('chunk', 'must be a piece of the text as a string');
      splitter.write(chunk);
    },
    end(): ReportStreamResult {
      if (ended) throw new InvalidArgumentError('end', 'has already been called');
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
      return read;
    },
  };
}
