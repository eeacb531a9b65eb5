/**
 * Doc-tests: every `@example` in a TSDoc block on an exported declaration in src/ runs as its own test, named
 * `<file>:<line> <symbol>`, with `expression //=> expected` lines asserted. A second group fails for each public
 * function, class or constant (reachable from a package entry point) whose TSDoc has no `@example`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { assertThrows, compileExample, entryModules, extractExamples, listTsFiles, publicValueExports } from './doctest/extract.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const modulesBySpecifier = entryModules(root);
const examples = listTsFiles(join(root, 'src')).flatMap((file) => extractExamples(file, root));

type Loaded = Record<string, unknown>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

describe('doc-test examples', () => {
  test('src/ has @example blocks to run', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  for (const example of examples) {
    test(`${example.file}:${example.line} ${example.symbol}`, async () => {
      const compiled = compileExample(example);
      const loaded = new Map<string, Loaded>();
      for (const spec of compiled.imports) {
        const path = modulesBySpecifier.get(spec);
        if (!path) {
          throw new Error(`${example.file}:${example.line}: '${spec}' is not an entry point in package.json exports`);
        }
        loaded.set(spec, (await import(pathToFileURL(path).href)) as Loaded);
      }
      const moduleFor = (spec: string, names: readonly string[]) => {
        const mod = loaded.get(spec)!;
        const missing = names.filter((n) => !(n in mod));
        if (missing.length > 0) {
          throw new Error(`${example.file}:${example.line}: '${spec}' does not export ${missing.join(', ')}`);
        }
        return mod;
      };
      const run = new AsyncFunction('__module', 'expect', '__throws', compiled.code);
      try {
        await run(moduleFor, expect, assertThrows);
      } catch (error) {
        if (error instanceof Error && !error.message.includes(`${example.file}:`)) {
          error.message = `${example.file}:${example.line} (example of ${example.symbol}) threw: ${error.message}`;
        }
        throw error;
      }
    });
  }
});

describe('every public function, class and constant has an @example', () => {
  const exports = publicValueExports(root);

  test('the package entry points export values to check', () => {
    expect(exports.length).toBeGreaterThan(0);
  });

  for (const item of exports) {
    test(`${item.name} (${item.file}:${item.line})`, () => {
      if (!item.documented) {
        throw new Error(`${item.file}:${item.line}: ${item.name}, exported from ${item.entries.join(', ')}, has no TSDoc @example`);
      }
    });
  }
});
