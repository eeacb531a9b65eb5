/**
 * Turns zod's findings into messages a complaints manager can act on: what is wrong, where, and what to do, with
 * "Did you mean …?" for misspelt keys. Messages name keys, never the values written in the file.
 *
 * @module
 */
import * as z from 'zod';
import { isEchoableKey, keyForMessage } from '../errors.js';
import { IssueList, Phase } from './issues.js';
import { fieldLabel, isMap, valueAt, type PathSegment, type PolicyPath } from './paths.js';
import { PATTERNS, policySchema } from './schema.js';
import { closest } from './suggest.js';

/** The message for a rule without a source, used wherever `source` is missing or empty. */
export const SOURCE_RULE = 'Every rule needs a `source`: the statute, guidance paragraph, ombudsman code or `local: <council document>` it comes from.';

/** Fields a preset that extends another must give itself. */
const OWN_FIELDS: readonly string[] = ['id', 'title', 'version', 'effectiveFrom'];

/** The schema that describes the value at `path`, looking through optional, default and nullable wrappers. */
export function schemaAt(root: z.ZodType, path: PolicyPath): z.ZodType | undefined {
  let s: z.ZodType | undefined = unwrap(root);
  for (const segment of path) {
    if (s instanceof z.ZodObject) {
      const shape = s.shape as Record<string, z.ZodType>;
      s = typeof segment === 'string' && Object.prototype.hasOwnProperty.call(shape, segment) ? shape[segment] : undefined;
    } else if (s instanceof z.ZodRecord) s = s.valueType as z.ZodType;
    else if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else s = undefined;
    if (s === undefined) return undefined;
    s = unwrap(s);
  }
  return s;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = s.unwrap() as z.ZodType;
    else return s;
  }
}

/** The field names allowed in the map at `path`, when it is a fixed set of fields. */
export function fieldsAt(path: PolicyPath): string[] | undefined {
  const s = schemaAt(policySchema, path);
  return s instanceof z.ZodObject ? Object.keys(s.shape) : undefined;
}

/** The first sentence of the schema's description of the value at `path`. */
function describeAt(path: PolicyPath): string | undefined {
  const parent = schemaAt(policySchema, path.slice(0, -1));
  const key = path[path.length - 1];
  let d: string | undefined;
  if (parent instanceof z.ZodObject && typeof key === 'string') d = (parent.shape as Record<string, z.ZodType>)[key]?.description;
  d ??= schemaAt(policySchema, path)?.description;
  if (!d) return undefined;
  const stop = d.search(/(?<!\b(?:e\.g|i\.e|etc))\.(\s|$)/);
  return stop === -1 ? d : d.slice(0, stop);
}

function codeList(values: readonly unknown[]): string {
  return values.map((v) => `\`${String(v)}\``).join(', ');
}

/** A suggested id made from a key that is not one: lower case, other characters turned into single hyphens. */
function kebab(key: string): string {
  const s = key
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(s) ? s : `x-${s}`.replace(/-+$/, '');
}

function formatMessage(label: string, pattern: string | undefined): string {
  switch (pattern) {
    case String(PATTERNS.id):
      return `${label} must be an id: lower-case letters, digits and single hyphens, e.g. \`service-manager\` or \`stage-1\`.`;
    case String(PATTERNS.date):
      return `${label} must be a date written YYYY-MM-DD, e.g. \`2026-04-01\`.`;
    case String(PATTERNS.time):
      return `${label} must be a time written HH:MM on the 24-hour clock, e.g. \`17:00\`.`;
    case String(PATTERNS.version):
      return `${label} must be a version number such as \`1.0.0\` (in quotes if it has only one dot, e.g. \`'1.0'\`).`;
    case String(PATTERNS.email):
      return `${label} must be an email address, e.g. \`complaints@example.gov.uk\`.`;
    default:
      return `${label} is not written in the expected form.`;
  }
}

/** Adds one problem per zod issue to `issues`, with messages in plain English. */
export function translateZodIssues(zodIssues: readonly z.core.$ZodIssue[], data: unknown, phase: Phase, issues: IssueList): void {
  for (const issue of zodIssues) translate(issue, data, phase, issues);
}

function translate(issue: z.core.$ZodIssue, data: unknown, phase: Phase, issues: IssueList): void {
  const path: PathSegment[] = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const label = fieldLabel(path);
  const add = (code: string, message: string, at: PolicyPath = path) => issues.add(phase, at, code, message);
  const key = path[path.length - 1];

  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(data, path);
      const parentExists = path.length === 0 || valueAt(data, path.slice(0, -1)) !== undefined;
      if (value === undefined && parentExists) {
        if (key === 'source') return add('missing-source', SOURCE_RULE);
        if (phase === Phase.Extends && path.length === 1 && typeof key === 'string' && OWN_FIELDS.includes(key)) {
          return add('not-inherited', `A preset that extends another must give its own \`${key}\`: it is not inherited.`);
        }
        const parent = path.length > 1 ? ` from ${fieldLabel(path.slice(0, -1))}` : '';
        const what = describeAt(path);
        return add('missing-field', `${label} is missing${parent}. Add it${what ? `: ${what.charAt(0).toLowerCase()}${what.slice(1)}` : ''}.`);
      }
      if (path.length === 0) return add('wrong-type', 'A preset must be a map of fields (`id:`, `title:`, `calendar:` …), not a single value or a list.');
      return add('wrong-type', wrongType(label, issue.expected, value));
    }
    case 'unrecognized_keys': {
      const allowed = fieldsAt(path) ?? [];
      for (const k of issue.keys) {
        const suggestion = closest(k, allowed);
        // A key may be data: named only when it looks like a field name (issue 20 item 3); the path then stops at its parent.
        const named = isEchoableKey(k) ? `\`${k}\` is not a field here.` : `${keyForMessage(k).replace(/^an/, 'An')} is here: it is not a field of a preset.`;
        const message = suggestion
          ? `${named} Did you mean \`${suggestion}\`? Remove it or correct the spelling.`
          : `${named} Remove it, or use one of the fields allowed here: ${codeList(allowed)}.`;
        add('unknown-key', message, [...path, k]);
      }
      return;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'number') {
        return add('too-small', min === 0 ? `${label} cannot be negative: use 0 or more.` : `${label} must be at least ${min}.`);
      }
      if (issue.origin === 'array') {
        const what = key === 'to' || key === 'cc' ? (min === 1 ? 'one role' : `${min} roles`) : min === 1 ? 'one item' : `${min} items`;
        return add('too-small', `${label} must list at least ${what}.`);
      }
      if (issue.origin === 'string') {
        if (key === 'source') return add('missing-source', `${label} is too short to say where the rule comes from. ${SOURCE_RULE}`);
        return add('too-small', min <= 1 ? `${label} must not be empty.` : `${label} must be at least ${min} characters long.`);
      }
      return add('too-small', `${label} is too small.`);
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'int') {
        // zod's safe-integer bound (2^53 - 1): every whole-number field also has its own maximum, reported with it.
        const own = ownMaximum(path);
        if (own !== undefined) return;
        return add('too-big', `${label} must be a whole number${unitOf(key)}, at most ${max}.`);
      }
      if (issue.origin === 'number') return add('too-big', `${label} must be a whole number${unitOf(key)}, at most ${max}.`);
      if (issue.origin === 'string') return add('too-big', `${label} must be at most ${max} characters long.`);
      return add('too-big', `${label} must have at most ${max} items.`);
    }
    case 'invalid_format':
      return add('bad-format', formatMessage(label, issue.format === 'regex' ? (issue as { pattern?: string }).pattern : undefined));
    case 'invalid_value': {
      const value = valueAt(data, path);
      const options = issue.values.map(String);
      if (value === undefined && (path.length === 1 || valueAt(data, path.slice(0, -1)) !== undefined)) {
        const parent = path.length > 1 ? ` from ${fieldLabel(path.slice(0, -1))}` : '';
        return add('missing-field', `${label} is missing${parent}. Add it, with one of: ${codeList(options)}.`);
      }
      const suggestion = typeof value === 'string' ? closest(value, options) : undefined;
      return add('not-allowed-value', `${label} must be one of: ${codeList(options)}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''}`);
    }
    case 'invalid_key': {
      if (typeof key !== 'string') return add('bad-id', `${label} has a key that is not allowed.`);
      if (key === '') return add('bad-id', 'An empty key is not allowed here. Give the entry a name.');
      const inner = issue.issues[0];
      const isId = inner?.code === 'invalid_format';
      return add(
        'bad-id',
        isId
          ? `\`${key}\` cannot be used as an id: ids use lower-case letters, digits and single hyphens. Try \`${kebab(key)}\`.`
          : `\`${key}\` is not allowed as a key here.`,
      );
    }
    case 'invalid_union': {
      // A named list in a preset that extends another is a list or a map by name: report the problems of the form
      // the file uses (the other form fails on its type at the top only).
      const branches = (issue.errors ?? []).filter((b) => !b.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (branches.length === 1) {
        for (const inner of branches[0]!) translate({ ...inner, path: [...issue.path, ...inner.path] }, data, phase, issues);
        return;
      }
      if ((issue.errors ?? []).length === 2 && !Array.isArray(valueAt(data, path)) && !isMap(valueAt(data, path))) {
        return add('wrong-type', `${label} must be a list (replacing the inherited one), or a map of changes by name (\`<name>: { … }\`, \`<name>: null\` to remove).`);
      }
      return add('wrong-type', `${label} is not valid here: check it against the guide.`);
    }
    default:
      return add('invalid', `${label} is not valid here.`);
  }
}

/** ` of working days`, ` of months`…: the unit of a whole-number field, from its name. */
function unitOf(key: PathSegment | undefined): string {
  if (typeof key !== 'string') return '';
  if (/workingdays$/i.test(key)) return ' of working days';
  if (/days$/i.test(key)) return ' of days';
  if (/months$/i.test(key)) return ' of months';
  return '';
}

/** The schema's own maximum for the number at `path`, if it sets one below zod's safe-integer bound. */
function ownMaximum(path: PolicyPath): number | undefined {
  const schema = schemaAt(policySchema, path);
  const max = schema instanceof z.ZodNumber ? schema.maxValue : null;
  return typeof max === 'number' && max < Number.MAX_SAFE_INTEGER ? max : undefined;
}

function kind(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'list';
  if (isMap(value)) return 'map';
  return typeof value;
}

function wrongType(label: string, expected: string, value: unknown): string {
  const got = kind(value);
  if (got === 'empty') return `${label} has no value. Give it one, or remove the line.`;
  switch (expected) {
    case 'int':
    case 'number':
      if (got === 'number') return `${label} must be a whole number (no fractions).`;
      if (got === 'string' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
        return `${label} must be a number: write it without quotes.`;
      }
      return `${label} must be a number.`;
    case 'string':
      if (got === 'number' || got === 'boolean') {
        return `${label} must be text, but it reads as a ${got === 'number' ? 'number' : 'true/false value'}: put it in quotes.`;
      }
      return `${label} must be text.`;
    case 'boolean':
      return got === 'string' ? `${label} must be \`true\` or \`false\`, without quotes.` : `${label} must be \`true\` or \`false\`.`;
    case 'object':
    case 'record':
      return got === 'list'
        ? `${label} must be a map of named entries, not a list: remove the \`-\` in front of its entries.`
        : `${label} must be a map: its fields on the lines below it, indented.`;
    case 'array':
      return `${label} must be a list: one \`- item\` per line below it, or \`[a, b]\` on one line${got === 'string' ? ', even for a single item' : ''}.`;
    default:
      return `${label} has the wrong kind of value.`;
  }
}
