/**
 * Internal: writing a preset's template in the case's language (issue 16, the Welsh Language Standards): the English
 * text, the Welsh variant (`templates.<id>.welsh`), or a bilingual message built from both, Welsh first (or side by
 * side in HTML, as the preset's `correspondence.bilingualLayout` says), with a bilingual subject. A Welsh-language
 * case whose template has no Welsh text is a {@link MissingTranslationError}, never English.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { normalisePlaceholderName, type LanguagePreference, type Policy } from '../policies/index.js';
import { MissingPersonalisationError, MissingTranslationError } from './errors.js';
import { personalisation as personalisationOf, personalisationFrom } from './personalisation.js';
import { prepare } from './substitute.js';
import { mergeValues, withDateStyles, type LibraryValues, type StyledTemplate } from './preset-values.js';
import { renderTemplate } from './render.js';
import type { MissingValues, Personalisation, RenderFormat, TemplateValue, TemplateValues } from './types.js';
import { withWelshDates } from './welsh.js';

const LANGUAGES: readonly LanguagePreference[] = ['english', 'welsh', 'bilingual'];

/** Checks a `language` option: `undefined` or one of the three preferences. */
export function checkLanguage(value: unknown, path: string): LanguagePreference | undefined {
  if (value === undefined || LANGUAGES.includes(value as LanguagePreference)) return value as LanguagePreference | undefined;
  throw new InvalidArgumentError(path, `must be one of ${LANGUAGES.join(', ')}`);
}

/** Checks a values object (the caller's values for the Welsh text). */
export function checkValues(value: unknown, path: string): TemplateValues {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(path, 'must be an object mapping placeholder names to values');
  }
  return value as TemplateValues;
}

/** What {@link writeInLanguage} needs. */
export interface LanguageJob {
  readonly policy: Policy;
  readonly templateId: string;
  readonly template: StyledTemplate;
  readonly language: LanguagePreference;
  readonly format: RenderFormat | undefined;
  /** Fills the library's values for one text (the English template, or its Welsh variant with the template's dates). */
  readonly fill: (text: StyledTemplate, language: 'english' | 'welsh') => LibraryValues;
  /** The caller's values (for both texts), and the argument that supplies them (named in errors). */
  readonly values: TemplateValues;
  readonly valuesPath: string;
  /** The caller's values for the Welsh text only (e.g. the extension reason in Welsh), over `values`; and their argument. */
  readonly welshValues: TemplateValues;
  readonly welshValuesPath: string;
  /** What to do with a placeholder without a value (default `error`): `preview` or `redact` show the template anyway. */
  readonly missing?: MissingValues | undefined;
}

/** A message in the case's language. */
export interface WrittenMessage {
  readonly subject: string;
  readonly body: string;
  readonly language: LanguagePreference;
  readonly personalisation: Personalisation;
}

interface OneText {
  readonly subject: string;
  readonly body: string;
  readonly personalisation: Personalisation;
}

/** The caller's values for the Welsh text: `values`, with `welshValues` over them key by key (names compared as Notify compares them). */
function welshCallerValues(values: TemplateValues, welsh: TemplateValues): Record<string, TemplateValue> {
  const out: Record<string, TemplateValue> = {};
  const own = new Set(Object.keys(welsh).map(normalisePlaceholderName));
  const put = (k: string, v: TemplateValue) => Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  for (const k of Object.keys(values)) if (!own.has(normalisePlaceholderName(k))) put(k, values[k]);
  for (const k of Object.keys(welsh)) put(k, welsh[k]);
  return out;
}

function renderOne(job: LanguageJob, language: 'english' | 'welsh'): OneText {
  let text: StyledTemplate = job.template;
  let caller: TemplateValues = job.values;
  let supplier = job.valuesPath;
  if (language === 'welsh') {
    const variant = job.template.welsh;
    if (variant === undefined) throw new MissingTranslationError(job.templateId, `templates.${job.templateId}.welsh`, 'the preset has no Welsh text for it');
    text = {
      subject: variant.subject,
      body: variant.body,
      ...(job.template.dates === undefined ? {} : { dates: job.template.dates }),
      ...(job.template.emphasis === undefined ? {} : { emphasis: job.template.emphasis }),
    };
    caller = welshCallerValues(job.values, job.welshValues);
    supplier = Object.keys(job.welshValues).length > 0 ? `${job.valuesPath} or ${job.welshValuesPath}` : job.valuesPath;
  }
  const library = job.fill(text, language).values;
  let values = mergeValues(library, withDateStyles(text, caller), 'from the case and the policy', supplier);
  if (language === 'welsh') values = withWelshDates(values, 'values');
  let rendered: ReturnType<typeof renderTemplate>;
  try {
    rendered = renderTemplate(text, values, {
      ...(job.format === undefined ? {} : { format: job.format }),
      ...(job.missing === undefined ? {} : { missing: job.missing }),
    });
  } catch (error) {
    // Name the argument that supplies the values the library cannot fill.
    if (error instanceof MissingPersonalisationError) throw new MissingPersonalisationError(error.names, supplier);
    throw error;
  }
  // A preview (`missing: preview` or `redact`) has the values it has: the personalisation holds only those.
  const lenient = job.missing !== undefined && job.missing !== 'error';
  return { subject: rendered.subject, body: rendered.body, personalisation: lenient ? givenPersonalisation(text, values) : personalisationOf(text, values) };
}

/** The personalisation of the placeholders that have a value (for a preview, where some have none). */
function givenPersonalisation(text: StyledTemplate, values: Readonly<Record<string, TemplateValue>>): Personalisation {
  const { resolved } = prepare(text, values, true);
  return personalisationFrom({ ...resolved, placeholders: resolved.placeholders.filter((p) => resolved.byKey.has(p.key)) });
}

/** The rule between the Welsh and the English text, as the renderer writes `---` in the format. */
function rule(format: RenderFormat | undefined): string {
  return renderTemplate({ subject: '-', body: '---' }, {}, format === undefined ? undefined : { format }).body;
}

/**
 * Writes the template in the job's language. A bilingual message: the subject `Welsh / English`; the body Welsh
 * first, a rule, then English (in HTML each text in an element with its `lang`, `cy` or `en`), or, for
 * `side-by-side` in HTML, a two-column table with the Welsh on the left (plain text has no columns: Welsh first). Its
 * personalisation holds the English values under the template's names and the Welsh ones under the same names
 * followed by ` cy` (a bilingual GOV.UK Notify template writes `((due date cy))` in its Welsh half).
 */
export function writeInLanguage(job: LanguageJob): WrittenMessage {
  const { language } = job;
  if (language !== 'bilingual') {
    const one = renderOne(job, language);
    return { ...one, language };
  }
  // The Welsh text first: a missing Welsh text is reported before anything else.
  const cy = renderOne(job, 'welsh');
  const en = renderOne(job, 'english');
  let body: string;
  if (job.format === 'html') {
    body =
      job.policy.correspondence?.bilingualLayout === 'side-by-side'
        ? `<table role="presentation"><tr><td lang="cy" valign="top" width="50%">${cy.body}</td><td lang="en" valign="top" width="50%">${en.body}</td></tr></table>`
        : `<div lang="cy">${cy.body}</div>${rule('html')}<div lang="en">${en.body}</div>`;
  } else {
    body = `${cy.body}\n\n${rule('text')}\n\n${en.body}`;
  }
  const personalisation: Personalisation = { ...en.personalisation };
  for (const name of Object.keys(cy.personalisation)) {
    Object.defineProperty(personalisation, `${name} cy`, { value: cy.personalisation[name], enumerable: true, writable: true, configurable: true });
  }
  return { subject: `${cy.subject} / ${en.subject}`, body, language, personalisation };
}
