import { StatutoryComplaintsError, type ValidationIssue } from '../errors.js';

function summarise(what: string, issues: readonly ValidationIssue[]): string {
  const at = (i: ValidationIssue) => (i.line === undefined ? '' : ` (line ${i.line}${i.column === undefined ? '' : `, column ${i.column}`})`);
  const lines = issues.slice(0, 20).map((i) => `  ${i.path || '(root)'}${at(i)}: ${i.message}`);
  const more = issues.length > 20 ? [`  …and ${issues.length - 20} more`] : [];
  return [`${what} has ${issues.length} problem${issues.length === 1 ? '' : 's'}:`, ...lines, ...more].join('\n');
}

/**
 * A role directory did not validate: every problem at once, each with its path, a message that says what to do
 * instead and, when the directory was read from a file, the line and column. Messages never quote a name or an
 * address from the file.
 *
 * @example
 * import { parseDirectory, DirectoryValidationError } from 'statutory-complaints/chase';
 * import { getPolicy } from 'statutory-complaints';
 * let caught;
 * try { parseDirectory({ roles: { 'team-manger': { name: 'Team Manager', email: 'tm@example.gov.uk' } } }, getPolicy('dudley')); } catch (e) { caught = e; }
 * caught instanceof DirectoryValidationError //=> true
 * caught.issues[0].path //=> 'roles.team-manger'
 * caught.issues[0].code //=> 'unknown-role'
 */
export class DirectoryValidationError extends StatutoryComplaintsError {
  readonly issues: readonly ValidationIssue[];
  readonly fileName: string | undefined;
  constructor(issues: readonly ValidationIssue[], fileName?: string) {
    super('invalid-directory', issues[0]?.path ?? '', summarise(fileName ? `Role directory ${fileName}` : 'The role directory', issues));
    this.issues = issues;
    this.fileName = fileName;
  }
}
