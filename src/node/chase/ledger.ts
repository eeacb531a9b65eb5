/**
 * The chase ledger: an append-only JSON-lines file, one record per line, each flushed to disk (fsync) before the
 * next message is handled, never rewritten; and a lock file beside it so that two runs cannot write at once.
 *
 * Records: `run` (a run started: its window and transport), `attempted` (written before a message is handed to the
 * transport), `sent` (after the transport confirmed it, with its message id), `failed` (the transport refused it:
 * not delivered, tried again next run), `torn` (a note that the line before it was cut short by a crash and is
 * ignored). A message `attempted` with no later `sent` or `failed` is unconfirmed: it may or may not have gone, so
 * it is never sent again automatically (at most once); a person checks and may send it with `retryUnconfirmed`.
 *
 * @module
 */
import { isAscii } from 'node:buffer';
import { closeSync, fsyncSync, openSync, readFileSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { InvalidArgumentError, StatutoryComplaintsError } from '../../errors.js';

/** A run started. */
export interface RunRecord {
  readonly type: 'run';
  readonly at: string;
  readonly from: string;
  readonly to: string;
  readonly transport: string;
}
/** A message about to be handed to the transport. */
export interface AttemptedRecord {
  readonly type: 'attempted';
  readonly at: string;
  readonly key: string;
  readonly reference: string;
  readonly reminder: string;
  readonly date: string;
  readonly template: string;
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly transport: string;
}
/** The transport confirmed the message. */
export interface SentRecord {
  readonly type: 'sent';
  readonly at: string;
  readonly key: string;
  readonly messageId: string;
}
/** The transport refused the message (not delivered): it is tried again by the next run. */
export interface FailedRecord {
  readonly type: 'failed';
  readonly at: string;
  readonly key: string;
  readonly code: string;
}
/** The line before this record was cut short (a crash or power cut while it was written) and is ignored. */
export interface TornRecord {
  readonly type: 'torn';
  readonly at: string;
  readonly line: number;
}
/** One line of the ledger. */
export type LedgerRecord = RunRecord | AttemptedRecord | SentRecord | FailedRecord | TornRecord;

/**
 * The ledger could not be used: `bad-ledger` (a line that is not a record, named by its number), `ledger-locked`
 * (another run holds the lock file, named), `ledger-unreadable` or `ledger-unwritable`.
 *
 * @example
 * import { readLedgerText, LedgerError } from 'statutory-complaints/node';
 * let caught;
 * try { readLedgerText('{"type":"run","at":"2026-01-07T07:00:00Z","from":"2026-01-07","to":"2026-01-07","transport":"outbox"}\nnot json\n{"type":"run","at":"x","from":"2026-01-08","to":"2026-01-08","transport":"outbox"}\n', 'ledger.jsonl'); } catch (e) { caught = e; }
 * caught instanceof LedgerError //=> true
 * [caught.code, caught.line] //=> ['bad-ledger', 2]
 */
export class LedgerError extends StatutoryComplaintsError {
  /** The 1-based line at fault, when there is one. */
  readonly line: number | undefined;
  constructor(code: string, path: string, message: string, line?: number) {
    super(code, path, message);
    this.line = line;
  }
}

/**
 * Options of {@link readLedger}, {@link readLedgerText} and {@link openLedger}.
 *
 * @example
 * import { readLedgerText } from 'statutory-complaints/node';
 * const text = '{"type":"sent","at":"2026-01-07T07:00:01Z","key":"A|stage-1|due-date-reminder|2026-01-07","messageId":"<1@example.gov.uk>"}\n';
 * // Only the keys a run can ask about are looked up: the ledger's other keys are not collected.
 * [...readLedgerText(text, 'ledger.jsonl', { keys: new Set(['A|stage-1|due-date-reminder|2026-01-07', 'B|stage-1|first-reminder|2026-01-08']) }).sent] //=> ['A|stage-1|due-date-reminder|2026-01-07']
 */
export interface LedgerReadOptions {
  /**
   * The only keys to look up (for example the keys of the messages a run can produce, known before the ledger is
   * read): `sent` then holds those of them the ledger records as sent, not every key it holds, which is much faster
   * for a long ledger. Everything else is read as without it (unconfirmed messages, the last run, a torn last line,
   * the record count, and every line is still checked). Left out: every sent key.
   */
  readonly keys?: ReadonlySet<string> | undefined;
}

/** What the ledger says, read at the start of a run. */
export interface LedgerState {
  /** Keys of messages sent (confirmed by the transport); with the `keys` option, only those of the keys given. */
  readonly sent: ReadonlySet<string>;
  /** Messages attempted and never confirmed or refused, by key: check each, then send it with `retryUnconfirmed`. */
  readonly unconfirmed: ReadonlyMap<string, AttemptedRecord>;
  /** The window's last day of the latest run, if any (for `--since-last-run`). */
  readonly lastRunTo: string | undefined;
  /** A last line cut short by a crash, reported and ignored (its 1-based line number). */
  readonly tornLine: number | undefined;
  /** How many records were read. */
  readonly records: number;
}

const TYPES = new Set(['run', 'attempted', 'sent', 'failed', 'torn']);

function bad(path: string, line: number, rule: string): LedgerError {
  return new LedgerError(
    'bad-ledger',
    `${path}:${line}`,
    `${path}:${line}: ${rule}. The ledger is one JSON record per line, written only by the chase run; restore it from a backup, or move it aside to start a new one (every message would then be due again).`,
    line,
  );
}

/** The start of a `sent` record as this module writes it: its key is read without parsing the whole line. */
const SENT_PREFIX = '{"type":"sent","at":"';
const KEY_FIELD = '","key":"';
const MESSAGE_ID_FIELD = '","messageId":"';

/**
 * Reads a ledger line by line as its text arrives, in pieces of any size (a ledger is never read whole into one
 * string: a file of many millions of records would pass the longest string JavaScript can hold). Linear in the text:
 * each line is looked at once, and a `sent` line as this module writes it (the common line) is read without parsing
 * it, its key taken straight from the text.
 */
class LedgerReader {
  readonly sent = new Set<string>();
  readonly unconfirmed = new Map<string, AttemptedRecord>();
  lastRunTo: string | undefined;
  tornLine: number | undefined;
  records = 0;
  /** Whether the text read so far is empty or ends with a newline. */
  endsWithNewline = true;
  private pendingTorn: number | undefined;
  private line = 0;
  private carry = '';

  /**
   * @param keys - the only keys to collect in `sent` (see {@link LedgerReadOptions.keys}); the lines are read as
   *   without it.
   */
  constructor(
    private readonly path: string,
    private readonly keys?: ReadonlySet<string>,
  ) {
    if (keys !== undefined) {
      this.filter = new KeyFilter();
      for (const key of keys) this.filter.add(key);
    }
  }
  /** With `keys`: the hashes of the keys asked about and of every key attempted (whose `sent` line must be read). */
  private readonly filter: KeyFilter | undefined;

  /** Reads a piece of the text: its whole lines now, the last part line with the next piece. */
  push(piece: string): void {
    if (piece === '') return;
    const s = this.carry === '' ? piece : this.carry + piece;
    let start = 0;
    for (let nl = s.indexOf('\n', start); nl !== -1; nl = s.indexOf('\n', start)) {
      this.readLine(s, start, nl, false);
      start = nl + 1;
    }
    this.carry = start === 0 ? s : s.slice(start);
    this.endsWithNewline = this.carry === '';
  }

  /** The end of the text: a last line with no newline is read (a torn write when it is not a whole record). */
  end(): LedgerState {
    if (this.carry !== '') this.readLine(this.carry, 0, this.carry.length, true);
    this.carry = '';
    if (this.pendingTorn !== undefined) throw bad(this.path, this.pendingTorn, 'is not a ledger record');
    return { sent: this.sent, unconfirmed: this.unconfirmed, lastRunTo: this.lastRunTo, tornLine: this.tornLine, records: this.records };
  }

  private readLine(s: string, start: number, end: number, last: boolean): void {
    if (this.tornLine !== undefined) return;
    this.line++;
    if (s.charCodeAt(start) !== 0x7b && s.slice(start, end).trim() === '') return;
    const key = sentKeyAt(s, start, end, this.filter);
    if (key !== undefined) {
      if (this.pendingTorn !== undefined) throw bad(this.path, this.pendingTorn, 'is not a ledger record');
      this.records++;
      // null: a key neither asked about nor attempted (its hash says so), never taken out of the text.
      if (key === null) return;
      if (this.keys === undefined || this.keys.has(key)) this.sent.add(key);
      if (this.unconfirmed.size > 0) this.unconfirmed.delete(key);
      return;
    }
    let rec: LedgerRecord | undefined;
    try {
      const v = JSON.parse(s.slice(start, end)) as unknown;
      if (typeof v === 'object' && v !== null && TYPES.has((v as { type?: string }).type ?? '')) rec = v as LedgerRecord;
    } catch {
      rec = undefined;
    }
    if (rec === undefined) {
      if (last) {
        this.tornLine = this.line;
        return;
      }
      if (this.pendingTorn !== undefined) throw bad(this.path, this.pendingTorn, 'is not a ledger record');
      this.pendingTorn = this.line;
      return;
    }
    if (this.pendingTorn !== undefined) {
      if (rec.type !== 'torn' || rec.line !== this.pendingTorn) throw bad(this.path, this.pendingTorn, 'is not a ledger record');
      this.pendingTorn = undefined;
    }
    this.records++;
    const recKey = (rec as { key?: unknown }).key;
    if (rec.type !== 'run' && rec.type !== 'torn' && typeof recKey !== 'string') throw bad(this.path, this.line, 'has no message key');
    switch (rec.type) {
      case 'run':
        if (typeof rec.to === 'string' && (this.lastRunTo === undefined || rec.to > this.lastRunTo)) this.lastRunTo = rec.to;
        break;
      case 'attempted':
        this.unconfirmed.set(rec.key, rec);
        this.filter?.add(rec.key);
        break;
      case 'sent':
        if (this.keys === undefined || this.keys.has(rec.key)) this.sent.add(rec.key);
        this.unconfirmed.delete(rec.key);
        break;
      case 'failed':
        this.unconfirmed.delete(rec.key);
        break;
      default:
        break;
    }
  }
}

/** A string's hash, as {@link KeyFilter} and {@link sentKeyAt} work it out (the same loop). */
function step(h: number, c: number): number {
  return (Math.imul(h, 31) + c) | 0;
}

/**
 * The keys a reader looks for, as a bit set of their hashes (1,048,576 bits): a key whose bit is clear is certainly
 * not one of them; one whose bit is set may be (then it is taken out of the text and looked up). Only grows.
 */
class KeyFilter {
  private readonly bits = new Uint32Array(1 << 15);

  add(key: string): void {
    let h = 0;
    for (let i = 0; i < key.length; i++) h = step(h, key.charCodeAt(i));
    const b = KeyFilter.bit(h);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  mayHold(h: number): boolean {
    const b = KeyFilter.bit(h);
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }

  private static bit(h: number): number {
    return Math.imul(h ^ (h >>> 16), 0x45d9f3b) >>> 12;
  }
}

/**
 * The key of the line `s[start, end)` when it is a `sent` record as this module writes it
 * (`{"type":"sent","at":"…","key":"…","messageId":"…"}`), read without parsing the line; else `undefined` (the line is
 * then parsed in full). With a filter, `null` for a key (written without escapes) the filter certainly does not hold.
 */
function sentKeyAt(s: string, start: number, end: number, filter?: KeyFilter): string | null | undefined {
  if (end - start < SENT_PREFIX.length + 4 || !s.startsWith(SENT_PREFIX, start)) return undefined;
  if (s.charCodeAt(end - 1) !== 0x7d || s.charCodeAt(end - 2) !== 0x22) return undefined;
  const k = s.indexOf(KEY_FIELD, start + SENT_PREFIX.length);
  if (k === -1 || k >= end) return undefined;
  const m = s.lastIndexOf(MESSAGE_ID_FIELD, end - MESSAGE_ID_FIELD.length);
  if (m <= k) return undefined;
  const from = k + KEY_FIELD.length;
  let h = 0;
  for (let i = from; i < m; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x5c) return JSON.parse(s.slice(from - 1, m + 1)) as string;
    h = step(h, c);
  }
  if (filter !== undefined && !filter.mayHold(h)) return null;
  return s.slice(from, m);
}

/**
 * Reads a ledger's text. A last line with no newline that is not a whole record is a torn write: reported in
 * `tornLine` and ignored. Any other line that is not a record is an error naming its line (its text is not quoted).
 * Linear in the text: a `sent` line as the chase run writes it is read without parsing it.
 *
 * @param options - `keys`: look up only these keys (see {@link LedgerReadOptions}).
 *
 * @example
 * import { readLedgerText } from 'statutory-complaints/node';
 * const text = [
 *   '{"type":"attempted","at":"2026-01-07T07:00:00Z","key":"A|stage-1|due-date-reminder|2026-01-07","reference":"A","reminder":"due-date-reminder","date":"2026-01-07","template":"reminder","to":[],"cc":[],"transport":"smtp"}',
 *   '{"type":"sent","at":"2026-01-07T07:00:01Z","key":"A|stage-1|due-date-reminder|2026-01-07","messageId":"<1@example.gov.uk>"}',
 *   '{"type":"attempted","at":"2026-01-07T07:00:02Z","key":"B|stage-1|due-date-reminder|2026-01-08","reference":"B","reminder":"due-date-reminder","date":"2026-01-08","template":"reminder","to":[],"cc":[],"transport":"smtp"}',
 *   '{"type":"sent","at":"2026-01-07T07:0',
 * ].join('\n');
 * const state = readLedgerText(text);
 * [...state.sent] //=> ['A|stage-1|due-date-reminder|2026-01-07']
 * [...state.unconfirmed.keys()] //=> ['B|stage-1|due-date-reminder|2026-01-08']
 * state.tornLine //=> 4
 */
export function readLedgerText(text: string, path = 'ledger', options?: LedgerReadOptions): LedgerState {
  const reader = new LedgerReader(path, keysOption(options));
  reader.push(text);
  return reader.end();
}

/**
 * The first `length` bytes of `buffer` as text (UTF-8). A ledger is nearly always ASCII (keys, dates, addresses):
 * then the bytes are the characters, and copying them as Latin-1 gives the same string much faster than decoding.
 */
function decode(buffer: Buffer, length: number): string {
  const bytes = buffer.subarray(0, length);
  return bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
}

/** How much of a ledger file is read at a time. */
const READ_CHUNK_BYTES = 4 * 1024 * 1024;

/** The `keys` option, checked. */
function keysOption(options: LedgerReadOptions | undefined): ReadonlySet<string> | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options', 'must be an object such as { keys }');
  const keys = options.keys;
  if (keys !== undefined && !(keys instanceof Set)) throw new InvalidArgumentError('options.keys', 'must be a Set of message keys');
  return keys;
}

/** Reads a ledger file piece by piece (a missing file is an empty ledger), and whether it ends with a newline. */
function readLedgerFile(path: string, keys: ReadonlySet<string> | undefined): { state: LedgerState; endsWithNewline: boolean } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { state: new LedgerReader(path, keys).end(), endsWithNewline: true };
    throw unreadable(path, error);
  }
  const reader = new LedgerReader(path, keys);
  try {
    // Each piece handed to the reader ends at a newline: the bytes after the last newline read wait at the start of
    // the buffer for the next read. A newline never falls inside a UTF-8 sequence, so each piece decodes on its own
    // exactly as the whole file would, and the reader never joins a part line to the next piece.
    let buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    let kept = 0;
    for (;;) {
      if (kept === buffer.length) {
        // One line longer than the buffer: a bigger buffer.
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, kept);
        buffer = bigger;
      }
      let n: number;
      try {
        n = readSync(fd, buffer, kept, buffer.length - kept, null);
      } catch (error) {
        throw unreadable(path, error);
      }
      if (n === 0) break;
      const filled = kept + n;
      const nl = buffer.lastIndexOf(0x0a, filled - 1);
      if (nl === -1) {
        kept = filled;
        continue;
      }
      reader.push(decode(buffer, nl + 1));
      buffer.copyWithin(0, nl + 1, filled);
      kept = filled - nl - 1;
    }
    if (kept > 0) reader.push(decode(buffer, kept));
  } finally {
    closeSync(fd);
  }
  const endsWithNewline = reader.endsWithNewline;
  return { state: reader.end(), endsWithNewline };
}

function unreadable(path: string, error: unknown): LedgerError {
  return new LedgerError(
    'ledger-unreadable',
    path,
    `${path}: the ledger cannot be read (${(error as { code?: string }).code ?? 'error'}). Check the path and its permissions.`,
  );
}

/**
 * Reads a ledger file without locking it (a missing file is an empty ledger): for a dry run, or to look. The file is
 * read piece by piece, never whole, so a ledger of any length can be read.
 *
 * @param options - `keys`: look up only these keys (see {@link LedgerReadOptions}).
 *
 * @example
 * import { readLedger } from 'statutory-complaints/node';
 * readLedger('no-such-ledger.jsonl').records //=> 0
 */
export function readLedger(path: string, options?: LedgerReadOptions): LedgerState {
  return readLedgerFile(path, keysOption(options)).state;
}

/** A ledger opened for writing by one run (see {@link openLedger}). */
export interface Ledger extends LedgerState {
  readonly path: string;
  /** Appends one record and flushes it to disk before returning. */
  append(record: LedgerRecord): void;
  /** Releases the lock. */
  close(): void;
}

/**
 * Opens a ledger for a run: takes the lock (`<ledger>.lock`, created exclusively), reads what the ledger holds, and
 * returns it with `append`, which writes one record and flushes it (fsync) before returning. A torn last line is
 * closed with a newline and a `torn` record naming it, so that it is never mistaken for a record; the line itself
 * is never rewritten.
 *
 * @param now - the clock for the lock file's and the `torn` record's timestamps (default: the system clock).
 * @param options - `keys`: look up only these keys (see {@link LedgerReadOptions}); `sent` then holds only those.
 * @throws {@link LedgerError} `ledger-locked` naming the lock file when another run holds it (if none is running,
 * for example after a crash, delete the lock file), `bad-ledger` naming the line that is not a record, or
 * `ledger-unwritable`.
 *
 * @example
 * import { openLedger } from 'statutory-complaints/node';
 * let caught;
 * try { openLedger('no-such-folder/ledger.jsonl'); } catch (e) { caught = e; }
 * caught.code //=> 'ledger-unwritable'
 */
export function openLedger(path: string, now: () => Date = () => new Date(), options?: LedgerReadOptions): Ledger {
  const keys = keysOption(options);
  const lockPath = `${path}.lock`;
  let lockFd: number;
  try {
    lockFd = openSync(lockPath, 'wx');
  } catch (error) {
    if ((error as { code?: string }).code === 'EEXIST') {
      let holder: string;
      try {
        const info = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid?: number; host?: string; at?: string };
        const alive = info.host === hostname() && typeof info.pid === 'number' ? isAlive(info.pid) : undefined;
        holder = ` It was taken by process ${info.pid ?? '?'} on ${info.host ?? '?'} at ${info.at ?? '?'}${alive === false ? ', which is no longer running: the lock is stale' : ''}.`;
      } catch {
        holder = '';
      }
      throw new LedgerError(
        'ledger-locked',
        lockPath,
        `${lockPath}: another chase run is using this ledger.${holder} Wait for it to finish; if no run is going (for example after a crash), delete ${lockPath} and run again, then check the unconfirmed messages it lists.`,
      );
    }
    throw new LedgerError(
      'ledger-unwritable',
      lockPath,
      `${lockPath}: the lock file cannot be created (${(error as { code?: string }).code ?? 'error'}). Check that the ledger's folder exists and is writable.`,
    );
  }
  writeSync(lockFd, `${JSON.stringify({ pid: process.pid, host: hostname(), at: now().toISOString() })}\n`);
  fsyncSync(lockFd);
  closeSync(lockFd);
  let state: LedgerState;
  let endsWithNewline: boolean;
  let fd: number;
  try {
    ({ state, endsWithNewline } = readLedgerFile(path, keys));
    fd = openSync(path, 'a');
  } catch (error) {
    unlinkSync(lockPath);
    if (error instanceof LedgerError) throw error;
    throw new LedgerError(
      'ledger-unwritable',
      path,
      `${path}: the ledger cannot be opened for writing (${(error as { code?: string }).code ?? 'error'}). Check the path and its permissions.`,
    );
  }
  const write = (text: string) => {
    writeSync(fd, text);
    fsyncSync(fd);
  };
  if (state.tornLine !== undefined) write(`\n${JSON.stringify({ type: 'torn', at: now().toISOString(), line: state.tornLine })}\n`);
  // A file whose last record lacks its newline (written by hand): close the line before appending.
  else if (!endsWithNewline) write('\n');
  let closed = false;
  return {
    ...state,
    path,
    append(record: LedgerRecord) {
      if (closed) throw new LedgerError('ledger-closed', path, `${path}: the ledger was closed; open it again to write.`);
      write(`${JSON.stringify(record)}\n`);
    },
    close() {
      if (closed) return;
      closed = true;
      closeSync(fd);
      try {
        unlinkSync(lockPath);
      } catch {
        // already gone
      }
    },
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}
