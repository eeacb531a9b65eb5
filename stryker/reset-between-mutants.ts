/**
 * Setup file of the mutation configs (`stryker/vitest.base.ts`): no module state crosses from one mutant's run to the
 * next.
 *
 * With `isolate: false` the test files of one run share their modules. Measured with Stryker 9.6 and vitest 4.1
 * (issue 18): each mutant's run starts in a fresh worker thread (its `globalThis` is new), so memos filled under one
 * mutant (the deprecated free functions' engines, memoised calendars, ladder plans) are never read under another, and
 * this file resets nothing. It is a guard in case a later runner keeps its worker between runs: setup files run
 * before every test file, so it compares the mutant Stryker provides for this run with the one seen last in this
 * worker and, when it changed, drops the module registry, so the run's first test file imports the library afresh
 * and the run's other files share that import. Outside Stryker nothing is provided and nothing is reset.
 */
import { inject, vi } from 'vitest';

const seen = globalThis as { __mutationRunMutant?: unknown };
// `activeMutant` is provided by Stryker's vitest runner for each mutant run (not declared in vitest's ProvidedContext).
const active = (inject as (key: string) => unknown)('activeMutant');
if (active !== undefined && active !== seen.__mutationRunMutant) {
  if (seen.__mutationRunMutant !== undefined) vi.resetModules();
  seen.__mutationRunMutant = active;
}
