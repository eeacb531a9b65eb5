import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/calendar/index.js';
import type { Policy } from '../../src/policies/index.js';
import { contextOfCase } from '../../src/workflow/context.js';
import { allowedEvents, replay, surelyAllowed } from '../../src/workflow/fold.js';
import { applyEvent, CASE_EVENT_TYPES, openCase, type Case, type CaseEventInput, type CaseEventType } from '../../src/workflow/index.js';
import { preset } from './presets.js';

/*
 * The replay checks the events most often recorded with a short test (surelyAllowed) before building the list of
 * allowed events: the short test must never allow an event the list does not have.
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

describe('surelyAllowed', () => {
  it('never allows an event that allowedEvents does not list, in any state reached by any events', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS),
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.record({ type: fc.constantFrom(...CASE_EVENT_TYPES), gap: fc.integer({ min: 0, max: 15 }) }), { maxLength: 14 }),
        (id, start, steps) => {
          const policy = preset(id);
          const caseType = Object.keys(policy.caseTypes)[0]!;
          let kase: Case = openCase(policy, { reference: 'A', receivedAt: addDays('2018-01-01', start), caseType });
          let on = kase.received as string;
          const check = () => {
            const ctx = contextOfCase(policy, kase);
            const fold = replay(ctx, kase);
            const list = allowedEvents(ctx, fold);
            for (const t of CASE_EVENT_TYPES) if (surelyAllowed(fold, t)) expect(list, `${fold.state}: ${t}`).toContain(t);
          };
          check();
          for (const s of steps) {
            on = addDays(on, s.gap);
            try {
              kase = applyEvent(policy, kase, eventOf(policy, caseType, s.type, on));
            } catch {
              continue;
            }
            check();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
