/**
 * Test helper: the built-in presets, resolved.
 *
 * INTERIM until the loader's getPolicy lands in src/policies/index.ts: parse the YAML file, apply `extends` by the
 * documented merge rules (maps merge key by key, a key new in the child goes after the child key before it, lists
 * and scalars are replaced, `null` removes a key, `extends` is not inherited) and validate with the schema.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { policySchema, type Policy } from '../../src/policies/schema.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const DIR = fileURLToPath(new URL('../../src/policies/presets/', import.meta.url));
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function mergedKeys(parent: JsonObject, child: JsonObject): string[] {
  const keys = Object.keys(parent);
  let previous: string | undefined;
  for (const key of Object.keys(child)) {
    if (!keys.includes(key)) keys.splice(previous === undefined ? keys.length : keys.indexOf(previous) + 1, 0, key);
    previous = key;
  }
  return keys;
}

function merge(parent: Json | undefined, child: Json): Json {
  if (!isObject(parent) || !isObject(child)) return child;
  const out: JsonObject = {};
  for (const key of mergedKeys(parent, child)) {
    if (key in child) {
      const value = child[key] as Json;
      if (value !== null) out[key] = merge(parent[key], value);
    } else out[key] = parent[key] as Json;
  }
  return out;
}

function raw(id: string): JsonObject {
  const data: unknown = parse(readFileSync(`${DIR}${id}.yaml`, 'utf8'));
  if (!isObject(data)) throw new Error(`${id}: not a mapping`);
  const parentId = data.extends;
  if (typeof parentId !== 'string') return data;
  const { extends: _x, ...parent } = raw(parentId);
  return merge(parent, data) as JsonObject;
}

const cache = new Map<string, Policy>();

/** A built-in preset by id. */
export function preset(id: string): Policy {
  let p = cache.get(id);
  if (!p) {
    p = policySchema.parse(raw(id));
    cache.set(id, p);
  }
  return p;
}
