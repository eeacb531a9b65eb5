import { describe, expect, it } from 'vitest';
import { createWorkflow, type Case, type CaseEventInput } from '../../src/workflow/index.js';
import { policySchema } from '../../src/policies/index.js';
import { threeStagePolicy } from './policies.js';

/*
 * A deadline's fields (issue 18): only the fields that apply are present, in the documented order, and the flags are
 * frozen; a panel with no hearing-notice rule has no hearing-notice deadline. threeStagePolicy: acknowledgement in
 * 3 working days, stage 1 in 10; received Monday 5 January 2026, so the acknowledgement is due Thursday 8 January
 * (Tue 6, Wed 7, Thu 8) and stage 1 Monday 19 January.
 */

const wf = createWorkflow(threeStagePolicy());
const walk = (w: typeof wf, kase: Case, events: readonly CaseEventInput[]): Case => events.reduce((c, e) => w.applyEvent(c, e), kase);

describe('a deadline has the fields that apply, in order', () => {
  it('the acknowledgement (no stage): met on Tuesday 6 January', () => {
    const kase = wf.applyEvent(wf.openCase({ reference: 'K-1', caseType: 'complaint', receivedAt: '2026-01-05' }), { type: 'acknowledged', on: '2026-01-06' });
    const ack = wf.deadlines(kase).find((d) => d.kind === 'acknowledgement')!;
    expect(Object.keys(ack)).toEqual(['id', 'kind', 'ruleId', 'source', 'start', 'startedBy', 'workingDays', 'due', 'skipped', 'provisional', 'metOn', 'flags']);
    expect([ack.due, ack.metOn]).toEqual(['2026-01-08', '2026-01-06']);
  });

  it('stage 1, not yet met: no metOn, no supersededBy; a missed deadline has frozen flags', () => {
    const kase = wf.openCase({ reference: 'K-2', caseType: 'complaint', receivedAt: '2026-01-05' });
    const stage1 = wf.deadlines(kase).find((d) => d.id === 'stage-1-response')!;
    expect(Object.keys(stage1)).toEqual(['id', 'kind', 'stage', 'ruleId', 'source', 'start', 'startedBy', 'workingDays', 'due', 'skipped', 'provisional', 'flags']);
    expect(stage1.due).toBe('2026-01-19');
    // Answered Wednesday 21 January: missed.
    const late = wf.applyEvent(kase, { type: 'response-sent', on: '2026-01-21', outcome: 'upheld' });
    const missed = wf.deadlines(late).find((d) => d.id === 'stage-1-response')!;
    expect(missed.flags).toEqual(['missed']);
    expect(Object.isFrozen(missed.flags)).toBe(true);
  });
});

describe('a panel without a hearing-notice rule', () => {
  it('has no hearing-notice deadline once the hearing is arranged', () => {
    const input = structuredClone(threeStagePolicy()) as unknown as { caseTypes: { complaint: { stages: Record<string, { panel?: Record<string, unknown> }> } } };
    delete input.caseTypes.complaint.stages['stage-3']!.panel!.hearingNotice;
    const noNotice = createWorkflow(policySchema.parse(input));
    const withNotice = wf;
    const events: CaseEventInput[] = [
      { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
      { type: 'next-stage-requested', on: '2026-01-20' },
      { type: 'response-sent', on: '2026-02-20', outcome: 'not-upheld' },
      { type: 'panel-requested', on: '2026-02-23' },
      { type: 'hearing-arranged', on: '2026-03-02', hearingDate: '2026-03-20' },
    ];
    const kinds = (w: typeof wf) => w.deadlines(walk(w, w.openCase({ reference: 'K-3', caseType: 'complaint', receivedAt: '2026-01-05' }), events)).map((d) => d.kind);
    expect(kinds(withNotice)).toContain('hearing-notice');
    expect(kinds(noNotice)).not.toContain('hearing-notice');
  });
});
