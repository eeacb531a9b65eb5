// letterForCase: the values it works out from the case that test/templates/letter.test.ts does not reach (working
// days overdue, the clock-stop values of issue 16) and its options check.
//
// Dates worked out by hand on the England and Wales calendar (GOV.UK bank holidays: Thu 25 Dec 2025, Fri 26 Dec 2025,
// Thu 1 Jan 2026; Good Friday 3 April and Easter Monday 6 April 2026; Tue 17 March 2026, St Patrick's Day, is a
// non-working day for FOI, whose working day skips a bank holiday anywhere in the UK, FOIA 2000 s.10(6)).
// - Dudley, received Fri 19 Dec 2025: due Wed 7 Jan 2026 (10 working days: 22, 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7 Jan).
//   A letter of Mon 12 Jan 2026 is 3 working days after it (Thu 8, Fri 9, Mon 12); one of Wed 14 Jan, 5 (… Tue 13,
//   Wed 14).
// - FOI (foi-2000.yaml), received Mon 2 March 2026, as test/workflow/clock-stops.test.ts works it out: a fees notice
//   on Fri 6 March and the fee on Fri 13 March (a pause, s.10(2)) put the due date at Fri 10 April 2026. The
//   mechanisms' titles are the preset's.
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import { createWorkflow, InvalidArgumentError, letterForCase, MissingPersonalisationError, openCase, parsePolicy, type Case } from '../../src/index.js';

describe('working days overdue in a letter', () => {
  const policy = parsePolicy({
    id: 'dudley-overdue-letter',
    extends: 'dudley',
    title: 'Dudley with a test letter',
    version: '1.0.0',
    effectiveFrom: '2025-01-01',
    templates: { overdue: { subject: 'Ref ((reference))', body: 'Due ((due date)); ((working days overdue)) working days overdue.', source: 'local: test letter' } },
  });
  const kase = openCase(policy, { reference: 'ABC/123', receivedAt: '2025-12-19' });

  it('counts the working days from the due date to the letter’s date, 0 before it', () => {
    expect(letterForCase(policy, kase, 'overdue', {}, { on: '2026-01-12' }).body).toBe('Due Wednesday 7 January 2026; 3 working days overdue.');
    expect(letterForCase(policy, kase, 'overdue', {}, { on: '2026-01-14' }).body).toBe('Due Wednesday 7 January 2026; 5 working days overdue.');
    expect(letterForCase(policy, kase, 'overdue', {}, { on: '2026-01-07' }).body).toBe('Due Wednesday 7 January 2026; 0 working days overdue.');
    expect(letterForCase(policy, kase, 'overdue', {}, { on: '2025-12-22' }).body).toBe('Due Wednesday 7 January 2026; 0 working days overdue.');
  });

  it('options that are not an object are refused, naming the argument', () => {
    for (const bad of ['html', 42, null]) {
      const e = caught(() => letterForCase(policy, kase, 'overdue', {}, bad as never)) as InvalidArgumentError;
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect([e.code, e.path]).toEqual(['invalid-argument', 'options']);
      expect(e.message).toContain("options: must be an object such as { format: 'html', on: 'YYYY-MM-DD' }");
    }
  });
});

describe('the clock-stop values in a letter (FOI)', () => {
  const foi = parsePolicy({
    id: 'foi-letter-values',
    extends: 'foi-2000',
    title: 'FOI with test letters',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    templates: {
      stopped: {
        subject: 'Your request ((reference))',
        body: 'Stopped on ((clock stopped date)) (((clock stop reason))). Ran again on ((clock restarted date)).',
        source: 'local: test letter',
      },
      'stopped-only': { subject: 'Your request ((reference))', body: 'Stopped on ((clock stopped date)) (((clock stop reason))).', source: 'local: test letter' },
    },
  });
  const wf = createWorkflow(foi);
  const open = (events: Parameters<typeof wf.applyEvent>[1][]): Case =>
    events.reduce((k, e) => wf.applyEvent(k, e), wf.openCase({ reference: 'FOI-1', receivedAt: '2026-03-02' }));

  it('a restart: the clarification asked for on Friday 6 March and received on Friday 13 March 2026', () => {
    const kase = open([
      { type: 'clock-stopped', on: '2026-03-06', reason: 'clarification' },
      { type: 'clock-restarted', on: '2026-03-13' },
    ]);
    expect(letterForCase(foi, kase, 'stopped').body).toBe(
      'Stopped on Friday 6 March 2026 (Waiting for further information to identify and locate what is asked for). Ran again on Friday 13 March 2026.',
    );
  });

  it('a pause ended by the fee', () => {
    const kase = open([
      { type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-03-13' },
    ]);
    expect(letterForCase(foi, kase, 'stopped').body).toBe('Stopped on Friday 6 March 2026 (Waiting for the fee to be paid). Ran again on Friday 13 March 2026.');
  });

  it('a stop still running: the stop is filled, the day it ran again is not', () => {
    const kase = open([{ type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' }]);
    expect(letterForCase(foi, kase, 'stopped-only').body).toBe('Stopped on Friday 6 March 2026 (Waiting for the fee to be paid).');
    expect((caught(() => letterForCase(foi, kase, 'stopped')) as MissingPersonalisationError).names).toEqual(['clock restarted date']);
  });

  it('no stop: none of the three is filled', () => {
    expect((caught(() => letterForCase(foi, open([]), 'stopped')) as MissingPersonalisationError).names).toEqual([
      'clock stopped date',
      'clock stop reason',
      'clock restarted date',
    ]);
  });
});
