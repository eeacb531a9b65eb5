// Crash safety: the chase run is killed (SIGKILL) in the middle of a delivery, then run again. Every message is
// delivered exactly once or listed as unconfirmed, never twice.
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundleCli, chaseArgs, runCli, smtpServer, workspace } from './helpers.js';

let cli: string;
beforeAll(() => {
  cli = bundleCli();
});

describe('chase killed mid-run', () => {
  test('SIGKILL while the 5th of 10 messages awaits its reply: a rerun sends the rest, lists the 5th as unconfirmed, sends nothing twice', async () => {
    const w = workspace(10);
    const args = (url: string, ...more: string[]) => chaseArgs(w, '2026-01-07', '--send', url, ...more);
    let child: import('node:child_process').ChildProcess | undefined;
    const first = await smtpServer({ holdAt: 5, onHold: () => child?.kill('SIGKILL') });
    const killed = await runCli(cli, args(first.url), {}, (c) => (child = c));
    await first.close();
    expect(killed.signal).toBe('SIGKILL');
    expect(first.received.map((m) => m.mail.headers.get('x-complaint-reference'))).toEqual(['C-001', 'C-002', 'C-003', 'C-004', 'C-005']);

    // The lock is left behind: the next run says so, naming the lock file and that its process is gone.
    const locked = await runCli(cli, args('smtp://127.0.0.1:9'));
    expect(locked.code).toBe(1);
    expect(locked.stderr).toContain(`${w.ledger}.lock`);
    expect(locked.stderr).toContain('no longer running');
    expect(locked.stderr).toContain('delete');
    unlinkSync(`${w.ledger}.lock`);

    const second = await smtpServer();
    const rerun = await runCli(cli, args(second.url, '--json'));
    expect(rerun.code).toBe(0);
    const out = JSON.parse(rerun.stdout) as { messages: { reference: string; status: string }[]; unconfirmed: { reference: string }[] };
    expect(out.unconfirmed.map((u) => u.reference)).toEqual(['C-005']);
    expect(second.received.map((m) => m.mail.headers.get('x-complaint-reference'))).toEqual(['C-006', 'C-007', 'C-008', 'C-009', 'C-010']);

    // Across both runs: each message delivered exactly once.
    const all = [...first.received, ...second.received].map((m) => m.mail.headers.get('x-complaint-reference'));
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(10);

    // A third run sends nothing and still lists the unconfirmed message.
    const third = await runCli(cli, args(second.url, '--json'));
    expect(second.received).toHaveLength(5);
    expect((JSON.parse(third.stdout) as { unconfirmed: { reference: string }[] }).unconfirmed.map((u) => u.reference)).toEqual(['C-005']);

    // A person checked and asked to send it: --retry-unconfirmed sends that one message, and only it.
    const retried = await runCli(cli, args(second.url, '--retry-unconfirmed', '--json'));
    expect(retried.code).toBe(0);
    expect(second.received.map((m) => m.mail.headers.get('x-complaint-reference'))).toEqual(['C-006', 'C-007', 'C-008', 'C-009', 'C-010', 'C-005']);
    expect((JSON.parse(retried.stdout) as { unconfirmed: unknown[] }).unconfirmed).toEqual([]);
    await second.close();
    expect(existsSync(`${w.ledger}.lock`)).toBe(false);
    // The ledger is whole JSON lines, appended only.
    for (const line of readFileSync(w.ledger, 'utf8').trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  }, 120_000);
});
