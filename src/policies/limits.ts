/**
 * The law as a guard rail: the statutory limits a statutory preset records, and the warnings for a preset whose
 * values go beyond them.
 *
 * @module
 */
import { IssueList, Phase } from './issues.js';
import { formatPath, isMap, own, type DataMap } from './paths.js';
import type { LimitAmount, Policy, StatutoryLimit, Timescale } from './schema.js';

/** A value of a preset that goes beyond a limit the law sets (or cannot be compared with it). */
export interface PolicyWarning {
  /** Where the value is, e.g. `caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays`. */
  readonly path: string;
  /** `beyond-statutory-limit`, or `limit-not-comparable` when the value is counted in another unit than the limit. */
  readonly code: 'beyond-statutory-limit' | 'limit-not-comparable';
  /** The sentence a manager reads, naming the limit and its source. */
  readonly message: string;
  /** The id of the limit in `statutoryLimits`. */
  readonly limit: string;
  /** The limit's source, e.g. `SI 2006/1738 reg 14`. */
  readonly source: string;
  /** Line and column of the value in the file that sets it, when known (from `explainPolicy`). */
  readonly line?: number;
  readonly column?: number;
}

const UNITS = ['workingDays', 'calendarDays', 'calendarMonths'] as const;
type Unit = (typeof UNITS)[number];
const WORDS: Record<Unit, [string, string]> = {
  workingDays: ['working day', 'working days'],
  calendarDays: ['calendar day', 'calendar days'],
  calendarMonths: ['calendar month', 'calendar months'],
};
const EXTENSION_KEYS: Record<Unit, 'maxWorkingDays' | 'maxCalendarDays' | 'maxCalendarMonths'> = {
  workingDays: 'maxWorkingDays',
  calendarDays: 'maxCalendarDays',
  calendarMonths: 'maxCalendarMonths',
};

/** `10 working days`, `1 calendar month`. */
function amount(n: number, unit: Unit): string {
  return `${n} ${WORDS[unit][n === 1 ? 0 : 1]}`;
}

function unitOf(value: { readonly [K in Unit]?: number | undefined } | undefined): { unit: Unit; n: number } | undefined {
  if (value === undefined) return undefined;
  for (const unit of UNITS) {
    const n = value[unit];
    if (typeof n === 'number') return { unit, n };
  }
  return undefined;
}

/**
 * The warnings for the values of a resolved policy that go beyond the statutory limits it records
 * (`statutoryLimits`, inherited from the statutory preset it extends). A value within a limit, or stricter (shorter),
 * gives none. Pure: the same policy always gives the same warnings.
 *
 * @example
 * import { getPolicy, parsePolicy, statutoryLimitWarnings } from 'statutory-complaints/policies';
 * statutoryLimitWarnings(getPolicy('dudley')) //=> []
 * const slower = parsePolicy({ id: 'slower', extends: 'dudley', title: 'Slower', version: '1.0.0', effectiveFrom: '2026-04-01', caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { timescale: { workingDays: 15 } } } } } });
 * statutoryLimitWarnings(slower).map((w) => w.message) //=> ["stage-1 timescale 15 working days is beyond SI 2006/1738 reg 14 (read second-hand)'s 10 working days (20 with an extension)"]
 */
export function statutoryLimitWarnings(policy: Policy): readonly PolicyWarning[] {
  const warnings: PolicyWarning[] = [];
  const limits = policy.statutoryLimits ?? {};
  for (const [limitId, limit] of Object.entries(limits)) {
    const warn = (path: readonly (string | number)[], code: PolicyWarning['code'], message: string) =>
      warnings.push({ path: formatPath(path), code, message, limit: limitId, source: limit.source });
    if (limit.timeLimitMonths !== undefined && policy.timeLimit && policy.timeLimit.months > limit.timeLimitMonths) {
      warn(
        ['timeLimit', 'months'],
        'beyond-statutory-limit',
        `time limit for complaining ${policy.timeLimit.months} months is beyond ${limit.source}'s ${limit.timeLimitMonths} months`,
      );
    }
    if (limit.caseType === undefined || limit.stage === undefined) continue;
    const stage = policy.caseTypes[limit.caseType]?.stages[limit.stage];
    if (stage === undefined) continue;
    const base = ['caseTypes', limit.caseType, 'stages', limit.stage];
    const label = Object.keys(policy.caseTypes).length > 1 ? `${limit.caseType} ${limit.stage}` : limit.stage;
    const withExtension = unitOf(limit.extension);
    const compare = (what: string, value: Timescale | undefined, max: LimitAmount | undefined, path: readonly (string | number)[], extra = '') => {
      const want = unitOf(max);
      const have = unitOf(value);
      if (want === undefined || have === undefined) return;
      if (have.unit !== want.unit) {
        warn(
          [...path, have.unit],
          'limit-not-comparable',
          `${label} ${what} is counted in ${WORDS[have.unit][1]}, but ${limit.source} sets ${amount(want.n, want.unit)}${extra}: check that it stays within it`,
        );
      } else if (have.n > want.n) {
        warn(
          [...path, have.unit],
          'beyond-statutory-limit',
          `${label} ${what} ${amount(have.n, have.unit)} is beyond ${limit.source}'s ${amount(want.n, want.unit)}${extra}`,
        );
      }
    };
    const extra = withExtension && unitOf(limit.timescale)?.unit === withExtension.unit ? ` (${withExtension.n} with an extension)` : '';
    compare('timescale', stage.timescale, limit.timescale, [...base, 'timescale'], extra);
    if (withExtension && stage.extension) {
      const key = EXTENSION_KEYS[withExtension.unit];
      const ceiling = stage.extension[key];
      if (typeof ceiling === 'number' && ceiling > withExtension.n) {
        warn(
          [...base, 'extension', key],
          'beyond-statutory-limit',
          `${label} extension ceiling ${amount(ceiling, withExtension.unit)} is beyond ${limit.source}'s ${amount(withExtension.n, withExtension.unit)}`,
        );
      }
    }
    if (stage.panel) {
      compare('panel meeting', stage.panel.meetWithin, limit.meetWithin, [...base, 'panel', 'meetWithin']);
      compare('panel report', stage.panel.report, limit.report, [...base, 'panel', 'report']);
      compare('panel response', stage.panel.response, limit.response, [...base, 'panel', 'response']);
    }
  }
  return warnings;
}

/** Refuses a change or removal, in a preset that extends another, of a statutory limit it inherits. @internal */
export function checkInheritedLimits(parent: DataMap, file: DataMap, issues: IssueList): void {
  const inherited = own(parent, 'statutoryLimits');
  if (!isMap(inherited) || !Object.prototype.hasOwnProperty.call(file, 'statutoryLimits')) return;
  const written = file.statutoryLimits;
  const message = (id: string) =>
    `\`${id}\` is a statutory limit the preset extended records from the law (${String(own(own(inherited, id), 'source'))}): it cannot be changed or removed here. ` +
    "Set this preset's own values instead: a value beyond the limit is reported as a warning, a stricter one is fine.";
  if (written === null) {
    for (const id of Object.keys(inherited)) issues.add(Phase.Extends, ['statutoryLimits'], 'statutory-limit-inherited', message(id));
    return;
  }
  if (!isMap(written)) return;
  for (const id of Object.keys(written)) {
    if (Object.prototype.hasOwnProperty.call(inherited, id)) issues.add(Phase.Extends, ['statutoryLimits', id], 'statutory-limit-inherited', message(id));
  }
}

export type { StatutoryLimit };
