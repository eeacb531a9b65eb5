/**
 * fast-check for mutation runs only (aliased as `fast-check` by `stryker/vitest.base.ts`; `npm test` uses the real
 * module unchanged). Each mutant reruns the property tests that reach it, and their run counts (300–2,000 cases)
 * made them most of a mutant's time. Here every `fc.assert` runs at most `MUTATION_FC_RUNS` cases (default 40) from a
 * fixed seed unless the test gives its own, so a mutant is killed or survives the same way on every rerun (Stryker
 * compares the dry run's coverage with each mutant's run). Fewer cases can only let a mutant survive that more
 * cases would have killed: the score this gives is never higher than with the tests' own counts.
 */
// The real module, by path: the alias maps the bare name `fast-check` here.
import realFc from '../node_modules/fast-check/lib/fast-check.js';

const cap = Number(process.env.MUTATION_FC_RUNS ?? 40);

const assert: typeof realFc.assert = ((property: Parameters<typeof realFc.assert>[0], params?: Parameters<typeof realFc.assert>[1]) =>
  realFc.assert(property, { seed: 18, ...params, numRuns: Math.min(params?.numRuns ?? 100, cap) })) as typeof realFc.assert;

export * from '../node_modules/fast-check/lib/fast-check.js';
export { assert };
export default { ...realFc, assert };
