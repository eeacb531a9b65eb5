import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.js';
import type { Policy } from '../../src/policies/index.js';
import { CASE_EVENT_TYPES, createWorkflow, TransitionError, type Case, type CaseEventInput, type CaseEventType } from '../../src/workflow/index.js';
import { preset } from './presets.js';

/*
 * The transition table (machine.ts) is read both by allowedEvents and by the reducer: an event listed as allowed on a
 * date is never refused with a TransitionError on that date, an event not listed always is, and a refusal never
 * lists the refused event among those allowed (issue 12, bug 3).
 */

const PRESETS = ['dudley', 'southampton', 'swindon', 'mayoral-borough', 'foi-2000', 'uk-gdpr-sar'];

/** One event of each type, with fields that fit the policy where it has its own ids. */
function eventOf(policy: Policy, caseType: string, type: CaseEventType, on: string): CaseEventInput {
  const stages = policy.caseTypes[caseType]!.stages;
  const firstStage = Object.values(stages)[0]!;
  switch (type) {
    case 'allocated':
      return { type, on, role: firstStage.responder };
    case 'referred-back':
      return { type, on, reason: 'not-eligible' };
    case 'extension-agreed':
      return { type, on, workingDays: 5, reason: 'r', agreedWithComplainant: true };
    case 'response-sent':
      return { type, on, outcome: 'partly-upheld' };
    case 'final-response-sent':
      return { type, on, outcome: 'upheld' };
    case 'discretion-decided':
      return { type, on, accepted: true };
    case 'mediation-concluded':
      return { type, on, resolved: false };
    case 'hearing-arranged':
      return { type, on, hearingDate: addDays(on, 10) };
    case 'agreed-actions-recorded':
      return { type, on, actions: ['a'] };
    case 'delay-reason-recorded':
      return { type, on, code: policy.delayReasons?.codes[0]?.code ?? 'Z040' };
    case 'step-completed':
      return { type, on, step: firstStage.steps?.[0]?.id ?? 'draft' };
    default:
      return { type, on };
  }
}

describe('allowedEvents and applyEvent read one table', () => {
  it('agree on every event of any sequence, on its date, for six presets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS),
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.record({ type: fc.constantFrom(...CASE_EVENT_TYPES), gap: fc.integer({ min: 0, max: 15 }) }), { maxLength: 14 }),
        (id, start, steps) => {
          const policy = preset(id);
          const workflow = createWorkflow(policy);
          const caseType = Object.keys(policy.caseTypes)[0]!;
          let kase: Case = workflow.openCase({ reference: 'A', receivedAt: addDays('2018-01-01', start), caseType });
          let on = kase.received as string;
          for (const s of steps) {
            on = addDays(on, s.gap);
            const allowed = workflow.allowedEvents(kase, on);
            try {
              kase = workflow.applyEvent(kase, eventOf(policy, caseType, s.type, on));
              expect(allowed, `accepted on ${on} but not listed`).toContain(s.type);
            } catch (error) {
              if (!(error instanceof TransitionError)) continue; // refused for a field, not by the table
              expect(allowed, `refused on ${on} but listed`).not.toContain(s.type);
              expect(error.allowed).not.toContain(s.type);
              expect([...error.allowed].sort()).toEqual([...allowed].sort());
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
