/**
 * Reading the chase run's data files (the role directory, the Notify template mapping) with line and column for
 * every problem, through the same YAML reader as preset files.
 *
 * @module
 */
import { readFile } from 'node:fs/promises';
import { parseDirectory, DirectoryValidationError, type RoleDirectory } from '../../chase/index.js';
import { InvalidArgumentError, StatutoryComplaintsError, type ValidationIssue } from '../../errors.js';
import type { Policy } from '../../policies/index.js';
import { readPolicyText } from '../../policy-text/index.js';

function readDocument(text: string, fileName: string, what: string) {
  const doc = readPolicyText(text, { fileName });
  const issues: ValidationIssue[] = doc.issues.map((i) => (i.code === 'empty-file' ? { ...i, message: `The file is empty. ${what}` } : i));
  return { ...doc, issues };
}

/**
 * Checks the text of a role directory file (YAML, or JSON for a `.json` name) against a policy, with the line and
 * column of every problem (see `parseDirectory` for the layout).
 *
 * @throws {@link chase!DirectoryValidationError} listing every problem in file order; messages never quote the file.
 *
 * @example
 * import { parseDirectoryText } from 'statutory-complaints/node';
 * import { getPolicy } from 'statutory-complaints';
 * const text = ['roles:', '  team-manager:', '    name: Team Manager', '    email: tm@example.gov.uk', '  team-manger:', '    name: Other', '    email: other@example.gov.uk'].join('\n');
 * let caught;
 * try { parseDirectoryText(text, getPolicy('dudley'), { fileName: 'directory.yaml' }); } catch (e) { caught = e; }
 * caught.issues.map((i) => [i.path, i.line, i.column]) //=> [['roles.team-manger', 5, 3]]
 */
export function parseDirectoryText(text: string, policy: Policy, options: { readonly fileName: string }): RoleDirectory {
  const doc = readDocument(text, options.fileName, 'A role directory starts with `roles:` and lists each role with its `name` and `email`.');
  if (doc.issues.length > 0 || doc.data === undefined) throw new DirectoryValidationError(doc.issues, options.fileName);
  return parseDirectory(doc.data, policy, { fileName: options.fileName, ...(doc.sourceMap ? { sourceMap: doc.sourceMap } : {}) });
}

/**
 * Reads a role directory file (`.yaml`, `.yml` or `.json`); see {@link parseDirectoryText}.
 *
 * @example
 * import { loadDirectoryFile } from 'statutory-complaints/node';
 * import { getPolicy } from 'statutory-complaints';
 * await loadDirectoryFile('no-such-directory.yaml', getPolicy('dudley')).catch((e) => e.code) //=> 'invalid-argument'
 */
export async function loadDirectoryFile(path: string, policy: Policy): Promise<RoleDirectory> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InvalidArgumentError('--directory', `the directory file cannot be read (${(error as { code?: string }).code ?? 'error'})`);
  }
  return parseDirectoryText(text, policy, { fileName: path });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A Notify template mapping file did not validate: every problem, with line and column, never quoting the file.
 *
 * @example
 * import { parseNotifyMappingText, NotifyMappingFileError } from 'statutory-complaints/node';
 * import { getPolicy } from 'statutory-complaints';
 * let caught;
 * try { parseNotifyMappingText('templates:\n  reminder: not-a-uuid\n', getPolicy('dudley'), { fileName: 'notify.yaml' }); } catch (e) { caught = e; }
 * caught instanceof NotifyMappingFileError //=> true
 * caught.issues.map((i) => [i.path, i.line]) //=> [['templates.reminder', 2]]
 */
export class NotifyMappingFileError extends StatutoryComplaintsError {
  readonly issues: readonly ValidationIssue[];
  readonly fileName: string;
  constructor(issues: readonly ValidationIssue[], fileName: string) {
    const lines = issues.slice(0, 20).map((i) => `  ${i.path || '(root)'}${i.line === undefined ? '' : ` (line ${i.line})`}: ${i.message}`);
    super(
      'invalid-notify-mapping',
      issues[0]?.path ?? '',
      [`Notify mapping ${fileName} has ${issues.length} problem${issues.length === 1 ? '' : 's'}:`, ...lines].join('\n'),
    );
    this.issues = issues;
    this.fileName = fileName;
  }
}

/**
 * Checks a Notify template mapping file: `templates:`, each preset template id with the id of the Notify template
 * holding the same content (a UUID, as Notify shows it). Line and column for every problem.
 *
 * @example
 * import { parseNotifyMappingText } from 'statutory-complaints/node';
 * import { getPolicy } from 'statutory-complaints';
 * parseNotifyMappingText('templates:\n  reminder: 0b2d5b4e-46bb-4b4b-9c6c-2f0b0e4d7f10\n', getPolicy('dudley'), { fileName: 'notify.yaml' }) //=> { reminder: '0b2d5b4e-46bb-4b4b-9c6c-2f0b0e4d7f10' }
 */
export function parseNotifyMappingText(text: string, policy: Policy, options: { readonly fileName: string }): Readonly<Record<string, string>> {
  const doc = readDocument(text, options.fileName, 'A Notify mapping starts with `templates:` and lists each preset template id with its Notify template id.');
  const issues: ValidationIssue[] = [...doc.issues];
  const at = (path: (string | number)[]) => doc.sourceMap?.position(path);
  const out: Record<string, string> = {};
  if (issues.length === 0) {
    const data = doc.data as { templates?: unknown } | undefined;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      issues.push({ path: '', code: 'invalid-type', message: 'must be a map with `templates:`.', line: 1, column: 1 });
    } else {
      for (const k of Object.keys(data)) {
        if (k !== 'templates')
          issues.push({
            path: /^[A-Za-z][\w-]{0,39}$/.test(k) ? k : '',
            code: 'unknown-key',
            message: 'is not a field here: the file has only `templates`.',
            ...at([k]),
          });
      }
      const t = data.templates;
      if (typeof t !== 'object' || t === null || Array.isArray(t)) {
        issues.push({
          path: 'templates',
          code: 'invalid-type',
          message: 'must map preset template ids to Notify template ids.',
          ...(at(['templates']) ?? { line: 1, column: 1 }),
        });
      } else {
        const known = Object.keys(policy.templates);
        for (const [id, v] of Object.entries(t)) {
          const path = /^[A-Za-z][\w-]{0,39}$/.test(id) ? `templates.${id}` : 'templates';
          if (!known.includes(id))
            issues.push({
              path,
              code: 'unknown-template',
              message: `is not a template of the policy \`${policy.id}\`: use one of ${known.join(', ')}.`,
              ...at(['templates', id]),
            });
          else if (typeof v !== 'string' || !UUID.test(v))
            issues.push({
              path,
              code: 'invalid-value',
              message: "must be a Notify template id (a UUID such as 0b2d5b4e-46bb-4b4b-9c6c-2f0b0e4d7f10, shown on the template's page in Notify).",
              ...at(['templates', id]),
            });
          else out[id] = v;
        }
      }
    }
  }
  if (issues.length > 0) throw new NotifyMappingFileError(issues, options.fileName);
  return Object.freeze(out);
}
