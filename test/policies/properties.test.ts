// Properties of parsePolicy on arbitrary input: it returns a policy or throws a PolicyValidationError, never
// anything else; no input changes a prototype; and no message repeats a value from the input.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { PolicyValidationError } from '../../src/index.js';
import { parsePolicy } from '../../src/policies/index.js';
import { minimalPolicy } from './helpers.js';

const SPECIAL_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];
const POLICY_KEYS = ['id', 'extends', 'title', 'version', 'effectiveFrom', 'roles', 'caseTypes', 'stages', 'templates', 'calendar', 'reminders', 'source'];
const key = fc.oneof(fc.string(), fc.constantFrom(...SPECIAL_KEYS, ...POLICY_KEYS));

/** Either a policy, or a PolicyValidationError with well-formed issues; anything else fails the property. */
function outcome(data: unknown, options?: Parameters<typeof parsePolicy>[1]): 'valid' | PolicyValidationError {
  try {
    parsePolicy(data, options);
    return 'valid';
  } catch (error) {
    if (!(error instanceof PolicyValidationError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.code).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(issue.message.length).toBeGreaterThan(10);
    }
    return error;
  }
}

function prototypesUntouched(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}
const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

/** Every path to a value inside `value`. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function setAt(root: any, path: (string | number)[], value: unknown, remove: boolean): any {
  if (path.length === 0) return value;
  let node = root;
  for (const p of path.slice(0, -1)) node = node[p];
  const last = path[path.length - 1]!;
  if (remove && !Array.isArray(node)) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return root;
}

const BASE_PATHS = paths(minimalPolicy());

/** A valid policy with a few random changes: values replaced by arbitrary JSON, keys removed or added. */
const mutatedPolicy = fc
  .array(
    fc.record({
      at: fc.constantFrom(...BASE_PATHS),
      op: fc.constantFrom('replace', 'remove', 'null', 'add-key'),
      value: fc.jsonValue({ maxDepth: 3 }),
      newKey: key,
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((changes) => {
    let data: any = minimalPolicy();
    for (const c of changes) {
      const existing = paths(data).map((p) => JSON.stringify(p));
      if (!existing.includes(JSON.stringify(c.at))) continue;
      if (c.op === 'replace') data = setAt(data, c.at, c.value, false);
      else if (c.op === 'remove') data = setAt(data, c.at, undefined, true);
      else if (c.op === 'null') data = setAt(data, c.at, null, false);
      else {
        let node = data;
        for (const p of c.at) node = node?.[p];
        if (node && typeof node === 'object' && !Array.isArray(node))
          Object.defineProperty(node, c.newKey, { value: c.value, enumerable: true, writable: true, configurable: true });
      }
    }
    return data;
  });

describe('parsePolicy on arbitrary input', () => {
  test('arbitrary JSON values: a policy or a PolicyValidationError, never another exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        outcome(value);
        prototypesUntouched();
      }),
      { numRuns: 500 },
    );
  });

  test('arbitrary JavaScript values with special keys (null prototypes, maps, dates, bigints, sparse arrays)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          key,
          maxDepth: 4,
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
        }),
        (value) => {
          outcome(value);
          prototypesUntouched();
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a valid preset with random changes: a policy or a PolicyValidationError', () => {
    fc.assert(
      fc.property(mutatedPolicy, (data) => {
        outcome(data);
        prototypesUntouched();
      }),
      { numRuns: 500 },
    );
  });

  test('random presets extending a valid one: a policy or a PolicyValidationError', () => {
    const patch = fc.record(
      {
        id: fc.constantFrom('child', 'base', '__proto__'),
        extends: fc.constantFrom('base', 'child', 'missing', 'constructor'),
        title: fc.string(),
        version: fc.constantFrom('1.0', '1.0.0', 'x'),
        effectiveFrom: fc.constantFrom('2026-04-01', '2026-02-30'),
        roles: fc.dictionary(key, fc.oneof(fc.constant(null), fc.record({ title: fc.string() }), fc.jsonValue({ maxDepth: 2 }))),
        caseTypes: fc.dictionary(fc.constantFrom('statutory-complaint', 'other', '__proto__'), fc.jsonValue({ maxDepth: 4 })),
        calendar: fc.oneof(fc.constant(null), fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }))),
      },
      { requiredKeys: ['id', 'extends'] },
    );
    fc.assert(
      fc.property(patch, (data) => {
        outcome(data, { presets: { base: minimalPolicy() } });
        prototypesUntouched();
      }),
      { numRuns: 500 },
    );
  });

  test('__proto__, constructor and prototype keys anywhere never change a prototype, and are always reported', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BASE_PATHS.filter((p) => p.length > 0)), fc.constantFrom('__proto__', 'constructor', 'prototype'), (at, special) => {
        const data: any = minimalPolicy();
        let node = data;
        for (const p of at) node = node[p];
        if (!node || typeof node !== 'object' || Array.isArray(node)) return;
        Object.defineProperty(node, special, { value: { polluted: true, title: 'x' }, enumerable: true, writable: true, configurable: true });
        const result = outcome(data);
        expect(result).toBeInstanceOf(PolicyValidationError);
        const issues = (result as PolicyValidationError).issues;
        expect(issues.some((i) => i.code === 'forbidden-key' && i.path.endsWith(special))).toBe(true);
        prototypesUntouched();
      }),
      { numRuns: 300 },
    );
  });

  test('a marker placed in every text value never appears in a message', () => {
    const MARK = 'qqmarkqq';
    fc.assert(
      fc.property(mutatedPolicy, fc.constantFrom('suffix', 'replace', 'id-like'), (data, how) => {
        // Put the marker into every string value (keys are left alone: messages may name keys).
        const mark = (v: unknown): unknown => {
          if (typeof v === 'string') return how === 'suffix' ? `${v} ${MARK}` : how === 'replace' ? MARK : `${MARK}-${v.length}`;
          if (Array.isArray(v)) return v.map(mark);
          if (v && typeof v === 'object') {
            const out: Record<string, unknown> = {};
            for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: mark(x), enumerable: true, writable: true, configurable: true });
            return out;
          }
          return v;
        };
        const result = outcome(mark(data));
        if (result === 'valid') return;
        for (const issue of result.issues) expect(issue.message).not.toContain(MARK);
        expect(result.message).not.toContain(MARK);
      }),
      { numRuns: 300 },
    );
  });
});
