// Test helper: the error a function throws, so a test can assert its class, code, path and message together.

/** Runs `fn` and returns what it threw; fails the test when it throws nothing. */
export function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}
