import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../../src/index.js';
import { createWorkflow } from '../../src/workflow/index.js';
import { threeStagePolicy } from './policies.js';

/*
 * The fast check of an event's date (issue 18: a mutant that read the year's tens digit as a tenth, and one that
 * subtracted the units digit, survived). 29 February is a real date only in a leap year: 2024 is one (divisible by
 * 4), 2025 is not. The supported range starts on 1 January 1900, so 1901 is inside it.
 */

const wf = createWorkflow(threeStagePolicy());

describe('event dates: the year is read digit by digit', () => {
  it('29 February 2024 is a real date', () => {
    const kase = wf.openCase({ reference: 'L-1', caseType: 'complaint', receivedAt: '2024-02-26' });
    const acked = wf.applyEvent(kase, { type: 'acknowledged', on: '2024-02-29' });
    expect(acked.events.map((e) => e.on)).toEqual(['2024-02-29']);
    // A case read back from storage (a JSON copy, not the engine's own value) has every date checked again.
    expect(wf.snapshot(JSON.parse(JSON.stringify(acked))).received).toBe('2024-02-26');
  });

  it('29 February 2032 is a real date in a stored case; 29 February 2030 is not (the tens digit counts)', () => {
    const base = JSON.parse(JSON.stringify(wf.openCase({ reference: 'L-4', caseType: 'complaint', receivedAt: '2030-02-25' })));
    expect(() => wf.snapshot({ ...base, events: [{ type: 'acknowledged', on: '2030-02-29' }] })).toThrow(InvalidDateError);
    const leap = JSON.parse(JSON.stringify(wf.openCase({ reference: 'L-5', caseType: 'complaint', receivedAt: '2032-02-23' })));
    expect(wf.snapshot({ ...leap, events: [{ type: 'acknowledged', on: '2032-02-29' }] }).received).toBe('2032-02-23');
  });

  it('29 February 2025 is not', () => {
    const kase = wf.openCase({ reference: 'L-2', caseType: 'complaint', receivedAt: '2025-02-24' });
    expect(() => wf.applyEvent(kase, { type: 'acknowledged', on: '2025-02-29' })).toThrow(InvalidDateError);
    const stored = { ...JSON.parse(JSON.stringify(kase)), events: [{ type: 'acknowledged', on: '2025-02-29' }] };
    expect(() => wf.snapshot(stored)).toThrow(InvalidDateError);
  });

  it('a date in 1901, inside the supported range, is accepted', () => {
    const kase = wf.openCase({ reference: 'L-3', caseType: 'complaint', receivedAt: '1901-03-04' });
    const acked = wf.applyEvent(kase, { type: 'acknowledged', on: '1901-03-05' });
    expect(acked.events).toHaveLength(1);
    expect(wf.snapshot(JSON.parse(JSON.stringify(acked))).received).toBe('1901-03-04');
  });
});

describe('a copy of a case is checked again', () => {
  it('a spread copy with an event added by hand does not carry the mark of a checked case', () => {
    const kase = wf.applyEvent(wf.openCase({ reference: 'L-6', caseType: 'complaint', receivedAt: '2026-01-05' }), {
      type: 'agreed-actions-recorded',
      on: '2026-01-06',
      actions: ['Apologise'],
    });
    // The stored event is frozen to the list of actions.
    const stored = kase.events[0] as { actions: readonly string[] };
    expect(Object.isFrozen(stored.actions)).toBe(true);
    const copy = { ...kase, events: [...kase.events, { type: 'acknowledged', on: '2026-02-30' }] };
    let caught: unknown;
    try {
      wf.snapshot(copy as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidDateError);
    expect((caught as InvalidDateError).path).toBe('case.events[1].on');
  });
});
