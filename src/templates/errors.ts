import { StatutoryComplaintsError } from '../errors.js';

/**
 * A template used placeholders that had no value: the key was absent, or its value was `null` or `undefined`
 * (an empty string is a value). Lists every missing name at once, in order of first appearance (subject first,
 * then body), spelt as the template writes them. Like GOV.UK Notify's `400 BadRequestError`, the message is
 * `Missing personalisation: a, b`; it never contains a value.
 *
 * @example
 * import { renderTemplate, MissingPersonalisationError } from 'statutory-complaints';
 * let caught;
 * try { renderTemplate({ subject: 'Complaint ((reference))', body: 'Dear ((name))' }, { name: 'Sam' }); } catch (e) { caught = e; }
 * caught instanceof MissingPersonalisationError //=> true
 * caught.names //=> ['reference']
 * caught.message //=> 'Missing personalisation: reference'
 */
export class MissingPersonalisationError extends StatutoryComplaintsError {
  /** The missing placeholder names, as the template writes them at their first appearance. */
  readonly names: string[];

  /**
   * @param names - the missing placeholder names.
   * @param supplier - the argument or option that supplies the values (e.g. `options.values` for
   *   `emailForReminder`): named in the message when given. Without it the message is Notify's own wording.
   */
  constructor(names: readonly string[], supplier?: string) {
    super(
      'missing-personalisation',
      supplier ?? 'values',
      `Missing personalisation: ${names.join(', ')}${supplier === undefined ? '' : ` (give ${names.length === 1 ? 'its value' : 'their values'} in ${supplier.includes('.') ? supplier : `the ${supplier} argument`})`}`,
    );
    this.names = [...names];
  }
}

function groupThousands(n: number): string {
  const digits = String(Math.trunc(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** GOV.UK Notify's limit on an email's content after substitution, in bytes of UTF-8. */
export const EMAIL_CONTENT_LIMIT_BYTES = 2_000_000;

/**
 * After substitution an email body would be larger than GOV.UK Notify accepts (2,000,000 bytes of UTF-8).
 * The message names the limit, never the content.
 *
 * @example
 * import { renderTemplate } from 'statutory-complaints';
 * import { TemplateTooLargeError } from 'statutory-complaints/templates';
 * let caught;
 * try { renderTemplate({ subject: 'Notes', body: '((notes))' }, { notes: 'x'.repeat(2000001) }); } catch (e) { caught = e; }
 * caught instanceof TemplateTooLargeError //=> true
 * caught.limit //=> 2000000
 */
export class TemplateTooLargeError extends StatutoryComplaintsError {
  /** The limit that was exceeded, in bytes of UTF-8. */
  readonly limit: number;

  constructor(path = 'body', limit = EMAIL_CONTENT_LIMIT_BYTES) {
    super(
      'template-too-large',
      path,
      `${path}: the email content after substitution is larger than ${groupThousands(limit)} bytes (UTF-8), the most GOV.UK Notify accepts. Shorten the values or split the message.`,
    );
    this.limit = limit;
  }
}

/**
 * A template has a placeholder with no name: `((  ))` (only spaces) or `((??text))` (nothing before the `??`), and
 * no value for it. GOV.UK Notify would ask for a value named by spaces; a name was surely left out. The message says
 * where (field, line and column), never any text around it.
 *
 * @example
 * import { renderTemplate, EmptyPlaceholderError } from 'statutory-complaints/templates';
 * let caught;
 * try { renderTemplate({ subject: 'Hello', body: 'Dear ((name)),\nRef ((  ))' }, { name: 'Sam' }); } catch (e) { caught = e; }
 * caught instanceof EmptyPlaceholderError //=> true
 * caught.path //=> 'template.body'
 * [caught.line, caught.column] //=> [2, 5]
 */
export class EmptyPlaceholderError extends StatutoryComplaintsError {
  /** 1-based line of the placeholder's opening `((` in its field. */
  readonly line: number;
  /** 1-based column of the opening `((` in its line. */
  readonly column: number;

  constructor(field: 'subject' | 'body', line: number, column: number, conditional: boolean) {
    super(
      'empty-placeholder',
      `template.${field}`,
      `template.${field}, line ${line}, column ${column}: the placeholder ${conditional ? '((??…))' : '(( ))'} has no name. Write the name between the brackets, e.g. ((reference))${conditional ? ' or ((late??text))' : ''}, or remove the brackets.`,
    );
    this.line = line;
    this.column = column;
  }
}
