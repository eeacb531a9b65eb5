import { it } from 'vitest';

/**
 * `it` for a test on an input of a megabyte or more. Mutation runs (`npm run test:mutation`, whose Vitest settings set
 * `MUTATION_RUN=1`) skip these: in Stryker's instrumented code each takes up to a minute, and every mutant one reaches
 * would run it, which made the templates area's run take most of a day. `npm test` always runs them. A mutant that
 * only such a test would kill is counted as surviving, never as killed.
 */
export function itLargeInput(name: string, test: () => void): void {
  (process.env.MUTATION_RUN === '1' ? it.skip : it)(name, test);
}
