/**
 * Output helpers shared by commands: lines, JSON, aligned plain-text tables.
 *
 * @module
 */
import type { CliIo } from './types.js';

/** Writes one line (a newline is added) to standard output. */
export function printLine(io: CliIo, text = ''): void {
  io.stdout(`${text}\n`);
}

/** Writes lines to standard output. */
export function printLines(io: CliIo, lines: readonly string[]): void {
  if (lines.length > 0) io.stdout(`${lines.join('\n')}\n`);
}

/** Writes a value as pretty-printed JSON (two-space indent, trailing newline) to standard output. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes a note (e.g. "dates after 2028 are provisional") to standard error, so JSON on stdout stays clean. */
export function printNote(io: CliIo, text: string): void {
  io.stderr(`note: ${text}\n`);
}

/**
 * Formats rows as a plain-text table: a header row, a rule of dashes, and the rows, columns padded to their widest
 * cell and separated by two spaces. Trailing spaces are trimmed.
 */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    widths
      .map((w, c) => (cells[c] ?? '').padEnd(w))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** {@link formatTable} with every line indented two spaces: a table under a heading. */
export function indentedTable(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return formatTable(headers, rows).map((l) => `  ${l}`);
}
