/**
 * `statutory-complaints validate <file...>`: checks policy preset files (YAML or JSON) and prints every problem as
 * `file:line:col  path  message`.
 *
 * @module
 */
import type { ValidationIssue } from '../../errors.js';
import { checkPolicyDocument, formatOf, readPolicyDocument, type PolicyDocument } from '../../node/index.js';
import { parseArgs, UsageError } from '../args.js';
import { printJson, printLines } from '../output.js';
import type { CliIo, Command } from '../types.js';

const OPTIONS = { json: { type: 'boolean' } } as const;

const usage = `Usage:
  statutory-complaints validate <file...> [--json]

Checks policy preset files (.yaml, .yml or .json) and prints every problem, one per line:

  file:line:col  path  message

The path says where in the preset (e.g. caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays) and
the message what to do. A file may extend a built-in preset or another file given in the same command (by its id),
so a council's baseline and its variants can be checked together. Exit code 0 when every file is valid (with a
one-line summary), 1 when any problem is found.

Options:
  --json      print a JSON array of { "file", "line", "column", "path", "code", "message" } (empty when valid)
  -h, --help  show this help

Examples:
  statutory-complaints validate my-council.yaml
  statutory-complaints validate baseline.yaml my-council.yaml --json
`;

interface Problem {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

function problem(file: string, issue: ValidationIssue): Problem {
  return { file, line: issue.line ?? null, column: issue.column ?? null, path: issue.path, code: issue.code, message: issue.message };
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
    if (entry.doc) found.push(...checkPolicyDocument(entry.doc, { fileName: entry.file, presets }).issues);
    found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    problems.push(...found.map((issue) => problem(entry.file, issue)));
  }

  if (options.json === true) {
    printJson(io, problems);
  } else if (problems.length === 0) {
    printLines(io, [`${files.length} preset file${files.length === 1 ? '' : 's'} checked: no problems.`]);
  } else {
    printLines(
      io,
      problems.map((p) => `${p.line === null ? p.file : `${p.file}:${p.line}:${p.column}`}  ${p.path || '(file)'}  ${p.message}`),
    );
    const failing = new Set(problems.map((p) => p.file)).size;
    io.stderr(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${failing} of ${files.length} file${files.length === 1 ? '' : 's'}.\n`,
    );
  }
  return problems.length === 0 ? 0 : 1;
}

/** The `validate` command. */
export const command: Command = {
  name: 'validate',
  summary: 'check policy preset files (YAML or JSON) and list every problem',
  usage,
  run,
};
