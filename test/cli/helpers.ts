// A fake CliIo that records output, and a runner returning exit code plus output.
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/types.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function fakeIo(files: Record<string, string> = {}): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) return Promise.reject(Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' }));
      return Promise.resolve(text);
    },
    writeFile: () => {
      return Promise.reject(new Error('this test writes no files'));
    },
  };
}

/** Runs the CLI in-process with the given arguments. */
export async function cli(...argv: string[]): Promise<CliResult> {
  const io = fakeIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

/** Runs the CLI in-process and parses its standard output as JSON (failing if the exit code is not 0). */
export async function cliJson(...argv: string[]): Promise<unknown> {
  const r = await cli(...argv);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
