#!/usr/bin/env node
// Writes schema/policy.schema.json, the JSON Schema of a policy preset file, from the zod schema in
// src/policies/schema.ts (the single source). The TypeScript is bundled on the fly with esbuild (zod included), so
// this runs from a clean checkout without a build.
//
// Usage: node scripts/generate-schema.mjs          writes the file
//        node scripts/generate-schema.mjs --check  exits 1 if the committed file is stale
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(root, 'schema', 'policy.schema.json');

/** The text of schema/policy.schema.json, from the current source. */
export async function renderPolicySchema() {
  const result = await build({
    entryPoints: [join(root, 'src', 'policies', 'json-schema.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.policyFileJsonSchemaText();
}

const invokedDirectly = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (invokedDirectly) {
  try {
    const text = await renderPolicySchema();
    if (process.argv.includes('--check')) {
      const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
      if (current !== text) {
        console.error(`${relative(root, OUTPUT)} is stale: run \`node scripts/generate-schema.mjs\`.`);
        process.exit(1);
      }
      console.log(`${relative(root, OUTPUT)} is up to date.`);
    } else {
      mkdirSync(dirname(OUTPUT), { recursive: true });
      writeFileSync(OUTPUT, text);
      console.log(`wrote ${relative(root, OUTPUT)}`);
    }
  } catch (error) {
    console.error(`generate-schema: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
