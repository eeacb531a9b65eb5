/**
 * The differences between two resolved policies, in sentences a complaints manager reads.
 *
 * @module
 */
import { itemNoun, namingField } from './keyed-lists.js';
import { sameValue } from './merge.js';
import { formatPath, isMap, own, type PathSegment, type PolicyPath } from './paths.js';
import type { Policy } from './schema.js';

/** One difference between two policies. */
export interface PolicyDifference {
  /** Where, with named items by name, e.g. `caseTypes.statutory-complaint.stages.stage-1.reminders.third-overdue-reminder`. */
  readonly path: string;
  readonly kind: 'added' | 'removed' | 'changed';
  /** The sentence a manager reads, e.g. `stage-1 timescale: 10 working days → 15`. */
  readonly text: string;
}

/** Fields that say what a preset is rather than what it does: not compared. */
const IDENTITY: ReadonlySet<string> = new Set(['id', 'title', 'version', 'effectiveFrom', 'description', 'extends']);
/** Fields that annotate a rule: reported only when nothing else in their map changed. */
const ANNOTATIONS: ReadonlySet<string> = new Set(['source', 'note']);

const UNIT_WORDS: Readonly<Record<string, string>> = {
  workingDays: 'working days',
  calendarDays: 'calendar days',
  calendarMonths: 'calendar months',
  maxWorkingDays: 'working days',
  maxCalendarDays: 'calendar days',
  maxCalendarMonths: 'calendar months',
  windowWorkingDays: 'working days',
  windowCalendarDays: 'calendar days',
  windowCalendarMonths: 'calendar months',
  offsetWorkingDays: 'working days',
  afterWorkingDays: 'working days',
  months: 'months',
};

const MAP_NOUNS: Readonly<Record<string, string>> = {
  stages: 'stage',
  roles: 'role',
  templates: 'template',
  caseTypes: 'case type',
  statutoryLimits: 'statutory limit',
};

function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A value as it reads in a sentence, or `undefined` when it is too long to quote. */
function show(value: unknown): string | undefined {
  if (value === undefined) return 'not set';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value.length <= 60 && !value.includes('\n') ? value : undefined;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    const text = value.length === 0 ? 'none' : value.join(', ');
    return text.length <= 80 ? text : undefined;
  }
  return undefined;
}

/**
 * The differences between two resolved policies, as sentences: what `changed` adds, removes or changes compared
 * with `base` ("stage-1 timescale: 10 working days → 15", "reminder third-overdue-reminder removed"). Named items
 * (reminders, steps, stages, roles, templates …) are matched by name; a `source` or `note` is reported only when
 * nothing else in its map changed; identity fields (`id`, `title`, `version`, `effectiveFrom`, `description`) are
 * not compared. Pure: used by `statutory-complaints policies diff` and the workbench.
 *
 * @example
 * import { getPolicy, parsePolicy, diffPolicies } from 'statutory-complaints/policies';
 * const dudley = getPolicy('dudley');
 * const mine = parsePolicy({ id: 'my-council', extends: 'dudley', title: 'My council', version: '1.0.0', effectiveFrom: '2026-04-01', caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { timescale: { workingDays: 15 }, reminders: { 'third-overdue-reminder': null } } } } } });
 * diffPolicies(dudley, mine).map((d) => d.text) //=> ['stage-1 timescale: 10 working days → 15', 'reminder third-overdue-reminder removed']
 * diffPolicies(dudley, dudley) //=> []
 */
export function diffPolicies(base: Policy, changed: Policy): readonly PolicyDifference[] {
  const out: PolicyDifference[] = [];
  const several = new Set([...Object.keys(base.caseTypes ?? {}), ...Object.keys(changed.caseTypes ?? {})]).size > 1;
  const shared = new Set<string>();
  const seen = new Map<string, string>();
  for (const policy of [base, changed]) {
    for (const [typeId, type] of Object.entries(policy.caseTypes ?? {})) {
      for (const [stageId, stage] of Object.entries(type.stages ?? {})) {
        for (const item of [...(stage.reminders ?? []), ...(stage.steps ?? [])]) {
          const where = `${typeId}/${stageId}`;
          const first = seen.get(item.id);
          if (first === undefined) seen.set(item.id, where);
          else if (first !== where) shared.add(item.id);
        }
      }
    }
  }
  compare(base, changed, [], [], out, { several, shared });
  return out;
}

/** How to name things: whether the policies have several case types, and the reminders and steps named in more than one stage. */
interface Naming {
  readonly several: boolean;
  readonly shared: ReadonlySet<string>;
}

/** The words that name the thing at `path` (a file path, named items by name). */
function labelOf(path: PolicyPath, naming: Naming): string {
  const { several, shared } = naming;
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const before = path[i - 1];
    if (typeof segment !== 'string') {
      parts.push(`item ${segment + 1}`);
      continue;
    }
    if (before === 'caseTypes') {
      if (several || i === path.length - 1) parts.push(segment);
      continue;
    }
    if (before === 'stages' && path[i - 3] === 'caseTypes') {
      parts.push(segment);
      continue;
    }
    if (segment === 'caseTypes' || segment === 'stages') continue;
    if (typeof before === 'string' && (MAP_NOUNS[before] !== undefined || isNamedList(path.slice(0, i)))) {
      const noun = MAP_NOUNS[before] ?? itemNoun(before);
      parts.pop();
      // A reminder or step named once in the whole policy needs no stage to say which it is.
      if ((before === 'reminders' || before === 'steps') && !shared.has(segment)) parts.splice(0, parts.length);
      parts.push(`${noun} ${segment}`);
      continue;
    }
    parts.push(words(segment));
  }
  return parts.join(' ');
}

function isNamedList(path: PolicyPath): boolean {
  return namingField(path.map((s) => s)) !== undefined && typeof path[path.length - 1] === 'string';
}

function compare(a: unknown, b: unknown, policyPath: PathSegment[], path: PathSegment[], out: PolicyDifference[], naming: Naming): void {
  if (sameValue(a, b)) return;
  const at = formatPath(path);
  const label = () => labelOf(path, naming);
  if (a === undefined || b === undefined) {
    const kind = a === undefined ? 'added' : 'removed';
    out.push({ path: at, kind, text: `${label()} ${kind}${kind === 'added' && show(b) !== undefined && !isMap(b) ? `: ${show(b)}` : ''}` });
    return;
  }
  if (isMap(a) && isMap(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.prototype.hasOwnProperty.call(a, k))];
    const start = out.length;
    for (const key of keys) {
      if (path.length === 0 && IDENTITY.has(key)) continue;
      if (ANNOTATIONS.has(key)) continue;
      compare(own(a, key), own(b, key), [...policyPath, key], [...path, key], out, naming);
    }
    if (out.length === start) {
      for (const key of ANNOTATIONS) compare(own(a, key), own(b, key), [...policyPath, key], [...path, key], out, naming);
    }
    return;
  }
  const field = Array.isArray(a) && Array.isArray(b) ? namingField(policyPath) : undefined;
  if (field !== undefined && Array.isArray(a) && Array.isArray(b)) {
    const nameOf = (item: unknown) => String(own(item, field));
    const namesA = a.map(nameOf);
    const namesB = b.map(nameOf);
    for (const item of a) {
      const name = nameOf(item);
      const other: unknown = b.find((x) => nameOf(x) === name);
      compare(item, other, [...policyPath, 0], [...path, name], out, naming);
    }
    for (const item of b) {
      if (!namesA.includes(nameOf(item))) compare(undefined, item, [...policyPath, 0], [...path, nameOf(item)], out, naming);
    }
    const commonA = namesA.filter((n) => namesB.includes(n));
    const commonB = namesB.filter((n) => namesA.includes(n));
    if (!sameValue(commonA, commonB)) out.push({ path: at, kind: 'changed', text: `${label()} order: ${commonA.join(', ')} → ${commonB.join(', ')}` });
    return;
  }
  const key = path[path.length - 1];
  const unit = typeof key === 'string' ? UNIT_WORDS[key] : undefined;
  const was = show(a);
  const now = show(b);
  if (was === undefined || now === undefined) {
    out.push({ path: at, kind: 'changed', text: `${label()} changed` });
  } else if (unit !== undefined && typeof a === 'number' && typeof b === 'number') {
    const rest = String(key).replace(/(WorkingDays|CalendarDays|CalendarMonths)$/, '');
    const parent = labelOf(path.slice(0, -1), naming);
    const what = rest === '' || rest === key ? parent : `${parent} ${rest === 'max' ? 'maximum' : words(rest)}`;
    out.push({ path: at, kind: 'changed', text: `${what}: ${was} ${unit} → ${now}` });
  } else {
    out.push({ path: at, kind: 'changed', text: `${label()}: ${was} → ${now}` });
  }
}
