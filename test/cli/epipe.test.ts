// The CLI entry (src/cli/main.ts) as a child process whose reader goes away, as in
// `statutory-complaints policies | head`: no "Unhandled 'error' event … EPIPE" stack trace.
// The entry is bundled with esbuild (CommonJS, dependencies included) into a temporary directory, so the test
// needs no build of the package.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;
let entry: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sc-cli-'));
  entry = join(dir, 'main.cjs');
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: entry,
    logLevel: 'silent',
    absWorkingDir: root,
  });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Closed {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the entry with one of its output streams closed by the reader before anything is written to it. */
function runWithClosed(stream: 'stdout' | 'stderr', ...args: string[]): Promise<Closed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: string[] = [];
    const err: string[] = [];
    // The child takes far longer to start than this takes to run, so the reader is gone before the first write.
    child[stream].destroy();
    const other = stream === 'stdout' ? child.stderr : child.stdout;
    other.setEncoding('utf8');
    other.on('data', (chunk: string) => (stream === 'stdout' ? err : out).push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: out.join(''), stderr: err.join('') }));
  });
}

describe('the CLI when its reader goes away (EPIPE)', () => {
  test('standard output closed (`policies | head`): exits 0, nothing on standard error', async () => {
    const r = await runWithClosed('stdout', 'policies');
    expect(r.stderr).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
  }, 30_000);

  test('standard error closed: the message is dropped, the exit code stays the command’s (2, unknown command)', async () => {
    const r = await runWithClosed('stderr', 'frobnicate');
    expect(r.stdout).toBe('');
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
  }, 30_000);
});
