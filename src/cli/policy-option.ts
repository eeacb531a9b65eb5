/**
 * The one way every command reads `--policy` (and `policies show`/`diff` their arguments): a built-in preset id, or a
 * preset file (`.yaml`, `.yml` or `.json`, which may `extends` a built-in preset), with every problem reported as
 * `file:line:col` and the same checks as `statutory-complaints validate`.
 *
 * @module
 */
import { explainPolicyText } from '../node/index.js';
import { explainPolicy, type ExplainedPolicy } from '../policies/index.js';
import { readOptionFile } from './files.js';
import type { CliIo } from './types.js';

/** Whether a `--policy` value names a preset file rather than a built-in preset. */
export function isPresetFile(value: string): boolean {
  return /\.(ya?ml|json)$/i.test(value);
}

/**
 * Loads the preset a `--policy` value names and explains it (lineage, warnings, origin of every value).
 *
 * @param option - the option (or argument) name used in a message about a file that cannot be read.
 * @throws PolicyValidationError listing every problem in the file with its line and column.
 */
export async function loadPolicyOption(io: CliIo, value: string, option = 'policy'): Promise<ExplainedPolicy> {
  if (!isPresetFile(value)) return explainPolicy(value);
  return explainPolicyText(await readOptionFile(io, value, option), { fileName: value });
}

/** Help text for `--policy`, shared by the commands that take it. */
export const POLICY_HELP = `  --policy <id|file>   a built-in policy preset (e.g. dudley; see 'statutory-complaints policies'), or your own
                       preset file (.yaml, .yml or .json, usually extending a built-in one); a file's problems
                       are listed with file:line:col, as by 'statutory-complaints validate'`;
