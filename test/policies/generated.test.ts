// Generated files must match their sources: src/policies/generated/presets.json (from the YAML presets, by the
// library's own loader; gitignored, made by `npm run presets`) and the committed schema/policy.schema.json (from the
// zod schema). And the JSON Schema must accept what the validator accepts
// and refuse the structural mistakes, checked with a small validator for the keywords the file uses.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { policyFileJsonSchema, policyFileJsonSchemaText } from '../../src/policies/json-schema.js';
import { BUILT_IN_FILES, BUILT_IN_PRESETS } from '../../src/policies/builtins.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const fixture = (path: string) => parse(read(`test/fixtures/policies/${path}`)) as unknown;

describe('generated files are up to date', () => {
  test('src/policies/generated/presets.json matches src/policies/presets/*.yaml (run npm run presets)', async () => {
    const script = pathToFileURL(fileURLToPath(new URL('scripts/build-presets.mjs', root))).href;
    const { renderPresetsJson } = (await import(script)) as { renderPresetsJson: () => Promise<string> };
    expect(read('src/policies/generated/presets.json')).toBe(await renderPresetsJson());
  });

  test('the built-in presets carry the file, line and column of their values, as the YAML loader read them', () => {
    // src/policies/presets/dudley.yaml: `id: dudley` is line 14, `extends:` line 15 (after the 13 comment lines);
    // the first reminder's `offsetWorkingDays: -5` is the third line of its item.
    const dudley = BUILT_IN_FILES.dudley!;
    expect(dudley.file).toBe('src/policies/presets/dudley.yaml');
    expect(dudley.positions.id).toEqual([14, 1]);
    expect(dudley.positions.extends).toEqual([15, 1]);
    const lines = read('src/policies/presets/dudley.yaml').split('\n');
    const [line, column] = dudley.positions['caseTypes.statutory-complaint.stages.stage-1.reminders[0].offsetWorkingDays']!;
    expect(lines[line - 1]!.slice(column - 1)).toBe('offsetWorkingDays: -5');
  });

  test('no generated TypeScript is committed: the presets reach the bundle as JSON', () => {
    expect(() => read('src/policies/presets.generated.ts')).toThrow();
    expect(read('.gitignore')).toContain('src/policies/generated/');
  });

  test('schema/policy.schema.json matches the zod schema (run node scripts/generate-schema.mjs)', () => {
    expect(read('schema/policy.schema.json')).toBe(policyFileJsonSchemaText());
  });

  test('scripts/generate-schema.mjs produces the same text from a clean checkout (bundling the TypeScript with esbuild)', async () => {
    const script = pathToFileURL(fileURLToPath(new URL('scripts/generate-schema.mjs', root))).href;
    const { renderPolicySchema } = (await import(script)) as { renderPolicySchema: () => Promise<string> };
    expect(await renderPolicySchema()).toBe(read('schema/policy.schema.json'));
  });
});

// A validator for the JSON Schema keywords the generated file uses. An unknown keyword fails the test, so a change
// in what zod emits cannot make these checks pass silently.
type Schema = Record<string, unknown> | boolean;
const ANNOTATIONS = new Set(['$schema', 'title', 'description', 'default', '$id']);

function validate(schema: Schema, value: unknown, at = ''): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${at}: not allowed`];
  const errors: string[] = [];
  for (const [keyword, arg] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    switch (keyword) {
      case 'type': {
        const types = Array.isArray(arg) ? arg : [arg];
        const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
        const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
        if (!ok) errors.push(`${at}: type ${actual}, expected ${types.join('|')}`);
        break;
      }
      case 'properties':
        if (isObject) {
          for (const [k, s] of Object.entries(arg as Record<string, Schema>)) {
            if (Object.prototype.hasOwnProperty.call(value, k)) errors.push(...validate(s, (value as Record<string, unknown>)[k], `${at}.${k}`));
          }
        }
        break;
      case 'required':
        if (isObject) for (const k of arg as string[]) if (!Object.prototype.hasOwnProperty.call(value, k)) errors.push(`${at}: missing ${k}`);
        break;
      case 'additionalProperties':
        if (isObject) {
          const known = Object.keys((schema.properties as object | undefined) ?? {});
          for (const [k, v] of Object.entries(value)) if (!known.includes(k)) errors.push(...validate(arg as Schema, v, `${at}.${k}`));
        }
        break;
      case 'propertyNames':
        if (isObject) for (const k of Object.keys(value)) errors.push(...validate(arg as Schema, k, `${at}[key ${k}]`));
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((v, i) => errors.push(...validate(arg as Schema, v, `${at}[${i}]`)));
        break;
      case 'enum':
        if (!(arg as unknown[]).includes(value)) errors.push(`${at}: not one of the choices`);
        break;
      case 'const':
        if (value !== arg) errors.push(`${at}: not the constant`);
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(arg as string, 'u').test(value)) errors.push(`${at}: does not match ${String(arg)}`);
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (arg as number)) errors.push(`${at}: too short`);
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > (arg as number)) errors.push(`${at}: too long`);
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (arg as number)) errors.push(`${at}: below minimum`);
        break;
      case 'maximum':
        if (typeof value === 'number' && value > (arg as number)) errors.push(`${at}: above maximum`);
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (arg as number)) errors.push(`${at}: too few items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (arg as number)) errors.push(`${at}: too many items`);
        break;
      case 'anyOf': {
        const results = (arg as Schema[]).map((s) => validate(s, value, at));
        if (!results.some((r) => r.length === 0)) errors.push(...results.reduce((a, b) => (a.length <= b.length ? a : b)));
        break;
      }
      default:
        throw new Error(`the validator in this test does not know the JSON Schema keyword '${keyword}' (at ${at || 'root'})`);
    }
  }
  return errors;
}

describe('schema/policy.schema.json', () => {
  const schema = policyFileJsonSchema();

  test('is draft 2020-12, for editors: a complete preset or one that extends another', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const branches = schema.anyOf as Record<string, unknown>[];
    expect(branches).toHaveLength(2);
    expect(branches[0]!.required).toEqual(['id', 'title', 'version', 'effectiveFrom', 'jurisdiction', 'calendar', 'roles', 'caseTypes']);
    expect(branches[1]!.required).toEqual(['id', 'title', 'version', 'effectiveFrom', 'extends']);
    const extendsField = (branches[1]!.properties as Record<string, { description?: string }>).extends!;
    expect(extendsField.description).toContain('a list written as a list (e.g. `reminders`, `closures`, `to`) replaces the inherited one whole');
  });

  test.each(Object.keys(BUILT_IN_PRESETS))('accepts the built-in preset %s as written', (id) => {
    expect(validate(schema, BUILT_IN_PRESETS[id])).toEqual([]);
  });

  test.each(['good/fixture-base.yaml', 'good/exampleshire.yaml'])('accepts %s', (file) => {
    expect(validate(schema, fixture(file))).toEqual([]);
  });

  test.each([
    ['broken/typo-key.yaml', '.caseTypes.statutory-complaint.stages.stage-1.timscale: not allowed'],
    ['broken/wrong-type.yaml', '.caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays: type string, expected integer'],
    ['broken/negative-days.yaml', '.caseTypes.statutory-complaint.stages.stage-2.escalation.windowWorkingDays: below minimum'],
    ['broken/not-inherited.yaml', ': missing version'],
    ['broken/bad-date-format.yaml', '.effectiveFrom: does not match ^\\d{4}-\\d{2}-\\d{2}$'],
    ['broken/wrong-choice.yaml', '.caseTypes.statutory-complaint.stages.stage-2.clockStart: not one of the choices'],
    ['broken/string-for-list.yaml', '.caseTypes.statutory-complaint.stages.stage-1.respondsWith: type string, expected array'],
    ['broken/bad-id.yaml', '.roles[key Team Leader]: does not match ^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$'],
    ['broken/complete-missing-source.yaml', '.caseTypes.complaint.stages.stage-1.timescale: missing source'],
  ])('refuses %s', (file, error) => {
    expect(validate(schema, fixture(file))).toContain(error);
  });
});
