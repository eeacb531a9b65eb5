// scripts/bundle-check.mjs (npm test's test:bundle) must notice a Node built-in pulled into a browser bundle, by
// either spelling, and name the file that imported it; a pure module passes. (The entries themselves are checked
// on the built dist/ by the script.)
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { bundle, entries, NODE_ONLY } from '../../scripts/bundle-check.mjs';

type Bundled = { builtins: string[]; min: number; gz: number };
const run = bundle as (contents: string) => Promise<Bundled>;

describe('the browser bundle check', () => {
  it('reports node:fs and path, imported from the entry', async () => {
    const r = await run("import { readFileSync } from 'node:fs';\nimport { join } from 'path';\nexport const f = () => readFileSync(join('a', 'b'));");
    expect(r.builtins).toEqual(['node:fs (imported by <stdin>)', 'path (imported by <stdin>)']);
  });

  it('passes a module without Node built-ins, and measures it', async () => {
    const r = await run('export const add = (a, b) => a + b;');
    expect(r.builtins).toEqual([]);
    expect(r.min).toBeGreaterThan(0);
    expect(r.gz).toBeGreaterThan(0);
  });

  it('checks every entry in exports except the Node-only ones, with no list of its own', () => {
    const keys = (entries() as { key: string; nodeOnly: boolean }[]).filter((e) => !e.nodeOnly).map((e) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['.', './calendar', './policies', './workflow', './templates', './reporting']));
    expect([...(NODE_ONLY as Set<string>)]).toEqual(['./node']);
  });
});
