import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { createWorkflow, EventOrderError, TransitionError, type Case, type CaseEventInput } from '../../src/workflow/index.js';
import { threeStagePolicy } from './policies.js';
import { thrown } from './thrown.js';

/*
 * What applyEvent says when an event breaks a rule of the policy, word for word (issue 18: mutants that blanked these
 * messages, or a list's separator, survived because the tests looked only at the path). threeStagePolicy: roles
 * team-manager, service-manager, head-of-service, complaints-manager, director; complaint stages stage-1 (10 working
 * days), stage-2, stage-3 (a panel); delay-reason codes Z040 and Z044; the enquiry's steps are draft then sent.
 */

const wf = createWorkflow(threeStagePolicy());
const walk = (kase: Case, events: readonly CaseEventInput[]): Case => events.reduce((c, e) => wf.applyEvent(c, e), kase);
// Received Monday 5 January 2026: stage 1 due Monday 19 January.
const opened = wf.openCase({ reference: 'M-1', caseType: 'complaint', receivedAt: '2026-01-05' });

describe('applyEvent: refusals word for word', () => {
  it('an unknown role lists the policy roles', () => {
    const e = thrown(() => wf.applyEvent(opened, { type: 'allocated', on: '2026-01-06', role: 'mayor' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toBe("event.role: must be one of the policy's roles: team-manager, service-manager, head-of-service, complaints-manager, director.");
  });

  it('a step out of turn names the step due; an unknown step lists the steps', () => {
    const enquiry = wf.openCase({ reference: 'M-2', caseType: 'enquiry', receivedAt: '2026-01-05' });
    expect(thrown(() => wf.applyEvent(enquiry, { type: 'step-completed', on: '2026-01-06', step: 'sent' })).message).toBe(
      "event.step: must be the next step of the stage, 'draft' (steps: draft, sent).",
    );
    expect(thrown(() => wf.applyEvent(enquiry, { type: 'step-completed', on: '2026-01-06', step: 'print' })).message).toBe(
      'event.step: must be a step of the stage: draft, sent.',
    );
  });

  it('a request for a stage that does not exist lists the stages; an earlier stage is refused as unreachable', () => {
    const answered = wf.applyEvent(opened, { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' });
    expect(thrown(() => wf.applyEvent(answered, { type: 'next-stage-requested', on: '2026-01-20', stage: 'stage-9' })).message).toBe(
      "event.stage: must be one of the case type's stages: stage-1, stage-2, stage-3.",
    );
    expect(thrown(() => wf.applyEvent(answered, { type: 'next-stage-requested', on: '2026-01-20', stage: 'stage-1' })).message).toBe(
      'event.stage: must be a later stage reachable from the current one (only optional stages may be skipped).',
    );
  });

  it('an unknown delay-reason code lists the codes', () => {
    // Answered Wednesday 21 January, two working days after the due date: a reason is owed.
    const late = wf.applyEvent(opened, { type: 'response-sent', on: '2026-01-21', outcome: 'upheld' });
    expect(thrown(() => wf.applyEvent(late, { type: 'delay-reason-recorded', on: '2026-01-22', code: 'Z999' })).message).toBe(
      "event.code: must be one of the policy's delay-reason codes: Z040, Z044.",
    );
  });

  it('a hearing dated before it was arranged', () => {
    const atPanel = walk(opened, [
      { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
      { type: 'next-stage-requested', on: '2026-01-20' },
      { type: 'response-sent', on: '2026-02-20', outcome: 'not-upheld' },
      { type: 'panel-requested', on: '2026-02-23' },
    ]);
    expect(thrown(() => wf.applyEvent(atPanel, { type: 'hearing-arranged', on: '2026-03-02', hearingDate: '2026-03-01' })).message).toBe(
      'event.hearingDate: must not be before the date the hearing was arranged.',
    );
  });

  it('an event dated before the previous one', () => {
    const acked = wf.applyEvent(opened, { type: 'acknowledged', on: '2026-01-07' });
    const e = thrown(() => wf.applyEvent(acked, { type: 'allocated', on: '2026-01-06', role: 'team-manager' }));
    expect(e).toBeInstanceOf(EventOrderError);
    expect(e.message.startsWith('event.on: must not be before the date of the previous event.')).toBe(true);
  });
});

describe('TransitionError: what is allowed instead', () => {
  it('lists the allowed event types, comma-separated', () => {
    const e = thrown(() => wf.applyEvent(opened, { type: 'hearing-held', on: '2026-01-06' })) as TransitionError;
    expect(e).toBeInstanceOf(TransitionError);
    // An open stage 1 allows at least acknowledging and responding; the list is the error's own `allowed`.
    expect(e.allowed).toContain('acknowledged');
    expect(e.allowed).toContain('response-sent');
    expect(e.message).toBe(`event.type: 'hearing-held' is not allowed when the case is 'open'. Allowed now: ${e.allowed.join(', ')}.`);
    expect(e.message).toContain('acknowledged, ');
  });

  it("says 'none' when the list is empty", () => {
    // No state of the workflow allows nothing (agreed actions and a language change are always allowed), so the
    // class is built directly, as an app checking its own stored events may.
    const e = new TransitionError('closed', 'acknowledged', []);
    expect(e.message).toBe("event.type: 'acknowledged' is not allowed when the case is 'closed'. Allowed now: none.");
  });
});

describe('agreed actions', () => {
  it('the snapshot counts every action recorded, across events', () => {
    const c = walk(opened, [
      { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
      { type: 'agreed-actions-recorded', on: '2026-01-19', actions: ['Apologise', 'Review the plan'] },
      { type: 'agreed-actions-recorded', on: '2026-01-20', actions: ['Train the team'] },
    ]);
    expect(wf.snapshot(c).actions).toBe(3);
  });
});
