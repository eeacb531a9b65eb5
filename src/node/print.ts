/**
 * A resolved policy as readable YAML text, for `statutory-complaints policies show`.
 *
 * @module
 */
import { stringify } from 'yaml';
import type { Policy } from '../policies/index.js';

/** The policy as YAML, block style, long lines kept whole. @internal */
export function policyToYaml(policy: Policy): string {
  return stringify(policy, { lineWidth: 0, aliasDuplicateObjects: false });
}
