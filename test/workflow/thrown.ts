import { StatutoryComplaintsError } from '../../src/index.js';

/**
 * Test helper: the error `fn` throws (the test fails when it throws none), typed with the library errors' `path`.
 */
export function thrown(fn: () => unknown): Error & { readonly path?: string } {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

/**
 * Test helper: the library error (`StatutoryComplaintsError`) `fn` throws. Any other error is thrown on, so that a
 * `TypeError` from a bug never passes for a refusal; the test fails when `fn` throws nothing.
 */
export function caught(fn: () => unknown): StatutoryComplaintsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatutoryComplaintsError) return error;
    throw error;
  }
  throw new Error('expected an error');
}
