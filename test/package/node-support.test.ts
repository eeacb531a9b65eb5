// README's support statement, package.json's `engines` and the Node lines the matrix (scripts/node-matrix.mjs,
// run by .ci/run) installs and tests are the same list.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { SUPPORTED_NODE_LINES } from '../../scripts/node-matrix.mjs';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const lines = SUPPORTED_NODE_LINES as number[];

describe('supported Node lines', () => {
  it('include the LTS lines 22 and 24 and the current line 26', () => {
    expect(lines).toEqual(expect.arrayContaining([22, 24, 26]));
  });

  it('README states exactly the lines the matrix tests', () => {
    const statement = /\*\*Supported Node\.js lines: ([\d, and]+)\.\*\*/.exec(read('README.md'));
    expect(statement).not.toBeNull();
    expect(statement![1]!.split(/, | and /).map(Number)).toEqual(lines);
  });

  it('engines starts at the oldest line tested', () => {
    const pkg = JSON.parse(read('package.json')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${Math.min(...lines)}`);
  });

  it('.ci/run runs npm ci, npm test, then the matrix', () => {
    const steps = read('.ci/run')
      .split('\n')
      .filter((l) => /^npm /.test(l));
    expect(steps).toEqual(['npm ci', 'npm test', 'npm run test:node-matrix']);
  });
});
