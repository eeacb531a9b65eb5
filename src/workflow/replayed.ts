/**
 * Internal: one replay of a case for several questions in a row. An app's dashboard asks for a case's deadlines,
 * then its reminders (`expectedTimeline` does the same at each step): both read the same replayed state, so the last
 * replay is kept and given again when the very same case object is asked about under the same context.
 *
 * Only cases made by `openCase` or `applyEvent` are kept (deeply frozen: they cannot change between the calls), and
 * only for readers that never change the state they are given (`deadlinesOf`, `scheduleOf`, `allowedEvents`). One
 * entry only: nothing accumulates, and a case asked about again later is replayed again.
 *
 * @module
 */
import type { Context } from './context.js';
import { replayChecked, type Fold } from './fold.js';
import type { Case } from './types.js';
import { checkStoredCase, isTrusted } from './validate.js';

let lastContext: Context | undefined;
let lastCase: Case | undefined;
let lastFold: Fold | undefined;

/** The replayed state of a case, for reading only (the same object may be given to the next caller). */
export function replayToRead(ctx: Context, kase: Case): Fold {
  if (kase === lastCase && ctx === lastContext && lastFold !== undefined) return lastFold;
  const trusted = isTrusted(kase);
  if (!trusted) checkStoredCase(kase);
  const fold = replayChecked(ctx, kase);
  if (trusted) {
    lastContext = ctx;
    lastCase = kase;
    lastFold = fold;
  }
  return fold;
}
