/**
 * The policy types, declared once as the library's own interfaces. They are what `schema.ts` infers from the zod
 * schemas (a type test, `test/types/schema-agreement.test.ts`, fails if the two ever differ), written out so that
 * the published declarations show these names and fields instead of zod's inference chains.
 *
 * `Policy` and its parts are what a resolved policy holds (defaults filled in); the `…Input` interfaces are what a
 * file or a caller may write (fields with a default may be left out).
 *
 * @module
 */

/** The event that starts a stage's clock (or a target's). */
export type ClockStart = 'received' | 'acknowledged' | 'allocated' | 'requested' | 'statement-agreed' | 'hearing-held' | 'report-received';

/** What starts a step's clock when it is not the stage's own clock. */
export type StepStart = 'acknowledged' | 'allocated';

/** The kinds of case the library knows. */
export type CaseKind = 'statutory-complaint' | 'corporate-complaint' | 'member-enquiry' | 'foi' | 'eir' | 'subject-access' | 'data-protection-complaint';

/** How a date placeholder is formatted: `long` (Wednesday 7 January 2026) or `short` (7 January 2026). */
export type DateStyle = 'long' | 'short';

/** Which bank holidays count: a GOV.UK division, or `united-kingdom` (a bank holiday in any part of the UK). */
export type PolicyHolidays = 'england-and-wales' | 'scotland' | 'northern-ireland' | 'united-kingdom';

/** How something that arrives on a non-working day is dated. */
export type NonWorkingDayReceiptRule = 'count-from-next-working-day' | 'next-working-day-is-receipt';

/** Where a procedure applies. */
export type Jurisdiction = 'england' | 'wales' | 'scotland' | 'northern-ireland' | 'united-kingdom';

/** A count of working days, calendar days or calendar months (exactly one) with its source. */
export interface Timescale {
  /** Where this rule comes from. */
  source: string;
  /** Working days after the clock starts (day 0 is the start date). */
  workingDays?: number | undefined;
  /** Calendar days after the clock starts (the next working day when the day reached is not one). */
  calendarDays?: number | undefined;
  /** Calendar months after the clock starts (the ICO rule). */
  calendarMonths?: number | undefined;
  /** Where a count of calendar months ends: the corresponding date (moved to a working day) or the period's last day. */
  calendarMonthsEnd?: 'corresponding-date' | 'period-last-day' | undefined;
  /** The source of `calendarMonthsEnd`. */
  calendarMonthsEndSource?: string | undefined;
  /** A remark for readers. */
  note?: string | undefined;
}

/** How far a stage's response date may be extended (at most one maximum, in the unit of the timescale). */
export interface Extension {
  source: string;
  /** The longest the response may take in total, in working days (e.g. 20 for stage 1, 65 for stage 2). */
  maxWorkingDays?: number | undefined;
  /** The longest in total, in calendar days. */
  maxCalendarDays?: number | undefined;
  /** The longest in total, in calendar months. */
  maxCalendarMonths?: number | undefined;
  /** Whether a date agreed locally may go beyond the maximum (it is then flagged, never hidden). */
  localDateMayExceed?: boolean | undefined;
  /** Whether the extension should be agreed before the original due date. */
  agreeBeforeDue?: boolean | undefined;
  /** Where further calendar months run from: the clock start (default) or the end of the first period. */
  calendarMonthsFrom?: 'clock-start' | 'first-period-end' | undefined;
  /** The source of `calendarMonthsFrom`. */
  calendarMonthsFromSource?: string | undefined;
  note?: string | undefined;
}

/** The window for asking to move on to the next stage (exactly one window field). */
export interface Escalation {
  /** The stage the complainant may ask to move to. */
  to: string;
  /** Whether a request outside the window is recorded as late and needs a discretion decision. */
  lateRequestNeedsDiscretion: boolean;
  source: string;
  windowWorkingDays?: number | undefined;
  windowCalendarDays?: number | undefined;
  windowCalendarMonths?: number | undefined;
  /** What the window runs from: the day the response was sent (default) or received. */
  windowFrom?: 'response-sent' | 'response-received' | undefined;
  /** The source of `windowFrom`. */
  windowFromSource?: string | undefined;
  note?: string | undefined;
}

/** A simple target (acknowledgement, allocation, normal-business confirmation): working days or calendar days. */
export interface Target {
  source: string;
  workingDays?: number | undefined;
  calendarDays?: number | undefined;
  /** What starts the clock (default `received`). */
  from?: ClockStart | undefined;
  /** Whether the start date is day 0 (default) or day 1. */
  startDay?: 'day-0' | 'day-1' | undefined;
  /** The source of `startDay`. */
  startDaySource?: string | undefined;
  note?: string | undefined;
}

/** One step of the chasing ladder. */
export interface Reminder {
  /** Stable id, e.g. `first-reminder`. */
  id: string;
  /** Working days from the due date: negative before it, 0 on it, positive after it. */
  offsetWorkingDays: number;
  /** Role ids the reminder is sent to (`responder`: whoever responds at the stage). */
  to: string[];
  /** Role ids copied in. */
  cc: string[];
  /** Id of the preset's template used for the email. */
  template: string;
  source: string;
  /** Human title, e.g. "1st overdue reminder". */
  title?: string | undefined;
  note?: string | undefined;
}

/** A reminder as written: `cc` may be left out. */
export interface ReminderInput extends Omit<Reminder, 'cc'> {
  cc?: string[] | undefined;
}

/** The email that refers a new case (or stage) to whoever will respond. */
export interface Referral {
  to: string[];
  cc: string[];
  template: string;
  source: string;
  note?: string | undefined;
}

/** A referral as written: `cc` may be left out. */
export interface ReferralInput extends Omit<Referral, 'cc'> {
  cc?: string[] | undefined;
}

/** A panel (review) stage's own timescales. */
export interface Panel {
  /** The panel meets within this of the request. */
  meetWithin: Timescale;
  /** The panel report, after the hearing. */
  report: Timescale;
  /** The final response, after the report is received. */
  response: Timescale;
  /** Roles that respond with the responder. */
  respondsWith: string[];
  /** Notice given before the hearing. */
  hearingNotice?: Timescale | undefined;
}

/** A panel as written: `respondsWith` may be left out. */
export interface PanelInput extends Omit<Panel, 'respondsWith'> {
  respondsWith?: string[] | undefined;
}

/** One step inside a stage (e.g. draft, approval, sign-off). */
export interface Step {
  id: string;
  title: string;
  /** Role that completes the step. */
  by: string;
  source: string;
  timescale?: Timescale | undefined;
  from?: StepStart | undefined;
  note?: string | undefined;
}

/** One stage of a procedure. */
export interface Stage {
  title: string;
  /** An optional stage (e.g. mediation) may be skipped. */
  optional: boolean;
  clockStart: ClockStart;
  /** Time to respond at this stage. */
  timescale: Timescale;
  /** Role that responds at this stage. */
  responder: string;
  respondsWith: string[];
  /** The chasing ladder, in order of offset. */
  reminders: Reminder[];
  source: string;
  extension?: Extension | undefined;
  acknowledgement?: Target | undefined;
  allocation?: Target | undefined;
  escalation?: Escalation | undefined;
  panel?: Panel | undefined;
  steps?: Step[] | undefined;
  referral?: Referral | undefined;
  /** What a late request accepted at discretion counts from: the day it was accepted (default) or requested. */
  lateRequestClockStart?: 'accepted' | 'requested' | undefined;
  /** The source of `lateRequestClockStart`. */
  lateRequestClockStartSource?: string | undefined;
}

/** A stage as written: fields with a default may be left out. */
export interface StageInput extends Omit<Stage, 'optional' | 'respondsWith' | 'reminders' | 'panel' | 'referral'> {
  optional?: boolean | undefined;
  respondsWith?: string[] | undefined;
  reminders?: ReminderInput[] | undefined;
  panel?: PanelInput | undefined;
  referral?: ReferralInput | undefined;
}

/** A day the office is closed, with the reason. */
export interface Closure {
  /** `YYYY-MM-DD`. */
  date: string;
  reason: string;
}

/** The working-day calendar a policy counts with. */
export interface PolicyCalendar {
  holidays: PolicyHolidays;
  /** Extra days the office is closed. */
  closures: Closure[];
  nonWorkingDayReceipt: NonWorkingDayReceiptRule;
  source: string;
  /** Local time (Europe/London) after which an arrival counts as received the next day, e.g. `17:00`. */
  receiptCutOff?: string | undefined;
  note?: string | undefined;
}

/** A policy calendar as written: `closures` may be left out. */
export interface PolicyCalendarInput extends Omit<PolicyCalendar, 'closures'> {
  closures?: Closure[] | undefined;
}

/** A case type's own calendar: the fields that differ from the policy's, with the source of the difference. */
export interface CaseTypeCalendar {
  source: string;
  holidays?: PolicyHolidays | undefined;
  /** Replaces the policy's list whole (`[]` for none). */
  closures?: Closure[] | undefined;
  receiptCutOff?: string | undefined;
  nonWorkingDayReceipt?: NonWorkingDayReceiptRule | undefined;
  note?: string | undefined;
}

/** One case type of a policy. */
export interface CaseType {
  title: string;
  kind: CaseKind;
  /** The stages in order, keyed by stage id. */
  stages: Record<string, Stage>;
  calendar?: CaseTypeCalendar | undefined;
  acknowledgement?: Target | undefined;
  allocation?: Target | undefined;
  normalBusiness?: Target | undefined;
  /** The clock-stop mechanisms the case type allows, keyed by mechanism id. */
  clockStops?: Record<string, ClockStop> | undefined;
}

/** One legal mechanism that stops a case type's response clock: a pause or a restart, with its source. */
export interface ClockStop {
  /** What the clock waits for, in words for letters and reports. */
  title: string;
  /** `pause` (the stopped days do not count) or `restart` (the timescale is counted again from the day it ends). */
  effect: 'pause' | 'restart';
  /** The date the rule took effect. */
  effectiveFrom: string;
  source: string;
  /** When what is awaited has not come within this period the request lapses. */
  lapseAfter?: { calendarMonths: number; source: string } | undefined;
  note?: string | undefined;
}

/** A case type as written. */
export interface CaseTypeInput extends Omit<CaseType, 'stages'> {
  stages: Record<string, StageInput>;
}

/** A role in the procedure (a job title, never a person's name). */
export interface Role {
  title: string;
  /** The role one rung up, when the complaint is about the person in this role. */
  escalatesTo?: string | undefined;
  source?: string | undefined;
  note?: string | undefined;
}

/** A name and an email address. */
export interface Mailbox {
  name: string;
  email: string;
}

/** Contact details used in messages. */
export interface Contacts {
  /** The complaints team mailbox: recipients fall back to it when the directory lacks a role. */
  complaintsMailbox?: Mailbox | undefined;
  /** The ombudsman a complainant may go to, quoted in letters. */
  ombudsman?: { name: string; website: string; phone?: string | undefined } | undefined;
}

/** The time limit for making a complaint. */
export interface TimeLimit {
  months: number;
  discretion: boolean;
  source: string;
  decidedBy?: string | undefined;
  note?: string | undefined;
}

/** A matter outside the procedure. */
export interface OutsideProcedure {
  id: string;
  label: string;
  source: string;
  note?: string | undefined;
}

/** A delay-reason code. */
export interface DelayReason {
  /** Code recorded on the case system, e.g. `Z040`. */
  code: string;
  label: string;
}

/** How the reason for a late response is chased, after it arrives with no reason. */
export interface DelayReasonFollowUp {
  afterWorkingDays: number;
  to: string[];
  cc: string[];
  template: string;
  source: string;
}

/** What happens when a response is late. */
export interface DelayReasons {
  codes: DelayReason[];
  /** The code recorded while the reason is awaited. */
  awaited: DelayReason;
  source: string;
  requestTemplate?: string | undefined;
  followUp?: DelayReasonFollowUp | undefined;
}

/** A follow-up as written: `cc` may be left out. */
export interface DelayReasonFollowUpInput extends Omit<DelayReasonFollowUp, 'cc'> {
  cc?: string[] | undefined;
}

/** Delay reasons as written: the follow-up's `cc` may be left out. */
export interface DelayReasonsInput extends Omit<DelayReasons, 'followUp'> {
  followUp?: DelayReasonFollowUpInput | undefined;
}

/** An email template in GOV.UK Notify's syntax. */
export interface Template {
  subject: string;
  body: string;
  /** Date style per date placeholder. */
  dates: Record<string, DateStyle>;
  source: string;
  title?: string | undefined;
  /** How `**bold**`, `__underline__` and `*italic*` render: as Notify sends them (default) or marked. */
  emphasis?: 'notify' | 'marked' | undefined;
  /** The Welsh text of the template. */
  welsh?: WelshTemplate | undefined;
}

/** The Welsh text of a template: the same placeholders as the English text, written in Welsh. */
export interface WelshTemplate {
  subject: string;
  body: string;
  title?: string | undefined;
}

/**
 * A case's language preference for correspondence (issue 16, the Welsh Language Standards): `english`, `welsh`, or
 * `bilingual` (one message with the Welsh text and the English text, Welsh first or side by side as the preset's
 * `correspondence.bilingualLayout` says). Set when a case is opened (`language`) or by a
 * `language-preference-changed` event; letters and emails are written in it.
 *
 * @example
 * import { createWorkflow, getPolicy } from 'statutory-complaints';
 * const language = 'welsh';
 * const wales = createWorkflow(getPolicy('wales-social-services-2014'));
 * wales.snapshot(wales.openCase({ reference: 'W/1', receivedAt: '2025-12-19', language })).language //=> 'welsh'
 */
export type LanguagePreference = 'english' | 'welsh' | 'bilingual';

/** The languages of a preset's correspondence (the Welsh Language Standards). */
export interface Correspondence {
  /** The languages every template is written in. */
  languages: ('english' | 'welsh')[];
  /** The language of a case opened without a preference. */
  defaultLanguage: LanguagePreference;
  /** How a bilingual message is laid out. */
  bilingualLayout: 'welsh-first' | 'side-by-side';
  /** The Welsh forms of the preset's own names that templates quote. */
  welsh: {
    stageTitles: Record<string, string>;
    complaintsTeam?: string | undefined;
    ombudsmanName?: string | undefined;
    /** The Welsh label of each reason for delay, by its code (for `((delay reasons))` in a Welsh text). */
    delayReasons?: Record<string, string> | undefined;
  };
  source: string;
  note?: string | undefined;
}

/** The languages of a preset's correspondence as written: fields with a default may be left out. */
export interface CorrespondenceInput extends Omit<Correspondence, 'languages' | 'defaultLanguage' | 'bilingualLayout' | 'welsh'> {
  languages?: ('english' | 'welsh')[] | undefined;
  defaultLanguage?: LanguagePreference | undefined;
  bilingualLayout?: 'welsh-first' | 'side-by-side' | undefined;
  welsh?:
    | {
        stageTitles?: Record<string, string> | undefined;
        complaintsTeam?: string | undefined;
        ombudsmanName?: string | undefined;
        delayReasons?: Record<string, string> | undefined;
      }
    | undefined;
}

/** A template as written: `dates` may be left out. */
export interface TemplateInput extends Omit<Template, 'dates'> {
  dates?: Record<string, DateStyle> | undefined;
}

/** An amount of time a statutory limit sets: exactly one of working days, calendar days or calendar months. */
export interface LimitAmount {
  workingDays?: number | undefined;
  calendarDays?: number | undefined;
  calendarMonths?: number | undefined;
}

/** A limit the law sets, with its source: a preset extending one that records it is warned when it goes beyond it. */
export interface StatutoryLimit {
  source: string;
  /** The case type the limit applies to (not needed for `timeLimitMonths`). */
  caseType?: string | undefined;
  /** The stage of that case type the limit applies to. */
  stage?: string | undefined;
  /** The longest the stage's timescale may be. */
  timescale?: LimitAmount | undefined;
  /** The longest the response may take with an extension. */
  extension?: LimitAmount | undefined;
  /** For a panel stage: the longest before the panel meets. */
  meetWithin?: LimitAmount | undefined;
  /** For a panel stage: the longest for the panel's report after the hearing. */
  report?: LimitAmount | undefined;
  /** For a panel stage: the longest for the final response after the report. */
  response?: LimitAmount | undefined;
  /** The time limit for making a complaint, in months. */
  timeLimitMonths?: number | undefined;
  note?: string | undefined;
}

/** A resolved, validated policy: how one council (or one statutory procedure) runs its complaints process. */
export interface Policy {
  /** Preset id, e.g. `dudley`. */
  id: string;
  title: string;
  /** Version of this preset, e.g. `1.0.0`. */
  version: string;
  /** `YYYY-MM-DD` from which this version applies. */
  effectiveFrom: string;
  jurisdiction: Jurisdiction;
  calendar: PolicyCalendar;
  /** The roles, keyed by role id. */
  roles: Record<string, Role>;
  contacts: Contacts;
  outsideProcedure: OutsideProcedure[];
  /** The kinds of case this policy handles, keyed by case type id. */
  caseTypes: Record<string, CaseType>;
  /** Email templates, keyed by template id. */
  templates: Record<string, Template>;
  /** Extra placeholder names the templates use beyond those the library fills in. */
  placeholders: string[];
  /** A resolved policy has none (the preset extended is merged in). */
  extends?: string | undefined;
  timeLimit?: TimeLimit | undefined;
  delayReasons?: DelayReasons | undefined;
  /** The limits the law sets, keyed by id, each with its source. */
  statutoryLimits?: Record<string, StatutoryLimit> | undefined;
  /** The languages of the preset's correspondence. */
  correspondence?: Correspondence | undefined;
  description?: string | undefined;
}

/** A complete policy as written in a file or passed to `parsePolicy`, before defaults are filled in. */
export interface PolicyInput extends Omit<
  Policy,
  'calendar' | 'caseTypes' | 'contacts' | 'outsideProcedure' | 'delayReasons' | 'templates' | 'placeholders' | 'correspondence'
> {
  correspondence?: CorrespondenceInput | undefined;
  calendar: PolicyCalendarInput;
  caseTypes: Record<string, CaseTypeInput>;
  contacts?: Contacts | undefined;
  outsideProcedure?: OutsideProcedure[] | undefined;
  delayReasons?: DelayReasonsInput | undefined;
  templates?: Record<string, TemplateInput> | undefined;
  placeholders?: string[] | undefined;
}

/** Every field optional and nullable at every depth of maps; lists whole (a list of named items: or a map of changes by name). */
export type PresetPatch<T> = T extends readonly (infer I)[]
  ? I extends { id: string } | { code: string }
    ? T | { [name: string]: NamedItemPatch<I> | null }
    : T
  : T extends object
    ? { [K in keyof T]?: PresetPatch<T[K]> | null }
    : T;

/** Changes to one named item of a list (a reminder, a step …), with where it goes. */
export type NamedItemPatch<I> = PresetPatch<I> & { before?: string; after?: string };

/** A preset file that extends another: identity and `extends` required, the rest a patch of a policy. */
export type ExtendingPresetInput = PresetPatch<Omit<PolicyInput, 'id' | 'title' | 'version' | 'effectiveFrom' | 'extends'>> &
  Pick<PolicyInput, 'id' | 'title' | 'version' | 'effectiveFrom'> & { extends: string };

/** What a preset file may contain: a complete policy, or a preset that extends another. */
export type PresetFile = PolicyInput | ExtendingPresetInput;

/** One problem a schema found: where (`path`, the keys and indexes from the value's root) and what (`message`, `code`). */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code: string;
}

/** The outcome of {@link ValidationSchema.safeParse}: the value (defaults filled in), or the problems found. */
export type SchemaResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: { readonly issues: readonly SchemaIssue[] } };

/**
 * A schema exported for callers who check their own data: `safeParse` returns the value with defaults filled in, or
 * the problems found; `parse` returns the value or throws. (It is a zod schema at run time; only these members are
 * part of the supported API, so the published types do not depend on zod's.)
 */
export interface ValidationSchema<T> {
  /** What the schema describes. */
  readonly description?: string | undefined;
  /** The value with defaults filled in; throws an error listing the problems when the value does not fit. */
  parse(value: unknown): T;
  /** The value with defaults filled in, or the problems found. */
  safeParse(value: unknown): SchemaResult<T>;
}
