// An SMTP server that takes the message and then never replies: the run stops after --smtp-timeout, the message is
// left unconfirmed (it may have been delivered), the rest listed as not attempted; nothing is sent twice.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundleCli, chaseArgs, runCli, smtpServer, workspace } from './helpers.js';

let cli: string;
beforeAll(() => {
  cli = bundleCli();
});

describe('chase --send smtp:// against a server that times out mid-run', () => {
  test('stops with the message unconfirmed and the rest not attempted', async () => {
    const silent = await smtpServer({ holdAt: 2 });
    const w = workspace(3);
    const r = await runCli(cli, chaseArgs(w, '2026-01-07', '--send', silent.url, '--smtp-timeout', '1500', '--json'));
    await silent.close();
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { messages: { reference: string; status: string }[]; stoppedBy: { code: string }; unconfirmed: { reference: string }[] };
    expect(out.messages.map((m) => [m.reference, m.status])).toEqual([
      ['C-001', 'sent'],
      ['C-002', 'unconfirmed'],
      ['C-003', 'not-attempted'],
    ]);
    expect(out.stoppedBy.code).toBe('smtp-unknown');
    expect(out.unconfirmed.map((u) => u.reference)).toEqual(['C-002']);
    const types = readFileSync(w.ledger, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types).toEqual(['run', 'attempted', 'sent', 'attempted']);
  }, 60_000);
});
