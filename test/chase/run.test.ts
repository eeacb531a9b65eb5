/**
 * The pure chase run: dates worked out by hand from the England and Wales calendar (weekends, Christmas Day Thu 25
 * and Boxing Day Fri 26 December 2025, New Year's Day Thu 1 January 2026), written in the comments.
 */
import { describe, expect, test } from 'vitest';
import { chaseRun, parseDirectory, DirectoryValidationError } from '../../src/chase/index.js';
import { applyEvent, getPolicy, openCase, InvalidArgumentError, type Case } from '../../src/index.js';

const dudley = getPolicy('dudley');
const everyone = {
  roles: {
    'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' },
    'service-manager': { name: 'Service Manager', email: 'sm@example.gov.uk' },
    'personal-assistant': { name: 'Personal Assistant', email: 'pa@example.gov.uk' },
    'head-of-service': { name: 'Head of Service', email: 'hos@example.gov.uk' },
    director: { name: 'Director', email: 'director@example.gov.uk' },
    'adjudicating-officer': { name: 'Adjudicating Officer', email: 'ao@example.gov.uk' },
  },
};
const directory = parseDirectory(everyone, dudley);

// A: received Fri 19 Dec 2025, 10 working days: 22, 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7 Jan -> due Wed 7 Jan 2026.
// B: received Mon 22 Dec 2025: 23, 24, 29, 30, 31, 2, 5, 6, 7, 8 -> due Thu 8 Jan 2026.
//    B's second reminder, 3 working days before Thu 8 Jan: 7, 6, 5 -> Mon 5 Jan.
const A = openCase(dudley, { reference: 'A', receivedAt: '2025-12-19' });
const B = openCase(dudley, { reference: 'B', receivedAt: '2025-12-22' });

describe('chaseRun: what is due, once', () => {
  test('a catch-up window sends each missed message once, in date order', () => {
    const run = chaseRun(dudley, [A, B], { from: '2026-01-03', to: '2026-01-08', directory });
    expect(run.messages.map((m) => [m.key, m.date])).toEqual([
      ['B|stage-1|second-reminder|2026-01-08', '2026-01-05'],
      ['A|stage-1|due-date-reminder|2026-01-07', '2026-01-07'],
      ['B|stage-1|due-date-reminder|2026-01-08', '2026-01-08'],
    ]);
    const first = run.messages[0]!;
    // Second reminder: to the responder, copying SM, PA and HoS (seed 000's ladder).
    expect(first.to).toEqual([{ name: 'Team Manager', email: 'tm@example.gov.uk' }]);
    expect(first.cc.map((c) => c.email)).toEqual(['sm@example.gov.uk', 'pa@example.gov.uk', 'hos@example.gov.uk']);
    expect(first.text).toContain('Team Manager,');
    expect(first.html).toContain('<p>');
    expect(first.template).toBe('reminder');
    expect(first.workingDaysOverdue).toBe(0);
  });

  test('day-by-day runs give the same messages as one window, and a rerun sends nothing', () => {
    const sent = new Set<string>();
    const all: string[] = [];
    for (const day of ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']) {
      const run = chaseRun(dudley, [A, B], { from: day, to: day, directory, sent, format: 'text' });
      for (const m of run.messages) {
        all.push(m.key);
        sent.add(m.key);
      }
    }
    expect(all).toEqual(['B|stage-1|second-reminder|2026-01-08', 'A|stage-1|due-date-reminder|2026-01-07', 'B|stage-1|due-date-reminder|2026-01-08']);
    const again = chaseRun(dudley, [A, B], { from: '2026-01-03', to: '2026-01-08', directory, sent });
    expect(again.messages).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(['already-sent', 'already-sent', 'already-sent']);
  });

  test('an extension makes the old reminder stale: never sent, reported with the event', () => {
    // Extension agreed Mon 5 Jan to Wed 14 Jan. The new ladder: first reminder 5 working days before (13, 12, 9, 8, 7)
    // Wed 7 Jan; second reminder 3 before (13, 12, 9) Fri 9 Jan. The old due-date reminder of Wed 7 Jan is stale.
    const extended = applyEvent(dudley, A, {
      type: 'extension-agreed',
      on: '2026-01-05',
      newDueDate: '2026-01-14',
      reason: 'More time (test)',
      agreedWithComplainant: true,
    });
    const run = chaseRun(dudley, [extended], { from: '2026-01-06', to: '2026-01-08', directory, format: 'text' });
    expect(run.messages.map((m) => [m.key, m.date])).toEqual([['A|stage-1|first-reminder|2026-01-14', '2026-01-07']]);
    expect(run.skipped.map((s) => [s.key, s.reason])).toEqual([['A|stage-1|due-date-reminder|2026-01-07', 'stale']]);
    expect(run.skipped[0]!.detail).toContain('extension-agreed on 2026-01-05');
    expect(run.skipped[0]!.detail).not.toContain('More time');
  });

  test('a withdrawn case: its reminder is reported as ended by the withdrawal', () => {
    const gone = applyEvent(dudley, A, { type: 'withdrawn', on: '2026-01-06' });
    const run = chaseRun(dudley, [gone], { from: '2026-01-07', to: '2026-01-07', directory });
    expect(run.messages).toEqual([]);
    expect(run.skipped.map((s) => [s.reminder, s.reason])).toEqual([['due-date-reminder', 'withdrawn']]);
    expect(run.needsAttention).toEqual([]);
  });

  test('a stage-2 case two working days late, which Dudley never chases, needs attention', () => {
    // Received Mon 5 Jan 2026, answered Fri 16 Jan (in time: due Mon 19 Jan), stage 2 asked for Mon 19 Jan.
    // 25 working days from Mon 19 Jan: 20-23 Jan (4), 26-30 (9), 2-6 Feb (14), 9-13 (19), 16-20 (24), Mon 23 Feb (25).
    // On Wed 25 Feb it is two working days late (24, 25 Feb).
    let k: Case = openCase(dudley, { reference: 'S2', receivedAt: '2026-01-05' });
    k = applyEvent(dudley, k, { type: 'response-sent', on: '2026-01-16', outcome: 'not-upheld' });
    k = applyEvent(dudley, k, { type: 'next-stage-requested', on: '2026-01-19' });
    k = applyEvent(dudley, k, { type: 'acknowledged', on: '2026-01-20' });
    const run = chaseRun(dudley, [k], { from: '2026-02-25', to: '2026-02-25', directory });
    expect(run.messages).toEqual([]);
    expect(run.needsAttention).toEqual([
      {
        reference: 'S2',
        caseIndex: 0,
        stage: 'stage-2',
        deadline: 'stage-2-response',
        dueDate: '2026-02-23',
        workingDaysLate: 2,
        responsible: 'adjudicating-officer',
        with: ['independent-investigator', 'independent-person'],
        contact: { name: 'Adjudicating Officer', email: 'ao@example.gov.uk' },
        reason: 'no-reminders-at-stage',
      },
    ]);
    // On Mon 23 Feb itself it is due, not late: nothing to report.
    expect(chaseRun(dudley, [k], { from: '2026-02-23', to: '2026-02-23', directory }).needsAttention).toEqual([]);
  });

  test('a stage-1 case past its last reminder needs attention too', () => {
    // A due Wed 7 Jan 2026; the 4th overdue reminder 12 working days after: 8, 9, 12-16, 19-23 Jan -> Fri 23 Jan.
    // On Tue 27 Jan: 14 working days late (8, 9, 12-16, 19-23, 26, 27).
    const run = chaseRun(dudley, [A], { from: '2026-01-27', to: '2026-01-27', directory });
    expect(run.needsAttention.map((n) => [n.stage, n.workingDaysLate, n.reason, n.responsible])).toEqual([['stage-1', 14, 'reminders-finished', 'team-manager']]);
    const onLast = chaseRun(dudley, [A], { from: '2026-01-23', to: '2026-01-23', directory });
    expect(onLast.messages.map((m) => [m.reminder, m.workingDaysOverdue])).toEqual([['fourth-overdue-reminder', 12]]);
    expect(onLast.needsAttention).toEqual([]);
  });
});

describe('chaseRun: who it goes to', () => {
  test("a team's people over the defaults, the allocated person over both", () => {
    const dir = parseDirectory({ ...everyone, teams: { north: { 'team-manager': { name: 'North TM', email: 'north.tm@example.gov.uk' } } } }, dudley);
    const team = applyEvent(dudley, A, { type: 'allocated', on: '2025-12-22', role: 'team-manager', team: 'north' });
    const person = applyEvent(dudley, A, {
      type: 'allocated',
      on: '2025-12-22',
      role: 'team-manager',
      team: 'north',
      name: 'Named Person',
      email: 'named.person@example.gov.uk',
    });
    const day = { from: '2026-01-07', to: '2026-01-07', directory: dir, format: 'text' as const };
    expect(chaseRun(dudley, [A], day).messages[0]!.to[0]!.email).toBe('tm@example.gov.uk');
    expect(chaseRun(dudley, [team], day).messages[0]!.to[0]!.email).toBe('north.tm@example.gov.uk');
    const m = chaseRun(dudley, [person], day).messages[0]!;
    expect(m.to).toEqual([{ name: 'Named Person', email: 'named.person@example.gov.uk' }]);
    expect(m.text!.split('\n')[0]).toBe('Named Person,');
  });

  test('a role nobody is listed for goes to the fallback, and is named in fellBack', () => {
    const dir = parseDirectory(
      { fallback: { name: 'Complaints Team', email: 'complaints@example.gov.uk' }, roles: { 'team-manager': everyone.roles['team-manager'] } },
      dudley,
    );
    const m = chaseRun(dudley, [A], { from: '2026-01-07', to: '2026-01-07', directory: dir }).messages[0]!;
    expect(m.cc.map((c) => c.email)).toEqual(['complaints@example.gov.uk']);
    expect([...m.fellBack].sort()).toEqual(['head-of-service', 'personal-assistant', 'service-manager']);
  });

  test('no address for a role and no mailbox: skipped as no-address, naming the roles', () => {
    const borough = getPolicy('mayoral-borough');
    // Received Mon 5 Jan 2026: due Mon 19 Jan (10 working days); the first overdue chase 1 working day after, Tue 20 Jan.
    const k = openCase(borough, { reference: 'M-1', receivedAt: '2026-01-05', caseType: 'statutory-complaint' });
    const run = chaseRun(borough, [k], { from: '2026-01-20', to: '2026-01-20', directory: parseDirectory({}, borough) });
    expect(run.messages).toEqual([]);
    expect(run.skipped.map((s) => [s.date, s.reason])).toEqual([['2026-01-20', 'no-address']]);
    expect(run.skipped[0]!.detail).toContain('team-manager');
  });

  test('a template needing values the case does not hold: skipped naming the placeholders, sent once they are given', () => {
    // The referral is dated the day of allocation, Mon 22 Dec 2025.
    const allocated = applyEvent(dudley, A, { type: 'allocated', on: '2025-12-22', role: 'team-manager' });
    const day = { from: '2025-12-22', to: '2025-12-22', directory };
    const without = chaseRun(dudley, [allocated], day);
    expect(without.skipped.map((s) => [s.reminder, s.reason])).toEqual([['new-referral', 'missing-values']]);
    expect(without.skipped[0]!.detail).toContain('complainant name, details');
    const withValues = chaseRun(dudley, [allocated], { ...day, values: { A: { 'complainant name': 'Sam Example', details: 'contact arrangements' } } });
    expect(withValues.messages[0]!.subject).toBe('Complaint Ref A re/from Sam Example – Due date 7 January 2026');
  });
});

describe('chaseRun: bad input', () => {
  test('a case that fails its checks is listed with its index and reference; the others go on', () => {
    const other = { ...B, policyId: 'swindon' } as Case;
    const broken = { ...A, reference: 'BROKEN', events: [{ type: 'acknowledged', on: '2026-13-01' }] } as unknown as Case;
    const run = chaseRun(dudley, [other, broken, A], { from: '2026-01-07', to: '2026-01-07', directory });
    expect(run.problems.map((p) => [p.caseIndex, p.reference])).toEqual([
      [0, 'B'],
      [1, 'BROKEN'],
    ]);
    expect(run.messages.map((m) => m.key)).toEqual(['A|stage-1|due-date-reminder|2026-01-07']);
    expect(run.cases).toBe(3);
  });

  test('a window the wrong way round, or sent not a Set, is a typed error', () => {
    expect(() => chaseRun(dudley, [A], { from: '2026-01-08', to: '2026-01-07', directory })).toThrow(InvalidArgumentError);
    expect(() => chaseRun(dudley, [A], { from: '2026-01-07', to: '2026-01-07', directory, sent: ['x'] as never })).toThrow(/options.sent/);
  });

  test('a directory naming an unknown role or a bad address lists every problem, quoting no value', () => {
    let caught: unknown;
    try {
      parseDirectory(
        {
          roles: { 'team-manger': { name: 'Pat Jones', email: 'pat@example.gov.uk' }, director: { name: 'Sam Smith', email: 'sam smith@example.gov.uk' } },
          colour: 'blue',
        },
        dudley,
      );
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(DirectoryValidationError);
    const e = caught as DirectoryValidationError;
    expect(e.issues.map((i) => [i.path, i.code]).sort()).toEqual([
      ['colour', 'unknown-key'],
      ['roles.director.email', 'invalid-value'],
      ['roles.team-manger', 'unknown-role'],
    ]);
    expect(e.message).toContain('Did you mean `team-manager`?');
    for (const v of ['Pat Jones', 'pat@example', 'Sam Smith', 'sam smith', 'blue']) expect(e.message).not.toContain(v);
  });
});
