/**
 * Paths into a policy document and how they are written in messages:
 * `caseTypes.statutory-complaint.stages.stage-1.reminders[2].offsetWorkingDays`.
 *
 * @module
 */

/** One step of a path: a key of a map or an index of a list. */
export type PathSegment = string | number;

/** A path from the top of a policy document to one value. */
export type PolicyPath = readonly PathSegment[];

const PLAIN_KEY = /^[A-Za-z0-9_-]+$/;

/**
 * Writes a path the way messages and the CLI show it: keys joined with dots, list positions in brackets, and keys
 * with other characters (spaces, dots) in brackets and quotes, e.g. `templates.reminder.dates["due date"]`. This is
 * how a validation issue's `path` is written.
 *
 * @example
 * import { formatPath } from 'statutory-complaints/policies';
 * formatPath(['caseTypes', 'statutory-complaint', 'stages', 'stage-1', 'reminders', 2, 'offsetWorkingDays']) //=> 'caseTypes.statutory-complaint.stages.stage-1.reminders[2].offsetWorkingDays'
 * formatPath(['templates', 'reminder', 'dates', 'due date']) //=> 'templates.reminder.dates["due date"]'
 */
export function formatPath(path: PolicyPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** How a value is named in a message: its key, or `list[2]` for an item of a list. */
export function fieldLabel(path: PolicyPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the preset';
  if (typeof last === 'string') return `\`${last}\``;
  const before = path[path.length - 2];
  return typeof before === 'string' ? `\`${before}[${last}]\`` : `item ${last + 1}`;
}

/** Whether `prefix` is `path` or one of its ancestors. */
export function isPrefix(prefix: PolicyPath, path: PolicyPath): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}

/** A map (plain object) as read from a preset: own string keys only. */
export type DataMap = Record<string, unknown>;

/** Whether a value is a map (a plain object, not a list). */
export function isMap(value: unknown): value is DataMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of an own key of a map, never one inherited from a prototype. */
export function own(map: unknown, key: string): unknown {
  return isMap(map) && Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

/** The value at a path in a document, or `undefined`. */
export function valueAt(root: unknown, path: PolicyPath): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof segment === 'number') node = Array.isArray(node) ? node[segment] : undefined;
    else node = own(node, segment);
    if (node === undefined) return undefined;
  }
  return node;
}
