/**
 * The policy schemas as the package exports them: typed with the library's own {@link ValidationSchema} interface,
 * so that the published declarations carry no zod types (the values are the zod schemas of `schema.ts`).
 *
 * @module
 */
import { policySchema as policyZodSchema, presetFileSchema as presetFileZodSchema } from './schema.js';
import type { Policy, ValidationSchema } from './types.js';

/**
 * The schema of a preset file, for consumers who check their own preset files (e.g. in a form or a CI step): a
 * complete policy, or a preset that `extends` another and gives only its identity and what differs. It checks the
 * shape of one file; `parsePolicy` (or `loadPolicyFile` in `statutory-complaints/node`) also applies `extends`, checks
 * the parts against each other (roles, templates, stages, ladders) and words each problem for a complaints
 * manager. `schema/policy.schema.json`, the JSON Schema editors use for completion, is generated from it.
 *
 * `safeParse(value).data` is, for a complete policy, the policy with defaults filled in; for a preset that extends
 * another, its fields as written (checked, not yet merged: `parsePolicy` merges them).
 *
 * This is the one schema the package exports on purpose. It is a zod schema at run time, typed with the minimal
 * {@link ValidationSchema} interface (`parse`, `safeParse`, `description`): only those members are supported.
 *
 * @example
 * import { presetFileSchema } from 'statutory-complaints/policies';
 * presetFileSchema.safeParse({ id: 'my-council', title: 'My Council', version: '1.0.0', effectiveFrom: '2026-04-01', extends: 'england-children-2006', calendar: { closures: [{ date: '2026-12-29', reason: 'Office closed' }] } }).success //=> true
 * const result = presetFileSchema.safeParse({ id: 'my-council', extends: 'england-children-2006' });
 * result.success //=> false
 * result.error.issues.length > 0 //=> true
 */
export const presetFileSchema: ValidationSchema<Policy | Record<string, unknown>> = presetFileZodSchema;

/**
 * The schema of a complete policy (after `extends` is applied), typed with the minimal {@link ValidationSchema}
 * interface. Kept for code written against 0.1.
 *
 * @deprecated Use `parsePolicy` to check a policy (it adds the checks between parts and plain-English messages), or
 *   {@link presetFileSchema} to check the shape of a preset file.
 *
 * @example
 * import { policySchema } from 'statutory-complaints/policies';
 * policySchema.safeParse({ id: 'x' }).success //=> false
 */
export const policySchema: ValidationSchema<Policy> = policyZodSchema;
