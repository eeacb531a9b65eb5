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
import { closeSync, fsyncSync, openSync, readFileSync, unlinkSync, writeSync, existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { StatutoryComplaintsError } from '../../errors.js';

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

/** What the ledger says, read at the start of a run. */
export interface LedgerState {
  /** Keys of messages sent (confirmed by the transport). */
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

/**
 * Reads a ledger's text. A last line with no newline that is not a whole record is a torn write: reported in
 * `tornLine` and ignored. Any other line that is not a record is an error naming its line (its text is not quoted).
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
export function readLedgerText(text: string, path = 'ledger'): LedgerState {
  const sent = new Set<string>();
  const unconfirmed = new Map<string, AttemptedRecord>();
  let lastRunTo: string | undefined;
  let tornLine: number | undefined;
  let records = 0;
  let pendingTorn: number | undefined;
  let start = 0;
  let line = 0;
  while (start < text.length) {
    line++;
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const raw = text.slice(start, end);
    start = end + 1;
    if (raw.trim() === '') continue;
    // The common line, as this module writes it: `{"type":"sent","at":"…","key":"…","messageId":"…"}`. Its key is
    // read without parsing the whole record (a million-line ledger is read in well under a second this way).
    if (raw.startsWith('{"type":"sent","at":"') && raw.endsWith('"}')) {
      const k = raw.indexOf('","key":"', 21);
      const mEnd = raw.lastIndexOf('","messageId":"');
      if (k !== -1 && mEnd > k) {
        const token = raw.slice(k + 8, mEnd + 1);
        const key = token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
        if (pendingTorn !== undefined) throw bad(path, pendingTorn, 'is not a ledger record');
        records++;
        sent.add(key);
        if (unconfirmed.size > 0) unconfirmed.delete(key);
        continue;
      }
    }
    let rec: LedgerRecord | undefined;
    try {
      const v = JSON.parse(raw) as unknown;
      if (typeof v === 'object' && v !== null && TYPES.has((v as { type?: string }).type ?? '')) rec = v as LedgerRecord;
    } catch {
      rec = undefined;
    }
    if (rec === undefined) {
      if (nl === -1) {
        tornLine = line;
        break;
      }
      if (pendingTorn !== undefined) throw bad(path, pendingTorn, 'is not a ledger record');
      pendingTorn = line;
      continue;
    }
    if (pendingTorn !== undefined) {
      if (rec.type !== 'torn' || rec.line !== pendingTorn) throw bad(path, pendingTorn, 'is not a ledger record');
      pendingTorn = undefined;
    }
    records++;
    const key = (rec as { key?: unknown }).key;
    if (rec.type !== 'run' && rec.type !== 'torn' && typeof key !== 'string') throw bad(path, line, 'has no message key');
    switch (rec.type) {
      case 'run':
        if (typeof rec.to === 'string' && (lastRunTo === undefined || rec.to > lastRunTo)) lastRunTo = rec.to;
        break;
      case 'attempted':
        unconfirmed.set(rec.key, rec);
        break;
      case 'sent':
        sent.add(rec.key);
        unconfirmed.delete(rec.key);
        break;
      case 'failed':
        unconfirmed.delete(rec.key);
        break;
      default:
        break;
    }
  }
  if (pendingTorn !== undefined) throw bad(path, pendingTorn, 'is not a ledger record');
  return { sent, unconfirmed, lastRunTo, tornLine, records };
}

/**
 * Reads a ledger file without locking it (a missing file is an empty ledger): for a dry run, or to look.
 *
 * @example
 * import { readLedger } from 'statutory-complaints/node';
 * readLedger('no-such-ledger.jsonl').records //=> 0
 */
export function readLedger(path: string): LedgerState {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return readLedgerText('', path);
    throw new LedgerError(
      'ledger-unreadable',
      path,
      `${path}: the ledger cannot be read (${(error as { code?: string }).code ?? 'error'}). Check the path and its permissions.`,
    );
  }
  return readLedgerText(text, path);
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
export function openLedger(path: string, now: () => Date = () => new Date()): Ledger {
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
  let fd: number;
  try {
    state = readLedger(path);
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
  else if (existsSync(path)) {
    // A file whose last record lacks its newline (written by hand): close the line before appending.
    const text = readFileSync(path, 'utf8');
    if (text.length > 0 && !text.endsWith('\n')) write('\n');
  }
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
