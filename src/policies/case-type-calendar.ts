import { InvalidArgumentError } from '../errors.js';
import type { Policy, PolicyCalendar } from './schema.js';

/**
 * The calendar a case type counts on: the policy's `calendar`, overridden field by field by the case type's own
 * `calendar` when it has one (`holidays`, `closures`, `receiptCutOff`, `nonWorkingDayReceipt`; a list such as
 * `closures` is replaced whole). `source` and `note` are the case type's when it overrides anything: they say why
 * this case type counts differently. Without an override this is the policy's calendar itself.
 *
 * The workflow (`openCase`'s date of receipt, deadlines, reminders, `statusOn`, `expectedTimeline`) counts every
 * case on the calendar of its case type.
 *
 * @param policy - a policy from `getPolicy` or `parsePolicy`.
 * @param caseTypeId - one of the policy's case types.
 * @returns the effective calendar settings, frozen.
 * @throws {@link InvalidArgumentError} when the case type is not one of the policy's.
 *
 * @example
 * import { getPolicy } from 'statutory-complaints';
 * import { caseTypeCalendar } from 'statutory-complaints/policies';
 * const borough = getPolicy('mayoral-borough');
 * // Complaints count England-and-Wales working days (SI 2006/1738 reg 2, as councils count them) ...
 * caseTypeCalendar(borough, 'statutory-complaint').holidays //=> 'england-and-wales'
 * // ... FOI requests a bank holiday in any part of the UK (FOIA 2000 s.10(6)).
 * caseTypeCalendar(borough, 'foi').holidays //=> 'united-kingdom'
 * caseTypeCalendar(borough, 'foi').nonWorkingDayReceipt //=> 'count-from-next-working-day'
 * caseTypeCalendar(borough, 'complaint') //=> throws InvalidArgumentError
 */
export function caseTypeCalendar(policy: Policy, caseTypeId: string): PolicyCalendar {
  if (typeof policy !== 'object' || policy === null || typeof policy.caseTypes !== 'object' || typeof policy.calendar !== 'object') {
    throw new InvalidArgumentError('policy', 'must be a policy returned by parsePolicy or getPolicy');
  }
  if (typeof caseTypeId !== 'string' || !Object.prototype.hasOwnProperty.call(policy.caseTypes, caseTypeId)) {
    throw new InvalidArgumentError('caseType', `must be one of the policy's case types: ${Object.keys(policy.caseTypes).join(', ')}`);
  }
  const base = policy.calendar;
  const own = policy.caseTypes[caseTypeId]!.calendar;
  let calendar: PolicyCalendar = base;
  if (own) {
    // In the order of the schema's fields, so the result prints like a policy's calendar.
    const cutOff = own.receiptCutOff ?? base.receiptCutOff;
    const merged: PolicyCalendar = {
      holidays: own.holidays ?? base.holidays,
      closures: own.closures ?? base.closures,
      ...(cutOff === undefined ? {} : { receiptCutOff: cutOff }),
      nonWorkingDayReceipt: own.nonWorkingDayReceipt ?? base.nonWorkingDayReceipt,
      source: own.source,
      ...(own.note === undefined ? {} : { note: own.note }),
    };
    calendar = Object.freeze(merged);
  }
  // Not remembered here (no module-level tables): the workflow engine works it out once per case type and keeps it.
  return calendar;
}
