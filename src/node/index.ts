/**
 * Node-only entry (`statutory-complaints/node`): reads policy preset files, YAML or JSON, with the line and column
 * of every problem. The rest of the library needs no YAML parser and does no I/O; only this entry does.
 *
 * @packageDocumentation
 */
import { extname } from 'node:path';
import { InvalidArgumentError, PolicyValidationError } from '../errors.js';
import { readTextFile } from './files.js';
import type { Policy, PresetLookup } from '../policies/index.js';
import { checkPolicyDocument, formatOf, readPolicyDocument, type PolicyFileFormat } from './read.js';

export type { PolicyFileFormat } from './read.js';
export {
  DEFAULT_MAX_FILE_SIZE,
  FileAccessError,
  FileEncodingError,
  FileTooLargeError,
  decodeText,
  parseByteSize,
  readTextFile,
  sniffUtf16,
  toFileAccessError,
  writeTextFile,
  type ReadTextFileOptions,
  type WriteTextFileOptions,
} from './files.js';

/** Internal (`@internal`): for the CLI, not part of the supported API. */
export { checkPolicyDocument, formatOf, readPolicyDocument } from './read.js';
export type { PolicyDocument, DocumentCheck } from './read.js';
export { policyToYaml } from './print.js';

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
 * Messages never quote the file.
 *
 * @throws {@link policies!PolicyValidationError} listing every problem, in file order.
 *
 * @example
 * import { parsePolicyText } from 'statutory-complaints/node';
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

/** Options of {@link loadPolicyFile}. */
export interface LoadPolicyFileOptions {
  /** Presets that `extends` may name, in addition to the built-in ones (these win over a built-in of the same id). */
  readonly presets?: PresetLookup;
  /**
   * Other preset files that `extends` may name, by the `id` written in each (e.g. a council's own baseline). They
   * win over `presets` and the built-ins. Problems in them are reported only if the file extends them.
   */
  readonly presetFiles?: readonly string[];
  /** The largest preset file read, in bytes (default {@link DEFAULT_MAX_FILE_SIZE}, 1 MiB), checked before parsing. */
  readonly maxBytes?: number;
}

const EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/**
 * Reads a preset file (`.yaml`, `.yml` or `.json`) and returns the resolved policy. `extends` may name a built-in
 * preset, one in `presets`, or one of `presetFiles` by its id.
 *
 * @param path - the file to read.
 * @throws {@link policies!PolicyValidationError} listing every problem with its line and column.
 * @throws {@link calendar!InvalidArgumentError} for a file that is not `.yaml`, `.yml` or `.json`.
 * @throws {@link FileAccessError} for a file that cannot be read (missing, a folder, not allowed, a pipe or device),
 * {@link FileTooLargeError} for one over `maxBytes`, {@link FileEncodingError} for one that is not UTF-8.
 *
 * @example
 * import { loadPolicyFile } from 'statutory-complaints/node';
 * await loadPolicyFile('council-policy.txt').catch((e) => e.code) //=> 'invalid-argument'
 */
export async function loadPolicyFile(path: string, options: LoadPolicyFileOptions = {}): Promise<Policy> {
  const limit = options.maxBytes;
  const text = await readPresetText(path, limit);
  const files: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const other of options.presetFiles ?? []) {
    const read = readPolicyDocument(await readPresetText(other, limit), formatOf(other));
    const id = read.data && typeof read.data === 'object' ? (read.data as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && !(id in files)) files[id] = read.data;
  }
  const presets: Map<string, unknown> = new Map(Object.entries(files));
  if (options.presets) {
    const extra = options.presets instanceof Map ? [...(options.presets as ReadonlyMap<string, unknown>)] : Object.entries(options.presets);
    for (const [id, data] of extra) if (!presets.has(id)) presets.set(id, data);
  }
  return parsePolicyText(text, { fileName: path, ...(presets.size > 0 ? { presets } : {}) });
}

async function readPresetText(path: string, maxBytes: number | undefined): Promise<string> {
  if (!EXTENSIONS.has(extname(path).toLowerCase())) {
    throw new InvalidArgumentError('path', 'a preset file must end in .yaml, .yml or .json');
  }
  return readTextFile(path, maxBytes === undefined ? {} : { maxBytes });
}

// The chase run's edge: the role directory and Notify mapping files, the ledger, the transports and delivery.
export { parseDirectoryText, loadDirectoryFile, parseNotifyMappingText, NotifyMappingFileError } from './chase/files.js';
export { openLedger, readLedger, readLedgerText, LedgerError } from './chase/ledger.js';
export type { Ledger, LedgerState, LedgerRecord, RunRecord, AttemptedRecord, SentRecord, FailedRecord, TornRecord } from './chase/ledger.js';
export {
  outboxTransport,
  smtpTransport,
  notifyTransport,
  notifyFileTransport,
  checkNotifyMapping,
  TransportError,
  MissingDependencyError,
  NotifyMappingError,
} from './chase/transports.js';
export type { ChaseTransport, Delivery, SmtpOptions, NotifyOptions, NotifyCall, NotifyTemplateIds } from './chase/transports.js';
export { deliverChase } from './chase/deliver.js';
export type { DeliverOptions, DeliveryReport } from './chase/deliver.js';
