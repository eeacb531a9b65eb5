/**
 * The contract between the command-line runner and its commands. A command is one module in `src/cli/commands/`
 * exporting a {@link Command}; it is listed once in `src/cli/commands/index.ts`.
 *
 * @module
 */

/**
 * Everything a command may do to the outside world. The real CLI wires these to the process; tests pass fakes.
 * `stdout` and `stderr` write their text exactly as given (include the trailing `\n`; see `output.ts` helpers).
 */
export interface CliIo {
  /** Writes text to standard output, as is. */
  stdout(text: string): void;
  /** Writes text to standard error, as is. */
  stderr(text: string): void;
  /**
   * Reads a UTF-8 text file (relative paths are relative to the working directory). The real CLI refuses a file over
   * `maxBytes` before reading it, anything but a regular file (or `-`, standard input, when `stdin` is true), and
   * UTF-16; it throws the `/node` entry's file errors, naming `label`.
   */
  readFile(path: string, options?: { readonly maxBytes?: number; readonly label?: string; readonly stdin?: boolean }): Promise<string>;
  /**
   * Writes a UTF-8 text file (relative paths are relative to the working directory). The real CLI writes a temporary
   * file beside it and renames it, so an existing file is never half-written, and throws `FileAccessError` naming `label`.
   */
  writeFile(path: string, text: string, options?: { readonly label?: string }): Promise<void>;
  /** The limit for preset, role directory, values, mapping and feed files, in bytes (set by `--max-file-size`). */
  readonly maxFileSize?: number;
  /**
   * Reads a UTF-8 text file a piece at a time, for inputs too large to hold at once (the case lists of `report`):
   * its size in bytes, and its pieces, each with the number of bytes it was decoded from. Optional: without it
   * (e.g. in tests' fakes), commands read the whole file with `readFile`.
   */
  readFileInPieces?(path: string): Promise<FileInPieces>;
}

/** A file read a piece at a time (see {@link CliIo.readFileInPieces}). */
export interface FileInPieces {
  readonly bytes: number;
  readonly pieces: AsyncIterable<{ readonly text: string; readonly bytes: number }>;
}

/** One `statutory-complaints <name> …` command. */
export interface Command {
  /** The word typed after `statutory-complaints`, e.g. `workdays`. Lower case, no spaces. */
  readonly name: string;
  /** One line shown in the top-level command list. */
  readonly summary: string;
  /** Full help text printed for `statutory-complaints <name> --help` (usage lines, options, examples). */
  readonly usage: string;
  /**
   * Runs the command with the arguments after its name (`--help`/`-h` are handled before `run` is called).
   * Returns the exit code: 0 on success. Throw a `UsageError` (from `../args.js`) for bad usage (exit 2); let the
   * library's errors propagate for domain failures (exit 1, one-line message).
   */
  run(args: readonly string[], io: CliIo): Promise<number> | number;
}
