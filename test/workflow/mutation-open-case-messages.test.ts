import { describe, expect, it } from 'vitest';
import { DateOutOfRangeError, InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import { createWorkflow } from '../../src/workflow/index.js';
import { threeStagePolicy } from './policies.js';
import { thrown } from './thrown.js';

/*
 * openCase's refusals, word for word (issue 18: the mutants that blanked these messages survived because the tests
 * checked only the error's class and path). The wording is the documented one: the field, the rule, what to pass.
 */

const wf = createWorkflow(threeStagePolicy());

describe('openCase: the wording of its refusals', () => {
  it('a blank reference names the rule', () => {
    const e = thrown(() => wf.openCase({ reference: '  ', receivedAt: '2026-01-05' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect((e as InvalidArgumentError).message).toBe('reference: must be a non-empty string of at most 200 characters.');
  });

  it('an unknown role in `about` lists the policy roles, comma-separated', () => {
    const e = thrown(() => wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05', about: 'social-worker' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect((e as InvalidArgumentError).path).toBe('about');
    expect((e as InvalidArgumentError).message).toBe(
      "about: must be one of the policy's roles: team-manager, service-manager, head-of-service, complaints-manager, director.",
    );
  });

  it('an arrival that is not a date says what forms are accepted', () => {
    const e = thrown(() => wf.openCase({ reference: 'C-1', receivedAt: 'last Tuesday' }));
    expect(e).toBeInstanceOf(InvalidDateError);
    expect((e as InvalidDateError).path).toBe('receivedAt');
    expect(
      (e as InvalidDateError).message.startsWith(
        "receivedAt: must be a Date, an ISO-8601 instant with 'Z' or an offset (e.g. '2026-01-05T17:30:00Z'), or a 'YYYY-MM-DD' date.",
      ),
    ).toBe(true);
  });

  it('an instant before the supported range stays a range error, not a malformed-date one', () => {
    // 1899-12-31 is a valid instant but before 1900-01-01, the first supported date.
    const e = thrown(() => wf.openCase({ reference: 'C-1', receivedAt: '1899-12-31T12:00:00Z' }));
    expect(e).toBeInstanceOf(DateOutOfRangeError);
    expect(e).not.toBeInstanceOf(InvalidDateError);
  });
});

describe('openCase: the case type and the value returned', () => {
  it('an unknown case type lists the case types, comma-separated', () => {
    const e = thrown(() => wf.openCase({ reference: 'C-1', caseType: 'appeal', receivedAt: '2026-01-05' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect((e as InvalidArgumentError).message).toBe("caseType: must be one of the policy's case types: complaint, enquiry.");
  });

  it('the case is frozen, its events list too', () => {
    const kase = wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05' });
    expect(Object.isFrozen(kase)).toBe(true);
    expect(Object.isFrozen(kase.events)).toBe(true);
  });
});
