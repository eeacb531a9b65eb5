/**
 * Email templates in GOV.UK Notify's syntax, rendered locally the way Notify renders them: `((placeholders))`,
 * conditional `((name??text))`, lists, British dates, HTML escaping and Notify's Markdown subset, with missing values
 * reported all at once and never any value in an error; `emailForReminder`, which puts a preset's template, a case
 * and a reminder together into an email ready to send; and `letterForCase`, which fills a letter to the complainant
 * from the case itself.
 *
 * @packageDocumentation
 */
export { renderTemplate } from './render.js';
export { personalisation } from './personalisation.js';
export { placeholders, templatePlaceholders } from './placeholders.js';
export { formatDate } from './formatDate.js';
export { NOTIFY_VERSION } from './notify-version.js';
export { EmptyPlaceholderError, MissingPersonalisationError, MissingTranslationError, TemplateTooLargeError } from './errors.js';
export { emailForReminder, createReminderEmails } from './email.js';
export type { EmailOptions, ReminderEmail, EmailFormats, ReminderEmailOptions, MultipartReminderEmail, ReminderEmails } from './email.js';
export type { LanguagePreference } from '../policies/index.js';
export { letterForCase } from './letter.js';
export { renderPolicyTemplate } from './policy-template.js';
export type { PolicyTemplateOptions, PolicyTemplateMessage } from './policy-template.js';
export type { LetterOptions, CaseLetter } from './letter.js';
export type {
  Template,
  TemplateValue,
  TemplateValues,
  DateValue,
  DateStyle,
  ListValue,
  DataValue,
  NumberedListValue,
  MissingValues,
  RenderFormat,
  Emphasis,
  RenderOptions,
  RenderedMessage,
  Personalisation,
  PlaceholderInfo,
  PlaceholderOccurrence,
} from './types.js';

/** Internal (`@internal`): for the CLI, not part of the supported API. */
export { prepare } from './substitute.js';
export { dateStyleFor, mergeValues, policyValues, sourceOf, withDateStyles } from './preset-values.js';
export type { PlaceholderSource, StyledTemplate } from './preset-values.js';
