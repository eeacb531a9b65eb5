import { InvalidArgumentError, PolicyValidationError } from '../errors.js';
import generated from './generated/presets.json';
import { isMap, own } from './paths.js';
import { locateIssues, presetSource, resolvePreset, type PresetSource } from './resolve.js';
import type { CaseKind, Policy } from './schema.js';

/**
 * A built-in preset as the build wrote it (scripts/build-presets.mjs, with the library's own YAML loader): its file,
 * its data as written (before `extends` and validation) and the line and column of every value path.
 * @internal
 */
export interface BuiltInPresetFile {
  /** The file, relative to the package root, e.g. `src/policies/presets/dudley.yaml`. */
  readonly file: string;
  readonly data: unknown;
  /** `[line, column]` by path as `formatPath` writes it. */
  readonly positions: Readonly<Record<string, readonly [number, number]>>;
}

/** The built-in presets by id, in file-name order. @internal */
export const BUILT_IN_FILES = generated as unknown as Readonly<Record<string, BuiltInPresetFile>>;

/** The built-in presets' data as written (before `extends` and validation), by id, in file-name order. @internal */
export const BUILT_IN_PRESETS: Readonly<Record<string, unknown>> = Object.freeze(Object.fromEntries(Object.entries(BUILT_IN_FILES).map(([id, f]) => [id, f.data])));

/** Where `extends` finds the built-in presets. @internal */
export const builtInSource: PresetSource = presetSource(BUILT_IN_PRESETS);

/** One line of {@link listPolicies}. */
export interface PolicySummary {
  /** The preset id, for {@link getPolicy} and `extends`. */
  readonly id: string;
  readonly title: string;
  readonly jurisdiction: Policy['jurisdiction'];
  /** The case types, in order. */
  readonly caseTypes: readonly { readonly id: string; readonly title: string; readonly kind: CaseKind }[];
  /** Every distinct `source` the resolved preset cites, in order of first appearance. */
  readonly sources: readonly string[];
  /** The preset this one is built on, if any. */
  readonly extends?: string;
}

/** A set of presets with cached resolution. @internal */
export interface PresetCatalogue {
  get(id: string): Policy;
  list(): readonly PolicySummary[];
}

/** A catalogue of the presets in `raw` (id → raw preset data), resolved on first use. @internal */
export function createCatalogue(raw: Readonly<Record<string, unknown>>, describe: (id: string) => string): PresetCatalogue {
  const source = presetSource(raw);
  const cache = new Map<string, Policy>();
  let summaries: readonly PolicySummary[] | undefined;
  const get = (id: string): Policy => {
    const cached = cache.get(id);
    if (cached) return cached;
    const data = typeof id === 'string' ? source.get(id) : undefined;
    if (data === undefined) {
      throw new InvalidArgumentError('id', `there is no built-in preset with this id; use one of: ${source.ids().join(', ')}`);
    }
    const result = resolvePreset(data, source);
    if (!result.ok) throw new PolicyValidationError(locateIssues(result.issues), describe(id));
    cache.set(id, result.policy);
    return result.policy;
  };
  const list = (): readonly PolicySummary[] => {
    summaries ??= Object.freeze(
      source.ids().map((id) => {
        const policy = get(id);
        const parent = own(source.get(id), 'extends');
        const summary: PolicySummary = {
          id,
          title: policy.title,
          jurisdiction: policy.jurisdiction,
          caseTypes: Object.freeze(Object.entries(policy.caseTypes).map(([caseTypeId, c]) => Object.freeze({ id: caseTypeId, title: c.title, kind: c.kind }))),
          sources: Object.freeze(sourcesOf(policy)),
          ...(typeof parent === 'string' ? { extends: parent } : {}),
        };
        return Object.freeze(summary);
      }),
    );
    return summaries;
  };
  return { get, list };
}

function sourcesOf(policy: Policy): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (isMap(value)) {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'source' && typeof v === 'string') found.add(v);
        else walk(v);
      }
    }
  };
  walk(policy);
  return [...found];
}

const builtIns = createCatalogue(BUILT_IN_PRESETS, (id) => `src/policies/presets/${id}.yaml (built-in preset)`);

/**
 * A built-in preset, resolved (`extends` applied), validated and frozen. Cached: the same object on every call.
 *
 * @param id - the preset id, e.g. `england-children-2006` or `dudley` (see {@link listPolicies}).
 * @throws {@link InvalidArgumentError} when there is no built-in preset with this id; the message lists the ids.
 *
 * @example
 * import { getPolicy, InvalidArgumentError } from 'statutory-complaints';
 * const policy = getPolicy('england-children-2006');
 * policy.caseTypes['statutory-complaint'].stages['stage-1'].timescale.workingDays //=> 10
 * getPolicy('england-children-2006') === policy //=> true
 * getPolicy('no-such-preset') //=> throws InvalidArgumentError
 */
export function getPolicy(id: string): Policy {
  return builtIns.get(id);
}

/**
 * The built-in presets: id, title, jurisdiction, case types, the sources each cites, and the preset it extends.
 *
 * @example
 * import { listPolicies } from 'statutory-complaints';
 * const children = listPolicies().find((p) => p.id === 'england-children-2006');
 * children.jurisdiction //=> 'england'
 * children.caseTypes.map((c) => c.kind) //=> ['statutory-complaint']
 * listPolicies().find((p) => p.id === 'dudley').extends //=> 'england-children-2006'
 */
export function listPolicies(): readonly PolicySummary[] {
  return builtIns.list();
}
