/**
 * The boundary check (scripts/check-boundaries.mjs) on a small tree written here, with the violations known by
 * construction, and on the repository's own src/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
// @ts-expect-error -- a plain .mjs script without declarations
import { checkBoundaries } from '../../scripts/check-boundaries.mjs';

interface Violation {
  from: string;
  to: string;
  why: string;
}
type Check = (srcDir?: string, pending?: readonly string[]) => { failures: Violation[]; stale: string[] };
const check = checkBoundaries as Check;

const dir = mkdtempSync(join(tmpdir(), 'boundaries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(dir, 'src-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const clean = {
  'errors.ts': 'export class E extends Error {}\n',
  'index.ts': "export * from './calendar/index.js';\nexport * from './workflow/index.js';\n",
  'calendar/index.ts': "export { d } from './date.js';\nexport { E } from '../errors.js';\n",
  'calendar/date.ts': 'export const d = 1;\n',
  'workflow/index.ts': "export { f } from './fold.js';\n",
  'workflow/fold.ts': "import { d } from '../calendar/index.js';\nexport const f = d + 1;\n",
  'templates/email.ts': "import type { f } from '../workflow/index.js';\nexport type F = typeof f;\n",
};

describe('boundary check', () => {
  test('a tree that follows the rules passes', () => {
    expect(check(tree(clean), [])).toEqual(expect.objectContaining({ failures: [], stale: [] }));
  });

  test('reaching into an area, importing against the flow, a Node built-in in a pure area, a stray root file', () => {
    const root = tree({
      ...clean,
      'templates/letter.ts': "import { f } from '../workflow/fold.js';\nexport const l = f;\n",
      'calendar/late.ts': "import { f } from '../workflow/index.js';\nexport const x = f;\n",
      'reporting/read.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      'helpers.ts': 'export const h = 1;\n',
    });
    const found = check(root, []).failures.map((v) => [v.from, v.to]);
    expect(found).toEqual([
      ['calendar/late.ts', 'workflow/index.ts'],
      ['helpers.ts', ''],
      ['reporting/read.ts', 'node:fs'],
      ['templates/letter.ts', 'workflow/fold.ts'],
    ]);
  });

  test('src/suggest.ts is a shared leaf like errors.ts; chase stands beside reporting (neither imports the other)', () => {
    const root = tree({
      ...clean,
      'suggest.ts': "import { E } from './errors.js';\nexport const s = E;\n",
      'workflow/events.ts': "import { s } from '../suggest.js';\nexport const e = s;\n",
      'chase/run.ts': "import type { F } from '../templates/index.js';\nexport type R = F;\n",
      'reporting/report.ts': "import type { R } from '../chase/index.js';\nexport type P = R;\n",
    });
    expect(check(root, []).failures.map((v) => [v.from, v.to])).toEqual([['reporting/report.ts', 'chase/index.ts']]);
    const leafReaching = tree({ ...clean, 'suggest.ts': "import { d } from './calendar/index.js';\nexport const s = d;\n" });
    expect(check(leafReaching, []).failures.map((v) => [v.from, v.to])).toEqual([['suggest.ts', 'calendar/index.ts']]);
  });

  test('the allow-list admits a listed import and fails on an entry that matches nothing', () => {
    const root = tree({ ...clean, 'templates/letter.ts': "import { f } from '../workflow/fold.js';\nexport const l = f;\n" });
    expect(check(root, ['templates/letter.ts -> workflow/fold.ts']).failures).toEqual([]);
    expect(check(root, ['templates/letter.ts -> workflow/fold.ts', 'reporting/x.ts -> workflow/fold.ts']).stale).toEqual(['reporting/x.ts -> workflow/fold.ts']);
  });

  test("the repository's src/ passes", () => {
    expect(check()).toEqual(expect.objectContaining({ failures: [], stale: [] }));
  });
});
