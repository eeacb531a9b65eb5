/**
 * Bad arguments to the engine's operations and to their 0.1 wrappers: each is an InvalidArgumentError naming the
 * argument (its `path`) and saying what to give instead. Written for the mutants with no test in test/workflow (the
 * same errors were asserted only in other areas' tests) and the surviving ones in `src/workflow/context.ts`,
 * `engine.ts`, `reminders.ts`, `timeline.ts`, `recipients.ts` and `icalendar.ts` (issue 18).
 */
import { describe, expect, it } from 'vitest';
import { parseGovUkBankHolidays } from '../../src/calendar/index.js';
import { InvalidArgumentError, InvalidDateError } from '../../src/index.js';
import { getPolicy, type Policy } from '../../src/policies/index.js';
import { createWorkflow, deadlines, expectedTimeline, remindersDue, resolveRecipients, timelineToICalendar } from '../../src/workflow/index.js';

/** GOV.UK's England-and-Wales list for 2026 as published (https://www.gov.uk/bank-holidays.json). */
function feedOf2026() {
  const dates = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'];
  return parseGovUkBankHolidays({
    'england-and-wales': { division: 'england-and-wales', events: dates.map((date) => ({ title: 'Bank holiday', date, notes: '', bunting: true })) },
  });
}
const feedA = feedOf2026();
const feedB = feedOf2026();

const dudley = getPolicy('dudley');
const wf = createWorkflow(dudley);

/** The error `f` throws: an InvalidArgumentError, with its path and message. */
function caught(f: () => unknown): { path: string; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    const err = e as InvalidArgumentError;
    return { path: err.path, message: err.message };
  }
  throw new Error('expected an InvalidArgumentError');
}

describe('a trailing { feed } options argument of a 0.1 function', () => {
  const kase = wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05' });
  it('null is not an options object', () => {
    const e = caught(() => deadlines(dudley, kase, null as never));
    expect(e.path).toBe('options');
    expect(e.message).toContain('must be an object such as { feed }');
  });
  it('an array is not an options object', () => {
    expect(caught(() => deadlines(dudley, kase, [] as never)).path).toBe('options');
  });
});

describe('remindersDue with a feed in the window', () => {
  // Received Monday 5 January 2026: stage 1 due 10 working days later, Monday 19 January (no bank holiday between).
  const cases = [wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05' })];
  const window = { after: '2026-01-18', through: '2026-01-19' };
  it('a different feed in the options and in the window is refused: give it once', () => {
    const e = caught(() => remindersDue(dudley, cases, { ...window, feed: feedA }, { feed: feedB }));
    expect(e.path).toBe('window.feed');
    expect(e.message).toContain('give the feed once');
  });
  it('the same feed in both, or in the window only, is accepted: the due-date reminder of Monday 19 January', () => {
    const same = remindersDue(dudley, cases, { ...window, feed: feedA }, { feed: feedA });
    const inWindow = remindersDue(dudley, cases, { ...window, feed: feedA });
    expect(same.map((r) => [r.id, r.date])).toEqual([['due-date-reminder', '2026-01-19']]);
    expect(inWindow.map((r) => [r.id, r.date])).toEqual([['due-date-reminder', '2026-01-19']]);
  });
  it("an engine's window must not carry another feed", () => {
    const e = caught(() => wf.remindersDue(cases, { ...window, feed: feedA }));
    expect(e.path).toBe('window.feed');
    expect(e.message).toContain("must be the engine's feed");
  });
  it('a window that is not an object is refused', () => {
    for (const bad of [null, [], '2026-01-19']) {
      const e = caught(() => wf.remindersDue(cases, bad as never));
      expect(e.path).toBe('window');
      expect(e.message).toContain('must be an object { after, through }');
    }
  });
});

describe('the expected timeline with a feed in the input', () => {
  it('a different feed in the options and in the input is refused: give it once', () => {
    const e = caught(() => expectedTimeline(dudley, { receivedAt: '2026-01-05', feed: feedA }, { feed: feedB }));
    expect(e.path).toBe('input.feed');
    expect(e.message).toContain('give the feed once');
  });
  it('the same feed in both is accepted: stage 1 due Monday 19 January 2026', () => {
    const t = expectedTimeline(dudley, { receivedAt: '2026-01-05', feed: feedA }, { feed: feedA });
    expect(t.deadlines.find((d) => d.id === 'stage-1-response')?.due).toBe('2026-01-19');
  });
  it("an engine's input must not carry another feed", () => {
    const e = caught(() => wf.timeline({ receivedAt: '2026-01-05', feed: feedA }));
    expect(e.path).toBe('input.feed');
    expect(e.message).toContain("must be the engine's feed");
  });
  it('an input that is not an object is refused, by the engine and by the 0.1 function', () => {
    for (const f of [() => wf.timeline(null as never), () => expectedTimeline(dudley, null as never)]) {
      const e = caught(f);
      expect(e.path).toBe('input');
      expect(e.message).toContain('must be an object such as { receivedAt');
    }
  });
});

describe('recipients: malformed roles and directory entries are named, never echoed', () => {
  const roles = { to: ['team-manager'] };
  it('a directory entry that is not an object', () => {
    const e = caught(() => resolveRecipients(dudley, roles, { 'team-manager': 'Pat <pat@example.gov.uk>' } as never));
    expect(e.path).toBe('directory.team-manager');
    expect(e.message).toContain('must be an object { name, email } or undefined');
    expect(e.message).not.toContain('pat@');
  });
  it('a directory entry with a blank name', () => {
    const e = caught(() => wf.recipients(roles, { 'team-manager': { name: '  ', email: 'tm@example.gov.uk' } }));
    expect(e.path).toBe('directory.team-manager.name');
    expect(e.message).toContain('must be a non-empty string');
  });
  it('roles without a `to` list, a `cc` that is not a list, a directory that is not an object', () => {
    const noTo = caught(() => wf.recipients({ cc: ['team-manager'] } as never, {}));
    expect([noTo.path, noTo.message]).toEqual(['roles', 'roles: must be an object { to: role ids, cc?: role ids }.']);
    const cc = caught(() => wf.recipients({ to: ['team-manager'], cc: 'director' } as never, {}));
    expect([cc.path, cc.message]).toEqual(['roles.cc', 'roles.cc: must be an array of role ids.']);
    const dir = caught(() => wf.recipients(roles, null as never));
    expect([dir.path, dir.message]).toEqual(['directory', 'directory: must be an object of contacts by role id.']);
  });
});

describe('the engine: bad cases, options, case types and stage positions', () => {
  it('a value that is not a case is named by the argument', () => {
    for (const bad of [null, {}, { events: 'none' }]) {
      const e = caught(() => wf.deadlines(bad as never));
      expect(e.path).toBe('case');
      expect(e.message).toContain('must be a case returned by openCase or applyEvent');
    }
  });
  it('options that are not an object', () => {
    for (const bad of [null, 'feed', []]) {
      const e = caught(() => createWorkflow(dudley, bad as never));
      expect(e.path).toBe('options');
      expect(e.message).toContain('must be an object such as { feed }');
    }
  });
  it("an unknown case type is named, with the policy's case types listed (Dudley has one: statutory-complaint)", () => {
    const settings = caught(() => wf.calendarSettings('corporate'));
    expect(settings.path).toBe('caseType');
    expect(settings.message).toBe("caseType: must be one of the policy's case types: statutory-complaint.");
    const opened = caught(() => wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05', caseType: 'corporate' }));
    expect(opened.message).toContain("must be one of the policy's case types: statutory-complaint");
    // The borough's preset has three case types, listed as its YAML lists them.
    const borough = caught(() => createWorkflow(getPolicy('mayoral-borough')).calendarSettings('corporate'));
    expect(borough.message).toBe("caseType: must be one of the policy's case types: statutory-complaint, member-enquiry, foi.");
  });
  it('a case type built in code with no stages', () => {
    const statutory = dudley.caseTypes['statutory-complaint']!;
    const policy = { ...dudley, caseTypes: { ...dudley.caseTypes, empty: { ...statutory, stages: {} } } } as Policy;
    const e = caught(() => createWorkflow(policy).openCase({ reference: 'C-1', receivedAt: '2026-01-05', caseType: 'empty' }));
    expect(e.message).toBe('caseType: the case type has no stages.');
  });
  it('a stage position outside the snapshot: the message gives the range (one stage: 0 to 0)', () => {
    const snapshot = wf.snapshot(wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05' }));
    for (const index of [1, -1]) {
      const e = caught(() => wf.stageDates(snapshot, index));
      expect(e.path).toBe('index');
      expect(e.message).toBe('index: must be the position of a stage of the snapshot (0 to 0).');
    }
  });
  it("a stage's maximum: Dudley's stage 1, received Monday 5 January 2026, at most 20 working days: Monday 2 February", () => {
    // 20 working days from 5 January 2026 (no bank holiday after 1 January until Good Friday): 6–9, 12–16, 19–23,
    // 26–30 January (19 days), Monday 2 February.
    const snapshot = wf.snapshot(wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05' }));
    expect(wf.stageDates(snapshot, 0).maximumDue).toBe('2026-02-02');
  });
});

describe('the engine: each argument named in its errors', () => {
  const kase = wf.openCase({ reference: 'C-1', receivedAt: '2026-01-05' });
  it('a policy that is not an object', () => {
    const e = caught(() => createWorkflow(null as never));
    expect([e.path, e.message]).toEqual(['policy', 'policy: must be a policy returned by parsePolicy or getPolicy.']);
  });
  it('a case opened under another policy', () => {
    const e = caught(() => createWorkflow(getPolicy('southampton')).deadlines(kase));
    expect(e.path).toBe('case.policyId');
    expect(e.message).toContain('must be the id of the policy passed with it');
  });
  it('an unknown option of createWorkflow, with a did-you-mean', () => {
    const e = caught(() => createWorkflow(dudley, { fed: feedA } as never));
    expect(e.path).toBe('options.fed');
    expect(e.message).toContain('is not an option of createWorkflow: did you mean `feed`?');
  });
  it('an unknown case type asked for a calendar; a value that is not a case asked for a snapshot', () => {
    expect(caught(() => wf.calendar('corporate')).path).toBe('caseType');
    expect(caught(() => wf.snapshot(null as never)).path).toBe('case');
  });
  it('replay: the case named by `root` (default `case`), bad `through` and `asOf` dates named', () => {
    expect(caught(() => wf.replay(null as never)).path).toBe('case');
    expect(caught(() => wf.replay(null as never, { root: 'cases[2]' })).path).toBe('cases[2]');
    // A date that is not one is an InvalidDateError (the calendar's), named by the option.
    const dateError = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidDateError);
        return (e as InvalidDateError).path;
      }
      throw new Error('expected an InvalidDateError');
    };
    expect(dateError(() => wf.replay(kase, { through: '2026-02-30' }))).toBe('through');
    expect(dateError(() => wf.replay(kase, { asOf: 'tomorrow' }))).toBe('asOf');
  });
  it("stageDates: a snapshot of an unknown case type, and a position that is not a stage's", () => {
    const snapshot = wf.snapshot(kase);
    expect(caught(() => wf.stageDates({ ...snapshot, caseTypeId: 'corporate' }, 0)).path).toBe('snapshot.caseTypeId');
    // `stages.length` is a property of the list but not a stage.
    expect(caught(() => wf.stageDates(snapshot, 'length' as never)).path).toBe('index');
  });
});

describe('timelineToICalendar: options that are not an object', () => {
  it('null options', () => {
    const t = wf.timeline({ receivedAt: '2026-01-05' });
    const e = caught(() => timelineToICalendar(t, null as never));
    expect(e.path).toBe('options');
    expect(e.message).toContain("must be an object such as { reference: 'CS-2026-0001' }");
  });
});
