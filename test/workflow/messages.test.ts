import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { applyEvent, openCase } from '../../src/workflow/index.js';
import { caseSchema } from '../../src/workflow/types.js';
import { describeIssue } from '../../src/workflow/events.js';
import { threeStagePolicy } from './policies.js';
import { preset } from './presets.js';

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

const policy = threeStagePolicy();
const opened = openCase(policy, { reference: 'T-1', caseType: 'complaint', receivedAt: '2026-01-05' });

describe("a malformed id keeps the schema's own rule", () => {
  it('a role id: "must be a role id in lower-case kebab-case"', () => {
    const e = caught(() => applyEvent(policy, opened, { type: 'allocated', on: '2026-01-06', role: 'Team Manager' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e).toMatchObject({ path: 'event.role' });
    expect(e.message).toContain('must be a role id in lower-case kebab-case');
    expect(e.message).not.toContain('wrong format');
    expect(e.message).not.toContain('Team Manager');
  });

  it('a stage id: "must be a stage id in lower-case kebab-case"', () => {
    const e = caught(() => applyEvent(policy, opened, { type: 'next-stage-requested', on: '2026-01-06', stage: 'Stage 2' }));
    expect(e).toMatchObject({ path: 'event.stage' });
    expect(e.message).toContain('must be a stage id in lower-case kebab-case');
  });

  it('a step id: "must be a step id of the stage"', () => {
    const enquiry = openCase(policy, { reference: 'E', caseType: 'enquiry', receivedAt: '2026-01-05' });
    const e = caught(() => applyEvent(policy, enquiry, { type: 'step-completed', on: '2026-01-06', step: 'First Draft' }));
    expect(e).toMatchObject({ path: 'event.step' });
    expect(e.message).toContain('must be a step id of the stage');
  });

  it('a referral reason that is not an id names the reasons allowed, not "the wrong format"', () => {
    const e = caught(() => applyEvent(policy, opened, { type: 'referred-back', on: '2026-01-06', reason: 'Jane Example' } as never));
    expect(e).toMatchObject({ path: 'event.reason' });
    expect(e.message).toContain('court-proceedings, out-of-time, not-eligible');
    expect(e.message).not.toContain('Jane');
  });

  it("a stored case's case type and policy id", () => {
    const r = caseSchema.safeParse({
      reference: 'x',
      caseType: 'Bad Type',
      policyId: 'Dudley Council',
      policyVersion: '1',
      receivedAt: null,
      received: '2026-01-01',
      events: [],
    });
    expect(r.success).toBe(false);
    const messages = r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${describeIssue(i)}`);
    expect(messages).toEqual([
      'caseType: must be a case-type id in lower-case kebab-case, e.g. `statutory-complaint`',
      'policyId: must be a policy id in lower-case kebab-case, e.g. `dudley`',
    ]);
  });
});

describe('referred back for a reason the policy does not have', () => {
  it('lists each reason once (Dudley lists the three built-in reasons again, with their sources)', () => {
    const dudley = preset('dudley');
    expect(dudley.outsideProcedure.map((o) => o.id)).toEqual(['court-proceedings', 'out-of-time', 'not-eligible']);
    const kase = openCase(dudley, { reference: 'D-1', receivedAt: '2026-01-05' });
    const e = caught(() => applyEvent(dudley, kase, { type: 'referred-back', on: '2026-01-06', reason: 'vexatious' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e).toMatchObject({ path: 'event.reason' });
    expect(e.message).toBe('event.reason: must be one of court-proceedings, out-of-time, not-eligible.');
  });

  it("a policy's own reasons follow the built-in ones", () => {
    const e = caught(() => applyEvent(policy, opened, { type: 'referred-back', on: '2026-01-06', reason: 'vexatious' }));
    expect(e.message).toBe('event.reason: must be one of court-proceedings, out-of-time, not-eligible, panel-referrals.');
  });
});
