import * as z from 'zod/mini';
import { FeedValidationError } from '../../errors.js';
import type { ValidationIssue } from '../../errors.js';
import { checkCalendarDate, toDayNumber } from '../date.js';
import type { CalendarDate } from '../date.js';
import type { BankHolidayFeed, Division, FeedEvent } from '../types.js';
import { isDivision } from './divisions.js';

function typeMessage(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `is missing: ${what}` : `must be ${what}`);
}

/**
 * The feed schemas, built by each parse (nothing is kept between calls, issue 12; a document is parsed rarely), so
 * that bundles which never parse a feed (most callers of the calendar) can drop zod entirely.
 */
function makeSchemas() {
  const dateSchema = z.string({ error: typeMessage("a date written 'YYYY-MM-DD', e.g. '2026-12-25'") }).check(
    z.superRefine((value: string, ctx) => {
      const check = checkCalendarDate(value);
      if (check === 'shape') {
        ctx.addIssue({ code: 'custom', params: { code: 'invalid-date' }, message: "must be a date written exactly 'YYYY-MM-DD', e.g. '2026-12-25'" });
      } else if (check === 'month' || check === 'day') {
        ctx.addIssue({ code: 'custom', params: { code: 'invalid-date' }, message: 'must be a real calendar day (check the month and the day of the month)' });
      } else if (check === 'range') {
        ctx.addIssue({ code: 'custom', params: { code: 'date-out-of-range' }, message: 'must be between 1900-01-01 and 2199-12-31, the supported range' });
      }
    }),
  );

  const eventSchema = z.object(
    {
      title: z
        .string({ error: typeMessage("a string, the holiday's name as GOV.UK writes it") })
        .check(z.minLength(1, { error: "must not be empty: give the holiday's name as GOV.UK writes it" })),
      date: dateSchema,
      notes: z.string({ error: typeMessage("a string: '' when there is no note, or e.g. 'Substitute day'") }),
      bunting: z.boolean({ error: typeMessage('true or false') }),
    },
    { error: typeMessage('an object with title, date, notes and bunting') },
  );

  const divisionSchema = z.object(
    {
      division: z.string({ error: typeMessage("a string, the division's id (the same as its key)") }),
      events: z.array(eventSchema, { error: typeMessage('an array of bank-holiday events') }),
    },
    { error: typeMessage("an object with 'division' and 'events', as in GOV.UK's bank-holidays.json") },
  );
  return { dateSchema, divisionSchema };
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** The schemas above raise only these issues: custom ones (each with its code), wrong types, and an empty title. */
function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') return (issue.params as { code: string }).code;
  if (issue.code === 'invalid_type') return issue.message.startsWith('is missing') ? 'missing-field' : 'wrong-type';
  return 'empty';
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function fail(path: string, code: string, message: string): never {
  throw new FeedValidationError([{ path, code, message }]);
}

/**
 * Validates a GOV.UK `bank-holidays.json` document (as served at `https://www.gov.uk/bank-holidays.json`) and
 * returns its events, so that a calendar can use dates proclaimed or corrected after this release.
 *
 * The document is an object keyed by division id (`england-and-wales`, `scotland`, `northern-ireland`; a document
 * with only some of them is accepted), each `{ division, events: [{ title, date, notes, bunting }] }` with dates
 * written `YYYY-MM-DD`. A JSON string is parsed first. Extra fields inside a division or an event are ignored.
 * Every problem is reported at once in a {@link FeedValidationError}, each with a path such as
 * `scotland.events[3].date`; messages say what is expected and never repeat the document's values.
 *
 * The result's events are sorted by date and frozen; `coverage` gives, per division, the first and last year with
 * at least one event (`undefined` for a division the document does not list).
 *
 * @param json - the document: parsed JSON or its text.
 * @throws {@link FeedValidationError} when the document is not valid JSON or does not have the published shape.
 *
 * @example
 * import { parseGovUkBankHolidays } from 'statutory-complaints';
 * import { FeedValidationError } from 'statutory-complaints/calendar';
 * const feed = parseGovUkBankHolidays({ scotland: { division: 'scotland', events: [{ title: 'World Cup bank holiday', date: '2026-06-15', notes: '', bunting: true }] } });
 * feed.divisions.scotland[0].date //=> '2026-06-15'
 * feed.coverage.scotland //=> { from: 2026, to: 2026 }
 * feed.coverage['england-and-wales'] //=> undefined
 * parseGovUkBankHolidays({ wales: { division: 'wales', events: [] } }) //=> throws FeedValidationError
 */
export function parseGovUkBankHolidays(json: unknown): BankHolidayFeed {
  let doc = json;
  if (typeof json === 'string') {
    try {
      doc = JSON.parse(json) as unknown;
    } catch {
      fail('', 'invalid-json', "is not valid JSON: pass the text of GOV.UK's bank-holidays.json unchanged, or the parsed object");
    }
  }
  if (!isPlainObject(doc)) {
    fail('', 'not-an-object', "must be an object keyed by division ('england-and-wales', 'scotland', 'northern-ireland'), as in GOV.UK's bank-holidays.json");
  }
  const keys = Object.keys(doc);
  if (keys.length === 0) {
    fail('', 'no-divisions', "must contain at least one division ('england-and-wales', 'scotland' or 'northern-ireland')");
  }

  const issues: ValidationIssue[] = [];
  const divisions: Record<Division, readonly FeedEvent[]> = {
    'england-and-wales': Object.freeze([]),
    scotland: Object.freeze([]),
    'northern-ireland': Object.freeze([]),
  };
  const coverage: Record<Division, { readonly from: number; readonly to: number } | undefined> = {
    'england-and-wales': undefined,
    scotland: undefined,
    'northern-ireland': undefined,
  };

  const { dateSchema, divisionSchema } = makeSchemas();
  for (const key of keys) {
    if (!isDivision(key)) {
      issues.push({
        path: formatPath([key]),
        code: 'unknown-division',
        message:
          "is not a GOV.UK division: the keys must be 'england-and-wales', 'scotland' or 'northern-ireland' (use the English feed, https://www.gov.uk/bank-holidays.json)",
      });
      continue;
    }
    const raw = doc[key];
    const parsed = divisionSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: formatPath([key, ...issue.path]), code: issueCode(issue), message: issue.message });
      }
    }
    // Cross-field checks run on whatever parts are well-formed, so that every problem is reported at once.
    const record = isPlainObject(raw) ? raw : undefined;
    if (record && typeof record.division === 'string' && record.division !== key) {
      issues.push({ path: `${key}.division`, code: 'division-mismatch', message: `must be the same as its key ('${key}')` });
    }
    if (record && Array.isArray(record.events)) {
      const firstIndexOf = new Map<string, number>();
      record.events.forEach((event: unknown, index) => {
        const date = dateSchema.safeParse(isPlainObject(event) ? event.date : undefined);
        if (!date.success) return;
        const first = firstIndexOf.get(date.data);
        if (first === undefined) firstIndexOf.set(date.data, index);
        else {
          issues.push({
            path: `${key}.events[${index}].date`,
            code: 'duplicate-date',
            message: `repeats the date of events[${first}]: each date may appear only once in a division`,
          });
        }
      });
    }
    // (When another check above failed, the document is refused below whatever this builds.)
    if (parsed.success) {
      const events = parsed.data.events
        .map((e) => Object.freeze({ date: e.date as CalendarDate, title: e.title, notes: e.notes, bunting: e.bunting }))
        .sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
      divisions[key] = Object.freeze(events);
      const years = events.map((e) => Number(e.date.slice(0, 4)));
      if (years.length > 0) coverage[key] = Object.freeze({ from: Math.min(...years), to: Math.max(...years) });
    }
  }
  if (issues.length > 0) throw new FeedValidationError(issues);
  return Object.freeze({ divisions: Object.freeze(divisions), coverage: Object.freeze(coverage) });
}
