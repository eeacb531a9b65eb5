import type { CalendarDate } from '../calendar/index.js';
import type { Policy } from '../policies/index.js';
import { feedOption, frozenCopy } from './context.js';
import { engineFor, type EngineCore } from './engine.js';
import { parseEvent, trust } from './events.js';
import { allowedEvents } from './machine.js';
import { reduce } from './reduce.js';
import { replay } from './replay.js';
import type { Case, CaseEvent, CaseEventInput, CaseEventType, WorkflowOptions } from './types.js';

/**
 * Records an event on a case and returns the new case (frozen; the case passed in, and its events, are neither
 * changed nor frozen: what is not already frozen is copied). The event is
 * validated (a typed error names the field and the rule broken), must not be dated before the previous event, and
 * must be allowed in the case's current state, or a {@link TransitionError} names the state, the event and the
 * events allowed instead.
 *
 * Some events are checked against the policy too: an allocation's role, a referral's reason, a delay-reason code
 * and a step must be the policy's; an extension must not go beyond the stage's maximum unless the policy allows a
 * later local date (it is then flagged, never hidden). A response after its due date (or agreed date) is late:
 * when the policy has delay reasons the case waits for one (`delay-reason-awaited`).
 *
 * @param policy - the policy the case was opened under.
 * @param kase - the case.
 * @param event - the event, e.g. `{ type: 'response-sent', on: '2026-01-07', outcome: 'partly-upheld' }`.
 * @param options - `feed`: a GOV.UK bank-holidays feed (from `parseGovUkBankHolidays`) the calendar uses for the years
 *   it covers (see {@link WorkflowOptions}): due dates the event is checked against (an extension's, a late
 *   response's) are counted with it.
 * @throws {@link TransitionError} when the event is not allowed now.
 * @throws {@link EventOrderError} when it is dated before the previous event or the date of receipt.
 * @throws {@link InvalidArgumentError} / {@link InvalidDateError} when a field is missing or wrong, in the event or
 *   in an event already stored on the case (named `case.events[i].<field>`).
 * @deprecated Use `createWorkflow(policy, { feed }).applyEvent(kase, event)`: the engine keeps its calendars
 *   between calls.
 *
 * @example
 * import { parsePolicy, openCase, applyEvent, statusOn } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example' } } } },
 * });
 * const opened = openCase(policy, { reference: 'C-1', receivedAt: '2026-01-05' });
 * const answered = applyEvent(policy, opened, { type: 'response-sent', on: '2026-01-16', outcome: 'not-upheld' });
 * answered.events.length //=> 1
 * opened.events.length //=> 0
 * statusOn(policy, answered, '2026-01-16').state //=> 'responded'
 */
export function applyEvent(policy: Policy, kase: Case, event: CaseEventInput, options?: WorkflowOptions): Case {
  return engineFor(policy, feedOption(options, 'applyEvent')).applyEvent(kase, event);
}

/** {@link applyEvent} in an engine. @internal */
export function applyEventWith(engine: EngineCore, kase: Case, event: CaseEventInput): Case {
  const ctx = engine.contextOfCase(kase, 'case');
  const parsed = parseEvent(event, 'event', engine.intern);
  const fold = replay(ctx, kase);
  reduce(ctx, fold, parsed, 'event');
  // A new, deeply frozen case of checked events; the caller's case and events are left as they were (what is not
  // frozen is copied).
  const events = kase.events;
  const copied = new Array<CaseEvent>(events.length + 1);
  for (let i = 0; i < events.length; i++) copied[i] = frozenCopy(events[i]!);
  copied[events.length] = parsed;
  return Object.freeze(trust({ ...kase, events: Object.freeze(copied) }));
}

/**
 * The event types allowed now on a case (some are checked further when applied: a request for the next stage
 * while the current stage is still open is only allowed once its response is overdue). `options.feed`: a GOV.UK
 * bank-holidays feed (see {@link WorkflowOptions}).
 *
 * @example
 * import { parsePolicy, openCase, allowedEventTypes } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example' } } } },
 * });
 * const kase = openCase(policy, { reference: 'C-1', receivedAt: '2026-01-05' });
 * allowedEventTypes(policy, kase).includes('response-sent') //=> true
 * allowedEventTypes(policy, kase).includes('closed') //=> false
 * @deprecated Use `createWorkflow(policy, { feed }).allowedEvents(kase, on?)`.
 */
export function allowedEventTypes(policy: Policy, kase: Case, options?: WorkflowOptions): readonly CaseEventType[] {
  return engineFor(policy, feedOption(options, 'allowedEventTypes')).allowedEvents(kase);
}

/** The event types allowed now on a case, in an engine (on a date, when given). @internal */
export function allowedEventsWith(engine: EngineCore, kase: Case, on: CalendarDate | undefined): readonly CaseEventType[] {
  const ctx = engine.contextOfCase(kase, 'case');
  return Object.freeze(allowedEvents(ctx, engine.read(ctx, kase), on));
}
