import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

/**
 * The library's entry points come from package.json's `exports` (the one authoritative list): every entry whose
 * ESM target is `./dist/<x>.js` is built from `src/<x>.ts`. Adding an entry to `exports` is the only edit a new
 * entry point needs (typesVersions mirrors the same layout for node10 resolution; see scripts/pack-check.mjs).
 */
function entriesFromExports(): Record<string, string> {
  const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
    exports: Record<string, string | { import?: { default?: string } }>;
  };
  const entries: Record<string, string> = {};
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue; // JSON files and package.json ship as they are
    const js = target.import?.default;
    const match = js === undefined ? null : /^\.\/dist\/(.+)\.js$/.exec(js);
    if (!match) throw new Error(`package.json exports["${key}"].import.default must be ./dist/<name>.js`);
    entries[match[1]!] = `src/${match[1]}.ts`;
  }
  return entries;
}

export default defineConfig([
  {
    entry: entriesFromExports(),
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
    sourcemap: false,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'node20',
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
