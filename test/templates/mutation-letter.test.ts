// letterForCase (src/templates/letter.ts) with a GOV.UK bank-holiday feed: a case the mutation run of issue 18 found
// untested in test/templates.
//
// GOV.UK's England-and-Wales list for 2026 as published (https://www.gov.uk/bank-holidays.json), as
// test/workflow/feed.test.ts gives it, plus a bank holiday INVENTED FOR THE TEST on Wednesday 11 February 2026.
// Dudley, received Monday 2 February 2026: stage 1's 10 working days are Tue 3 (1), Wed 4, Thu 5, Fri 6 (4), Mon 9,
// Tue 10, Wed 11, Thu 12, Fri 13 (9), Mon 16 (10): due Monday 16 February 2026 on the bundled calendar. With the
// invented holiday on the 11th, the 10th working day is Tuesday 17 February 2026.
import { describe, expect, it } from 'vitest';
import { getPolicy, letterForCase, openCase } from '../../src/index.js';
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
