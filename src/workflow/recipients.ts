import { InvalidArgumentError } from '../errors.js';
import type { Policy } from '../policies/index.js';
import { engineFor } from './engine.js';
import { MissingRecipientError } from './errors.js';
import { isEmailAddress } from './events.js';
import type { Contact, Recipients } from './types.js';

/** Role ids to write to and to copy in, e.g. a {@link ScheduledReminder}'s `to` and `cc`. */
export interface RecipientRoles {
  readonly to: readonly string[];
  readonly cc?: readonly string[];
}

/** The case team's contacts by role id; a role may be absent or `undefined`. */
export type Directory = Readonly<Record<string, Contact | undefined>>;

function contactOf(directory: Directory, role: string): Contact | undefined {
  if (!Object.prototype.hasOwnProperty.call(directory, role)) return undefined;
  const c = directory[role];
  if (c === undefined) return undefined;
  if (typeof c !== 'object' || c === null) throw new InvalidArgumentError(`directory.${role}`, 'must be an object { name, email } or undefined');
  if (typeof c.name !== 'string' || c.name.trim() === '') throw new InvalidArgumentError(`directory.${role}.name`, 'must be a non-empty string');
  if (typeof c.email !== 'string' || !isEmailAddress(c.email)) {
    throw new InvalidArgumentError(`directory.${role}.email`, 'must be an email address such as name@example.gov.uk');
  }
  return c;
}

/**
 * Turns recipient roles into people to write to, from a directory the app supplies for the case's team (role id →
 * `{ name, email }`). A role missing from the directory falls back to the policy's complaints mailbox
 * (`contacts.complaintsMailbox`), and is listed in `fellBack`; with no mailbox, a {@link MissingRecipientError}
 * names every missing role. Addresses are de-duplicated ignoring case, and nobody is in both `to` and `cc` (`to`
 * wins).
 *
 * @param roles - `{ to, cc }` role ids (e.g. from a scheduled reminder).
 * @param directory - contacts by role id.
 * @throws {@link MissingRecipientError} when a role has no contact and the policy has no complaints mailbox.
 * @throws {@link InvalidArgumentError} when a directory entry is malformed (names the role, not the value).
 *
 * @example
 * import { parsePolicy, resolveRecipients } from 'statutory-complaints';
 * const policy = parsePolicy({
 *   id: 'tiny', title: 'Tiny', version: '1.0.0', effectiveFrom: '2026-01-01', jurisdiction: 'england',
 *   calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'local: example' },
 *   roles: { 'team-manager': { title: 'Team Manager' }, 'service-manager': { title: 'Service Manager' }, 'head-of-service': { title: 'Head of Service' } },
 *   contacts: { complaintsMailbox: { name: 'Complaints Team', email: 'complaints@example.gov.uk' } },
 *   caseTypes: { statutory: { title: 'Complaint', kind: 'statutory-complaint', stages: {
 *     'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' }, responder: 'team-manager', source: 'local: example' } } } },
 * });
 * const directory = {
 *   'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' },
 *   'service-manager': { name: 'Service Manager', email: 'TM@example.gov.uk' },
 * };
 * const r = resolveRecipients(policy, { to: ['team-manager'], cc: ['service-manager', 'head-of-service'] }, directory);
 * r.to.map((c) => c.email) //=> ['tm@example.gov.uk']
 * r.cc.map((c) => c.email) //=> ['complaints@example.gov.uk']
 * r.fellBack //=> ['head-of-service']
 * @deprecated Use `createWorkflow(policy).recipients(roles, directory)`.
 */
export function resolveRecipients(policy: Policy, roles: RecipientRoles, directory: Directory): Recipients {
  return engineFor(policy, undefined).recipients(roles, directory);
}

/** {@link resolveRecipients} for a checked policy. @internal */
export function resolveRecipientsWith(policy: Policy, roles: RecipientRoles, directory: Directory): Recipients {
  if (typeof roles !== 'object' || roles === null || !Array.isArray(roles.to)) {
    throw new InvalidArgumentError('roles', 'must be an object { to: role ids, cc?: role ids }');
  }
  if (roles.cc !== undefined && !Array.isArray(roles.cc)) throw new InvalidArgumentError('roles.cc', 'must be an array of role ids');
  if (typeof directory !== 'object' || directory === null) throw new InvalidArgumentError('directory', 'must be an object of contacts by role id');
  const mailbox = policy.contacts?.complaintsMailbox;
  const missing: string[] = [];
  const fellBack: string[] = [];
  const seen = new Set<string>();
  const pick = (list: readonly string[]): Contact[] => {
    const out: Contact[] = [];
    for (const role of list) {
      let c = contactOf(directory, role);
      if (c === undefined) {
        if (!mailbox) {
          if (!missing.includes(role)) missing.push(role);
          continue;
        }
        if (!fellBack.includes(role)) fellBack.push(role);
        c = mailbox;
      }
      const key = c.email.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(Object.freeze({ name: c.name, email: c.email }));
    }
    return out;
  };
  const to = pick(roles.to);
  const cc = pick(roles.cc ?? []);
  if (missing.length > 0) throw new MissingRecipientError(missing);
  return Object.freeze({ to: Object.freeze(to), cc: Object.freeze(cc), fellBack: Object.freeze(fellBack) });
}
