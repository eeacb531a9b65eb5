/**
 * `statutory-complaints validate <file...>`: checks policy preset files (YAML or JSON) and prints every problem as
 * `file:line:col  path  message`.
 *
 * @module
 */
import type { ValidationIssue } from '../../errors.js';
import { checkPolicyDocument, formatOf, readPolicyDocument, type PolicyDocument } from '../../node/read.js';
import { explainPolicy } from '../../policies/index.js';
import { parseArgs, UsageError } from '../args.js';
import { printJson, printLines } from '../output.js';
import type { CliIo, Command } from '../types.js';

const OPTIONS = { json: { type: 'boolean' }, strict: { type: 'boolean' } } as const;

const usage = `Usage:
  statutory-complaints validate <file...> [--strict] [--json]

Checks policy preset files (.yaml, .yml or .json) and prints every problem, one per line:

  file:line:col  path  message

The path says where in the preset (e.g. caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays) and
the message what to do. A file may extend a built-in preset or another file given in the same command (by its id),
so a council's baseline and its variants can be checked together.

A valid preset that goes beyond a statutory limit of the preset it extends (e.g. a stage-1 timescale of 15 working
days where SI 2006/1738 reg 14 sets 10) gets a warning naming the limit and its source:

  file:line:col  path  warning: message

Exit code 0 when every file is valid (warnings are listed but do not fail, unless --strict), 1 when any problem is
found.

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

function problem(file: string, issue: ValidationIssue, severity: Problem['severity'] = 'error'): Problem {
  return { file, line: issue.line ?? null, column: issue.column ?? null, path: issue.path, code: issue.code, message: issue.message, severity };
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals: files } = parseArgs(args, OPTIONS);
  if (files.length === 0) throw new UsageError('missing argument <file>');

  const docs: { file: string; doc?: PolicyDocument; issues: ValidationIssue[] }[] = [];
  for (const file of files) {
    if (!/\.(ya?ml|json)$/i.test(file)) {
      docs.push({ file, issues: [{ path: '', code: 'file-type', message: 'A preset file must end in .yaml, .yml or .json. Rename it.' }] });
      continue;
    }
    let text: string;
    try {
      text = await io.readFile(file);
    } catch {
      docs.push({ file, issues: [{ path: '', code: 'file-unreadable', message: 'The file could not be read. Check that it exists and is readable.' }] });
      continue;
    }
    docs.push({ file, doc: readPolicyDocument(text, formatOf(file)), issues: [] });
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
  for (const entry of docs) {
    const found = [...entry.issues];
    let warnings: readonly ValidationIssue[] = [];
    if (entry.doc) {
      const checked = checkPolicyDocument(entry.doc, { fileName: entry.file, presets });
      found.push(...checked.issues);
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
  return errors.length > 0 || (warned > 0 && options.strict === true) ? 1 : 0;
}

/** The `validate` command. */
export const command: Command = {
  name: 'validate',
  summary: 'check policy preset files (YAML or JSON) and list every problem',
  usage,
  run,
};
