/**
 * `statutory-complaints policies`: the built-in policy presets, and one of them resolved (`policies show <id>`).
 *
 * @module
 */
import { policyToYaml } from '../../node/index.js';
import { getPolicy, listPolicies } from '../../policies/index.js';
import { parseArgs, UsageError } from '../args.js';
import { formatTable, printJson, printLine, printLines } from '../output.js';
import type { CliIo, Command } from '../types.js';

const OPTIONS = { json: { type: 'boolean' } } as const;

const usage = `Usage:
  statutory-complaints policies [--json]
  statutory-complaints policies show <id> [--json]

Lists the built-in policy presets: id, title, jurisdiction, case types, the preset each extends, and the sources
each cites. 'show' prints one preset resolved: with the preset it extends merged in and defaults filled in.

Options:
  --json      print JSON: for the list, an array of { "id", "title", "jurisdiction", "caseTypes", "sources",
              "extends" }; for 'show', the resolved policy
  -h, --help  show this help

Examples:
  statutory-complaints policies
  statutory-complaints policies show dudley
  statutory-complaints policies show england-children-2006 --json > my-council.json
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

function show(io: CliIo, id: string, json: boolean): number {
  const policy = getPolicy(id);
  if (json) {
    printJson(io, policy);
    return 0;
  }
  const parent = listPolicies().find((p) => p.id === id)?.extends;
  printLine(io, `# ${policy.id}: ${policy.title}`);
  printLine(io, parent ? `# Resolved: built on ${parent}, merged in, with defaults filled in.` : '# Resolved, with defaults filled in.');
  io.stdout(policyToYaml(policy));
  return 0;
}

function run(args: readonly string[], io: CliIo): number {
  const { options, positionals } = parseArgs(args, OPTIONS);
  const json = options.json === true;
  if (positionals.length === 0) return list(io, json);
  if (positionals[0] !== 'show') throw new UsageError(`unknown subcommand '${positionals[0]}' (expected 'show <id>')`);
  if (positionals.length < 2) throw new UsageError('missing argument <id>');
  if (positionals.length > 2) throw new UsageError('too many arguments (expected show <id>)');
  return show(io, positionals[1]!, json);
}

/** The `policies` command. */
export const command: Command = {
  name: 'policies',
  summary: 'list the built-in policy presets, or show one resolved',
  usage,
  run,
};
