/**
 * The expected timeline and its iCalendar text, worked out inside each test (work done while a file's tests are
 * collected counts for no test in a mutation run): written for the mutants with no test in
 * `src/workflow/timeline.ts` and `src/workflow/icalendar.ts` (issue 18). Every date is worked out by hand from the
 * England and Wales bank holidays (2025: 25 and 26 December; 2026: 1 January, 3 April Good Friday, 6 April Easter
 * Monday, 4 May, 25 May, 31 August, 25 December, 28 December substitute Boxing Day).
 */
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy } from '../../src/policies/index.js';
import { createWorkflow, timelineToICalendar, type ScheduledReminder } from '../../src/workflow/index.js';

const dudley = getPolicy('dudley');
const southampton = getPolicy('southampton');

/** The DESCRIPTION of the event whose UID is `uid`, unfolded and unescaped (RFC 5545 3.1, 3.3.11). */
function description(ics: string, uid: string): string {
  const unfolded = ics.replace(/\r\n /g, '');
  const event = unfolded.split('BEGIN:VEVENT').find((e) => e.includes(`UID:${uid}\r\n`));
  if (event === undefined) throw new Error(`no event ${uid}`);
  const line = event.split('\r\n').find((l) => l.startsWith('DESCRIPTION:'))!;
  return line
    .slice('DESCRIPTION:'.length)
    .replace(/\\n/g, '\n')
    .replace(/\\([,;\\])/g, '$1');
}

describe('the timeline walks past optional stages and keeps who the complaint is about', () => {
  it("Southampton: stage 2 is asked for on stage 1's due date, mediation (optional) skipped", () => {
    // Received Friday 19 December 2025: stage 1 (10 working days) due Wednesday 7 January 2026 (22, 23, 24, 29, 30,
    // 31 December, 2, 5, 6, 7 January: Christmas, Boxing Day and New Year's Day skipped).
    const t = createWorkflow(southampton).timeline({ receivedAt: '2025-12-19' });
    expect(t.assumed.slice(0, 2)).toEqual([
      { type: 'response-sent', on: '2026-01-07', outcome: 'not-upheld' },
      { type: 'next-stage-requested', on: '2026-01-07', stage: 'stage-2' },
    ]);
  });
  it('a stage with no escalation is followed by the next stage that is not optional', () => {
    // Stage 1 (10 working days) has no escalation: the next stage in order is mediation, optional, so the timeline
    // walks into stage 2. Received Friday 19 December 2025: stage 1 due Wednesday 7 January 2026 (as above).
    const src = { source: 'local: test' };
    const policy = parsePolicy({
      id: 'tiny',
      title: 'Tiny',
      version: '1.0.0',
      effectiveFrom: '2026-01-01',
      jurisdiction: 'england',
      calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', ...src },
      roles: { 'team-manager': { title: 'Team Manager' }, 'complaints-manager': { title: 'Complaints Manager' } },
      caseTypes: {
        statutory: {
          title: 'Complaint',
          kind: 'statutory-complaint',
          stages: {
            'stage-1': { title: 'Stage 1', clockStart: 'received', timescale: { workingDays: 10, ...src }, responder: 'team-manager', ...src },
            mediation: { title: 'Mediation', optional: true, clockStart: 'requested', timescale: { workingDays: 10, ...src }, responder: 'team-manager', ...src },
            'stage-2': { title: 'Stage 2', clockStart: 'requested', timescale: { workingDays: 25, ...src }, responder: 'complaints-manager', ...src },
          },
        },
      },
    });
    const t = createWorkflow(policy).timeline({ receivedAt: '2025-12-19' });
    expect(t.assumed[1]).toEqual({ type: 'next-stage-requested', on: '2026-01-07', stage: 'stage-2' });
  });
  it('Dudley, a complaint about the team manager: the first reminder goes to the service manager (one rung up)', () => {
    // england-children-2006.yaml: team-manager escalatesTo service-manager; Dudley's first reminder is `to: [responder]`.
    const t = createWorkflow(dudley).timeline({ receivedAt: '2025-12-19', about: 'team-manager' });
    expect(t.reminders.find((r) => r.id === 'first-reminder')!.to).toEqual(['service-manager']);
  });
});

describe('the iCalendar text of deadlines and reminders', () => {
  it('a deadline of no stage, provisional (Southampton normal business, 3 working days from an allocation not yet made)', () => {
    // Received Friday 19 December 2025, taken as the start until the case is allocated: Monday 22 (1), Tuesday 23 (2),
    // Wednesday 24 December 2025 (3).
    const t = createWorkflow(southampton).timeline({ receivedAt: '2025-12-19' });
    const ics = timelineToICalendar(t, { reference: 'S-1', policy: southampton });
    const text = description(ics, 'S-1.southampton.deadline.normal-business-window@statutory-complaints');
    expect(text.split('\n')[0]).toBe('normal-business window ends: Wednesday 2025-12-24 (provisional).');
  });

  it("Dudley's stage 1 response: counted from receipt, the weekends and bank holidays named", () => {
    const t = createWorkflow(dudley).timeline({ receivedAt: '2025-12-19' });
    const ics = timelineToICalendar(t, { reference: 'D-1', policy: dudley });
    const title = dudley.caseTypes['statutory-complaint']!.stages['stage-1']!.title;
    const lines = description(ics, 'D-1.dudley.deadline.stage-1-response@statutory-complaints').split('\n');
    expect(lines[0]).toBe(`${title}: response due: Wednesday 2026-01-07.`);
    expect(lines[1]).toBe('Counted: 10 working days from received, Friday 2025-12-19.');
    expect(lines[2]).toMatch(
      /^Non-working days skipped: Saturday 2025-12-20 \(weekend\); Sunday 2025-12-21 \(weekend\); Thursday 2025-12-25 \(bank holiday: Christmas Day\);/,
    );
  });

  // Dudley with 2 working days' notice of a panel hearing (a local rule written for the test). The timeline holds the
  // stage 3 hearing on the day the panel must meet by, Wednesday 25 March 2026; the papers are due 2 working days
  // before it: Tuesday 24 (1), Monday 23 March (2). No non-working day lies between 23 and 25 March.
  const noticed = parsePolicy({
    id: 'dudley-noticed',
    extends: 'dudley',
    title: 'Dudley with hearing notice',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    caseTypes: {
      'statutory-complaint': { stages: { 'stage-3': { panel: { hearingNotice: { workingDays: 2, source: 'local: test notice' } } } } },
    },
  });
  it('hearing papers: counted back from the hearing, no day skipped', () => {
    const t = createWorkflow(noticed).timeline({ receivedAt: '2025-12-19' });
    const ics = timelineToICalendar(t, { reference: 'D-2', policy: noticed });
    const title = noticed.caseTypes['statutory-complaint']!.stages['stage-3']!.title;
    const lines = description(ics, 'D-2.dudley-noticed.deadline.stage-3-hearing-notice@statutory-complaints').split('\n');
    expect(lines.slice(0, 3)).toEqual([
      `${title}: hearing papers due: Monday 2026-03-23.`,
      'Counted: 2 working days before the hearing from the hearing on Wednesday 2026-03-25.',
      'Non-working days skipped: none.',
    ]);
  });

  it('a reminder copied to nobody, and a second event of the same name numbered .2', () => {
    // The borough's FOI requests, chased on the due date by the responder alone. Received Monday 2 March 2026: due
    // Tuesday 31 March (20 working days; the borough's FOI calendar skips St Patrick's Day, 17 March, FOIA s.10(6)).
    const policy = parsePolicy({
      id: 'foi-chased',
      extends: 'mayoral-borough',
      title: 'FOI chased',
      version: '1.0.0',
      effectiveFrom: '2026-01-01',
      caseTypes: {
        foi: {
          stages: {
            response: { reminders: [{ id: 'due-date-reminder', offsetWorkingDays: 0, to: ['responder'], template: 'overdue-chase', source: 'local: test ladder' }] },
          },
        },
      },
    });
    const t = createWorkflow(policy).timeline({ receivedAt: '2026-03-02', caseType: 'foi' });
    const reminder = t.reminders.find((r) => r.id === 'due-date-reminder') as ScheduledReminder;
    expect(reminder.date).toBe('2026-03-31');
    // The same reminder twice (a timeline an app put together from two versions of a case).
    const ics = timelineToICalendar({ ...t, reminders: [reminder, reminder] }, { reference: 'F-1', policy });
    const uid = 'F-1.foi-chased.reminder.response.due-date-reminder';
    expect(description(ics, `${uid}@statutory-complaints`).split('\n')).toContain('Copied to: nobody.');
    expect(ics.replace(/\r\n /g, '')).toContain(`UID:${uid}.2@statutory-complaints\r\n`); // unfolded
  });
});
