/**
 * Lists whose items are named (reminders and steps by `id`, matters outside the procedure by `id`, delay-reason
 * codes by `code`), so that a preset that `extends` another can change, add, move or remove one item by its name
 * instead of copying the whole list.
 *
 * @module
 */
import * as z from 'zod';
import { schemaAt } from './messages.js';
import type { PolicyPath } from './paths.js';
import { policySchema } from './schema.js';

/** The field that names an item, for the lists whose items have one. */
const NAMING_FIELDS: readonly string[] = ['id', 'code'];

/** The field naming the items of the list at `path` (a path in a policy), or `undefined` when its items are not named. */
export function namingField(path: PolicyPath): string | undefined {
  const list = schemaAt(policySchema, path);
  if (!(list instanceof z.ZodArray)) return undefined;
  return namingFieldOfItem(list.element as z.ZodType);
}

/** The naming field of an item schema (`id` or `code`), if it has one. @internal */
export function namingFieldOfItem(item: z.ZodType): string | undefined {
  let inner: z.ZodType = item;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodObject)) return undefined;
  const shape = inner.shape as Record<string, z.ZodType>;
  return NAMING_FIELDS.find((f) => Object.prototype.hasOwnProperty.call(shape, f));
}

/** The fields an item of the named list at `path` must have when it is added (its required fields). */
export function requiredItemFields(path: PolicyPath): string[] {
  const list = schemaAt(policySchema, path);
  if (!(list instanceof z.ZodArray)) return [];
  const item = list.element as z.ZodType;
  if (!(item instanceof z.ZodObject)) return [];
  return Object.entries(item.shape as Record<string, z.ZodType>)
    .filter(([, s]) => !(s instanceof z.ZodOptional || s instanceof z.ZodDefault))
    .map(([k]) => k);
}

/** What an item of the list called `key` is, in words: `reminder`, `step`, … */
export function itemNoun(key: string | number | undefined): string {
  switch (key) {
    case 'reminders':
      return 'reminder';
    case 'steps':
      return 'step';
    case 'outsideProcedure':
      return 'matter outside the procedure';
    case 'codes':
      return 'delay-reason code';
    default:
      return 'item';
  }
}

/** The keys an item written by name may use to move: put it just before, or just after, another item. */
export const PLACEMENT_KEYS: readonly string[] = ['before', 'after'];
