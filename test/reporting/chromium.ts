// Opens a local HTML file in headless Chromium (Debian's `chromium` package) and evaluates an expression in the
// page, over the Chrome DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages separated by NUL
// bytes, written to the browser on fd 3 and read from it on fd 4). No network, no extra packages.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';

/** True when Debian's chromium is installed where the test expects it. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

interface Reply {
  id?: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** Loads `htmlPath` in a fresh headless Chromium and returns the value of `expression` evaluated in the page. */
export async function evaluateInChromium(htmlPath: string, expression: string, timeoutMs = 30_000): Promise<unknown> {
  const profile = mkdtempSync(join(tmpdir(), 'sc-chromium-'));
  const child = spawn(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1200,1600',
      `--user-data-dir=${profile}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const pending = new Map<number, (reply: Reply) => void>();
  let buffer = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(buffer.slice(0, end)) as Reply;
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) pending.get(message.id)?.(message);
    }
  });
  let nextId = 1;
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply.result ?? {})));
      toBrowser.write(`${JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params })}\0`);
    });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium did not answer within ${timeoutMs} ms. stderr:\n${stderr}`)), timeoutMs);
  });
  const work = (async () => {
    const { targetId } = (await send('Target.createTarget', { url: pathToFileURL(htmlPath).href })) as { targetId: string };
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const evaluate = async (expr: string): Promise<unknown> => {
      const r = (await send('Runtime.evaluate', { expression: expr, returnByValue: true }, sessionId)) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string };
      };
      if (r.exceptionDetails) throw new Error(`page threw: ${r.exceptionDetails.text}`);
      return r.result.value;
    };
    for (let i = 0; i < 200; i++) {
      if ((await evaluate('document.readyState + "|" + location.protocol')) === 'complete|file:') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const value = await evaluate(expression);
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    await send('Browser.close').catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    return value;
  })();
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
  }
}
