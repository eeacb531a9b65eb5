/**
 * Entry point of the `statutory-complaints` command (built to dist/cli/main.js with a shebang).
 * All behaviour lives in `run.ts`; this file only connects it to the process.
 *
 * @module
 */
import { writeSync } from 'node:fs';
import { toFileAccessError } from '../node/index.js';
import { createNodeIo } from './node-io.js';
import { EXIT, runCli } from './run.js';

/**
 * When whoever reads our output goes away (`statutory-complaints policies | head`), writing fails with EPIPE.
 * That is not an error of this program, so it is not reported with a stack trace. Standard output closed: stop
 * quietly with exit code 0, as `head` users expect. Standard error closed: there is nowhere to write the message,
 * so it is dropped and the command ends with its own exit code. Any other failure to write standard output
 * (`> /dev/full`: the disk is full; a closed descriptor) is an I/O failure: one line on standard error naming
 * the reason in plain words, exit code 3, no stack trace.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(EXIT.ok);
  const message = toFileAccessError(error, 'standard output', 'standard output', 'write').message.replace(/^standard output: /, '');
  try {
    writeSync(2, `statutory-complaints: ${message}\n`);
  } catch {
    // standard error is gone too: nothing more can be said.
  }
  process.exit(EXIT.io);
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.exitCode = EXIT.io;
});

const io = createNodeIo({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
});

runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode ??= code;
  },
  (error: unknown) => {
    process.stderr.write(`statutory-complaints: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
