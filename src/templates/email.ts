import { parseDate, type BankHolidayFeed } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { Policy } from '../policies/index.js';
import { createWorkflow, type Case, type Contact, type Directory, type ScheduledReminder } from '../workflow/index.js';
import { personalisation as personalisationOf } from './personalisation.js';
import { LibraryValues, mergeValues, withDateStyles, type StyledTemplate } from './preset-values.js';
import { MissingPersonalisationError } from './errors.js';
import { renderTemplate } from './render.js';
import type { Personalisation, RenderFormat, TemplateValues } from './types.js';

/**
 * Options of {@link emailForReminder}.
 *
 * @example
 * import { getPolicy, openCase, reminderSchedule, emailForReminder } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * const kase = openCase(dudley, { reference: 'ABC/123', receivedAt: '2025-12-19' });
 * const options = { format: 'html', values: { 'complainant name': 'Sam Example', details: 'contact arrangements' } };
 * const first = reminderSchedule(dudley, kase).find((r) => r.id === 'first-reminder');
 * emailForReminder(dudley, kase, first, {}, options).body.startsWith('<p>') //=> true
 */
export interface EmailOptions {
  /** `text` (the default) or `html`: see {@link renderTemplate}. */
  readonly format?: RenderFormat | undefined;
  /**
   * Values the library cannot know, by placeholder name: the complainant's display name (`complainant name`),
   * what the case is about (`details`), the preset's declared `placeholders` (e.g. `extension reason`), and any
   * placeholder the case or the preset cannot fill (e.g. `hearing date` before a hearing is arranged). For a date
   * placeholder (one listed in the template's `dates`, or `received date`, `due date`, `original due date`,
   * `hearing date`), a `YYYY-MM-DD` string is written as a date in the template's style (`long` by default).
   * A name the library has filled from the case or the policy is refused.
   */
  readonly values?: TemplateValues | undefined;
  /** A GOV.UK bank-holiday feed (from `parseGovUkBankHolidays`): its dates replace the bundled ones, as in the workflow. */
  readonly feed?: BankHolidayFeed | undefined;
}

/**
 * An email ready to send: who to send it to, and the rendered subject and body.
 *
 * @example
 * import { getPolicy, openCase, reminderSchedule, emailForReminder } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * const kase = openCase(dudley, { reference: 'ABC/123', receivedAt: '2025-12-19' });
 * const due = reminderSchedule(dudley, kase).find((r) => r.id === 'due-date-reminder');
 * const email = emailForReminder(dudley, kase, due, {});
 * [email.template, email.key] //=> ['due-date-reminder', 'ABC/123|stage-1|due-date-reminder|2026-01-07']
 * email.to //=> [{ name: "Children's Complaints Team", email: 'complaints.socialcare@dudley.gov.uk' }]
 */
export interface ReminderEmail {
  /** Who the email is to: contacts from the directory, or the complaints mailbox for a role it lacks. */
  readonly to: readonly Contact[];
  /** Who is copied in (nobody in both `to` and `cc`; addresses de-duplicated ignoring case). */
  readonly cc: readonly Contact[];
  /** Role ids the directory lacked, whose messages go to the complaints mailbox instead. */
  readonly fellBack: readonly string[];
  /**
   * The subject as plain header text in both formats (never HTML-escaped; GOV.UK Notify sends the plain-text
   * subject): one line whatever the values contain, control characters turned into spaces, typography applied.
   */
  readonly subject: string;
  /** The body: Notify's plain-text email, or simple HTML in which every value is escaped text. */
  readonly body: string;
  /** The id of the preset template used. */
  readonly template: string;
  /** The reminder's key (`reference|stage|reminder id|due date`): store it to send each reminder once. */
  readonly key: string;
  /**
   * The same values as the `personalisation` object for GOV.UK Notify's API, for a Notify template with the same
   * content (names as the template writes them, dates already formatted).
   */
  readonly personalisation: Personalisation;
}

/** Control characters and line and paragraph separators: a display name must stay on one header line. */
function isControl(c: number): boolean {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
}

/** A display name on one line: control characters become spaces, runs of spaces collapse, ends trimmed. */
function oneLine(name: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isControl(c) || c === 0x20 || c === 0xa0) {
      space = out !== '';
    } else {
      if (space) out += ' ';
      space = false;
      out += name[i];
    }
  }
  return out;
}

function contact(c: Contact): Contact {
  return Object.freeze({ name: oneLine(c.name), email: c.email });
}

function checkReminder(reminder: unknown, kase: Case): ScheduledReminder {
  if (typeof reminder !== 'object' || reminder === null) {
    throw new InvalidArgumentError('reminder', 'must be a reminder from reminderSchedule or remindersDue');
  }
  const r = reminder as Partial<Record<keyof ScheduledReminder, unknown>>;
  for (const field of ['key', 'reference', 'stage', 'template'] as const) {
    if (typeof r[field] !== 'string') throw new InvalidArgumentError(`reminder.${field}`, 'must be a string');
  }
  if (r.reference !== kase.reference) throw new InvalidArgumentError('reminder.reference', 'must be the reference of the case passed with it');
  parseDate(r.date, 'reminder.date');
  parseDate(r.dueDate, 'reminder.dueDate');
  return reminder as ScheduledReminder;
}

/**
 * Puts a reminder email together: the reminder's recipient roles resolved to people through the directory (a role
 * it lacks falls back to the preset's complaints mailbox, see {@link resolveRecipients}), the values the template
 * needs filled from the case and the policy, and the preset's template rendered (see {@link renderTemplate}).
 *
 * The library fills (names as in `WORKFLOW_PLACEHOLDERS`):
 * - from the case and the reminder: `reference`; `received date`; `due date` (the date the reminder chases, the
 *   agreed date once an extension is agreed); `original due date` (the reminder's stage's date before any extension,
 *   from the case's last pass through that stage: for a review-panel stage, the final response's, as a letter fills it); `stage` (the stage's title); `working days overdue` (working days from the
 *   due date to the reminder's date, 0 before it); `next stage` and `next stage window` (the stage's escalation:
 *   the next stage's title and the time to ask for it with its unit, e.g. `20 working days`); `hearing date` (the last hearing arranged);
 * - from the directory: `recipient name`, the name of the first `to` recipient (the mailbox's name when it fell
 *   back);
 * - from the policy: `complaints mailbox` and `complaints team` (the complaints mailbox's address and name),
 *   `ombudsman name`, `ombudsman website`, `ombudsman phone`, and `delay reasons` (the labels, as a numbered list).
 *
 * Dates are written in the style the template's `dates` gives (`long`, e.g. `Wednesday 7 January 2026`, when it
 * gives none). Everything else comes from `options.values`: the complainant's display name and the details (the
 * case holds no personal data), and the preset's own placeholders. A value the library has is never overridden.
 *
 * This is for the chasing emails of the case's schedule (the referral, the reminders, the delay-reason request and
 * follow-up): the dates come from the reminder, so pass one from `reminderSchedule` or `remindersDue`. A letter to
 * the complainant (acknowledgement, extension notice, stage-1 closing paragraph, …) is made with
 * {@link letterForCase}, which works its dates out from the case itself.
 *
 * Safe to send whatever the values contain: the subject is one line (a value cannot add a header), the `html` body
 * escapes every value, and recipients' display names are put on one line. Errors name fields, roles and
 * placeholders, never a value.
 *
 * @param policy - the policy the case runs under (from `getPolicy` or `parsePolicy`).
 * @param kase - the case (from `openCase` / `applyEvent`).
 * @param reminder - a reminder of the case (from `reminderSchedule` or `remindersDue`).
 * @param directory - contacts by role id (`{ name, email }`), for the case's team.
 * @param options - `{ format, values }`.
 * @throws {@link MissingPersonalisationError} listing every placeholder without a value, in order.
 * @throws {@link MissingRecipientError} when a role is not in the directory and the policy has no complaints mailbox.
 * @throws {@link InvalidArgumentError} when the reminder is not one of the case's, its template is not in the policy,
 * a value is malformed, or `values` names a placeholder the library has filled.
 *
 * @example
 * import { getPolicy, openCase, reminderSchedule, emailForReminder, MissingPersonalisationError } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * // Received Friday 19 December 2025: stage 1 is due Wednesday 7 January 2026 (Christmas, Boxing Day and New Year skipped).
 * const kase = openCase(dudley, { reference: 'ABC/123', receivedAt: '2025-12-19' });
 * const [referral, first] = reminderSchedule(dudley, kase); // the referral, then 5 working days before: Tuesday 30 December 2025
 * const directory = {
 *   'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' },
 *   'service-manager': { name: 'Service Manager', email: 'sm@example.gov.uk' },
 * };
 * const email = emailForReminder(dudley, kase, first, directory, { format: 'text' });
 * email.to //=> [{ name: 'Team Manager', email: 'tm@example.gov.uk' }]
 * email.cc.map((c) => c.email) //=> ['sm@example.gov.uk', 'complaints.socialcare@dudley.gov.uk']
 * email.fellBack //=> ['personal-assistant']
 * email.subject //=> 'Complaint Ref ABC/123 – response due Wednesday 7 January 2026'
 * email.body.split('\n')[0] //=> 'Team Manager,'
 * // The referral email comes first in the schedule; it needs the complainant's name and what the complaint is about.
 * referral.id //=> 'new-referral'
 * emailForReminder(dudley, kase, referral, directory) //=> throws MissingPersonalisationError
 * const values = { 'complainant name': 'Sam Example', details: 'contact arrangements' };
 * emailForReminder(dudley, kase, referral, directory, { values }).subject //=> 'Complaint Ref ABC/123 re/from Sam Example – Due date 7 January 2026'
 */
export function emailForReminder(policy: Policy, kase: Case, reminder: ScheduledReminder, directory: Directory, options?: EmailOptions): ReminderEmail {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError('options', "must be an object such as { format: 'html', values: { … } }");
  }
  const workflow = createWorkflow(policy, options?.feed === undefined ? undefined : { feed: options.feed });
  // Checks the case against the policy first (its policy id, case type and stored events), as every function does.
  const caseTypeId = workflow.replay(kase, { through: kase.received }).caseTypeId;
  const caseType = workflow.policy.caseTypes[caseTypeId]!;
  const calendar = workflow.calendar(caseTypeId);
  const r = checkReminder(reminder, kase);
  const callerValues = options?.values ?? {};
  if (typeof callerValues !== 'object' || callerValues === null || Array.isArray(callerValues)) {
    throw new InvalidArgumentError('options.values', 'must be an object mapping placeholder names to values');
  }
  const stage = Object.prototype.hasOwnProperty.call(caseType.stages, r.stage) ? caseType.stages[r.stage] : undefined;
  if (!stage) throw new InvalidArgumentError('reminder.stage', `must be a stage of the case type: ${Object.keys(caseType.stages).join(', ')}`);
  const template: StyledTemplate | undefined = Object.prototype.hasOwnProperty.call(workflow.policy.templates, r.template)
    ? workflow.policy.templates[r.template]
    : undefined;
  if (!template) {
    throw new InvalidArgumentError('reminder.template', `must be the id of one of the policy's templates: ${Object.keys(workflow.policy.templates).join(', ')}`);
  }

  const recipients = workflow.recipients({ to: r.to, cc: r.cc }, directory);
  const to = Object.freeze(recipients.to.map(contact));
  const cc = Object.freeze(recipients.cc.map(contact));

  // Only the values the template uses are filled (the case is replayed only when a deadline is needed).
  const fill = new LibraryValues(template);
  fill.policy(workflow.policy);
  fill.fill('reference', () => kase.reference);
  if (to[0]) fill.fill('recipient name', () => to[0]!.name);
  fill.date('received date', kase.received);
  fill.date('due date', r.dueDate);
  fill.fill('stage', () => stage.title);
  fill.fill('working days overdue', () => Math.max(0, calendar.countWorkingDays(r.dueDate, r.date)));
  fill.escalation(stage.escalation, caseType.stages);
  if (fill.wants('original due date')) {
    // The stage's own original due date, as a letter fills it (for a review-panel stage: the final response's), from
    // the last pass through the reminder's stage.
    const snapshot = workflow.snapshot(kase);
    let index = -1;
    for (let i = 0; i < snapshot.stages.length; i++) if (snapshot.stages[i]!.stage === r.stage) index = i;
    fill.date('original due date', index === -1 ? undefined : workflow.stageDates(snapshot, index).originalDue);
  }
  if (fill.wants('hearing date')) {
    let hearing: string | undefined;
    for (const e of kase.events) if (e.type === 'hearing-arranged') hearing = e.hearingDate;
    fill.date('hearing date', hearing);
  }

  const values = mergeValues(fill.values, withDateStyles(template, callerValues), 'from the case and the policy', 'options.values');
  const format = options?.format;
  let rendered: ReturnType<typeof renderTemplate>;
  try {
    rendered = renderTemplate(template, values, format === undefined ? undefined : { format });
  } catch (error) {
    // Name the argument that supplies the values the library cannot fill.
    if (error instanceof MissingPersonalisationError) throw new MissingPersonalisationError(error.names, 'options.values');
    throw error;
  }
  return Object.freeze({
    to,
    cc,
    fellBack: recipients.fellBack,
    subject: rendered.subject,
    body: rendered.body,
    template: r.template,
    key: r.key,
    personalisation: personalisationOf(template, values),
  });
}
