import type { Policy } from '../policies/schema.js';
import { contextOfCase, feedOption, frozenCopy } from './context.js';
import { allowedEvents, replay, step } from './fold.js';
import type { Case, CaseEvent, CaseEventInput, CaseEventType, WorkflowOptions } from './types.js';
import { replayToRead } from './replayed.js';
import { parseEvent, trust } from './validate.js';

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
  const ctx = contextOfCase(policy, kase, 'case', feedOption(options));
  const parsed = parseEvent(event, 'event');
  const fold = replay(ctx, kase);
  step(ctx, fold, parsed, 'event');
  // A new, deeply frozen case of checked events; the caller's case and events are left as they were (what is not
  // frozen is copied).
  const events = kase.events;
  const copied = new Array<CaseEvent>(events.length + 1);
  for (let i = 0; i < events.length; i++) copied[i] = frozenCopy(events[i]!);
  copied[events.length] = parsed;
  return trust(Object.freeze({ ...kase, events: Object.freeze(copied) }));
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
 */
export function allowedEventTypes(policy: Policy, kase: Case, options?: WorkflowOptions): readonly CaseEventType[] {
  const ctx = contextOfCase(policy, kase, 'case', feedOption(options));
  return Object.freeze(allowedEvents(ctx, replayToRead(ctx, kase)));
}
