import { StatutoryComplaintsError } from '../errors.js';

/**
 * Errors of the case workflow. Like every error of the library they name the field and the rule, never a value
 * that could be personal data (names, free text, addresses).
 *
 * @module
 */

/**
 * An event is not allowed in the case's current state (e.g. a panel hearing at stage 1, or a second response).
 * The message and the fields name the state, the event type and the event types allowed instead.
 *
 * @example
 * import { parsePolicy, openCase, applyEvent, TransitionError } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example' } } } },
 * });
 * const opened = openCase(policy, { reference: 'C-1', receivedAt: '2026-01-05' });
 * let caught;
 * try { applyEvent(policy, opened, { type: 'hearing-held', on: '2026-01-06' }); } catch (e) { caught = e; }
 * caught instanceof TransitionError //=> true
 * caught.code //=> 'invalid-transition'
 * caught.state //=> 'open'
 * caught.event //=> 'hearing-held'
 * caught.allowed.includes('response-sent') //=> true
 */
export class TransitionError extends StatutoryComplaintsError {
  /** The case's state when the event was refused. */
  readonly state: string;
  /** The refused event's type. */
  readonly event: string;
  /** The event types allowed in that state. */
  readonly allowed: readonly string[];

  /**
   * @param where - the event in errors: `event` for the one being applied, `case.events[3]` for a stored one.
   */
  constructor(state: string, event: string, allowed: readonly string[], why?: string, where = 'event') {
    const list = allowed.length > 0 ? allowed.join(', ') : 'none';
    super('invalid-transition', `${where}.type`, `${where}.type: '${event}' is not allowed when the case is '${state}'${why ? ` (${why})` : ''}. Allowed now: ${list}.`);
    this.state = state;
    this.event = event;
    this.allowed = Object.freeze([...allowed]);
  }
}

/**
 * An event is dated before the previous event of the case, or before the date of receipt. Events are recorded in
 * the order they happened; record a correction by opening the case again with the events in order.
 *
 * @example
 * import { parsePolicy, openCase, applyEvent } from 'statutory-complaints';
 * import { EventOrderError } from 'statutory-complaints/workflow';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example' } } } },
 * });
 * const opened = openCase(policy, { reference: 'C-1', receivedAt: '2026-01-05' });
 * applyEvent(policy, opened, { type: 'acknowledged', on: '2026-01-02' }) //=> throws EventOrderError
 */
export class EventOrderError extends StatutoryComplaintsError {
  constructor(path: string, rule: string) {
    super('event-out-of-order', path, `${path}: ${rule}. Record events in the order they happened.`);
  }
}

/**
 * A reminder's recipient role is not in the directory and the policy has no complaints mailbox to fall back to.
 * Names the role ids, never addresses.
 *
 * @example
 * import { parsePolicy, resolveRecipients } from 'statutory-complaints';
 * import { MissingRecipientError } from 'statutory-complaints/workflow';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' }, 'service-manager': { title: 'Service Manager' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example' } } } },
 * });
 * let caught;
 * try { resolveRecipients(policy, { to: ['team-manager'], cc: ['service-manager'] }, {}); } catch (e) { caught = e; }
 * caught instanceof MissingRecipientError //=> true
 * caught.roles //=> ['team-manager', 'service-manager']
 */
export class MissingRecipientError extends StatutoryComplaintsError {
  /** The role ids that could not be resolved. */
  readonly roles: readonly string[];
  constructor(roles: readonly string[]) {
    super(
      'missing-recipient',
      'directory',
      `directory: no entry for the role${roles.length === 1 ? '' : 's'} ${roles.join(', ')} and the policy has no contacts.complaintsMailbox to fall back to. Add the role${roles.length === 1 ? '' : 's'} to the directory or a complaints mailbox to the policy.`,
    );
    this.roles = Object.freeze([...roles]);
  }
}
