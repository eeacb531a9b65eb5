/**
 * What an agreed extension records in the case's snapshot, field for field (issue 18: a mutant in
 * `src/workflow/rules/response-due.ts` left a `calendarMonths` key, unset, on an extension in working days, against
 * the published `ExtensionSnapshot` type, whose `calendarMonths` is present only for a stage extended by months).
 * Dates worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../src/policies/index.js';
import { createWorkflow, type CaseEventInput } from '../../src/workflow/index.js';

function extensionOf(policyId: string, received: string, events: CaseEventInput[]) {
  const wf = createWorkflow(getPolicy(policyId));
  let kase = wf.openCase({ reference: 'X-18', receivedAt: received });
  for (const e of events) kase = wf.applyEvent(kase, e);
  return wf.snapshot(kase).stages[0]!.extensions[0]!;
}

describe('an extension in the snapshot carries exactly its own fields', () => {
  // FOI received Monday 2 March 2026, due Tuesday 31 March (FOIA 2000 s.10(1), UK bank holidays). A public interest
  // extension (s.10(3)) of 20 working days recorded Friday 27 March: 1, 2 April (2), [3 Good Friday, 6 Easter
  // Monday], 7–10 (6), 13–17 (11), 20–24 (16), 27–30 (20): Thursday 30 April 2026. No maximum; agreed before the
  // original date passed.
  it('in working days: no calendarMonths field at all', () => {
    const ext = extensionOf('foi-2000', '2026-03-02', [
      { type: 'extension-agreed', on: '2026-03-27', additionalWorkingDays: 20, reason: 'Public interest test', agreedWithComplainant: true },
    ]);
    expect(ext).toStrictEqual({ on: '2026-03-27', agreedOn: '2026-03-27', agreedWithComplainant: true, due: '2026-04-30', beyondMaximum: false, afterOriginal: false });
  });

  // Subject access received Monday 2 March 2026; extended on Wednesday 4 March by two further months: three months in
  // all (UK GDPR art 12(3)), from receipt, Tuesday 2 June 2026; the maximum is three months, so not beyond it.
  it('in months: the total months with the rest', () => {
    const ext = extensionOf('uk-gdpr-sar', '2026-03-02', [
      { type: 'extension-agreed', on: '2026-03-04', calendarMonths: 2, reason: 'Complex request', agreedWithComplainant: true },
    ]);
    expect(ext).toStrictEqual({
      on: '2026-03-04',
      agreedOn: '2026-03-04',
      agreedWithComplainant: true,
      due: '2026-06-02',
      calendarMonths: 3,
      beyondMaximum: false,
      afterOriginal: false,
    });
  });
});
