// The node10 ("moduleResolution": "node") path to each entry's types is generic: package.json's `typesVersions`
// holds one wildcard that mirrors the `./x` -> `dist/x/index` layout of `exports`, so a new entry needs no edit
// there. These tests resolve every entry, plus an entry that does not exist yet (`./chase`), with TypeScript's own
// resolver under node10, node16 (from CJS and from ESM) and bundler, against a package laid out as npm installs it.
// (The packed tarball itself is checked by attw's full profile set in scripts/pack-check.mjs.)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// TypeScript 5.x, as attw checks with (its own dependency) and as projects still on `moduleResolution: node` pin it:
// its node10 resolver ignores `exports` (TypeScript 6's reads them), which is the case typesVersions is there for.
const ts = createRequire(createRequire(import.meta.url).resolve('@arethetypeswrong/core/package.json'))('typescript') as typeof TS;
const TS_MAJOR = Number(ts.version.split('.')[0]);

interface Conditions {
  readonly import: { readonly types: string; readonly default: string };
  readonly require: { readonly types: string; readonly default: string };
}
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  types: string;
  typesVersions: unknown;
  exports: Record<string, string | Conditions>;
};

/** The exports of the package as it is, plus a new entry laid out the same way. */
const NEW_ENTRY: Conditions = {
  import: { types: './dist/chase/index.d.ts', default: './dist/chase/index.js' },
  require: { types: './dist/chase/index.d.cts', default: './dist/chase/index.cjs' },
};
const exportsWithNew: Record<string, string | Conditions> = { ...pkg.exports, './chase': NEW_ENTRY };
const codeEntries = Object.entries(exportsWithNew).filter((e): e is [string, Conditions] => typeof e[1] !== 'string');

let dir: string;
let consumer: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sc-resolution-'));
  consumer = join(dir, 'consumer');
  const installed = join(consumer, 'node_modules', pkg.name);
  const write = (file: string, text: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  };
  // package.json as published, with the new entry added to `exports` only.
  write(join(installed, 'package.json'), JSON.stringify({ ...pkg, exports: exportsWithNew }));
  for (const [, c] of codeEntries) {
    for (const file of [c.import.types, c.require.types, c.import.default, c.require.default]) {
      write(join(installed, file), file.endsWith('.ts') || file.endsWith('.cts') ? 'export declare const x: 1;\n' : '');
    }
  }
  for (const target of Object.values(exportsWithNew)) {
    if (typeof target === 'string' && target !== './package.json') write(join(installed, target), '{}');
  }
  write(join(consumer, 'package.json'), '{"name":"consumer","private":true}');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function resolve(specifier: string, from: string, moduleResolution: TS.ModuleResolutionKind, module: TS.ModuleKind) {
  const options: TS.CompilerOptions = { moduleResolution, module, resolveJsonModule: true, noEmit: true };
  // The importing file's module format (CJS for .cts, ESM for .mts and for bundler imports) picks the condition.
  // (node10 has no modes: passing one there would make TypeScript read `exports`.)
  const mode = moduleResolution === ts.ModuleResolutionKind.Node10 ? undefined : from.endsWith('.cts') ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext;
  const result = ts.resolveModuleName(specifier, join(consumer, from), options, ts.sys, undefined, undefined, mode);
  const file = result.resolvedModule?.resolvedFileName;
  return file === undefined ? undefined : `./${file.slice(join(consumer, 'node_modules', pkg.name).length + 1)}`;
}

const specifierOf = (key: string) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`);

describe('every entry resolves to its types under every resolver', () => {
  it('uses a TypeScript whose node10 resolver ignores exports', () => {
    expect(TS_MAJOR).toBe(5);
  });

  it('follows the dist/<x>/index layout that the typesVersions wildcard mirrors', () => {
    for (const [key, c] of Object.entries(pkg.exports)) {
      if (typeof c === 'string') continue;
      const base = key === '.' ? './dist/index' : `./dist/${key.slice(2)}/index`;
      expect([key, c.require.types, c.import.types]).toEqual([key, `${base}.d.cts`, `${base}.d.ts`]);
    }
    expect(pkg.types).toBe((pkg.exports['.'] as Conditions).require.types);
  });

  it.each(codeEntries.map(([key, c]) => [specifierOf(key), c] as const))('%s', (specifier, c) => {
    const { Node10, Node16, Bundler } = ts.ModuleResolutionKind;
    expect(resolve(specifier, 'index.ts', Node10, ts.ModuleKind.CommonJS)).toBe(c.require.types);
    expect(resolve(specifier, 'index.cts', Node16, ts.ModuleKind.Node16)).toBe(c.require.types);
    expect(resolve(specifier, 'index.mts', Node16, ts.ModuleKind.Node16)).toBe(c.import.types);
    expect(resolve(specifier, 'index.ts', Bundler, ts.ModuleKind.ESNext)).toBe(c.import.types);
  });

  it('resolves the JSON entries under node10 too', () => {
    for (const [key, target] of Object.entries(pkg.exports)) {
      if (typeof target !== 'string') continue;
      expect(resolve(specifierOf(key), 'index.ts', ts.ModuleResolutionKind.Node10, ts.ModuleKind.CommonJS)).toBe(target);
    }
  });

  it('an entry outside exports does not resolve under node16 (exports stays authoritative)', () => {
    expect(resolve(`${pkg.name}/dist/calendar/index.js`, 'index.mts', ts.ModuleResolutionKind.Node16, ts.ModuleKind.Node16)).toBeUndefined();
  });
});
