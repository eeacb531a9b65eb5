/**
 * Targets of a case and of a later stage: a case's acknowledgement counted in calendar days has no `stage` field; a
 * stage's own allocation target is of kind `allocation`. Written for the surviving mutants of `make` and
 * `deadlinesOf` in `src/workflow/deadlines.ts` (issue 18). Dates by hand from the England and Wales bank holidays
 * (2025: 25, 26 December; 2026: 1 January).
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { createWorkflow } from '../../src/workflow/index.js';

const src = { source: 'local: test' };
const policy = parsePolicy({
  id: 'tiny-targets',
  title: 'Tiny targets',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  jurisdiction: 'england',
  calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', ...src },
  roles: { 'team-manager': { title: 'Team Manager' }, 'complaints-manager': { title: 'Complaints Manager' } },
  caseTypes: {
    statutory: {
      title: 'Complaint',
      kind: 'statutory-complaint',
      acknowledgement: { calendarDays: 3, ...src },
      stages: {
        'stage-1': {
          title: 'Stage 1',
          clockStart: 'received',
          timescale: { workingDays: 10, ...src },
          responder: 'team-manager',
          escalation: { to: 'stage-2', windowWorkingDays: 20, lateRequestNeedsDiscretion: true, ...src },
          ...src,
        },
        'stage-2': {
          title: 'Stage 2',
          clockStart: 'requested',
          timescale: { workingDays: 25, ...src },
          allocation: { workingDays: 2, from: 'requested', ...src },
          responder: 'complaints-manager',
          ...src,
        },
      },
    },
  },
});
const wf = createWorkflow(policy);

describe('target shapes', () => {
  it("a case's acknowledgement in calendar days: 3 days after Friday 19 December 2025 is Monday 22 December, no stage", () => {
    const kase = wf.openCase({ reference: 'T-1', receivedAt: '2025-12-19' });
    const ack = wf.deadlines(kase).find((d) => d.id === 'acknowledgement')!;
    expect(ack.due).toBe('2025-12-22');
    expect(ack.calendarDays).toBe(3);
    expect(Object.keys(ack)).not.toContain('stage');
  });
  it("stage 2's allocation: 2 working days after the request of Wednesday 7 January 2026, Friday 9 January", () => {
    let kase = wf.openCase({ reference: 'T-2', receivedAt: '2025-12-19' });
    // Stage 1 due Wednesday 7 January 2026 (22, 23, 24, 29, 30, 31 December, 2, 5, 6, 7 January).
    kase = wf.applyEvent(kase, { type: 'response-sent', on: '2026-01-07', outcome: 'not-upheld' });
    kase = wf.applyEvent(kase, { type: 'next-stage-requested', on: '2026-01-07', stage: 'stage-2' });
    const alloc = wf.deadlines(kase).find((d) => d.id === 'stage-2-allocation')!;
    expect([alloc.kind, alloc.stage, alloc.due]).toEqual(['allocation', 'stage-2', '2026-01-09']);
  });
});
