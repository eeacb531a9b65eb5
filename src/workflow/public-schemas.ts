/**
 * The workflow's schemas as the package exports them (kept for code written against 0.1): typed with the library's
 * own `ValidationSchema` interface, so that the published declarations carry no zod types (the values are the zod
 * schemas of `events.ts` and `types.ts`).
 *
 * @module
 */
import type { ValidationSchema } from '../policies/index.js';
import type { CaseEvent, Outcome } from './event-types.js';
import { caseEventSchema as caseEventZodSchema, outcomeSchema as outcomeZodSchema } from './events.js';
import { caseSchema as caseZodSchema, type StoredCase } from './types.js';

/**
 * The stored shape of a case (its inputs and its events), typed with the minimal `ValidationSchema` interface.
 *
 * @deprecated Use {@link checkCaseValue}: the same check, with each problem worded (never the value).
 *
 * @example
 * import { caseSchema } from 'statutory-complaints/workflow';
 * const stored = { reference: 'C-1', caseType: 'statutory-complaint', policyId: 'dudley', policyVersion: '1.0.0',
 *   receivedAt: null, received: '2025-12-19', events: [{ type: 'acknowledged', on: '2025-12-22' }] };
 * caseSchema.safeParse(stored).success //=> true
 * caseSchema.safeParse({ ...stored, received: '19/12/2025' }).success //=> false
 */
export const caseSchema: ValidationSchema<StoredCase> = caseZodSchema;

/**
 * Every event that can be recorded on a case, discriminated on `type`, typed with the minimal `ValidationSchema`
 * interface. `applyEvent` (or `workflow.applyEvent`) validates an event with it, then checks it against the policy
 * and the case's state.
 *
 * @deprecated Use `workflow.applyEvent` to record an event, or {@link checkCaseValue} to check a stored case's events.
 *
 * @example
 * import { caseEventSchema } from 'statutory-complaints/workflow';
 * caseEventSchema.parse({ type: 'response-sent', on: '2026-01-07', outcome: 'upheld' }) //=> { type: 'response-sent', on: '2026-01-07', outcome: 'upheld' }
 * caseEventSchema.safeParse({ type: 'response-sent', on: '2026-02-30' }).success //=> false
 */
export const caseEventSchema: ValidationSchema<CaseEvent> = caseEventZodSchema;

/**
 * The outcome of a complaint response (`upheld`, `partly-upheld` or `not-upheld`), typed with the minimal
 * `ValidationSchema` interface.
 *
 * @deprecated Compare with the `Outcome` type's three values instead.
 *
 * @example
 * import { outcomeSchema } from 'statutory-complaints/workflow';
 * outcomeSchema.parse('partly-upheld') //=> 'partly-upheld'
 * outcomeSchema.safeParse('partially').success //=> false
 */
export const outcomeSchema: ValidationSchema<Outcome> = outcomeZodSchema;
