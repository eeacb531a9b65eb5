/**
 * Copies caller data into plain maps and lists that cannot touch any prototype: maps are created with
 * `Object.create(null)`, and the keys `__proto__`, `constructor` and `prototype` are refused wherever they appear.
 * Values a preset file cannot hold (functions, dates, `NaN`, symbols, class instances…) are reported, as are
 * circular and absurdly deep structures, so nothing later meets a value it does not expect.
 *
 * @module
 */
import { IssueList, Phase } from './issues.js';
import type { DataMap, PathSegment } from './paths.js';

/** Keys that could reach an object's prototype through careless code; never accepted in a preset. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Deeper than any real preset (about 8 levels) by a wide margin. */
const MAX_DEPTH = 64;

/** Stands in for a value a preset cannot hold; every schema rejects it. */
export const UNSUPPORTED: unique symbol = Symbol('unsupported value');

function isPlainRecord(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * A safe copy of `value`, with problems added to `issues`. Never throws: a property that cannot be read is reported
 * like an unsupported value.
 */
export function sanitize(value: unknown, issues: IssueList): unknown {
  const ancestors = new Set<object>();
  const copy = (v: unknown, path: PathSegment[]): unknown => {
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return v;
      case 'number':
        if (Number.isFinite(v)) return v;
        break;
      case 'undefined':
        return undefined;
      case 'object': {
        if (v === null) return null;
        if (ancestors.has(v)) {
          issues.add(Phase.Read, path, 'circular-data', `${where(path)} contains itself (the data is circular). A preset must be a tree of maps, lists and values.`);
          return UNSUPPORTED;
        }
        if (path.length >= MAX_DEPTH) {
          issues.add(Phase.Read, path, 'too-deep', `${where(path)} is nested far deeper than any preset needs. Check the indentation of the file.`);
          return UNSUPPORTED;
        }
        if (Array.isArray(v)) {
          ancestors.add(v);
          const out: unknown[] = [];
          for (let i = 0; i < v.length; i++) out.push(copy(read(v, i, path, issues), [...path, i]));
          ancestors.delete(v);
          return out;
        }
        if (!isPlainRecord(v)) break;
        ancestors.add(v);
        const out = Object.create(null) as DataMap;
        for (const key of Object.keys(v)) {
          if (FORBIDDEN_KEYS.has(key)) {
            issues.add(
              Phase.Read,
              [...path, key],
              'forbidden-key',
              `\`${key}\` cannot be used as a key: programs give it a special meaning. Remove it, or choose another name.`,
            );
            continue;
          }
          const item = copy(read(v, key, path, issues), [...path, key]);
          if (item !== undefined) Object.defineProperty(out, key, { value: item, enumerable: true, writable: true, configurable: true });
        }
        ancestors.delete(v);
        return out;
      }
      default:
        break;
    }
    issues.add(
      Phase.Read,
      path,
      'unsupported-value',
      `${where(path)} holds a kind of value a preset cannot contain. Use text, a number, true or false, a list or a map.`,
    );
    return UNSUPPORTED;
  };
  return copy(value, []);
}

function read(container: object, key: string | number, path: PathSegment[], issues: IssueList): unknown {
  try {
    return (container as Record<string | number, unknown>)[key];
  } catch {
    issues.add(Phase.Read, [...path, key], 'unsupported-value', 'This value could not be read. Use text, a number, true or false, a list or a map.');
    return undefined;
  }
}

function where(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'The preset';
  return typeof last === 'number' ? `Item ${last + 1} of this list` : `\`${last}\``;
}
