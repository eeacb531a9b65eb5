// The published library must not need the YAML parser unless a caller reads preset text: only the preset-text entry
// (`statutory-complaints/policy-text`, src/policy-text/) and the Node entry that uses it may import `yaml`, and
// nothing the root or `/policies` imports may reach it. Every entry but `/node` must run in a browser: bundled for
// the browser, none of them may reach a Node-only module (the workbench page is built from them).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function inputsOf(entry: string, platform: 'node' | 'browser' = 'node'): Promise<string[]> {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform,
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return Object.keys(result.metafile.inputs);
}

const BROWSER_ENTRIES = [
  'src/index.ts',
  'src/calendar/index.ts',
  'src/policies/index.ts',
  'src/workflow/index.ts',
  'src/templates/index.ts',
  'src/reporting/index.ts',
  'src/policy-text/index.ts',
];

describe('packaging', () => {
  test.each(['src/index.ts', 'src/policies/index.ts'])('%s does not reach the yaml package or src/node', async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs.some((i) => i.includes('src/policies/parse-policy.ts'))).toBe(true);
    expect(inputs.filter((i) => i.includes('node_modules/yaml/') || i.startsWith('src/node/') || i.startsWith('src/policy-text/'))).toEqual([]);
  });

  test('the preset-text and Node entries do use it', async () => {
    expect((await inputsOf('src/policy-text/index.ts')).some((i) => i.includes('node_modules/yaml/'))).toBe(true);
    expect((await inputsOf('src/node/index.ts')).some((i) => i.includes('node_modules/yaml/'))).toBe(true);
  });

  test.each(BROWSER_ENTRIES)('%s bundles for the browser without any Node-only module', async (entry) => {
    // esbuild's browser platform cannot resolve node:fs and the like: the build itself fails if one is reached.
    const inputs = await inputsOf(entry, 'browser');
    expect(inputs.filter((i) => i.startsWith('src/node/') || i.startsWith('src/cli/') || /^node:/.test(i))).toEqual([]);
  });

  test('the Node entry does not bundle for the browser (the check above can fail)', async () => {
    await expect(inputsOf('src/node/index.ts', 'browser')).rejects.toThrow();
  });
});
