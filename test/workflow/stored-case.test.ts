import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import { allowedEventTypes, applyEvent, deadlines, openCase, reminderSchedule, remindersDue, statusOn, type Case } from '../../src/workflow/index.js';
import { preset } from './presets.js';
import { caught } from './thrown.js';

/*
 * A case read back from storage is checked when it is replayed: every workflow function names the stored field at
 * fault (`case.events[i].<field>`) and the rule, with the workflow's typed errors, and never repeats the value.
 */

const dudley = preset('dudley');

/** A Dudley case received Friday 2025-12-19 as it might come back from a database (plain, not frozen). */
function stored(events: unknown[], extra: Record<string, unknown> = {}): Case {
  const base = JSON.parse(JSON.stringify(openCase(dudley, { reference: 'S-1', receivedAt: '2025-12-19' }))) as Record<string, unknown>;
  return { ...base, ...extra, events } as unknown as Case;
}

/** Every entry point that replays a stored case. */
const entryPoints: Array<[string, (c: Case) => unknown]> = [
  ['deadlines', (c) => deadlines(dudley, c)],
  ['reminderSchedule', (c) => reminderSchedule(dudley, c)],
  ['statusOn', (c) => statusOn(dudley, c, '2026-03-31')],
  ['allowedEventTypes', (c) => allowedEventTypes(dudley, c)],
  ['applyEvent', (c) => applyEvent(dudley, c, { type: 'agreed-actions-recorded', on: '2026-03-31', actions: ['Apologise'] })],
];

interface Bad {
  what: string;
  events: unknown[];
  extra?: Record<string, unknown>;
  cls: typeof InvalidDateError | typeof InvalidArgumentError;
  code: string;
  path: string;
  rule: string;
  value: string;
}

const BAD: Bad[] = [
  {
    what: "an acknowledgement on '2025-13-01' (no month 13)",
    events: [{ type: 'acknowledged', on: '2025-13-01' }],
    cls: InvalidDateError,
    code: 'invalid-date',
    path: 'case.events[0].on',
    rule: 'the month must be 01 to 12',
    value: '2025-13-01',
  },
  {
    what: "an acknowledgement on '2026-02-30' (February has no 30th)",
    events: [{ type: 'acknowledged', on: '2026-02-30' }],
    cls: InvalidDateError,
    code: 'invalid-date',
    path: 'case.events[0].on',
    rule: 'that month has no such day',
    value: '2026-02-30',
  },
  {
    what: "an acknowledgement on '07/01/2026' (not YYYY-MM-DD)",
    events: [{ type: 'acknowledged', on: '07/01/2026' }],
    cls: InvalidDateError,
    code: 'invalid-date',
    path: 'case.events[0].on',
    rule: "must be a calendar date written exactly 'YYYY-MM-DD'",
    value: '07/01/2026',
  },
  {
    what: 'an event dated in 2250 (outside the supported range)',
    events: [{ type: 'acknowledged', on: '2250-01-02' }],
    cls: InvalidDateError,
    code: 'invalid-date',
    path: 'case.events[0].on',
    rule: 'between 1900-01-01 and 2199-12-31',
    value: '2250-01-02',
  },
  {
    what: 'an event with no date',
    events: [{ type: 'acknowledged' }],
    cls: InvalidDateError,
    code: 'invalid-date',
    path: 'case.events[0].on',
    rule: 'is required',
    value: 'acknowledged-never',
  },
  {
    what: "an unknown event type 'acknowleged'",
    events: [{ type: 'acknowleged', on: '2025-12-22' }],
    cls: InvalidArgumentError,
    code: 'invalid-argument',
    path: 'case.events[0].type',
    rule: "is not an event type: did you mean 'acknowledged'?",
    value: 'acknowleged',
  },
  {
    what: 'an event that is not an object',
    events: [{ type: 'acknowledged', on: '2025-12-22' }, 'response sent 2026-01-07'],
    cls: InvalidArgumentError,
    code: 'invalid-argument',
    path: 'case.events[1]',
    rule: 'must be an event object',
    value: 'response sent 2026-01-07',
  },
  {
    what: "a response with outcome 'maybe'",
    events: [{ type: 'response-sent', on: '2026-01-07', outcome: 'maybe' }],
    cls: InvalidArgumentError,
    code: 'invalid-argument',
    path: 'case.events[0].outcome',
    rule: 'must be one of upheld, partly-upheld, not-upheld',
    value: 'maybe',
  },
  {
    what: "an extension with agreedWithComplainant 'yes'",
    events: [{ type: 'extension-agreed', on: '2026-01-05', workingDays: 5, reason: 'Complex', agreedWithComplainant: 'yes' }],
    cls: InvalidArgumentError,
    code: 'invalid-argument',
    path: 'case.events[0].agreedWithComplainant',
    rule: 'must be true or false',
    value: 'yes',
  },
  {
    what: "an extension of '5' working days (a string)",
    events: [{ type: 'extension-agreed', on: '2026-01-05', workingDays: '5', reason: 'Complex', agreedWithComplainant: true }],
    cls: InvalidArgumentError,
    code: 'invalid-argument',
    path: 'case.events[0].workingDays',
    rule: 'must be a whole number from 1 to 1000',
    value: "'5'",
  },
  {
    what: "an extension to '2026-01-32'",
    events: [{ type: 'extension-agreed', on: '2026-01-05', newDueDate: '2026-01-32', reason: 'Complex', agreedWithComplainant: true }],
    cls: InvalidDateError,
    code: 'invalid-date',
    path: 'case.events[0].newDueDate',
    rule: 'that month has no such day',
    value: '2026-01-32',
  },
  {
    what: "an extension agreed on '2026/01/02'",
    events: [{ type: 'extension-agreed', on: '2026-01-05', workingDays: 5, agreedOn: '2026/01/02', reason: 'Complex', agreedWithComplainant: true }],
    cls: InvalidDateError,
    code: 'invalid-date',
    path: 'case.events[0].agreedOn',
    rule: "'YYYY-MM-DD'",
    value: '2026/01/02',
  },
  {
    what: 'an allocation whose role is a number',
    events: [{ type: 'allocated', on: '2025-12-22', role: 42 }],
    cls: InvalidArgumentError,
    code: 'invalid-argument',
    path: 'case.events[0].role',
    rule: 'must be a string',
    value: '42',
  },
  {
    what: 'agreed actions that are not a list',
    events: [{ type: 'agreed-actions-recorded', on: '2025-12-22', actions: 'Apologise to Ms Example' }],
    cls: InvalidArgumentError,
    code: 'invalid-argument',
    path: 'case.events[0].actions',
    rule: 'must be a list of at least one agreed action',
    value: 'Ms Example',
  },
  {
    what: "a date of receipt written '19/12/2025'",
    events: [],
    extra: { received: '19/12/2025' },
    cls: InvalidDateError,
    code: 'invalid-date',
    path: 'case.received',
    rule: "'YYYY-MM-DD'",
    value: '19/12/2025',
  },
];

describe('a stored case is checked on replay', () => {
  for (const bad of BAD) {
    it(`${bad.what}: ${bad.cls.name} at ${bad.path}, the value not repeated`, () => {
      const kase = stored(bad.events, bad.extra);
      for (const [name, fn] of entryPoints) {
        const error = caught(() => fn(kase));
        expect(error, name).toBeInstanceOf(bad.cls);
        expect(error.code, name).toBe(bad.code);
        expect(error.path, name).toBe(bad.path);
        expect(error.message, name).toContain(bad.rule);
        expect(error.message, name).not.toContain(bad.value);
      }
    });
  }

  it('remindersDue names the case in the list: cases[1].events[0].on', () => {
    const good = stored([]);
    const bad = stored([{ type: 'acknowledged', on: '2026-02-30' }]);
    const error = caught(() => remindersDue(dudley, [good, bad], { after: '2025-12-01', through: '2026-03-01' }));
    expect(error).toBeInstanceOf(InvalidDateError);
    expect(error.path).toBe('cases[1].events[0].on');
    expect(error.message).not.toContain('2026-02-30');
  });

  it('a stored next-stage request for an unknown stage names case.events[i].stage, not event.stage', () => {
    const kase = stored([
      { type: 'response-sent', on: '2026-01-07', outcome: 'upheld' },
      { type: 'next-stage-requested', on: '2026-01-08', stage: 'stage-9' },
    ]);
    const error = caught(() => deadlines(dudley, kase));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.path).toBe('case.events[1].stage');
  });

  it('a stored extension giving no new date names case.events[i], not event', () => {
    const kase = stored([{ type: 'extension-agreed', on: '2026-01-05', reason: 'Complex', agreedWithComplainant: true }]);
    const error = caught(() => deadlines(dudley, kase));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.path).toBe('case.events[0]');
    expect(error.message).toContain('give exactly one of newDueDate, additionalWorkingDays (working days on top of the due date in force) or calendarMonths');
  });

  it('a well-formed stored case (plain JSON) gives the same answers as the case it was saved from', () => {
    let kase = openCase(dudley, { reference: 'S-1', receivedAt: '2025-12-19' });
    kase = applyEvent(dudley, kase, { type: 'acknowledged', on: '2025-12-22' });
    kase = applyEvent(dudley, kase, { type: 'allocated', on: '2025-12-23', role: 'team-manager' });
    kase = applyEvent(dudley, kase, { type: 'extension-agreed', on: '2026-01-05', workingDays: 5, reason: 'Complex', agreedWithComplainant: true });
    kase = applyEvent(dudley, kase, { type: 'response-sent', on: '2026-01-13', outcome: 'partly-upheld' });
    const back = JSON.parse(JSON.stringify(kase)) as Case;
    expect(deadlines(dudley, back)).toEqual(deadlines(dudley, kase));
    expect(reminderSchedule(dudley, back)).toEqual(reminderSchedule(dudley, kase));
    expect(statusOn(dudley, back, '2026-01-20')).toEqual(statusOn(dudley, kase, '2026-01-20'));
  });
});

describe("applyEvent leaves the caller's objects alone", () => {
  it('the events of a stored (not frozen) case stay unfrozen and unchanged; the new case is deeply frozen', () => {
    const kase = stored([
      { type: 'acknowledged', on: '2025-12-22' },
      { type: 'agreed-actions-recorded', on: '2025-12-23', actions: ['Review the care plan'] },
    ]);
    const before = JSON.parse(JSON.stringify(kase)) as unknown;
    const next = applyEvent(dudley, kase, { type: 'allocated', on: '2025-12-23', role: 'team-manager' });
    expect(Object.isFrozen(kase)).toBe(false);
    expect(Object.isFrozen(kase.events)).toBe(false);
    expect(Object.isFrozen(kase.events[0])).toBe(false);
    expect(Object.isFrozen(kase.events[1])).toBe(false);
    expect(Object.isFrozen((kase.events[1] as { actions: string[] }).actions)).toBe(false);
    expect(kase).toEqual(before);
    // The caller can still change its own objects.
    (kase.events[0] as { on: string }).on = '2025-12-23';
    expect(kase.events[0]!.on).toBe('2025-12-23');
    // The new case has copies, deeply frozen, with the values they had when applyEvent ran.
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(next.events)).toBe(true);
    for (const e of next.events) expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen((next.events[1] as { actions: string[] }).actions)).toBe(true);
    expect(next.events.map((e) => [e.type, e.on])).toEqual([
      ['acknowledged', '2025-12-22'],
      ['agreed-actions-recorded', '2025-12-23'],
      ['allocated', '2025-12-23'],
    ]);
  });

  it('the event passed in is not frozen either', () => {
    const event = { type: 'acknowledged', on: '2025-12-22' } as const;
    const mutable = { ...event };
    applyEvent(dudley, openCase(dudley, { reference: 'S-2', receivedAt: '2025-12-19' }), mutable);
    expect(Object.isFrozen(mutable)).toBe(false);
  });

  it('frozen events of a case made by applyEvent are shared, not copied again', () => {
    const a = applyEvent(dudley, openCase(dudley, { reference: 'S-3', receivedAt: '2025-12-19' }), { type: 'acknowledged', on: '2025-12-22' });
    const b = applyEvent(dudley, a, { type: 'allocated', on: '2025-12-23', role: 'team-manager' });
    expect(b.events[0]).toBe(a.events[0]);
  });
});
