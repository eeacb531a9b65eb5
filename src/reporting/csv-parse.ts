/**
 * Internal: an RFC 4180 CSV reader that keeps the line each record starts on. Records end with CRLF or LF;
 * fields are separated by commas; a field in double quotes may hold commas, quotes (doubled) and line breaks.
 * A leading UTF-8 byte-order mark is ignored. Blank lines are skipped. The text may be given whole
 * ({@link parseCsv}) or in pieces ({@link CsvRecordReader}), with the same records.
 *
 * @module
 */

/** One record of a CSV text. */
export interface CsvRecord {
  /** 1-based line the record starts on. */
  readonly line: number;
  readonly fields: string[];
  /** What is wrong with the record's syntax, if anything (the fields are then unreliable). */
  readonly error?: string;
}

const UNCLOSED = 'has a quoted field that is never closed (a double quote is missing)';

/**
 * Reads the records of `text` from `i` (on line `line`) up to `n`, calling `onRecord` for each. With `final` false the
 * text goes on after `n` (and `text[n - 1]` is a line break): a record not ended by a line break before `n` is not
 * read. Returns where reading stopped and its line, and `unclosed` when a quoted field was never closed (with
 * `final`, the record is then given with its error and reading stops).
 */
function readRecords(
  text: string,
  i: number,
  line: number,
  n: number,
  final: boolean,
  onRecord: (record: CsvRecord) => void,
  skip?: SkipLine,
): { i: number; line: number } {
  // The next double quote at or after `i` (n when none before n): a line with none is read by one split.
  let quote = -1;
  while (i < n) {
    const startLine = line;
    const recordStart = i;
    // A blank line (nothing before the line break) is not a record.
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) {
      i += text[i] === '\r' ? 2 : 1;
      line++;
      continue;
    }
    // The fast way, for a line ended by a line break before `n` with no double quote: its fields are the text
    // between its commas (a lone carriage return inside stays in its field, as below).
    if (quote < i) {
      quote = text.indexOf('"', i);
      if (quote === -1 || quote > n) quote = n;
    }
    const nl = text.indexOf('\n', i);
    if (nl !== -1 && nl < quote) {
      const end = text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      if (skip === undefined || !skip(text, i, end)) onRecord({ line: startLine, fields: text.slice(i, end).split(',') });
      i = nl + 1;
      line++;
      continue;
    }
    const fields: string[] = [];
    let error: string | undefined;
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        let closed = false;
        while (i < n) {
          const c = text[i]!;
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === '\n') line++;
          value += c;
          i++;
        }
        if (!closed) {
          if (!final) return { i: recordStart, line: startLine };
          onRecord({ line: startLine, fields, error: UNCLOSED });
          return { i: n, line };
        }
        const next = text[i];
        if (i < n && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
          error ??= 'has text after the closing double quote of a field (write a quote inside a quoted field as two quotes)';
          while (i < n && text[i] !== ',' && text[i] !== '\n' && !(text[i] === '\r' && text[i + 1] === '\n')) i++;
        }
      } else {
        const begin = i;
        while (i < n) {
          const c = text[i]!;
          if (c === ',' || c === '\n' || (c === '\r' && text[i + 1] === '\n')) break;
          if (c === '"') error ??= 'has a double quote inside a field that is not in quotes (put the field in double quotes and double the quote)';
          i++;
        }
        value = text.slice(begin, i);
      }
      fields.push(value);
      if (i >= n) {
        if (!final) return { i: recordStart, line: startLine };
        break;
      }
      if (text[i] === ',') {
        i++;
        continue;
      }
      // End of record.
      i += text[i] === '\r' ? 2 : 1;
      line++;
      break;
    }
    onRecord(error === undefined ? { line: startLine, fields } : { line: startLine, fields, error });
  }
  return { i, line };
}

/**
 * Looks at a record that is one line with no double quote (its fields are the text between the commas of
 * `text.slice(from, to)`) before it is split: returns true when the reader has no use for it (it is then not read).
 */
export type SkipLine = (text: string, from: number, to: number) => boolean;

/** Splits CSV text into records. An unclosed quote ends the text with a record carrying an error. */
export function parseCsv(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  readRecords(text, text.charCodeAt(0) === 0xfeff ? 1 : 0, 1, text.length, true, (r) => out.push(r));
  return out;
}

/**
 * The records of a CSV text that arrives in pieces (split anywhere), as {@link parseCsv} reads the whole text. A
 * record is read once the line break that ends it has arrived; the text of a record not yet ended is held (and, when
 * a piece ends none, tried again only once the held text has doubled, so a quoted field running over many pieces is
 * not read again and again).
 */
export class CsvRecordReader {
  private held = '';
  private line = 1;
  private first = true;
  /** Held length at the last try that read no record (0 after one that did). */
  private stuck = 0;

  /** @param skip - called for each record that is one line with no quote; it is not read when it returns true. */
  constructor(
    private readonly onRecord: (record: CsvRecord) => void,
    private readonly skip?: SkipLine,
  ) {}

  write(chunk: string): void {
    if (this.first && chunk.length > 0) {
      this.first = false;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    const text = this.held + chunk;
    this.held = text;
    if (text.length < 2 * this.stuck) return;
    const n = text.lastIndexOf('\n') + 1;
    if (n === 0) {
      this.stuck = text.length;
      return;
    }
    const done = readRecords(text, 0, this.line, n, false, this.onRecord, this.skip);
    this.stuck = done.i === 0 ? text.length : 0;
    this.held = done.i === 0 ? text : text.slice(done.i);
    this.line = done.line;
  }

  /** Reads the last record (one not ended by a line break, or with a quoted field never closed). */
  end(): void {
    const text = this.held;
    this.held = '';
    readRecords(text, 0, this.line, text.length, true, this.onRecord, this.skip);
  }
}
