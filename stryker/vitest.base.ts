/**
 * Vitest settings for mutation runs: only the test files that exercise one area, so that Stryker's dry run and each
 * mutant's run stay short. The normal `vitest.config.ts` (every test) is what `npm test` uses.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export function mutationVitestConfig(include: string[]) {
  return defineConfig({
    root: fileURLToPath(new URL('..', import.meta.url)),
    test: { include, testTimeout: 60_000 },
  });
}
