/**
 * The merge of a preset that `extends` another over the preset it extends:
 * - maps merge key by key, at every depth;
 * - a list whose items are named (reminders and steps by `id`, `outsideProcedure` by `id`, delay-reason `codes`
 *   by `code`) may be written as a map keyed by those names: each entry changes that item field by field, adds an
 *   item (all its fields given), or removes it (`null`); items keep the inherited order, a new item goes at the
 *   end, and `before: <name>` or `after: <name>` in an entry puts the item just before or after another;
 * - a list written as a list replaces the inherited one whole, never concatenated;
 * - single values are replaced;
 * - a key set to `null` removes that key from the preset extended;
 * - a map that has a `source` in the preset extended and whose values this file changes without giving its own
 *   `source` gets `source: local (changed from <the old source>: <the old value>)`: a changed rule never keeps a
 *   citation that does not say it;
 * - `extends` is not inherited, nor are `id`, `title`, `version` and `effectiveFrom` (the file must give them).
 *
 * Key order: the keys of the preset extended keep their order; a new key goes just before the first key of the
 * preset extended that the file writes after it, or at the end when there is none. So to put a new stage between
 * two inherited ones, write it and then the later stage's id (e.g. `stage-2: {}`).
 *
 * Merged maps are created with `Object.create(null)`, so no key can reach a prototype.
 *
 * @module
 */
import { IssueList, Phase } from './issues.js';
import { itemNoun, namingField, PLACEMENT_KEYS, requiredItemFields } from './keyed-lists.js';
import { isMap, own, type DataMap, type PathSegment, type PolicyPath } from './paths.js';
import { isEchoableKey } from '../errors.js';
import { closest } from './suggest.js';

/** A key or named item the file removed (set to `null`), by the path where the file writes it. */
export interface Removal {
  readonly path: PolicyPath;
  readonly name: string;
}

/** Fields every preset gives itself. */
export const NOT_INHERITED: readonly string[] = ['id', 'title', 'version', 'effectiveFrom', 'extends'];

const hasOwn = (map: object, key: string) => Object.prototype.hasOwnProperty.call(map, key);

function set(map: DataMap, key: string, value: unknown): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Merges `child` (a preset file that extends another) over `parent`, reporting removals of keys that do not exist. */
export function mergePreset(parent: DataMap, child: DataMap, issues: IssueList, removals: Removal[] = []): DataMap {
  const parentBody = Object.create(null) as DataMap;
  for (const key of Object.keys(parent)) if (!NOT_INHERITED.includes(key)) set(parentBody, key, parent[key]);
  const childBody = Object.create(null) as DataMap;
  for (const key of Object.keys(child)) if (!NOT_INHERITED.includes(key) || key === 'extends') set(childBody, key, child[key]);
  const merged = mergeMaps(parentBody, childBody, [], issues, removals);
  const out = Object.create(null) as DataMap;
  for (const key of NOT_INHERITED) {
    if (key === 'extends') continue;
    const value = hasOwn(child, key) ? child[key] : undefined;
    if (value !== undefined && value !== null) set(out, key, value);
  }
  for (const key of Object.keys(merged)) if (key !== 'extends') set(out, key, merged[key]);
  return out;
}

function mergeMaps(parent: DataMap, child: DataMap, path: PathSegment[], issues: IssueList, removals: Removal[]): DataMap {
  const out = Object.create(null) as DataMap;
  const childKeys = Object.keys(child);
  const emitted = new Set<string>();
  const emit = (key: string) => {
    emitted.add(key);
    const inParent = hasOwn(parent, key);
    if (!hasOwn(child, key)) {
      set(out, key, parent[key]);
      return;
    }
    const value = child[key];
    const at = [...path, key];
    if (value === null) {
      if (!inParent) {
        const suggestion = closest(key, Object.keys(parent).filter(isEchoableKey));
        issues.add(
          Phase.Extends,
          at,
          'nothing-to-remove',
          `\`${key}\` is set to null to remove it, but the preset extended has no \`${key}\` here.` +
            `${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Correct the spelling or delete this line.`,
        );
      } else {
        removals.push({ path: at, name: key });
      }
      return; // removed
    }
    const base = inParent ? parent[key] : undefined;
    if (isMap(value) && (Array.isArray(base) || (base === undefined && namingField(at) !== undefined))) {
      const field = namingField(at);
      if (field === undefined) {
        issues.add(
          Phase.Extends,
          at,
          'list-not-named',
          `\`${key}\` is a list in the preset extended, and its items have no names to change them by. Write the whole list (it replaces the inherited one).`,
        );
        set(out, key, base);
        return;
      }
      set(out, key, mergeNamedList((base ?? []) as readonly unknown[], value, field, at, issues, removals));
      return;
    }
    if (isMap(value)) {
      const baseMap = isMap(base) ? base : (Object.create(null) as DataMap);
      set(out, key, mergeMaps(baseMap, value, at, issues, removals));
      return;
    }
    set(out, key, value);
  };
  let next = 0; // first child key not yet considered for placement before a parent key
  for (const key of Object.keys(parent)) {
    if (hasOwn(child, key)) {
      const at = childKeys.indexOf(key);
      for (; next < at; next++) {
        const k = childKeys[next]!;
        if (!hasOwn(parent, k) && !emitted.has(k)) emit(k);
      }
    }
    emit(key);
  }
  for (const key of childKeys) if (!emitted.has(key)) emit(key);
  markLocalChange(parent, child, out);
  return out;
}

/**
 * Fields whose change does not change the rule a `source` cites: names and remarks, and who responds at a stage
 * (the regulations cited for a stage set its clock, not the role that answers, which every preset chooses).
 */
const NOT_RULES: ReadonlySet<string> = new Set(['source', 'note', 'title', 'label', 'description', 'responder', 'respondsWith', ...PLACEMENT_KEYS]);

/**
 * Gives `out` (the merge of `child` over `parent`) the source `local (changed from …)` when `child` changes one of
 * the map's own values (not a map below it, which has its own source) without giving a `source` of its own.
 */
function markLocalChange(parent: DataMap, child: DataMap, out: DataMap): void {
  const old = own(parent, 'source');
  if (typeof old !== 'string' || hasOwn(child, 'source')) return;
  const changed: string[] = [];
  for (const key of Object.keys(child)) {
    // Maps below, and lists of items (reminders, steps …), carry their own sources.
    const value = child[key];
    if (NOT_RULES.has(key) || isMap(value) || (Array.isArray(value) && value.some(isMap))) continue;
    const before = own(parent, key);
    const after = own(out, key);
    if (!sameValue(before, after)) changed.push(key);
  }
  if (changed.length === 0) return;
  const shown = changed.map((k) => [k, describeValue(own(parent, k))] as const);
  const values = shown.length === 1 ? shown[0]![1] : shown.every(([, v]) => v !== undefined) ? shown.map(([k, v]) => `${k} ${v}`).join(', ') : undefined;
  set(out, 'source', `local (changed from ${old}${values === undefined ? '' : `: ${values}`})`);
}

/** A short value as it reads in a source note (`10`, `[responder]`, `not set`), or `undefined` for long text. */
function describeValue(value: unknown): string | undefined {
  if (value === undefined) return 'not set';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.length <= 40 && !value.includes('\n') ? value : undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    const text = `[${value.join(', ')}]`;
    return text.length <= 60 ? text : undefined;
  }
  return undefined;
}

/** Deep equality of plain data. @internal */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isMap(a) && isMap(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

/**
 * Merges a named list written as a map (`reminders: { third-overdue-reminder: null, first-reminder: { … } }`)
 * over the inherited list. Entries are applied in the order written; problems leave the inherited item as it was.
 */
function mergeNamedList(base: readonly unknown[], patch: DataMap, field: string, path: PathSegment[], issues: IssueList, removals: Removal[]): unknown[] {
  const noun = itemNoun(path[path.length - 1]);
  const items: unknown[] = base.slice();
  const nameOf = (item: unknown): string | undefined => {
    const n = own(item, field);
    return typeof n === 'string' ? n : undefined;
  };
  // Only names that look like ids are suggested or listed (a name may be data: issue 20 item 3).
  const names = () => items.map(nameOf).filter((n): n is string => n !== undefined && isEchoableKey(n));
  const didYouMean = (name: string) => {
    const suggestion = closest(name, names());
    return suggestion ? ` Did you mean \`${suggestion}\`?` : '';
  };
  const inheritedNames = base.map(nameOf);
  for (const name of Object.keys(patch)) {
    const entry = patch[name];
    const at = [...path, name];
    const index = items.findIndex((item) => nameOf(item) === name);
    if (entry === null) {
      if (index === -1) {
        issues.add(
          Phase.Extends,
          at,
          'nothing-to-remove',
          `There is no ${noun} \`${name}\` in the preset extended to remove.${didYouMean(name)} Correct the name or delete this line.`,
        );
      } else {
        items.splice(index, 1);
        removals.push({ path: at, name });
      }
      continue;
    }
    if (!isMap(entry)) continue; // the file's own shape check reports it
    const fields = Object.create(null) as DataMap;
    for (const k of Object.keys(entry)) if (!PLACEMENT_KEYS.includes(k)) set(fields, k, entry[k]);
    const written = own(fields, field);
    if (written !== undefined && written !== name) {
      issues.add(
        Phase.Extends,
        [...at, field],
        'name-mismatch',
        `This ${noun} is written under the name \`${name}\` but its \`${field}\` says otherwise. Leave \`${field}\` out: the name it is written under is its ${field}.`,
      );
      continue;
    }
    let item: unknown;
    let from = index;
    if (index !== -1) {
      item = mergeMaps(items[index] as DataMap, fields, at, issues, removals);
    } else {
      const required = requiredItemFields(path).filter((k) => k !== field);
      const missing = required.filter((k) => fields[k] === undefined || fields[k] === null);
      if (missing.length > 0) {
        const inherited = inheritedNames.includes(name) ? ' (it was removed above)' : '';
        issues.add(
          Phase.Extends,
          at,
          'unknown-item',
          `There is no ${noun} \`${name}\` in the preset extended to change${inherited}.${didYouMean(name)} ` +
            `Correct the name, or, to add a new ${noun}, give all its fields (missing: ${missing.map((k) => `\`${k}\``).join(', ')}).`,
        );
        continue;
      }
      item = Object.assign(Object.create(null) as DataMap, { [field]: name }, fields);
      items.push(item);
      from = items.length - 1;
    }
    items[from] = item;
    const before = own(entry, 'before');
    const after = own(entry, 'after');
    if (before !== undefined && after !== undefined) {
      issues.add(Phase.Extends, at, 'placement-conflict', `Give either \`before\` or \`after\`, not both: they say where this ${noun} goes.`);
      continue;
    }
    const anchorKey = before !== undefined ? 'before' : after !== undefined ? 'after' : undefined;
    if (anchorKey === undefined) continue;
    const anchor = before ?? after;
    const others = items.filter((_, i) => i !== from);
    const target = others.findIndex((x) => nameOf(x) === anchor);
    if (typeof anchor !== 'string' || target === -1) {
      const listed = others.map(nameOf).filter((n): n is string => n !== undefined && isEchoableKey(n));
      const suggestion = typeof anchor === 'string' ? closest(anchor, listed) : undefined;
      issues.add(
        Phase.Extends,
        [...at, anchorKey],
        'unknown-item',
        `\`${anchorKey}\` must name another ${noun} of this list.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Use one of: ${listed.map((n) => `\`${n}\``).join(', ')}.`,
      );
      continue;
    }
    others.splice(anchorKey === 'before' ? target : target + 1, 0, item);
    items.splice(0, items.length, ...others);
  }
  return items;
}

/** The path written in a file for a problem found at `path` in the merged policy (named items by name). @internal */
export function filePathOf(file: unknown, merged: unknown, path: PolicyPath): PolicyPath {
  const out: PathSegment[] = [];
  let f: unknown = file;
  let m: unknown = merged;
  for (const segment of path) {
    if (typeof segment === 'number' && Array.isArray(m) && isMap(f)) {
      const field = namingField(out);
      const name = field === undefined ? undefined : own(m[segment], field);
      if (typeof name === 'string') {
        out.push(name);
        f = own(f, name);
        m = m[segment];
        continue;
      }
    }
    out.push(segment);
    f = typeof segment === 'number' ? (Array.isArray(f) ? f[segment] : undefined) : own(f, segment);
    m = typeof segment === 'number' ? (Array.isArray(m) ? m[segment] : undefined) : own(m, segment);
  }
  return out;
}
