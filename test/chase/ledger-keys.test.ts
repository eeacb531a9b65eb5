// The ledger read for only the keys a run can ask about (`keys`): the same answer as the full read, restricted to
// those keys, whatever the ledger holds (torn last lines, duplicates, keys that are prefixes of other keys, keys
// with escaped characters, sent records written by hand in another key order), from text and from a file read in
// pieces, and through openLedger.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { LedgerError, openLedger, readLedger, readLedgerText, type LedgerState } from '../../src/node/index.js';

const at = '2026-01-07T07:00:00.000Z';
const run = (to: string) => JSON.stringify({ type: 'run', at, from: to, to, transport: 'outbox' });
const attempted = (key: string) =>
  JSON.stringify({ type: 'attempted', at, key, reference: 'A', reminder: 'r', date: '2026-01-07', template: 't', to: [], cc: [], transport: 'smtp' });
const sent = (key: string) => JSON.stringify({ type: 'sent', at, key, messageId: '<x@example.gov.uk>' });
const failed = (key: string) => JSON.stringify({ type: 'failed', at, key, code: 'smtp-refused' });

/** What a state says, in plain values (the sets and maps in insertion order). */
function plain(state: LedgerState) {
  return {
    sent: [...state.sent],
    unconfirmed: [...state.unconfirmed.keys()],
    lastRunTo: state.lastRunTo,
    tornLine: state.tornLine,
    records: state.records,
  };
}

/** The full read with `sent` cut down to `keys`, kept in the full read's order. */
function expected(full: LedgerState, keys: ReadonlySet<string>) {
  const p = plain(full);
  return { ...p, sent: p.sent.filter((k) => keys.has(k)) };
}

// Keys that are prefixes of one another, one with a quote and a backslash (escaped in JSON), one with a pipe-less
// reference, one with non-ASCII text.
const K = {
  a: 'A|stage-1|first-reminder|2026-01-07',
  aLonger: 'A|stage-1|first-reminder|2026-01-07x',
  a1: 'A1|stage-1|first-reminder|2026-01-07',
  prefix: 'A|stage-1|first-reminder|2026-01-0',
  quoted: 'Q"\\|stage-1|first-reminder|2026-01-07',
  welsh: 'Ŵ-1|stage-1|first-reminder|2026-01-07',
  b: 'B|stage-1|due-date-reminder|2026-01-08',
  c: 'C|stage-1|overdue-reminder-1|2026-01-09',
};

const ledger = [
  run('2026-01-06'),
  attempted(K.a),
  sent(K.a),
  sent(K.aLonger),
  sent(K.a1),
  sent(K.a), // a duplicate
  sent(K.quoted),
  sent(K.welsh),
  attempted(K.b), // unconfirmed
  attempted(K.c),
  failed(K.c),
  // a sent record written in another key order (read by parsing the line, not by the fast path)
  JSON.stringify({ key: K.c, type: 'sent', at, messageId: '<y@example.gov.uk>' }),
  run('2026-01-07'),
].join('\n');

describe('ledger: only the keys asked about', () => {
  const cases: [string, ReadonlySet<string>][] = [
    ['one key', new Set([K.a])],
    ['a key whose longer and shorter forms are in the ledger', new Set([K.a, K.prefix])],
    ['the longer form only', new Set([K.aLonger])],
    ['escaped and non-ASCII keys', new Set([K.quoted, K.welsh])],
    ['a key sent only in a record of another key order', new Set([K.c])],
    ['an unconfirmed key (not sent)', new Set([K.b])],
    ['keys the ledger does not hold', new Set(['Z|stage-1|first-reminder|2026-01-07', ''])],
    ['no keys', new Set<string>()],
    ['every key', new Set(Object.values(K))],
  ];

  for (const [name, keys] of cases) {
    test(`${name}: the full read's answer, cut down to the keys`, () => {
      for (const text of [`${ledger}\n`, ledger]) {
        const full = readLedgerText(text, 'l.jsonl');
        expect(plain(readLedgerText(text, 'l.jsonl', { keys }))).toEqual(expected(full, keys));
      }
    });
  }

  test('known answers: the sent keys among those asked, in ledger order, and the rest of the state as read in full', () => {
    const state = readLedgerText(`${ledger}\n`, 'l.jsonl', { keys: new Set([K.c, K.prefix, K.a, K.b]) });
    // K.prefix is never sent (only the longer K.a is); K.b is attempted, never confirmed; K.c is sent by hand.
    expect(plain(state)).toEqual({ sent: [K.a, K.c], unconfirmed: [K.b], lastRunTo: '2026-01-07', tornLine: undefined, records: 13 });
  });

  test('a torn last line is reported and ignored as in the full read, whichever keys are asked about', () => {
    const torn = `${ledger}\n${attempted('D|stage-1|first-reminder|2026-01-10')}\n{"type":"sent","at":"2026-01-07T07:0`;
    const keys = new Set([K.a, 'D|stage-1|first-reminder|2026-01-10']);
    const state = readLedgerText(torn, 'l.jsonl', { keys });
    expect(state.tornLine).toBe(15);
    expect(plain(state)).toEqual(expected(readLedgerText(torn, 'l.jsonl'), keys));
    expect([...state.unconfirmed.keys()]).toEqual([K.b, 'D|stage-1|first-reminder|2026-01-10']);
    // A sent line cut inside its key is not a sent key, even when what is left is a key asked about.
    const cut = `${sent(K.b)}\n${sent(K.a).slice(0, sent(K.a).indexOf('","messageId'))}`;
    const cutState = readLedgerText(cut, 'l.jsonl', { keys: new Set([K.a, K.b]) });
    expect([...cutState.sent]).toEqual([K.b]);
    expect(cutState.tornLine).toBe(2);
  });

  test('a line that is not a record is the same error, naming its line', () => {
    const broken = `${sent(K.a)}\nnot a record\n${sent(K.b)}\n`;
    for (const options of [undefined, { keys: new Set([K.b]) }]) {
      let caught: unknown;
      try {
        readLedgerText(broken, 'l.jsonl', options);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(LedgerError);
      expect([(caught as LedgerError).code, (caught as LedgerError).line]).toEqual(['bad-ledger', 2]);
    }
  });

  test('from a file (read in pieces) and through openLedger: the same answer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
    const path = join(dir, 'l.jsonl');
    // Long enough to span several 4 MiB pieces, with the keys asked about near the ends and across a piece boundary.
    const filler: string[] = [];
    for (let i = 0; i < 60_000; i++) filler.push(sent(`F-${i}|stage-1|first-reminder|2025-06-${String(1 + (i % 28)).padStart(2, '0')}`));
    const text = `${sent(K.a)}\n${filler.join('\n')}\n${ledger}\n${filler.join('\n')}\n${sent(K.welsh)}\n`;
    writeFileSync(path, text);
    const keys = new Set([
      K.a,
      K.welsh,
      K.c,
      'F-30000|stage-1|first-reminder|2025-06-13',
      'F-59999|stage-1|first-reminder|2025-06-24',
      'F-1|stage-1|first-reminder|2025-06-01',
    ]);
    const want = expected(readLedgerText(text, path), keys);
    // Worked out by hand: F-i is dated day 1 + i % 28 of June 2025: F-30000 the 13th (30000 = 28 x 1071 + 12), F-59999
    // the 24th (59999 = 28 x 2142 + 23), F-1 the 2nd, so the F-1 key asked about (the 1st) is not in the ledger. In
    // the order first sent: K.a, the first filler, then the ledger's records (K.welsh before K.c).
    expect(want.sent).toEqual([K.a, 'F-30000|stage-1|first-reminder|2025-06-13', 'F-59999|stage-1|first-reminder|2025-06-24', K.welsh, K.c]);
    expect(plain(readLedger(path, { keys }))).toEqual(want);
    const l = openLedger(path, () => new Date(at), { keys });
    try {
      expect(plain(l)).toEqual(want);
    } finally {
      l.close();
    }
  });

  test('a file is read as its text: a character cut by the 4 MiB piece boundary, a line longer than a piece, no newline at the end', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
    const path = join(dir, 'l.jsonl');
    const PIECE = 4 * 1024 * 1024;
    // Filler lines of ASCII up to just before the boundary, then a sent record whose key holds 'Ŵ' (2 bytes in UTF-8)
    // placed so that its first byte is the last byte of the first piece.
    const head = sent(K.a);
    const welshLine = sent(K.welsh);
    const before = `${head}\n`;
    const padOf = (n: number) => JSON.stringify({ type: 'run', at, from: '2026-01-01', to: '2026-01-01', transport: 'x'.repeat(n) });
    // The 'Ŵ' starts at byte (before) + (pad line) + 1 (its newline) + (the welsh line up to it): PIECE - 1.
    const padLength = PIECE - 1 - Buffer.byteLength(before) - 1 - welshLine.indexOf('Ŵ');
    const padLine = padOf(padLength - padOf(0).length);
    const long = JSON.stringify({ type: 'sent', at, key: K.b, messageId: `<${'m'.repeat(5 * 1024 * 1024)}@example.gov.uk>` });
    const text = `${before}${padLine}\n${welshLine}\n${long}\n${attempted(K.c)}\n${sent(K.c)}`;
    writeFileSync(path, text);
    const bytes = Buffer.from(text);
    // The boundary falls inside the 'Ŵ' (the first of its two bytes is the last of the first piece).
    expect(bytes.subarray(PIECE - 1, PIECE + 1).toString('utf8')).toBe('Ŵ');
    const full = readLedgerText(text, path);
    expect(plain(full)).toEqual({ sent: [K.a, K.welsh, K.b, K.c], unconfirmed: [], lastRunTo: '2026-01-01', tornLine: undefined, records: 6 });
    expect(plain(readLedger(path))).toEqual(plain(full));
    const keys = new Set([K.welsh, K.b]);
    expect(plain(readLedger(path, { keys }))).toEqual(expected(full, keys));
    // With no newline at the end, the last record is still a record; openLedger closes the line before appending.
    const l = openLedger(path, () => new Date(at), { keys });
    try {
      expect(plain(l)).toEqual(expected(full, keys));
    } finally {
      l.close();
    }
  });

  test('keys that are not a Set are refused before the lock is taken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-keys-'));
    const path = join(dir, 'l.jsonl');
    expect(() => readLedgerText('', 'l.jsonl', { keys: [K.a] as never })).toThrow(InvalidArgumentError);
    expect(() => openLedger(path, undefined, { keys: 'K' as never })).toThrow(/options\.keys/);
    // No lock left behind: a run can open it.
    openLedger(path).close();
  });
});
