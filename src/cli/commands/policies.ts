/**
 * `statutory-complaints policies`: the built-in policy presets; one preset (built-in or a file) resolved, with
 * where every value comes from (`policies show`); and the differences between two presets in words
 * (`policies diff`).
 *
 * @module
 */
import { basename } from 'node:path';
import { Document, isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { diffPolicies, listPolicies, type ExplainedPolicy, type ValueOrigin } from '../../policies/index.js';
import { parseArgs, UsageError } from '../args.js';
import { formatTable, printJson, printLine, printLines } from '../output.js';
import { loadPolicyOption } from '../policy-option.js';
import type { CliIo, Command } from '../types.js';

const OPTIONS = { json: { type: 'boolean' } } as const;

const usage = `Usage:
  statutory-complaints policies [--json]
  statutory-complaints policies show <id|file> [--json]
  statutory-complaints policies diff <base id|file> <id|file> [--json]

Lists the built-in policy presets: id, title, jurisdiction, case types, the preset each extends, and the sources
each cites.

'show' prints one preset resolved (a built-in id, or your own preset file): the presets it is built on merged in,
defaults filled in, any warning where it goes beyond a statutory limit, and after every value the file and line
that set it (# default: filled in by the library).

'diff' lists what the second preset changes, adds and removes compared with the first, one sentence a line, e.g.
"stage-1 timescale: 10 working days → 15" or "reminder third-overdue-reminder removed".

Options:
  --json      print JSON: for the list, an array of { "id", "title", "jurisdiction", "caseTypes", "sources",
              "extends" }; for 'show', { "policy", "lineage", "warnings", "origins" } (origins: one
              { "path", "preset", "file", "line", "column" } per value); for 'diff', an array of
              { "path", "kind", "text" } (kind: added, removed or changed)
  -h, --help  show this help

Examples:
  statutory-complaints policies
  statutory-complaints policies show dudley
  statutory-complaints policies show my-council.yaml
  statutory-complaints policies diff dudley my-council.yaml
`;

function list(io: CliIo, json: boolean): number {
  const presets = listPolicies();
  if (json) {
    printJson(io, presets);
    return 0;
  }
  if (presets.length === 0) {
    printLine(io, 'No built-in presets.');
    return 0;
  }
  printLines(
    io,
    formatTable(
      ['id', 'title', 'jurisdiction', 'case types', 'extends'],
      presets.map((p) => [p.id, p.title, p.jurisdiction, p.caseTypes.map((c) => c.id).join(', '), p.extends ?? '']),
    ),
  );
  printLine(io);
  printLine(io, 'Sources cited:');
  for (const p of presets) {
    printLine(io, `  ${p.id}`);
    printLines(
      io,
      p.sources.map((s) => `    - ${s}`),
    );
  }
  return 0;
}

/** Where a value comes from, as written after it: `my-council.yaml:12`, `dudley.yaml:45`, `default`. */
function originText(origin: ValueOrigin | undefined): string {
  if (origin === undefined || origin.preset === undefined) return ' default';
  const file = origin.file === undefined ? origin.preset : origin.file.startsWith('src/policies/presets/') ? basename(origin.file) : origin.file;
  return ` ${file}${origin.line === undefined ? '' : `:${origin.line}`}`;
}

/** The resolved policy as YAML, each value followed by a comment saying which file and line set it. */
function annotatedYaml(explained: ExplainedPolicy): string {
  const origins = new Map(explained.origins.map((o) => [o.path, o]));
  const doc = new Document(explained.policy, { aliasDuplicateObjects: false });
  const pathText = (path: readonly (string | number)[]) =>
    path.reduce<string>(
      (out, s) => (typeof s === 'number' ? `${out}[${s}]` : /^[A-Za-z0-9_-]+$/.test(s) ? (out === '' ? s : `${out}.${s}`) : `${out}[${JSON.stringify(s)}]`),
      '',
    );
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const childPath = [...path, String(pair.key.value)];
        const value = pair.value as Node | null;
        const origin = origins.get(pathText(childPath));
        if (origins.has(pathText(childPath)) || (isSeq(value) && value.items.length === 0)) {
          if (isSeq(value) && value.items.length === 0) value.flow = true;
          if (isScalar(value) && typeof value.value === 'string' && value.value.includes('\n')) (pair.key as Node).comment = originText(origin);
          else if (value) value.comment = originText(origin);
        } else walk(value, childPath);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    }
  };
  walk(doc.contents, []);
  return doc.toString({ lineWidth: 0 });
}

async function show(io: CliIo, target: string, json: boolean): Promise<number> {
  const explained = await loadPolicyOption(io, target, 'show');
  if (json) {
    printJson(io, { policy: explained.policy, lineage: explained.lineage, warnings: explained.warnings, origins: explained.origins });
    return 0;
  }
  const { policy, lineage, warnings } = explained;
  printLine(io, `# ${policy.id}: ${policy.title}`);
  printLine(
    io,
    lineage.length > 1 ? `# Resolved: built on ${lineage.slice(1).join(', then ')}, merged in, with defaults filled in.` : '# Resolved, with defaults filled in.',
  );
  printLine(io, '# After each value: the file and line that set it (default: filled in by the library).');
  for (const w of warnings) printLine(io, `# warning: ${w.message}${w.line === undefined ? '' : ` (line ${w.line})`}`);
  io.stdout(annotatedYaml(explained));
  return 0;
}

async function diff(io: CliIo, base: string, changed: string, json: boolean): Promise<number> {
  const a = await loadPolicyOption(io, base, 'diff');
  const b = await loadPolicyOption(io, changed, 'diff');
  const differences = diffPolicies(a.policy, b.policy);
  if (json) {
    printJson(io, differences);
    return 0;
  }
  if (differences.length === 0) {
    printLine(io, `${b.policy.id} does the same as ${a.policy.id}: no differences.`);
    return 0;
  }
  printLine(io, `${b.policy.id} compared with ${a.policy.id}: ${differences.length} difference${differences.length === 1 ? '' : 's'}`);
  printLines(
    io,
    differences.map((d) => `  - ${d.text}`),
  );
  return 0;
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS);
  const json = options.json === true;
  if (positionals.length === 0) return list(io, json);
  const [sub, ...rest] = positionals;
  if (sub === 'show') {
    if (rest.length < 1) throw new UsageError('missing argument <id|file>');
    if (rest.length > 1) throw new UsageError('too many arguments (expected show <id|file>)');
    return show(io, rest[0]!, json);
  }
  if (sub === 'diff') {
    if (rest.length < 2) throw new UsageError(rest.length === 0 ? 'missing argument <base id|file>' : 'missing argument <id|file>');
    if (rest.length > 2) throw new UsageError('too many arguments (expected diff <base id|file> <id|file>)');
    return diff(io, rest[0]!, rest[1]!, json);
  }
  throw new UsageError(`unknown subcommand '${sub}' (expected 'show <id|file>' or 'diff <base> <file>')`);
}

/** The `policies` command. */
export const command: Command = {
  name: 'policies',
  summary: 'list the built-in policy presets, show one (or your file) resolved, or the differences between two',
  usage,
  run,
};
