/**
 * The real `CliIo`: files through the `/node` entry's safe reader and writer (size limit, regular files only or `-`
 * for standard input, UTF-16 refused, output written to a temporary file and renamed).
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readTextFile, writeTextFile } from '../node/index.js';
import type { CliIo } from './types.js';

/** A `CliIo` writing to the given streams and reading and writing real files. */
export function createNodeIo(streams: { stdout(text: string): void; stderr(text: string): void }): CliIo {
  return {
    stdout: (text) => streams.stdout(text),
    stderr: (text) => streams.stderr(text),
    readFile: (path, options = {}) =>
      readTextFile(path, {
        stdin: options.stdin === true,
        ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
        ...(options.label === undefined ? {} : { label: options.label }),
      }),
    writeFile: (path, text, options = {}) => writeTextFile(path, text, options.label === undefined ? {} : { label: options.label }),
    // Case lists (large by nature) are read a piece at a time, with no size limit.
    async readFileInPieces(path) {
      // Only a regular file is streamed; anything else (a pipe, a device, a folder, a missing file) gets the safe
      // reader's own typed error, without blocking.
      const info = await stat(path).catch(() => undefined);
      if (info === undefined || !info.isFile()) {
        await readTextFile(path, { maxBytes: Infinity, label: '--cases' });
        throw new Error('unreachable: the safe reader refuses what is not a regular file');
      }
      const size = info.size;
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
}
