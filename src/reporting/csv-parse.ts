/**
 * Internal: an RFC 4180 CSV reader that keeps the line each record starts on. Records end with CRLF or LF;
 * fields are separated by commas; a field in double quotes may hold commas, quotes (doubled) and line breaks.
 * A leading UTF-8 byte-order mark is ignored. Blank lines are skipped.
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

/** Splits CSV text into records. An unclosed quote ends the text with a record carrying an error. */
export function parseCsv(text: string): CsvRecord[] {
  const out: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | undefined;
    // A blank line (nothing before the line break) is not a record.
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) {
      i += text[i] === '\r' ? 2 : 1;
      line++;
      continue;
    }
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
          out.push({ line: startLine, fields, error: 'has a quoted field that is never closed (a double quote is missing)' });
          return out;
        }
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n')) {
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
      if (i >= n) break;
      if (text[i] === ',') {
        i++;
        continue;
      }
      // End of record.
      i += text[i] === '\r' ? 2 : 1;
      line++;
      break;
    }
    out.push(error === undefined ? { line: startLine, fields } : { line: startLine, fields, error });
  }
  return out;
}
