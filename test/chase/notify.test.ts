// GOV.UK Notify: the chase command's sendEmail calls, written as JSON lines and sent with GOV.UK's own client
// (notifications-node-client) to a server on 127.0.0.1 that checks each request as Notify's API documents it:
// POST /v2/notifications/email; a JSON body with email_address, template_id, personalisation and reference; and
// `Authorization: Bearer <JWT>`, the JWT signed HS256 with the API key's secret (its last 36 characters), its `iss`
// the service id (the 36 characters before the secret) and its `iat` within 30 seconds of the server's clock.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundleCli, chaseArgs, runCli, workspace } from './helpers.js';

const SERVICE_ID = '26785a09-ab16-4eb0-8407-a37497a57506';
const SECRET = '3d844edf-8d35-48ac-975b-e847b4f122b0';
const API_KEY = `chase_test_key-${SERVICE_ID}-${SECRET}`;
const TEMPLATE = 'f33517ff-2a88-4f6e-b855-c550268ce08a';

const b64url = (buf: Buffer) => buf.toString('base64').replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

/** Checks a bearer token as Notify does; returns the problem, or undefined. */
function checkToken(auth: string | undefined): string | undefined {
  const m = /^Bearer ([\w-]+)\.([\w-]+)\.([\w-]+)$/.exec(auth ?? '');
  if (!m) return 'no bearer token';
  const [, h, p, sig] = m as unknown as [string, string, string, string];
  const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as { alg?: string; typ?: string };
  if (header.alg !== 'HS256' || header.typ !== 'JWT') return 'bad header';
  const expected = b64url(createHmac('sha256', SECRET).update(`${h}.${p}`).digest());
  if (expected !== sig) return 'bad signature';
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as { iss?: string; iat?: number };
  if (claims.iss !== SERVICE_ID) return 'bad iss';
  if (typeof claims.iat !== 'number' || Math.abs(claims.iat - Date.now() / 1000) > 30) return 'bad iat';
  return undefined;
}

interface Call {
  readonly email_address: string;
  readonly template_id: string;
  readonly personalisation: Record<string, unknown>;
  readonly reference: string;
}

async function notifyServer(options: { refuse?: boolean } = {}) {
  const calls: Call[] = [];
  const rawBodies: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      const reply = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      const problem = checkToken(req.headers.authorization);
      if (problem) return reply(403, { status_code: 403, errors: [{ error: 'AuthError', message: problem }] });
      if (req.method !== 'POST' || req.url !== '/v2/notifications/email')
        return reply(404, { status_code: 404, errors: [{ error: 'NotFound', message: 'no such path' }] });
      if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
        return reply(400, { status_code: 400, errors: [{ error: 'BadRequestError', message: 'not JSON' }] });
      const call = JSON.parse(body) as Call;
      rawBodies.push(body);
      if (options.refuse) return reply(400, { status_code: 400, errors: [{ error: 'BadRequestError', message: 'Missing personalisation: complainant name' }] });
      calls.push(call);
      const id = randomUUID();
      reply(201, {
        id,
        reference: call.reference,
        content: { subject: 's', body: 'b', from_email: 'complaints@notifications.service.gov.uk' },
        uri: `/v2/notifications/${id}`,
        template: { id: call.template_id, version: 1, uri: 'x' },
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as { port: number }).port;
  return { calls, rawBodies, url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

let cli: string;
beforeAll(() => {
  cli = bundleCli();
});

function setup(n: number, mapping = `templates:\n  due-date-reminder: ${TEMPLATE}\n`) {
  const w = workspace(n);
  const map = join(w.dir, 'notify.yaml');
  writeFileSync(map, mapping);
  const args = (...more: string[]) => chaseArgs(w, '2026-01-07', '--notify-templates', map, ...more);
  return { w, map, args };
}

describe('chase --send notify (notifications-node-client against a local Notify)', () => {
  test('one sendEmail per recipient, signed as Notify requires, reference = the message key; a rerun sends nothing; the key is never printed', async () => {
    const server = await notifyServer();
    const { args } = setup(2);
    const r = await runCli(cli, args('--send', 'notify', '--notify-url', server.url), { NOTIFY_API_KEY: API_KEY });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Two messages, each to the responder and three copied in (Dudley's due-date reminder): 8 calls.
    expect(server.calls).toHaveLength(8);
    expect(server.calls.map((c) => c.email_address).slice(0, 4)).toEqual(['tm@example.gov.uk', 'sm@example.gov.uk', 'pa@example.gov.uk', 'hos@example.gov.uk']);
    const c = server.calls[0]!;
    expect(c.template_id).toBe(TEMPLATE);
    expect(c.reference).toBe('C-001|stage-1|due-date-reminder|2026-01-07');
    expect(c.personalisation).toMatchObject({ reference: 'C-001', 'recipient name': 'Team Manager' });
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    const again = await runCli(cli, args('--send', 'notify', '--notify-url', server.url), { NOTIFY_API_KEY: API_KEY });
    expect(again.code).toBe(0);
    expect(server.calls).toHaveLength(8);
    await server.close();
  }, 60_000);

  test('a wrong API key is refused by the server (signature checked): the message is recorded as failed, the key never shown', async () => {
    const server = await notifyServer();
    const { args, w } = setup(1);
    const wrong = `chase_test_key-${SERVICE_ID}-00000000-0000-0000-0000-000000000000`;
    const r = await runCli(cli, args('--send', 'notify', '--notify-url', server.url), { NOTIFY_API_KEY: wrong });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('HTTP 403');
    expect(r.stdout + r.stderr).not.toContain('00000000-0000');
    expect(server.calls).toHaveLength(0);
    expect(readFileSync(w.ledger, 'utf8')).toContain('"failed"');
    await server.close();
  }, 60_000);

  test('a mapping file missing a template: a typed error naming it, nothing sent or recorded', async () => {
    const server = await notifyServer();
    const { args, w } = setup(1, `templates:\n  reminder: ${TEMPLATE}\n`);
    const r = await runCli(cli, args('--send', 'notify', '--notify-url', server.url), { NOTIFY_API_KEY: API_KEY });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('templates.due-date-reminder');
    expect(server.calls).toHaveLength(0);
    expect(readFileSync(w.ledger, 'utf8')).toBe('');
    await server.close();
  }, 60_000);
});

describe('chase --notify <file>', () => {
  test('writes the sendEmail calls as JSON lines, as the client takes them', async () => {
    const { args, w } = setup(1);
    const out = join(w.dir, 'calls.jsonl');
    const r = await runCli(cli, args('--notify', out));
    expect(r.code).toBe(0);
    const calls = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { templateId: string; emailAddress: string; options: { reference: string; personalisation: Record<string, unknown> } });
    expect(calls.map((c) => c.emailAddress)).toEqual(['tm@example.gov.uk', 'sm@example.gov.uk', 'pa@example.gov.uk', 'hos@example.gov.uk']);
    expect(calls[0]!.templateId).toBe(TEMPLATE);
    expect(calls[0]!.options.reference).toBe('C-001|stage-1|due-date-reminder|2026-01-07');
  }, 60_000);
});
