import { PolicyValidationError } from '../errors.js';
import { builtInSource } from './builtins.js';
import { chainSources, locateIssues, presetSource, resolvePreset, type PresetLookup } from './resolve.js';
import type { Policy } from './schema.js';
import type { PolicySourceMap } from './source-map.js';

/** Options of {@link parsePolicy}. */
export interface ParsePolicyOptions {
  /** The file the data was read from, named in the error. */
  readonly fileName?: string;
  /**
   * Presets that `extends` may name, in addition to the built-in ones (a preset given here wins over a built-in
   * of the same id): raw preset data, or policies from `parsePolicy`/`getPolicy`.
   */
  readonly presets?: PresetLookup;
  /**
   * Where each value is written in the file, so that problems carry a line and column. The Node loader
   * (`parsePolicyText`, `loadPolicyFile` in `statutory-complaints/node`) passes one built from the YAML or JSON text.
   */
  readonly sourceMap?: PolicySourceMap;
}

/**
 * Checks a policy preset and returns it resolved: `extends` applied, defaults filled in, deeply frozen.
 *
 * The data is what a preset file contains (YAML or JSON, already parsed). A preset that `extends` another starts
 * from it (a built-in preset, or one passed in `presets`) and overrides what differs: maps merge key by key, lists
 * and single values are replaced, a key set to `null` is removed, and `id`, `title`, `version` and `effectiveFrom`
 * are its own. Every problem is reported at once in one {@link PolicyValidationError}: unknown or misspelt keys
 * (with a suggestion), wrong types, missing sources, undeclared roles, templates and stages, ladders out of order,
 * extensions below the base timescale, unknown placeholders, bad dates, cycles in `extends` or `escalatesTo`.
 * Messages name the key and say what to do; they never repeat a value from the data.
 *
 * Passing a policy that `parsePolicy` or `getPolicy` returned gives it back unchanged. A resolved policy has no
 * `extends`: its parent is already merged in, so it can be saved and parsed again on its own.
 *
 * @param data - the preset, e.g. the result of `JSON.parse` on a preset file.
 * @param options - the file name, extra presets for `extends`, and a source map for line numbers.
 * @throws {@link PolicyValidationError} listing every problem.
 *
 * @example
 * import { parsePolicy, PolicyValidationError } from 'statutory-complaints';
 * const tiny = { id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-04-01', jurisdiction: 'england', calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: complaints procedure 2026' }, roles: { 'team-manager': { title: 'Team Manager' } }, caseTypes: { complaint: { title: 'Complaint', kind: 'corporate-complaint', stages: { 'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'local: complaints procedure 2026' }, responder: 'team-manager', source: 'local: complaints procedure 2026' } } } } };
 * const policy = parsePolicy(tiny);
 * policy.caseTypes.complaint.stages['stage-1'].timescale.workingDays //=> 10
 * Object.isFrozen(policy.roles) //=> true
 * let caught;
 * try { parsePolicy({ ...tiny, caseTypes: { complaint: { ...tiny.caseTypes.complaint, stages: { 'stage-1': { ...tiny.caseTypes.complaint.stages['stage-1'], timscale: { workingDays: 10 } } } } } }); } catch (e) { caught = e; }
 * caught instanceof PolicyValidationError //=> true
 * caught.issues.map((i) => i.path) //=> ['caseTypes.complaint.stages.stage-1.timscale']
 * caught.issues[0].message //=> '`timscale` is not a field here. Did you mean `timescale`? Remove it or correct the spelling.'
 */
export function parsePolicy(data: unknown, options: ParsePolicyOptions = {}): Policy {
  const source = options.presets ? chainSources(presetSource(options.presets), builtInSource) : builtInSource;
  const result = resolvePreset(data, source);
  if (result.ok) return result.policy;
  throw new PolicyValidationError(locateIssues(result.issues, options.sourceMap), options.fileName);
}
