/**
 * Error classes shared by every area of the library. Each kind of failure has its own class, a stable
 * `code` and a `path` naming the argument or field at fault, and a message that says what to do instead.
 * Messages never include a value that could be personal data: they name the field and the rule, not the content.
 *
 * @module
 */

/**
 * Base class of every error this library throws on purpose.
 *
 * @example
 * import { parseDate, StatutoryComplaintsError } from 'statutory-complaints';
 * let caught;
 * try { parseDate('2026-02-30', 'receivedOn'); } catch (e) { caught = e; }
 * caught instanceof StatutoryComplaintsError //=> true
 * caught.path //=> 'receivedOn'
 */
export class StatutoryComplaintsError extends Error {
  /** A stable, machine-readable code for the kind of failure (e.g. `invalid-date`). */
  readonly code: string;
  /** The argument or field at fault, e.g. `date` or `stages[1].timescale.workingDays`. */
  readonly path: string;

  constructor(code: string, path: string, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.path = path;
  }
}

/**
 * A calendar date was not a valid `YYYY-MM-DD` string (wrong shape, not a real day, or not a string at all).
 *
 * @example
 * import { parseDate, InvalidDateError } from 'statutory-complaints';
 * let caught;
 * try { parseDate('2026-2-3', 'from'); } catch (e) { caught = e; }
 * caught instanceof InvalidDateError //=> true
 * caught.code //=> 'invalid-date'
 */
export class InvalidDateError extends StatutoryComplaintsError {
  /**
   * @param path - the argument or field at fault.
   * @param rule - the rule broken.
   * @param hint - what to pass instead (default: a `YYYY-MM-DD` calendar date).
   */
  constructor(path: string, rule: string, hint = "Pass a calendar date as a 'YYYY-MM-DD' string, e.g. '2026-01-07'.") {
    super('invalid-date', path, `${path}: ${rule}. ${hint}`);
  }
}

/**
 * A date (or a result) fell outside the supported range 1900-01-01 to 2199-12-31. It is a `RangeError`.
 *
 * @example
 * import { parseDate, DateOutOfRangeError } from 'statutory-complaints';
 * let caught;
 * try { parseDate('1899-12-31'); } catch (e) { caught = e; }
 * caught instanceof DateOutOfRangeError //=> true
 * caught instanceof RangeError //=> true
 */
export class DateOutOfRangeError extends RangeError {
  readonly code = 'date-out-of-range';
  readonly path: string;

  constructor(path: string, detail: string) {
    super(`${path}: ${detail}. Supported dates run from 1900-01-01 to 2199-12-31.`);
    this.name = 'DateOutOfRangeError';
    this.path = path;
  }
}

/**
 * An argument other than a date was of the wrong type or outside its allowed values
 * (e.g. a working-day count that is negative, fractional or too large).
 *
 * @example
 * import { createCalendar, InvalidArgumentError } from 'statutory-complaints';
 * let caught;
 * try { createCalendar({ holidays: 'england-and-wales' }).addWorkingDays('2026-01-05', -1); } catch (e) { caught = e; }
 * caught instanceof InvalidArgumentError //=> true
 * caught.path //=> 'n'
 */
export class InvalidArgumentError extends StatutoryComplaintsError {
  constructor(path: string, rule: string) {
    super('invalid-argument', path, `${path}: ${rule}.`);
  }
}

/**
 * A strict calendar was asked about a year its bank-holiday data does not confirm
 * (GOV.UK has published up to the end of 2028 in the bundled data).
 *
 * @example
 * import { createCalendar, CoverageError } from 'statutory-complaints';
 * let caught;
 * try { createCalendar({ holidays: 'england-and-wales', strict: true }).addWorkingDays('2029-03-01', 3); } catch (e) { caught = e; }
 * caught instanceof CoverageError //=> true
 */
export class CoverageError extends StatutoryComplaintsError {
  constructor(path: string, detail: string) {
    super('coverage', path, `${path}: ${detail}. Pass a newer GOV.UK feed as 'feed', or drop 'strict' to accept provisional dates.`);
  }
}

/** One problem found in a document (a GOV.UK feed or a policy preset). */
export interface ValidationIssue {
  /** Where in the document, e.g. `caseTypes.statutory.stages[0].timescale.workingDays`. */
  readonly path: string;
  /** What is wrong and what to do instead. Never includes values from the document. */
  readonly message: string;
  /** A stable code for the rule broken, e.g. `unknown-key`, `missing-source`. */
  readonly code: string;
  /** 1-based line in the file, when the document was loaded from a file. */
  readonly line?: number;
  /** 1-based column in the file, when the document was loaded from a file. */
  readonly column?: number;
}

function summarise(what: string, issues: readonly ValidationIssue[]): string {
  const lines = issues.slice(0, 20).map((i) => `  ${i.path || '(root)'}: ${i.message}`);
  const more = issues.length > 20 ? [`  …and ${issues.length - 20} more`] : [];
  return [`${what} has ${issues.length} problem${issues.length === 1 ? '' : 's'}:`, ...lines, ...more].join('\n');
}

/**
 * A GOV.UK `bank-holidays.json` document did not have the published shape.
 *
 * @example
 * import { parseGovUkBankHolidays } from 'statutory-complaints';
 * import { FeedValidationError } from 'statutory-complaints/calendar';
 * let caught;
 * try { parseGovUkBankHolidays({ scotland: {} }); } catch (e) { caught = e; }
 * caught instanceof FeedValidationError //=> true
 */
export class FeedValidationError extends StatutoryComplaintsError {
  readonly issues: readonly ValidationIssue[];
  constructor(issues: readonly ValidationIssue[]) {
    super('invalid-feed', issues[0]?.path ?? '', summarise('The GOV.UK bank-holidays feed', issues));
    this.issues = issues;
  }
}

/**
 * A policy preset did not validate. Holds every problem at once, each with a path, a message and,
 * when the preset was loaded from a file, the line and column.
 *
 * @example
 * import { parsePolicy, PolicyValidationError } from 'statutory-complaints';
 * let caught;
 * try { parsePolicy({ id: 'x' }); } catch (e) { caught = e; }
 * caught instanceof PolicyValidationError //=> true
 * caught.issues.length > 0 //=> true
 */
export class PolicyValidationError extends StatutoryComplaintsError {
  readonly issues: readonly ValidationIssue[];
  readonly fileName: string | undefined;
  constructor(issues: readonly ValidationIssue[], fileName?: string) {
    super('invalid-policy', issues[0]?.path ?? '', summarise(fileName ? `Policy file ${fileName}` : 'The policy', issues));
    this.issues = issues;
    this.fileName = fileName;
  }
}

/**
 * How a key found in someone's data may be named in an error message. Spreadsheet exports put data in header rows,
 * so an unknown key can be a person's name: a key is echoed only when it looks like a field name (a letter, then at
 * most 39 letters, digits, `-` or `_`); otherwise the message says an unknown field was found, without its name.
 * Internal (not exported from any entry): every area that reports an unknown key uses it.
 *
 * @param key - the key as found in the input.
 * @returns the key in backticks, or the words `an unknown field (its name is not shown: it does not look like a field name)`.
 */
export function keyForMessage(key: string): string {
  return /^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(key) ? `\`${key}\`` : 'an unknown field (its name is not shown: it does not look like a field name)';
}

/** Whether {@link keyForMessage} would echo the key itself. Internal. */
export function isEchoableKey(key: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(key);
}
