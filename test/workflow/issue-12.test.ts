// Issue 12: the bugs found while reading the workflow, each pinned here (each of these failed on the 0.1 code:
// see the comment on each), the engine's own checks, the extension's naming and the error wording.
import { describe, expect, it } from 'vitest';
import { bankHolidays, parseGovUkBankHolidays } from '../../src/calendar/index.js';
import { InvalidArgumentError, PolicyValidationError } from '../../src/index.js';
import { getPolicy } from '../../src/policies/index.js';
import { casesFromCsv, casesFromJson, CaseInputError, performanceReport } from '../../src/reporting/index.js';
import { emailForReminder, letterForCase } from '../../src/templates/index.js';
import { applyEvent, createWorkflow, deadlines, openCase, remindersDue, TransitionError, type Case, type CaseEventInput } from '../../src/workflow/index.js';

const dudley = getPolicy('dudley');

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a throw');
}

describe('bug 1: ((original due date)) in a reminder email at the review-panel stage', () => {
  // Dudley (over england-children-2006): stage 3 is the review panel; its final response is due 15 working days
  // after the panel's report (SI 2006/1738 reg 20(3)).
  const workflow = createWorkflow(dudley);
  const events: CaseEventInput[] = [
    { type: 'response-sent', on: '2026-01-16', outcome: 'not-upheld' },
    { type: 'next-stage-requested', on: '2026-01-19' },
    { type: 'response-sent', on: '2026-03-02', outcome: 'not-upheld' },
    { type: 'panel-requested', on: '2026-03-04' },
    { type: 'hearing-arranged', on: '2026-03-04', hearingDate: '2026-04-01' },
    { type: 'hearing-held', on: '2026-04-01' },
    { type: 'panel-report-received', on: '2026-04-08' },
  ];
  let kase: Case = workflow.openCase({ reference: 'PANEL-1', receivedAt: '2026-01-05' });
  for (const e of events) kase = workflow.applyEvent(kase, e);
  // Report received Wednesday 8 April 2026; 15 working days later (no bank holiday between 9 and 29 April: Easter
  // Monday was 6 April, the early May bank holiday is 4 May): Wednesday 29 April 2026.
  const reminder = {
    key: 'PANEL-1|stage-3|chase|2026-04-29',
    reference: 'PANEL-1',
    stage: 'stage-3',
    id: 'chase',
    date: '2026-04-20',
    dueDate: '2026-04-29',
    to: ['director'],
    cc: [],
    template: 'extension-notice',
  };
  const values = { 'complainant name': 'Sam Example', 'extension reason': 'the panel asked for more information' };
  const directory = { director: { name: 'Director', email: 'director@example.gov.uk' } };

  it('the email fills it with the stage-3 original due date, as the letter does (0.1: MissingPersonalisationError)', () => {
    const email = emailForReminder(dudley, kase, reminder as never, directory, { values });
    expect(email.personalisation['original due date']).toBe('Wednesday 29 April 2026');
    const letter = letterForCase(dudley, kase, 'extension-notice', values);
    expect(letter.personalisation['original due date']).toBe('Wednesday 29 April 2026');
  });

  it('a missing value is named with the option that supplies it', () => {
    const e = caught(() => emailForReminder(dudley, kase, reminder as never, directory));
    expect(e.message).toBe('Missing personalisation: complainant name, extension reason (give their values in options.values)');
    expect((e as { path?: string }).path).toBe('options.values');
    expect(caught(() => letterForCase(dudley, kase, 'extension-notice', {})).message).toContain('(give their values in the values argument)');
  });
});

describe('bug 2: casesFromJson and casesFromCsv take the feed, in the same { feed } shape as the report', () => {
  // A feed for 2026 with the England-and-Wales bank holidays plus one proclaimed for Monday 12 January 2026.
  const events = bankHolidays('england-and-wales', { from: '2026-01-01', to: '2026-12-31' }).map((h) => ({ title: h.title, date: h.date, notes: '', bunting: true }));
  const feed = parseGovUkBankHolidays({
    'england-and-wales': {
      division: 'england-and-wales',
      events: [...events, { title: 'Extra bank holiday', date: '2026-01-12', notes: 'Extra bank holiday', bunting: true }],
    },
  });
  // An extension to Monday 12 January: a working day without the feed, a bank holiday with it.
  const opened = openCase(dudley, { reference: 'FEED-1', receivedAt: '2025-12-19' });
  const extended = applyEvent(dudley, opened, { type: 'extension-agreed', on: '2026-01-05', newDueDate: '2026-01-12', reason: 'r', agreedWithComplainant: true });
  const json = JSON.parse(JSON.stringify([extended]));

  it('without the feed the list imports; with it, it is refused as the report refuses it (0.1: feed was "not an option")', () => {
    expect(casesFromJson(dudley, json).cases).toHaveLength(1);
    expect(() => performanceReport(dudley, json, { from: '2025-04-01', to: '2026-03-31', feed })).toThrow(CaseInputError);
    const e = caught(() => casesFromJson(dudley, json, { feed }));
    expect(e).toBeInstanceOf(CaseInputError);
    expect((e as CaseInputError).issues[0]).toMatchObject({ index: 0, field: 'events[0].newDueDate' });
  });

  it('casesFromCsv takes it too', () => {
    const csv = ['reference,received,responded,extended_due_date,outcome,delay_code', 'FEED-1,2025-12-19,,2026-01-12,,'].join('\r\n');
    expect(casesFromCsv(dudley, csv).cases).toHaveLength(1);
    expect(() => casesFromCsv(dudley, csv, { feed })).toThrow(CaseInputError);
  });

  it('an unknown option is named as unknown, with a did-you-mean', () => {
    expect(caught(() => casesFromJson(dudley, json, { fed: feed } as never)).message).toBe(
      'options.fed: `fed` is not an option of casesFromJson: did you mean `feed`? (the options are skipBad and feed).',
    );
  });
});

describe('bug 3: a refused event is never listed as allowed', () => {
  it("next-stage-requested on a 3-day-old stage-1 case (0.1 listed it among 'Allowed now')", () => {
    // Received Friday 19 December 2025; on Monday 22 December the stage-1 response (due 7 January 2026) is not overdue.
    const kase = openCase(dudley, { reference: 'B3', receivedAt: '2025-12-19' });
    const e = caught(() => applyEvent(dudley, kase, { type: 'next-stage-requested', on: '2025-12-22' }));
    expect(e).toBeInstanceOf(TransitionError);
    const t = e as TransitionError;
    expect(t.message).toContain('its response is not yet overdue');
    expect(t.allowed).not.toContain('next-stage-requested');
    expect(t.message.split('Allowed now:')[1]).not.toContain('next-stage-requested');
    // On that date the engine does not list it; once the response is overdue (Thursday 8 January 2026) it does.
    const workflow = createWorkflow(dudley);
    expect(workflow.allowedEvents(kase, '2025-12-22')).not.toContain('next-stage-requested');
    expect(workflow.allowedEvents(kase, '2026-01-08')).toContain('next-stage-requested');
  });
});

describe('createWorkflow checks a policy it did not make, once (issue 20 item 4)', () => {
  it.each([
    ['caseTypes: null', { ...dudley, caseTypes: null }, 'caseTypes'],
    ['calendar: null', { ...dudley, calendar: null }, 'calendar'],
    ['one case type null', { ...dudley, caseTypes: { ...dudley.caseTypes, 'statutory-complaint': null } }, 'caseTypes.statutory-complaint'],
  ])('%s: PolicyValidationError naming the path (0.1: a raw TypeError)', (_what, policy, path) => {
    const e = caught(() => createWorkflow(policy as never));
    expect(e).toBeInstanceOf(PolicyValidationError);
    expect((e as PolicyValidationError).path).toBe(path);
    // The 0.1 functions run on the engine, so they check it too.
    expect(caught(() => openCase(policy as never, { reference: 'C-1', receivedAt: '2025-06-02' }))).toBeInstanceOf(PolicyValidationError);
  });

  it('a value that is not a policy at all is an InvalidArgumentError', () => {
    expect(caught(() => createWorkflow(null as never))).toBeInstanceOf(InvalidArgumentError);
  });

  it('two engines share nothing: calendars, and the feed of one never reaches the other', () => {
    const events = bankHolidays('england-and-wales', { from: '2026-01-01', to: '2026-12-31' }).map((h) => ({ title: h.title, date: h.date, notes: '', bunting: true }));
    const feed = parseGovUkBankHolidays({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [...events, { title: 'Extra bank holiday', date: '2026-01-12', notes: 'Extra bank holiday', bunting: true }],
      },
    });
    const plain = createWorkflow(dudley);
    const withFeed = createWorkflow(dudley, { feed });
    expect(plain.calendar()).not.toBe(withFeed.calendar());
    const kase = plain.openCase({ reference: 'C-1', receivedAt: '2026-01-05' });
    // Received Monday 5 January 2026: due Monday 19 January, Tuesday 20 January with the extra holiday.
    expect(plain.deadlines(kase).find((d) => d.id === 'stage-1-response')!.due).toBe('2026-01-19');
    expect(withFeed.deadlines(kase).find((d) => d.id === 'stage-1-response')!.due).toBe('2026-01-20');
    expect(plain.deadlines(kase).find((d) => d.id === 'stage-1-response')!.due).toBe('2026-01-19');
  });
});

describe('extension-agreed: additionalWorkingDays (days on top), workingDays its deprecated name', () => {
  // Received Monday 5 January 2026; stage 1 due in 10 working days: Monday 19 January. 10 more working days on top
  // (reg 14 allows 20 in total): Monday 2 February 2026.
  const kase = openCase(dudley, { reference: 'X-1', receivedAt: '2026-01-05' });
  const base = { type: 'extension-agreed', on: '2026-01-12', reason: 'complex', agreedWithComplainant: true } as const;
  it('both names add the days to the due date in force', () => {
    for (const field of ['additionalWorkingDays', 'workingDays'] as const) {
      const k = applyEvent(dudley, kase, { ...base, [field]: 10 });
      expect(deadlines(dudley, k).find((d) => d.id === 'stage-1-extended-response')!.due).toBe('2026-02-02');
    }
  });
  it('giving both is refused', () => {
    const e = caught(() => applyEvent(dudley, kase, { ...base, additionalWorkingDays: 10, workingDays: 10 }));
    expect(e.message).toContain('give additionalWorkingDays or its deprecated name workingDays, not both');
  });
});

describe('error wording', () => {
  const kase = openCase(dudley, { reference: 'W-1', receivedAt: '2026-01-05' });
  it("remindersDue(p, cases, { on }) names `on` as an unknown option (0.1: 'after: expected a YYYY-MM-DD string')", () => {
    const e = caught(() => remindersDue(dudley, [kase], { on: '2026-01-05' } as never));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toBe('window.on: `on` is not an option of remindersDue (the options are after, through and feed).');
  });
  it('an option key that is a near miss gets a did-you-mean; one that does not look like a field name is not echoed', () => {
    expect(caught(() => deadlines(dudley, kase, { fed: undefined } as never)).message).toBe(
      'options.fed: `fed` is not an option of deadlines: did you mean `feed`? (the only option is feed).',
    );
    const personal = caught(() => deadlines(dudley, kase, { 'Zebedee Quartermaine': 1 } as never)).message;
    expect(personal).not.toContain('Zebedee');
  });
  it('an unknown event type gets a did-you-mean', () => {
    const e = caught(() => applyEvent(dudley, kase, { type: 'acknowleged', on: '2026-01-06' } as never));
    expect(e.message).toContain("is not an event type: did you mean 'acknowledged'?");
  });
});
