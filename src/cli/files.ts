/**
 * Shared file reading for commands: a file named by an option, and a GOV.UK bank-holiday feed given with `--feed`.
 *
 * @module
 */
import { parseGovUkBankHolidays } from '../calendar/index.js';
import type { BankHolidayFeed } from '../calendar/index.js';
import { StatutoryComplaintsError } from '../errors.js';
import { DEFAULT_MAX_FILE_SIZE, toFileAccessError } from '../node/index.js';
import type { CliIo } from './types.js';

/**
 * Reads the file an option names, refusing one over the size limit (`--max-file-size`, default 1 MiB) before
 * reading it; `limited: false` is for case files, which are large by nature. An unreadable file is a
 * `FileAccessError` naming the option, the file and the reason (exit code 3).
 */
export async function readOptionFile(io: CliIo, path: string, option: string, { limited = true }: { readonly limited?: boolean } = {}): Promise<string> {
  const label = `--${option}`;
  try {
    return await io.readFile(path, { maxBytes: limited ? (io.maxFileSize ?? DEFAULT_MAX_FILE_SIZE) : Infinity, label });
  } catch (error) {
    if (error instanceof StatutoryComplaintsError) throw error;
    throw toFileAccessError(error, label, path, 'read');
  }
}

/** Writes the file an option names (e.g. `--out`); a failure is a `FileAccessError` naming the option (exit code 3). */
export async function writeOptionFile(io: CliIo, path: string, option: string, text: string): Promise<void> {
  const label = `--${option}`;
  try {
    await io.writeFile(path, text, { label });
  } catch (error) {
    if (error instanceof StatutoryComplaintsError) throw error;
    throw toFileAccessError(error, label, path, 'write');
  }
}

/** Help text for `--max-file-size`, printed in the top-level help. */
export const MAX_FILE_SIZE_HELP = `  --max-file-size <size>  the largest preset, role directory, values, mapping or feed file read (default 1M,
                          i.e. 1 MiB), checked before it is parsed: bytes, or with K, M or G (multiples of 1024).
                          Case files (--cases) have no limit: they are large by nature. Give it before or after the command.`;

/** Reads and checks a GOV.UK feed file given with `--feed`. */
export async function readFeed(io: CliIo, path: string): Promise<BankHolidayFeed> {
  return parseGovUkBankHolidays(await readOptionFile(io, path, 'feed'));
}

/** Help text for `--feed`, shared by the commands that take it. */
export const FEED_HELP = `  --feed <file>        GOV.UK's bank-holidays.json (https://www.gov.uk/bank-holidays.json, saved to a file): its
                       dates replace the bundled bank holidays for the years it covers, so a newly proclaimed
                       bank holiday moves the dates`;
