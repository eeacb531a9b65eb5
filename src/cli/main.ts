/**
 * Entry point of the `statutory-complaints` command (built to dist/cli/main.js with a shebang).
 * All behaviour lives in `run.ts`; this file only connects it to the process.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { runCli } from './run.js';
import type { CliIo } from './types.js';

/**
 * When whoever reads our output goes away (`statutory-complaints policies | head`), writing fails with EPIPE.
 * That is not an error of this program, so it is not reported with a stack trace. Standard output closed: stop
 * quietly with exit code 0, as `head` users expect. Standard error closed: there is nowhere to write the message,
 * so it is dropped and the command ends with its own exit code. Any other stream error is still thrown.
 */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
  async readFileInPieces(path) {
    const { size } = await stat(path);
    async function* pieces() {
      const decoder = new TextDecoder('utf-8'); // as readFile(path, 'utf8'): a bad byte becomes U+FFFD
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
        yield { text: decoder.decode(chunk, { stream: true }), bytes: chunk.length };
      }
      const tail = decoder.decode();
      if (tail !== '') yield { text: tail, bytes: 0 };
    }
    return { bytes: size, pieces: pieces() };
  },
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
