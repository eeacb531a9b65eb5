/**
 * parseGovUkBankHolidays: every problem's message says what is expected there (and, for a missing field, that it is
 * missing), never repeating the document's value; and the kind of a feed holiday follows its GOV.UK `notes` first
 * ("Substitute day" → substitute, "Extra bank holiday" → one-off), then the generated holiday on that date, else
 * one-off. The document shape is GOV.UK's bank-holidays.json: `{ [division]: { division, events: [{ title, date,
 * notes, bunting }] } }`, dates written YYYY-MM-DD, notes "" or e.g. "Substitute day".
 */
import { describe, expect, test } from 'vitest';
import { bankHolidays, createCalendar, FeedValidationError, InvalidDateError, parseGovUkBankHolidays, type BankHolidayFeed } from '../../src/calendar/index.js';
import type { ValidationIssue } from '../../src/errors.js';

const event = { title: 'Christmas Day', date: '2026-12-25', notes: '', bunting: true };
const withEvent = (e: unknown) => ({ 'england-and-wales': { division: 'england-and-wales', events: [e] } });

function issuesOf(doc: unknown): ValidationIssue[] {
  try {
    parseGovUkBankHolidays(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(FeedValidationError);
    return [...(e as FeedValidationError).issues];
  }
  throw new Error('expected a FeedValidationError');
}

describe('what each problem says', () => {
  const { title: _t, ...noTitle } = event;
  const { date: _d, ...noDate } = event;
  const { notes: _n, ...noNotes } = event;
  const { bunting: _b, ...noBunting } = event;
  test.each([
    ['no title', withEvent(noTitle), 'missing-field', "is missing: a string, the holiday's name as GOV.UK writes it"],
    ['a title that is a number', withEvent({ ...event, title: 25 }), 'wrong-type', "must be a string, the holiday's name as GOV.UK writes it"],
    ['an empty title', withEvent({ ...event, title: '' }), 'empty', "must not be empty: give the holiday's name as GOV.UK writes it"],
    ['no date', withEvent(noDate), 'missing-field', "is missing: a date written 'YYYY-MM-DD', e.g. '2026-12-25'"],
    ['a date that is a number', withEvent({ ...event, date: 20261225 }), 'wrong-type', "must be a date written 'YYYY-MM-DD', e.g. '2026-12-25'"],
    ['a date not written YYYY-MM-DD', withEvent({ ...event, date: '25/12/2026' }), 'invalid-date', "must be a date written exactly 'YYYY-MM-DD', e.g. '2026-12-25'"],
    ['30 February', withEvent({ ...event, date: '2026-02-30' }), 'invalid-date', 'must be a real calendar day (check the month and the day of the month)'],
    ['month 13', withEvent({ ...event, date: '2026-13-01' }), 'invalid-date', 'must be a real calendar day (check the month and the day of the month)'],
    ['a date in 2200', withEvent({ ...event, date: '2200-12-25' }), 'date-out-of-range', 'must be between 1900-01-01 and 2199-12-31, the supported range'],
    ['no notes', withEvent(noNotes), 'missing-field', "is missing: a string: '' when there is no note, or e.g. 'Substitute day'"],
    ['notes that are null', withEvent({ ...event, notes: null }), 'wrong-type', "must be a string: '' when there is no note, or e.g. 'Substitute day'"],
    ['no bunting', withEvent(noBunting), 'missing-field', 'is missing: true or false'],
    ['bunting "yes"', withEvent({ ...event, bunting: 'yes' }), 'wrong-type', 'must be true or false'],
    ['an event that is a string', withEvent('Christmas'), 'wrong-type', 'must be an object with title, date, notes and bunting'],
    ['an event that is null', withEvent(null), 'wrong-type', 'must be an object with title, date, notes and bunting'],
    ['no division field', { scotland: { events: [] } }, 'missing-field', "is missing: a string, the division's id (the same as its key)"],
    ['a division field that is a number', { scotland: { division: 3, events: [] } }, 'wrong-type', "must be a string, the division's id (the same as its key)"],
    ['no events', { scotland: { division: 'scotland' } }, 'missing-field', 'is missing: an array of bank-holiday events'],
    ['events that are an object', { scotland: { division: 'scotland', events: {} } }, 'wrong-type', 'must be an array of bank-holiday events'],
    ['a division that is an array', { scotland: [] }, 'wrong-type', "must be an object with 'division' and 'events', as in GOV.UK's bank-holidays.json"],
  ])('%s', (_what, doc, code, message) => {
    const issues = issuesOf(doc);
    expect(issues.map((i) => [i.code, i.message])).toEqual([[code, message]]);
  });

  test.each([
    ['text that is not JSON', '{"scotland": ', 'invalid-json', "is not valid JSON: pass the text of GOV.UK's bank-holidays.json unchanged, or the parsed object"],
    ['an array', [], 'not-an-object', "must be an object keyed by division ('england-and-wales', 'scotland', 'northern-ireland'), as in GOV.UK's bank-holidays.json"],
    ['no divisions', {}, 'no-divisions', "must contain at least one division ('england-and-wales', 'scotland' or 'northern-ireland')"],
  ])('the whole document: %s', (_what, doc, code, message) => {
    expect(issuesOf(doc)).toEqual([{ path: '', code, message }]);
  });

  test('messages never repeat the document’s values', () => {
    const issues = issuesOf(withEvent({ title: 'Secret name 12345', date: '2026-02-30', notes: 7, bunting: 'Secret flag 67890' }));
    expect(issues).toHaveLength(3);
    for (const i of issues) expect(i.message).not.toMatch(/Secret|12345|67890|2026-02-30/);
  });
});

describe('what a good document gives', () => {
  test('every division has a list and a coverage entry: empty and undefined for one not listed or with no events', () => {
    const feed = parseGovUkBankHolidays({
      'england-and-wales': { division: 'england-and-wales', events: [event, { ...event, title: 'New Year’s Day', date: '2025-01-01' }] },
      scotland: { division: 'scotland', events: [] },
    });
    expect(feed.divisions.scotland).toEqual([]);
    expect(feed.divisions['northern-ireland']).toEqual([]);
    // Coverage: the first and last year with an event (2025 and 2026 here), as a key for every division.
    expect(feed.coverage).toStrictEqual({ 'england-and-wales': { from: 2025, to: 2026 }, scotland: undefined, 'northern-ireland': undefined });
  });
});

describe('duplicate dates are looked for only among valid dates', () => {
  test('two events with the same impossible date: two invalid-date problems, no duplicate-date', () => {
    const doc = withEvent(event);
    doc['england-and-wales'].events = [
      { ...event, date: '2026-02-30' },
      { ...event, date: '2026-02-30' },
    ];
    expect(issuesOf(doc).map((i) => [i.path, i.code])).toEqual([
      ['england-and-wales.events[0].date', 'invalid-date'],
      ['england-and-wales.events[1].date', 'invalid-date'],
    ]);
  });
  test('two valid equal dates are a duplicate-date problem on the second', () => {
    const doc = withEvent(event);
    doc['england-and-wales'].events = [event, { ...event }];
    expect(issuesOf(doc).map((i) => [i.path, i.code])).toEqual([['england-and-wales.events[1].date', 'duplicate-date']]);
  });
});

describe('the kind of a feed holiday', () => {
  const feed = parseGovUkBankHolidays({
    'england-and-wales': {
      division: 'england-and-wales',
      events: [
        // Generated as standard (Fri 25 December 2026); this document calls it an extra day: the note wins.
        { title: 'Christmas Day', date: '2026-12-25', notes: 'Extra bank holiday', bunting: true },
        // Generated as a substitute (Boxing Day, Saturday 26 → Monday 28); no note: the generated kind.
        { title: 'Boxing Day', date: '2026-12-28', notes: '', bunting: true },
        // Not a generated holiday (Tue 29 December 2026); noted as a substitute day: substitute.
        { title: 'Boxing Day', date: '2026-12-29', notes: 'Substitute day', bunting: true },
        // Not generated and no note: one-off.
        { title: 'Office party bank holiday', date: '2026-12-30', notes: '', bunting: false },
      ],
    },
  });
  test('notes first, then the generated holiday on that date, else one-off', () => {
    expect(bankHolidays('england-and-wales', { from: '2026-12-01', to: '2026-12-31', feed }).map((h) => [h.date, h.kind])).toEqual([
      ['2026-12-25', 'one-off'],
      ['2026-12-28', 'substitute'],
      ['2026-12-29', 'substitute'],
      ['2026-12-30', 'one-off'],
    ]);
  });
});

describe('a feed not made by parseGovUkBankHolidays', () => {
  test('a date in it that is not a real day is an InvalidDateError on feed, not a silent wrong answer', () => {
    const forged = {
      divisions: { 'england-and-wales': [{ date: '2026-13-01', title: 'Bank holiday', notes: '', bunting: true }], scotland: [], 'northern-ireland': [] },
      coverage: { 'england-and-wales': { from: 2026, to: 2026 }, scotland: undefined, 'northern-ireland': undefined },
    } as unknown as BankHolidayFeed;
    const calendar = createCalendar({ holidays: 'england-and-wales', feed: forged });
    let e: unknown;
    try {
      calendar.isWorkingDay('2026-06-01');
    } catch (error) {
      e = error;
    }
    expect(e).toBeInstanceOf(InvalidDateError);
    expect((e as InvalidDateError).path).toBe('feed');
  });
});
