import { parseDate, receivedDate, type CalendarDate } from '../calendar/index.js';
import { InvalidArgumentError, InvalidDateError, isEchoableKey, keyForMessage } from '../errors.js';
import { closest } from '../suggest.js';
import type { Policy, PolicyCalendar } from '../policies/index.js';
import { deepFreeze, feedOption } from './context.js';
import { engineFor, type EngineCore } from './engine.js';
import { trust } from './events.js';
import type { Case, OpenCaseInput, WorkflowOptions } from './types.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The date of receipt of an arrival under a (case type's) calendar's cut-off time and non-working-day rule. */
export function receiptOf(
  settings: PolicyCalendar,
  receivedAt: unknown,
  calendar: { isWorkingDay(d: string): boolean; nextWorkingDay(d: string): CalendarDate },
): { received: CalendarDate; instant: string | null } {
  let date: CalendarDate;
  let instant: string | null = null;
  if (typeof receivedAt === 'string' && DATE_ONLY.test(receivedAt)) {
    date = parseDate(receivedAt, 'receivedAt');
  } else {
    const cutOff = settings.receiptCutOff;
    try {
      date = cutOff === undefined ? receivedDate(receivedAt as Date | string) : receivedDate(receivedAt as Date | string, { cutOff });
    } catch (error) {
      if (error instanceof InvalidDateError) {
        throw new InvalidDateError('receivedAt', "must be a Date, an ISO-8601 instant with 'Z' or an offset (e.g. '2026-01-05T17:30:00Z'), or a 'YYYY-MM-DD' date");
      }
      throw error;
    }
    instant = new Date(receivedAt as Date | string).toISOString();
  }
  if (settings.nonWorkingDayReceipt === 'next-working-day-is-receipt' && !calendar.isWorkingDay(date)) {
    date = calendar.nextWorkingDay(date);
  }
  return { received: date, instant };
}

/**
 * Opens a case: works out the date of receipt (day 0 of working-day counts) from the moment it arrived, using the
 * calendar of the case type (the policy's `calendar`, overridden field by field by the case type's own): its
 * cut-off time (an arrival at or after it counts from the next day, London time), its bank holidays, and its rule for
 * arrivals on non-working days (`count-from-next-working-day` keeps the day of arrival as the date of receipt, the
 * ICO's reading; `next-working-day-is-receipt` moves it to the next working day). Returns a new frozen case with no
 * events; the first stage's clock is running.
 *
 * @param policy - a policy from `getPolicy` or `parsePolicy`.
 * @param input - `reference`, `receivedAt` (a `Date`, an ISO-8601 instant with an offset, or a `YYYY-MM-DD` date),
 *   optional `caseType` (default: the policy's first case type) and `about` (the role of the person the complaint is
 *   about: responsibility moves one rung up).
 * @param options - `feed`: a GOV.UK bank-holidays feed (from `parseGovUkBankHolidays`) the calendar uses for the years
 *   it covers (see {@link WorkflowOptions}).
 * @throws {@link InvalidArgumentError} for a missing reference, an unknown case type or role.
 * @throws {@link InvalidDateError} when `receivedAt` is not a date, a valid `Date` or an instant with an offset.
 * @deprecated Use `createWorkflow(policy, { feed }).openCase(input)`: the engine keeps its calendars between calls.
 *
 * @example
 * import { parsePolicy, openCase } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', receiptCutOff: '17:00', nonWorkingDayReceipt: 'next-working-day-is-receipt', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example' } } } },
 * });
 * const kase = openCase(policy, { reference: 'C-1', receivedAt: '2026-01-05' });
 * kase.received //=> '2026-01-05'
 * kase.caseType //=> 'statutory'
 * kase.events //=> []
 * // 17:30 on Friday 2 January 2026 is after the 17:00 cut-off: Saturday, so the next working day, Monday 5 January.
 * openCase(policy, { reference: 'C-2', receivedAt: '2026-01-02T17:30:00Z' }).received //=> '2026-01-05'
 * openCase(policy, { reference: 'C-3', receivedAt: '2026-01-02T17:30:00Z' }).receivedAt //=> '2026-01-02T17:30:00.000Z'
 */
export function openCase(policy: Policy, input: OpenCaseInput, options?: WorkflowOptions): Case {
  return engineFor(policy, feedOption(options, 'openCase')).openCase(input);
}

/** {@link openCase} in an engine. @internal */
export function openCaseWith(engine: EngineCore, input: OpenCaseInput): Case {
  const policy = engine.policy;
  if (typeof input !== 'object' || input === null) {
    throw new InvalidArgumentError('input', "must be an object such as { reference: 'C-1', receivedAt: '2026-01-05' }");
  }
  for (const key of Object.keys(input)) {
    if (!['reference', 'caseType', 'receivedAt', 'about'].includes(key)) {
      // The key may be data (a spreadsheet header): named only when it looks like a field name (issue 20 item 3).
      const hint = closest(key, ['reference', 'caseType', 'receivedAt', 'about']);
      throw new InvalidArgumentError(
        isEchoableKey(key) ? key : 'input',
        `${isEchoableKey(key) ? 'is not an option of openCase' : `has ${keyForMessage(key)}, not an option of openCase`};${hint ? ` did you mean ${hint}?` : ''} the options are reference, caseType, receivedAt and about`,
      );
    }
  }
  const { reference, about } = input;
  if (typeof reference !== 'string' || reference.trim() === '' || reference.length > 200) {
    throw new InvalidArgumentError('reference', 'must be a non-empty string of at most 200 characters');
  }
  const caseType = input.caseType ?? Object.keys(policy.caseTypes)[0]!;
  const ctx = engine.contextOf(caseType, 'caseType');
  if (about !== undefined && (typeof about !== 'string' || !Object.prototype.hasOwnProperty.call(policy.roles, about))) {
    throw new InvalidArgumentError('about', `must be one of the policy's roles: ${Object.keys(policy.roles).join(', ')}`);
  }
  if (input.receivedAt === undefined) throw new InvalidDateError('receivedAt', 'is required');
  const { received, instant } = receiptOf(ctx.calendarSettings, input.receivedAt, ctx.calendar);
  const kase: Case = {
    reference,
    caseType,
    policyId: policy.id,
    policyVersion: policy.version,
    receivedAt: instant,
    received: engine.intern(received) as CalendarDate,
    ...(about === undefined ? {} : { about }),
    events: [],
  };
  return deepFreeze(trust(kase));
}
