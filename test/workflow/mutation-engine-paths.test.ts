import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import { createWorkflow, openCase } from '../../src/workflow/index.js';
import { plainPolicy, threeStagePolicy } from './policies.js';
import { thrown } from './thrown.js';

/*
 * The engine names the argument at fault (issue 18: mutants that blanked the path of `allowedEvents`' date and of
 * `reminderSchedule`'s case survived). A case opened under one policy is refused by another policy's engine.
 */

const wf = createWorkflow(threeStagePolicy());
const other = createWorkflow(plainPolicy()).openCase({ reference: 'P-1', receivedAt: '2026-01-05' });
const kase = wf.openCase({ reference: 'C-1', caseType: 'complaint', receivedAt: '2026-01-05' });

describe('the engine names the argument at fault', () => {
  it("allowedEvents' date is `on`", () => {
    const e = thrown(() => wf.allowedEvents(kase, '6 January 2026'));
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e.path).toBe('on');
    expect(e.message.startsWith('on: ')).toBe(true);
  });

  it('a case from another policy is refused at `case` by every reader', () => {
    for (const read of [() => wf.reminderSchedule(other), () => wf.deadlines(other), () => wf.snapshot(other)]) {
      const e = thrown(read);
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.path).toBe('case.policyId');
    }
  });
});

describe('a policy that is not one', () => {
  it('null, an array or a string is refused at `policy` by the engine and by the 0.1 functions', () => {
    for (const bad of [null, [], 'dudley']) {
      for (const call of [() => createWorkflow(bad as never), () => openCase(bad as never, { reference: 'C-1', receivedAt: '2026-01-05' })]) {
        const e = thrown(call);
        expect(e).toBeInstanceOf(InvalidArgumentError);
        expect(e.path).toBe('policy');
        expect(e.message).toBe('policy: must be a policy returned by parsePolicy or getPolicy.');
      }
    }
  });
});
