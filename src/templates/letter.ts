import { parseDate, type BankHolidayFeed, type CalendarDate } from '../calendar/index.js';
import { InvalidArgumentError } from '../errors.js';
import type { Policy } from '../policies/index.js';
import { createWorkflow, type Case } from '../workflow/index.js';
import type { LanguagePreference } from '../policies/index.js';
import { checkLanguage, checkValues, writeInLanguage } from './language.js';
import { LibraryValues, presetTemplate, type StyledTemplate } from './preset-values.js';
import type { Personalisation, RenderFormat, TemplateValues } from './types.js';

/**
 * Options of {@link letterForCase}.
 *
 * @example
 * import { getPolicy, openCase, letterForCase } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * const kase = openCase(dudley, { reference: 'ABC/123', receivedAt: '2025-12-19' });
 * const options = { format: 'html', on: '2025-12-22' };
 * letterForCase(dudley, kase, 'acknowledgement', { 'complainant name': 'Sam Example' }, options).body.startsWith('<p>Dear Sam Example,</p>') //=> true
 */
export interface LetterOptions {
  /** `text` (the default) or `html`: see {@link renderTemplate}. */
  readonly format?: RenderFormat | undefined;
  /**
   * The date of the letter, `YYYY-MM-DD` (not before the date of receipt): the case is taken as it stood that day,
   * events recorded after it left out, so a letter written again later says what it said then. Left out: the case
   * with every event recorded on it.
   */
  readonly on?: string | undefined;
  /** A GOV.UK bank-holiday feed (from `parseGovUkBankHolidays`): its dates replace the bundled ones, as in the workflow. */
  readonly feed?: BankHolidayFeed | undefined;
  /**
   * The language to write in: `english`, `welsh` or `bilingual`. Left out: the case's language preference on the
   * letter's date. A Welsh text the preset lacks is a {@link MissingTranslationError}, never English.
   */
  readonly language?: LanguagePreference | undefined;
  /** Values for the Welsh text only (e.g. `extension reason` written in Welsh), over `values` key by key. */
  readonly welshValues?: TemplateValues | undefined;
}

/**
 * A letter to the complainant, rendered from a preset's template with the values filled from the case.
 *
 * @example
 * import { getPolicy, openCase, letterForCase } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * const kase = openCase(dudley, { reference: 'ABC/123', receivedAt: '2025-12-19' });
 * const letter = letterForCase(dudley, kase, 'acknowledgement', { 'complainant name': 'Sam Example' });
 * [letter.template, letter.stage, letter.date, letter.subject] //=> ['acknowledgement', 'stage-1', '2025-12-19', 'Your complaint – reference ABC/123']
 * letter.personalisation['due date'] //=> 'Wednesday 7 January 2026'
 */
export interface CaseLetter {
  /** The id of the preset template used. */
  readonly template: string;
  /** The stage the letter is about: the case's current stage on the letter's date. */
  readonly stage: string;
  /** The letter's date: `options.on`, or the date of the case's last event (the date of receipt when it has none). */
  readonly date: string;
  /** The language it is written in: `english`, `welsh` or `bilingual` (Welsh first, then English). */
  readonly language: LanguagePreference;
  /** The subject as plain text (one line); `Welsh / English` for a bilingual letter. */
  readonly subject: string;
  /** The body: Notify's plain-text email, or simple HTML in which every value is escaped text. */
  readonly body: string;
  /** The same values as the `personalisation` object for GOV.UK Notify's API (names as the template writes them). */
  readonly personalisation: Personalisation;
}

/**
 * Puts a letter to the complainant together (an acknowledgement, an extension notice, the closing paragraph of a
 * response, a stage-2 acknowledgement, a panel hearing notice…): the values the template needs are worked out from
 * the case as it stood on the letter's date, by replaying its events on the case type's calendar, so the dates it
 * promises are the case's own, and the preset's template is rendered (see {@link renderTemplate}).
 *
 * The library fills (names as in `WORKFLOW_PLACEHOLDERS`), from the case on the letter's date:
 * - `reference`, `received date`;
 * - `stage`: the title of the case's current stage;
 * - `due date`: the stage's response date in force, the agreed date once an extension is agreed (for a review
 *   panel stage, the final response); `original due date`: the same date before any extension;
 * - `working days overdue`: working days from the due date to the letter's date (0 before it);
 * - `next stage` and `next stage window`: the stage's escalation (the next stage's title and the time to ask for it
 *   with its unit, e.g. `20 working days` or `2 calendar months`);
 * - `hearing date`: the panel hearing arranged at the stage, once recorded;
 * - from the policy: `complaints mailbox`, `complaints team`, `ombudsman name`, `ombudsman website`,
 *   `ombudsman phone` and `delay reasons`.
 *
 * Everything else comes from `values`: the complainant's display name as the caller holds it (`complainant name`),
 * `details`, the preset's own placeholders (e.g. `extension reason`, `hearing time`, `hearing venue`), and a hearing
 * date not yet recorded on the case (a `YYYY-MM-DD` string is written in the template's date style). A value the
 * library fills from the case is refused, so a stale or mistyped date can never replace the case's own.
 *
 * @param policy - the policy the case runs under (from `getPolicy` or `parsePolicy`).
 * @param kase - the case (from `openCase` / `applyEvent`).
 * @param templateId - the id of one of the policy's templates, e.g. `acknowledgement`.
 * @param values - the values the case cannot give (see above).
 * @param options - `{ format, on }`.
 * @throws {@link MissingPersonalisationError} listing every placeholder without a value, in order.
 * @throws {@link InvalidArgumentError} when the template is not in the policy, `on` is before the date of receipt,
 * a value is malformed, or `values` names a placeholder the library fills.
 * @throws {@link InvalidDateError} when `on` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * import { getPolicy, openCase, applyEvent, letterForCase } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * // Received Friday 19 December 2025: stage 1 is due Wednesday 7 January 2026 (Christmas, Boxing Day and New Year skipped).
 * const kase = openCase(dudley, { reference: 'ABC/123', receivedAt: '2025-12-19' });
 * const ack = letterForCase(dudley, kase, 'acknowledgement', { 'complainant name': 'Sam Example' }, { on: '2025-12-22' });
 * ack.body.split('\n\n')[2] //=> 'Your complaint will be considered at Stage 1 – local resolution of the children’s social care complaints procedure. We will send you our response by Wednesday 7 January 2026.'
 * // An extension agreed on Monday 5 January 2026, to Wednesday 21 January 2026: the notice gives both dates.
 * const extended = applyEvent(dudley, kase, { type: 'extension-agreed', on: '2026-01-05', newDueDate: '2026-01-21', reason: 'Another service is involved', agreedWithComplainant: true });
 * const notice = letterForCase(dudley, extended, 'extension-notice', { 'complainant name': 'Sam Example', 'extension reason': 'We need to speak to another service.' }, { on: '2026-01-05' });
 * notice.body.split('\n\n')[1] //=> 'We are sorry, but we need more time to respond to your complaint. We said we would respond by Wednesday 7 January 2026. We will now respond by Wednesday 21 January 2026.'
 * // The date of a letter written before the extension is the original one.
 * letterForCase(dudley, extended, 'acknowledgement', { 'complainant name': 'Sam Example' }, { on: '2025-12-22' }).personalisation['due date'] //=> 'Wednesday 7 January 2026'
 * letterForCase(dudley, kase, 'acknowledgement', { 'complainant name': 'Sam Example', 'due date': '2030-05-01' }) //=> throws InvalidArgumentError
 */
export function letterForCase(policy: Policy, kase: Case, templateId: string, values?: TemplateValues, options?: LetterOptions): CaseLetter {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError('options', "must be an object such as { format: 'html', on: 'YYYY-MM-DD' }");
  }
  const workflow = createWorkflow(policy, options?.feed === undefined ? undefined : { feed: options.feed });
  // Checks the case against the policy first (its policy id, case type and stored events), as every function does.
  const caseType = workflow.policy.caseTypes[workflow.replay(kase).caseTypeId]!;
  const callerValues = values ?? {};
  if (typeof callerValues !== 'object' || Array.isArray(callerValues)) {
    throw new InvalidArgumentError('values', 'must be an object mapping placeholder names to values');
  }
  const template = presetTemplate(workflow.policy, templateId);
  let on: CalendarDate;
  if (options?.on === undefined) {
    // The case was checked above: its events are in date order, none before the date of receipt.
    on = kase.events.length === 0 ? kase.received : kase.events[kase.events.length - 1]!.on;
  } else {
    on = parseDate(options.on, 'options.on');
    if (on < kase.received) throw new InvalidArgumentError('options.on', 'must not be before the date of receipt of the case');
  }

  const snapshot = workflow.replay(kase, { through: on });
  const last = snapshot.stages.length - 1;
  const run = snapshot.stages[last]!;
  const stage = caseType.stages[run.stage]!;
  const dates = workflow.stageDates(snapshot, last);
  const due = dates.currentDue;
  const calendar = workflow.calendar(snapshot.caseTypeId);

  const fill = (text: StyledTemplate, language: 'english' | 'welsh'): LibraryValues => {
    const values = new LibraryValues(text, language, templateId);
    values.policy(workflow.policy);
    values.fill('reference', () => kase.reference);
    values.date('received date', kase.received);
    values.stage('stage', run.stage, stage);
    values.date('due date', due);
    values.date('original due date', dates.originalDue);
    values.fill('working days overdue', () => Math.max(0, calendar.countWorkingDays(due, on)));
    values.escalation(stage.escalation, caseType.stages);
    values.date('hearing date', run.hearingDate);
    // The last stop of the clock (issue 16): when it stopped, why (the preset's title), and when it ran again.
    const stop = run.clockStops[run.clockStops.length - 1];
    if (stop !== undefined) {
      values.date('clock stopped date', stop.from);
      values.fill('clock stop reason', () => stop.title);
      if (stop.endedBy === 'clock-resumed' || stop.endedBy === 'clock-restarted') values.date('clock restarted date', stop.until);
    }
    return values;
  };
  // The language preference on the letter's date (a later change of preference does not rewrite an earlier letter).
  const written = writeInLanguage({
    policy: workflow.policy,
    templateId,
    template,
    language: checkLanguage(options?.language, 'options.language') ?? snapshot.language,
    format: options?.format,
    fill,
    values: callerValues,
    valuesPath: 'values',
    welshValues: checkValues(options?.welshValues, 'options.welshValues'),
    welshValuesPath: 'options.welshValues',
  });
  return Object.freeze({
    template: templateId,
    stage: run.stage,
    date: on,
    subject: written.subject,
    body: written.body,
    language: written.language,
    personalisation: written.personalisation,
  });
}
