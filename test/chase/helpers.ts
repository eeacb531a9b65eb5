// Shared by the chase delivery tests: a temporary folder with Dudley cases and a directory, the CLI bundled into a
// single file the tests run as a child process, and an SMTP server on 127.0.0.1 that keeps what arrives.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { getPolicy, openCase } from '../../src/index.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The CLI as one ESM file under node_modules/.cache (so that nodemailer resolves from the repository). */
export function bundleCli(): string {
  const out = join(root, 'node_modules', '.cache', 'chase-test', `cli-${process.pid}.mjs`);
  mkdirSync(dirname(out), { recursive: true });
  buildSync({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: out,
    logLevel: 'warning',
    loader: { '.json': 'json' },
  });
  return out;
}

export const DIRECTORY = `from:
  name: Children's Complaints Team
  email: complaints@example.gov.uk
roles:
  team-manager: { name: Team Manager, email: tm@example.gov.uk }
  service-manager: { name: Service Manager, email: sm@example.gov.uk }
  personal-assistant: { name: Personal Assistant, email: pa@example.gov.uk }
  head-of-service: { name: Héad of Service, email: hos@example.gov.uk }
  director: { name: Director, email: director@example.gov.uk }
`;

/**
 * A folder with `n` Dudley cases received Friday 19 December 2025 (stage 1 due Wednesday 7 January 2026, after
 * Christmas Day, Boxing Day and New Year's Day), so that on 7 January each has its due-date reminder: n messages.
 */
export function workspace(n: number): { dir: string; cases: string; directory: string; ledger: string } {
  const dir = mkdtempSync(join(tmpdir(), 'chase-'));
  const dudley = getPolicy('dudley');
  const cases = Array.from({ length: n }, (_, i) => openCase(dudley, { reference: `C-${String(i + 1).padStart(3, '0')}`, receivedAt: '2025-12-19' }));
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
  writeFileSync(join(dir, 'directory.yaml'), DIRECTORY);
  return { dir, cases: join(dir, 'cases.json'), directory: join(dir, 'directory.yaml'), ledger: join(dir, 'ledger.jsonl') };
}

export interface Received {
  readonly from: string;
  readonly to: readonly string[];
  readonly raw: string;
  readonly mail: ParsedMail;
}

/** An SMTP server on 127.0.0.1 keeping every message; `hold(n)` delays the reply to the n-th message (1-based). */
export async function smtpServer(options: { refuseFrom?: number; holdAt?: number; onHold?: () => void } = {}) {
  const received: Received[] = [];
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        count++;
        if (options.refuseFrom !== undefined && count >= options.refuseFrom) {
          const err = new Error('mailbox unavailable') as Error & { responseCode: number };
          err.responseCode = 550;
          callback(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        void simpleParser(raw).then((mail) => {
          received.push({
            from: session.envelope.mailFrom ? (session.envelope.mailFrom as { address: string }).address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            mail,
          });
          if (options.holdAt !== undefined && count === options.holdAt) {
            // Delivered, but the reply never reaches the client.
            options.onHold?.();
            return;
          }
          callback();
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return { received, port, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

import { spawn, type ChildProcess } from 'node:child_process';

/** Runs the bundled CLI as a child process (asynchronously: the test's servers keep answering). */
export function runCli(cli: string, args: readonly string[], env: Record<string, string> = {}, onSpawn?: (child: ChildProcess) => void) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    onSpawn?.(child);
  });
}

/** The arguments of a `chase` run over a workspace's files on Dudley's preset, on `on`, then `more`. */
export function chaseArgs(w: ReturnType<typeof workspace>, on: string, ...more: string[]): string[] {
  return ['chase', '--policy', 'dudley', '--cases', w.cases, '--directory', w.directory, '--on', on, '--ledger', w.ledger, ...more];
}
