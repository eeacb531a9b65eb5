import { describe, expect, it } from 'vitest';
import { FeedValidationError } from '../../src/errors.js';
import type { ValidationIssue } from '../../src/errors.js';
import { bankHolidays, holidaysInYear, parseGovUkBankHolidays } from '../../src/calendar/holidays/index.js';

const ev = (date: string, title = 'Bank holiday', notes = '', bunting = true) => ({ title, date, notes, bunting });

/** A small document in GOV.UK's published shape (titles and notes as GOV.UK writes them). */
function goodDocument() {
  return {
    'england-and-wales': {
      division: 'england-and-wales',
      events: [ev('2026-12-28', 'Boxing Day', 'Substitute day'), ev('2026-12-25', 'Christmas Day'), ev('2025-01-01', 'New Year’s Day')],
    },
    scotland: {
      division: 'scotland',
      events: [ev('2026-06-15', 'World Cup bank holiday'), ev('2026-11-30', 'St Andrew’s Day')],
    },
    'northern-ireland': {
      division: 'northern-ireland',
      events: [ev('2026-07-13', 'Battle of the Boyne (Orangemen’s Day)', 'Substitute day', false)],
    },
  };
}

function issuesOf(doc: unknown): ValidationIssue[] {
  try {
    parseGovUkBankHolidays(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(FeedValidationError);
    return [...(e as FeedValidationError).issues];
  }
  throw new Error('expected a FeedValidationError');
}
const pathsOf = (doc: unknown) => issuesOf(doc).map((i) => [i.path, i.code]);

describe('parseGovUkBankHolidays: a good document', () => {
  it('returns each division’s events sorted by date, and the years covered', () => {
    const feed = parseGovUkBankHolidays(goodDocument());
    expect(feed.divisions['england-and-wales'].map((e) => e.date)).toEqual(['2025-01-01', '2026-12-25', '2026-12-28']);
    expect(feed.divisions['england-and-wales'][2]).toEqual({ date: '2026-12-28', title: 'Boxing Day', notes: 'Substitute day', bunting: true });
    expect(feed.coverage).toEqual({
      'england-and-wales': { from: 2025, to: 2026 },
      scotland: { from: 2026, to: 2026 },
      'northern-ireland': { from: 2026, to: 2026 },
    });
  });
  it('freezes what it returns', () => {
    const feed = parseGovUkBankHolidays(goodDocument());
    expect(Object.isFrozen(feed)).toBe(true);
    expect(Object.isFrozen(feed.divisions)).toBe(true);
    expect(Object.isFrozen(feed.divisions.scotland)).toBe(true);
    expect(Object.isFrozen(feed.divisions.scotland[0])).toBe(true);
    expect(Object.isFrozen(feed.coverage)).toBe(true);
  });
  it('accepts the JSON text of the document', () => {
    const feed = parseGovUkBankHolidays(JSON.stringify(goodDocument()));
    expect(feed.divisions.scotland.map((e) => e.date)).toEqual(['2026-06-15', '2026-11-30']);
  });
  it('accepts a document with only some divisions', () => {
    const feed = parseGovUkBankHolidays({ scotland: goodDocument().scotland });
    expect(feed.divisions['england-and-wales']).toEqual([]);
    expect(feed.coverage['england-and-wales']).toBeUndefined();
    expect(feed.coverage.scotland).toEqual({ from: 2026, to: 2026 });
  });
  it('ignores extra fields inside a division or an event', () => {
    const doc = { scotland: { division: 'scotland', title: 'Scotland', events: [{ ...ev('2026-06-15'), colour: 'blue' }] } };
    expect(parseGovUkBankHolidays(doc).divisions.scotland).toEqual([ev('2026-06-15')]);
  });
});

describe('parseGovUkBankHolidays: malformed documents', () => {
  it('JSON syntax error → path ""', () => {
    expect(pathsOf('{"scotland": {')).toEqual([['', 'invalid-json']]);
  });
  it.each([
    ['an array', []],
    ['null', null],
    ['a number', 42],
  ])('top level that is %s → path ""', (_what, doc) => {
    expect(pathsOf(doc)).toEqual([['', 'not-an-object']]);
  });
  it('an empty object → path ""', () => {
    expect(pathsOf({})).toEqual([['', 'no-divisions']]);
  });
  it('unknown division keys, including the Welsh feed’s slugs, name the valid ones', () => {
    const issues = issuesOf({ wales: { division: 'wales', events: [] }, 'cymru-a-lloegr': { division: 'cymru-a-lloegr', events: [] } });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['wales', 'unknown-division'],
      ['cymru-a-lloegr', 'unknown-division'],
    ]);
    expect(issues[0]!.message).toContain("'england-and-wales', 'scotland' or 'northern-ireland'");
  });
  it('a division field that disagrees with its key', () => {
    expect(pathsOf({ scotland: { division: 'england-and-wales', events: [ev('2026-06-15')] } })).toEqual([['scotland.division', 'division-mismatch']]);
  });
  it('a division that is not an object, and events that are not an array', () => {
    expect(pathsOf({ scotland: 'x' })).toEqual([['scotland', 'wrong-type']]);
    expect(pathsOf({ scotland: { division: 'scotland', events: {} } })).toEqual([['scotland.events', 'wrong-type']]);
    expect(pathsOf({ scotland: { division: 'scotland' } })).toEqual([['scotland.events', 'missing-field']]);
    expect(pathsOf({ scotland: { events: [] } })).toEqual([['scotland.division', 'missing-field']]);
  });
  it.each([
    ['2026-6-15', 'invalid-date'],
    ['15/06/2026', 'invalid-date'],
    ['2026-06-15T00:00:00Z', 'invalid-date'],
    [' 2026-06-15', 'invalid-date'],
    ['2026-02-30', 'invalid-date'],
    ['2026-13-01', 'invalid-date'],
    ['1899-12-25', 'date-out-of-range'],
    ['2200-01-01', 'date-out-of-range'],
  ])('bad date %j → scotland.events[1].date', (date, code) => {
    expect(pathsOf({ scotland: { division: 'scotland', events: [ev('2026-01-01'), ev(date)] } })).toEqual([['scotland.events[1].date', code]]);
  });
  it('a date that is not a string', () => {
    expect(pathsOf({ scotland: { division: 'scotland', events: [{ ...ev('x'), date: 20260615 }] } })).toEqual([['scotland.events[0].date', 'wrong-type']]);
  });
  it('duplicate dates within a division → the later one', () => {
    const issues = issuesOf({
      'northern-ireland': { division: 'northern-ireland', events: [ev('2026-03-17'), ev('2026-07-13'), ev('2026-03-17')] },
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([['northern-ireland.events[2].date', 'duplicate-date']]);
    expect(issues[0]!.message).toContain('events[0]');
  });
  it('the same date in two divisions is fine', () => {
    expect(() =>
      parseGovUkBankHolidays({
        scotland: { division: 'scotland', events: [ev('2026-12-25')] },
        'england-and-wales': { division: 'england-and-wales', events: [ev('2026-12-25')] },
      }),
    ).not.toThrow();
  });
  it('titles, notes and bunting of the wrong type, missing or empty', () => {
    const doc = {
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { date: '2026-01-01', title: 7, notes: '', bunting: true },
          { date: '2026-04-03', notes: '', bunting: true },
          { date: '2026-04-06', title: '', notes: '', bunting: true },
          { date: '2026-05-04', title: 'Early May bank holiday', bunting: true },
          { date: '2026-05-25', title: 'Spring bank holiday', notes: null, bunting: 'yes' },
          'Summer bank holiday',
        ],
      },
    };
    expect(pathsOf(doc)).toEqual([
      ['england-and-wales.events[0].title', 'wrong-type'],
      ['england-and-wales.events[1].title', 'missing-field'],
      ['england-and-wales.events[2].title', 'empty'],
      ['england-and-wales.events[3].notes', 'missing-field'],
      ['england-and-wales.events[4].notes', 'wrong-type'],
      ['england-and-wales.events[4].bunting', 'wrong-type'],
      ['england-and-wales.events[5]', 'wrong-type'],
    ]);
  });
  it('reports every problem across divisions at once; the error’s path is the first issue’s', () => {
    let caught: FeedValidationError | undefined;
    try {
      parseGovUkBankHolidays({
        'england-and-wales': { division: 'england-and-wales', events: [ev('2026-02-30')] },
        scotland: { division: 'northern-ireland', events: [ev('2026-06-15'), ev('2026-06-15')] },
        ulster: {},
      });
    } catch (e) {
      caught = e as FeedValidationError;
    }
    expect(caught).toBeInstanceOf(FeedValidationError);
    expect(caught!.code).toBe('invalid-feed');
    expect(caught!.path).toBe('england-and-wales.events[0].date');
    expect(caught!.issues.map((i) => i.path)).toEqual(['england-and-wales.events[0].date', 'scotland.division', 'scotland.events[1].date', 'ulster']);
    expect(caught!.message).toContain('4 problems');
  });
  it('messages say what to do and never repeat the document’s values', () => {
    const secret = 'Jane Example 07700 900123';
    const issues = issuesOf({
      scotland: { division: secret, events: [{ title: 5, date: secret, notes: 1, bunting: secret }] },
    });
    expect(issues.length).toBe(5);
    for (const issue of issues) {
      expect(issue.message).not.toContain('Jane');
      expect(issue.message.length).toBeGreaterThan(10);
    }
    try {
      parseGovUkBankHolidays(`{"scotland": "${secret}`);
    } catch (e) {
      expect((e as Error).message).not.toContain('Jane');
    }
  });
});

describe('a feed replaces the generated holidays for the years it covers', () => {
  // Scotland 2027 as GOV.UK briefly (and wrongly) published it, with the summer holiday on 30 August,
  // plus a hypothetical extra day: whatever the feed says wins for its years.
  const feed = parseGovUkBankHolidays({
    scotland: {
      division: 'scotland',
      events: [
        ev('2027-01-01', 'New Year’s Day'),
        ev('2027-01-04', '2nd January', 'Substitute day'),
        ev('2027-03-26', 'Good Friday', '', false),
        ev('2027-05-03', 'Early May bank holiday'),
        ev('2027-05-31', 'Spring bank holiday'),
        ev('2027-08-30', 'Summer bank holiday'),
        ev('2027-09-06', 'Extra holiday', 'Extra bank holiday'),
        ev('2027-11-30', 'St Andrew’s Day'),
        ev('2027-12-27', 'Christmas Day', 'Substitute day'),
        ev('2027-12-28', 'Boxing Day', 'Substitute day'),
        ev('2030-05-06', 'Early May bank holiday'),
      ],
    },
  });
  it('uses the feed’s dates and titles, with kinds from the notes or the matching generated holiday', () => {
    const list = holidaysInYear('scotland', 2027, feed);
    expect(list.map((h) => [h.date, h.kind])).toEqual([
      ['2027-01-01', 'standard'],
      ['2027-01-04', 'substitute'],
      ['2027-03-26', 'standard'],
      ['2027-05-03', 'standard'],
      ['2027-05-31', 'standard'],
      ['2027-08-30', 'one-off'],
      ['2027-09-06', 'one-off'],
      ['2027-11-30', 'standard'],
      ['2027-12-27', 'substitute'],
      ['2027-12-28', 'substitute'],
    ]);
    expect(list.find((h) => h.date === '2027-09-06')?.title).toBe('Extra holiday');
    expect(holidaysInYear('scotland', 2027).some((h) => h.date === '2027-08-02')).toBe(true);
  });
  it('a covered year after 2028 is not provisional; a year the feed skips falls back to the rules', () => {
    expect(holidaysInYear('scotland', 2030, feed)).toEqual([
      { date: '2030-05-06', title: 'Early May bank holiday', division: 'scotland', kind: 'standard', provisional: false },
    ]);
    // 2028 and 2029 are inside the feed's 2027–2030 range but it lists nothing for them.
    expect(holidaysInYear('scotland', 2029, feed)).toEqual(holidaysInYear('scotland', 2029));
    expect(holidaysInYear('scotland', 2029, feed).every((h) => h.provisional)).toBe(true);
  });
  it('divisions and years the feed does not cover come from the rules', () => {
    expect(holidaysInYear('england-and-wales', 2027, feed)).toEqual(holidaysInYear('england-and-wales', 2027));
    expect(holidaysInYear('scotland', 2026, feed)).toEqual(holidaysInYear('scotland', 2026));
    expect(holidaysInYear('scotland', 2031, feed).every((h) => h.provisional)).toBe(true);
  });
  it('bankHolidays passes the feed on', () => {
    expect(bankHolidays('united-kingdom', { from: '2027-08-01', to: '2027-09-30', feed }).map((h) => [h.date, h.division])).toEqual([
      ['2027-08-30', 'england-and-wales'],
      ['2027-08-30', 'scotland'],
      ['2027-08-30', 'northern-ireland'],
      ['2027-09-06', 'scotland'],
    ]);
  });
  it('the same feed gives an equal frozen list each time (nothing is remembered between calls)', () => {
    const a = holidaysInYear('scotland', 2027, feed);
    expect(holidaysInYear('scotland', 2027, feed)).toEqual(a);
    expect(Object.isFrozen(a)).toBe(true);
  });
});
