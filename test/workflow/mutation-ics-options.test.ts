import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { getPolicy } from '../../src/policies/index.js';
import { createWorkflow, timelineToICalendar } from '../../src/workflow/index.js';
import { thrown } from './thrown.js';

/*
 * timelineToICalendar's options, word for word, and its UIDs for references with unusual characters (issue 18).
 * Dudley, received Friday 19 December 2025: stage 1 due Wednesday 7 January 2026 (the example in the TSDoc).
 * A UID keeps letters, digits, '-' and '_' and percent-encodes every other UTF-8 byte as two hex digits.
 */

const dudley = getPolicy('dudley');

describe('timelineToICalendar: options', () => {
  it('a stamp that is not an instant is refused with an example of one', () => {
    const timeline = createWorkflow(dudley).timeline({ receivedAt: '2025-12-19', reference: 'CS-1' });
    const e = thrown(() => timelineToICalendar(timeline, { reference: 'CS-1', stamp: '2025-12-19 10:00' }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toBe('options.stamp: must be a Date or an ISO 8601 instant with an offset, e.g. 2026-01-05T09:30:00Z.');
  });

  it('a blank reference is refused with the rule', () => {
    const timeline = createWorkflow(dudley).timeline({ receivedAt: '2025-12-19', reference: 'CS-1' });
    const e = thrown(() => timelineToICalendar(timeline, { reference: ' ' }));
    expect(e.message).toBe('options.reference: must be the case reference, 1 to 200 characters.');
  });

  it('a byte below 0x10 is encoded with a leading zero: a tab is %09', () => {
    const timeline = createWorkflow(dudley).timeline({ receivedAt: '2025-12-19', reference: 'CS\t1' });
    const ics = timelineToICalendar(timeline, { reference: 'CS\t1', stamp: '2025-12-19T10:00:00Z' });
    expect(ics).toContain('UID:CS%091.dudley.deadline.stage-1-response@statutory-complaints\r\n');
    // A space is 0x20 and "é" is C3 A9 in UTF-8.
    const other = timelineToICalendar(timeline, { reference: 'CS é', stamp: '2025-12-19T10:00:00Z' });
    expect(other).toContain('UID:CS%20%C3%A9.dudley.deadline.stage-1-response@statutory-complaints\r\n');
  });
});
