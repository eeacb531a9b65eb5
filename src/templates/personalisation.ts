import { prepare, substituteBody } from './substitute.js';
import type { Personalisation, Template, TemplateValues } from './types.js';
import type { ResolvedValues } from './values.js';

/**
 * The `personalisation` object to send to GOV.UK Notify's API with the id of a template that has the same
 * content, so Notify renders what {@link renderTemplate} renders: one entry per placeholder the template uses,
 * keyed by the name as the template first writes it, values already formatted — strings as they are, numbers,
 * booleans and other data as Notify writes them (`5`, `0.1`, `True`, `{'key': 'value'}`: see {@link DataValue}),
 * dates in their long or short style, lists as arrays of their items written and trimmed as Notify writes and trims
 * them, empty ones left out (Notify writes an array as a bullet list), and a `{ numbered: [...] }` list as one string of
 * `1. item` lines (Notify reads Markdown in a value, so it writes the same numbered list). Values the template does
 * not use are left out.
 *
 * @throws {@link MissingPersonalisationError} listing the placeholders without a value, exactly as
 * {@link renderTemplate} does.
 * @throws {@link TemplateTooLargeError} when the body passes 2,000,000 bytes after substitution.
 * @throws {@link InvalidArgumentError}, {@link InvalidDateError} or {@link DateOutOfRangeError} for a bad value.
 *
 * @example
 * import { personalisation } from 'statutory-complaints/templates';
 * const template = { subject: 'Complaint ((Reference))', body: 'Due ((due date)).\n((reasons))\n((late??Overdue.))' };
 * const values = { reference: 'C-42', 'Due Date': { date: '2026-01-07' }, reasons: ['Complex case', '', null], late: true, unused: 'x' };
 * personalisation(template, values) //=> { Reference: 'C-42', 'due date': 'Wednesday 7 January 2026', reasons: ['Complex case'], late: 'True' }
 * personalisation(template, { ...values, reasons: { numbered: ['Complex case', 'Staff absence'] } }).reasons //=> '1. Complex case\n2. Staff absence'

 */
export function personalisation(template: Template, values: TemplateValues): Personalisation {
  const { parsed, resolved } = prepare(template, values);
  substituteBody(parsed.body, resolved); // enforces Notify's size limit
  return personalisationFrom(resolved);
}

/**
 * Internal: the `personalisation` object of values already resolved against a parsed template (see `prepare`); the
 * caller has checked the body's size (by substituting it).
 */
export function personalisationFrom(resolved: ResolvedValues): Personalisation {
  const out: Personalisation = {};
  for (const placeholder of resolved.placeholders) {
    const value = resolved.byKey.get(placeholder.key)!;
    // defineProperty, so a name such as `__proto__` is an ordinary key
    Object.defineProperty(out, placeholder.name, {
      value: value.kind === 'scalar' ? value.text : value.numbered ? value.items.map((item, i) => `${i + 1}. ${item}`).join('\n') : [...value.items],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
