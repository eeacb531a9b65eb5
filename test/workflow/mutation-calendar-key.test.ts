/**
 * Two case types with different closure days count on different calendars (the engine keeps one calendar per
 * distinct holidays and closures). Written for the surviving mutant of `calendarKey` (`src/workflow/context.ts`,
 * issue 18). Closure days invented for the test; January 2026 has no bank holiday after the 1st.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { createWorkflow } from '../../src/workflow/index.js';

const src = { source: 'local: test' };
const stages = { 'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, ...src }, responder: 'team-manager', ...src } };
const policy = parsePolicy({
  id: 'two-closures',
  title: 'Two closures',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  jurisdiction: 'england',
  calendar: { holidays: 'england-and-wales', closures: [{ date: '2026-01-16', reason: 'Office move' }], nonWorkingDayReceipt: 'count-from-next-working-day', ...src },
  roles: { 'team-manager': { title: 'Team Manager' } },
  caseTypes: {
    statutory: { title: 'Complaint', kind: 'statutory-complaint', stages },
    corporate: { title: 'Corporate', kind: 'corporate-complaint', calendar: { closures: [{ date: '2026-01-15', reason: 'Training day' }], ...src }, stages },
  },
});

describe('a calendar per distinct closures', () => {
  it("each case type skips its own closure day: Friday 16 January for the policy's, Thursday 15 January for the other", () => {
    const wf = createWorkflow(policy);
    expect(wf.calendar().isWorkingDay('2026-01-16')).toBe(false);
    expect(wf.calendar('corporate').isWorkingDay('2026-01-16')).toBe(true);
    expect(wf.calendar('corporate').isWorkingDay('2026-01-15')).toBe(false);
    expect(wf.calendar('statutory').isWorkingDay('2026-01-15')).toBe(true);
  });
});
