/**
 * The chase run, pure: every chasing email due in a window over every case, rendered and addressed, with what was
 * left out and why, and the overdue cases nothing chases.
 *
 * @module
 */
import { addDays, parseDate, type BankHolidayFeed } from '../calendar/index.js';
import { InvalidArgumentError, StatutoryComplaintsError } from '../errors.js';
import type { Policy } from '../policies/index.js';
import { createReminderEmails, MissingPersonalisationError, MissingTranslationError, type Personalisation, type TemplateValues } from '../templates/index.js';
import { createWorkflow, MissingRecipientError, type Case, type Contact, type ScheduledReminder } from '../workflow/index.js';
import { ContactsCache, type RoleDirectory } from './directory.js';

/** Which bodies to render: `both` (the default), or only `text` or `html`. */
export type ChaseFormat = 'text' | 'html' | 'both';

/**
 * Options of {@link chaseRun}.
 *
 * @example
 * import { chaseRun, parseDirectory } from 'statutory-complaints/chase';
 * import { getPolicy, openCase } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * const options = { from: '2025-12-30', to: '2025-12-30', directory: parseDirectory({}, dudley), sent: new Set(), format: 'text' };
 * chaseRun(dudley, [openCase(dudley, { reference: 'C-1', receivedAt: '2025-12-19' })], options).messages.length //=> 1
 */
export interface ChaseOptions {
  /** The first day of the window, `YYYY-MM-DD` (the day after the last run, or an earlier day to catch up). */
  readonly from: string;
  /** The last day of the window, `YYYY-MM-DD`: today (the library never reads the clock). */
  readonly to: string;
  /** Who each role is (from {@link parseDirectory}). */
  readonly directory: RoleDirectory;
  /** The keys already sent (from the ledger): each is skipped as `already-sent`. */
  readonly sent?: ReadonlySet<string> | undefined;
  /** Which bodies to render (default `both`). */
  readonly format?: ChaseFormat | undefined;
  /** A GOV.UK bank-holidays feed (from `parseGovUkBankHolidays`), as in the workflow. */
  readonly feed?: BankHolidayFeed | undefined;
  /**
   * Values the case does not hold (the complainant's display name, what the complaint is about, the preset's own
   * placeholders), per case: by case reference, or a function of the case. A message whose template needs a value
   * not given is skipped as `missing-values`, naming the placeholders.
   */
  readonly values?: Readonly<Record<string, TemplateValues>> | ((kase: Case) => TemplateValues | undefined) | undefined;
}

/** One email due, ready to send. */
export interface ChaseMessage {
  /** The idempotency key (`reference|stage|reminder id|due date`): record it once sent, and it is never sent again. */
  readonly key: string;
  readonly reference: string;
  /** The position of the case in the list given. */
  readonly caseIndex: number;
  readonly stage: string;
  /** The reminder id (`first-reminder`, `new-referral`, `delay-reason-request`, …). */
  readonly reminder: string;
  /** The day the message fell due (in the window; before today when it is a catch-up). */
  readonly date: string;
  /** The response due date it chases. */
  readonly dueDate: string;
  /** Working days from the due date to the day the message fell due (0 before it). */
  readonly workingDaysOverdue: number;
  /** True for a referral dated provisionally (the case is not yet allocated). */
  readonly provisional: boolean;
  readonly to: readonly Contact[];
  readonly cc: readonly Contact[];
  /** Roles with nobody listed, whose message goes to the fallback or the preset's complaints mailbox. */
  readonly fellBack: readonly string[];
  readonly subject: string;
  /** The plain-text body (GOV.UK Notify's plain-text email), unless `format` is `html`. */
  readonly text?: string;
  /** The HTML body (every value escaped), unless `format` is `text`. */
  readonly html?: string;
  /** The preset's template id. */
  readonly template: string;
  /** The values as Notify's `personalisation` expects them, for a Notify template with the same content. */
  readonly personalisation: Personalisation;
}

/** Why a message due in the window is not sent. */
export type SkipReason = 'already-sent' | 'responded' | 'closed' | 'withdrawn' | 'stale' | 'no-address' | 'missing-values' | 'clock-stopped' | 'missing-translation';

/** A message of the window not sent, and why. */
export interface SkippedMessage {
  readonly key: string;
  readonly reference: string;
  readonly caseIndex: number;
  readonly stage: string;
  readonly reminder: string;
  readonly date: string;
  readonly reason: SkipReason;
  /** In words, for a person: e.g. the event that stopped it, the roles without an address, the placeholders missing. */
  readonly detail: string;
}

/** An overdue case nothing chases in the window. */
export interface NeedsAttention {
  readonly reference: string;
  readonly caseIndex: number;
  readonly stage: string;
  /** The overdue deadline (e.g. `stage-2-response`) and its due date. */
  readonly deadline: string;
  readonly dueDate: string;
  /** Working days from the due date to `to`. */
  readonly workingDaysLate: number;
  /** The responsible role, and those responding with it. */
  readonly responsible: string;
  readonly with: readonly string[];
  /** Who that is, from the directory (absent when nobody is listed and there is no fallback). */
  readonly contact?: Contact;
  /** `no-reminders-at-stage`: the preset has no ladder for the stage; `reminders-finished`: its last reminder has passed. */
  readonly reason: 'no-reminders-at-stage' | 'reminders-finished';
}

/** A case that failed its checks: left out, the run goes on for the others. */
export interface CaseProblem {
  readonly caseIndex: number;
  /** The case reference, when the case has one. */
  readonly reference?: string;
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/** The answer of {@link chaseRun}. */
export interface ChaseResult {
  readonly from: string;
  readonly to: string;
  /** Messages to send, by date, then in the order of the cases. */
  readonly messages: readonly ChaseMessage[];
  readonly skipped: readonly SkippedMessage[];
  readonly needsAttention: readonly NeedsAttention[];
  readonly problems: readonly CaseProblem[];
  /** How many cases were looked at (problems included). */
  readonly cases: number;
}

/** Events that end or move a ladder, and what a message they made stale is reported as. */
const STOPPERS: Readonly<Record<string, SkipReason>> = {
  'extension-agreed': 'stale',
  'response-sent': 'responded',
  'final-response-sent': 'responded',
  'holding-response-sent': 'stale',
  withdrawn: 'withdrawn',
  closed: 'closed',
  'referred-back': 'closed',
  'normal-business-confirmed': 'closed',
  'referred-to-ombudsman': 'closed',
  'next-stage-requested': 'stale',
  'clock-stopped': 'clock-stopped',
  'clock-resumed': 'stale',
  'clock-restarted': 'stale',
  'request-lapsed': 'closed',
};

const DETAIL: Readonly<Record<SkipReason, string>> = {
  'already-sent': 'already sent (in the ledger)',
  responded: 'the response was sent first',
  closed: 'the case was closed, referred back or treated as normal business first',
  withdrawn: 'the complainant withdrew first',
  stale: 'its due date moved (an extension, a holding response or the next stage): the reminder for the new date replaces it',
  'clock-stopped': 'the clock was stopped (a pause or restart the preset allows): the case is not chased until it runs again',
  'no-address': '',
  'missing-values': '',
  'missing-translation': '',
};

/** How far before the window an ending event is looked at for messages it made stale. */
const LOOK_BACK_DAYS = 366;

function checkSent(sent: unknown): ReadonlySet<string> {
  if (sent === undefined) return new Set();
  if (!(sent instanceof Set)) throw new InvalidArgumentError('options.sent', 'must be a Set of message keys (from the ledger)');
  return sent as ReadonlySet<string>;
}

/**
 * Every chasing email due in the window `from`..`to` (both days included) over every case: the referral, the
 * reminders and the delay-reason emails of each case's schedule (see `reminderSchedule`), each with its key, case,
 * stage, reminder id, the day it fell due, its recipients from the role directory (the case's team's people over the
 * defaults, the person of the case's last `allocated` event, when it carries an `email`, over both; a role with
 * nobody listed goes to the directory's `fallback`, else the preset's complaints mailbox), and its subject and
 * bodies rendered from the preset's template.
 *
 * Nothing is dropped silently: a message of the window not sent is in `skipped` with its reason (`already-sent`,
 * a key in `sent`; `stale`, `responded`, `closed`, `withdrawn`, a message the case's schedule had before an event
 * moved or ended it; `no-address`; `missing-values`), an overdue case nothing chases in the window (a stage with
 * no reminders, such as Dudley's stage 2, or a ladder that has ended) is in `needsAttention` with how late it is
 * and who is responsible, and a case that fails its checks is in `problems` (the others go on).
 *
 * A window that covers days missed since the last run catches them up, each message once (the keys in `sent` are
 * skipped); a stale message (its due date has moved) is never among `messages`. Pure: no I/O, no clock.
 *
 * @param policy - the policy the cases run under.
 * @param cases - the cases (from `openCase` / `applyEvent`, or read back from storage).
 * @throws {@link calendar!InvalidArgumentError} when `from` is after `to`, `sent` is not a Set, or `format` is unknown.
 *
 * @example
 * import { chaseRun, parseDirectory } from 'statutory-complaints/chase';
 * import { getPolicy, openCase, applyEvent } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * const directory = parseDirectory({ roles: { 'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' } } }, dudley);
 * // Received Friday 19 December 2025: stage 1 due Wednesday 7 January 2026; the first reminder 5 working days before,
 * // Tuesday 30 December (Christmas Day, Boxing Day and the weekend skipped).
 * const kase = openCase(dudley, { reference: 'C-1', receivedAt: '2025-12-19' });
 * const run = chaseRun(dudley, [kase], { from: '2025-12-30', to: '2025-12-30', directory, format: 'text' });
 * run.messages.map((m) => [m.key, m.to[0].email]) //=> [['C-1|stage-1|first-reminder|2026-01-07', 'tm@example.gov.uk']]
 * run.messages[0].subject //=> 'Complaint Ref C-1 – response due Wednesday 7 January 2026'
 * // Sent already: skipped, with the reason.
 * chaseRun(dudley, [kase], { from: '2025-12-30', to: '2025-12-30', directory, sent: new Set([run.messages[0].key]) }).skipped.map((s) => s.reason) //=> ['already-sent']
 * // Responded on Monday 29 December: nothing to send, and the reminder is reported as ended by the response.
 * const answered = applyEvent(dudley, kase, { type: 'response-sent', on: '2025-12-29', outcome: 'upheld' });
 * chaseRun(dudley, [answered], { from: '2025-12-30', to: '2025-12-30', directory }).skipped.map((s) => [s.reminder, s.reason]) //=> [['first-reminder', 'responded']]
 */
export function chaseRun(policy: Policy, cases: Iterable<Case>, options: ChaseOptions): ChaseResult {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options', 'must be an object { from, to, directory, sent }');
  const from = parseDate(options.from, 'from');
  const to = parseDate(options.to, 'to');
  if (from > to) throw new InvalidArgumentError('to', 'must not be before from');
  const sent = checkSent(options.sent);
  const format = options.format ?? 'both';
  if (format !== 'text' && format !== 'html' && format !== 'both') throw new InvalidArgumentError('options.format', 'must be text, html or both');
  const directory = options.directory;
  if (typeof directory !== 'object' || directory === null || typeof directory.roles !== 'object') {
    throw new InvalidArgumentError('options.directory', 'must be a role directory from parseDirectory');
  }
  const feed = options.feed;
  // One engine for the run: its calendars, case types and replays, and each template parsed once.
  const workflow = createWorkflow(policy, feed === undefined ? undefined : { feed });
  const emails = createReminderEmails(workflow);
  const valuesOf = options.values;
  const contacts = new ContactsCache(directory, Object.keys(workflow.policy.roles));
  const lookBack = addDays(from, -LOOK_BACK_DAYS);
  // The contact of a case needing attention: name and address, one frozen copy per person for the run.
  const contactCopies = new Map<Contact, Contact>();
  const contactOf = (c: Contact): Contact => {
    let copy = contactCopies.get(c);
    if (copy === undefined) {
      copy = Object.freeze({ name: c.name, email: c.email });
      contactCopies.set(c, copy);
    }
    return copy;
  };

  const messages: ChaseMessage[] = [];
  const skipped: SkippedMessage[] = [];
  const needsAttention: NeedsAttention[] = [];
  const problems: CaseProblem[] = [];
  let index = -1;
  for (const kase of cases) {
    index++;
    try {
      const caseMessages: ChaseMessage[] = [];
      const caseSkipped: SkippedMessage[] = [];
      const schedule = workflow.reminderSchedule(kase);
      const skip = (r: ScheduledReminder, reason: SkipReason, detail = DETAIL[reason]) =>
        caseSkipped.push({ key: r.key, reference: r.reference, caseIndex: index, stage: r.stage, reminder: r.id, date: r.date, reason, detail });

      // Who the case's people are: its team and its allocated person (the last allocation).
      let team: string | undefined;
      let allocated: { role: string; name: string; email: string } | undefined;
      for (const e of kase.events) {
        if (e.type !== 'allocated') continue;
        if (e.team !== undefined) team = e.team;
        allocated = e.email !== undefined ? { role: e.role, name: e.name ?? workflow.policy.roles[e.role]?.title ?? e.role, email: e.email } : undefined;
      }
      let people: ReturnType<ContactsCache['for']> | undefined;
      let values: TemplateValues | undefined;
      let valuesRead = false;
      let chasedInWindow = false;
      for (const r of schedule) {
        if (r.date < from || r.date > to) {
          if (r.date > to && !r.id.startsWith('delay-reason')) chasedInWindow = true;
          continue;
        }
        if (!r.id.startsWith('delay-reason')) chasedInWindow = true;
        if (sent.has(r.key)) {
          skip(r, 'already-sent');
          continue;
        }
        people ??= contacts.for(team, allocated);
        if (!valuesRead) {
          values =
            typeof valuesOf === 'function'
              ? valuesOf(kase)
              : valuesOf && Object.prototype.hasOwnProperty.call(valuesOf, kase.reference)
                ? valuesOf[kase.reference]
                : undefined;
          valuesRead = true;
        }
        let email;
        try {
          email = emails.email(kase, r, people.directory, values === undefined ? { format } : { format, values });
        } catch (error) {
          if (error instanceof MissingRecipientError) {
            skip(r, 'no-address', `nobody is listed for ${error.roles.join(', ')} in the directory, and there is no fallback or complaints mailbox`);
            continue;
          }
          if (error instanceof MissingPersonalisationError) {
            skip(r, 'missing-values', `the template needs values the case does not hold: ${error.names.join(', ')}`);
            continue;
          }
          if (error instanceof MissingTranslationError) {
            // A Welsh-language case is never chased in English: the message waits for the preset's Welsh text.
            skip(r, 'missing-translation', `the case's language preference needs Welsh text the preset lacks (${error.path})`);
            continue;
          }
          throw error;
        }
        // The roles that fell back: the renderer's, and those with nobody listed for the case (usually none: then the
        // renderer's own frozen list is the answer).
        let fellBack: readonly string[] = email.fellBack;
        if (
          !Object.isFrozen(fellBack) ||
          (people.unlisted.size > 0 && (r.to.some((role) => people!.unlisted.has(role)) || r.cc.some((role) => people!.unlisted.has(role))))
        ) {
          const roles = new Set(email.fellBack);
          for (const role of [...r.to, ...r.cc]) if (people.unlisted.has(role)) roles.add(role);
          fellBack = Object.freeze([...roles]);
        }
        const workingDaysOverdue = r.date > r.dueDate ? workflow.calendar(kase.caseType).countWorkingDays(r.dueDate, r.date) : 0;
        const provisional = r.provisional === true;
        // One literal of fixed shape per format (the key order of the one written with spreads): a run makes many.
        caseMessages.push(
          Object.freeze(
            email.text !== undefined && email.html !== undefined
              ? {
                  key: r.key,
                  reference: r.reference,
                  caseIndex: index,
                  stage: r.stage,
                  reminder: r.id,
                  date: r.date,
                  dueDate: r.dueDate,
                  workingDaysOverdue,
                  provisional,
                  to: email.to,
                  cc: email.cc,
                  fellBack,
                  subject: email.subject,
                  text: email.text,
                  html: email.html,
                  template: email.template,
                  personalisation: email.personalisation,
                }
              : email.text !== undefined
                ? {
                    key: r.key,
                    reference: r.reference,
                    caseIndex: index,
                    stage: r.stage,
                    reminder: r.id,
                    date: r.date,
                    dueDate: r.dueDate,
                    workingDaysOverdue,
                    provisional,
                    to: email.to,
                    cc: email.cc,
                    fellBack,
                    subject: email.subject,
                    text: email.text,
                    template: email.template,
                    personalisation: email.personalisation,
                  }
                : {
                    key: r.key,
                    reference: r.reference,
                    caseIndex: index,
                    stage: r.stage,
                    reminder: r.id,
                    date: r.date,
                    dueDate: r.dueDate,
                    workingDaysOverdue,
                    provisional,
                    to: email.to,
                    cc: email.cc,
                    fellBack,
                    subject: email.subject,
                    ...(email.html !== undefined ? { html: email.html } : {}),
                    template: email.template,
                    personalisation: email.personalisation,
                  },
          ),
        );
      }

      // Messages an event made stale or ended: what the schedule held before it, in the window, no longer there.
      let current: Set<string> | undefined;
      let reported: Set<string> | undefined;
      const events = kase.events;
      for (let i = 0; i < events.length; i++) {
        const e = events[i]!;
        const reason = STOPPERS[e.type];
        if (reason === undefined || e.on > to || e.on < lookBack) continue;
        current ??= new Set(schedule.map((r) => r.key));
        reported ??= new Set();
        const before = workflow.reminderSchedule({ ...kase, events: events.slice(0, i) });
        for (const r of before) {
          if (r.date < from || r.date > to || r.date < e.on || current.has(r.key) || sent.has(r.key) || reported.has(r.key)) continue;
          reported.add(r.key);
          skip(r, reason, `${DETAIL[reason]} (${e.type} on ${e.on})`);
        }
      }

      // An overdue case nothing chases in the window.
      if (!chasedInWindow) {
        const status = workflow.statusOn(kase, to);
        const next = status.nextDeadline;
        if (status.overdue && next !== undefined && status.workingDaysRemaining !== undefined) {
          const stage = workflow.policy.caseTypes[kase.caseType]?.stages[status.stage];
          const role = status.responsible.role;
          people ??= contacts.for(team, allocated);
          const contact = people.directory[role] ?? workflow.policy.contacts?.complaintsMailbox;
          const reason = stage && stage.reminders.length === 0 ? 'no-reminders-at-stage' : 'reminders-finished';
          // Two literals of fixed shape (the key order of the one written with a spread), not a spread: many
          // thousands of these are made in a run.
          needsAttention.push(
            Object.freeze(
              contact
                ? {
                    reference: kase.reference,
                    caseIndex: index,
                    stage: status.stage,
                    deadline: next.id,
                    dueDate: next.due,
                    workingDaysLate: -status.workingDaysRemaining,
                    responsible: role,
                    with: status.responsible.with,
                    contact: contactOf(contact),
                    reason,
                  }
                : {
                    reference: kase.reference,
                    caseIndex: index,
                    stage: status.stage,
                    deadline: next.id,
                    dueDate: next.due,
                    workingDaysLate: -status.workingDaysRemaining,
                    responsible: role,
                    with: status.responsible.with,
                    reason,
                  },
            ),
          );
        }
      }
      messages.push(...caseMessages);
      skipped.push(...caseSkipped);
    } catch (error) {
      if (!(error instanceof StatutoryComplaintsError || error instanceof RangeError)) throw error;
      const ref = typeof (kase as { reference?: unknown })?.reference === 'string' ? (kase as { reference: string }).reference : undefined;
      problems.push(
        Object.freeze({
          caseIndex: index,
          ...(ref !== undefined ? { reference: ref } : {}),
          code: (error as { code?: string }).code ?? 'invalid-case',
          path: (error as { path?: string }).path ?? '',
          message: error.message,
        }),
      );
    }
  }
  const byDate = (a: { date: string }, b: { date: string }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  messages.sort(byDate);
  skipped.sort(byDate);
  return Object.freeze({
    from,
    to,
    messages: Object.freeze(messages),
    skipped: Object.freeze(skipped),
    needsAttention: Object.freeze(needsAttention),
    problems: Object.freeze(problems),
    cases: index + 1,
  });
}
