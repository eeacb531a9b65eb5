import { parseFields } from './substitute.js';
import type { PlaceholderInfo, PlaceholderOccurrence, Template } from './types.js';

interface Entry {
  name: string;
  key: string;
  conditional: boolean;
  substituted: boolean;
  occurrences: PlaceholderOccurrence[];
}

/**
 * Every placeholder of a template with every place it occurs: its name as first written, its normalised key,
 * whether it is used as a condition (`((name??text))`) and/or as a value (`((name))`), and the field, offset,
 * line and column of each occurrence (for reporting a typo at its position in a preset file). Placeholders are
 * in order of first appearance, subject first, one per normalised name.
 *
 * @throws {@link InvalidArgumentError} when the template is not `{ subject: string, body: string }`.
 *
 * @example
 * import { templatePlaceholders } from 'statutory-complaints/templates';
 * const found = templatePlaceholders({ subject: 'Ref ((Reference))', body: 'Ref: ((reference))\n((late??Overdue))' });
 * found.map((p) => [p.name, p.key, p.conditional, p.substituted]) //=> [['Reference', 'reference', false, true], ['late', 'late', true, false]]
 * found[1].occurrences //=> [{ field: 'body', offset: 19, line: 2, column: 1, conditional: true }]
 */
export function templatePlaceholders(template: Template): PlaceholderInfo[] {
  const parsed = parseFields(template);
  const byKey = new Map<string, Entry>();
  const entries: Entry[] = [];
  for (const field of ['subject', 'body'] as const) {
    for (const segment of parsed[field]) {
      if (segment.kind !== 'placeholder') continue;
      let entry = byKey.get(segment.key);
      if (!entry) {
        entry = { name: segment.name, key: segment.key, conditional: false, substituted: false, occurrences: [] };
        byKey.set(segment.key, entry);
        entries.push(entry);
      }
      if (segment.conditional) entry.conditional = true;
      else entry.substituted = true;
      entry.occurrences.push({
        field,
        offset: segment.offset,
        line: segment.line,
        column: segment.column,
        conditional: segment.conditional,
      });
    }
  }
  return entries;
}

/**
 * The placeholder names a template uses, in order of first appearance (subject first, then body), each once
 * (names that differ only in case, spaces, underscores or hyphens are the same placeholder) and spelt as first
 * written. A conditional `((name??text))` contributes its name.
 *
 * @throws {@link InvalidArgumentError} when the template is not `{ subject: string, body: string }`.
 *
 * @example
 * import { placeholders } from 'statutory-complaints/templates';
 * placeholders({ subject: 'Complaint ((Ref)) – due ((due date))', body: 'Dear ((name)),\n((ref))\n((urgent??Urgent.))\n((due_date))' }) //=> ['Ref', 'due date', 'name', 'urgent']
 * placeholders({ subject: '(( a(b) ))', body: '(((c)))' }) //=> ['c']
 */
export function placeholders(template: Template): string[] {
  return templatePlaceholders(template).map((p) => p.name);
}
