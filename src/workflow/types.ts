import * as z from 'zod';
import { isCalendarDateString } from '../calendar/date.js';
import type { CalendarDate, DateInput } from '../calendar/date.js';
import type { BankHolidayFeed, NonWorkingDay } from '../calendar/types.js';

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

// The check lives with the other calendar-date code; re-exported here under the name it has always had.
export { isCalendarDateString } from '../calendar/date.js';

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
export const outcomeSchema = z
  .enum(['upheld', 'partly-upheld', 'not-upheld'])
  .describe('The outcome of a complaint response: upheld, partly upheld or not upheld.');
/** The outcome of a complaint response. */
export type Outcome = z.output<typeof outcomeSchema>;

/** Why a case was referred back as outside the procedure: one of these or an `outsideProcedure` id of the preset. */
export const referralReasonSchema = z
  .union([
    z.enum(['court-proceedings', 'out-of-time', 'not-eligible']),
    z.string().regex(ID, { message: "must be court-proceedings, out-of-time, not-eligible or the id of one of the policy's outsideProcedure entries (lower-case kebab-case)" }),
  ])
  .describe('`court-proceedings`, `out-of-time`, `not-eligible`, or the id of one of the preset\'s `outsideProcedure` entries.');

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
    name: freeText.optional().describe('The person\'s name, if the caller wants it kept with the case (personal data).'),
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
export const acceptedLateEventSchema = event('accepted-late', {}, 'A complaint made after the time limit was accepted at the council\'s discretion.');
/** The recipient confirmed they will treat the matter as normal business (a service request). */
export const normalBusinessConfirmedEventSchema = event(
  'normal-business-confirmed',
  {},
  'The recipient confirmed they will treat the matter as normal business. Counts only inside the preset\'s window; later, the case stays a complaint.',
);
/** A holding response was sent to the complainant. */
export const holdingResponseSentEventSchema = event('holding-response-sent', {}, 'A holding response was sent to the complainant.');
/** A longer time to respond was agreed for the current stage. */
export const extensionAgreedEventSchema = event(
  'extension-agreed',
  {
    newDueDate: calendarDateSchema.optional().describe('The new due date (a working day after the current due date).'),
    workingDays: z.number().int().min(1).max(1000).optional().describe('Working days added to the current due date.'),
    calendarMonths: z.number().int().min(1).max(120).optional().describe('Calendar months added to the timescale (subject access: 2).'),
    reason: freeText.describe('Why more time is needed (free text, may be personal data).'),
    agreedWithComplainant: z.boolean().describe('Whether the new date was agreed with the complainant.'),
    agreedOn: calendarDateSchema.optional().describe('When it was agreed (default: `on`).'),
  },
  'A longer time to respond was agreed for the current stage: exactly one of `newDueDate`, `workingDays` or `calendarMonths`.',
);
/** The current stage's response was sent. */
export const responseSentEventSchema = event(
  'response-sent',
  { outcome: outcomeSchema.optional().describe('Required for complaints; not used for enquiries and information requests.') },
  'The response for the current stage was sent. Whether it was late is worked out from the deadlines.',
);
/** Further questions about the stage-1 response were answered. */
export const furtherQuestionsAnsweredEventSchema = event(
  'further-questions-answered',
  {},
  'The complainant\'s further questions about the response were answered (an attempt to resolve without escalating).',
);
/** The complainant asked to move to the next stage. */
export const nextStageRequestedEventSchema = event(
  'next-stage-requested',
  {
    stage: stageId.optional().describe('The stage asked for (default: the current stage\'s escalation target, else the next stage). Optional stages in between may be skipped.'),
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
export const panelReportReceivedEventSchema = event('panel-report-received', {}, 'The panel\'s report was received.');
/** The final response (after the panel) was sent. */
export const finalResponseSentEventSchema = event(
  'final-response-sent',
  { outcome: outcomeSchema },
  'The council\'s final response after the panel was sent.',
);
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
    code: z.string().min(1).max(20).describe('One of the preset\'s delay-reason codes, e.g. `Z040`.'),
    text: freeText.optional().describe('Additional information (free text, may be personal data).'),
  },
  'The reason for a late response was recorded (a code from the preset, plus optional free text).',
);
/** A step inside the stage was completed (e.g. a Member Enquiry's draft, approval, sign-off, sent). */
export const stepCompletedEventSchema = event(
  'step-completed',
  { step: z.string().regex(ID, { message: 'must be a step id of the stage, e.g. `draft`' }).describe('The step id from the preset.') },
  'A step inside the current stage was completed, in the preset\'s order. Completing the last step is the response.',
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
]);

/** Any event recorded on a case (validated: dates are {@link CalendarDate}s). */
export type CaseEvent = z.output<typeof caseEventSchema>;
/** An event as a caller writes it (dates as plain `YYYY-MM-DD` strings). */
export type CaseEventInput = z.input<typeof caseEventSchema>;
/** The `type` of an event. */
export type CaseEventType = CaseEvent['type'];
/** The event of a given type. */
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;

/**
 * Every event type, in the order they are documented.
 *
 * @example
 * import { CASE_EVENT_TYPES } from 'statutory-complaints/workflow';
 * CASE_EVENT_TYPES.length //=> 27
 * CASE_EVENT_TYPES.slice(0, 3) //=> ['acknowledged', 'allocated', 'referred-back']
 */
export const CASE_EVENT_TYPES: readonly CaseEventType[] = Object.freeze(caseEventSchema.options.map((o) => o.shape.type.value));

/**
 * The stored shape of a case (its inputs and its events; everything else is derived), for checking a case read back
 * from storage before passing it to the workflow functions.
 *
 * @example
 * import { caseSchema } from 'statutory-complaints/workflow';
 * const stored = { reference: 'C-1', caseType: 'statutory-complaint', policyId: 'dudley', policyVersion: '1.0.0',
 *   receivedAt: null, received: '2025-12-19', events: [{ type: 'acknowledged', on: '2025-12-22' }] };
 * caseSchema.safeParse(stored).success //=> true
 * caseSchema.safeParse({ ...stored, received: '19/12/2025' }).success //=> false
 */
export const caseSchema = z
  .object({
    reference: z.string().min(1).max(200).describe('The council\'s case reference.'),
    caseType: z
      .string()
      .regex(ID, { message: 'must be a case-type id in lower-case kebab-case, e.g. `statutory-complaint`' })
      .describe('A case-type id of the policy, e.g. `statutory`.'),
    policyId: z
      .string()
      .regex(ID, { message: 'must be a policy id in lower-case kebab-case, e.g. `dudley`' })
      .describe('The id of the policy the case runs under.'),
    policyVersion: z.string().describe('The version of the policy when the case was opened (later versions may move deadlines).'),
    receivedAt: z.string().nullable().describe('The instant it arrived (ISO 8601 with offset), or null when only the date was given.'),
    received: calendarDateSchema.describe('The date of receipt (day 0), after the policy\'s cut-off time and non-working-day rule.'),
    about: roleId.optional().describe('The complaint is about the person in this role: responsibility moves one rung up.'),
    events: z.array(caseEventSchema).describe('Everything recorded on the case, oldest first.'),
  })
  .strict();

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
}

/**
 * The state of a case.
 * - `open`: the current stage's response is awaited;
 * - `awaiting-discretion`: a request for the next stage came after its window and needs a decision;
 * - `mediation`: mediation was offered and has not concluded;
 * - `delay-reason-awaited`: the stage was answered after its due date and no reason code is recorded yet
 *   (the preset's awaited code, e.g. Dudley's Z045, applies);
 * - `responded`: the stage was answered; the complainant may ask for the next stage;
 * - `resolved`: mediation resolved the complaint;
 * - `normal-business`: confirmed as normal business within the window;
 * - `outside-procedure`: referred back as outside the procedure, or a late request refused;
 * - `withdrawn`, `referred-to-ombudsman`, `closed`.
 */
export type CaseStateName =
  | 'open'
  | 'awaiting-discretion'
  | 'mediation'
  | 'delay-reason-awaited'
  | 'responded'
  | 'resolved'
  | 'normal-business'
  | 'outside-procedure'
  | 'withdrawn'
  | 'referred-to-ombudsman'
  | 'closed';

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
  /** Non-working days between the start and the due date, with reasons. */
  readonly skipped: readonly NonWorkingDay[];
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
  /** A GOV.UK bank-holidays feed (from `parseGovUkBankHolidays`), used for the years it covers. */
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
