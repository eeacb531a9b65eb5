import { parseDate, type BankHolidayFeed } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { CaseType, Policy, Stage } from '../policies/index.js';
import { createWorkflow, type Case, type Contact, type Directory, type Recipients, type ScheduledReminder, type Workflow, type CaseSnapshot } from '../workflow/index.js';
import type { LanguagePreference } from '../policies/index.js';
import { BodyMemo } from './body-memo.js';
import { decodeCharacterReferences } from './entities.js';
import { MissingPersonalisationError } from './errors.js';
import { checkLanguage, checkValues, writeInLanguage } from './language.js';
import { personalisationFrom } from './personalisation.js';
import { LibraryValues, mergeValues, policyValues, withDateStyles, type StyledTemplate } from './preset-values.js';
import { renderParsedSubject } from './render.js';
import { parseFields, SEND, substituteBody, type ParsedTemplate } from './substitute.js';
import type { Emphasis, Personalisation, RenderFormat, TemplateValue, TemplateValues } from './types.js';
import { resolveValues, type ResolvedValues } from './values.js';

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
  /**
   * The language to write in: `english`, `welsh` or `bilingual`. Left out: the case's language preference (see
   * `CaseSnapshot.language`). A council whose chasing emails go only to its own staff may pass `english` here; a
   * Welsh text the preset lacks is a {@link MissingTranslationError}, never English.
   */
  readonly language?: LanguagePreference | undefined;
  /**
   * Values for the Welsh text only (e.g. `extension reason` written in Welsh), over `values` key by key. Dates given
   * in `values` are written in Welsh in the Welsh text without being given again.
   */
  readonly welshValues?: TemplateValues | undefined;
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
  /** The language it is written in: `english`, `welsh` or `bilingual` (Welsh first, then English). */
  readonly language: LanguagePreference;
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
  // Checks the whole case against the policy first (its policy id, case type and stored events), as every function does.
  return writeReminderEmail(workflow, kase, workflow.snapshot(kase), reminder, directory, options);
}

/** What {@link fillFromCase} reads: the engine, the case, its snapshot, the reminder, its stage and the addressees. */
interface CaseFacts {
  readonly workflow: Workflow;
  readonly kase: Case;
  readonly snapshot: CaseSnapshot;
  readonly reminder: ScheduledReminder;
  readonly stage: Stage;
  readonly caseType: CaseType;
  readonly to: readonly Contact[];
}

/**
 * Fills the values a reminder email takes from the case, the reminder and its addressees (both functions, every
 * language): the reference, the recipient's name, the dates, the working days overdue, the escalation, the hearing
 * date and the clock stop. Only the values the template uses are worked out.
 */
function fillFromCase(values: LibraryValues, { workflow, kase, snapshot, reminder: r, stage, caseType, to }: CaseFacts): void {
  values.fill('reference', () => kase.reference);
  if (to[0]) values.fill('recipient name', () => to[0]!.name);
  values.date('received date', kase.received);
  values.date('due date', r.dueDate);
  values.stage('stage', r.stage, stage);
  values.fill('working days overdue', () => Math.max(0, workflow.calendar(snapshot.caseTypeId).countWorkingDays(r.dueDate, r.date)));
  values.escalation(stage.escalation, caseType.stages);
  // Stryker disable next-line ConditionalExpression: only skips working out a date the template does not use (values.date fills only what it uses)
  if (values.wants('original due date')) {
    // The stage's own original due date, as a letter fills it (for a review-panel stage: the final response's), from
    // the last pass through the reminder's stage.
    let index = -1;
    for (let i = 0; i < snapshot.stages.length; i++) if (snapshot.stages[i]!.stage === r.stage) index = i;
    values.date('original due date', index === -1 ? undefined : workflow.stageDates(snapshot, index).originalDue);
  }
  // The last hearing arranged (a loop over the case's few events: cheap enough to run whether or not it is wanted).
  let hearing: string | undefined;
  for (const e of kase.events) if (e.type === 'hearing-arranged') hearing = e.hearingDate;
  values.date('hearing date', hearing);
  // The last stop of the reminder's stage's clock (issue 16), as a letter fills it.
  let stop: (typeof snapshot.stages)[number]['clockStops'][number] | undefined;
  for (const st of snapshot.stages) if (st.stage === r.stage) stop = st.clockStops[st.clockStops.length - 1];
  if (stop !== undefined) {
    values.date('clock stopped date', stop.from);
    values.fill('clock stop reason', () => stop.title);
    if (stop.endedBy === 'clock-resumed' || stop.endedBy === 'clock-restarted') values.date('clock restarted date', stop.until);
  }
}

/** {@link emailForReminder} on an engine and the case's snapshot already made (one format, the case's language or `options.language`). */
function writeReminderEmail(
  workflow: Workflow,
  kase: Case,
  snapshot: CaseSnapshot,
  reminder: ScheduledReminder,
  directory: Directory,
  options: EmailOptions | undefined,
): ReminderEmail {
  const caseTypeId = snapshot.caseTypeId;
  const caseType = workflow.policy.caseTypes[caseTypeId]!;
  const r = checkReminder(reminder, kase);
  const callerValues = options?.values ?? {};
  if (typeof callerValues !== 'object' || Array.isArray(callerValues)) {
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

  // Only the values the text uses are filled (the case is replayed only when a deadline is needed).
  const fill = (text: StyledTemplate, language: 'english' | 'welsh'): LibraryValues => {
    const values = new LibraryValues(text, language, r.template);
    values.policy(workflow.policy);
    fillFromCase(values, { workflow, kase, snapshot, reminder: r, stage, caseType, to });
    return values;
  };
  const language = checkLanguage(options?.language, 'options.language') ?? snapshot.language;
  const written = writeInLanguage({
    policy: workflow.policy,
    templateId: r.template,
    template,
    language,
    format: options?.format,
    fill,
    values: callerValues,
    valuesPath: 'options.values',
    welshValues: checkValues(options?.welshValues, 'options.welshValues'),
    welshValuesPath: 'options.welshValues',
  });
  return Object.freeze({
    to,
    cc,
    fellBack: recipients.fellBack,
    subject: written.subject,
    body: written.body,
    template: r.template,
    key: r.key,
    language: written.language,
    personalisation: written.personalisation,
  });
}

/** Which bodies {@link ReminderEmails.email} renders: `text`, `html`, or `both` (the default). */
export type EmailFormats = RenderFormat | 'both';

/**
 * Options of {@link ReminderEmails.email}.
 *
 * @example
 * import { createWorkflow, getPolicy } from 'statutory-complaints';
 * import { createReminderEmails } from 'statutory-complaints/templates';
 * const dudley = createWorkflow(getPolicy('dudley'));
 * const kase = dudley.openCase({ reference: 'ABC/123', receivedAt: '2025-12-19' });
 * const options = { format: 'text', values: { 'complainant name': 'Sam Example', details: 'contact arrangements' } };
 * const referral = dudley.reminderSchedule(kase)[0];
 * createReminderEmails(dudley).email(kase, referral, {}, options).html //=> undefined
 */
export interface ReminderEmailOptions {
  /** `text`, `html`, or `both` (the default): the bodies rendered, from one parse of the template. */
  readonly format?: EmailFormats | undefined;
  /** Values the library cannot know, as {@link EmailOptions.values}. */
  readonly values?: TemplateValues | undefined;
  /** The language to write in, as {@link EmailOptions.language} (left out: the case's language preference). */
  readonly language?: LanguagePreference | undefined;
  /** Values for the Welsh text only, as {@link EmailOptions.welshValues}. */
  readonly welshValues?: TemplateValues | undefined;
}

/**
 * A reminder email with its plain-text and HTML bodies (a `multipart/alternative` message): as {@link ReminderEmail},
 * with `text` and `html` in place of `body`.
 *
 * @example
 * import { createWorkflow, getPolicy } from 'statutory-complaints';
 * import { createReminderEmails } from 'statutory-complaints/templates';
 * const dudley = createWorkflow(getPolicy('dudley'));
 * const kase = dudley.openCase({ reference: 'ABC/123', receivedAt: '2025-12-19' });
 * const due = dudley.reminderSchedule(kase).find((r) => r.id === 'due-date-reminder');
 * const email = createReminderEmails(dudley).email(kase, due, {});
 * [email.text.length > 0, email.html.startsWith('<p>')] //=> [true, true]
 */
export interface MultipartReminderEmail {
  readonly to: readonly Contact[];
  readonly cc: readonly Contact[];
  readonly fellBack: readonly string[];
  readonly subject: string;
  /** The plain-text body (GOV.UK Notify's plain-text email), unless only `html` was asked for. */
  readonly text?: string;
  /** The HTML body (every value escaped), unless only `text` was asked for. */
  readonly html?: string;
  readonly template: string;
  readonly key: string;
  readonly personalisation: Personalisation;
}

/**
 * The chasing emails of one workflow engine (from {@link createReminderEmails}): each of the policy's templates is
 * parsed once, and the recipients of a list of roles are resolved once per directory.
 */
export interface ReminderEmails {
  /** The engine the emails are worked out with. */
  readonly workflow: Workflow;
  /**
   * Puts a reminder email together exactly as {@link emailForReminder} does, with the text and the HTML bodies
   * rendered from one parse of the template (and one resolution of its values).
   *
   * @throws as {@link emailForReminder}, and {@link InvalidArgumentError} for an unknown `format`.
   */
  email(kase: Case, reminder: ScheduledReminder, directory: Directory, options?: ReminderEmailOptions): MultipartReminderEmail;
}

/** A preset template parsed once: both parses (the HTML body's character references decoded), and the keys it uses. */
interface PreparedTemplate {
  readonly template: StyledTemplate;
  readonly text: ParsedTemplate;
  /** The same object as `text` when decoding the body's character references changes nothing. */
  readonly html: ParsedTemplate;
  readonly used: ReadonlySet<string>;
  readonly emphasis: Emphasis;
  /** The text and the HTML bodies rendered so far, by the values written into them. */
  readonly textBodies: BodyMemo;
  readonly htmlBodies: BodyMemo;
}

function prepareTemplate(template: StyledTemplate): PreparedTemplate {
  const text = parseFields(template);
  const html = decodeCharacterReferences(template.body) === template.body ? text : parseFields(template, true);
  const used = new Set<string>();
  // Stryker disable next-line ConditionalExpression: a text segment has no key, and `undefined` in the set is never asked for
  for (const field of [text.subject, text.body]) for (const segment of field) if (segment.kind === 'placeholder') used.add(segment.key);
  // The engine's policy was validated by createWorkflow: its templates' emphasis is 'notify' or 'marked'.
  // Stryker disable next-line StringLiteral: the renderers ask only whether emphasis is 'marked'
  const emphasis: Emphasis = template.emphasis ?? 'notify';
  const textBodies = new BodyMemo(text, { ...SEND, emphasis });
  const htmlBodies = new BodyMemo(html, { ...SEND, emphasis, format: 'html' });
  return { template, text, html, used, emphasis, textBodies, htmlBodies };
}

/**
 * Makes the chasing emails of a workflow engine: {@link emailForReminder} for many messages, fast. The engine's
 * calendars and replays are used, each of the policy's templates is parsed once (not per message), both bodies are
 * rendered from that one parse, and the recipients of a reminder's roles are resolved once per directory object.
 * Keep one for a run over many cases (the chase run does); nothing is kept anywhere else, and its memory goes with it.
 *
 * @param workflow - the policy's engine, from `createWorkflow`.
 * @throws {@link InvalidArgumentError} when `workflow` is not an engine from `createWorkflow`.
 *
 * @example
 * import { createWorkflow, getPolicy } from 'statutory-complaints';
 * import { createReminderEmails } from 'statutory-complaints/templates';
 * const dudley = createWorkflow(getPolicy('dudley'));
 * const emails = createReminderEmails(dudley);
 * // Received Friday 19 December 2025: stage 1 is due Wednesday 7 January 2026, the first reminder 5 working days
 * // before it, Tuesday 30 December 2025 (Christmas Day, Boxing Day and the weekend skipped).
 * const kase = dudley.openCase({ reference: 'ABC/123', receivedAt: '2025-12-19' });
 * const first = dudley.reminderSchedule(kase).find((r) => r.id === 'first-reminder');
 * const email = emails.email(kase, first, { 'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' } });
 * email.subject //=> 'Complaint Ref ABC/123 – response due Wednesday 7 January 2026'
 * email.text.split('\n')[0] //=> 'Team Manager,'
 * email.html.split('\n')[0] //=> '<p>Team Manager,</p>'
 */
export function createReminderEmails(workflow: Workflow): ReminderEmails {
  if (
    typeof workflow !== 'object' ||
    workflow === null ||
    typeof (workflow as Partial<Workflow>).snapshot !== 'function' ||
    typeof workflow.policy !== 'object' ||
    workflow.policy === null
  ) {
    throw new InvalidArgumentError('workflow', 'must be a workflow engine from createWorkflow(policy)');
  }
  const policy = workflow.policy;
  const templates = new Map<string, PreparedTemplate>();
  const fromPolicy = Object.entries(policyValues(policy));
  // Recipients by directory object, then by the roles' ids: a run's cases share a few directories and a few ladders.
  const recipientsByDirectory = new WeakMap<object, Map<string, Recipients>>();

  const preparedOf = (id: string): PreparedTemplate | undefined => {
    let prepared = templates.get(id);
    // Stryker disable next-line ConditionalExpression: a cache (preparing the template again gives the same parse)
    if (prepared === undefined) {
      const template: StyledTemplate | undefined = Object.prototype.hasOwnProperty.call(policy.templates, id) ? policy.templates[id] : undefined;
      if (template === undefined) return undefined;
      prepared = prepareTemplate(template);
      templates.set(id, prepared);
    }
    return prepared;
  };

  const recipientsOf = (r: ScheduledReminder, directory: Directory): Recipients => {
    if (typeof directory !== 'object' || directory === null) return workflow.recipients({ to: r.to, cc: r.cc }, directory);
    let byRoles = recipientsByDirectory.get(directory);
    // Stryker disable next-line ConditionalExpression: a cache (a new map for the directory holds the same recipients)
    if (byRoles === undefined) {
      byRoles = new Map();
      recipientsByDirectory.set(directory, byRoles);
    }
    const key = `${r.to.join(' ')}|${r.cc.join(' ')}`;
    let found = byRoles.get(key);
    if (found === undefined) {
      const resolved = workflow.recipients({ to: r.to, cc: r.cc }, directory);
      found = Object.freeze({ to: Object.freeze(resolved.to.map(contact)), cc: Object.freeze(resolved.cc.map(contact)), fellBack: resolved.fellBack });
      byRoles.set(key, found);
    }
    return found;
  };

  const email = (kase: Case, reminder: ScheduledReminder, directory: Directory, options?: ReminderEmailOptions): MultipartReminderEmail => {
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      throw new InvalidArgumentError('options', "must be an object such as { format: 'both', values: { … } }");
    }
    const format = options?.format ?? 'both';
    if (format !== 'text' && format !== 'html' && format !== 'both') throw new InvalidArgumentError('options.format', "must be 'text', 'html' or 'both'");
    // Checks the case against the policy first (its policy id, case type and stored events), as every function does.
    const snapshot = workflow.snapshot(kase);
    const language = checkLanguage(options?.language, 'options.language') ?? snapshot.language;
    // Stryker disable next-line ConditionalExpression,StringLiteral: an English message written this way is the same message (the test "createReminderEmails agrees with emailForReminder"); the path below only saves work
    if (language !== 'english') {
      // A Welsh or bilingual message is written as emailForReminder writes it (both texts, Welsh first), once per body,
      // on this engine and snapshot.
      const base: EmailOptions = { values: options?.values, language, welshValues: options?.welshValues };
      const text = format === 'html' ? undefined : writeReminderEmail(workflow, kase, snapshot, reminder, directory, { ...base, format: 'text' });
      const html = format === 'text' ? undefined : writeReminderEmail(workflow, kase, snapshot, reminder, directory, { ...base, format: 'html' });
      const one = (text ?? html)!;
      return Object.freeze({
        to: one.to,
        cc: one.cc,
        fellBack: one.fellBack,
        subject: one.subject,
        ...(text === undefined ? {} : { text: text.body }),
        ...(html === undefined ? {} : { html: html.body }),
        template: one.template,
        key: one.key,
        personalisation: one.personalisation,
      });
    }
    const caseTypeId = snapshot.caseTypeId;
    const caseType = policy.caseTypes[caseTypeId]!;
    const r = checkReminder(reminder, kase);
    const callerValues = options?.values ?? {};
    if (typeof callerValues !== 'object' || Array.isArray(callerValues)) {
      throw new InvalidArgumentError('options.values', 'must be an object mapping placeholder names to values');
    }
    const stage = Object.prototype.hasOwnProperty.call(caseType.stages, r.stage) ? caseType.stages[r.stage] : undefined;
    if (!stage) throw new InvalidArgumentError('reminder.stage', `must be a stage of the case type: ${Object.keys(caseType.stages).join(', ')}`);
    const prepared = preparedOf(r.template);
    if (!prepared) {
      throw new InvalidArgumentError('reminder.template', `must be the id of one of the policy's templates: ${Object.keys(policy.templates).join(', ')}`);
    }
    const template = prepared.template;

    const recipients = recipientsOf(r, directory);
    const { to, cc } = recipients;

    // Only the values the template uses are filled.
    const fill = new LibraryValues(template, 'english', r.template, prepared.used);
    for (const [name, value] of fromPolicy) fill.fill(name, () => value);
    fillFromCase(fill, { workflow, kase, snapshot, reminder: r, stage, caseType, to });

    const values: Record<string, TemplateValue> = mergeValues(fill.values, withDateStyles(template, callerValues), 'from the case and the policy', 'options.values');
    const resolve = (parsed: ParsedTemplate): ResolvedValues => {
      try {
        return resolveValues([parsed.subject, parsed.body], values);
      } catch (error) {
        // Name the argument that supplies the values the library cannot fill.
        if (error instanceof MissingPersonalisationError) throw new MissingPersonalisationError(error.names, 'options.values');
        throw error;
      }
    };
    // The values as the text parse reads them: the subject (the same in both parses), the personalisation, and the text
    // body; the HTML body's are the same unless decoding its character references changed its placeholders.
    const resolvedText = resolve(prepared.text);
    // Stryker disable next-line ConditionalExpression: resolving the same parse again gives the same values (saves work)
    const resolvedHtml = prepared.html === prepared.text ? resolvedText : format === 'text' ? undefined : resolve(prepared.html);
    const subject = renderParsedSubject(prepared.text, resolvedText, SEND);
    // A body is worked out once for each set of values written into it (a run writes the same reminder to the same
    // manager about the same due date for many cases).
    const text = format === 'html' ? undefined : prepared.textBodies.body(resolvedText);
    const html = format === 'text' ? undefined : prepared.htmlBodies.body(resolvedHtml!);
    // Notify's size limit, checked on the values as Notify receives them (the text body's substitution checks it).
    if (text === undefined) substituteBody(prepared.text.body, resolvedText);
    return Object.freeze({
      to,
      cc,
      fellBack: recipients.fellBack,
      subject,
      ...(text !== undefined ? { text } : {}),
      ...(html !== undefined ? { html } : {}),
      template: r.template,
      key: r.key,
      personalisation: personalisationFrom(resolvedText),
    });
  };
  return Object.freeze({ workflow, email });
}
