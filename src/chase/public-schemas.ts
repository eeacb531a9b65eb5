/**
 * The chase area's schema as the package exports it: typed with the library's own `ValidationSchema` interface, so
 * that the published declarations carry no zod types (the value is the zod schema of `directory.ts`).
 *
 * @module
 */
import type { Mailbox, ValidationSchema } from '../policies/index.js';
import { directoryFileSchema as directoryFileZodSchema } from './directory.js';

/** A role directory file as written (YAML or JSON): who to write to for each role, optionally per team. */
export interface DirectoryFile {
  /** The sender of chasing emails. */
  from?: Mailbox | undefined;
  /** Who to write to for a role the directory does not list. */
  fallback?: Mailbox | undefined;
  /** The contact for each role id. */
  roles?: Record<string, Mailbox> | undefined;
  /** Per team id, the contact for each role id in that team. */
  teams?: Record<string, Record<string, Mailbox>> | undefined;
}

/**
 * The schema of a role directory file, for consumers who check their own files; it checks the shape only
 * (`parseDirectory` also checks the roles against a policy and gives friendly messages). Typed with the minimal
 * `ValidationSchema` interface (`parse`, `safeParse`, `description`).
 *
 * @example
 * import { directoryFileSchema } from 'statutory-complaints/chase';
 * directoryFileSchema.safeParse({ roles: { 'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' } } }).success //=> true
 * directoryFileSchema.safeParse({ roles: { 'team-manager': { name: 'Team Manager', email: 'a@example.gov.uk; b@example.gov.uk' } } }).success //=> false
 */
export const directoryFileSchema: ValidationSchema<DirectoryFile> = directoryFileZodSchema;
