// The published library must not need the YAML parser unless a caller loads a file: only the Node entry
// (`statutory-complaints/node`, src/node/) may import `yaml`, and nothing the root or `/policies` imports may reach it.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function inputsOf(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return Object.keys(result.metafile.inputs);
}

describe('packaging', () => {
  test.each(['src/index.ts', 'src/policies/index.ts'])('%s does not reach the yaml package or src/node', async (entry) => {
    const inputs = await inputsOf(entry);
    expect(inputs.some((i) => i.includes('src/policies/parse-policy.ts'))).toBe(true);
    expect(inputs.filter((i) => i.includes('node_modules/yaml/') || i.startsWith('src/node/'))).toEqual([]);
  });

  test('the Node entry does use it', async () => {
    expect((await inputsOf('src/node/index.ts')).some((i) => i.includes('node_modules/yaml/'))).toBe(true);
  });
});
