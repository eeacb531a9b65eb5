/**
 * The merge of a preset that `extends` another over the preset it extends:
 * - maps merge key by key, at every depth;
 * - lists are replaced whole, never concatenated;
 * - single values are replaced;
 * - a key set to `null` removes that key from the preset extended;
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
import { isMap, type DataMap, type PathSegment } from './paths.js';
import { closest } from './suggest.js';

/** Fields every preset gives itself. */
export const NOT_INHERITED: readonly string[] = ['id', 'title', 'version', 'effectiveFrom', 'extends'];

const hasOwn = (map: object, key: string) => Object.prototype.hasOwnProperty.call(map, key);

function set(map: DataMap, key: string, value: unknown): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Merges `child` (a preset file that extends another) over `parent`, reporting removals of keys that do not exist. */
export function mergePreset(parent: DataMap, child: DataMap, issues: IssueList): DataMap {
  const parentBody = Object.create(null) as DataMap;
  for (const key of Object.keys(parent)) if (!NOT_INHERITED.includes(key)) set(parentBody, key, parent[key]);
  const childBody = Object.create(null) as DataMap;
  for (const key of Object.keys(child)) if (!NOT_INHERITED.includes(key) || key === 'extends') set(childBody, key, child[key]);
  const merged = mergeMaps(parentBody, childBody, [], issues);
  const out = Object.create(null) as DataMap;
  for (const key of NOT_INHERITED) {
    if (key === 'extends') continue;
    const value = hasOwn(child, key) ? child[key] : undefined;
    if (value !== undefined && value !== null) set(out, key, value);
  }
  for (const key of Object.keys(merged)) if (key !== 'extends') set(out, key, merged[key]);
  return out;
}

function mergeMaps(parent: DataMap, child: DataMap, path: PathSegment[], issues: IssueList): DataMap {
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
    if (value === null) {
      if (!inParent) {
        const suggestion = closest(key, Object.keys(parent));
        issues.add(
          Phase.Extends,
          [...path, key],
          'nothing-to-remove',
          `\`${key}\` is set to null to remove it, but the preset extended has no \`${key}\` here.` +
            `${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Correct the spelling or delete this line.`,
        );
      }
      return; // removed
    }
    if (isMap(value)) {
      const base = inParent && isMap(parent[key]) ? parent[key] : (Object.create(null) as DataMap);
      set(out, key, mergeMaps(base, value, [...path, key], issues));
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
  return out;
}
