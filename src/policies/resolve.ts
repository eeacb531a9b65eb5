/**
 * Resolution of a preset: read the data safely, apply `extends`, check the shape and the references, and return
 * a deeply frozen policy or every problem found.
 *
 * @module
 */
import { isEchoableKey, keyForMessage, PolicyValidationError, type ValidationIssue } from '../errors.js';
import { checkReferences } from './checks.js';
import { IssueList, Phase, SUBTREE_CODES, type RawIssue } from './issues.js';
import { filePathOf, mergePreset, type Removal } from './merge.js';
import { translateZodIssues } from './messages.js';
import { formatPath, isMap, isPrefix, own, valueAt, type DataMap, type PolicyPath } from './paths.js';
import { checkInheritedLimits } from './limits.js';
import { sanitize } from './sanitize.js';
import { extendingPresetSchema, PATTERNS, policySchema, type Policy } from './schema.js';
import type { PolicySourceMap, SourcePosition } from './source-map.js';
import { closest } from './suggest.js';

/**
 * Presets that `extends` may name, by id: raw preset data (as read from a file) or policies already resolved by
 * `parsePolicy`/`getPolicy`. A `Map` or a plain object.
 */
export type PresetLookup = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

/** Where `extends` looks for a preset. @internal */
export interface PresetSource {
  get(id: string): unknown;
  ids(): readonly string[];
}

/** A lookup as a {@link PresetSource}. @internal */
export function presetSource(lookup: PresetLookup): PresetSource {
  if (lookup instanceof Map) {
    const map = lookup as ReadonlyMap<string, unknown>;
    return { get: (id) => map.get(id), ids: () => [...map.keys()] };
  }
  const record = lookup as Readonly<Record<string, unknown>>;
  return {
    get: (id) => (Object.prototype.hasOwnProperty.call(record, id) ? record[id] : undefined),
    ids: () => Object.keys(record),
  };
}

/** Several sources, the first that has an id wins. @internal */
export function chainSources(...sources: readonly PresetSource[]): PresetSource {
  return {
    get(id) {
      for (const s of sources) {
        const found = s.get(id);
        if (found !== undefined) return found;
      }
      return undefined;
    },
    ids: () => [...new Set(sources.flatMap((s) => s.ids()))],
  };
}

const resolvedPolicies = new WeakSet<object>();

/**
 * Whether `value` is a policy returned by `parsePolicy` or `getPolicy` (resolved, validated, frozen): the workflow
 * engine uses such a policy as it is, and checks any other value against the policy schema once.
 *
 * @example
 * import { getPolicy, isResolvedPolicy } from 'statutory-complaints/policies';
 * isResolvedPolicy(getPolicy('dudley')) //=> true
 * isResolvedPolicy({ ...getPolicy('dudley') }) //=> false
 */
export function isResolvedPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && resolvedPolicies.has(value);
}

/**
 * The check the workflow engine makes of a policy it did not get from `parsePolicy` or `getPolicy` (built or changed
 * in code): the policy schema alone, with defaults filled in, each problem worded as `parsePolicy` words it. A
 * resolved policy is returned as it is. @internal
 *
 * @throws {@link PolicyValidationError} naming the path of each problem (e.g. `caseTypes`).
 */
export function checkPolicyShape(value: unknown): Policy {
  if (isResolvedPolicy(value)) return value;
  const parsed = policySchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = new IssueList();
  translateZodIssues(parsed.error.issues, value, Phase.Shape, issues);
  throw new PolicyValidationError(locateIssues(dedupe(issues.items)));
}

/** Longest chain of `extends` followed before giving up (real chains have two or three links). */
const MAX_CHAIN = 32;

/** The outcome of resolving a preset. @internal */
export type Resolution = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly issues: readonly RawIssue[] };

/** Resolves `data` against `source`; `chain` holds the ids of the presets being resolved that lead here. @internal */
export function resolvePreset(data: unknown, source: PresetSource, chain: readonly string[] = []): Resolution {
  if (isResolvedPolicy(data)) return { ok: true, policy: data };
  const issues = new IssueList();
  let root: unknown;
  try {
    root = sanitize(data, issues);
  } catch {
    issues.add(Phase.Read, [], 'unsupported-value', 'The preset could not be read. Use text, numbers, true or false, lists and maps only.');
    return { ok: false, issues: issues.items };
  }
  if (!isMap(root)) {
    issues.add(Phase.Read, [], 'wrong-type', 'A preset must be a map of fields (`id:`, `title:`, `calendar:` …), not a single value or a list.');
    return { ok: false, issues: issues.items };
  }

  let merged: DataMap = root;
  let parent: DataMap | undefined;
  const removals: Removal[] = [];
  if (Object.prototype.hasOwnProperty.call(root, 'extends')) {
    parent = resolveParent(root, source, chain, issues);
    translateZodIssues(extendingPresetSchema.safeParse(root).error?.issues ?? [], root, Phase.Extends, issues);
    if (parent === undefined) return { ok: false, issues: dedupe(issues.items) };
    const mergeIssues = new IssueList();
    merged = mergePreset(parent, root, mergeIssues, removals);
    // A problem in the file's own shape (reported above) makes the merge's finding at the same place redundant.
    for (const issue of mergeIssues.items) {
      if (!issues.items.some((i) => isPrefix(i.path, issue.path) || isPrefix(issue.path, i.path))) issues.items.push(issue);
    }
    checkInheritedLimits(parent, root, issues);
  }

  const parsed = policySchema.safeParse(merged);
  const before = issues.length;
  if (!parsed.success) translateZodIssues(parsed.error.issues, merged, Phase.Shape, issues);
  const inFile = (path: PolicyPath) => valueAt(root, filePathOf(root, merged, path)) !== undefined;
  checkReferences(merged, issues, (path) => parent === undefined || inFile(path));
  if (parent !== undefined) {
    blameRemovals(issues, before, merged, removals, inFile);
    toFilePaths(issues, before, root, merged);
    markInherited(issues, before, root, parent);
  }

  if (issues.length > 0 || !parsed.success) return { ok: false, issues: dedupe(issues.items) };
  const policy = parsed.data;
  delete policy.extends; // applied: a resolved policy stands alone
  deepFreeze(policy);
  resolvedPolicies.add(policy);
  return { ok: true, policy };
}

/** Codes of problems that a value names something (a stage, role, template) that is not there. */
const DANGLING_CODES: ReadonlySet<string> = new Set(['unknown-stage', 'unknown-role', 'unknown-template']);

/**
 * Reports a removal that leaves an inherited reference dangling at the line of the removal (`stage-3: null` while
 * stage 2 still escalates to it), instead of at the inherited reference, which the file does not contain.
 */
function blameRemovals(issues: IssueList, from: number, merged: DataMap, removals: readonly Removal[], inFile: (path: PolicyPath) => boolean): void {
  const kept: RawIssue[] = [];
  const blamed = new Set<string>();
  for (let i = from; i < issues.items.length; i++) {
    const issue = issues.items[i]!;
    const value = valueAt(merged, issue.path);
    const removal = DANGLING_CODES.has(issue.code) && typeof value === 'string' && !inFile(issue.path) ? removals.find((r) => r.name === value) : undefined;
    if (removal === undefined) {
      kept.push(issue);
      continue;
    }
    const key = `${formatPath(removal.path)}\u0000${formatPath(issue.path)}`;
    if (blamed.has(key)) continue;
    blamed.add(key);
    kept.push({
      path: removal.path,
      code: 'removed-but-referenced',
      phase: Phase.Extends,
      message:
        `\`${removal.name}\` is removed here, but \`${formatPath(issue.path)}\` (inherited) still names it. ` +
        'Change or remove that reference in this file too, or keep this item.',
    });
  }
  issues.items.splice(from, issues.items.length - from, ...kept);
}

/** Rewrites the paths of problems found in the merged policy into the paths the file writes (named items by name). */
function toFilePaths(issues: IssueList, from: number, root: DataMap, merged: DataMap): void {
  for (let i = from; i < issues.items.length; i++) {
    const issue = issues.items[i]!;
    const path = filePathOf(root, merged, issue.path);
    if (valueAt(root, path) !== undefined || valueAt(root, path.slice(0, -1)) !== undefined) issues.items[i] = { ...issue, path };
  }
}

/**
 * Adds a note to problems found at a place the file does not write but inherits, so that a reader pointed at an
 * inherited part knows to look at what the file removed or changed.
 */
function markInherited(issues: IssueList, from: number, root: DataMap, parent: DataMap): void {
  for (let i = from; i < issues.items.length; i++) {
    const issue = issues.items[i]!;
    if (valueAt(root, issue.path) === undefined && valueAt(parent, issue.path) !== undefined) {
      issues.items[i] = { ...issue, message: `${issue.message} (This part is inherited from the preset extended: check what this file removes or changes.)` };
    }
  }
}

/** The resolved parent of a preset that extends another, or `undefined` after reporting why there is none. */
function resolveParent(root: DataMap, source: PresetSource, chain: readonly string[], issues: IssueList): DataMap | undefined {
  const parentId = own(root, 'extends');
  if (typeof parentId !== 'string' || !PATTERNS.id.test(parentId)) return undefined; // the shape check reports it
  const ownId = own(root, 'id');
  const path: PolicyPath = ['extends'];
  const lineage = typeof ownId === 'string' && !chain.includes(ownId) ? [...chain, ownId] : [...chain];
  if (parentId === ownId) {
    issues.add(Phase.Extends, path, 'extends-cycle', 'A preset cannot extend itself. Point `extends` at the preset this one starts from.');
    return undefined;
  }
  if (lineage.includes(parentId)) {
    issues.add(Phase.Extends, path, 'extends-cycle', cycleMessage());
    return undefined;
  }
  if (lineage.length >= MAX_CHAIN) {
    issues.add(Phase.Extends, path, 'extends-cycle', 'This chain of `extends` is too long. A preset should extend a baseline, which may extend one more.');
    return undefined;
  }
  const parentData = source.get(parentId);
  if (parentData === undefined) {
    const ids = source.ids().filter((id) => id !== ownId);
    const suggestion = closest(parentId, ids);
    issues.add(
      Phase.Extends,
      path,
      'unknown-parent',
      `There is no preset with this id to extend.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} ` +
        `Use one of: ${ids.length > 0 ? ids.map((id) => `\`${id}\``).join(', ') : '(no presets are available)'}.`,
    );
    return undefined;
  }
  const parent = resolvePreset(parentData, source, [...lineage, parentId]);
  if (parent.ok) return isMap(parent.policy) ? parent.policy : undefined;
  if (parent.issues.some((i) => i.code === 'extends-cycle' && i.path.length === 1)) {
    issues.add(Phase.Extends, path, 'extends-cycle', cycleMessage());
  } else {
    issues.add(
      Phase.Extends,
      path,
      'parent-invalid',
      `The preset this one extends has ${parent.issues.length} problem${parent.issues.length === 1 ? '' : 's'} of its own. Fix that preset first (validate it on its own), or extend another.`,
    );
  }
  return undefined;
}

function cycleMessage(): string {
  return '`extends` goes round in a circle: following it from preset to preset leads back to this one. Point `extends` at a baseline preset that does not lead back here.';
}

/** Drops a problem already reported by an earlier check at the same path, or below a path whose data was refused. */
function dedupe(items: readonly RawIssue[]): RawIssue[] {
  const ordered = [...items].sort((a, b) => a.phase - b.phase);
  const kept: RawIssue[] = [];
  for (const issue of ordered) {
    const covered = kept.some(
      (k) =>
        (k.phase < issue.phase && samePath(k.path, issue.path) && k.textIndex === issue.textIndex) ||
        (SUBTREE_CODES.has(k.code) && isPrefix(k.path, issue.path)) ||
        (k.code === issue.code && k.message === issue.message && samePath(k.path, issue.path) && k.textIndex === issue.textIndex),
    );
    if (!covered) kept.push(issue);
  }
  return kept;
}

function samePath(a: PolicyPath, b: PolicyPath): boolean {
  return a.length === b.length && isPrefix(a, b);
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
}

/**
 * A problem as shown: a key on its path that does not look like a field name (it may be data: a name typed where a
 * field or an id goes) is left out of the path, which stops at its parent, and out of the message (issue 20 item 3).
 * Keys of `dates` are the template's placeholder names (which may hold spaces) and are kept.
 */
function shown(issue: RawIssue): { readonly path: PolicyPath; readonly message: string } {
  const at = issue.path.findIndex((k, i) => typeof k === 'string' && k !== '__proto__' && !isEchoableKey(k) && issue.path[i - 1] !== 'dates');
  if (at === -1) return { path: issue.path, message: issue.message };
  const key = issue.path[at] as string;
  let message = issue.message;
  if (issue.code === 'bad-id')
    message = message
      .replace(/ Try `[^`]*`\.$/, '')
      .split(`\`${key}\``)
      .join('This key (not shown: it does not look like an id, and may be a name)');
  message = message.split(`\`${key}\``).join(keyForMessage(key));
  message = message.charAt(0) === 'a' && message.startsWith('an unknown field') ? `A${message.slice(1)}` : message;
  return { path: issue.path.slice(0, at), message };
}

/** Problems with their printable path and, given a source map, their line and column, in file order. @internal */
export function locateIssues(items: readonly RawIssue[], sourceMap?: PolicySourceMap): ValidationIssue[] {
  const out = items.map((issue, order) => {
    const position = sourceMap ? positionOf(issue, sourceMap) : undefined;
    const view = shown(issue);
    const path = formatPath(view.path);
    const located: ValidationIssue = position
      ? { path, message: view.message, code: issue.code, line: position.line, column: position.column }
      : { path, message: view.message, code: issue.code };
    return { located, order };
  });
  if (sourceMap) {
    out.sort(
      (a, b) => (a.located.line ?? Infinity) - (b.located.line ?? Infinity) || (a.located.column ?? Infinity) - (b.located.column ?? Infinity) || a.order - b.order,
    );
  }
  return out.map((o) => o.located);
}

function positionOf(issue: RawIssue, sourceMap: PolicySourceMap): SourcePosition | undefined {
  try {
    if (issue.textIndex !== undefined && sourceMap.positionInText) {
      const inText = sourceMap.positionInText(issue.path, issue.textIndex);
      if (inText) return inText;
    }
    for (let n = issue.path.length; n >= 0; n--) {
      const p = sourceMap.position(issue.path.slice(0, n));
      if (p) return p;
    }
  } catch {
    // A faulty source map costs the position, never the report.
  }
  return undefined;
}
