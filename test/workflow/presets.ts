/**
 * Test helper: the built-in presets, through the library's own loader.
 */
import { getPolicy } from '../../src/policies/index.js';
import type { Policy } from '../../src/policies/index.js';

/** A built-in preset by id. */
export function preset(id: string): Policy {
  return getPolicy(id);
}
