// The runner: dispatch, help, version, and mapping errors to exit codes (with stand-in commands).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { InvalidArgumentError, DateOutOfRangeError } from '../../src/index.js';
import { UsageError } from '../../src/cli/args.js';
import { commands, runCli } from '../../src/cli/run.js';
import type { Command } from '../../src/cli/types.js';
import { cli, fakeIo } from './helpers.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

function standIn(behaviour: () => number): Command {
  return { name: 'probe', summary: 'a stand-in command', usage: 'Usage: statutory-complaints probe', run: behaviour };
}

async function runWith(command: Command, ...argv: string[]) {
  const io = fakeIo();
  const code = await runCli(argv, io, [command]);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

describe('top level', () => {
  test('--help and -h list every registered command and exit 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const r = await cli(flag);
      expect(r.code).toBe(0);
      for (const c of commands) expect(r.stdout).toMatch(new RegExp(`^  ${c.name}  `, 'm'));
    }
  });

  test('the registry holds the holidays and workdays commands, sorted by name', () => {
    const names = commands.map((c) => c.name);
    expect(names).toContain('holidays');
    expect(names).toContain('workdays');
    expect([...names].sort()).toEqual(names);
  });

  test('--version prints the package.json version', async () => {
    expect(await cli('--version')).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('no command, an unknown command or an unknown top-level option is a usage error (exit 2)', async () => {
    for (const argv of [[], ['frobnicate'], ['--frobnicate']]) {
      const r = await cli(...argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^statutory-complaints: .+\nRun 'statutory-complaints --help' for the list of commands\.\n$/);
    }
  });

  test('help <command> and <command> --help print that command’s usage', async () => {
    for (const c of commands) {
      const a = await cli('help', c.name);
      const b = await cli(c.name, '--help');
      const d = await cli(c.name, 'anything', '-h');
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(c.usage.endsWith('\n') ? c.usage : `${c.usage}\n`);
      expect(b).toEqual(a);
      expect(d).toEqual(a);
    }
  });
});

describe('exit codes', () => {
  test('0 from a command that succeeds', async () => {
    expect(
      (
        await runWith(
          standIn(() => 0),
          'probe',
        )
      ).code,
    ).toBe(0);
  });

  test('2 for a UsageError, one line plus a pointer to the command’s help', async () => {
    const r = await runWith(
      standIn(() => {
        throw new UsageError('missing argument <date>');
      }),
      'probe',
    );
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: "statutory-complaints probe: missing argument <date>\nRun 'statutory-complaints probe --help' for usage.\n",
    });
  });

  test('1 for a library error, with its one-line message', async () => {
    const r = await runWith(
      standIn(() => {
        throw new InvalidArgumentError('n', 'must be a whole number from 0 to 100000');
      }),
      'probe',
    );
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'statutory-complaints probe: n: must be a whole number from 0 to 100000.\n' });
  });

  test('1 for a RangeError (DateOutOfRangeError)', async () => {
    const r = await runWith(
      standIn(() => {
        throw new DateOutOfRangeError('result', 'the result falls outside the supported range');
      }),
      'probe',
    );
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });

  test('1 and an internal-error report for an unexpected exception', async () => {
    const r = await runWith(
      standIn(() => {
        throw new TypeError('boom');
      }),
      'probe',
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^statutory-complaints probe: internal error \(please report it\): TypeError: boom/);
  });

  test('an async command’s exit code is awaited', async () => {
    const command: Command = { name: 'probe', summary: 's', usage: 'u', run: () => Promise.resolve(0) };
    expect((await runWith(command, 'probe')).code).toBe(0);
  });
});
