import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { applyEvent, MissingRecipientError, openCase, reminderSchedule, remindersDue, resolveRecipients } from '../../src/workflow/index.js';
import { getPolicy } from '../../src/policies/index.js';
import { plainPolicy, threeStagePolicy } from './policies.js';

const policy = threeStagePolicy();

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

// Received Monday 2026-01-05, due Monday 2026-01-19.
const opened = openCase(policy, { reference: 'R-1', receivedAt: '2026-01-05' });

describe('reminderSchedule', () => {
  it('resolves `responder`, and nobody is in both to and cc', () => {
    // -2 = Thu 15 Jan, 0 = Mon 19, +2 = Wed 21.
    expect(reminderSchedule(policy, opened).map((r) => [r.id, r.date, r.to, r.cc])).toEqual([
      ['before', '2026-01-15', ['team-manager'], ['service-manager']],
      // cc lists the team manager, who is already the recipient: dropped from cc.
      ['due', '2026-01-19', ['team-manager'], ['service-manager']],
      ['after', '2026-01-21', ['team-manager', 'head-of-service'], ['service-manager']],
    ]);
  });

  it('a complaint about the team manager goes to the service manager, who leaves the cc list', () => {
    const about = openCase(policy, { reference: 'R-2', receivedAt: '2026-01-05', about: 'team-manager' });
    expect(reminderSchedule(policy, about).map((r) => [r.to, r.cc])).toEqual([
      [['service-manager'], []],
      [['service-manager'], ['team-manager']],
      [['service-manager', 'head-of-service'], []],
    ]);
  });

  it('an allocation to another role changes the recipient', () => {
    const c = applyEvent(policy, opened, { type: 'allocated', on: '2026-01-06', role: 'complaints-manager' });
    expect(reminderSchedule(policy, c)[0]!.to).toEqual(['complaints-manager']);
  });

  it('an extension recorded on Friday 16 January drops the new ladder entries dated before it', () => {
    // New due date Mon 26 Jan: -2 = Thu 22, 0 = Mon 26, +2 = Wed 28; all after Fri 16.
    const c = applyEvent(policy, opened, { type: 'extension-agreed', on: '2026-01-16', newDueDate: '2026-01-26', reason: 'r', agreedWithComplainant: true });
    expect(reminderSchedule(policy, c).map((r) => [r.id, r.date, r.key])).toEqual([
      ['before', '2026-01-22', 'R-1|stage-1|before|2026-01-26'],
      ['due', '2026-01-26', 'R-1|stage-1|due|2026-01-26'],
      ['after', '2026-01-28', 'R-1|stage-1|after|2026-01-26'],
    ]);
    // Agreed late (Wed 21 Jan) for Fri 23 Jan: -2 would be Wed 21 (kept: same day), 0 = Fri 23, +2 = Tue 27.
    const late = applyEvent(policy, opened, { type: 'extension-agreed', on: '2026-01-21', newDueDate: '2026-01-23', reason: 'r', agreedWithComplainant: true });
    expect(reminderSchedule(policy, late).map((r) => r.date)).toEqual(['2026-01-21', '2026-01-23', '2026-01-27']);
  });

  it('a new stage has its own ladder (none here at stage 2)', () => {
    const c = [
      { type: 'response-sent', on: '2026-01-16', outcome: 'upheld' },
      { type: 'next-stage-requested', on: '2026-01-20' },
    ].reduce((k, e) => applyEvent(policy, k, e as never), opened);
    expect(reminderSchedule(policy, c)).toEqual([]);
  });

  it('an enquiry: the last step is the response and ends the ladder', () => {
    // No ladder in this case type; the schedule is empty from start to end.
    const e = openCase(policy, { reference: 'E-1', caseType: 'enquiry', receivedAt: '2026-01-05' });
    expect(reminderSchedule(policy, e)).toEqual([]);
  });
});

describe('remindersDue', () => {
  const cases = [opened, openCase(policy, { reference: 'R-3', receivedAt: '2026-01-06' }), openCase(policy, { reference: 'R-4', receivedAt: '2026-01-07' })];

  it('returns reminders in (after, through], sorted by date, same keys each time', () => {
    // 15, 19, 21 Jan. R-3 (due Tue 20): Fri 16, Tue 20, Thu 22. R-4 (due Wed 21): Mon 19, Wed 21, Fri 23.
    const due = remindersDue(policy, cases, { after: '2026-01-15', through: '2026-01-21' });
    expect(due.map((r) => `${r.reference} ${r.id} ${r.date}`)).toEqual([
      'R-3 before 2026-01-16',
      'R-1 due 2026-01-19',
      'R-4 before 2026-01-19',
      'R-3 due 2026-01-20',
      'R-1 after 2026-01-21',
      'R-4 due 2026-01-21',
    ]);
    expect(remindersDue(policy, cases, { after: '2026-01-15', through: '2026-01-21' })).toEqual(due);
    expect(remindersDue(policy, cases, { after: '2026-01-21', through: '2026-01-21' })).toEqual([]);
    expect(Object.isFrozen(due)).toBe(true);
  });

  it('accepts any iterable of cases, and checks the window and the policy', () => {
    expect(remindersDue(policy, new Set(cases), { after: '2026-01-21', through: '2026-01-23' }).map((r) => r.key)).toEqual([
      'R-3|stage-1|after|2026-01-20',
      'R-4|stage-1|after|2026-01-21',
    ]);
    expect(caught(() => remindersDue(policy, cases, { after: '2026-01-22', through: '2026-01-21' }))).toMatchObject({ path: 'through' });
    expect(caught(() => remindersDue(policy, cases, { after: '22/01/2026', through: '2026-01-23' }))).toMatchObject({ path: 'after' });
    const other = openCase(plainPolicy(), { reference: 'P', receivedAt: '2026-01-05' });
    expect(caught(() => remindersDue(policy, [opened, other], { after: '2026-01-01', through: '2026-02-01' }))).toMatchObject({
      path: 'cases[1].policyId',
    });
  });
});

describe('resolveRecipients', () => {
  const directory = {
    'team-manager': { name: 'A Manager', email: 'a.manager@example.gov.uk' },
    'service-manager': { name: 'S Manager', email: 's.manager@example.gov.uk' },
    'head-of-service': { name: 'Also A', email: 'A.Manager@Example.gov.uk' },
  };

  it('de-duplicates addresses ignoring case; to wins over cc', () => {
    const r = resolveRecipients(policy, { to: ['team-manager', 'head-of-service'], cc: ['service-manager', 'team-manager'] }, directory);
    expect(r.to).toEqual([{ name: 'A Manager', email: 'a.manager@example.gov.uk' }]);
    expect(r.cc).toEqual([{ name: 'S Manager', email: 's.manager@example.gov.uk' }]);
    expect(r.fellBack).toEqual([]);
    expect(Object.isFrozen(r.to)).toBe(true);
  });

  it('falls back to the complaints mailbox once', () => {
    const r = resolveRecipients(policy, { to: ['director'], cc: ['complaints-manager', 'service-manager'] }, directory);
    expect(r.to).toEqual([{ name: 'Complaints Team', email: 'complaints@example.gov.uk' }]);
    expect(r.cc).toEqual([{ name: 'S Manager', email: 's.manager@example.gov.uk' }]);
    expect(r.fellBack).toEqual(['director', 'complaints-manager']);
    expect(resolveRecipients(policy, { to: ['director'] }, { director: undefined }).fellBack).toEqual(['director']);
  });

  it('with no mailbox, MissingRecipientError names every missing role and no address', () => {
    const e = caught(() => resolveRecipients(plainPolicy(), { to: ['team-manager', 'director'], cc: ['head-of-service'] }, directory));
    expect(e).toBeInstanceOf(MissingRecipientError);
    expect((e as MissingRecipientError).roles).toEqual(['director']);
    expect(e.message).not.toContain('@');
  });

  it('a malformed directory entry is named by role, not by value', () => {
    const e = caught(() => resolveRecipients(policy, { to: ['team-manager'] }, { 'team-manager': { name: 'Jane Example', email: 'not an address' } }));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e).toMatchObject({ path: 'directory.team-manager.email' });
    expect(e.message).not.toContain('Jane');
    expect(e.message).not.toContain('not an address');
  });

  it('works on a scheduled reminder', () => {
    const [first] = reminderSchedule(policy, opened);
    const r = resolveRecipients(policy, first!, directory);
    expect([r.to.map((c) => c.email), r.cc.map((c) => c.email)]).toEqual([['a.manager@example.gov.uk'], ['s.manager@example.gov.uk']]);
  });
});

describe('resolveRecipients refuses addresses that are not header-safe', () => {
  it.each(['a@b.c>, evil@x.org', 'name <a@b.gov.uk>', '"quoted"@b.gov.uk', 'a@b.gov.uk\u0000', 'a,b@c.gov.uk', 'a@-b.gov.uk'])(
    '%j is refused with the field named and the value not echoed',
    (email) => {
      const policy = getPolicy('dudley');
      let caught: unknown;
      try {
        resolveRecipients(policy, { to: ['team-manager'] }, { 'team-manager': { name: 'T M', email } });
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(InvalidArgumentError);
      expect((caught as InvalidArgumentError).path).toBe('directory.team-manager.email');
      expect((caught as Error).message).not.toContain(email);
    },
  );

  it('accepts an ordinary council address', () => {
    const policy = getPolicy('dudley');
    const r = resolveRecipients(policy, { to: ['team-manager'] }, { 'team-manager': { name: 'T M', email: "o'brien.team+cs@example.gov.uk" } });
    expect(r.to.map((c) => c.email)).toEqual(["o'brien.team+cs@example.gov.uk"]);
  });
});
