/**
 * Problems found while checking a preset, before they get their line and column.
 *
 * @module
 */
import type { PolicyPath } from './paths.js';

/**
 * The order in which checks run; a later check's problem at a path already reported is dropped:
 * reading the data (unsupported values, forbidden keys), then `extends` (the parent, the merge, the file's own
 * fields before merging), then the shape of the complete policy, then references between its parts.
 */
export const Phase = { Read: 0, Extends: 1, Shape: 2, References: 3 } as const;
/** One of the {@link Phase} values. */
export type Phase = (typeof Phase)[keyof typeof Phase];

/** One problem, by path. */
export interface RawIssue {
  readonly path: PolicyPath;
  readonly code: string;
  readonly message: string;
  readonly phase: Phase;
  /** For a problem inside a text value (a placeholder): the offset in that text. */
  readonly textIndex?: number;
}

/** Codes of problems that make everything below their path meaningless (it is not reported again). */
export const SUBTREE_CODES: ReadonlySet<string> = new Set(['forbidden-key', 'unsupported-value', 'too-deep', 'circular-data']);

/** Collects problems. */
export class IssueList {
  readonly items: RawIssue[] = [];
  add(phase: Phase, path: PolicyPath, code: string, message: string, textIndex?: number): void {
    this.items.push(textIndex === undefined ? { path, code, message, phase } : { path, code, message, phase, textIndex });
  }
  get length(): number {
    return this.items.length;
  }
}
