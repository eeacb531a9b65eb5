/**
 * A clock stop a case type has, but not yet in force for the case's date of receipt, while another of its stops is:
 * the event is refused, the refusal naming the date the stop took effect. Written for the mutants with no test in
 * `src/workflow/reduce.ts` (issue 18).
 */
import { describe, expect, it } from 'vitest';
import { TransitionError } from '../../src/index.js';
import { parsePolicy } from '../../src/policies/index.js';
import { createWorkflow } from '../../src/workflow/index.js';

// FOI with a second pause, in force from 1 June 2026 (a local rule written for the test); the fees notice has been in
// force since 2005 (FOIA 2000 s.9, s.10(2)).
const policy = parsePolicy({
  id: 'foi-later-stop',
  extends: 'foi-2000',
  title: 'FOI with a later stop',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  caseTypes: {
    foi: { clockStops: { 'awaiting-third-party': { title: 'Waiting for a third party', effect: 'pause', effectiveFrom: '2026-06-01', source: 'local: test stop' } } },
  },
});
const wf = createWorkflow(policy);

describe('a clock stop not in force for a case received before it took effect', () => {
  const kase = wf.openCase({ reference: 'F-3', receivedAt: '2026-01-05', caseType: 'foi' });
  it('is refused, naming the date it took effect; the stop in force is accepted', () => {
    let caught: unknown;
    try {
      wf.applyEvent(kase, { type: 'clock-stopped', on: '2026-01-12', reason: 'awaiting-third-party' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TransitionError);
    const message = (caught as TransitionError).message;
    expect(message).toContain("the preset 'foi-later-stop' allows 'awaiting-third-party' (local: test stop) only for cases received on or after 2026-06-01");
    const stopped = wf.applyEvent(kase, { type: 'clock-stopped', on: '2026-01-12', reason: 'fees-notice' });
    expect(wf.statusOn(stopped, '2026-01-12').state).toBe('clock-stopped');
  });
});
