/**
 * A stored case whose event is frozen but holds a list that is not (an app froze the event object only): recording
 * a further event gives a case whose events are deeply frozen, the same values, the caller's objects untouched.
 * Written for the mutants with no test in `frozenCopy` (`src/workflow/context.ts`, issue 18).
 */
import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../src/policies/index.js';
import { createWorkflow, type Case } from '../../src/workflow/index.js';

const wf = createWorkflow(getPolicy('dudley'));

describe('a frozen event holding a list that is not frozen', () => {
  it('is copied: every field kept, the copy deeply frozen, the caller’s list left unfrozen', () => {
    let kase = wf.openCase({ reference: 'C-9', receivedAt: '2026-01-05' });
    kase = wf.applyEvent(kase, { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' });
    const actions = ['apologise', 'review the care plan'];
    const event = Object.freeze({ type: 'agreed-actions-recorded' as const, on: '2026-01-19', actions });
    // As a stored case read back: its dates are plain strings.
    const stored = { ...kase, events: [...kase.events, event] } as unknown as Case;
    const next = wf.applyEvent(stored, { type: 'agreed-actions-recorded', on: '2026-01-20', actions: ['train the team'] });
    const copy = next.events[next.events.length - 2]!; // the stored event, before the new one
    expect(copy).toEqual({ type: 'agreed-actions-recorded', on: '2026-01-19', actions: ['apologise', 'review the care plan'] });
    expect(Object.keys(copy)).toEqual(['type', 'on', 'actions']);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(Object.isFrozen((copy as { actions: string[] }).actions)).toBe(true);
    expect(Object.isFrozen(actions)).toBe(false);
  });
});
