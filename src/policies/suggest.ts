/**
 * "Did you mean …?" suggestions: shared by every area (policies, workflow, templates), so they live in
 * `src/suggest.ts`; re-exported here for the policy code that has always imported them from this file.
 *
 * @module
 */
export { editDistance, closest } from '../suggest.js';
