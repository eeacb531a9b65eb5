/**
 * Rendering one of a preset's templates in a language, with values the caller gives (no case): what the CLI's
 * `render` command and a council's own preview screens need (issue 16, remaining).
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import type { LanguagePreference, Policy } from '../policies/index.js';
import { checkLanguage, checkValues, writeInLanguage } from './language.js';
import { LibraryValues, presetTemplate } from './preset-values.js';
import type { MissingValues, Personalisation, RenderFormat, TemplateValues } from './types.js';

/** Options for {@link renderPolicyTemplate}. */
export interface PolicyTemplateOptions {
  /** `english` (the default), `welsh` (the template's Welsh text) or `bilingual` (Welsh first, then English). */
  readonly language?: LanguagePreference | undefined;
  /** `text` (the default: Notify's plain-text email) or `html`. */
  readonly format?: RenderFormat | undefined;
  /** Values for the Welsh text only (e.g. a reason written in Welsh), over `values`. */
  readonly welshValues?: TemplateValues | undefined;
  /** What to do with a placeholder without a value: `error` (the default), `preview` or `redact`. */
  readonly missing?: MissingValues | undefined;
}

/** A preset's template rendered by {@link renderPolicyTemplate}. */
export interface PolicyTemplateMessage {
  readonly subject: string;
  readonly body: string;
  /** The language it is written in. */
  readonly language: LanguagePreference;
  /** The values by placeholder name, as GOV.UK Notify takes them (a bilingual message: the Welsh ones as `<name> cy`). */
  readonly personalisation: Personalisation;
}

/**
 * Renders one of a preset's templates with the preset's own values (complaints mailbox and team, ombudsman's
 * details, delay reasons) and the caller's, in English, in Welsh or bilingual. The Welsh text uses the preset's Welsh
 * names (`correspondence.welsh`) and writes `YYYY-MM-DD` dates in Welsh. A template without a Welsh text, or a name
 * the preset has no Welsh form of, is a {@link MissingTranslationError}, never English.
 *
 * @example
 * import { getPolicy } from 'statutory-complaints';
 * import { renderPolicyTemplate } from 'statutory-complaints/templates';
 * const wales = getPolicy('wales-social-services-2014');
 * const values = { reference: 'W/1', 'complainant name': 'Sam Example', 'received date': '2025-12-19', 'due date': '2026-01-09', stage: 'Cam 1', 'complaints mailbox': 'cwynion@example.gov.wales' };
 * renderPolicyTemplate(wales, 'acknowledgement', values, { language: 'welsh' }).subject //=> 'Eich cwyn – cyfeirnod W/1'
 * renderPolicyTemplate(wales, 'acknowledgement', values, { language: 'bilingual' }).subject //=> 'Eich cwyn – cyfeirnod W/1 / Your complaint – reference W/1'
 * renderPolicyTemplate(getPolicy('dudley'), 'reminder', {}, { language: 'welsh' }) //=> throws MissingTranslationError
 */
export function renderPolicyTemplate(policy: Policy, templateId: string, values?: TemplateValues, options?: PolicyTemplateOptions): PolicyTemplateMessage {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new InvalidArgumentError('options', "must be an object such as { language: 'welsh', format: 'html' }");
  }
  const template = presetTemplate(policy, templateId);
  const written = writeInLanguage({
    policy,
    templateId,
    template,
    language: checkLanguage(options?.language, 'options.language') ?? 'english',
    format: options?.format,
    fill: (text, language) => {
      const library = new LibraryValues(text, language, templateId);
      library.policy(policy);
      return library;
    },
    values: checkValues(values, 'values'),
    valuesPath: 'values',
    welshValues: checkValues(options?.welshValues, 'options.welshValues'),
    welshValuesPath: 'options.welshValues',
    missing: options?.missing,
  });
  return Object.freeze({ subject: written.subject, body: written.body, language: written.language, personalisation: written.personalisation });
}
