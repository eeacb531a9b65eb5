import { describe, expect, it } from 'vitest';
import { createWorkflow, type Case, type CaseEventInput } from '../../src/workflow/index.js';
import { threeStagePolicy } from './policies.js';

/*
 * Requests and offers between stages (issue 18). threeStagePolicy: stage 1 due 10 working days after receipt, then
 * stage 2 and a panel; none of its stages is optional (no mediation stage). Received Monday 5 January 2026: stage 1
 * due Monday 19 January.
 */

const wf = createWorkflow(threeStagePolicy());
const walk = (kase: Case, events: readonly CaseEventInput[]): Case => events.reduce((c, e) => wf.applyEvent(c, e), kase);
const opened = () => wf.openCase({ reference: 'Q-1', caseType: 'complaint', receivedAt: '2026-01-05' });

describe('mediation offered where no stage is for mediation', () => {
  it('stays at the stage it was offered at', () => {
    const c = walk(opened(), [
      { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
      { type: 'mediation-offered', on: '2026-01-20' },
    ]);
    const s = wf.snapshot(c);
    expect(s.state).toBe('mediation');
    expect(s.stages.map((r) => r.stage)).toEqual(['stage-1']);
    expect(wf.statusOn(c, '2026-01-20').stage).toBe('stage-1');
  });
});

describe('the response received', () => {
  it('on the day it was sent is accepted', () => {
    const c = walk(opened(), [
      { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
      { type: 'response-received', on: '2026-01-19', receivedOn: '2026-01-16' },
    ]);
    expect(c.events).toHaveLength(2);
  });
});

describe('stage 2 asked for while stage 1 is overdue', () => {
  it('is not a late request: stage 1 was never answered, so it has no request window', () => {
    // Tuesday 20 January: stage 1 (due Monday 19) is overdue and unanswered.
    const c = walk(opened(), [{ type: 'next-stage-requested', on: '2026-01-20' }]);
    const ids = wf.deadlines(c).map((d) => d.id);
    expect(ids).toContain('stage-2-response');
    expect(ids).not.toContain('stage-1-request-window');
  });
});
