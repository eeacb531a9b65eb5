/**
 * Vitest settings for mutation runs: only the test files that exercise one area, so that Stryker's dry run and each
 * mutant's run stay short. The normal `vitest.config.ts` (every test) is what `npm test` uses.
 *
 * Two settings make each mutant cheaper (measured in CONTRIBUTING's mutation section):
 * - `isolate: false`: the test files of one mutant's run share one module graph instead of each importing the
 *   library afresh (imports were most of a run). Stryker activates a mutant through a global read at run time, so
 *   nothing cached can carry one mutant into another's run; static mutants (run once at load) are the exception and
 *   are skipped unless MUTATION_STATIC=1, when isolation is kept.
 * - `fast-check` is capped at `MUTATION_FC_RUNS` cases per property, from a fixed seed (`fast-check-capped.ts`).
 * - `MUTATION_RUN=1` skips the tests on inputs of a megabyte or more (`itLargeInput` in test/large-input.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export function mutationVitestConfig(include: string[]) {
  return defineConfig({
    root: fileURLToPath(new URL('..', import.meta.url)),
    resolve: { alias: { 'fast-check': fileURLToPath(new URL('./fast-check-capped.ts', import.meta.url)) } },
    test: {
      include,
      setupFiles: [fileURLToPath(new URL('./reset-between-mutants.ts', import.meta.url))],
      testTimeout: 60_000,
      isolate: process.env.MUTATION_STATIC === '1',
      env: { MUTATION_RUN: '1' },
    },
  });
}
