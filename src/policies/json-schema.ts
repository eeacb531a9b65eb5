/**
 * The JSON Schema of a preset file, generated from the zod schema (the single source) by
 * `scripts/generate-schema.mjs` into `schema/policy.schema.json`, which editors use for completion and checks.
 * A test fails when the committed file differs from what this produces.
 *
 * @module
 */
import * as z from 'zod';
import { presetFileSchema } from './schema.js';

/**
 * The schema's `$id`: its published path on jsDelivr, which serves every file of the npm package. The version range
 * is the package's compatible range (`0.1` while the version is 0.1.x; the major from 1.0), so the id stays the same
 * across the patch releases that cannot change the preset format, and a test checks it against package.json.
 * Installed from npm, the same file is `node_modules/statutory-complaints/schema/policy.schema.json` (package export
 * `statutory-complaints/schema/policy.schema.json`). @internal
 */
export const POLICY_SCHEMA_ID = 'https://cdn.jsdelivr.net/npm/statutory-complaints@0.1/schema/policy.schema.json';

/** The JSON Schema (draft 2020-12) of a preset file, with the schema's descriptions. @internal */
export function policyFileJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(presetFileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  const { $schema, description, ...rest } = generated;
  return {
    $schema,
    $id: POLICY_SCHEMA_ID,
    title: 'statutory-complaints policy preset',
    description: `${String(description)} Generated from the library's zod schema by scripts/generate-schema.mjs; do not edit.`,
    ...rest,
  };
}

/** The text of `schema/policy.schema.json`. @internal */
export function policyFileJsonSchemaText(): string {
  return `${JSON.stringify(policyFileJsonSchema(), null, 2)}\n`;
}
