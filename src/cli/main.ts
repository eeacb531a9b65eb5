/**
 * Entry point of the `statutory-complaints` command (built to dist/cli/main.js with a shebang).
 * All behaviour lives in `run.ts`; this file only connects it to the process.
 *
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { runCli } from './run.js';
import type { CliIo } from './types.js';

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
};

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`statutory-complaints: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
