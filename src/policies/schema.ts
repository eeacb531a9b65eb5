import * as z from 'zod';
import type { LanguagePreference } from './types.js';

/**
 * The policy preset format, described once. TypeScript types are inferred from these schemas and the shipped
 * JSON Schema (`schema/policy.schema.json`) is generated from them, so the three never disagree.
 *
 * Conventions:
 * - every object is strict: an unknown or misspelt key is an error;
 * - every timescale, limit and rule carries `source`: the statute and regulation, the guidance paragraph, the
 *   ombudsman code, or `local: <council document>`;
 * - ids are lower-case kebab-case (`stage-1`, `service-manager`), so they read well in paths and file names;
 * - records (roles, case types, stages, templates) keep the order they are written in.
 *
 * @module
 */

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const VERSION = /^\d+\.\d+(?:\.\d+)?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The patterns used by the schema, so that validation messages can say in words what a value should look like.
 * @internal
 */
export const PATTERNS = Object.freeze({ id: ID, date: DATE, time: TIME, version: VERSION, email: EMAIL });

/** A lower-case kebab-case identifier such as `stage-1` or `service-manager`. */
export const idSchema = z.string().regex(ID).describe('A lower-case identifier made of letters, digits and single hyphens, e.g. `stage-1` or `service-manager`.');

/** Where a rule comes from. */
export const sourceSchema = z
  .string()
  .trim()
  .min(3)
  .describe(
    "Where this rule comes from: the statute and regulation (e.g. `SI 2006/1738 reg 19(4)`), the statutory guidance paragraph, the ombudsman code paragraph, or `local: <council document>` for a council's own practice.",
  );

const dateString = z.string().regex(DATE).describe('A calendar date written `YYYY-MM-DD`.');

/** A whole number of working days (0 to 1000). */
const workingDays = z.number().int().min(0).max(1000);

/** A whole number of calendar days (0 to 1000). */
const calendarDays = z.number().int().min(0).max(1000);

/** A whole number of calendar months (1 to 120). */
const calendarMonths = z.number().int().min(1).max(120);

/** How a count of calendar days is read, quoted in the schema and the JSON Schema. */
const CALENDAR_DAYS_RULE =
  'every day counts, weekends and holidays included; day 0 is the start date, and when the day reached is not a working day the next working day is used (as the ICO rolls a calendar month forward)';

/** How a count of calendar months is read. */
const CALENDAR_MONTHS_RULE = 'by the ICO rule: the corresponding date, else the last day of the month, then the next working day';

/**
 * Where a count of calendar months ends (issue 16: a choice the library used to make silently).
 */
export const calendarMonthsEndSchema = z
  .enum(['corresponding-date', 'period-last-day'])
  .describe(
    'Where a count of calendar months ends. `corresponding-date` (the default when left out): the same day number N months later, else the last day of that month, moved to the next working day when it is not one (the ICO\'s rule for a subject access month). `period-last-day`: the last day of "the period of N months commencing on" the start date, i.e. the day before the corresponding date (the last day of the month when there is no corresponding date), never moved, even to a weekend or bank holiday (SI 2012/3094 reg 29(3) words the adult social care ceiling this way).',
  );

/**
 * A count of working days, calendar days or calendar months with its source: exactly one of `workingDays`,
 * `calendarDays` or `calendarMonths`.
 */
export const timescaleSchema = z
  .object({
    workingDays: workingDays.optional().describe('Working days after the clock starts (day 0 is the start date).'),
    calendarDays: calendarDays.optional().describe(`Calendar days after the clock starts: ${CALENDAR_DAYS_RULE}. For a source that says "days" and means calendar days.`),
    calendarMonths: calendarMonths.optional().describe(`Calendar months after the clock starts, ${CALENDAR_MONTHS_RULE} (unless \`calendarMonthsEnd\` says otherwise).`),
    calendarMonthsEnd: calendarMonthsEndSchema.optional(),
    calendarMonthsEndSource: sourceSchema
      .optional()
      .describe('Where the `calendarMonthsEnd` reading comes from (required with `calendarMonthsEnd`), or `no source found` and why this reading was chosen.'),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict()
  .describe('A timescale: exactly one of `workingDays`, `calendarDays` or `calendarMonths`, with its source.');

/** The limit on extensions of a stage. */
export const extensionSchema = z
  .object({
    maxWorkingDays: workingDays
      .optional()
      .describe(
        'The longest the response may take in total, counted like the base timescale (e.g. 20 for stage 1, 65 for stage 2). Leave out every maximum when the source gives none.',
      ),
    maxCalendarDays: calendarDays.optional().describe('The longest in total, in calendar days, for a timescale in calendar days.'),
    maxCalendarMonths: calendarMonths.optional().describe('The longest in total, in calendar months (e.g. 3 for a subject access request: one month plus two).'),
    calendarMonthsFrom: z
      .enum(['clock-start', 'first-period-end'])
      .optional()
      .describe(
        'For a timescale in calendar months: where the extended months are counted from. `clock-start` (the default when left out): the total (e.g. 3 months) from the day the clock started. `first-period-end`: the further months (e.g. 2) from the end of the first period (its corresponding date or last day, before any move to a working day). They differ at the end of a month: received 31 January 2026, 3 months from receipt end Thursday 30 April; 2 further months from 28 February end Tuesday 28 April.',
      ),
    calendarMonthsFromSource: sourceSchema
      .optional()
      .describe('Where the `calendarMonthsFrom` reading comes from (required with `calendarMonthsFrom`), or `no source found` and why this reading was chosen.'),
    localDateMayExceed: z
      .boolean()
      .optional()
      .describe(
        'Required with a maximum: whether a date agreed locally with the complainant may go beyond it (it is then flagged as beyond the statutory maximum, never hidden). Without a maximum it has no effect.',
      ),
    agreeBeforeDue: z
      .boolean()
      .optional()
      .describe('Whether the extension should be agreed before the original due date (Southampton: "before the initial 10 days have expired").'),
    source: sourceSchema,
    note: z.string().optional(),
  })
  .strict()
  .describe(
    'How far the response date may be extended: at most one maximum (`maxWorkingDays`, `maxCalendarDays` or `maxCalendarMonths`, in the unit of the timescale), or none when the source sets no ceiling (an agreed date is then never flagged as beyond a maximum).',
  );

/** The event that starts a stage's clock. */
export const clockStartSchema = z
  .enum(['received', 'acknowledged', 'allocated', 'requested', 'statement-agreed', 'hearing-held', 'report-received'])
  .describe(
    'The event that starts the clock: `received` (date of receipt), `acknowledged` (LGSCO code: from acknowledgement), `allocated`, `requested` (the request to move to this stage), `statement-agreed` (the agreed statement of complaint at stage 2), `hearing-held` or `report-received` (panel steps).',
  );

/** The window for asking to move on to the next stage. */
export const escalationSchema = z
  .object({
    to: idSchema.describe('The stage the complainant may ask to move to.'),
    windowWorkingDays: workingDays
      .optional()
      .describe(
        'Working days after the response is received within which the request should be made (give exactly one of `windowWorkingDays`, `windowCalendarDays` or `windowCalendarMonths`).',
      ),
    windowCalendarDays: calendarDays.optional().describe(`Calendar days after the response within which the request should be made: ${CALENDAR_DAYS_RULE}.`),
    windowCalendarMonths: calendarMonths
      .optional()
      .describe(`Calendar months after the response within which the request should be made, ${CALENDAR_MONTHS_RULE} (SPSO model CHP: 2 months).`),
    windowFrom: z
      .enum(['response-sent', 'response-received'])
      .optional()
      .describe(
        'When the window opens. `response-sent` (the default when left out): the day the response was sent. `response-received`: the day the complainant received it, recorded with a `response-received` event; until one is recorded the day it was sent stands in for it (the window is then shown as assumed, and may close early).',
      ),
    windowFromSource: sourceSchema
      .optional()
      .describe('Where the `windowFrom` reading comes from (required with `windowFrom`), or `no source found` and why this reading was chosen.'),
    lateRequestNeedsDiscretion: z.boolean().describe('Whether a request outside the window is recorded as late and needs a discretion decision.'),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict()
  .describe('The window for asking for the next stage: `to`, exactly one of `windowWorkingDays`, `windowCalendarDays` or `windowCalendarMonths`, and its source.');

/** A simple target (acknowledgement, allocation, normal-business confirmation): working days or calendar days. */
export const targetSchema = z
  .object({
    workingDays: workingDays.optional().describe('Working days after the clock starts (give exactly one of `workingDays` or `calendarDays`).'),
    calendarDays: calendarDays.optional().describe(`Calendar days after the clock starts: ${CALENDAR_DAYS_RULE}.`),
    from: clockStartSchema.optional().describe('What starts the clock (default `received`: the date of receipt, or of the request for the stage).'),
    startDay: z
      .enum(['day-0', 'day-1'])
      .optional()
      .describe(
        'How the day the clock starts is numbered. `day-0` (the default when left out): it is day 0, and N days end on the Nth (working) day after it. `day-1`: when it is a working day it is day 1 itself, so N days end on the (N-1)th working day after it (a start on a non-working day is numbered as with `day-0`: the next working day is day 1).',
      ),
    startDaySource: sourceSchema
      .optional()
      .describe('Where the `startDay` reading comes from (required with `startDay`), or `no source found` and why this reading was chosen.'),
    source: sourceSchema,
    note: z.string().optional(),
  })
  .strict()
  .describe('A target: exactly one of `workingDays` or `calendarDays`, what starts its clock, and its source.');

/** One step of the chasing ladder. */
export const reminderSchema = z
  .object({
    id: idSchema.describe('Stable id of the reminder, e.g. `first-reminder`, `first-overdue-reminder`.'),
    title: z.string().min(1).optional().describe('Human title, e.g. "1st overdue reminder".'),
    offsetWorkingDays: z.number().int().min(-100).max(100).describe('Working days from the due date: negative before it, 0 on the due date, positive after it.'),
    to: z.array(idSchema).min(1).describe('Role ids the reminder is sent to; `responder` means whoever responds at this stage.'),
    cc: z.array(idSchema).default([]).describe('Role ids copied in.'),
    template: idSchema.describe('Id of the template in this preset used for the email.'),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict();

/**
 * The email that refers a new case (or a new stage) to whoever will respond, e.g. Dudley's "New Referral" (copy in
 * the service manager and their personal assistant). Sent once, on the day the stage's case is allocated.
 */
export const referralSchema = z
  .object({
    to: z.array(idSchema).min(1).describe('Role ids the referral is sent to; `responder` means whoever responds at this stage.'),
    cc: z.array(idSchema).default([]).describe('Role ids copied in.'),
    template: idSchema.describe('Id of the template in this preset used for the email.'),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict()
  .describe(
    "The referral email to whoever will respond: dated the day the stage's case is allocated (the `allocated` event), and until then, provisionally, the day the stage starts (the date of receipt, or of the request for the stage; the next working day when that is not one).",
  );

/** A panel (review) stage's own timescales, e.g. England's stage 3. */
export const panelSchema = z
  .object({
    meetWithin: timescaleSchema.describe('The panel meets within this of the request (SI 2006/1738 reg 19(4): 30 working days).'),
    hearingNotice: timescaleSchema.optional().describe('Notice given to the complainant before the hearing (working days before it).'),
    report: timescaleSchema.describe('The panel report, after the hearing.'),
    response: timescaleSchema.describe('The final response, after the report is received.'),
    respondsWith: z.array(idSchema).default([]).describe('Roles that respond with the responder (reg 20: with the stage-2 independent person).'),
  })
  .strict();

/** What starts a step's clock when it is not the stage's own clock. */
export const stepStartSchema = z
  .enum(['acknowledged', 'allocated'])
  .describe(
    "What starts the step's clock instead of the stage's: `allocated` (the day the stage's case is allocated to whoever responds; before that, provisionally, the allocation target's date) or `acknowledged`.",
  );

/** One step inside a stage (e.g. a Member Enquiry: draft, approval, sign-off, sent). */
export const stepSchema = z
  .object({
    id: idSchema.describe('Stable id of the step, e.g. `draft`, `sign-off`.'),
    title: z.string().min(1).describe('Name of the step, e.g. "Draft response".'),
    by: idSchema.describe('Role that completes this step.'),
    timescale: timescaleSchema.optional().describe('Target for this step, from the stage clock start (or from `from`).'),
    from: stepStartSchema.optional(),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict();

/** One stage of a procedure. */
export const stageSchema = z
  .object({
    title: z.string().min(1).describe('Name of the stage, e.g. "Stage 1 – local resolution".'),
    optional: z.boolean().default(false).describe('An optional stage (e.g. mediation) may be skipped on the way to the next one.'),
    clockStart: clockStartSchema.describe("The event that starts this stage's clock, e.g. `received` or `requested`."),
    lateRequestClockStart: z
      .enum(['accepted', 'requested'])
      .optional()
      .describe(
        "When a late request for this stage is accepted at the council's discretion (`discretion-decided`), what its clock (and a panel's meeting) counts from: `accepted` (the default when left out) the day the late request was accepted, or `requested` the day the complainant asked. Request Thursday 29 August 2024 accepted Thursday 5 September 2024: 65 working days end Thursday 5 December 2024 from acceptance, Thursday 28 November 2024 from the request.",
      ),
    lateRequestClockStartSource: sourceSchema
      .optional()
      .describe('Where the `lateRequestClockStart` reading comes from (required with `lateRequestClockStart`), or `no source found` and why this reading was chosen.'),
    timescale: timescaleSchema.describe('Time to respond at this stage.'),
    extension: extensionSchema.optional().describe('How far the response date may be extended, e.g. to 20 working days at stage 1.'),
    responder: idSchema.describe('Role that responds at this stage (moves one rung up when the complaint is about that person).'),
    respondsWith: z.array(idSchema).default([]).describe('Other roles involved in the response, e.g. the independent investigator.'),
    acknowledgement: targetSchema.optional().describe('Target for acknowledging the request for this stage.'),
    allocation: targetSchema
      .optional()
      .describe("Target for allocating this stage's case to whoever responds; for the first stage it replaces the case type's `allocation`."),
    escalation: escalationSchema.optional().describe('How and when the complainant may ask for the next stage.'),
    panel: panelSchema.optional().describe('Panel timescales, for a review-panel stage.'),
    steps: z.array(stepSchema).optional().describe('Steps within the stage (e.g. draft, approval, sign-off, sent).'),
    referral: referralSchema.optional(),
    reminders: z.array(reminderSchema).default([]).describe('The chasing ladder, in order of offset.'),
    source: sourceSchema,
  })
  .strict();

const holidaysSchema = z
  .enum(['england-and-wales', 'scotland', 'northern-ireland', 'united-kingdom'])
  .describe('Which bank holidays count: a GOV.UK division, or `united-kingdom` (a bank holiday in any part of the UK, FOIA s.10(6)).');

const closuresSchema = z.array(z.object({ date: dateString, reason: z.string().min(1) }).strict());

const receiptCutOffSchema = z.string().regex(TIME).describe('Local time (Europe/London) after which an arrival counts as received the next day, e.g. `17:00`.');

const nonWorkingDayReceiptSchema = z
  .enum(['count-from-next-working-day', 'next-working-day-is-receipt'])
  .describe(
    'When something arrives on a non-working day: `count-from-next-working-day` keeps that day as the date of receipt and day 1 is the next working day (ICO reading); `next-working-day-is-receipt` makes the next working day the date of receipt (day 0).',
  );

/** The working-day calendar a policy counts with. */
export const policyCalendarSchema = z
  .object({
    holidays: holidaysSchema,
    closures: closuresSchema.default([]).describe('Extra days the office is closed, each with a reason.'),
    receiptCutOff: receiptCutOffSchema.optional(),
    nonWorkingDayReceipt: nonWorkingDayReceiptSchema,
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict();

/**
 * A case type's own calendar: the fields that differ from the policy's calendar, with the source of the difference.
 * The case type counts on the policy's calendar overridden field by field (a list such as `closures` is replaced
 * whole).
 */
export const caseTypeCalendarSchema = z
  .object({
    holidays: holidaysSchema.optional(),
    closures: closuresSchema.optional().describe("Extra days the office is closed for this case type, each with a reason; replaces the policy's list (`[]` for none)."),
    receiptCutOff: receiptCutOffSchema.optional(),
    nonWorkingDayReceipt: nonWorkingDayReceiptSchema.optional(),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict()
  .describe(
    "This case type's calendar where it differs from the policy's, e.g. `holidays: united-kingdom` for FOI requests (FOIA 2000 s.10(6)) in a preset whose complaints count England-and-Wales days. Fields not given are the policy's.",
  );

/** The kinds of case the library knows. */
export const caseKindSchema = z
  .enum(['statutory-complaint', 'corporate-complaint', 'member-enquiry', 'foi', 'eir', 'subject-access', 'data-protection-complaint'])
  .describe(
    'The kind of case: statutory complaint, corporate complaint, Member/Mayor Enquiry, FOI request, EIR request, subject access request or data protection complaint (DPA 2018 s.164A).',
  );

/**
 * One legal mechanism that stops a case type's response clock (issue 16): a pause (the days from the stop to the
 * restart, both included, do not count) or a restart (the timescale is counted afresh from the day the information
 * arrives), with its source and the date it took effect.
 */
export const clockStopSchema = z
  .object({
    title: z.string().min(1).describe('What the clock waits for, in words for letters and reports, e.g. "Waiting for the fee to be paid".'),
    effect: z
      .enum(['pause', 'restart'])
      .describe(
        'The legal effect: `pause` (the days from the day the clock is stopped to the day it is resumed, both included, do not count: working days for a timescale in working days, every day for one in calendar days or months), or `restart` (the timescale is counted again from the day the information is received, which becomes day 0).',
      ),
    effectiveFrom: dateString.describe('The date the rule took effect: a case received before it may not use it (the earlier law applies to it).'),
    lapseAfter: z
      .object({
        calendarMonths: calendarMonths.describe(
          'Months beginning with the day the clock was stopped; from the corresponding date the request may be recorded as lapsed.',
        ),
        source: sourceSchema,
      })
      .strict()
      .optional()
      .describe('When what is awaited has not come within this period the request lapses (FOIA 2000 s.9(2): a fee unpaid within three months).'),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict();

/** One case type of a policy. */
export const caseTypeSchema = z
  .object({
    title: z.string().min(1).describe('Name of the case type, e.g. "Children\'s social care statutory complaint".'),
    kind: caseKindSchema,
    calendar: caseTypeCalendarSchema.optional(),
    acknowledgement: targetSchema.optional().describe('Target for acknowledging a new case.'),
    allocation: targetSchema.optional().describe("Target for allocating a new case to a responder (the first stage's own `allocation`, if any, replaces it)."),
    normalBusiness: targetSchema
      .optional()
      .describe('Window within which a referral may be confirmed as normal business (Southampton: 3 days); otherwise it stays a complaint.'),
    stages: z.record(idSchema, stageSchema).describe('The stages in order, keyed by stage id.'),
    clockStops: z
      .record(idSchema, clockStopSchema)
      .optional()
      .describe(
        'The mechanisms the law gives this case type to stop its response clock (a pause or a restart), keyed by id, e.g. `fees-notice`. The `clock-stopped` event names one of them; a case type without them refuses clock stops.',
      ),
  })
  .strict();

/** A role in the procedure. */
export const roleSchema = z
  .object({
    title: z.string().min(1).describe('Job title, e.g. "Service Manager". Roles only: never a person\'s name.'),
    escalatesTo: idSchema.optional().describe('The role one rung up: responsibility moves there when the complaint is about the person in this role. Needs a `source`.'),
    source: sourceSchema
      .optional()
      .describe('Where the `escalatesTo` rule comes from (required with `escalatesTo`), e.g. `local: complaints procedure 2026, section 4`.'),
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict();

/** A delay-reason code. */
export const delayReasonSchema = z
  .object({
    code: z.string().min(1).max(20).describe('Code recorded on the case system, e.g. `Z040`.'),
    label: z.string().min(1).describe('What the code means, e.g. "Complex case".'),
  })
  .strict();

/** What happens when a response is late. */
export const delayReasonsSchema = z
  .object({
    codes: z.array(delayReasonSchema).min(1).describe('The reasons a responder may give for a late response.'),
    awaited: delayReasonSchema.describe('The code recorded while the reason is awaited (Dudley: Z045).'),
    requestTemplate: idSchema.optional().describe('Template asking the responder for the reason when a late response arrives.'),
    followUp: z
      .object({
        afterWorkingDays: workingDays.describe('Working days after the late response with no reason before the senior manager is asked.'),
        to: z.array(idSchema).min(1),
        cc: z.array(idSchema).default([]),
        template: idSchema,
        source: sourceSchema,
      })
      .strict()
      .optional(),
    source: sourceSchema,
  })
  .strict();

/** The time limit for making a complaint. */
export const timeLimitSchema = z
  .object({
    months: z.number().int().min(1).max(120).describe('Months from the grounds arising (or coming to notice).'),
    discretion: z.boolean().describe("Whether a later complaint may be accepted at the council's discretion."),
    decidedBy: idSchema.optional().describe('Role that decides on a late complaint.'),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict();

/** A matter outside the procedure. */
export const outsideProcedureSchema = z
  .object({
    id: idSchema.describe('e.g. `court-proceedings`, `out-of-time`, `not-eligible`.'),
    label: z.string().min(1).describe('What the matter is, e.g. "The subject is in court proceedings".'),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers, e.g. why this reading was chosen where sources disagree.'),
  })
  .strict();

/** How to format a date placeholder. */
export const dateStyleSchema = z.enum(['long', 'short']).describe('`long`: Wednesday 7 January 2026; `short`: 7 January 2026.');

/**
 * The Welsh text of a template (issue 16): the same placeholders as the English text, written in Welsh. Dates are
 * written in Welsh (`dydd Mercher 7 Ionawr 2026`); the preset's own names (stage titles, the complaints team, the
 * ombudsman) come from `correspondence.welsh`.
 */
export const welshTemplateSchema = z
  .object({
    title: z.string().min(1).optional().describe("The template's title in Welsh, for readers."),
    subject: z.string().min(1).describe('The Welsh subject line, with the same `((placeholders))` as the English one.'),
    body: z.string().min(1).describe("The Welsh body in Notify's syntax, with the same `((placeholders))` as the English one."),
  })
  .strict()
  .describe('The Welsh text of the template: `subject` and `body`, as your translation unit wrote them.');

/** An email template in GOV.UK Notify's syntax. */
export const templateSchema = z
  .object({
    title: z.string().min(1).optional(),
    subject: z.string().min(1).describe('Subject line, with `((placeholders))`.'),
    body: z.string().min(1).describe("Body in Notify's syntax: `((name))`, `((name??optional text))`, paragraphs, `* ` bullets."),
    welsh: welshTemplateSchema.optional(),
    dates: z.record(z.string().min(1), dateStyleSchema).default({}).describe('Date style per date placeholder, e.g. `due date: long`.'),
    emphasis: z
      .enum(['notify', 'marked'])
      .optional()
      .describe(
        'How `**bold**`, `__underline__` and `*italic*` render: `notify` (as typed, as GOV.UK Notify sends them; the default) or `marked` (bold, underline, italic in the HTML preview; the template will then not look the same in Notify).',
      ),
    source: sourceSchema,
  })
  .strict();

/** The schema of a {@link LanguagePreference}. */
export const languagePreferenceSchema = z
  .enum(['english', 'welsh', 'bilingual'] as const satisfies readonly LanguagePreference[])
  .describe('The language correspondence is written in: `english`, `welsh`, or `bilingual` (Welsh and English in one message).');

/**
 * The languages of a preset's correspondence (issue 16, the Welsh Language Standards): which languages every
 * template is written in, the language of a case opened without a preference, how a bilingual message is laid out,
 * and the Welsh forms of the preset's own names that templates quote.
 */
export const correspondenceSchema = z
  .object({
    languages: z
      .array(z.enum(['english', 'welsh']))
      .min(1)
      .default(['english'])
      .describe('The languages every template is written in. `[english, welsh]`: every template must have a `welsh` variant (validation says which lack one).'),
    defaultLanguage: languagePreferenceSchema
      .default('english')
      .describe("The language preference of a case opened without one (`bilingual` where the council does not yet know the person's wish)."),
    bilingualLayout: z
      .enum(['welsh-first', 'side-by-side'])
      .default('welsh-first')
      .describe(
        'A bilingual message: `welsh-first` (the Welsh text, then the English text) or `side-by-side` (two columns in HTML, Welsh on the left; plain text is Welsh first).',
      ),
    welsh: z
      .object({
        stageTitles: z
          .record(idSchema, z.string().min(1))
          .default({})
          .describe('The Welsh title of each stage, by stage id (used for `((stage))` and `((next stage))` in Welsh text).'),
        complaintsTeam: z.string().min(1).optional().describe('The Welsh name of the complaints team (for `((complaints team))` in Welsh text).'),
        ombudsmanName: z.string().min(1).optional().describe('The Welsh name of the ombudsman (for `((ombudsman name))` in Welsh text).'),
        delayReasons: z
          .record(z.string().min(1), z.string().min(1))
          .optional()
          .describe(
            'The Welsh label of each reason for delay, by its code in `delayReasons.codes` (for `((delay reasons))` in Welsh text, listed in the order of the codes): every code needs one.',
          ),
      })
      .strict()
      .default({ stageTitles: {} })
      .describe("The Welsh forms of the preset's own names that templates quote."),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers.'),
  })
  .strict()
  .describe("The languages of the preset's correspondence, with their source (e.g. the Welsh Language Standards).");

/** Contact details used in messages. */
export const contactsSchema = z
  .object({
    complaintsMailbox: z
      .object({ name: z.string().min(1), email: z.string().regex(EMAIL) })
      .strict()
      .optional()
      .describe('The complaints team mailbox: recipients fall back to it when the directory lacks a role.'),
    ombudsman: z
      .object({ name: z.string().min(1), website: z.string().min(1), phone: z.string().min(1).optional() })
      .strict()
      .optional()
      .describe('The ombudsman a complainant may go to, quoted in letters.'),
  })
  .strict();

/** An amount of time a statutory limit sets: exactly one of working days, calendar days or calendar months. */
export const limitAmountSchema = z
  .object({
    workingDays: workingDays.optional(),
    calendarDays: calendarDays.optional(),
    calendarMonths: calendarMonths.optional(),
  })
  .strict()
  .describe('An amount of time: exactly one of `workingDays`, `calendarDays` or `calendarMonths`.');

/**
 * A limit the law sets, recorded in a statutory preset so that a preset extending it that goes beyond the limit is
 * warned (a stricter, shorter local rule is fine). Limits are the law's: a preset that extends another cannot change
 * or remove the ones it inherits.
 */
export const statutoryLimitSchema = z
  .object({
    caseType: idSchema.optional().describe('The case type the limit applies to (not needed for `timeLimitMonths`).'),
    stage: idSchema.optional().describe('The stage of that case type the limit applies to.'),
    timescale: limitAmountSchema.optional().describe("The longest the stage's timescale may be, e.g. `workingDays: 10`."),
    extension: limitAmountSchema.optional().describe('The longest the response may take with an extension, e.g. `workingDays: 20`.'),
    meetWithin: limitAmountSchema.optional().describe('For a panel stage: the longest before the panel meets.'),
    report: limitAmountSchema.optional().describe("For a panel stage: the longest for the panel's report after the hearing."),
    response: limitAmountSchema.optional().describe('For a panel stage: the longest for the final response after the report.'),
    timeLimitMonths: z.number().int().min(1).max(120).optional().describe("The time limit for making a complaint, in months (the preset's `timeLimit.months`)."),
    source: sourceSchema,
    note: z.string().optional().describe('A remark for readers.'),
  })
  .strict()
  .describe('A statutory limit, with its source.');

/** Identity fields shared by preset files and resolved policies. */
const identity = {
  id: idSchema.describe('Preset id, e.g. `dudley`.'),
  title: z.string().min(1).describe('The preset\'s name as people read it, e.g. "Dudley – children\'s social care complaints".'),
  version: z.string().regex(VERSION).describe('Version of this preset, e.g. `1.0.0`.'),
  effectiveFrom: dateString.describe('Date from which this version applies.'),
  jurisdiction: z
    .enum(['england', 'wales', 'scotland', 'northern-ireland', 'united-kingdom'])
    .describe('Where the procedure applies: `england`, `wales`, `scotland`, `northern-ireland` or `united-kingdom`.'),
  description: z.string().optional().describe('A paragraph for readers: what this preset covers.'),
};

/** The merge rules of `extends`, quoted in the schema and the JSON Schema. */
const MERGE_RULES =
  'The preset this one starts from, by id: a built-in preset such as `england-children-2006`, or one passed to the loader. ' +
  'This file then overrides what differs. Merge rules: maps (sets of named fields, e.g. `roles`, `stages`, a stage) merge key by key, at every depth; ' +
  'lists whose items are named (`reminders`, `steps` and `outsideProcedure` by `id`, delay-reason `codes` by `code`) may be written as a map by name: ' +
  '`third-overdue-reminder: null` removes that item, `first-reminder: { offsetWorkingDays: -4 }` changes it, an entry with all the fields adds one ' +
  '(at the end, or where `before: <name>` or `after: <name>` says); inherited items keep their order; ' +
  'a list written as a list (e.g. `reminders`, `closures`, `to`) replaces the inherited one whole, never added to; single values are replaced; ' +
  'a key set to `null` removes it from the preset extended (e.g. `stages: { mediation: null }`); ' +
  '`extends` itself is not inherited, and `id`, `title`, `version` and `effectiveFrom` must be given by this file.';

/**
 * The schema of a complete policy (zod): what `parsePolicy` checks a preset against after `extends` is applied. The
 * public view of it (typed without zod) is in `public-schemas.ts`.
 */
export const policySchema = z
  .object({
    ...identity,
    extends: idSchema.optional().describe(`${MERGE_RULES} A resolved policy has no \`extends\`: the preset extended is already merged in.`),
    calendar: policyCalendarSchema.describe('The working-day calendar: which bank holidays, extra closures, and how receipt on a non-working day counts.'),
    roles: z.record(idSchema, roleSchema).describe('The roles in the procedure, keyed by role id (job titles only, never people).'),
    contacts: contactsSchema.default({}).describe('Contact details quoted in messages: the complaints mailbox and the ombudsman.'),
    timeLimit: timeLimitSchema.optional().describe('The time limit for making a complaint (e.g. 12 months, with discretion).'),
    outsideProcedure: z.array(outsideProcedureSchema).default([]).describe('Matters outside the procedure.'),
    delayReasons: delayReasonsSchema.optional().describe('The codes a responder gives for a late response, and how the reason is chased.'),
    caseTypes: z.record(idSchema, caseTypeSchema).describe('The kinds of case this policy handles, keyed by case type id.'),
    statutoryLimits: z
      .record(idSchema, statutoryLimitSchema)
      .optional()
      .describe(
        'The limits the law sets (maximum timescales, extension ceilings, the time limit for complaining), each with its source. A preset that extends this one and goes beyond a limit is warned; one that stays within it (or is stricter) is not. Inherited limits cannot be changed or removed.',
      ),
    templates: z.record(idSchema, templateSchema).default({}).describe("Email templates in GOV.UK Notify's syntax, keyed by template id."),
    correspondence: correspondenceSchema
      .optional()
      .describe("The languages of the preset's correspondence (Welsh councils: the Welsh Language Standards). Left out: English only."),
    placeholders: z
      .array(z.string().min(1))
      .default([])
      .describe("Extra placeholder names this preset's templates use beyond those the library fills in; the caller supplies them."),
  })
  .strict()
  .describe('A complaints policy preset: how one council (or one statutory procedure) runs its complaints process.');

/** The field that names the items of a list (`id`, or `code` for delay-reason codes), if they are named. */
function namedItemKey(item: z.ZodType): string | undefined {
  if (!(item instanceof z.ZodObject)) return undefined;
  const shape = item.shape as Record<string, z.ZodType>;
  return ['id', 'code'].find((k) => Object.prototype.hasOwnProperty.call(shape, k));
}

/**
 * The view of a schema used for a preset file that `extends` another: every field of every map optional and
 * nullable (`null` removes the key from the preset extended), records' values likewise; lists keep their full item
 * schema, because a list given in the file replaces the inherited one whole; a list of named items may instead be a
 * map of changes by name.
 */
function patchOf(schema: z.ZodType): z.ZodType {
  let inner: z.ZodType = schema;
  for (;;) {
    if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) inner = inner.unwrap() as z.ZodType;
    else if (inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
    else break;
  }
  const description = inner.description ?? schema.description;
  let out: z.ZodType;
  if (inner instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    // zod types the shape of an unparameterised ZodObject as `any` values; every value of a shape is a schema
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      const fieldPatch = patchOf(field);
      const fieldDescription = field.description ?? fieldPatch.description;
      const patched = fieldPatch.nullable().optional();
      shape[key] = fieldDescription ? patched.describe(fieldDescription) : patched;
    }
    out = z.object(shape).strict();
  } else if (inner instanceof z.ZodRecord) {
    out = z.record(inner.keyType as typeof idSchema, patchOf(inner.valueType as z.ZodType).nullable());
  } else if (inner instanceof z.ZodArray && namedItemKey(inner.element as z.ZodType) !== undefined) {
    // A list of named items: the whole list (replacing the inherited one), or a map of changes by name.
    const item = inner.element as z.ZodObject;
    const key = namedItemKey(item)!;
    const placement = z.string().min(1).optional().describe(`Where this item goes: just before (\`before\`) or after (\`after\`) the item with this ${key}.`);
    const entry = (patchOf(item) as z.ZodObject)
      .extend({ before: placement, after: placement })
      .strict()
      .nullable()
      .describe(`Changes to the item with this ${key}, field by field; all its fields to add a new one; null to remove it.`);
    out = z.union([
      inner.describe(`The whole list, replacing the inherited one.`),
      z
        .record(key === 'id' ? idSchema : z.string().min(1), entry)
        .describe(
          `Changes by ${key}: \`<${key}>: { …fields }\` changes or adds an item, \`<${key}>: null\` removes it; inherited items keep their order, new ones go at the end unless \`before\` or \`after\` says where.`,
        ),
    ]);
  } else {
    return inner;
  }
  return description ? out.describe(description) : out;
}

/**
 * A preset file that `extends` another: it must give its own identity (`id`, `title`, `version`, `effectiveFrom`)
 * and `extends`; everything else is optional and is merged over the preset extended by the rules in `extends`.
 */
export const extendingPresetSchema = (patchOf(policySchema) as z.ZodObject)
  .extend({
    id: identity.id,
    title: identity.title.describe('Title of this preset (not inherited).'),
    version: identity.version,
    effectiveFrom: identity.effectiveFrom,
    extends: idSchema.describe(MERGE_RULES),
  })
  .strict()
  .describe('A preset that starts from another preset (`extends`) and overrides what differs.');

/**
 * The schema of a preset file (zod): a complete policy, or a preset that `extends` another and gives only its
 * identity and what differs. `schema/policy.schema.json` is generated from it; the public view of it (typed without
 * zod) is in `public-schemas.ts`.
 */
export const presetFileSchema = z
  .union([policySchema, extendingPresetSchema])
  .describe('A statutory-complaints policy preset file: either complete, or starting from another preset with `extends` and overriding what differs.');

export type {
  Policy,
  PolicyInput,
  PresetPatch,
  NamedItemPatch,
  ExtendingPresetInput,
  PresetFile,
  Stage,
  CaseType,
  CaseKind,
  Timescale,
  Extension,
  Reminder,
  Role,
  Template,
  ClockStart,
  DelayReasons,
  PolicyCalendar,
  CaseTypeCalendar,
  Referral,
  Panel,
  Step,
  StepStart,
  Escalation,
  Target,
  DelayReason,
  TimeLimit,
  OutsideProcedure,
  Contacts,
  StatutoryLimit,
  LimitAmount,
  DateStyle,
  ClockStop,
  LanguagePreference,
  Correspondence,
  CorrespondenceInput,
  WelshTemplate,
} from './types.js';
