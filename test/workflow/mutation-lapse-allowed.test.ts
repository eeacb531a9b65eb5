import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../src/policies/index.js';
import { createWorkflow } from '../../src/workflow/index.js';

/*
 * Whether a request may be recorded as lapsed (issue 18). The FOI preset: a fees notice lapses after three months
 * (FOIA 2000 s.9(2)); a clarification (s.1(3)) has no lapse. Asked without a date, the events allowed are those some
 * date allows.
 */

const wf = createWorkflow(getPolicy('foi-2000'));
const received = () => wf.openCase({ reference: 'F-1', caseType: 'foi', receivedAt: '2026-03-02' });

describe('request-lapsed is allowed only where the preset gives a lapse', () => {
  it('waiting for clarification: never, on no date', () => {
    const kase = wf.applyEvent(received(), { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' });
    expect(wf.allowedEvents(kase)).not.toContain('request-lapsed');
    expect(wf.allowedEvents(kase, '2027-03-04')).not.toContain('request-lapsed');
  });

  it('waiting for a fee: from the corresponding date three months on, and in the undated list', () => {
    // Fees notice Wednesday 4 March 2026: three months beginning that day end on 3 June; lapsed from 4 June.
    const kase = wf.applyEvent(received(), { type: 'clock-stopped', on: '2026-03-04', reason: 'fees-notice' });
    expect(wf.allowedEvents(kase)).toContain('request-lapsed');
    expect(wf.allowedEvents(kase, '2026-06-03')).not.toContain('request-lapsed');
    expect(wf.allowedEvents(kase, '2026-06-04')).toContain('request-lapsed');
  });
});
