// The pure entries stay free of the chase run's transports: a browser bundle of the package root and of the chase
// entry must not pull in nodemailer, the Notify client or any Node built-in (esbuild fails on a Node built-in for
// the browser platform, and the metafile lists every input).
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { root } from './helpers.js';

function inputsOf(entry: string): string[] {
  const result = buildSync({ entryPoints: [join(root, entry)], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });
  return Object.keys(result.metafile.inputs);
}

describe('browser bundles', () => {
  for (const entry of ['src/index.ts', 'src/chase/index.ts']) {
    test(`${entry} bundles for the browser without nodemailer, notifications-node-client or src/node`, () => {
      const inputs = inputsOf(entry);
      expect(inputs.some((i) => i.includes('src/chase/run.ts') || entry === 'src/index.ts')).toBe(true);
      expect(inputs.filter((i) => /nodemailer|notifications-node-client|axios|jsonwebtoken|src\/node\//.test(i))).toEqual([]);
    });
  }

  test('the node entry loads them only on use (dynamic import, never a static one)', () => {
    const result = buildSync({
      entryPoints: [join(root, 'src/node/index.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      packages: 'external',
    });
    const out = result.outputFiles[0]!.text;
    expect(out).not.toMatch(/^import .* from ["'](nodemailer|notifications-node-client)["']/m);
    expect(out).toMatch(/import\(pkg\)/);
  });
});
