/**
 * The one replay of a case's events: every answer the workflow gives (deadlines, status, reminders, letters, the
 * performance report) starts from the state this loop builds, event by event, with the reducer.
 *
 * @module
 */
import type { CalendarDate } from '../calendar/index.js';
import type { Context } from './context.js';
import { checkStoredCase } from './events.js';
import { reduce } from './reduce.js';
import { newRun, type Fold } from './snapshot.js';
import type { Case } from './types.js';

/** How far to replay, and a look at the state on the way. */
export interface ReplayOptions {
  /** Replay only the events on or before this date. */
  readonly through?: CalendarDate | undefined;
  /**
   * Called once with the state as it stands on `asOf` (after every event on or before it, before any later one),
   * when the case was received by then; the replay then goes on through the later events (which are checked too).
   * The state given is the replay's own: read it during the call, do not keep it.
   */
  readonly visit?: ((state: Fold) => void) | undefined;
  readonly asOf?: CalendarDate | undefined;
}

/** The state of a freshly opened case. */
export function initialFold(ctx: Context, received: CalendarDate): Fold {
  // Every field present from the start, as in a run.
  const runs = [newRun(ctx, 0, received, 'received', received, false)];
  return {
    caseTypeId: ctx.caseTypeId,
    state: 'open',
    received,
    tracksDelay: ctx.policy.delayReasons !== undefined,
    runs,
    stages: runs,
    lastOn: received,
    normalBusiness: undefined,
    acceptedLateOn: undefined,
    referredBack: undefined,
    withdrawnOn: undefined,
    ombudsmanOn: undefined,
    closedOn: undefined,
    endedOn: undefined,
    pending: undefined,
    refusedRequest: undefined,
    beforeMediation: undefined,
    actions: 0,
  };
}

/**
 * Replays a case's events. A case read back from storage is checked first (dates, event types, the fields the
 * reducer reads: see `checkStoredCase`); errors name `<root>.events[i].<field>` (`root` is `case` by default, e.g.
 * `cases[3]` for the fourth case of a list).
 */
export function replay(ctx: Context, kase: Case, root = 'case', options?: ReplayOptions): Fold {
  checkStoredCase(kase, root);
  const fold = initialFold(ctx, kase.received);
  const events = kase.events;
  const through = options?.through;
  const visit = options?.visit;
  const asOf = options?.asOf;
  let visited = visit === undefined || asOf === undefined || kase.received > asOf;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (through !== undefined && e.on > through) break;
    if (!visited && e.on > asOf!) {
      visited = true;
      visit!(fold);
    }
    reduce(ctx, fold, e, `${root}.events[${i}]`);
  }
  if (!visited) visit!(fold);
  return fold;
}
