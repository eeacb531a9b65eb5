/**
 * The events of a case, in one place: their types, the one zod schema that describes them (exported for callers
 * who check their own stored events), and the validation every event goes through, whether a caller writes it
 * ({@link parseEvent}: the full schema, then frozen) or it is read back on a stored case ({@link checkStoredEvents}:
 * the fields the reducer reads, checked with the same rules and wording, without running the schema again).
 *
 * Free-text fields (`reason`, `text`, `name`, `actions`) may hold personal data: no error message ever repeats them.
 *
 * @module
 */
import * as z from 'zod';
import { checkCalendarDate, daysInMonth, isCalendarDateString } from '../calendar/index.js';
import type { CalendarDate } from '../calendar/index.js';
import { InvalidArgumentError, InvalidDateError, isEchoableKey, keyForMessage } from '../errors.js';
import type { LanguagePreference } from '../policies/index.js';
import type { Case } from './types.js';
import type { CaseEvent, CaseEventInput, Outcome } from './event-types.js';
import { closest } from '../suggest.js';

/**
 * The shapes of a case and of everything that can happen to it.
 *
 * A case is its inputs (reference, case type, policy, date of receipt, who it is about) plus the list of events
 * recorded on it, oldest first. Nothing else is stored: the state, the stage, every deadline and every reminder is
 * worked out from the policy and the events each time it is asked for, so a newly proclaimed bank holiday or a
 * corrected preset moves them and the caller can show the change.
 *
 * Free-text fields (`reason`, `text`, `name`, `actions`) may hold personal data: the library never puts them in
 * error messages.
 *
 * @module
 */

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * An address safe to put in an email header: the RFC 5322 dot-atom local part and a dotted domain of letters,
 * digits and hyphens. No spaces, quotes, angle brackets, commas or control characters.
 */
const EMAIL_ADDRESS =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

/**
 * True when `text` is one email address the library will put in a header: a dot-atom local part (letters, digits
 * and ``!#$%&'*+/=?^_`{|}~-``, dots between), `@`, and a dotted domain of letters, digits and hyphens; at most 254
 * characters. No display name, spaces, quotes, angle brackets, commas or line breaks, so one entry is one address.
 *
 * @example
 * import { isEmailAddress } from 'statutory-complaints/workflow';
 * isEmailAddress('team.manager@example.gov.uk') //=> true
 * isEmailAddress('Team Manager <tm@example.gov.uk>') //=> false
 * isEmailAddress('a@example.gov.uk, b@example.gov.uk') //=> false
 * isEmailAddress('tm@example.gov.uk\r\nBcc: x@example.com') //=> false
 */
export function isEmailAddress(text: unknown): boolean {
  return typeof text === 'string' && text.length <= 254 && EMAIL_ADDRESS.test(text);
}

// The check lives with the other calendar-date code; re-exported here under the name it has always had.
export { isCalendarDateString } from '../calendar/index.js';

/** A calendar date written `YYYY-MM-DD` (a real day from 1900-01-01 to 2199-12-31). */
export const calendarDateSchema = z
  .string()
  .refine(isCalendarDateString, { message: "must be a real calendar date written 'YYYY-MM-DD' between 1900 and 2199" })
  .transform((s) => s as CalendarDate)
  .describe("A calendar date written 'YYYY-MM-DD'.");

const roleId = z.string().regex(ID, { message: 'must be a role id in lower-case kebab-case, e.g. `team-manager`' });
const stageId = z.string().regex(ID, { message: 'must be a stage id in lower-case kebab-case, e.g. `stage-2`' });
const freeText = z.string().trim().min(1, { message: 'must not be empty' }).max(10_000, { message: 'must be at most 10,000 characters' });

/**
 * The outcome of a complaint response: `upheld`, `partly-upheld` or `not-upheld`.
 *
 * @example
 * import { outcomeSchema } from 'statutory-complaints/workflow';
 * outcomeSchema.parse('partly-upheld') //=> 'partly-upheld'
 * outcomeSchema.safeParse('partially').success //=> false
 */
export const outcomeSchema = z.enum(['upheld', 'partly-upheld', 'not-upheld']).describe('The outcome of a complaint response: upheld, partly upheld or not upheld.');

const REFERRAL_REASON_RULE = "must be court-proceedings, out-of-time, not-eligible or the id of one of the policy's outsideProcedure entries (lower-case kebab-case)";

/** Why a case was referred back as outside the procedure: one of these or an `outsideProcedure` id of the preset. */
export const referralReasonSchema = z
  .union(
    [z.enum(['court-proceedings', 'out-of-time', 'not-eligible']), z.string().regex(ID, { message: REFERRAL_REASON_RULE })],
    // A value that is not even a string matches neither member: the same rule, rather than zod's "Invalid input".
    { error: REFERRAL_REASON_RULE },
  )
  .describe("`court-proceedings`, `out-of-time`, `not-eligible`, or the id of one of the preset's `outsideProcedure` entries.");

const on = calendarDateSchema.describe('The date it happened.');

function event<T extends string, S extends z.ZodRawShape>(type: T, shape: S, description: string) {
  return z
    .object({ type: z.literal(type), on, ...shape })
    .strict()
    .describe(description);
}

/** The case (or the request for the current stage) was acknowledged. */
export const acknowledgedEventSchema = event('acknowledged', {}, 'The case, or the request for the current stage, was acknowledged.');
/** The case was allocated to a person in a role. */
export const allocatedEventSchema = event(
  'allocated',
  {
    role: roleId.describe('The role of the person now responsible (a role id of the policy).'),
    name: freeText.optional().describe("The person's name, if the caller wants it kept with the case (personal data)."),
    email: z
      .string()
      .refine((s) => isEmailAddress(s), { message: 'must be one email address such as name@example.gov.uk (no display name, spaces or commas)' })
      .optional()
      .describe("The person's email address, so that chasing emails reach them rather than the role's default contact (personal data)."),
    team: z
      .string()
      .regex(ID, { message: 'must be a team id in lower-case kebab-case, e.g. `north-locality`' })
      .optional()
      .describe("The team or service area the case is allocated to (an id the council's role directory uses)."),
  },
  'The case was allocated to a person in a role (at the current stage).',
);
/** The matter is outside the procedure and was referred back to the complainant. */
export const referredBackEventSchema = event(
  'referred-back',
  { reason: referralReasonSchema },
  'The matter is outside the procedure (court proceedings, out of time, not eligible…) and the complainant was told so.',
);
/** A complaint made after the time limit was accepted by discretion. */
export const acceptedLateEventSchema = event('accepted-late', {}, "A complaint made after the time limit was accepted at the council's discretion.");
/** The recipient confirmed they will treat the matter as normal business (a service request). */
export const normalBusinessConfirmedEventSchema = event(
  'normal-business-confirmed',
  {},
  "The recipient confirmed they will treat the matter as normal business. Counts only inside the preset's window; later, the case stays a complaint.",
);
/** A holding response was sent to the complainant. */
export const holdingResponseSentEventSchema = event('holding-response-sent', {}, 'A holding response was sent to the complainant.');
/** A longer time to respond was agreed for the current stage. */
export const extensionAgreedEventSchema = event(
  'extension-agreed',
  {
    newDueDate: calendarDateSchema.optional().describe('The new due date (a working day after the current due date).'),
    additionalWorkingDays: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe(
        'Working days added ON TOP of the due date in force (10 on a 10-working-day stage gives 20 from the clock start). Not the total: reg 14 of SI 2006/1738 allows stage 1 to be "extended to a maximum of 20 working days" in total, which is the preset\'s `extension.maxWorkingDays`.',
      ),
    workingDays: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe('Deprecated name of `additionalWorkingDays` (the same meaning: days added on top, not the total).'),
    calendarMonths: z.number().int().min(1).max(120).optional().describe('Calendar months added to the timescale (subject access: 2).'),
    reason: freeText.describe('Why more time is needed (free text, may be personal data).'),
    agreedWithComplainant: z.boolean().describe('Whether the new date was agreed with the complainant.'),
    agreedOn: calendarDateSchema.optional().describe('When it was agreed (default: `on`).'),
  },
  'A longer time to respond was agreed for the current stage: exactly one of `newDueDate`, `additionalWorkingDays` (days on top of the due date in force; `workingDays` is its deprecated name) or `calendarMonths`.',
);
/** The current stage's response was sent. */
export const responseSentEventSchema = event(
  'response-sent',
  { outcome: outcomeSchema.optional().describe('Required for complaints; not used for enquiries and information requests.') },
  'The response for the current stage was sent. Whether it was late is worked out from the deadlines.',
);
/** The complainant received the current stage's response (issue 16: a window may run from receipt). */
export const responseReceivedEventSchema = event(
  'response-received',
  {
    receivedOn: calendarDateSchema
      .optional()
      .describe('The day the complainant received the response, when it is recorded later (default: `on`). Not before the response was sent, not after `on`.'),
  },
  "The complainant received the response to the current stage (e.g. delivery confirmed). Where the preset's window to ask for the next stage runs from receipt (`escalation.windowFrom: response-received`), it opens on this day.",
);
/** Further questions about the stage-1 response were answered. */
export const furtherQuestionsAnsweredEventSchema = event(
  'further-questions-answered',
  {},
  "The complainant's further questions about the response were answered (an attempt to resolve without escalating).",
);
/** The complainant asked to move to the next stage. */
export const nextStageRequestedEventSchema = event(
  'next-stage-requested',
  {
    stage: stageId
      .optional()
      .describe("The stage asked for (default: the current stage's escalation target, else the next stage). Optional stages in between may be skipped."),
  },
  'The complainant asked to move to the next stage. Outside the window it is recorded as late and needs a discretion decision.',
);
/** A decision on a late request to move to the next stage. */
export const discretionDecidedEventSchema = event(
  'discretion-decided',
  { accepted: z.boolean().describe('Whether the late request was accepted.') },
  'The decision on a late request for the next stage: accepted (the stage starts on the request date) or refused.',
);
/** Mediation was offered. */
export const mediationOfferedEventSchema = event('mediation-offered', {}, 'Mediation was offered (moves into an optional mediation stage where the preset has one).');
/** Mediation ended. */
export const mediationConcludedEventSchema = event(
  'mediation-concluded',
  { resolved: z.boolean().describe('Whether mediation resolved the complaint.') },
  'Mediation ended, resolving the complaint or not.',
);
/** An investigating officer was appointed. */
export const investigatorAppointedEventSchema = event('investigator-appointed', {}, 'An investigating officer was appointed.');
/** An independent person was appointed. */
export const independentPersonAppointedEventSchema = event('independent-person-appointed', {}, 'An independent person was appointed (SI 2006/1738 reg 17(2)).');
/** The statement of complaint was agreed. */
export const statementAgreedEventSchema = event('statement-agreed', {}, 'The statement of complaint was agreed (starts stage 2 where the preset says so).');
/** A review panel was requested. */
export const panelRequestedEventSchema = event(
  'panel-requested',
  {},
  'The complainant asked for a review panel: the same as asking for the next stage when that stage is a panel stage.',
);
/** A panel hearing was arranged. */
export const hearingArrangedEventSchema = event(
  'hearing-arranged',
  { hearingDate: calendarDateSchema.describe('The date of the hearing.') },
  'A panel hearing was arranged for a date.',
);
/** The panel hearing was held. */
export const hearingHeldEventSchema = event('hearing-held', {}, 'The panel met.');
/** The panel's report was received. */
export const panelReportReceivedEventSchema = event('panel-report-received', {}, "The panel's report was received.");
/** The final response (after the panel) was sent. */
export const finalResponseSentEventSchema = event('final-response-sent', { outcome: outcomeSchema }, "The council's final response after the panel was sent.");
/** The complainant went to the ombudsman. */
export const referredToOmbudsmanEventSchema = event('referred-to-ombudsman', {}, 'The complainant went (or was referred) to the ombudsman.');
/** The complainant withdrew the case. */
export const withdrawnEventSchema = event('withdrawn', {}, 'The complainant withdrew.');
/** The case was closed on the system. */
export const closedEventSchema = event('closed', {}, 'The case was closed on the system.');
/** Actions agreed as a result of the case, for follow-up. */
export const agreedActionsRecordedEventSchema = event(
  'agreed-actions-recorded',
  { actions: z.array(freeText).min(1).describe('The actions agreed (free text, may be personal data).') },
  'Actions agreed as a result of the case, to follow up and report on.',
);
/** The reason for a late response was recorded. */
export const delayReasonRecordedEventSchema = event(
  'delay-reason-recorded',
  {
    code: z.string().min(1).max(20).describe("One of the preset's delay-reason codes, e.g. `Z040`."),
    text: freeText.optional().describe('Additional information (free text, may be personal data).'),
  },
  'The reason for a late response was recorded (a code from the preset, plus optional free text).',
);
/**
 * The language preferences a case can have (the policies area's `LanguagePreference`, spelt once more here as the
 * values the event and the stored case are checked against; the type ties the two lists together).
 */
export const LANGUAGE_PREFERENCES = ['english', 'welsh', 'bilingual'] as const satisfies readonly LanguagePreference[];

/** A case's language preference: `english`, `welsh` or `bilingual`. */
export const languagePreferenceSchema = z
  .enum(LANGUAGE_PREFERENCES)
  .describe('The language the complainant wants correspondence in: `english`, `welsh`, or `bilingual` (Welsh and English in one message).');

/** The complainant's language preference for correspondence was recorded or changed. */
export const languagePreferenceChangedEventSchema = event(
  'language-preference-changed',
  { language: languagePreferenceSchema },
  'The complainant said which language they want correspondence in (Welsh Language Standards: correspondence received in Welsh is answered in Welsh; a wish for Welsh is recorded and followed from then on). Letters and emails from this date follow it.',
);
/** A step inside the stage was completed (e.g. a Member Enquiry's draft, approval, sign-off, sent). */
export const stepCompletedEventSchema = event(
  'step-completed',
  { step: z.string().regex(ID, { message: 'must be a step id of the stage, e.g. `draft`' }).describe('The step id from the preset.') },
  "A step inside the current stage was completed, in the preset's order. Completing the last step is the response.",
);

/** The response clock was stopped under one of the case type's clock-stop mechanisms. */
export const clockStoppedEventSchema = event(
  'clock-stopped',
  {
    reason: z
      .string()
      .regex(ID, { message: "must be the id of one of the case type's clockStops, e.g. `fees-notice` (lower-case kebab-case)" })
      .describe("Why the clock stopped: the id of one of the case type's `clockStops` (e.g. `fees-notice`, `clarification`)."),
    note: freeText.optional().describe('Additional information (free text, may be personal data).'),
  },
  "The response clock stopped, for one of the reasons the case type's preset allows (`clockStops`): the day a fees notice was given, or the day information the law lets the council wait for (clarification, proof of identity) was asked for. A case whose clock is stopped is not chased.",
);
/** A paused clock runs again (a mechanism whose effect is `pause`). */
export const clockResumedEventSchema = event(
  'clock-resumed',
  {},
  'What the paused clock waited for arrived (e.g. the fee was received): the clock runs again, and the days from the stop to this day, both included, do not count.',
);
/** A stopped clock starts again from this day (a mechanism whose effect is `restart`). */
export const clockRestartedEventSchema = event(
  'clock-restarted',
  {},
  'The information the clock waited for was received (e.g. the clarification of an FOI request): the timescale is counted afresh from this day (day 0).',
);
/** The request lapsed: what the clock waited for did not come in time (FOIA 2000 s.9(2): a fee unpaid within three months). */
export const requestLapsedEventSchema = event(
  'request-lapsed',
  {},
  "The request lapsed because what the stopped clock waited for did not come within the period the preset's `lapseAfter` gives (FOIA 2000 s.9(2)); the request is closed with that outcome.",
);

/**
 * Every event that can be recorded on a case, as a zod union discriminated on `type`. Each event has `type`, `on`
 * (the `YYYY-MM-DD` date it happened) and its own fields; unknown fields are rejected. `applyEvent` validates with
 * it (and then checks the event against the policy and the case's state); use it to check stored events.
 *
 * @example
 * import { caseEventSchema } from 'statutory-complaints/workflow';
 * caseEventSchema.parse({ type: 'response-sent', on: '2026-01-07', outcome: 'upheld' }) //=> { type: 'response-sent', on: '2026-01-07', outcome: 'upheld' }
 * caseEventSchema.safeParse({ type: 'response-sent', on: '2026-02-30' }).success //=> false
 * caseEventSchema.safeParse({ type: 'hearing-arranged', on: '2026-07-06' }).success //=> false
 */
export const caseEventSchema = z.discriminatedUnion('type', [
  acknowledgedEventSchema,
  allocatedEventSchema,
  referredBackEventSchema,
  acceptedLateEventSchema,
  normalBusinessConfirmedEventSchema,
  holdingResponseSentEventSchema,
  extensionAgreedEventSchema,
  responseSentEventSchema,
  responseReceivedEventSchema,
  furtherQuestionsAnsweredEventSchema,
  nextStageRequestedEventSchema,
  discretionDecidedEventSchema,
  mediationOfferedEventSchema,
  mediationConcludedEventSchema,
  investigatorAppointedEventSchema,
  independentPersonAppointedEventSchema,
  statementAgreedEventSchema,
  panelRequestedEventSchema,
  hearingArrangedEventSchema,
  hearingHeldEventSchema,
  panelReportReceivedEventSchema,
  finalResponseSentEventSchema,
  referredToOmbudsmanEventSchema,
  withdrawnEventSchema,
  closedEventSchema,
  agreedActionsRecordedEventSchema,
  delayReasonRecordedEventSchema,
  stepCompletedEventSchema,
  clockStoppedEventSchema,
  clockResumedEventSchema,
  clockRestartedEventSchema,
  requestLapsedEventSchema,
  languagePreferenceChangedEventSchema,
]);

export type { CaseEvent, CaseEventInput, Outcome };
/** The `type` of an event. */
export type CaseEventType = CaseEvent['type'];
/** The event of a given type. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/**
 * Every event type, in the order they are documented.
 *
 * @example
 * import { CASE_EVENT_TYPES } from 'statutory-complaints/workflow';
 * CASE_EVENT_TYPES.length //=> 33
 * CASE_EVENT_TYPES.slice(0, 3) //=> ['acknowledged', 'allocated', 'referred-back']
 */
export const CASE_EVENT_TYPES: readonly CaseEventType[] = Object.freeze(caseEventSchema.options.map((o) => o.shape.type.value));

const DATE_FIELDS: ReadonlySet<PropertyKey> = new Set(['on', 'newDueDate', 'agreedOn', 'hearingDate', 'receivedOn']);

/**
 * Internal: the path of a zod issue as text under `root`: `event.on`, `events[2].type` (with an empty root, no
 * leading dot).
 */
export function issuePath(segments: readonly PropertyKey[], root = ''): string {
  let out = root;
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? String(s) : `.${String(s)}`;
  return out;
}

/**
 * Internal: a zod issue in plain English, naming the rule and never the value. Every format check and union of the
 * event and case schemas carries its own wording (e.g. "must be a role id in lower-case kebab-case"), kept as it is.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return (issue as { input?: unknown }).input === undefined
        ? 'is required'
        : issue.expected === 'int'
          ? `must be a whole number${unitOf(issue.path)} (no fractions)`
          : `must be ${issue.expected === 'array' ? 'an array' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'unrecognized_keys':
      // A key may be data (a spreadsheet header): named only when it looks like a field name (issue 20 item 3).
      return unknownFields(issue.keys);
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : issue.origin === 'array'
          ? `must have at least ${String(issue.minimum)} item(s)`
          : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      // The schemas bound only strings and whole numbers (no list has a maximum). zod's safe-integer bound (origin
      // `int`, 2^53 - 1) always comes beside the field's own, smaller maximum, and is left out by the callers.
      return issue.origin === 'string'
        ? `must be at most ${String(issue.maximum)} characters`
        : `must be a whole number${unitOf(issue.path)}, at most ${String(issue.maximum)}`;
    default:
      // Format checks, unions and custom refinements carry their own wording (never the value).
      return issue.message;
  }
}

/**
 * Internal: the issues of a failed parse less zod's safe-integer bound (2^53 - 1), which every whole-number field
 * reports beside its own, smaller maximum: only that one is given.
 */
export function withoutSafeIntegerBound(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.filter((i) => !(i.code === 'too_big' && i.origin === 'int'));
}

/**
 * `has unknown field refrence`, or, for keys that do not look like field names (they may be data, e.g. a
 * spreadsheet header), `has an unknown field (its name is not shown: …)`: the one rule of `keyForMessage`.
 */
function unknownFields(keys: readonly string[]): string {
  const shown = keys.filter(isEchoableKey);
  const hidden = keys.length - shown.length;
  const parts: string[] = [];
  if (shown.length > 0) parts.push(`has unknown field${shown.length === 1 ? '' : 's'} ${shown.join(', ')}`);
  if (hidden === 1) parts.push(`has ${keyForMessage('')}`);
  else if (hidden > 0) parts.push(`has ${hidden} unknown fields (their names are not shown: they do not look like field names)`);
  return parts.join('; ');
}

/** The unit of each whole-number field of an event. */
const UNITS: ReadonlyMap<PropertyKey, string> = new Map([
  ['additionalWorkingDays', ' of working days'],
  ['workingDays', ' of working days'],
  ['calendarMonths', ' of months'],
]);

/** ` of working days` or ` of months`: the unit of a whole-number field (the last key of its path). */
function unitOf(path: readonly PropertyKey[]): string {
  return UNITS.get(path[path.length - 1]!) ?? '';
}

/** Keeps one string per date for the cases of one engine (see `createInterner`). */
export type Intern = (date: string) => string;

/** The rule broken by an unknown event type, with a did-you-mean when the type is a near miss of a real one. */
function unknownTypeRule(type: unknown): string {
  const list = `the event types are ${CASE_EVENT_TYPES.join(', ')}`;
  if (type === undefined) return `is required: ${list}`;
  if (typeof type !== 'string') return `must be the name of an event type: ${list}`;
  const near = closest(type, CASE_EVENT_TYPES);
  return near !== undefined ? `is not an event type: did you mean '${near}'? (${list})` : `is not an event type: ${list}`;
}

/**
 * Validates an event a caller wrote, with the one schema; `path` names it in errors (e.g. `event`). The result is a
 * new, frozen object (its dates interned with `intern` when given).
 */
export function parseEvent(input: unknown, path: string, intern?: Intern): CaseEvent {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidArgumentError(path, "must be an event object such as { type: 'acknowledged', on: '2026-01-06' }");
  }
  const type = (input as { type?: unknown }).type;
  if (!EVENT_TYPES.has(type)) throw new InvalidArgumentError(`${path}.type`, unknownTypeRule(type));
  const result = caseEventSchema.safeParse(input, { reportInput: true });
  if (result.success) return frozenEvent(result.data, intern);
  const issue = withoutSafeIntegerBound(result.error.issues)[0]!;
  const where = issuePath(issue.path, path);
  // A date field fails only as missing or not a string (`invalid_type`) or as no real date (the schema's refinement).
  if (DATE_FIELDS.has(issue.path[issue.path.length - 1]!)) {
    throw new InvalidDateError(
      where,
      (issue as { input?: unknown }).input === undefined ? 'is required' : 'must be a real calendar date between 1900-01-01 and 2199-12-31',
    );
  }
  throw new InvalidArgumentError(where, describeIssue(issue));
}

// ---------------------------------------------------------------------------------------------------------------
// Cheap checks of a stored case on replay
// ---------------------------------------------------------------------------------------------------------------

const EVENT_TYPES: ReadonlySet<unknown> = new Set(CASE_EVENT_TYPES);
const OUTCOMES: ReadonlySet<unknown> = new Set(['upheld', 'partly-upheld', 'not-upheld']);

/** Freezes a validated event (a fresh object from the schema), so that copying a case can keep it as it is. */
function frozenEvent(event: CaseEvent, intern: Intern | undefined): CaseEvent {
  if (event.type === 'agreed-actions-recorded') Object.freeze(event.actions);
  if (intern !== undefined) {
    for (const field of DATE_FIELDS) {
      const value: unknown = Reflect.get(event, field);
      if (typeof value === 'string') Reflect.set(event, field, intern(value));
    }
  }
  return Object.freeze(event);
}

/**
 * A new interner: one string per calendar date, so that the many cases of one engine that share a day share its
 * string (comparisons and lookups then read memory already at hand). Owned by the engine that made it (nothing is
 * shared between engines or kept at module level); at most one entry per day of the supported range.
 */
export function createInterner(): Intern {
  const dates = new Map<string, string>();
  return (date) => {
    const known = dates.get(date);
    if (known !== undefined) return known;
    if (dates.size >= 120_000) dates.clear();
    dates.set(date, date);
    return date;
  };
}

const DATE_RULES = {
  shape: "must be a calendar date written exactly 'YYYY-MM-DD'",
  month: 'must be a real calendar date: the month must be 01 to 12',
  day: 'must be a real calendar date: that month has no such day',
  range: 'must be a calendar date between 1900-01-01 and 2199-12-31',
} as const;

/** The digit at `i`, or NaN (which makes every sum and comparison after it fail). */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/**
 * Internal: true exactly when `checkCalendarDate(s)` is 'ok', without a regular expression or a substring: the
 * replay checks every stored date, so this runs for every event of every case asked about.
 */
export function isRealDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
  const month = digitAt(s, 5) * 10 + digitAt(s, 6);
  const day = digitAt(s, 8) * 10 + digitAt(s, 9);
  return year >= 1900 && year <= 2199 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** What is wrong with a field: its name, the rule broken, and whether it is a date (an InvalidDateError). */
interface Problem {
  readonly field: string;
  readonly rule: string;
  readonly date?: true;
}

// Each check returns undefined when the value is fine (nothing is built on that path), else the problem.

function dateProblem(value: unknown, field: string, required: boolean): Problem | undefined {
  if (typeof value === 'string') {
    // isRealDate is true exactly when checkCalendarDate says 'ok': otherwise its verdict names the rule broken.
    return isRealDate(value) ? undefined : { field, rule: DATE_RULES[checkCalendarDate(value) as keyof typeof DATE_RULES], date: true };
  }
  if (value === undefined) return required ? { field, rule: 'is required', date: true } : undefined;
  return { field, rule: DATE_RULES.shape, date: true };
}

function booleanProblem(value: unknown, field: string): Problem | undefined {
  if (typeof value === 'boolean') return undefined;
  return { field, rule: value === undefined ? 'is required' : 'must be true or false' };
}

function integerProblem(value: unknown, field: string, min: number, max: number): Problem | undefined {
  if (value === undefined || (Number.isInteger(value) && (value as number) >= min && (value as number) <= max)) return undefined;
  return { field, rule: `must be a whole number from ${min} to ${max}` };
}

function outcomeProblem(value: unknown, required: boolean): Problem | undefined {
  if ((value === undefined && !required) || OUTCOMES.has(value)) return undefined;
  return { field: 'outcome', rule: value === undefined ? 'is required' : 'must be one of upheld, partly-upheld, not-upheld' };
}

const LANGUAGES: ReadonlySet<unknown> = new Set(LANGUAGE_PREFERENCES);

function languageProblem(value: unknown, field: string, required: boolean): Problem | undefined {
  if ((value === undefined && !required) || LANGUAGES.has(value)) return undefined;
  return { field, rule: value === undefined ? 'is required' : 'must be one of english, welsh, bilingual' };
}

/** A field the fold checks against the policy (a role, reason, code, step or stage id): only its type is checked here. */
function idProblem(value: unknown, field: string, required: boolean): Problem | undefined {
  if (typeof value === 'string' || (value === undefined && !required)) return undefined;
  return { field, rule: value === undefined ? 'is required' : 'must be a string' };
}

/** The first problem with the fields an event type has besides `type` and `on`, where the fold reads them. */
function fieldsProblem(event: Record<string, unknown>, type: string): Problem | undefined {
  switch (type) {
    case 'extension-agreed':
      return (
        dateProblem(event.newDueDate, 'newDueDate', false) ??
        integerProblem(event.additionalWorkingDays, 'additionalWorkingDays', 1, 1000) ??
        integerProblem(event.workingDays, 'workingDays', 1, 1000) ??
        integerProblem(event.calendarMonths, 'calendarMonths', 1, 120) ??
        dateProblem(event.agreedOn, 'agreedOn', false) ??
        booleanProblem(event.agreedWithComplainant, 'agreedWithComplainant')
      );
    case 'response-sent':
      return outcomeProblem(event.outcome, false);
    case 'response-received':
      return dateProblem(event.receivedOn, 'receivedOn', false);
    case 'final-response-sent':
      return outcomeProblem(event.outcome, true);
    case 'discretion-decided':
      return booleanProblem(event.accepted, 'accepted');
    case 'mediation-concluded':
      return booleanProblem(event.resolved, 'resolved');
    case 'hearing-arranged':
      return dateProblem(event.hearingDate, 'hearingDate', true);
    case 'agreed-actions-recorded':
      return Array.isArray(event.actions) && event.actions.length > 0 ? undefined : { field: 'actions', rule: 'must be a list of at least one agreed action' };
    case 'allocated':
      return (
        idProblem(event.role, 'role', true) ??
        (event.email === undefined || isEmailAddress(event.email) ? undefined : { field: 'email', rule: 'must be one email address such as name@example.gov.uk' }) ??
        idProblem(event.team, 'team', false)
      );
    case 'referred-back':
      return idProblem(event.reason, 'reason', true);
    case 'delay-reason-recorded':
      return idProblem(event.code, 'code', true);
    case 'step-completed':
      return idProblem(event.step, 'step', true);
    case 'clock-stopped':
      return idProblem(event.reason, 'reason', true);
    case 'next-stage-requested':
      return idProblem(event.stage, 'stage', false);
    case 'language-preference-changed':
      return languageProblem(event.language, 'language', true);
  }
  // The other event types have no field besides `type` and `on` that the fold reads.
  return undefined;
}

function fail(path: string, problem: Problem): never {
  const where = `${path}.${problem.field}`;
  throw problem.date ? new InvalidDateError(where, problem.rule) : new InvalidArgumentError(where, problem.rule);
}

/**
 * The mark of a case made by `openCase` or `applyEvent`: deeply frozen, its events validated, so never checked
 * again. A non-enumerable property under a private symbol, set before the case is frozen: a copy of the case (spread,
 * JSON, structuredClone) does not carry it, and nothing is kept anywhere else (no module-level set of cases).
 */
const TRUSTED: unique symbol = Symbol('statutory-complaints.checked-case');

/** Internal: marks a case (about to be deeply frozen, made from validated values) as checked, and returns it. */
export function trust<T extends Case>(kase: T): T {
  Object.defineProperty(kase, TRUSTED, { value: true, enumerable: false });
  return kase;
}

/** Internal: true for a case made by `openCase` or `applyEvent` (deeply frozen, its events validated). */
export function isTrusted(kase: Case): boolean {
  return (kase as { [TRUSTED]?: true })[TRUSTED] === true;
}

/**
 * Internal: the cheap checks of a case read back from storage, made on every replay before its events are folded:
 * the date of receipt and, for each event, that it is an object of a known type with a real `on` date and, where the
 * fold reads them, well-formed fields (dates, whole numbers, booleans, outcome, list of actions, ids). Ids are
 * checked against the policy (roles, reasons, codes, stages, steps) by the fold itself. Errors name
 * `<root>.received` or `<root>.events[i].<field>` (`root` is `case` by default) and the rule, never the value. No
 * schema is run: a few comparisons per event, and none for a trusted case.
 */
export function checkStoredCase(kase: Case, root: string): void {
  if (isTrusted(kase)) return;
  const received = dateProblem(kase.received, 'received', true) ?? languageProblem(kase.language, 'language', false);
  if (received) fail(root, received);
  const events = kase.events;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as unknown;
    if (typeof e !== 'object' || e === null || Array.isArray(e)) {
      throw new InvalidArgumentError(`${root}.events[${i}]`, "must be an event object such as { type: 'acknowledged', on: '2026-01-06' }");
    }
    const event = e as Record<string, unknown>;
    const type = event.type;
    if (!EVENT_TYPES.has(type)) throw new InvalidArgumentError(`${root}.events[${i}].type`, unknownTypeRule(type));
    const problem = dateProblem(event.on, 'on', true) ?? fieldsProblem(event, type as string);
    if (problem) fail(`${root}.events[${i}]`, problem);
  }
}
