/**
 * A preset explained: the resolved policy with the presets it is built on, the warnings where it goes beyond the
 * law, and where every value comes from (which preset, which file, which line).
 *
 * @module
 */
import { PolicyValidationError } from '../errors.js';
import { BUILT_IN_FILES, BUILT_IN_PRESETS, builtInSource, getPolicy } from './builtins.js';
import { namingField } from './keyed-lists.js';
import { sameValue } from './merge.js';
import { statutoryLimitWarnings, type PolicyWarning } from './limits.js';
import { formatPath, isMap, own, valueAt, type PathSegment, type PolicyPath } from './paths.js';
import { chainSources, isResolvedPolicy, locateIssues, presetSource, resolvePreset, type PresetSource } from './resolve.js';
import type { ParsePolicyOptions } from './parse-policy.js';
import type { Policy } from './schema.js';
import type { SourcePosition } from './source-map.js';

/** Where one value of a resolved policy comes from. */
export interface ValueOrigin {
  /** The value's path in the resolved policy, e.g. `caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays`. */
  readonly path: string;
  /** The id of the preset that sets it, or `undefined` for a default the library fills in. */
  readonly preset: string | undefined;
  /** The file that sets it, when known (the built-in presets' files are `src/policies/presets/<id>.yaml`). */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** What {@link explainPolicy} returns. */
export interface ExplainedPolicy {
  /** The resolved policy, as `parsePolicy` returns it. */
  readonly policy: Policy;
  /** The preset's id and those of the presets it is built on, nearest first, e.g. `['my-council', 'dudley', 'england-children-2006']`. */
  readonly lineage: readonly string[];
  /** Where the policy goes beyond a statutory limit it inherits ({@link statutoryLimitWarnings}), with line and column. */
  readonly warnings: readonly PolicyWarning[];
  /** Where every value comes from: one entry per single value (a number, a text, a list of names), in order. */
  readonly origins: readonly ValueOrigin[];
}

interface Layer {
  readonly id: string;
  readonly data: unknown;
  readonly file?: string;
  readonly position: (path: PolicyPath) => SourcePosition | undefined;
}

/**
 * Checks a preset like `parsePolicy` and explains it: the presets it is built on, warnings where it goes beyond a
 * statutory limit, and the origin (preset, file, line, column) of every value. Built-in presets carry their files'
 * positions; a preset given as data gets them from `sourceMap` (the Node loader passes one). `data` may also be the
 * id of a built-in preset.
 *
 * @throws {@link PolicyValidationError} listing every problem, as `parsePolicy` does.
 *
 * @example
 * import { explainPolicy } from 'statutory-complaints/policies';
 * const mine = { id: 'my-council', extends: 'dudley', title: 'My council', version: '1.0.0', effectiveFrom: '2026-04-01', caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { timescale: { workingDays: 15 } } } } } };
 * const explained = explainPolicy(mine, { fileName: 'my-council.yaml' });
 * explained.lineage //=> ['my-council', 'dudley', 'england-children-2006']
 * explained.warnings.map((w) => w.code) //=> ['beyond-statutory-limit']
 * const at = (path) => explained.origins.find((o) => o.path === path);
 * at('caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays').file //=> 'my-council.yaml'
 * at('caseTypes.statutory-complaint.stages.stage-2.timescale.workingDays').file //=> 'src/policies/presets/england-children-2006.yaml'
 * at('contacts.complaintsMailbox.email').preset //=> 'dudley'
 * explainPolicy('dudley').origins.find((o) => o.path === 'id') //=> { path: 'id', preset: 'dudley', file: 'src/policies/presets/dudley.yaml', line: 14, column: 1 }
 */
export function explainPolicy(data: unknown, options: ParsePolicyOptions = {}): ExplainedPolicy {
  if (typeof data === 'string') {
    // A built-in preset by id, with its own file's positions.
    const builtIn = Object.prototype.hasOwnProperty.call(BUILT_IN_FILES, data) ? BUILT_IN_FILES[data] : undefined;
    if (builtIn === undefined) getPolicy(data); // throws, listing the ids
    const positions = builtIn!.positions;
    return explainPolicy(builtIn!.data, {
      fileName: builtIn!.file,
      sourceMap: { position: (path) => ((at) => (at ? { line: at[0], column: at[1] } : undefined))(positions[formatPath(path)]) },
    });
  }
  const source = options.presets ? chainSources(presetSource(options.presets), builtInSource) : builtInSource;
  const result = resolvePreset(data, source);
  if (!result.ok) throw new PolicyValidationError(locateIssues(result.issues, options.sourceMap), options.fileName);
  const policy = result.policy;
  const layers = layersOf(data, source, options);
  const origins = originsOf(policy, layers);
  const byPath = new Map(origins.map((o) => [o.path, o]));
  const warnings = statutoryLimitWarnings(policy).map((w) => {
    const o = byPath.get(w.path);
    return o?.line === undefined ? w : { ...w, line: o.line, column: o.column! };
  });
  return { policy, lineage: layers.map((l) => l.id), warnings, origins };
}

function layersOf(data: unknown, source: PresetSource, options: ParsePolicyOptions): Layer[] {
  const layers: Layer[] = [];
  const own0 = own(data, 'id');
  const map = options.sourceMap;
  layers.push({
    id: typeof own0 === 'string' ? own0 : isResolvedPolicy(data) ? data.id : '',
    data,
    ...(options.fileName === undefined ? {} : { file: options.fileName }),
    position: (path) => {
      try {
        return map?.position(path);
      } catch {
        return undefined;
      }
    },
  });
  let current = data;
  const seen = new Set<string>();
  for (;;) {
    const parentId = own(current, 'extends');
    if (typeof parentId !== 'string' || seen.has(parentId)) break;
    seen.add(parentId);
    const parent = source.get(parentId);
    if (parent === undefined) break;
    const builtIn = parent === BUILT_IN_PRESETS[parentId] ? BUILT_IN_FILES[parentId] : undefined;
    layers.push({
      id: parentId,
      data: parent,
      ...(builtIn ? { file: builtIn.file } : {}),
      position: (path) => {
        const at = builtIn?.positions[formatPath(path)];
        return at ? { line: at[0], column: at[1] } : undefined;
      },
    });
    current = parent;
  }
  return layers;
}

/** The path in a layer's data of the value at `path` in the resolved policy (named items by name), or `undefined`. */
function layerPath(layer: unknown, policy: unknown, path: PolicyPath): PolicyPath | undefined {
  const out: PathSegment[] = [];
  let l: unknown = layer;
  let p: unknown = policy;
  const policyPath: PathSegment[] = [];
  for (const segment of path) {
    if (typeof segment === 'number' && Array.isArray(p)) {
      const field = namingField(policyPath);
      const name = field === undefined ? undefined : own(p[segment], field);
      p = p[segment];
      policyPath.push(segment);
      if (typeof name === 'string' && isMap(l)) {
        out.push(name);
        l = own(l, name);
      } else if (typeof name === 'string' && Array.isArray(l)) {
        const index = l.findIndex((x) => own(x, field!) === name);
        if (index === -1) return undefined;
        out.push(index);
        l = l[index];
      } else {
        out.push(segment);
        l = Array.isArray(l) ? l[segment] : undefined;
      }
    } else {
      out.push(segment);
      policyPath.push(segment);
      p = typeof segment === 'number' ? undefined : own(p, segment);
      l = typeof segment === 'number' ? (Array.isArray(l) ? l[segment] : undefined) : own(l, segment);
    }
    if (l === undefined || l === null) return undefined;
  }
  return out;
}

function leaves(value: unknown, path: PathSegment[], out: PathSegment[][]): void {
  if (isMap(value)) {
    for (const key of Object.keys(value)) leaves(value[key], [...path, key], out);
  } else if (Array.isArray(value) && value.some((v) => isMap(v) || Array.isArray(v))) {
    value.forEach((v, i) => leaves(v, [...path, i], out));
  } else {
    out.push(path);
  }
}

function originsOf(policy: Policy, layers: readonly Layer[]): ValueOrigin[] {
  const paths: PathSegment[][] = [];
  leaves(policy, [], paths);
  return paths.map((path) => {
    const printed = formatPath(path);
    const final = valueAt(policy, path);
    for (const layer of layers) {
      const lp = layerPath(layer.data, policy, path);
      const written = lp === undefined ? undefined : valueAt(layer.data, lp);
      if (written === undefined) continue;
      if (sameValue(written, final) || path[path.length - 1] !== 'source') return origin(printed, layer, lp!);
      break; // a source the merge rewrote for a changed value: it comes from the file that changed the value
    }
    // Not written anywhere: the name of an item added by name, or a source the merge wrote for a changed value,
    // comes from the preset that writes the item or the map; anything else is a default.
    const key = path[path.length - 1];
    const parentPath = path.slice(0, -1);
    const naming = parentPath.length > 0 && typeof parentPath[parentPath.length - 1] === 'number' ? namingField(parentPath.slice(0, -1)) : undefined;
    if (key === 'source' || key === naming) {
      for (const layer of layers) {
        const lp = layerPath(layer.data, policy, parentPath);
        if (lp !== undefined && isMap(valueAt(layer.data, lp))) return origin(printed, layer, lp);
      }
    }
    return { path: printed, preset: undefined };
  });
}

function origin(path: string, layer: Layer, at: PolicyPath): ValueOrigin {
  const position = layer.position(at);
  return {
    path,
    preset: layer.id,
    ...(layer.file === undefined ? {} : { file: layer.file }),
    ...(position ? { line: position.line, column: position.column } : {}),
  };
}
