/**
 * Shared file reading for commands: a file named by an option, and a GOV.UK bank-holiday feed given with `--feed`.
 *
 * @module
 */
import { parseGovUkBankHolidays } from '../calendar/index.js';
import type { BankHolidayFeed } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { CliIo } from './types.js';

/** Reads the file an option names; an unreadable file is a domain error naming the option and the system's code. */
export async function readOptionFile(io: CliIo, path: string, option: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new InvalidArgumentError(`--${option}`, `the file cannot be read${typeof code === 'string' ? ` (${code})` : ''}`);
  }
}

/** Reads and checks a GOV.UK feed file given with `--feed`. */
export async function readFeed(io: CliIo, path: string): Promise<BankHolidayFeed> {
  return parseGovUkBankHolidays(await readOptionFile(io, path, 'feed'));
}

/** Help text for `--feed`, shared by the commands that take it. */
export const FEED_HELP = `  --feed <file>        GOV.UK's bank-holidays.json (https://www.gov.uk/bank-holidays.json, saved to a file): its
                       dates replace the bundled bank holidays for the years it covers, so a newly proclaimed
                       bank holiday moves the dates`;
