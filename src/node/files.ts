/**
 * Reading and writing the files the library and its command line are given, safely: a size limit checked before
 * anything is parsed, only regular files (a pipe or device named as a file is refused instead of blocking), UTF-16
 * recognised and refused with what to do, and output written to a temporary file beside the target and then renamed
 * over it, so an existing file is never lost or left half-written. Failures are typed errors that name the file and
 * say the reason in plain words.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StatutoryComplaintsError } from '../errors.js';

/**
 * The largest preset, role directory, values, mapping or feed file read by default: 1 MiB (1,048,576 bytes). A preset
 * is a few kilobytes and GOV.UK's bank-holidays feed about 20 KB, so this leaves a wide margin while keeping memory
 * bounded (a YAML parser needs 20 to 40 times a file's size). Raise it with `maxBytes` (the CLI's `--max-file-size`).
 *
 * @example
 * import { DEFAULT_MAX_FILE_SIZE } from 'statutory-complaints/node';
 * DEFAULT_MAX_FILE_SIZE //=> 1048576
 */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/**
 * A file could not be read or written: it does not exist, is a folder, is not allowed, the disk is full, or it is a
 * pipe or device rather than a regular file. The message names the file and the reason in plain words; `reason` is a
 * stable code for it. The command line exits with status 3 for this error.
 *
 * @example
 * import { readTextFile, FileAccessError } from 'statutory-complaints/node';
 * const caught = await readTextFile('/nonexistent/council.yaml').catch((e) => e);
 * caught instanceof FileAccessError //=> true
 * caught.reason //=> 'not-found'
 * caught.message //=> 'path: cannot read /nonexistent/council.yaml: there is no such file. Check the name and the folder.'
 */
export class FileAccessError extends StatutoryComplaintsError {
  /** The file as it was named. */
  readonly file: string;
  /** Whether reading or writing failed. */
  readonly operation: 'read' | 'write';
  /**
   * Why: `not-found`, `folder-missing`, `is-folder`, `not-allowed`, `disk-full`, `read-only`, `not-regular`,
   * `name-too-long`, or `system` (another refusal from the system, its code in the message).
   */
  readonly reason: string;
  constructor(path: string, file: string, operation: 'read' | 'write', reason: string, words: string) {
    super('file-access', path, `${path}: cannot ${operation} ${file}: ${words}`);
    this.file = file;
    this.operation = operation;
    this.reason = reason;
  }
}

/**
 * A file is larger than the limit for its kind, checked before it is parsed. The message gives the size and the
 * limit; raise the limit with `maxBytes` (the CLI's `--max-file-size`) if the file is really meant to be that big.
 *
 * @example
 * import { FileTooLargeError } from 'statutory-complaints/node';
 * const e = new FileTooLargeError('--policy', 'big.yaml', 52428800, 1048576);
 * e.code //=> 'file-too-large'
 * e.message //=> '--policy: big.yaml is 50 MiB (52428800 bytes), over the limit of 1 MiB (1048576 bytes) for this kind of file. A preset, role directory, values, mapping or feed file is a few kilobytes: check it is the right file, or raise the limit (--max-file-size on the command line, maxBytes in code).'
 */
export class FileTooLargeError extends StatutoryComplaintsError {
  readonly file: string;
  /** The size found, in bytes (at least this many bytes, when the size is not known in advance). */
  readonly size: number;
  /** The limit, in bytes. */
  readonly limit: number;
  constructor(path: string, file: string, size: number, limit: number, atLeast = false) {
    super(
      'file-too-large',
      path,
      `${path}: ${file} is ${atLeast ? 'more than ' : ''}${formatBytes(size)}, over the limit of ${formatBytes(limit)} for this kind of file. ` +
        'A preset, role directory, values, mapping or feed file is a few kilobytes: check it is the right file, or raise the limit (--max-file-size on the command line, maxBytes in code).',
    );
    this.file = file;
    this.size = size;
    this.limit = limit;
  }
}

/**
 * A text file is not UTF-8: it is UTF-16 or UTF-32 (as some spreadsheet and Windows programs save "Unicode text"),
 * or holds bytes that are not UTF-8 at all. The message says which, and to save the file as UTF-8.
 *
 * @example
 * import { decodeText, FileEncodingError } from 'statutory-complaints/node';
 * let caught;
 * try { decodeText(new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]), 'policy.yaml', 'path'); } catch (e) { caught = e; }
 * caught instanceof FileEncodingError //=> true
 * caught.encoding //=> 'UTF-16'
 */
export class FileEncodingError extends StatutoryComplaintsError {
  readonly file: string;
  /** `UTF-16`, `UTF-32`, or `not UTF-8`. */
  readonly encoding: string;
  constructor(path: string, file: string, encoding: string, detail: string) {
    super('file-encoding', path, `${path}: ${file} ${detail} Save it as UTF-8 (in Excel: "CSV UTF-8"; in a text editor: encoding UTF-8) and try again.`);
    this.file = file;
    this.encoding = encoding;
  }
}

/** `1.5 MiB (1572864 bytes)`: a size people read, and the exact figure. */
function formatBytes(n: number): string {
  const units: readonly [number, string][] = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units) {
    if (n >= size) return `${Number((n / size).toFixed(1))} ${unit} (${n} bytes)`;
  }
  return `${n} byte${n === 1 ? '' : 's'}`;
}

/**
 * Reads a size written for `--max-file-size`: a whole number of bytes, or with a unit `K`/`KB`/`KiB`, `M`/`MB`/`MiB`
 * or `G`/`GB`/`GiB` (all multiples of 1024). Returns `undefined` for anything else.
 *
 * @example
 * import { parseByteSize } from 'statutory-complaints/node';
 * parseByteSize('5M') //=> 5242880
 * parseByteSize('200KB') //=> 204800
 * parseByteSize('12') //=> 12
 * parseByteSize('lots') //=> undefined
 */
export function parseByteSize(text: string): number | undefined {
  const m = /^\s*(\d{1,15})\s*(?:(k|m|g)(?:i?b)?|b)?\s*$/i.exec(text);
  if (!m) return undefined;
  const scale = m[2] === undefined ? 1 : 1024 ** ('kmg'.indexOf(m[2].toLowerCase()) + 1);
  const n = Number(m[1]) * scale;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/** Plain words for a system error code, when reading or writing. */
function reasonFor(code: string | undefined, operation: 'read' | 'write'): [reason: string, words: string] {
  switch (code) {
    case 'ENOENT':
      return operation === 'read'
        ? ['not-found', 'there is no such file. Check the name and the folder.']
        : ['folder-missing', 'the folder it would go in does not exist. Create the folder first, or check the path.'];
    case 'ENOTDIR':
      return ['folder-missing', 'a part of the path that should be a folder is a file. Check the path.'];
    case 'EISDIR':
      return ['is-folder', `it is a folder. Give the name of a file${operation === 'write' ? ' inside it, e.g. report.csv' : ''}.`];
    case 'EACCES':
    case 'EPERM':
      return ['not-allowed', `this is not allowed (no permission to ${operation} there). Choose another place, or ask for access.`];
    case 'EROFS':
      return ['read-only', 'the disk is read-only. Choose another place.'];
    case 'ENOSPC':
      return ['disk-full', 'the disk is full. Free some space or choose another disk.'];
    case 'EDQUOT':
      return ['disk-full', 'your disk quota is used up. Free some space or choose another disk.'];
    case 'ENAMETOOLONG':
      return ['name-too-long', 'the name is too long. Choose a shorter one.'];
    case 'EIO':
      return ['system', 'the system could not do it (an input/output error, EIO). If this is a system file, choose another place.'];
    default:
      return ['system', `the system refused${code ? ` (${code})` : ''}. Check the path and try again.`];
  }
}

/**
 * The {@link FileAccessError} for a failure of Node's file system functions (their `code`, e.g. `ENOENT`), for code
 * that reads or writes files its own way and wants the same plain-words message.
 *
 * @param error - what the file system function threw.
 * @param path - the argument or option to name, e.g. `--out`.
 * @param file - the file as it was named.
 * @param operation - `read` or `write`.
 * @example
 * import { toFileAccessError } from 'statutory-complaints/node';
 * toFileAccessError({ code: 'ENOSPC' }, '--out', 'q1.csv', 'write').message //=> '--out: cannot write q1.csv: the disk is full. Free some space or choose another disk.'
 */
export function toFileAccessError(error: unknown, path: string, file: string, operation: 'read' | 'write'): FileAccessError {
  return accessError(error, path, file, operation);
}

function accessError(error: unknown, path: string, file: string, operation: 'read' | 'write'): FileAccessError {
  const code = (error as { code?: unknown } | null)?.code;
  const [reason, words] = reasonFor(typeof code === 'string' ? code : undefined, operation);
  return new FileAccessError(path, file, operation, reason, words);
}

function kindOf(s: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  return s.isFIFO() ? 'a pipe (FIFO)' : s.isCharacterDevice() || s.isBlockDevice() ? 'a device' : s.isSocket() ? 'a socket' : 'not a regular file';
}

/** Options of {@link readTextFile}. */
export interface ReadTextFileOptions {
  /** Refuse a file larger than this many bytes, before reading it (default {@link DEFAULT_MAX_FILE_SIZE}; `Infinity`: no limit). */
  readonly maxBytes?: number;
  /** The argument or option to name in an error (default `path`), e.g. `--policy`. */
  readonly label?: string;
  /** Whether `-` means standard input (default false: `-` is a file named `-`). */
  readonly stdin?: boolean;
}

/**
 * Reads a UTF-8 text file, safely: only a regular file (a folder, pipe, device or socket is refused at once, without
 * blocking), no larger than `maxBytes` (checked before reading, and again while reading, so a file that grows is
 * still bounded), and UTF-16, UTF-32 or bytes that are not UTF-8 are refused with what to do. A UTF-8 byte order mark
 * is removed. With `stdin: true`, `-` reads standard input, with the same limit.
 *
 * @param file - the file's path (relative to the working directory), or `-`.
 * @throws {@link FileAccessError} when the file cannot be read (missing, a folder, not allowed, a pipe or device).
 * @throws {@link FileTooLargeError} when it is over the limit.
 * @throws {@link FileEncodingError} when it is not UTF-8 text.
 *
 * @example
 * import { readTextFile } from 'statutory-complaints/node';
 * const caught = await readTextFile('/dev/zero', { label: '--policy' }).catch((e) => e);
 * caught.reason //=> 'not-regular'
 * caught.message //=> '--policy: cannot read /dev/zero: it is a device, not a regular file. Give the path of a file.'
 */
export async function readTextFile(file: string, options: ReadTextFileOptions = {}): Promise<string> {
  const label = options.label ?? 'path';
  const limit = options.maxBytes ?? DEFAULT_MAX_FILE_SIZE;
  if (file === '-' && options.stdin === true) return decodeText(await readStream(process.stdin, label, 'standard input', limit), 'standard input', label);
  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a pipe with no writer returns at once instead of waiting; it is then refused below.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw accessError(error, label, file, 'read');
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw accessError({ code: 'EISDIR' }, label, file, 'read');
    if (!info.isFile()) {
      const stdin = options.stdin === true ? ', or - for standard input' : '';
      throw new FileAccessError(label, file, 'read', 'not-regular', `it is ${kindOf(info)}, not a regular file. Give the path of a file${stdin}.`);
    }
    if (info.size > limit) throw new FileTooLargeError(label, file, info.size, limit);
    // Read at most limit + 1 bytes: files whose size the system does not report (e.g. under /proc) stay bounded too.
    const cap = Number.isFinite(limit) ? limit + 1 : Infinity;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(cap - total, 64 * 1024);
      if (want <= 0) break;
      const buffer = Buffer.alloc(want);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, want, null));
      } catch (error) {
        throw accessError(error, label, file, 'read');
      }
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? buffer : buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > limit) throw new FileTooLargeError(label, file, limit, limit, true);
    return decodeText(Buffer.concat(chunks, total), file, label);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function readStream(stream: NodeJS.ReadableStream, label: string, file: string, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buffer.length;
    if (total > limit) throw new FileTooLargeError(label, file, limit, limit, true);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, total);
}

/**
 * What a text's first bytes say about its encoding, when it is not UTF-8: `UTF-16` or `UTF-32` from a byte order
 * mark, or `UTF-16` from the pattern of NUL bytes (every other byte NUL, as in ASCII text saved as UTF-16 without a
 * mark). `undefined` when it may be UTF-8.
 *
 * @example
 * import { sniffUtf16 } from 'statutory-complaints/node';
 * sniffUtf16(new Uint8Array([0x69, 0x00, 0x64, 0x00, 0x3a, 0x00])) //=> 'UTF-16'
 * sniffUtf16(new TextEncoder().encode('id: x')) //=> undefined
 */
export function sniffUtf16(bytes: Uint8Array): 'UTF-16' | 'UTF-32' | undefined {
  const [a, b, c, d] = bytes;
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff)) return 'UTF-32';
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'UTF-16';
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 2) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) even++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) odd++;
  }
  const pairs = n / 2;
  return even >= pairs * 0.3 || odd >= pairs * 0.3 ? 'UTF-16' : undefined;
}

/**
 * Decodes a file's bytes as UTF-8 (removing a byte order mark), refusing UTF-16, UTF-32 and bytes that are not UTF-8
 * with a {@link FileEncodingError} that says what to do.
 *
 * @param bytes - the file's content.
 * @param file - the file's name, for the message.
 * @param label - the argument or option to name in the error.
 * @example
 * import { decodeText } from 'statutory-complaints/node';
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64]), 'x.yaml', 'path') //=> 'id'
 */
export function decodeText(bytes: Uint8Array, file: string, label: string): string {
  const wide = sniffUtf16(bytes);
  if (wide !== undefined) {
    throw new FileEncodingError(label, file, wide, `is saved as ${wide} ("Unicode text"), not UTF-8.`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // The line of the first byte that is not UTF-8 (the content itself is never quoted).
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    for (let k = 0; k < bad; k++) if (bytes[k] === 0x0a) line++;
    throw new FileEncodingError(
      label,
      file,
      'not UTF-8',
      `is not UTF-8 text (the first byte that is not UTF-8 is on line ${line}; it may be saved as Windows-1252 or Latin-1).`,
    );
  }
}

/** The offset of the first byte that does not start or continue a UTF-8 sequence (approximate: for messages). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    const n = x < 0x80 ? 0 : x >= 0xc2 && x < 0xe0 ? 1 : x >= 0xe0 && x < 0xf0 ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}

/** Options of {@link writeTextFile}. */
export interface WriteTextFileOptions {
  /** The argument or option to name in an error (default `path`), e.g. `--out`. */
  readonly label?: string;
}

/**
 * Writes a UTF-8 text file without ever leaving it half-written: the text goes to a temporary file beside the target
 * (in the same folder), is flushed to disk, and is then renamed over the target in one step. If anything fails, the
 * temporary file is removed and an existing file of that name is left as it was. A target that exists and is not a
 * regular file (e.g. `/dev/stdout`, a pipe) is written directly, since it cannot be replaced.
 *
 * @param file - the path to write.
 * @param text - the content.
 * @throws {@link FileAccessError} naming the file and the reason (a folder, the folder missing, not allowed, disk full).
 *
 * @example
 * import { writeTextFile } from 'statutory-complaints/node';
 * const caught = await writeTextFile('/nonexistent/x.csv', 'a,b\r\n', { label: '--out' }).catch((e) => e);
 * caught.reason //=> 'folder-missing'
 * caught.message //=> '--out: cannot write /nonexistent/x.csv: the folder it would go in does not exist. Create the folder first, or check the path.'
 */
export async function writeTextFile(file: string, text: string, options: WriteTextFileOptions = {}): Promise<void> {
  const label = options.label ?? 'path';
  if (file === '' || file.endsWith('/')) {
    const folder = file === '' ? undefined : await stat(file).catch(() => undefined);
    if (folder?.isDirectory() === true) throw accessError({ code: 'EISDIR' }, label, file, 'write');
    if (file !== '') throw accessError({ code: 'ENOENT' }, label, file, 'write');
    throw new FileAccessError(label, file, 'write', 'not-found', 'no file name was given. Give the name of a file, e.g. report.csv.');
  }
  const existing = await stat(file).catch((error: { code?: string }) => {
    if (error.code === 'ENOENT') return undefined;
    throw accessError(error, label, file, 'write');
  });
  if (existing?.isDirectory()) throw accessError({ code: 'EISDIR' }, label, file, 'write');
  if (existing !== undefined && !existing.isFile()) {
    await writeDirect(file, text, label);
    return;
  }
  const folder = dirname(file);
  const temporary = join(folder, `.${basename(file)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(temporary, 'wx', existing ? existing.mode & 0o777 : 0o666);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') {
      const dir = await stat(folder).catch(() => undefined);
      if (dir?.isDirectory() === true) {
        throw new FileAccessError(
          label,
          file,
          'write',
          'not-allowed',
          'this is not allowed (new files cannot be made in that folder, a system folder). Choose another place.',
        );
      }
    }
    throw accessError(error, label, file, 'write');
  }
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw accessError(error, label, file, 'write');
  }
}

async function writeDirect(file: string, text: string, label: string): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'w');
  } catch (error) {
    throw accessError(error, label, file, 'write');
  }
  try {
    await handle.writeFile(text, 'utf8');
  } catch (error) {
    throw accessError(error, label, file, 'write');
  } finally {
    await handle.close().catch(() => undefined);
  }
}
