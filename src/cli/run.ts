/**
 * The command-line runner: dispatches `statutory-complaints <command> [args]` to a command from the registry,
 * prints help and the version, and turns errors into exit codes:
 * 0 success; 1 a domain error from the library (a `StatutoryComplaintsError` or a `RangeError`), one line on stderr
 * (also an unexpected internal error, with its stack); 2 a usage error (unknown command or option, missing argument),
 * one line plus a pointer to `--help`; 3 a file could not be read or written (`FileAccessError`: missing, a folder,
 * not allowed, disk full, a pipe or device), one line naming the file and the reason.
 * The global option `--max-file-size <size>` (anywhere before `--`) sets the size limit of the files commands read.
 *
 * @module
 */
import { version } from '../../package.json';
import { PolicyValidationError, StatutoryComplaintsError } from '../errors.js';
import { FileAccessError, parseByteSize } from '../node/index.js';
import { UsageError, wantsHelp } from './args.js';
import * as registry from './commands/index.js';
import { MAX_FILE_SIZE_HELP } from './files.js';
import { formatTable } from './output.js';
import type { CliIo, Command } from './types.js';

/** Every registered command, sorted by name. */
export const commands: readonly Command[] = Object.values(registry as Record<string, Command>).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** The program name, as installed by the package's `bin`. */
export const PROGRAM = 'statutory-complaints';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, domain: 1, usage: 2, io: 3 } as const;

/** The top-level help text: usage and the list of commands. */
export function topLevelHelp(list: readonly Command[] = commands): string {
  const table = formatTable(
    ['command', 'what it does'],
    list.map((c) => [c.name, c.summary]),
  ).slice(2);
  return [
    `${PROGRAM} ${version}: UK statutory complaint rules on the command line.`,
    '',
    'Usage:',
    `  ${PROGRAM} <command> [arguments] [options]`,
    `  ${PROGRAM} <command> --help     help for one command`,
    `  ${PROGRAM} --version            the package version`,
    '',
    'Commands:',
    ...table.map((l) => `  ${l}`),
    '',
    'Global options:',
    MAX_FILE_SIZE_HELP,
    '',
    'Dates are YYYY-MM-DD. Exit codes: 0 success, 1 the input broke a rule (message on stderr), 2 usage error,',
    '3 a file could not be read or written (missing, a folder, not allowed, disk full, a pipe or device).',
    'See docs/limits-and-errors.md.',
    '',
  ].join('\n');
}

function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return nl === -1 ? text : text.slice(0, nl);
}

/** The message printed for a domain error: the library's message (validation errors keep their issue list). */
function domainMessage(error: Error): string {
  if (error instanceof PolicyValidationError && error.fileName !== undefined) {
    // A preset file's problems as 'statutory-complaints validate' lists them: file:line:col  path  message.
    const file = error.fileName;
    const lines = error.issues.map((i) => `  ${i.line === undefined ? file : `${file}:${i.line}:${i.column ?? 1}`}  ${i.path || '(file)'}  ${i.message}`);
    return [`the preset file ${file} has ${error.issues.length} problem${error.issues.length === 1 ? '' : 's'}:`, ...lines].join('\n');
  }
  const hasIssues = Array.isArray((error as { issues?: unknown }).issues);
  return hasIssues ? error.message : firstLine(error.message);
}

/**
 * Runs the CLI with the arguments after the program name and returns the exit code.
 * Never throws for bad input; an unexpected internal error is reported on stderr with exit code 1.
 */
export async function runCli(argv: readonly string[], ioIn: CliIo, list: readonly Command[] = commands): Promise<number> {
  let global;
  try {
    global = takeMaxFileSize(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    ioIn.stderr(`${PROGRAM}: ${error.message}\nRun '${PROGRAM} --help' for the global options.\n`);
    return EXIT.usage;
  }
  const io: CliIo = global.maxFileSize === undefined ? ioIn : { ...ioIn, maxFileSize: global.maxFileSize };
  const [first, ...rest] = global.argv;
  if (first === undefined) {
    io.stderr(`${PROGRAM}: missing command\nRun '${PROGRAM} --help' for the list of commands.\n`);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    io.stdout(topLevelHelp(list));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  let name = first;
  let args = rest;
  if (first === 'help') {
    if (rest[0] === undefined) {
      io.stdout(topLevelHelp(list));
      return EXIT.ok;
    }
    name = rest[0];
    args = ['--help'];
  }
  const command = list.find((c) => c.name === name);
  if (!command) {
    const what = name.startsWith('-') ? `unknown option '${name}'` : `unknown command '${name}'`;
    io.stderr(`${PROGRAM}: ${what}\nRun '${PROGRAM} --help' for the list of commands.\n`);
    return EXIT.usage;
  }
  if (wantsHelp(args)) {
    io.stdout(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const cmd = error.command ?? command.name;
      io.stderr(`${PROGRAM} ${command.name}: ${error.message}\nRun '${PROGRAM} ${cmd} --help' for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof FileAccessError) {
      io.stderr(`${PROGRAM} ${command.name}: ${firstLine(error.message)}\n`);
      return EXIT.io;
    }
    if (error instanceof StatutoryComplaintsError || error instanceof RangeError) {
      io.stderr(`${PROGRAM} ${command.name}: ${domainMessage(error)}\n`);
      return EXIT.domain;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`${PROGRAM} ${command.name}: internal error (please report it): ${detail}\n`);
    return EXIT.domain;
  }
}

/** Removes the global `--max-file-size <size>` (or `=size`) from the arguments before `--`, reading its value. */
function takeMaxFileSize(argv: readonly string[]): { argv: string[]; maxFileSize: number | undefined } {
  const out: string[] = [];
  let maxFileSize: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.push(...argv.slice(i));
      break;
    }
    if (arg !== '--max-file-size' && !arg.startsWith('--max-file-size=')) {
      out.push(arg);
      continue;
    }
    const value = arg === '--max-file-size' ? argv[++i] : arg.slice('--max-file-size='.length);
    if (value === undefined) throw new UsageError("option '--max-file-size' needs a value");
    if (maxFileSize !== undefined) throw new UsageError("option '--max-file-size' was given more than once");
    const bytes = parseByteSize(value);
    if (bytes === undefined) throw new UsageError("option '--max-file-size' must be a size in bytes, or with K, M or G (e.g. 5M)");
    maxFileSize = bytes;
  }
  return { argv: out, maxFileSize };
}
