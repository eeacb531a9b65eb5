/**
 * The real `CliIo`: files through the `/node` entry's safe reader and writer (size limit, regular files only or `-`
 * for standard input, UTF-16 refused, output written to a temporary file and renamed).
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { readTextFile, sniffUtf16, writeTextFile } from '../node/index.js';
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
        // The text is checked as the safe reader checks a whole file (UTF-16 or UTF-32, or bytes that are not UTF-8,
        // are refused): when a piece shows either, the safe reader reads the file and throws its own typed error with
        // its words (the line of the first bad byte). A character split between two pieces is held back.
        const refuse = async (): Promise<never> => {
          await readTextFile(path, { maxBytes: Infinity, label: '--cases' });
          throw new Error('unreachable: the safe reader refuses what is not UTF-8');
        };
        let held: Buffer | undefined;
        let first = true;
        for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
          if (first) {
            first = false;
            if (sniffUtf16(chunk) !== undefined) await refuse();
          }
          const bytes = held === undefined ? chunk : Buffer.concat([held, chunk]);
          const end = completeUtf8(bytes);
          if (!isUtf8(bytes.subarray(0, end))) await refuse();
          held = end === bytes.length ? undefined : Buffer.from(bytes.subarray(end));
          // Node's own UTF-8 decoder (as readFile(path, 'utf8')), several times faster than TextDecoder on ASCII.
          yield { text: bytes.toString('utf8', 0, end), bytes: chunk.length };
        }
        if (held !== undefined) await refuse();
      }
      return { bytes: size, pieces: pieces() };
    },
  };
}

/**
 * The length of the start of `bytes` that holds whole UTF-8 characters: the bytes of a character cut off at the end
 * (a lead byte and fewer continuation bytes than it announces) are left out, to be read with the next piece.
 */
function completeUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  // Back over at most three continuation bytes (10xxxxxx) to the lead byte of the last character.
  let k = n - 1;
  while (k >= 0 && k >= n - 4 && (bytes[k]! & 0xc0) === 0x80) k--;
  if (k < 0) return n;
  const lead = bytes[k]!;
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return size > n - k ? k : n;
}
