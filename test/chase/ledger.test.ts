// The ledger: append-only JSON lines, torn last line reported and ignored (and marked, never rewritten), a line
// that is not a record named by its number, and the lock.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LedgerError, openLedger, readLedger } from '../../src/node/index.js';

const at = '2026-01-07T07:00:00.000Z';
const attempted = (key: string) =>
  JSON.stringify({ type: 'attempted', at, key, reference: 'A', reminder: 'r', date: '2026-01-07', template: 't', to: [], cc: [], transport: 'smtp' });
const sent = (key: string) => JSON.stringify({ type: 'sent', at, key, messageId: '<x@example.gov.uk>' });

describe('ledger', () => {
  test('a torn last line is reported, ignored, and marked; the file before it is kept byte for byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const path = join(dir, 'l.jsonl');
    const before = `${attempted('K1')}\n${sent('K1')}\n${attempted('K2')}\n{"type":"sent","at":"2026-01-07T07:0`;
    writeFileSync(path, before);
    const l = openLedger(path, () => new Date(at));
    expect(l.tornLine).toBe(4);
    expect([...l.sent]).toEqual(['K1']);
    expect([...l.unconfirmed.keys()]).toEqual(['K2']);
    l.append(JSON.parse(sent('K3')) as never);
    l.close();
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith(before)).toBe(true);
    // Read again: the torn line is known as torn, not an error.
    const again = readLedger(path);
    expect(again.tornLine).toBeUndefined();
    expect([...again.sent]).toEqual(['K1', 'K3']);
    expect([...again.unconfirmed.keys()]).toEqual(['K2']);
  });

  test('a line that is not a record (not at the end) is an error naming the line, not quoting it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const path = join(dir, 'l.jsonl');
    writeFileSync(path, `${sent('K1')}\nPat Jones was here\n${sent('K2')}\n`);
    let caught: unknown;
    try {
      openLedger(path);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(LedgerError);
    expect((caught as LedgerError).code).toBe('bad-ledger');
    expect((caught as LedgerError).line).toBe(2);
    expect((caught as Error).message).toContain(`${path}:2`);
    expect((caught as Error).message).not.toContain('Pat Jones');
    // The lock was released and the file untouched.
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(readFileSync(path, 'utf8')).toBe(`${sent('K1')}\nPat Jones was here\n${sent('K2')}\n`);
  });

  test('a second run on the same ledger is refused while the first holds the lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ledger-'));
    const path = join(dir, 'l.jsonl');
    const first = openLedger(path);
    expect(() => openLedger(path)).toThrow(/another chase run is using this ledger/);
    try {
      openLedger(path);
    } catch (e) {
      expect((e as LedgerError).code).toBe('ledger-locked');
      expect((e as LedgerError).path).toBe(`${path}.lock`);
    }
    first.close();
    const second = openLedger(path);
    second.close();
  });
});
