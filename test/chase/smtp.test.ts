// The chase command delivering through a real SMTP server (smtp-server, started here on 127.0.0.1), writing .eml
// files to an outbox, and surviving a refusal mid-run. What arrives is parsed with mailparser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundleCli, chaseArgs, runCli, smtpServer, workspace } from './helpers.js';

let cli: string;
beforeAll(() => {
  cli = bundleCli();
});

const smtpChaseArgs = (w: ReturnType<typeof workspace>, ...more: string[]) => chaseArgs(w, '2026-01-07', ...more);

describe('chase --send smtp://', () => {
  let server: Awaited<ReturnType<typeof smtpServer>>;
  beforeAll(async () => {
    server = await smtpServer();
  });
  afterAll(() => server.close());

  test('delivers each due message once: headers, both parts, recipients; a second run delivers nothing', async () => {
    const w = workspace(3);
    const first = await runCli(cli, smtpChaseArgs(w, '--send', server.url));
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(server.received).toHaveLength(3);
    const m = server.received[0]!;
    // Due-date reminder (Dudley's ladder): to the responder, copying SM, PA and HoS.
    expect(m.from).toBe('complaints@example.gov.uk');
    expect(m.to).toEqual(['tm@example.gov.uk', 'sm@example.gov.uk', 'pa@example.gov.uk', 'hos@example.gov.uk']);
    // Dudley's due-date reminder subject (dudley.yaml, from seed 000's "Due Date Reminder").
    expect(m.mail.subject).toBe('Complaint Ref C-001 – response due today');
    expect(m.mail.headers.get('x-complaint-reference')).toBe('C-001');
    expect(m.mail.messageId).toMatch(/^<[0-9a-f]{32}@example\.gov\.uk>$/);
    expect(m.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(m.mail.text).toContain('Team Manager,');
    expect(m.mail.html).toContain('<p>Team Manager,</p>');
    // The UTF-8 display name is encoded in the header, and arrives intact.
    expect(m.raw).not.toMatch(/^Cc:.*Héad/m);
    expect((m.mail.cc as { value: { name: string }[] }).value.map((v) => v.name)).toContain('Héad of Service');
    const ledger = readFileSync(w.ledger, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string });
    expect(ledger.map((r) => r.type)).toEqual(['run', 'attempted', 'sent', 'attempted', 'sent', 'attempted', 'sent']);

    const second = await runCli(cli, smtpChaseArgs(w, '--send', server.url));
    expect(second.code).toBe(0);
    expect(server.received).toHaveLength(3);
    expect(second.stdout).toContain('3 skipped');
  }, 60_000);
});

describe('chase --send smtp:// against a server that refuses mid-run', () => {
  test('the run stops: what was sent is recorded, the refused one recorded as failed, the rest listed; the next run sends the rest', async () => {
    const refusing = await smtpServer({ refuseFrom: 2 });
    const w = workspace(4);
    const r = await runCli(cli, smtpChaseArgs(w, '--send', refusing.url, '--json'));
    await refusing.close();
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { messages: { reference: string; status: string }[]; stoppedBy: { code: string; message: string } };
    expect(out.messages.map((m) => [m.reference, m.status])).toEqual([
      ['C-001', 'sent'],
      ['C-002', 'failed'], // refused: recorded as failed, sent again by the next run
      ['C-003', 'not-attempted'],
      ['C-004', 'not-attempted'],
    ]);
    expect(out.stoppedBy.code).toBe('smtp-refused');
    expect(out.stoppedBy.message).not.toContain('example.gov.uk');
    const types = readFileSync(w.ledger, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types).toEqual(['run', 'attempted', 'sent', 'attempted', 'failed']);

    const good = await smtpServer();
    const again = await runCli(cli, smtpChaseArgs(w, '--send', good.url));
    await good.close();
    expect(again.code).toBe(0);
    expect(good.received.map((m) => m.mail.headers.get('x-complaint-reference'))).toEqual(['C-002', 'C-003', 'C-004']);
  }, 60_000);
});

describe('chase --outbox', () => {
  test('one .eml per message that a mail client opens: multipart/alternative, encoded headers, Message-ID, reference', async () => {
    const w = workspace(2);
    const outbox = join(w.dir, 'outbox');
    const r = await runCli(cli, smtpChaseArgs(w, '--outbox', outbox));
    expect(r.code).toBe(0);
    const files = readdirSync(outbox).sort();
    expect(files).toHaveLength(2);
    const raw = readFileSync(join(outbox, files[0]!), 'utf8');
    expect(raw).toMatch(/\r\n/);
    expect(raw).toMatch(/^Content-Type: multipart\/alternative/im);
    expect(raw).toMatch(/^Message-ID: <[0-9a-f]{32}@example\.gov\.uk>/im);
    expect(raw).toMatch(/^X-Complaint-Reference: C-00[12]/im);
    expect(raw).toMatch(/^Subject: =\?UTF-8\?/im); // the en dash makes the subject encoded
    const mail = await simpleParser(raw);
    expect(mail.subject).toMatch(/^Complaint Ref C-00[12] – response due today$/);
    expect(mail.text).toContain('Team Manager,');
    expect(mail.html).toContain('<p>');
    // Rerun: nothing new.
    await runCli(cli, smtpChaseArgs(w, '--outbox', outbox));
    expect(readdirSync(outbox)).toHaveLength(2);
  }, 60_000);

  test('an unwritable outbox is a typed error naming the option; nothing is recorded as sent', async () => {
    const w = workspace(1);
    const r = await runCli(cli, smtpChaseArgs(w, '--outbox', join(w.cases, 'outbox')));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--outbox');
    const text = readFileSync(w.ledger, 'utf8');
    expect(text).not.toContain('"sent"');
  }, 60_000);
});
