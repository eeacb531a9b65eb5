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
