/**
 * Rule: the normal-business window of a case type (`normalBusiness`: the recipient may confirm, within it, that
 * they will treat the matter as a service request).
 *
 * @module
 */
import type { CalendarDate } from '../../calendar/index.js';
import type { Context } from '../context.js';
import type { Fold } from '../snapshot.js';
import { targetDue } from './targets.js';

/**
 * The date the normal-business window closes, counted from the first stage. Asked only for a case type that has the
 * window (the transition table allows `normal-business-confirmed` only then); a case always has its first stage.
 */
export function normalBusinessDue(ctx: Context, fold: Fold): CalendarDate {
  return targetDue(ctx, fold.runs[0]!, ctx.caseType.normalBusiness!);
}
