/**
 * "Did you mean …?" suggestions for misspelt keys, ids and placeholder names. The functions live in `src/errors.ts`,
 * shared by every area (the CSV import's column names, the workflow's options); this module keeps the policies' import path.
 *
 * @module
 */
export { closest, editDistance } from '../errors.js';
