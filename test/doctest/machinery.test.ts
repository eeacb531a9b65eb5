// Tests of the doc-test machinery itself (extraction and conversion), on small hand-written sources.
import { describe, expect, test } from 'vitest';
import { assertThrows, compileExample, ExampleSyntaxError, extractExamplesFromText } from './extract.js';

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

const SOURCE = [
  '/** Not exported: its example is ignored.', // 1
  ' * @example', // 2
  ' * hidden() //=> 1', // 3
  ' */', // 4
  'function hidden() { return 1; }', // 5
  '', // 6
  '/**', // 7
  ' * Doubles.', // 8
  ' *', // 9
  ' * @example', // 10
  " * import { double } from 'statutory-complaints';", // 11
  ' * double(2) //=> 4', // 12
  ' * @example Second example, with a caption', // 13
  ' * ```ts', // 14
  ' * import {', // 15
  ' *   double as twice,', // 16
  ' *   type Unused,', // 17
  " * } from 'statutory-complaints/calendar';", // 18
  ' * twice(-1); //=> -2', // 19
  ' * ```', // 20
  ' * @returns twice n', // 21
  ' */', // 22
  'export function double(n: number): number { return 2 * n; }', // 23
  '', // 24
  '/** A box. */', // 25
  'export class Box {', // 26
  '  /**', // 27
  '   * Opens it.', // 28
  '   * @example', // 29
  '   * 1 + 1 //=> 2', // 30
  '   */', // 31
  '  open(): void {}', // 32
  '}', // 33
  '/** @example', // 34
  ' * LIMIT //=> 3', // 35
  ' */', // 36
  'export const LIMIT = 3, OTHER = 4;', // 37
].join('\n');

async function run(code: string, modules: Record<string, Record<string, unknown>>): Promise<void> {
  const moduleFor = (spec: string, names: string[]) => {
    const mod = modules[spec]!;
    for (const n of names) if (!(n in mod)) throw new Error(`${spec} does not export ${n}`);
    return mod;
  };
  await new AsyncFunction('__module', 'expect', '__throws', code)(moduleFor, expect, assertThrows);
}

describe('extractExamplesFromText', () => {
  const examples = extractExamplesFromText(SOURCE, 'src/x.ts');

  test('finds examples on exported declarations and members of exported classes only, with tag lines', () => {
    expect(examples.map((e) => [e.line, e.symbol])).toEqual([
      [10, 'double'],
      [13, 'double'],
      [29, 'Box.open'],
      [34, 'LIMIT, OTHER'],
    ]);
  });

  test('strips comment prefixes and code fences, keeps source line numbers, stops at the next tag', () => {
    expect(examples[0]!.lines).toEqual([
      { text: "import { double } from 'statutory-complaints';", line: 11 },
      { text: 'double(2) //=> 4', line: 12 },
    ]);
    expect(examples[1]!.lines.map((l) => l.line)).toEqual([15, 16, 17, 18, 19]);
    expect(examples[1]!.lines[1]!.text).toBe('  double as twice,');
    expect(examples[2]!.lines).toEqual([{ text: '1 + 1 //=> 2', line: 30 }]);
  });
});

describe('compileExample', () => {
  const [first, second] = extractExamplesFromText(SOURCE, 'src/x.ts');

  test('turns package imports into module lookups (multi-line, renamed, type-only dropped)', () => {
    expect(compileExample(first!).imports).toEqual(['statutory-complaints']);
    expect(compileExample(second!).imports).toEqual(['statutory-complaints/calendar']);
  });

  test('a passing //=> assertion runs', async () => {
    await expect(run(compileExample(first!).code, { 'statutory-complaints': { double: (n: number) => 2 * n } })).resolves.toBeUndefined();
    await expect(run(compileExample(second!).code, { 'statutory-complaints/calendar': { double: (n: number) => 2 * n } })).resolves.toBeUndefined();
  });

  test('a wrong result fails, naming the file and line', async () => {
    const wrong = run(compileExample(first!).code, { 'statutory-complaints': { double: (n: number) => 3 * n } });
    await expect(wrong).rejects.toThrow(/src\/x\.ts:12/);
  });

  test('a missing export fails', async () => {
    await expect(run(compileExample(first!).code, { 'statutory-complaints': {} })).rejects.toThrow(/does not export double/);
  });

  const example = (lines: string[]) => ({
    file: 'src/y.ts',
    line: 1,
    symbol: 'y',
    lines: lines.map((text, i) => ({ text, line: 2 + i })),
  });

  test('//=> throws Name passes for that class or a subclass, fails otherwise', async () => {
    class SpecialError extends RangeError {}
    const mod = {
      'statutory-complaints': {
        special: () => {
          throw new SpecialError('x');
        },
        fine: () => 1,
      },
    };
    const ok = compileExample(example(["import { special } from 'statutory-complaints';", 'special() //=> throws SpecialError', 'special() //=> throws RangeError']));
    await expect(run(ok.code, mod)).resolves.toBeUndefined();
    const wrongClass = compileExample(example(["import { special } from 'statutory-complaints';", 'special() //=> throws TypeError']));
    await expect(run(wrongClass.code, mod)).rejects.toThrow(/src\/y\.ts:3: expected TypeError to be thrown, but got SpecialError/);
    const noThrow = compileExample(example(["import { fine } from 'statutory-complaints';", 'fine() //=> throws Error']));
    await expect(run(noThrow.code, mod)).rejects.toThrow(/src\/y\.ts:3: expected the expression to throw Error/);
  });

  test('TypeScript syntax is stripped and await works', async () => {
    const code = compileExample(example(['const n: number = await Promise.resolve(2);', 'n as number //=> 2', '[n, { a: n }] //=> [2, { a: 2 }]'])).code;
    await expect(run(code, {})).resolves.toBeUndefined();
  });

  test('imports from other packages are refused, naming the line', () => {
    expect(() => compileExample(example(["import { readFileSync } from 'node:fs';"]))).toThrow(ExampleSyntaxError);
    expect(() => compileExample(example(["import { readFileSync } from 'node:fs';"]))).toThrow(/src\/y\.ts:2/);
  });

  test('a syntax error is reported at its source line', () => {
    expect(() => compileExample(example(['const a = 1;', 'const = 2;']))).toThrow(/src\/y\.ts:3/);
  });
});
