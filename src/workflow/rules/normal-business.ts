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

/** The date the normal-business window closes. */
export function normalBusinessDue(ctx: Context, fold: Fold): CalendarDate | undefined {
  const nb = ctx.caseType.normalBusiness;
  const first = fold.runs[0];
  if (!nb || !first) return undefined;
  return targetDue(ctx, first, { ...nb, ruleId: '' });
}
