import { describe, expect, it } from 'vitest';
import { parseGovUkBankHolidays } from '../../src/calendar/index.js';
import { InvalidArgumentError } from '../../src/index.js';
import { allowedEventTypes, applyEvent, deadlines, expectedTimeline, openCase, reminderSchedule, remindersDue, statusOn } from '../../src/workflow/index.js';
import { threeStagePolicy } from './policies.js';
import { preset } from './presets.js';
import { thrown } from './thrown.js';

/*
 * The 0.1 functions' trailing options and the window's own feed (issue 18: the checks that a feed is given once, and
 * the function named in an unknown-option error, had surviving mutants), and a delay-reason rule with no follow-up.
 *
 * The feed is GOV.UK's England-and-Wales 2026 list (https://www.gov.uk/bank-holidays.json) plus one day INVENTED FOR
 * THE TEST, Monday 12 January 2026, as in feed.test.ts: Dudley's first reminder for a case received Monday
 * 5 January is then due Tuesday 20 January, not Monday 19.
 */
const events = [
  ['2026-01-01', 'New Year’s Day'],
  ['2026-01-12', 'Proclaimed bank holiday (test)'],
  ['2026-04-03', 'Good Friday'],
  ['2026-04-06', 'Easter Monday'],
  ['2026-05-04', 'Early May bank holiday'],
  ['2026-05-25', 'Spring bank holiday'],
  ['2026-08-31', 'Summer bank holiday'],
  ['2026-12-25', 'Christmas Day'],
  ['2026-12-28', 'Boxing Day'],
].map(([date, title]) => ({ title, date, notes: '', bunting: true }));
const feed = parseGovUkBankHolidays({ 'england-and-wales': { division: 'england-and-wales', events } });
const sameYearOtherFeed = parseGovUkBankHolidays({ 'england-and-wales': { division: 'england-and-wales', events: events.filter((e) => e.date !== '2026-01-12') } });
const dudley = preset('dudley');
const kase = openCase(dudley, { reference: 'C', receivedAt: '2026-01-05' });
// Without the feed the case is due Monday 19 January; with it, Tuesday 20 January, and Dudley's first reminder moves
// into the window (the key ends with the due date).
const WINDOW = { after: '2026-01-12', through: '2026-01-13' };

describe('remindersDue (0.1): where the feed is given', () => {
  it('a feed in the options alone is used', () => {
    expect(remindersDue(dudley, [kase], WINDOW)).toEqual([]);
    expect(remindersDue(dudley, [kase], WINDOW, { feed }).map((r) => r.key)).toEqual(['C|stage-1|first-reminder|2026-01-20']);
  });

  it('the same feed in both places is accepted', () => {
    expect(remindersDue(dudley, [kase], { ...WINDOW, feed }, { feed }).map((r) => r.key)).toEqual(['C|stage-1|first-reminder|2026-01-20']);
  });

  it('two different feeds are refused, saying to give it once', () => {
    const e = thrown(() => remindersDue(dudley, [kase], { ...WINDOW, feed: sameYearOtherFeed }, { feed }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toBe('window.feed: give the feed once: in the options ({ feed }), not also in the window.');
  });

  it('a window that is null is refused as the window, not with a TypeError', () => {
    const e = thrown(() => remindersDue(dudley, [kase], null as never));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect((e as InvalidArgumentError).path).toBe('window');
  });

  it('an unknown option names the function it was given to', () => {
    const fed = { fed: feed } as never;
    const calls: [string, () => unknown][] = [
      ['remindersDue', () => remindersDue(dudley, [kase], WINDOW, fed)],
      ['reminderSchedule', () => reminderSchedule(dudley, kase, fed)],
      ['applyEvent', () => applyEvent(dudley, kase, { type: 'acknowledged', on: '2026-01-06' }, fed)],
      ['allowedEventTypes', () => allowedEventTypes(dudley, kase, fed)],
      ['deadlines', () => deadlines(dudley, kase, fed)],
      ['expectedTimeline', () => expectedTimeline(dudley, { receivedAt: '2026-01-05' }, fed)],
      ['openCase', () => openCase(dudley, { reference: 'C', receivedAt: '2026-01-05' }, fed)],
      ['statusOn', () => statusOn(dudley, kase, '2026-01-06', fed)],
    ];
    for (const [name, call] of calls) expect(thrown(call).message).toContain(`is not an option of ${name}`);
  });
});

describe('expectedTimeline (0.1): where the feed is given', () => {
  const stage1 = (t: { deadlines: readonly { id: string; due: string }[] }) => t.deadlines.find((d) => d.id === 'stage-1-response')?.due;

  it('a feed in the options alone, or the same feed in both places, is used', () => {
    expect(stage1(expectedTimeline(dudley, { receivedAt: '2026-01-05' }))).toBe('2026-01-19');
    expect(stage1(expectedTimeline(dudley, { receivedAt: '2026-01-05' }, { feed }))).toBe('2026-01-20');
    expect(stage1(expectedTimeline(dudley, { receivedAt: '2026-01-05', feed }, { feed }))).toBe('2026-01-20');
  });

  it('two different feeds are refused, saying to give it once', () => {
    const e = thrown(() => expectedTimeline(dudley, { receivedAt: '2026-01-05', feed: sameYearOtherFeed }, { feed }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.message).toBe('input.feed: give the feed once: in the options ({ feed }), not also in the input.');
  });
});

describe('a delay-reason rule with a request but no follow-up', () => {
  it('a late response schedules the request only', () => {
    const base = threeStagePolicy();
    const policy = threeStagePolicy({
      delayReasons: {
        codes: [{ code: 'Z040', label: 'Complex case' }],
        awaited: { code: 'Z045', label: 'Awaited' },
        requestTemplate: 'delay-request',
        source: 'local: test',
      },
    });
    expect(base.delayReasons?.followUp).toBeDefined();
    // Received Monday 5 January 2026, stage 1 due Monday 19 January, answered Wednesday 21 January: late.
    const late = applyEvent(policy, openCase(policy, { reference: 'D-1', caseType: 'complaint', receivedAt: '2026-01-05' }), {
      type: 'response-sent',
      on: '2026-01-21',
      outcome: 'upheld',
    });
    const ids = reminderSchedule(policy, late).map((r) => r.id);
    expect(ids).toContain('delay-reason-request');
    expect(ids).not.toContain('delay-reason-follow-up');
  });
});
