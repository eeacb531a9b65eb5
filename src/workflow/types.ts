/**
 * The shapes of a case and of the answers the workflow gives about it.
 *
 * A case is its inputs (reference, case type, policy, date of receipt, who it is about) plus the list of events
 * recorded on it, oldest first (the events are in `events.ts`). Nothing else is stored: the state, the stage, every
 * deadline and every reminder is worked out from the policy and the events each time it is asked for, so a newly
 * proclaimed bank holiday or a corrected preset moves them and the caller can show the change.
 *
 * @module
 */
import * as z from 'zod';
import type { CalendarDate, DateInput } from '../calendar/index.js';
import type { BankHolidayFeed, NonWorkingDay } from '../calendar/index.js';
import type { LanguagePreference } from '../policies/index.js';
import {
  CASE_EVENT_TYPES,
  caseEventSchema,
  calendarDateSchema,
  describeIssue,
  issuePath,
  languagePreferenceSchema,
  withoutSafeIntegerBound,
  type CaseEvent,
} from './events.js';

export { isCalendarDateString, CASE_EVENT_TYPES } from './events.js';
export type { Outcome, CaseEvent, CaseEventInput, CaseEventType, CaseEventOf } from './events.js';
export type { LanguagePreference } from '../policies/index.js';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const roleId = z.string().regex(ID, { message: 'must be a role id in lower-case kebab-case, e.g. `team-manager`' });

/**
 * The stored shape of a case (its inputs and its events; everything else is derived), as zod. The public view of it
 * (typed without zod) is in `public-schemas.ts`.
 */
export const caseSchema = z
  .object({
    reference: z.string().min(1).max(200).describe("The council's case reference."),
    caseType: z
      .string()
      .regex(ID, { message: 'must be a case-type id in lower-case kebab-case, e.g. `statutory-complaint`' })
      .describe('A case-type id of the policy, e.g. `statutory`.'),
    policyId: z.string().regex(ID, { message: 'must be a policy id in lower-case kebab-case, e.g. `dudley`' }).describe('The id of the policy the case runs under.'),
    policyVersion: z.string().describe('The version of the policy when the case was opened (later versions may move deadlines).'),
    receivedAt: z.string().nullable().describe('The instant it arrived (ISO 8601 with offset), or null when only the date was given.'),
    received: calendarDateSchema.describe("The date of receipt (day 0), after the policy's cut-off time and non-working-day rule."),
    about: roleId.optional().describe('The complaint is about the person in this role: responsibility moves one rung up.'),
    language: languagePreferenceSchema
      .optional()
      .describe("The language preference given when the case was opened (left out: the preset's `correspondence.defaultLanguage`, else English)."),
    events: z.array(caseEventSchema).describe('Everything recorded on the case, oldest first.'),
  })
  .strict();

/** One problem of a stored case value: the field (relative to the case, e.g. `events[2].on`) and the rule broken. */
export interface CaseValueProblem {
  readonly field: string;
  readonly rule: string;
}

const EVENT_TYPE_RULE = `must be one of the event types: ${CASE_EVENT_TYPES.join(', ')}`;

/**
 * Checks a stored case value (read back from a file or a database) against the case schema, with the workflow's
 * own wording of each problem (never the value): the checked value, or every problem found. This is the same check
 * `performanceReport` and `casesFromJson` make before replaying a case.
 *
 * @example
 * import { checkCaseValue } from 'statutory-complaints/workflow';
 * const stored = { reference: 'C-1', caseType: 'statutory-complaint', policyId: 'dudley', policyVersion: '1.0.0',
 *   receivedAt: null, received: '2025-12-19', events: [{ type: 'acknowledged', on: '2025-12-22' }] };
 * checkCaseValue(stored).problems //=> []
 * checkCaseValue({ ...stored, received: '19/12/2025' }).problems //=> [{ field: 'received', rule: "must be a real calendar date written 'YYYY-MM-DD' between 1900 and 2199" }]
 */
export function checkCaseValue(value: unknown): { readonly value?: StoredCase; readonly problems: readonly CaseValueProblem[] } {
  // zod parses about twice as fast without `reportInput`; the input is only needed to word a failure ("is required").
  const parsed = caseSchema.safeParse(value);
  if (parsed.success) return { value: parsed.data, problems: [] };
  const all = caseSchema.safeParse(value, { reportInput: true }).error!.issues;
  return {
    problems: withoutSafeIntegerBound(all).map((issue) => {
      const last = issue.path[issue.path.length - 1];
      // Only an event has a `type`: a value that names no event type.
      const rule = issue.code === 'invalid_union' && last === 'type' ? EVENT_TYPE_RULE : describeIssue(issue);
      return { field: issuePath(issue.path), rule };
    }),
  };
}

/**
 * A case value as stored (read back from a file or a database) once it passed the case schema: the fields of a
 * {@link Case}, not yet frozen.
 */
export interface StoredCase {
  reference: string;
  caseType: string;
  policyId: string;
  policyVersion: string;
  receivedAt: string | null;
  received: CalendarDate;
  about?: string | undefined;
  /** The language preference set when the case was opened, if any. */
  language?: LanguagePreference | undefined;
  events: CaseEvent[];
}

/** A case: inputs plus events, frozen. */
export interface Case {
  readonly reference: string;
  readonly caseType: string;
  readonly policyId: string;
  readonly policyVersion: string;
  /** The instant it arrived, normalised to ISO 8601 UTC (`…Z`), or null when only a date was given. */
  readonly receivedAt: string | null;
  /** The date of receipt (day 0 of working-day counts). */
  readonly received: CalendarDate;
  /** The complaint is about the person in this role. */
  readonly about?: string;
  /**
   * The language preference given when the case was opened (absent: the preset's `correspondence.defaultLanguage`,
   * else `english`). A `language-preference-changed` event changes it from its date: read the preference in force
   * from the snapshot (`Workflow.snapshot(kase).language`).
   */
  readonly language?: LanguagePreference;
  readonly events: readonly CaseEvent[];
}

/** What {@link openCase} needs. */
export interface OpenCaseInput {
  readonly reference: string;
  /** A case-type id of the policy (default: the policy's first case type). */
  readonly caseType?: string;
  /** When it arrived: a `Date`, an ISO 8601 instant with an offset, or a `YYYY-MM-DD` date. */
  readonly receivedAt: Date | string;
  /** The complaint is about the person in this role (a role id of the policy). */
  readonly about?: string;
  /**
   * The complainant's language preference for correspondence: `english`, `welsh` or `bilingual` (left out: the
   * preset's `correspondence.defaultLanguage`, else `english`). Letters and emails are written in it.
   */
  readonly language?: LanguagePreference;
}

/**
 * The state of a case.
 * - `open`: the current stage's response is awaited;
 * - `clock-stopped`: the response clock is stopped under one of the preset's `clockStops` (a fees notice given,
 *   clarification or proof of identity asked for); the case is not chased until it resumes or restarts;
 * - `awaiting-discretion`: a request for the next stage came after its window and needs a decision;
 * - `mediation`: mediation was offered and has not concluded;
 * - `delay-reason-awaited`: the stage was answered after its due date and no reason code is recorded yet
 *   (the preset's awaited code, e.g. Dudley's Z045, applies);
 * - `responded`: the stage was answered; the complainant may ask for the next stage;
 * - `resolved`: mediation resolved the complaint;
 * - `normal-business`: confirmed as normal business within the window;
 * - `outside-procedure`: referred back as outside the procedure, or a late request refused;
 * - `lapsed`: what the stopped clock waited for did not come in time (FOIA 2000 s.9(2): a fee unpaid within three
 *   months), so the request lapsed;
 * - `withdrawn`, `referred-to-ombudsman`, `closed`.
 */
export type CaseStateName =
  | 'open'
  | 'clock-stopped'
  | 'awaiting-discretion'
  | 'mediation'
  | 'delay-reason-awaited'
  | 'responded'
  | 'resolved'
  | 'normal-business'
  | 'outside-procedure'
  | 'withdrawn'
  | 'referred-to-ombudsman'
  | 'lapsed'
  | 'closed';

/** A day the response clock was stopped (a pause of the preset's `clockStops`), listed with the days skipped. */
export interface ClockStoppedDay {
  readonly date: CalendarDate;
  readonly kind: 'clock-stopped';
  /** The mechanism's title from the preset, e.g. "Waiting for the fee to be paid". */
  readonly reason: string;
  /** The mechanism's id, e.g. `fees-notice`. */
  readonly stop: string;
  readonly provisional: false;
}

/** A day not counted towards a deadline: a non-working day, or a day its clock was stopped. */
export type SkippedDay = NonWorkingDay | ClockStoppedDay;

/** A flag on a deadline or a status. */
export type DeadlineFlag =
  | 'extension-beyond-statutory-maximum'
  | 'extension-agreed-after-original-date-passed'
  | 'extension-not-agreed-with-complainant'
  | 'late-request-needs-discretion'
  | 'late-request-accepted'
  | 'late-request-refused'
  | 'normal-business-confirmed-too-late'
  | 'clock-start-assumed'
  | 'clock-stopped'
  | 'clock-restarted'
  | 'missed';

/** What a deadline is for. */
export type DeadlineKind =
  | 'acknowledgement'
  | 'allocation'
  | 'normal-business-window'
  | 'response'
  | 'extended-response'
  | 'maximum'
  | 'step'
  | 'request-window'
  | 'panel-meeting'
  | 'hearing-notice'
  | 'panel-report'
  | 'final-response'
  | 'delay-reason-follow-up';

/** One deadline, worked out from the policy and the events. */
export interface Deadline {
  /** e.g. `acknowledgement`, `stage-1-response`, `stage-1-extended-response`, `stage-2-request-window`. */
  readonly id: string;
  readonly kind: DeadlineKind;
  /** The stage it belongs to, if any. */
  readonly stage?: string;
  /** Where in the policy the rule is, e.g. `caseTypes.statutory.stages.stage-1.timescale`. */
  readonly ruleId: string;
  /** The rule's source, copied from the policy. */
  readonly source: string;
  /** The date the count starts from (day 0). */
  readonly start: CalendarDate;
  /** What started it: `received`, or an event type such as `response-sent`. */
  readonly startedBy: string;
  /** Working days counted (for `hearing-notice`: before the hearing). */
  readonly workingDays?: number;
  /** Calendar days counted (every day, the end rolled forward to a working day). */
  readonly calendarDays?: number;
  /** Calendar months counted. */
  readonly calendarMonths?: number;
  /** The due date (always a working day, except an agreed date the caller gave). */
  readonly due: CalendarDate;
  /**
   * The days between the start and the due date that were not counted, with reasons: non-working days, and the days
   * the clock was stopped (`kind: 'clock-stopped'`, with the mechanism's title and id).
   */
  readonly skipped: readonly SkippedDay[];
  /** True when the date rests on unpublished holiday data or on an assumed start (e.g. acknowledgement not yet made). */
  readonly provisional: boolean;
  /** When it was met (the date of the event that satisfied it), if it was. */
  readonly metOn?: CalendarDate;
  /** The id of the deadline that replaced this one (the original response date, once an extension is agreed). */
  readonly supersededBy?: string;
  readonly flags: readonly DeadlineFlag[];
}

/** Who is responsible for the current stage. */
export interface Responsibility {
  /** The role that responds (after moving up a rung when the complaint is about the person in it). */
  readonly role: string;
  /** Other roles responding with it (e.g. the investigator, the stage-2 independent person). */
  readonly with: readonly string[];
  /** True when responsibility moved one rung up because the complaint is about the person in the usual role. */
  readonly movedUp: boolean;
}

/** The answer of {@link statusOn}. */
export interface CaseStatus {
  readonly date: CalendarDate;
  readonly state: CaseStateName;
  readonly stage: string;
  readonly responsible: Responsibility;
  /** The earliest deadline not yet met, if any. */
  readonly nextDeadline?: Deadline;
  /** Working days from `date` to the next deadline's due date: negative when overdue. */
  readonly workingDaysRemaining?: number;
  readonly overdue: boolean;
  /** True when a response went out after its due date and no delay-reason code is recorded. */
  readonly delayReasonOwed: boolean;
  /** The preset's code recorded while the reason is awaited (e.g. `Z045`). */
  readonly awaitedCode?: string;
  readonly flags: readonly DeadlineFlag[];
}

/** One reminder of a stage's chasing ladder. */
export interface ScheduledReminder {
  /** `${reference}|${stage}|${reminderId}|${dueDate}`: store it to send each reminder once. */
  readonly key: string;
  readonly reference: string;
  readonly stage: string;
  /** The reminder id from the preset, or `new-referral` (the stage's referral email), `delay-reason-request` / `delay-reason-follow-up`. */
  readonly id: string;
  readonly date: CalendarDate;
  /** The due date the reminder chases. */
  readonly dueDate: CalendarDate;
  /** Role ids (`responder` resolved to the responsible role). */
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly template: string;
  /**
   * `true` when the date stands in for an event that has not happened: the `new-referral` of a stage whose case is
   * not yet allocated, dated the day the stage starts. Absent otherwise.
   */
  readonly provisional?: true;
}

/**
 * Options of the workflow functions (the optional last argument of `openCase`, `applyEvent`, `allowedEventTypes`,
 * `deadlines`, `statusOn` and `reminderSchedule`; `remindersDue` takes `feed` in its window and `expectedTimeline`
 * in its input).
 *
 * - `feed`: a GOV.UK bank-holidays feed from `parseGovUkBankHolidays`. The case type's calendar uses the feed's dates
 *   for the years the feed covers, so a bank holiday proclaimed after this release (or a correction) moves the
 *   deadlines and reminders counted over it. Nothing is stored: pass the same feed to every call that should see it.
 *
 * @example
 * import { getPolicy, openCase, deadlines, parseGovUkBankHolidays, bankHolidays } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * // A feed for 2026 with every England-and-Wales bank holiday, plus an extra one proclaimed for Monday 12 January.
 * const events = bankHolidays('england-and-wales', { from: '2026-01-01', to: '2026-12-31' }).map((h) => ({ title: h.title, date: h.date, notes: '', bunting: true }));
 * const feed = parseGovUkBankHolidays({ 'england-and-wales': { division: 'england-and-wales', events: [...events, { title: 'Extra bank holiday', date: '2026-01-12', notes: 'Extra bank holiday', bunting: true }] } });
 * const kase = openCase(dudley, { reference: 'C-1', receivedAt: '2026-01-05' }, { feed });
 * // Received Monday 5 January 2026: due Monday 19 January, Tuesday 20 January with the extra holiday.
 * deadlines(dudley, kase).find((d) => d.id === 'stage-1-response').due //=> '2026-01-19'
 * deadlines(dudley, kase, { feed }).find((d) => d.id === 'stage-1-response').due //=> '2026-01-20'
 */
export interface WorkflowOptions {
  /** A GOV.UK bank-holidays feed (from `parseGovUkBankHolidays`), used for the years it covers. */
  readonly feed?: BankHolidayFeed;
}

/** A window for {@link remindersDue}: reminders dated after `after` up to and including `through`. */
export interface ReminderWindow {
  readonly after: DateInput;
  readonly through: DateInput;
  /**
   * A GOV.UK bank-holidays feed (from `parseGovUkBankHolidays`), used for the years it covers.
   * @deprecated Give the feed once, as `{ feed }`: to `createWorkflow(policy, { feed })`, or as `remindersDue`'s
   *   trailing options argument.
   */
  readonly feed?: BankHolidayFeed;
}

/** Someone to write to. */
export interface Contact {
  readonly name: string;
  readonly email: string;
}

/** The answer of {@link resolveRecipients}. */
export interface Recipients {
  readonly to: readonly Contact[];
  readonly cc: readonly Contact[];
  /** Role ids not in the directory whose messages go to the complaints mailbox instead. */
  readonly fellBack: readonly string[];
}
