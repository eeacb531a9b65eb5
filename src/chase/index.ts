/**
 * The chase run (`statutory-complaints/chase`): every chasing email due in a window, over every case, rendered from
 * the preset's templates and addressed from the council's role directory, with what was skipped and why and the
 * overdue cases nothing chases. Pure: no I/O, no clock. The ledger, the outbox, SMTP and GOV.UK Notify are in
 * `statutory-complaints/node` and the `chase` command.
 *
 * @packageDocumentation
 */
export { chaseRun } from './run.js';
export type { ChaseOptions, ChaseFormat, ChaseMessage, ChaseResult, SkippedMessage, SkipReason, NeedsAttention, CaseProblem } from './run.js';
export { parseDirectory } from './directory.js';
export { directoryFileSchema } from './public-schemas.js';
export type { DirectoryFile } from './public-schemas.js';
export type { RoleDirectory, ParseDirectoryOptions } from './directory.js';
export { DirectoryValidationError } from './errors.js';
