import { describe, expect, it } from 'vitest';
import { InvalidArgumentError, InvalidDateError, StatutoryComplaintsError } from '../../src/index.js';
import { CASE_EVENT_TYPES, checkCaseValue, createWorkflow, isEmailAddress } from '../../src/workflow/index.js';
import { threeStagePolicy } from './policies.js';
import { caught } from './thrown.js';

/*
 * The rules an event a caller writes is checked against (issue 18: the wording of each rule of the event schema,
 * through `applyEvent`, and of the stored-case check `checkCaseValue`). Each expected message is the rule the schema
 * states in its TSDoc and `.describe()` text (bounds, required fields, one email address…), in the library's error
 * format `<path>: <rule>.`; none repeats the value given.
 */

const policy = threeStagePolicy();
const wf = createWorkflow(policy);
// Received Monday 5 January 2026; every event below is dated the next day, Tuesday 6 January.
const opened = wf.openCase({ reference: 'T-1', caseType: 'complaint', receivedAt: '2026-01-05' });
const ON = '2026-01-06';

/** The error `applyEvent` gives for `event` on the freshly opened case. */
function rejected(event: Record<string, unknown>): StatutoryComplaintsError {
  return caught(() => wf.applyEvent(opened, event as never));
}

const EXTENSION = { type: 'extension-agreed', on: ON, reason: 'More time needed', agreedWithComplainant: true };
const ALL_TYPES = CASE_EVENT_TYPES.join(', ');
const REFERRAL_RULE = "must be court-proceedings, out-of-time, not-eligible or the id of one of the policy's outsideProcedure entries (lower-case kebab-case)";

describe('an event a caller writes: each rule of the schema in plain words', () => {
  it.each<[string, Record<string, unknown>, string]>([
    // `role` has no `.optional()`: an allocation names the role.
    ['a missing required field', { type: 'allocated', on: ON }, 'event.role: is required.'],
    ['a number where a string is due', { type: 'allocated', on: ON, role: 5 }, 'event.role: must be a string.'],
    ['a string where true/false is due', { ...EXTENSION, additionalWorkingDays: 5, agreedWithComplainant: 'yes' }, 'event.agreedWithComplainant: must be a boolean.'],
    ['a string where a list is due', { type: 'agreed-actions-recorded', on: ON, actions: 'Apologise' }, 'event.actions: must be an array.'],
    ['a list entry that is not text', { type: 'agreed-actions-recorded', on: ON, actions: [5] }, 'event.actions[0]: must be a string.'],
    // `additionalWorkingDays`, `workingDays` and `calendarMonths` are `.int()`: the unit comes from the field's name.
    ['half a working day', { ...EXTENSION, additionalWorkingDays: 2.5 }, 'event.additionalWorkingDays: must be a whole number of working days (no fractions).'],
    ['half a working day (deprecated name)', { ...EXTENSION, workingDays: 1.5 }, 'event.workingDays: must be a whole number of working days (no fractions).'],
    ['half a month', { ...EXTENSION, calendarMonths: 1.5 }, 'event.calendarMonths: must be a whole number of months (no fractions).'],
    // `.max(1000)` and `.max(120)`.
    ['1,001 working days', { ...EXTENSION, additionalWorkingDays: 1001 }, 'event.additionalWorkingDays: must be a whole number of working days, at most 1000.'],
    ['121 months', { ...EXTENSION, calendarMonths: 121 }, 'event.calendarMonths: must be a whole number of months, at most 120.'],
    // 2^60 is past both the field's maximum (1000) and zod's safe-integer bound (2^53 - 1): the field's own is given.
    ['2^60 working days', { ...EXTENSION, additionalWorkingDays: 2 ** 60 }, 'event.additionalWorkingDays: must be a whole number of working days, at most 1000.'],
    // A delay-reason code is `.max(20)` characters.
    ['a 21-character delay-reason code', { type: 'delay-reason-recorded', on: ON, code: 'Z'.repeat(21) }, 'event.code: must be at most 20 characters.'],
    ['an empty delay-reason code', { type: 'delay-reason-recorded', on: ON, code: '' }, 'event.code: must not be empty.'],
    // `calendarMonths` is `.min(1)`.
    ['no months', { ...EXTENSION, calendarMonths: 0 }, 'event.calendarMonths: must be at least 1.'],
    ['an empty list of actions', { type: 'agreed-actions-recorded', on: ON, actions: [] }, 'event.actions: must have at least 1 item(s).'],
    ['a language that is not offered', { type: 'language-preference-changed', on: ON, language: 'cymraeg' }, 'event.language: must be one of english, welsh, bilingual.'],
    // A referral reason is a built-in reason or an outsideProcedure id: a number is neither, and gets the same rule.
    ['a referral reason that is a number', { type: 'referred-back', on: ON, reason: 5 }, `event.reason: ${REFERRAL_RULE}.`],
  ])('%s', (_what, event, message) => {
    const e = rejected(event);
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.code).toBe('invalid-argument');
    expect(e.message).toBe(message);
    expect(e.path).toBe(message.slice(0, message.indexOf(':')));
  });

  it('a date field given as a number is a date error, and a missing one is required', () => {
    const e = rejected({ type: 'hearing-arranged', on: ON, hearingDate: 20260706 });
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e).toMatchObject({ path: 'event.hearingDate' });
    expect(e.message).toContain('event.hearingDate: must be a real calendar date between 1900-01-01 and 2199-12-31.');
    const missing = rejected({ type: 'hearing-arranged', on: ON });
    expect(missing).toBeInstanceOf(InvalidDateError);
    expect(missing.message).toContain('event.hearingDate: is required.');
  });

  describe('unknown fields: named when they look like field names, else counted (they may be data)', () => {
    it.each<[string, Record<string, unknown>, string]>([
      ['one field name', { extra: 1 }, 'event: has unknown field extra.'],
      ['two field names', { extra: 1, other: 2 }, 'event: has unknown fields extra, other.'],
      ['one spreadsheet header', { 'Full Name': 'Jane Example' }, 'event: has an unknown field (its name is not shown: it does not look like a field name).'],
      [
        'two spreadsheet headers',
        { 'Full Name': 'Jane Example', 'Child DOB': '2015-01-01' },
        'event: has 2 unknown fields (their names are not shown: they do not look like field names).',
      ],
      [
        'a field name and a header',
        { extra: 1, 'Full Name': 'Jane Example' },
        'event: has unknown field extra; has an unknown field (its name is not shown: it does not look like a field name).',
      ],
    ])('%s', (_what, fields, message) => {
      const e = rejected({ type: 'acknowledged', on: ON, ...fields });
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e).toMatchObject({ path: 'event' });
      expect(e.message).toBe(message);
      expect(e.message).not.toContain('Full Name');
      expect(e.message).not.toContain('Jane');
    });
  });

  it('an event that is not an object is refused as a whole', () => {
    for (const event of [null, ['acknowledged', ON], 'acknowledged']) {
      const e = caught(() => wf.applyEvent(opened, event as never));
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.message).toBe("event: must be an event object such as { type: 'acknowledged', on: '2026-01-06' }.");
    }
  });

  it('a type near no event type gets the list without a guess; a near miss gets the guess', () => {
    const far = rejected({ type: 'telephone-call', on: ON });
    expect(far).toMatchObject({ path: 'event.type' });
    expect(far.message).toBe(`event.type: is not an event type: the event types are ${ALL_TYPES}.`);
    const near = rejected({ type: 'acknowleged', on: ON });
    expect(near.message).toBe(`event.type: is not an event type: did you mean 'acknowledged'? (the event types are ${ALL_TYPES}).`);
  });

  it('an event with no type, or a type that is not text, is told the event types', () => {
    const none = rejected({ on: ON });
    expect(none).toBeInstanceOf(InvalidArgumentError);
    expect(none).toMatchObject({ path: 'event.type' });
    expect(none.message).toBe(`event.type: is required: the event types are ${ALL_TYPES}.`);
    const number = rejected({ type: 5, on: ON });
    expect(number).toMatchObject({ path: 'event.type' });
    expect(number.message).toBe(`event.type: must be the name of an event type: the event types are ${ALL_TYPES}.`);
  });
});

const STORED = {
  reference: 'C-1',
  caseType: 'statutory-complaint',
  policyId: 'dudley',
  policyVersion: '1.0.0',
  receivedAt: null,
  received: '2025-12-19',
  events: [{ type: 'acknowledged', on: '2025-12-22' }],
};
const EXTENSION_STORED = { type: 'extension-agreed', on: '2025-12-22', reason: 'More time needed', agreedWithComplainant: true };
const EVENT_TYPE_RULE = `must be one of the event types: ${ALL_TYPES}`;

describe('checkCaseValue: every problem of a stored case value, worded the same way', () => {
  it.each<[string, unknown, Array<{ field: string; rule: string }>]>([
    ['a value that is not an object', 5, [{ field: '', rule: 'must be an object' }]],
    ['a reference that is a number', { ...STORED, reference: 5 }, [{ field: 'reference', rule: 'must be a string' }]],
    ['no reference', { ...STORED, reference: undefined }, [{ field: 'reference', rule: 'is required' }]],
    // `reference` is `.max(200)`.
    ['a 201-character reference', { ...STORED, reference: 'R'.repeat(201) }, [{ field: 'reference', rule: 'must be at most 200 characters' }]],
    ['events that are not a list', { ...STORED, events: 'none' }, [{ field: 'events', rule: 'must be an array' }]],
    ['an event that is not an object', { ...STORED, events: [5] }, [{ field: 'events[0]', rule: 'must be an object' }]],
    ['an event with no type', { ...STORED, events: [{ on: '2025-12-22' }] }, [{ field: 'events[0].type', rule: EVENT_TYPE_RULE }]],
    ['an event of an unknown type', { ...STORED, events: [{ type: 'acknowleged', on: '2025-12-22' }] }, [{ field: 'events[0].type', rule: EVENT_TYPE_RULE }]],
    [
      'a referral reason that is a number',
      { ...STORED, events: [{ type: 'referred-back', on: '2025-12-22', reason: 5 }] },
      [{ field: 'events[0].reason', rule: REFERRAL_RULE }],
    ],
    [
      // Past the field's maximum and zod's safe-integer bound: one problem, the field's own maximum.
      '2^60 working days',
      { ...STORED, events: [{ ...EXTENSION_STORED, additionalWorkingDays: 2 ** 60 }] },
      [{ field: 'events[0].additionalWorkingDays', rule: 'must be a whole number of working days, at most 1000' }],
    ],
    [
      'two problems in the second event',
      { ...STORED, events: [STORED.events[0], { ...EXTENSION_STORED, workingDays: 2 ** 60, calendarMonths: 1.5 }] },
      [
        { field: 'events[1].workingDays', rule: 'must be a whole number of working days, at most 1000' },
        { field: 'events[1].calendarMonths', rule: 'must be a whole number of months (no fractions)' },
      ],
    ],
  ])('%s', (_what, value, problems) => {
    const checked = checkCaseValue(value);
    expect(checked.problems).toEqual(problems);
    expect(checked.value).toBeUndefined();
  });

  it('a good value comes back with no problems', () => {
    const checked = checkCaseValue(STORED);
    expect(checked.problems).toEqual([]);
    expect(checked.value).toEqual(STORED);
  });
});

describe('isEmailAddress: one address of at most 254 characters (RFC 5321 path limit, as its TSDoc says)', () => {
  // '@example.gov.uk' is 15 characters: a local part of 239 letters makes an address of 254.
  const at = (length: number): string => `${'a'.repeat(length - '@example.gov.uk'.length)}@example.gov.uk`;

  it('254 characters is an address, 255 is not', () => {
    expect(at(254)).toHaveLength(254);
    expect(isEmailAddress(at(254))).toBe(true);
    expect(isEmailAddress(at(255))).toBe(false);
  });

  it('only a string is an address (a list holding one is not)', () => {
    expect(isEmailAddress(['tm@example.gov.uk'])).toBe(false);
    expect(isEmailAddress({ toString: () => 'tm@example.gov.uk' })).toBe(false);
  });
});
