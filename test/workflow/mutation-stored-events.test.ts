import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import { createWorkflow, type Case } from '../../src/workflow/index.js';
import { plainPolicy, threeStagePolicy } from './policies.js';
import { caught } from './thrown.js';

/*
 * A case read back from storage (a plain copy: not made by openCase/applyEvent) is checked before it is replayed
 * (issue 18): for each event type, the fields the replay reads, each named `case.events[i].<field>` with the rule
 * broken. The rules are the ones the event schema states (required fields, booleans, the three outcomes, the three
 * language preferences, a real `YYYY-MM-DD` date); the check never repeats the value.
 */

const policy = threeStagePolicy();
const wf = createWorkflow(policy);

/** A complaint received Monday 5 January 2026, as it might come back from a database, with these events. */
function stored(events: unknown[], extra: Record<string, unknown> = {}): Case {
  const base = JSON.parse(JSON.stringify(wf.openCase({ reference: 'S-1', caseType: 'complaint', receivedAt: '2026-01-05' }))) as Record<string, unknown>;
  return { ...base, ...extra, events } as unknown as Case;
}

const ON = '2026-01-06';
const SHAPE = "must be a calendar date written exactly 'YYYY-MM-DD'";

describe('a stored event: the fields the replay reads', () => {
  it.each<[string, unknown[], typeof InvalidArgumentError | typeof InvalidDateError, string, string]>([
    // The event's own date.
    ['a date given as a number', [{ type: 'acknowledged', on: 20260106 }], InvalidDateError, 'case.events[0].on', SHAPE],
    ["a date with a letter for a digit ('2026-01-0x')", [{ type: 'acknowledged', on: '2026-01-0x' }], InvalidDateError, 'case.events[0].on', SHAPE],
    // response-received: `receivedOn` is an optional date.
    [
      'a date of receipt of the response that does not exist',
      [{ type: 'response-received', on: ON, receivedOn: '2026-02-30' }],
      InvalidDateError,
      'case.events[0].receivedOn',
      'must be a real calendar date: that month has no such day',
    ],
    // final-response-sent: `outcome` is required (response-sent's is optional, see below).
    ['a final response with no outcome', [{ type: 'final-response-sent', on: ON }], InvalidArgumentError, 'case.events[0].outcome', 'is required'],
    [
      "a final response with outcome 'maybe'",
      [{ type: 'final-response-sent', on: ON, outcome: 'maybe' }],
      InvalidArgumentError,
      'case.events[0].outcome',
      'must be one of upheld, partly-upheld, not-upheld',
    ],
    ['a discretion decision with no decision', [{ type: 'discretion-decided', on: ON }], InvalidArgumentError, 'case.events[0].accepted', 'is required'],
    [
      "a discretion decision of 'yes'",
      [{ type: 'discretion-decided', on: ON, accepted: 'yes' }],
      InvalidArgumentError,
      'case.events[0].accepted',
      'must be true or false',
    ],
    ['mediation concluded with no result', [{ type: 'mediation-concluded', on: ON }], InvalidArgumentError, 'case.events[0].resolved', 'is required'],
    ['a hearing arranged with no date', [{ type: 'hearing-arranged', on: ON }], InvalidDateError, 'case.events[0].hearingDate', 'is required'],
    [
      'agreed actions that are an empty list',
      [{ type: 'agreed-actions-recorded', on: ON, actions: [] }],
      InvalidArgumentError,
      'case.events[0].actions',
      'must be a list of at least one agreed action',
    ],
    ['an allocation with no role', [{ type: 'allocated', on: ON }], InvalidArgumentError, 'case.events[0].role', 'is required'],
    [
      'an allocation to an address with a display name',
      [{ type: 'allocated', on: ON, role: 'team-manager', email: 'Team Manager <tm@example.gov.uk>' }],
      InvalidArgumentError,
      'case.events[0].email',
      'must be one email address such as name@example.gov.uk',
    ],
    [
      'an allocation to a team that is a number',
      [{ type: 'allocated', on: ON, role: 'team-manager', team: 7 }],
      InvalidArgumentError,
      'case.events[0].team',
      'must be a string',
    ],
    ['a referral with no reason', [{ type: 'referred-back', on: ON }], InvalidArgumentError, 'case.events[0].reason', 'is required'],
    ['a delay reason with no code', [{ type: 'delay-reason-recorded', on: ON }], InvalidArgumentError, 'case.events[0].code', 'is required'],
    ['a step completed with no step', [{ type: 'step-completed', on: ON }], InvalidArgumentError, 'case.events[0].step', 'is required'],
    ['a clock stopped with no reason', [{ type: 'clock-stopped', on: ON }], InvalidArgumentError, 'case.events[0].reason', 'is required'],
    ['a request for a stage that is a number', [{ type: 'next-stage-requested', on: ON, stage: 2 }], InvalidArgumentError, 'case.events[0].stage', 'must be a string'],
    ['a language change with no language', [{ type: 'language-preference-changed', on: ON }], InvalidArgumentError, 'case.events[0].language', 'is required'],
    [
      "a language change to 'cymraeg'",
      [{ type: 'language-preference-changed', on: ON, language: 'cymraeg' }],
      InvalidArgumentError,
      'case.events[0].language',
      'must be one of english, welsh, bilingual',
    ],
    [
      'an extension of 0 working days',
      [{ type: 'extension-agreed', on: ON, reason: 'x', agreedWithComplainant: true, additionalWorkingDays: 0 }],
      InvalidArgumentError,
      'case.events[0].additionalWorkingDays',
      'must be a whole number from 1 to 1000',
    ],
    [
      'an extension of 121 months',
      [{ type: 'extension-agreed', on: ON, reason: 'x', agreedWithComplainant: true, calendarMonths: 121 }],
      InvalidArgumentError,
      'case.events[0].calendarMonths',
      'must be a whole number from 1 to 120',
    ],
  ])('%s', (_what, events, cls, path, rule) => {
    for (const ask of [(c: Case) => wf.snapshot(c), (c: Case) => wf.deadlines(c)]) {
      const e = caught(() => ask(stored(events)));
      expect(e).toBeInstanceOf(cls);
      expect(e.path).toBe(path);
      expect(e.message.startsWith(`${path}: ${rule}.`)).toBe(true);
    }
  });

  it('an event that is null or a list is not an event object', () => {
    for (const event of [null, ['acknowledged', ON]]) {
      const e = caught(() => wf.snapshot(stored([{ type: 'acknowledged', on: ON }, event])));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.message).toBe("case.events[1]: must be an event object such as { type: 'acknowledged', on: '2026-01-06' }.");
    }
  });

  it('a stored case needs its date of receipt', () => {
    const e = caught(() => wf.snapshot(stored([], { received: undefined })));
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e.path).toBe('case.received');
    expect(e.message.startsWith('case.received: is required.')).toBe(true);
  });

  it("a case's own language preference must be one of the three", () => {
    const e = caught(() => wf.snapshot(stored([], { language: 'cymraeg' })));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toBe('case.language: must be one of english, welsh, bilingual.');
  });

  it('the errors of a list of cases name the case by the root given', () => {
    const e = caught(() => wf.replay(stored([{ type: 'discretion-decided', on: ON }]), { root: 'cases[3]' }));
    expect(e.message).toBe('cases[3].events[0].accepted: is required.');
  });
});

describe('a stored event may leave out what the schema makes optional', () => {
  it('a response with no outcome on a request (an FOI response has none) and its receipt with no date replay', () => {
    const plain = createWorkflow(plainPolicy());
    const base = JSON.parse(JSON.stringify(plain.openCase({ reference: 'F-1', receivedAt: '2026-01-05' }))) as Record<string, unknown>;
    const kase = {
      ...base,
      events: [
        { type: 'response-sent', on: '2026-01-20' },
        { type: 'response-received', on: '2026-01-22' },
      ],
    } as unknown as Case;
    const snap = plain.snapshot(kase);
    expect(snap.state).toBe('responded');
    // `receivedOn` left out: the day recorded (`on`) is the day of receipt.
    expect(snap.stages[0]!.responseReceivedOn).toBe('2026-01-22');
  });

  it('an allocation with no team and no address, a request with no stage, and a language of its own replay', () => {
    const kase = stored(
      [
        { type: 'allocated', on: '2026-01-06', role: 'team-manager' },
        { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
        { type: 'next-stage-requested', on: '2026-01-20' },
        { type: 'language-preference-changed', on: '2026-01-21', language: 'bilingual' },
      ],
      { language: 'welsh' },
    );
    const snap = wf.snapshot(kase);
    expect(snap.stages.map((s) => s.stage)).toEqual(['stage-1', 'stage-2']);
    expect(snap.language).toBe('bilingual');
  });

  it('the bounds of the whole-number fields (1 to 1000 working days, 1 to 120 months) pass the check; true/false answers replay', () => {
    // One working day on top passes the check and the stage's own rules: the extension is recorded.
    for (const fields of [{ additionalWorkingDays: 1 }, { workingDays: 1 }]) {
      const kase = stored([{ type: 'extension-agreed', on: '2026-01-06', reason: 'More time', agreedWithComplainant: false, ...fields }]);
      expect(wf.snapshot(kase).stages[0]!.extensions).toHaveLength(1);
    }
    // At the other bounds the stage's own rules may refuse them (this stage counts working days, not months), but
    // the check of the stored value, whose rule is "a whole number from 1 to …", passes them.
    for (const fields of [{ additionalWorkingDays: 1000 }, { workingDays: 1000 }, { calendarMonths: 1 }, { calendarMonths: 120 }]) {
      const kase = stored([{ type: 'extension-agreed', on: '2026-01-06', reason: 'More time', agreedWithComplainant: false, ...fields }]);
      let message = '';
      try {
        wf.snapshot(kase);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).not.toContain('must be a whole number from');
    }
    // Mediation offered and concluded unresolved (a boolean false) returns the case to the open stage.
    const mediated = stored([
      { type: 'mediation-offered', on: '2026-01-06' },
      { type: 'mediation-concluded', on: '2026-01-08', resolved: false },
    ]);
    expect(wf.snapshot(mediated).state).toBe('open');
  });
});
