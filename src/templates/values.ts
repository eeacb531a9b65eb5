/**
 * Checking and formatting placeholder values. Internal.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';
import { EmptyPlaceholderError, MissingPersonalisationError } from './errors.js';
import { decodeCharacterReferences } from './entities.js';
import { formatDateAt } from './formatDate.js';
import { placeholderKey, type PlaceholderSegment, type Segment } from './parse.js';
import { isLibraryValue, pythonStr } from './python-text.js';

/** A value ready to write: one string, or the non-empty items of a list (bulleted or numbered). */
export type FormattedValue = (
  { readonly kind: 'scalar'; readonly text: string } | { readonly kind: 'list'; readonly items: readonly string[]; readonly numbered: boolean }
) & {
  /** Whether a conditional with this value shows its text (worked out once, however often it is used). */
  readonly shows: boolean;
};

/** The placeholders of a template and their formatted values, by normalised key. */
export interface ResolvedValues {
  /** Formatted value by normalised key, for every placeholder of the template that has one. */
  readonly byKey: ReadonlyMap<string, FormattedValue>;
  /** Each placeholder once, at its first appearance (subject first), in order. */
  readonly placeholders: readonly PlaceholderSegment[];
}

/**
 * The characters of {@link isWhitespace} as the inside of a regular expression's character class (`[…]`, `u` flag),
 * for patterns that need Python's `\s`. A test checks that the two agree on every character of the BMP.
 */
export const WHITESPACE_CLASS = '\\t-\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** Whitespace as Python's `str.isspace` (and therefore Notify's `str.split()`) sees it. */
export function isWhitespace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    (c >= 0x1c && c <= 0x1f) ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Zero-width and no-break spaces, line and paragraph separators: Notify removes them from a list item, wherever they are. */
const OBSCURE = /\u200d|[\u180e\u200b\u200c\u2060\ufeff\u2028\u2029\u00a0\u202f]/g;

/** Python's `string.whitespace`: what `str.strip(string.whitespace)` trims. */
function isAsciiWhitespace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * A list item as Notify's `strip_and_remove_obscure_whitespace` leaves it: zero-width spaces (U+180E, U+200B–U+200D,
 * U+2060, U+FEFF), U+2028, U+2029 and the no-break spaces U+00A0 and U+202F removed wherever they are, then ASCII
 * whitespace trimmed from both ends (other spaces, such as U+3000, stay).
 */
export function trimItem(s: string): string {
  const t = s.replace(OBSCURE, '');
  let a = 0;
  let b = t.length;
  while (a < b && isAsciiWhitespace(t.charCodeAt(a))) a++;
  while (b > a && isAsciiWhitespace(t.charCodeAt(b - 1))) b--;
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

/** `a`, `a and b`, `a, b and c` (Notify's `unescaped_formatted_list` without quotes). */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

/** The value as one line of text: a scalar as it is, a list as `a, b and c`. */
export function inlineText(value: FormattedValue): string {
  return value.kind === 'scalar' ? value.text : joinList(value.items);
}

const TRUTHY = new Set(['yes', 'y', 'true', 't', '1', 'include', 'show']);

/** Notify's `str2bool`: whether a conditional's text shows for this text. */
function truthy(text: string): boolean {
  return text.length <= 7 && TRUTHY.has(text.toLowerCase());
}

function scalar(text: string): FormattedValue {
  return { kind: 'scalar', text, shows: truthy(text) };
}

const VALUE_RULE = "must be a string, a finite number, a boolean, a list, an object of data, { numbered: [list] }, or { date: 'YYYY-MM-DD', style: 'long' | 'short' }";

/**
 * The items of a list as Notify's `Field` writes them: `null` and `undefined` items dropped, each other item
 * written with Python's `str()` (see `python-text.ts`: `1`, `True`, `[1, 2]`, `{'two': 2}`), trimmed as Notify trims
 * it, and dropped when nothing is left. `path` names the list in errors.
 */
function listItems(value: readonly unknown[], path: string): string[] {
  const items: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (item === null || item === undefined) continue;
    const trimmed = trimItem(pythonStr(item, `${path}[${i}]`, [value]));
    if (trimmed !== '') items.push(trimmed);
  }
  return items;
}

function list(items: string[], numbered: boolean): FormattedValue {
  return { kind: 'list', items, numbered, shows: items.length === 1 && truthy(items[0]!) };
}

/** Checks and formats one value; `null` when it is missing. Errors name the path, never the value. */
export function formatValue(value: unknown, path: string): FormattedValue | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
      return scalar(value);
    case 'number':
    case 'boolean':
      return scalar(pythonStr(value, path)); // as Notify prints a Python number or boolean: `5`, `0.1`, `True`
    case 'object':
      break;
    default:
      throw new InvalidArgumentError(path, VALUE_RULE);
  }
  if (Array.isArray(value)) return list(listItems(value, path), false);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new InvalidArgumentError(path, VALUE_RULE);
  const record = value as Record<string, unknown>;
  // Any other object is data, written as Notify writes it (`{'key': 'value'}`); one with `numbered` or `date` is
  // this library's numbered list or date, and is refused rather than printed as data when it is malformed.
  if (!isLibraryValue(record)) return scalar(pythonStr(record, path));
  if ('numbered' in record) {
    const numbered = record['numbered'];
    if (Object.keys(record).length !== 1 || !Array.isArray(numbered)) {
      throw new InvalidArgumentError(path, `${VALUE_RULE}; a numbered list has only 'numbered', a list`);
    }
    return list(listItems(numbered, `${path}.numbered`), true);
  }
  for (const k of Object.keys(record)) {
    if (k !== 'date' && k !== 'style') throw new InvalidArgumentError(path, `${VALUE_RULE}; a date value has only 'date' and 'style'`);
  }
  const style = record['style'] === undefined ? 'long' : record['style'];
  return scalar(formatDateAt(record['date'], style, `${path}.date`, `${path}.style`));
}

/**
 * Checks the `values` argument and indexes its own keys by normalised name; with `decode`, by the name with its HTML
 * character references decoded (`&gt;location` is `>location`), as Notify's HTML body reads keys and template alike.
 */
function indexValues(values: unknown, decode = false): Map<string, string[]> {
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    throw new InvalidArgumentError('values', 'must be an object mapping placeholder names to values');
  }
  const index = new Map<string, string[]>();
  for (const k of Object.keys(values)) {
    const key = placeholderKey(decode ? decodeCharacterReferences(k) : k);
    const list = index.get(key);
    if (list) list.push(k);
    else index.set(key, [k]);
  }
  return index;
}

/**
 * Finds the value of every placeholder in the given fields (subject first, then body). Unless `allowMissing`, throws
 * {@link EmptyPlaceholderError} for the first placeholder without a name (`((  ))`, `((??x))`) and without a value,
 * else {@link MissingPersonalisationError} listing every missing name, in order of first appearance; with it, a missing
 * placeholder is simply absent from `byKey` (for previews).
 */
export function resolveValues(fields: readonly (readonly Segment[])[], values: unknown, allowMissing = false, decodeBodyKeys = false): ResolvedValues {
  const raw = indexValues(values);
  // The HTML body's placeholders are read after its character references are decoded; so are the keys that fill them.
  const decoded = decodeBodyKeys ? indexValues(values, true) : raw;
  const record = values as Record<string, unknown>;
  const byKey = new Map<string, FormattedValue>();
  const seen = new Set<string>();
  const placeholders: PlaceholderSegment[] = [];
  const missing: string[] = [];
  let empty: EmptyPlaceholderError | undefined;
  fields.forEach((segments, f) => {
    for (const segment of segments) {
      if (segment.kind !== 'placeholder' || seen.has(segment.key)) continue;
      seen.add(segment.key);
      placeholders.push(segment);
      const keys = (f === 1 ? decoded : raw).get(segment.key);
      if (keys && keys.length > 1) {
        throw new InvalidArgumentError(
          'values',
          `the keys '${keys[0]!}' and '${keys[1]!}' both name the placeholder ((${segment.name})) (names ignore case, spaces, underscores and hyphens); give one of them`,
        );
      }
      const key = keys?.[0];
      const formatted = key === undefined ? null : formatValue(record[key], `values.${key}`);
      if (formatted !== null) byKey.set(segment.key, formatted);
      else if (segment.key === '') empty ??= new EmptyPlaceholderError(f === 0 ? 'subject' : 'body', segment.line, segment.column, segment.conditional);
      else missing.push(segment.name);
    }
  });
  if (empty !== undefined && !allowMissing) throw empty;
  if (missing.length > 0 && !allowMissing) throw new MissingPersonalisationError(missing);
  return { byKey, placeholders };
}
