/**
 * A target counted from the acknowledgement (`from: acknowledged`), which no built-in preset uses: written for the
 * mutants in `src/workflow/rules/targets.ts` no test reached (issue 18). Every date is worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy } from '../../src/policies/index.js';
import { applyEvent, deadlines, openCase, type Case } from '../../src/workflow/index.js';

const swindon = getPolicy('swindon');
// Swindon, with allocation due 2 working days after the acknowledgement (a local rule for the test).
const policy = parsePolicy({
  id: 'swindon-allocated-after-acknowledgement',
  extends: 'swindon',
  title: `${swindon.title} (test variant)`,
  version: '1.0.0',
  effectiveFrom: swindon.effectiveFrom,
  caseTypes: { 'statutory-complaint': { allocation: { workingDays: 2, from: 'acknowledged', source: 'local: test' } } },
});
const allocation = (kase: Case) => deadlines(policy, kase).find((d) => d.id === 'allocation')!;

describe('allocation counted from the acknowledgement', () => {
  // Received Thursday 2 April 2026, the day before Good Friday. Acknowledge within 3 working days: [Fri 3 Good
  // Friday, Mon 6 Easter Monday], Tue 7 (1), Wed 8 (2), Thu 9 April (3) (walks.test.ts).
  const opened = openCase(policy, { reference: 'M-18', receivedAt: '2026-04-02' });

  // Not yet acknowledged: the acknowledgement is assumed on its due date, Thursday 9 April; 2 working days after it:
  // Fri 10 (1), Mon 13 April (2). Provisional, its start assumed.
  it('before the acknowledgement: Monday 13 April 2026, from the acknowledgement due Thursday 9 April, provisional', () => {
    const d = allocation(opened);
    expect(d).toMatchObject({ start: '2026-04-09', startedBy: 'acknowledged', due: '2026-04-13', provisional: true });
    expect(d.flags).toContain('clock-start-assumed');
  });

  // Acknowledged Tuesday 7 April: Wed 8 (1), Thu 9 April (2). Known, not provisional.
  it('acknowledged on Tuesday 7 April: Thursday 9 April 2026, not provisional', () => {
    const d = allocation(applyEvent(policy, opened, { type: 'acknowledged', on: '2026-04-07' }));
    expect(d).toMatchObject({ start: '2026-04-07', startedBy: 'acknowledged', due: '2026-04-09', provisional: false });
    expect(d.flags).not.toContain('clock-start-assumed');
  });
});
