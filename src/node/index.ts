/**
 * Node-only entry (`statutory-complaints/node`): reads policy preset files, YAML or JSON, with the line and column
 * of every problem. The rest of the library does no I/O; reading a preset's text (no file) is
 * `statutory-complaints/policy-text`, which runs in a browser too.
 *
 * @packageDocumentation
 */
import { extname } from 'node:path';
import { InvalidArgumentError } from '../errors.js';
import { readTextFile } from './files.js';
import { explainPolicy, type ExplainedPolicy, type Policy, type PresetLookup } from '../policies/index.js';
import { PolicyValidationError } from '../errors.js';
import { checkPolicyDocument, formatOf, parsePolicyText, readPolicyDocument, readPolicyText, type ParsePolicyTextOptions } from '../policy-text/index.js';

// Reading a preset's text is browser-safe and lives in `statutory-complaints/policy-text`; it is re-exported here so
// that code written for 0.1 keeps working.
export { parsePolicyText } from '../policy-text/index.js';
export type { ParsePolicyTextOptions, PolicyFileFormat } from '../policy-text/index.js';

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

/**
 * Checks the text of a preset file like {@link parsePolicyText} and explains the policy (`explainPolicy` in
 * `statutory-complaints/policies`): the presets it is built on, warnings where it goes beyond a statutory limit (with
 * line and column), and the file, line and column that set every value. The CLI's `--policy <file>` uses it.
 *
 * @throws {@link policies!PolicyValidationError} listing every problem, in file order.
 *
 * @example
 * import { explainPolicyText } from 'statutory-complaints/node';
 * const text = ['id: my-council', 'extends: dudley', 'title: My Council', "version: '1.0'", 'effectiveFrom: 2026-04-01', 'caseTypes:', '  statutory-complaint:', '    stages:', '      stage-1:', '        timescale:', '          workingDays: 15'].join('\n');
 * const explained = explainPolicyText(text, { fileName: 'my-council.yaml' });
 * explained.lineage //=> ['my-council', 'dudley', 'england-children-2006']
 * explained.warnings.map((w) => [w.code, w.line, w.column]) //=> [['beyond-statutory-limit', 11, 11]]
 * explained.origins.find((o) => o.path === 'caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays') //=> { path: 'caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays', preset: 'my-council', file: 'my-council.yaml', line: 11, column: 11 }
 */
export function explainPolicyText(text: string, options: ParsePolicyTextOptions): ExplainedPolicy {
  const { fileName } = options;
  const read = readPolicyDocument(text, options.format ?? formatOf(fileName));
  const presets = options.presets ? { presets: options.presets } : {};
  const checked = checkPolicyDocument(read, { fileName, ...presets });
  if (!checked.policy) throw new PolicyValidationError(checked.issues, fileName);
  return explainPolicy(read.data, { fileName, ...presets, ...(read.sourceMap ? { sourceMap: read.sourceMap } : {}) });
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
    const read = readPolicyText(await readPresetText(other, limit), { fileName: other });
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
export type { Ledger, LedgerState, LedgerReadOptions, LedgerRecord, RunRecord, AttemptedRecord, SentRecord, FailedRecord, TornRecord } from './chase/ledger.js';
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
