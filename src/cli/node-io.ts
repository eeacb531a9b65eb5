/**
 * The real `CliIo`: files through the `/node` entry's safe reader and writer (size limit, regular files only or `-`
 * for standard input, UTF-16 refused, output written to a temporary file and renamed).
 *
 * @module
 */
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
  };
}
