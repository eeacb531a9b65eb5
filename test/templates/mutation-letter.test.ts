// letterForCase (src/templates/letter.ts) with a GOV.UK bank-holiday feed: a case the mutation run of issue 18 found
// untested in test/templates.
//
// GOV.UK's England-and-Wales list for 2026 as published (https://www.gov.uk/bank-holidays.json), as
// test/workflow/feed.test.ts gives it, plus a bank holiday INVENTED FOR THE TEST on Wednesday 11 February 2026.
// Dudley, received Monday 2 February 2026: stage 1's 10 working days are Tue 3 (1), Wed 4, Thu 5, Fri 6 (4), Mon 9,
// Tue 10, Wed 11, Thu 12, Fri 13 (9), Mon 16 (10): due Monday 16 February 2026 on the bundled calendar. With the
// invented holiday on the 11th, the 10th working day is Tuesday 17 February 2026.
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import {
  applyEvent,
  createWorkflow,
  getPolicy,
  InvalidArgumentError,
  InvalidDateError,
  letterForCase,
  MissingPersonalisationError,
  openCase,
  parsePolicy,
} from '../../src/index.js';
import { parseGovUkBankHolidays } from '../../src/calendar/index.js';

const feed = parseGovUkBankHolidays({
  'england-and-wales': {
    division: 'england-and-wales',
    events: [
      { title: 'New Year’s Day', date: '2026-01-01', notes: '', bunting: true },
      { title: 'Proclaimed bank holiday (test)', date: '2026-02-11', notes: 'Extra bank holiday', bunting: true },
      { title: 'Good Friday', date: '2026-04-03', notes: '', bunting: false },
      { title: 'Easter Monday', date: '2026-04-06', notes: '', bunting: true },
      { title: 'Early May bank holiday', date: '2026-05-04', notes: '', bunting: true },
      { title: 'Spring bank holiday', date: '2026-05-25', notes: '', bunting: true },
      { title: 'Summer bank holiday', date: '2026-08-31', notes: '', bunting: true },
      { title: 'Christmas Day', date: '2026-12-25', notes: '', bunting: true },
      { title: 'Boxing Day', date: '2026-12-28', notes: 'Substitute day', bunting: true },
    ],
  },
});

describe('a GOV.UK feed passed to letterForCase', () => {
  const dudley = getPolicy('dudley');
  const kase = openCase(dudley, { reference: 'ABC/123', receivedAt: '2026-02-02' });
  const values = { 'complainant name': 'Sam Example' };

  it("the acknowledgement's response date is worked out on the feed's calendar", () => {
    expect(letterForCase(dudley, kase, 'acknowledgement', values, { on: '2026-02-03' }).personalisation['due date']).toBe('Monday 16 February 2026');
    expect(letterForCase(dudley, kase, 'acknowledgement', values, { on: '2026-02-03', feed }).personalisation['due date']).toBe('Tuesday 17 February 2026');
  });
});

describe("letterForCase: the letter's date and its checks", () => {
  // Dudley, received Friday 19 December 2025, due Wednesday 7 January 2026 (see reminder-emails.test.ts); an extension
  // agreed on Monday 5 January 2026 to Wednesday 21 January 2026.
  const dudley = getPolicy('dudley');
  const received = openCase(dudley, { reference: 'ABC/123', receivedAt: '2025-12-19' });
  const extended = applyEvent(dudley, received, {
    type: 'extension-agreed',
    on: '2026-01-05',
    newDueDate: '2026-01-21',
    reason: 'Another service is involved',
    agreedWithComplainant: true,
  });
  const values = { 'complainant name': 'Sam Example' };

  it("without `on`: the date of the case's last event, or the date of receipt", () => {
    expect(letterForCase(dudley, received, 'acknowledgement', values).date).toBe('2025-12-19');
    const notice = letterForCase(dudley, extended, 'extension-notice', { ...values, 'extension reason': 'We need to speak to another service.' });
    expect([notice.date, notice.personalisation['due date']]).toEqual(['2026-01-05', 'Wednesday 21 January 2026']);
  });

  it('`on` may be the date of receipt itself, never before it; a malformed one names `options.on`', () => {
    expect(letterForCase(dudley, received, 'acknowledgement', values, { on: '2025-12-19' }).date).toBe('2025-12-19');
    const before = caught(() => letterForCase(dudley, received, 'acknowledgement', values, { on: '2025-12-18' })) as InvalidArgumentError;
    expect(before).toBeInstanceOf(InvalidArgumentError);
    expect([before.path, before.message.includes('before the date of receipt')]).toEqual(['options.on', true]);
    const malformed = caught(() => letterForCase(dudley, received, 'acknowledgement', values, { on: '19/12/2025' })) as InvalidDateError;
    expect(malformed).toBeInstanceOf(InvalidDateError);
    expect(malformed.path).toBe('options.on');
  });

  it('values, language and Welsh values that are malformed are refused, naming the argument', () => {
    for (const bad of ['Sam', ['Sam'], 42]) {
      const e = caught(() => letterForCase(dudley, received, 'acknowledgement', bad as never)) as InvalidArgumentError;
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect([e.path, e.message.includes('must be an object')]).toEqual(['values', true]);
    }
    expect(caught(() => letterForCase(dudley, received, 'acknowledgement', values, { language: 'french' as never }))).toMatchObject({ path: 'options.language' });
    expect(caught(() => letterForCase(dudley, received, 'acknowledgement', values, { welshValues: 'x' as never }))).toMatchObject({ path: 'options.welshValues' });
  });
});

describe('letterForCase: the clock-stop values of a request that lapsed', () => {
  // FOI: a fees notice given Friday 6 March 2026 and never paid: the request lapses from Saturday 6 June 2026 (the
  // three months of FOIA 2000 s.9(2) beginning 6 March end on 5 June; foi-2000.yaml's note). The clock never ran again.
  const foi = parsePolicy({
    id: 'foi-letter-probe',
    extends: 'foi-2000',
    title: 'FOI with a test template',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    templates: {
      stopped: { subject: 'Request ((reference))', body: 'Stopped on ((clock stopped date)) (((clock stop reason))).', source: 'local: test template' },
      restarted: { subject: 'Request ((reference))', body: 'Ran again on ((clock restarted date)).', source: 'local: test template' },
    },
  });
  const wf = createWorkflow(foi);
  const lapsed = wf.applyEvent(
    wf.applyEvent(wf.openCase({ reference: 'FOI-1', receivedAt: '2026-03-02' }), { type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' }),
    {
      type: 'request-lapsed',
      on: '2026-06-06',
    },
  );

  it('the stop is written; the restart date is the caller’s to give', () => {
    expect(letterForCase(foi, lapsed, 'stopped').body).toBe('Stopped on Friday 6 March 2026 (Waiting for the fee to be paid).');
    const e = caught(() => letterForCase(foi, lapsed, 'restarted')) as MissingPersonalisationError;
    expect(e).toBeInstanceOf(MissingPersonalisationError);
    expect(e.names).toEqual(['clock restarted date']);
  });
});

describe('letterForCase: a Welsh letter missing a value names both arguments that can give it', () => {
  // The Wales preset (received Friday 19 December 2025), with a letter whose Welsh text needs a value only the caller
  // has (`manylion`, "details").
  const council = parsePolicy({
    id: 'welsh-letter-probe',
    extends: 'wales-social-services-2014',
    title: 'Wales with a test letter',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    placeholders: ['extension reason', 'manylion'],
    templates: {
      note: {
        subject: 'Complaint ((reference))',
        body: 'About ((details)).',
        welsh: { subject: 'Cwyn ((reference))', body: 'Ynglŷn â ((manylion)).' },
        source: 'local: test template',
      },
    },
  });
  const kase = openCase(council, { reference: 'W/7', receivedAt: '2025-12-19' });

  it('with Welsh values given but not this one: `values or options.welshValues`', () => {
    const e = caught(() =>
      letterForCase(council, kase, 'note', { details: 'contact' }, { language: 'welsh', welshValues: { details: 'cyswllt' } }),
    ) as MissingPersonalisationError;
    expect(e).toBeInstanceOf(MissingPersonalisationError);
    expect([e.names, e.path]).toEqual([['manylion'], 'values or options.welshValues']);
  });
});
