import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { applyEvent, deadlines, openCase, statusOn } from '../../src/workflow/index.js';
import { preset } from './presets.js';
import { byId, walk } from './walk.js';

/*
 * Walks for the counting rules added to the preset format: extensions with no maximum (the source sets none), an
 * escalation window in calendar months (SPSO), targets in calendar days, a stage's own allocation target, and a step
 * counted from allocation (the London mayoral borough's "within a matter of 5 working days" of allocation, seed 001).
 * Every date was counted by hand on the calendar the preset names: the start date is day 0.
 */

describe('an extension with no maximum is open-ended: never flagged as beyond a statutory maximum', () => {
  it('FOI public interest extension (s.10(3), "such time as is reasonable"): Wednesday 2026-04-15 extended to Thursday 2026-07-30', () => {
    const foi = preset('foi-2000');
    // Received Friday 2026-03-13; 20 working days on the any-UK calendar end Wednesday 2026-04-15.
    const c = openCase(foi, { reference: 'FOI-PIT', receivedAt: '2026-03-13' });
    expect(deadlines(foi, c).map((d) => d.id)).toEqual(['response-response']);
    const extended = applyEvent(foi, c, {
      type: 'extension-agreed',
      on: '2026-04-10',
      newDueDate: '2026-07-30',
      reason: 'Public interest test',
      agreedWithComplainant: true,
    });
    const list = deadlines(foi, extended);
    expect(list.map((d) => [d.id, d.due])).toEqual([
      ['response-response', '2026-04-15'],
      ['response-extended-response', '2026-07-30'],
    ]);
    expect(byId(list, 'response-extended-response').flags).toEqual([]);
    expect(statusOn(foi, extended, '2026-06-01').flags).not.toContain('extension-beyond-statutory-maximum');
  });

  it('adult social care (SI 2009/309 reg 14): 6 months from Monday 2026-01-05 end Monday 2026-07-06; 3 more agreed before then end Monday 2026-10-05, not flagged', () => {
    const adults = preset('england-adults-2009');
    const c = openCase(adults, { reference: 'ASC-1', receivedAt: '2026-01-05' });
    // 5 July 2026 is a Sunday: the next working day.
    expect(byId(deadlines(adults, c), 'response-response').due).toBe('2026-07-06');
    const extended = applyEvent(adults, c, {
      type: 'extension-agreed',
      on: '2026-07-01',
      calendarMonths: 3,
      reason: 'Longer period agreed with the complainant',
      agreedWithComplainant: true,
    });
    const list = deadlines(adults, extended);
    expect(list.some((d) => d.kind === 'maximum')).toBe(false);
    const e = byId(list, 'response-extended-response');
    expect([e.due, e.calendarMonths, e.flags]).toEqual(['2026-10-05', 9, []]);
  });

  it('Wales local resolution (WSI 2014/1794 reg 16(4)): any agreed later date is kept without a maximum flag', () => {
    const wales = preset('wales-social-services-2014');
    // Received Monday 2026-01-05, acknowledged Tuesday 2026-01-06: the discussion is due 10 working days later,
    // Tuesday 2026-01-20.
    const c = walk(wales, openCase(wales, { reference: 'W-1', receivedAt: '2026-01-05' }), [{ type: 'acknowledged', on: '2026-01-06' }]);
    expect(byId(deadlines(wales, c), 'local-resolution-response').due).toBe('2026-01-20');
    const extended = applyEvent(wales, c, {
      type: 'extension-agreed',
      on: '2026-01-16',
      newDueDate: '2026-03-02',
      reason: 'Exceptional circumstances',
      agreedWithComplainant: true,
    });
    const list = deadlines(wales, extended);
    expect(list.some((d) => d.kind === 'maximum')).toBe(false);
    expect(byId(list, 'local-resolution-extended-response').flags).toEqual([]);
  });
});

describe('SPSO: asking for stage 2 within 2 calendar months of the stage-1 response', () => {
  const spso = preset('scotland-spso');
  // Received Monday 2026-03-02; stage 1 answered Tuesday 2026-03-31. Two months later is Sunday 2026-05-31, so the
  // window closes on Monday 2026-06-01 (Scottish calendar; no bank holiday between).
  const answered = walk(spso, openCase(spso, { reference: 'S-1', receivedAt: '2026-03-02' }), [{ type: 'response-sent', on: '2026-03-31', outcome: 'not-upheld' }]);

  it('the window: 2 calendar months, due Monday 2026-06-01, the Sunday rolled over', () => {
    const w = byId(deadlines(spso, answered), 'stage-2-request-window');
    expect([w.start, w.calendarMonths, w.workingDays, w.due]).toEqual(['2026-03-31', 2, undefined, '2026-06-01']);
    expect(w.skipped.map((s) => [s.date, s.reason])).toEqual([['2026-05-31', 'Sunday']]);
  });

  it('a request on Monday 2026-06-01 opens stage 2; one on Tuesday 2026-06-02 is late and awaits a decision', () => {
    const inTime = applyEvent(spso, answered, { type: 'next-stage-requested', on: '2026-06-01' });
    expect([statusOn(spso, inTime, '2026-06-01').state, statusOn(spso, inTime, '2026-06-01').stage]).toEqual(['open', 'stage-2']);
    const late = applyEvent(spso, answered, { type: 'next-stage-requested', on: '2026-06-02' });
    expect(statusOn(spso, late, '2026-06-02').state).toBe('awaiting-discretion');
  });
});

describe("London mayoral borough (seed 001): the manager's response within 5 working days of allocation", () => {
  const borough = preset('mayoral-borough');
  // Received Monday 2026-01-05. Allocation within 2 working days: Wednesday 2026-01-07.
  const opened = openCase(borough, { reference: 'MB-1', receivedAt: '2026-01-05' });

  it('before allocation the step is provisional, counted from the allocation target (Wednesday 2026-01-07): Wednesday 2026-01-14', () => {
    expect(byId(deadlines(borough, opened), 'allocation').due).toBe('2026-01-07');
    const step = byId(deadlines(borough, opened), 'stage-1-respond');
    // Thu 8 (1), Fri 9 (2), Mon 12 (3), Tue 13 (4), Wed 14 (5).
    expect([step.start, step.startedBy, step.workingDays, step.due, step.provisional]).toEqual(['2026-01-07', 'allocated', 5, '2026-01-14', true]);
    expect(step.flags).toEqual(['clock-start-assumed']);
  });

  it('allocated on Friday 2026-01-09: due Friday 2026-01-16, no longer provisional; the statutory 10 working days stay Monday 2026-01-19', () => {
    const allocated = applyEvent(borough, opened, { type: 'allocated', on: '2026-01-09', role: 'team-manager' });
    const list = deadlines(borough, allocated);
    const step = byId(list, 'stage-1-respond');
    expect([step.start, step.startedBy, step.due, step.provisional, step.flags]).toEqual(['2026-01-09', 'allocated', '2026-01-16', false, []]);
    // The other steps still count from the stage clock (receipt): allocation within 2 working days.
    expect([byId(list, 'stage-1-allocate').start, byId(list, 'stage-1-allocate').due]).toEqual(['2026-01-05', '2026-01-07']);
    expect(byId(list, 'stage-1-response').due).toBe('2026-01-19');
  });
});

describe("a stage's own allocation target, and targets in calendar days", () => {
  const policy = parsePolicy({
    id: 'calendar-day-council',
    extends: 'england-children-2006',
    title: 'A council that allocates each stage',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    caseTypes: {
      'statutory-complaint': {
        // "Acknowledged within 3 days", read as calendar days.
        acknowledgement: { calendarDays: 3, source: 'local: test procedure, section 1' },
        allocation: { workingDays: 5, source: 'local: test procedure, section 2' },
        stages: {
          // Stage 1's own target replaces the case type's.
          'stage-1': { allocation: { workingDays: 1, source: 'local: test procedure, section 3' } },
          'stage-2': { allocation: { calendarDays: 3, source: 'local: test procedure, section 4' } },
        },
      },
    },
  });
  const opened = openCase(policy, { reference: 'T-1', receivedAt: '2026-01-09' });

  it('received Friday 2026-01-09: acknowledged within 3 calendar days, Monday 2026-01-12; allocated within 1 working day, Monday 2026-01-12', () => {
    const list = deadlines(policy, opened);
    const ack = byId(list, 'acknowledgement');
    expect([ack.due, ack.calendarDays, ack.workingDays]).toEqual(['2026-01-12', 3, undefined]);
    const alloc = byId(list, 'allocation');
    expect([alloc.due, alloc.workingDays, alloc.ruleId]).toEqual(['2026-01-12', 1, 'caseTypes.statutory-complaint.stages.stage-1.allocation']);
  });

  it('stage 2 asked for on Thursday 2026-01-22: allocated within 3 calendar days, Sunday 25 rolled to Monday 2026-01-26', () => {
    const c = walk(policy, opened, [
      { type: 'response-sent', on: '2026-01-20', outcome: 'not-upheld' },
      { type: 'next-stage-requested', on: '2026-01-22' },
    ]);
    const alloc = byId(deadlines(policy, c), 'stage-2-allocation');
    expect([alloc.stage, alloc.start, alloc.due, alloc.ruleId]).toEqual([
      'stage-2',
      '2026-01-22',
      '2026-01-26',
      'caseTypes.statutory-complaint.stages.stage-2.allocation',
    ]);
    expect(statusOn(policy, c, '2026-01-23').nextDeadline?.id).toBe('stage-2-allocation');
  });
});
