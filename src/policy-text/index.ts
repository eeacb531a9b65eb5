/**
 * Preset text (`statutory-complaints/policy-text`): reads the YAML or JSON text of a policy preset into data, with
 * the line and column of every value, and checks it with the library's validator, so that every problem carries its
 * position. Pure: no file, no clock, no Node-only module, so it runs in a browser too (the preset workbench uses it
 * as you type). Reading a file from disk is `loadPolicyFile` in `statutory-complaints/node`. This entry brings the
 * `yaml` parser; the other entries need none.
 *
 * @packageDocumentation
 */
import { PolicyValidationError } from '../errors.js';
import type { Policy, PolicySourceMap, PresetLookup, ValidationIssue } from '../policies/index.js';
import { checkPolicyDocument, formatOf, readPolicyDocument, type PolicyFileFormat } from './read.js';

export type { PolicyFileFormat } from './read.js';

/** Options of {@link readPolicyText}. */
export interface ReadPolicyTextOptions {
  /** The file name; without `format`, `.json` is read as JSON and anything else as YAML. */
  readonly fileName?: string;
  /** `yaml` or `json` (default: from `fileName`, else YAML). */
  readonly format?: PolicyFileFormat;
}

/** A preset's text read into data, before validation (the answer of {@link readPolicyText}). */
export interface PolicyText {
  /** The data as written (before `extends` and validation), or `undefined` when the text could not be read. */
  readonly data: unknown;
  /** Where each value is written, for line and column in messages; `undefined` when the text could not be read. */
  readonly sourceMap: PolicySourceMap | undefined;
  /** Problems in the text itself (syntax, duplicate keys), each with its line and column, in file order. */
  readonly issues: readonly ValidationIssue[];
}

/**
 * Reads a preset's YAML or JSON text into data and a source map, without validating the content. Never throws:
 * problems in the text itself (syntax errors, duplicate keys, tabs used for indentation) come back as issues with
 * their line and column. Messages never quote the text.
 *
 * @example
 * import { readPolicyText } from 'statutory-complaints/policy-text';
 * const read = readPolicyText('id: my-council\nextends: dudley\n');
 * read.data //=> { id: 'my-council', extends: 'dudley' }
 * read.sourceMap.position(['extends']) //=> { line: 2, column: 1 }
 * readPolicyText('id: a\nid: b\n').issues.map((i) => [i.code, i.line]) //=> [['duplicate-key', 2]]
 */
export function readPolicyText(text: string, options: ReadPolicyTextOptions = {}): PolicyText {
  return readPolicyDocument(String(text), options.format ?? formatOf(options.fileName ?? ''));
}

/** Options of {@link checkPolicyText}. */
export interface CheckPolicyTextOptions {
  /** The file name, named in messages. */
  readonly fileName?: string;
  /**
   * Presets that `extends` may name, in addition to the built-in ones (a preset given here wins over a built-in
   * of the same id): raw preset data, or policies already resolved.
   */
  readonly presets?: PresetLookup;
}

/** The answer of {@link checkPolicyText}: the resolved policy, or every problem in file order. */
export type PolicyTextCheck = { readonly policy: Policy; readonly issues: readonly [] } | { readonly policy?: undefined; readonly issues: readonly ValidationIssue[] };

/**
 * Checks text read by {@link readPolicyText} with the library's validator (`parsePolicy`), and returns the resolved
 * policy or every problem, of the text and of the content, with its line and column, in file order: the same
 * messages as `statutory-complaints validate`. Never throws for a problem in the preset.
 *
 * @example
 * import { readPolicyText, checkPolicyText } from 'statutory-complaints/policy-text';
 * const text = ['id: my-council', 'extends: dudley', "title: My Council", "version: '1.0'", 'effectiveFrom: 2026-04-01'].join('\n');
 * checkPolicyText(readPolicyText(text)).policy.id //=> 'my-council'
 * const broken = checkPolicyText(readPolicyText(text.replace('title:', 'titel:')));
 * broken.policy //=> undefined
 * // `title` is now missing (placed at the top of the file) and `titel` is not a field (placed on its line).
 * broken.issues.map((i) => [i.path, i.line, i.column]) //=> [['title', 1, 1], ['titel', 3, 1]]
 */
export function checkPolicyText(read: PolicyText, options: CheckPolicyTextOptions = {}): PolicyTextCheck {
  return checkPolicyDocument(read, { fileName: options.fileName ?? 'preset.yaml', ...(options.presets ? { presets: options.presets } : {}) });
}

/** Options of {@link parsePolicyText}. */
export interface ParsePolicyTextOptions {
  /** The file name, used in the error and, without `format`, to tell JSON (`.json`) from YAML. */
  readonly fileName: string;
  /** `yaml` or `json`; by default from the file name's extension (`.json` is JSON, anything else YAML). */
  readonly format?: PolicyFileFormat;
  /**
   * Presets that `extends` may name, in addition to the built-in ones (a preset given here wins over a built-in
   * of the same id): raw preset data, or policies already resolved.
   */
  readonly presets?: PresetLookup;
}

/**
 * Checks the text of a preset file (YAML, or JSON) and returns the resolved policy, like `parsePolicy`, with the
 * line and column of every problem: syntax errors, duplicate keys, and every problem `parsePolicy` finds.
 * Messages never quote the file. Also exported from `statutory-complaints/node`.
 *
 * @throws {@link policies!PolicyValidationError} listing every problem, in file order.
 *
 * @example
 * import { parsePolicyText } from 'statutory-complaints/policy-text';
 * import { PolicyValidationError } from 'statutory-complaints';
 * const text = ['id: my-council', 'extends: england-children-2006', 'title: My Council children\'s complaints', "version: '1.0'", 'effectiveFrom: 2026-04-01', 'calendar:', '  closures:', '    - date: 2026-12-29', '      reason: Office closed between Christmas and New Year'].join('\n');
 * parsePolicyText(text, { fileName: 'my-council.yaml' }).calendar.closures.length //=> 1
 * let caught;
 * try { parsePolicyText(text.replace('closures:', 'closure:'), { fileName: 'my-council.yaml' }); } catch (e) { caught = e; }
 * caught instanceof PolicyValidationError //=> true
 * caught.issues.map((i) => [i.path, i.line, i.column]) //=> [['calendar.closure', 7, 3]]
 * caught.issues[0].message //=> '`closure` is not a field here. Did you mean `closures`? Remove it or correct the spelling.'
 */
export function parsePolicyText(text: string, options: ParsePolicyTextOptions): Policy {
  const { fileName } = options;
  const read = readPolicyDocument(text, options.format ?? formatOf(fileName));
  const checked = checkPolicyDocument(read, { fileName, ...(options.presets ? { presets: options.presets } : {}) });
  if (checked.policy) return checked.policy;
  throw new PolicyValidationError(checked.issues, fileName);
}

/** Internal (`@internal`): for `statutory-complaints/node`, not part of the supported API. */
export { checkPolicyDocument, formatOf, readPolicyDocument } from './read.js';
