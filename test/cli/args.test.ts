import { describe, expect, test } from 'vitest';
import { expectPositionals, oneOf, parseArgs, UsageError, wantsHelp } from '../../src/cli/args.js';

const SPECS = {
  name: { type: 'string' },
  tag: { type: 'string', multiple: true },
  json: { type: 'boolean', short: 'j' },
} as const;

describe('parseArgs', () => {
  test('reads --name value, --name=value, flags, repeated options and positionals in any order', () => {
    const r = parseArgs(['a', '--name=x', '--tag', 't1', 'b', '-j', '--tag=t2'], SPECS);
    expect(r.options).toEqual({ name: 'x', tag: ['t1', 't2'], json: true });
    expect(r.positionals).toEqual(['a', 'b']);
  });

  test('treats negative numbers as positionals and everything after -- as positionals', () => {
    const r = parseArgs(['2026-01-05', '-3', '--', '--json'], SPECS);
    expect(r.positionals).toEqual(['2026-01-05', '-3', '--json']);
    expect(r.options).toEqual({});
  });

  test.each([
    [['--nope'], /unknown option '--nope'/],
    [['-x'], /unknown option '-x'/],
    [['--name'], /'--name' needs a value/],
    [['--name', '--json'], /'--name' needs a value/],
    [['--json=yes'], /'--json' takes no value/],
    [['--name', 'a', '--name', 'b'], /given more than once/],
  ])('%j is a usage error', (args, message) => {
    expect(() => parseArgs(args, SPECS)).toThrow(UsageError);
    expect(() => parseArgs(args, SPECS)).toThrow(message);
  });
});

describe('positionals, choices and help', () => {
  test('expectPositionals names the first missing argument and refuses extras', () => {
    expect(expectPositionals(['a', 'b'], ['date', 'n'])).toEqual(['a', 'b']);
    expect(() => expectPositionals(['a'], ['date', 'n'])).toThrow(/missing argument <n>/);
    expect(() => expectPositionals(['a', 'b', 'c'], ['date', 'n'])).toThrow(/too many arguments \(expected <date> <n>\)/);
  });

  test('oneOf lists the allowed values and does not echo the value given', () => {
    expect(oneOf('b', ['a', 'b'], '--x')).toBe('b');
    expect(() => oneOf('secret', ['a', 'b'], '--x')).toThrow('--x must be one of a, b');
    expect(() => oneOf('secret', ['a', 'b'], '--x')).not.toThrow(/secret/);
  });

  test('wantsHelp sees --help and -h before --', () => {
    expect(wantsHelp(['add', '--help'])).toBe(true);
    expect(wantsHelp(['-h'])).toBe(true);
    expect(wantsHelp(['--', '--help'])).toBe(false);
    expect(wantsHelp(['add', '2026-01-05'])).toBe(false);
  });
});
