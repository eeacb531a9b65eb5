/**
 * `statutory-complaints validate <file...>`: checks policy preset files (YAML or JSON) and prints every problem as
 * `file:line:col  path  message`.
 *
 * @module
 */
import { StatutoryComplaintsError, type ValidationIssue } from '../../errors.js';
import { DEFAULT_MAX_FILE_SIZE, FileAccessError, toFileAccessError } from '../../node/index.js';
import { checkPolicyText, readPolicyText, type PolicyText } from '../../policy-text/index.js';
import { explainPolicy, templateNotes } from '../../policies/index.js';
import { parseArgs, UsageError } from '../args.js';
import { printJson, printLines } from '../output.js';
import type { CliIo, Command } from '../types.js';

const OPTIONS = { json: { type: 'boolean' }, strict: { type: 'boolean' } } as const;

const usage = `Usage:
  statutory-complaints validate <file...> [--strict] [--json]
  statutory-complaints validate - [--strict] [--json]        (a YAML or JSON preset on standard input)

Checks policy preset files (.yaml, .yml or .json) and prints every problem, one per line:

  file:line:col  path  message

The path says where in the preset (e.g. caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays) and
the message what to do. A file may extend a built-in preset or another file given in the same command (by its id),
so a council's baseline and its variants can be checked together.

A valid preset that goes beyond a statutory limit of the preset it extends (e.g. a stage-1 timescale of 15 working
days where SI 2006/1738 reg 14 sets 10) gets a warning naming the limit and its source:

  file:line:col  path  warning: message

Exit code 0 when every file is valid (with a one-line summary; warnings are listed but do not fail, unless
--strict), 1 when any problem is found, 3 when a file could not be read (missing, a folder, not allowed, a pipe or
device). A file over the size limit (1 MiB; see --max-file-size in 'statutory-complaints --help') or saved as
UTF-16 is reported as a problem before it is parsed.

Options:
  --strict    warnings fail too (exit 1)
  --json      print a JSON array of { "file", "line", "column", "path", "code", "message", "severity" }, severity
              "error" or "warning" (empty when valid without warnings)
  -h, --help  show this help

Examples:
  statutory-complaints validate my-council.yaml
  statutory-complaints validate my-council.yaml --strict
  statutory-complaints validate baseline.yaml my-council.yaml --json
`;

interface Problem {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** Whether a preset document extends another (its notes are then only for what it sets itself). */
function isExtending(data: unknown): boolean {
  return data !== null && typeof data === 'object' && typeof (data as { extends?: unknown }).extends === 'string';
}

function problem(file: string, issue: ValidationIssue, severity: Problem['severity'] = 'error'): Problem {
  return { file, line: issue.line ?? null, column: issue.column ?? null, path: issue.path, code: issue.code, message: issue.message, severity };
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals: files } = parseArgs(args, OPTIONS);
  if (files.length === 0) throw new UsageError('missing argument <file>');

  const docs: { file: string; doc?: PolicyText; issues: ValidationIssue[] }[] = [];
  let unreadable = false;
  for (const file of files) {
    if (file !== '-' && !/\.(ya?ml|json)$/i.test(file)) {
      docs.push({ file, issues: [{ path: '', code: 'file-type', message: 'A preset file must end in .yaml, .yml or .json. Rename it.' }] });
      continue;
    }
    let text: string;
    try {
      text = await io.readFile(file, { maxBytes: io.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, label: file, stdin: true });
    } catch (thrown) {
      const error = thrown instanceof StatutoryComplaintsError ? thrown : toFileAccessError(thrown, file, file, 'read');
      if (error instanceof FileAccessError) unreadable = true;
      const message = error.message.replace(`${error.path}: `, '');
      const code = error instanceof FileAccessError ? 'file-unreadable' : error.code;
      docs.push({ file, issues: [{ path: '', code, message: message.replace(/^cannot/, 'Cannot') }] });
      continue;
    }
    docs.push({ file, doc: readPolicyText(text, { fileName: file }), issues: [] });
  }

  // Files given together may extend one another, by the id each declares.
  const presets = new Map<string, unknown>();
  const owner = new Map<string, string>();
  for (const entry of docs) {
    const data = entry.doc?.data;
    const id = data && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') continue;
    const first = owner.get(id);
    if (first === undefined) {
      owner.set(id, entry.file);
      presets.set(id, data);
    } else {
      const at = entry.doc?.sourceMap?.position(['id']);
      entry.issues.push({
        path: 'id',
        code: 'duplicate-id',
        message: `Another file in this check (${first}) has the same id. Give each preset its own id.`,
        ...(at ? { line: at.line, column: at.column } : {}),
      });
    }
  }

  const problems: Problem[] = [];
  const notes: string[] = [];
  for (const entry of docs) {
    const found = [...entry.issues];
    let warnings: readonly ValidationIssue[] = [];
    if (entry.doc) {
      const checked = checkPolicyText(entry.doc, { fileName: entry.file, presets });
      found.push(...checked.issues);
      // notes: allowed, but worth knowing (a template that will not look the same in GOV.UK Notify); a file that
      // extends another is noted only for what it sets itself (an inherited template is noted where it is written)
      const { sourceMap: positions } = entry.doc;
      for (const note of checked.policy ? templateNotes(checked.policy) : []) {
        const at = positions?.position(note.path.split('.'));
        if (positions !== undefined && at === undefined && isExtending(entry.doc.data)) continue;
        notes.push(`${at ? `${entry.file}:${at.line}:${at.column}` : entry.file}  ${note.path}  Note: ${note.message}`);
      }
      if (checked.policy !== undefined && found.length === 0) {
        const { sourceMap } = entry.doc;
        warnings = explainPolicy(entry.doc.data, { fileName: entry.file, presets, ...(sourceMap ? { sourceMap } : {}) }).warnings;
      }
    }
    found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    problems.push(...found.map((issue) => problem(entry.file, issue)), ...warnings.map((w) => problem(entry.file, w, 'warning')));
  }
  const errors = problems.filter((p) => p.severity === 'error');
  const warned = problems.length - errors.length;

  if (notes.length > 0 && options.json !== true) printLines(io, notes);
  if (options.json === true) {
    printJson(io, problems);
  } else if (problems.length === 0) {
    printLines(io, [`${files.length} preset file${files.length === 1 ? '' : 's'} checked: no problems.`]);
  } else {
    printLines(
      io,
      problems.map(
        (p) => `${p.line === null ? p.file : `${p.file}:${p.line}:${p.column}`}  ${p.path || '(file)'}  ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`,
      ),
    );
    const failing = new Set(errors.map((p) => p.file)).size;
    const counts = [
      ...(errors.length > 0 ? [`${errors.length} problem${errors.length === 1 ? '' : 's'} in ${failing} of ${files.length} file${files.length === 1 ? '' : 's'}`] : []),
      ...(warned > 0 ? [`${warned} warning${warned === 1 ? '' : 's'}${options.strict === true ? ' (--strict: warnings fail)' : ''}`] : []),
    ];
    io.stderr(`${errors.length === 0 ? `${files.length} preset file${files.length === 1 ? '' : 's'} checked: ` : ''}${counts.join('; ')}.\n`);
  }
  return unreadable ? 3 : errors.length > 0 || (warned > 0 && options.strict === true) ? 1 : 0;
}

/** The `validate` command. */
export const command: Command = {
  name: 'validate',
  summary: 'check policy preset files (YAML or JSON) and list every problem',
  usage,
  run,
};
