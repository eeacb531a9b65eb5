// createReminderEmails (the chase run's fast path) and emailForReminder: every value the library fills, the errors
// they throw, and the fast path agreeing with emailForReminder over many messages (issue 18: these paths were only
// exercised by test/chase, or not at all).
//
// Dates worked out by hand on the England and Wales calendar (GOV.UK bank holidays: Thu 25 Dec 2025 Christmas Day,
// Fri 26 Dec 2025 Boxing Day, Thu 1 Jan 2026 New Year's Day; none after that until Good Friday, 3 April 2026).
// - Dudley, received Fri 19 Dec 2025: stage 1's 10 working days are Mon 22 (1), Tue 23 (2), Wed 24 (3), Mon 29 (4),
//   Tue 30 (5), Wed 31 (6), Fri 2 Jan (7), Mon 5 (8), Tue 6 (9), Wed 7 Jan 2026 (10): due Wednesday 7 January 2026.
//   Dudley's ladder (seed: "Children's Complaints – Referral & Follow Up Action"): 5 working days before the due date
//   (30, 31 Dec, 2, 5, 6 Jan counted back from 7 Jan) is Tue 30 Dec 2025; 3 before is Fri 2 Jan 2026; 3 after
//   (Thu 8, Fri 9, Mon 12) is Mon 12 Jan 2026.
// - Extended on Mon 5 Jan 2026 to Wed 21 Jan 2026: the ladder is dated from 21 Jan. The 1st reminder, 5 working days
//   before (20, 19, 16, 15, 14), is Wed 14 Jan; the 1st overdue reminder, 3 after (Thu 22, Fri 23, Mon 26), is Mon 26
//   Jan, 3 working days overdue; the 4th overdue reminder, 12 after (22, 23, 26, 27, 28, 29, 30, 2 Feb, 3, 4, 5, 6),
//   is Fri 6 Feb 2026, 12 working days overdue.
// - Stage 2 asked for on Mon 12 Jan 2026 (after a response on Wed 7 Jan): 25 working days from the request (Tue 13 …
//   Fri 16 (4), 19-23 (9), 26-30 (14), 2-6 Feb (19), 9-13 Feb (24), Mon 16 Feb (25)): due Monday 16 February 2026.
// - The escalation from stage 1: to "Stage 2 – investigation" within 20 working days (england-children-2006.yaml,
//   `windowWorkingDays: 20`, which dudley.yaml extends); stage titles from the same file.
// - Dudley's complaints mailbox: "Children's Complaints Team", complaints.socialcare@dudley.gov.uk (dudley.yaml,
//   from the seed's signature); the Ombudsman: Local Government and Social Care Ombudsman, www.lgo.org.uk, 0300 061
//   0614 (england-children-2006.yaml). Notify's typography makes the apostrophe of "Children's" a right single
//   quotation mark (docs/notify-differences.md; notifications-utils `smartypants`-style pass).
// Roles and invented values only: no names of staff or complainants.
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import { exampleWelshCouncil } from './welsh-council.js';
import {
  applyEvent,
  createWorkflow,
  emailForReminder,
  getPolicy,
  InvalidArgumentError,
  InvalidDateError,
  MissingPersonalisationError,
  openCase,
  parsePolicy,
  reminderSchedule,
  type Case,
  type Policy,
} from '../../src/index.js';
import { parseGovUkBankHolidays } from '../../src/calendar/index.js';
import { createReminderEmails, TemplateTooLargeError } from '../../src/templates/index.js';
import { MissingRecipientError, type ScheduledReminder } from '../../src/workflow/index.js';

const dudley = getPolicy('dudley');
const directory = {
  'team-manager': { name: 'Team Manager', email: 'team.manager@example.gov.uk' },
  'service-manager': { name: 'Service Manager', email: 'service.manager@example.gov.uk' },
  'personal-assistant': { name: 'Personal Assistant', email: 'pa@example.gov.uk' },
  'head-of-service': { name: 'Head of Service', email: 'hos@example.gov.uk' },
  director: { name: 'Director', email: 'director@example.gov.uk' },
};
const MAILBOX = { name: "Children's Complaints Team", email: 'complaints.socialcare@dudley.gov.uk' };
const REFERRAL_VALUES = { 'complainant name': 'Sam Example', details: 'contact arrangements' };

const received = openCase(dudley, { reference: 'ABC/123', receivedAt: '2025-12-19' });
const extended = applyEvent(dudley, received, {
  type: 'extension-agreed',
  on: '2026-01-05',
  newDueDate: '2026-01-21',
  reason: 'confidential reason',
  agreedWithComplainant: true,
});
const atStage2 = applyEvent(dudley, applyEvent(dudley, received, { type: 'response-sent', on: '2026-01-07', outcome: 'not-upheld' }), {
  type: 'next-stage-requested',
  on: '2026-01-12',
});

function reminderOf(policy: Policy, kase: Case, id: string): ScheduledReminder {
  const found = reminderSchedule(policy, kase).find((r) => r.id === id);
  if (!found) throw new Error(`no reminder ${id}`);
  return found;
}

/** Both functions, English and one format: the body of createReminderEmails' message in that format. */
function both(policy: Policy, kase: Case, r: ScheduledReminder, dir: object, options: { values?: object; format: 'text' | 'html' }) {
  const fast = createReminderEmails(createWorkflow(policy)).email(kase, r, dir as never, options as never);
  const slow = emailForReminder(policy, kase, r, dir as never, options as never);
  return { fast: { ...fast, body: options.format === 'text' ? fast.text : fast.html }, slow };
}

// The words of Dudley's reminders, from dudley.yaml (the seed's wording).
const FIRST_REMINDER_TEXT =
  'Team Manager,\n\n' +
  'Please note that the deadline for responding to this complaint is Wednesday 7 January 2026. Please let us know your current progress and confirm whether you will be able to complete the response by the due date.\n\n' +
  'PLEASE NOTE: an explanation will be required if the response due date is exceeded.';
const FIRST_REMINDER_HTML =
  '<p>Team Manager,</p>\n' +
  '<p>Please note that the deadline for responding to this complaint is Wednesday 7 January 2026. Please let us know your current progress and confirm whether you will be able to complete the response by the due date.</p>\n' +
  '<p>PLEASE NOTE: an explanation will be required if the response due date is exceeded.</p>';

describe('createReminderEmails: the words, recipients and bodies of a message', () => {
  const emails = createReminderEmails(createWorkflow(dudley));
  const first = reminderOf(dudley, received, 'first-reminder');

  it('the 1st reminder (Tuesday 30 December 2025), both bodies by default', () => {
    expect(first.date).toBe('2025-12-30');
    const email = emails.email(received, first, directory);
    expect(email).toEqual({
      to: [{ name: 'Team Manager', email: 'team.manager@example.gov.uk' }],
      cc: [
        { name: 'Service Manager', email: 'service.manager@example.gov.uk' },
        { name: 'Personal Assistant', email: 'pa@example.gov.uk' },
      ],
      fellBack: [],
      subject: 'Complaint Ref ABC/123 – response due Wednesday 7 January 2026',
      text: FIRST_REMINDER_TEXT,
      html: FIRST_REMINDER_HTML,
      template: 'reminder',
      key: 'ABC/123|stage-1|first-reminder|2026-01-07',
      personalisation: { reference: 'ABC/123', 'due date': 'Wednesday 7 January 2026', 'recipient name': 'Team Manager' },
    });
    expect(Object.isFrozen(email)).toBe(true);
  });

  it("`format: 'text'` gives only the text body, `'html'` only the HTML body, with the same subject and personalisation", () => {
    const text = emails.email(received, first, directory, { format: 'text' });
    expect('html' in text).toBe(false);
    expect(text.text).toBe(FIRST_REMINDER_TEXT);
    const html = emails.email(received, first, directory, { format: 'html' });
    expect('text' in html).toBe(false);
    expect(html.html).toBe(FIRST_REMINDER_HTML);
    for (const email of [text, html]) {
      expect(email.subject).toBe('Complaint Ref ABC/123 – response due Wednesday 7 January 2026');
      expect(email.personalisation).toEqual({ reference: 'ABC/123', 'due date': 'Wednesday 7 January 2026', 'recipient name': 'Team Manager' });
    }
  });

  it('the overdue reminder (Monday 12 January 2026) writes the due date in its template’s short style', () => {
    const overdue = reminderOf(dudley, received, 'first-overdue-reminder');
    expect(overdue.date).toBe('2026-01-12');
    const email = emails.email(received, overdue, directory, { format: 'text' });
    expect(email.subject).toBe('Complaint Ref ABC/123 – response overdue since 7 January 2026');
    expect(email.text!.startsWith('Team Manager,\n\nPlease let us know your current progress and when the response will be completed.')).toBe(true);
    expect(email.template).toBe('overdue-reminder');
  });

  it('the referral takes the complainant name and details from the values, and names options.values when they are missing', () => {
    const referral = { ...first, id: 'new-referral', template: 'new-referral' };
    const email = emails.email(received, referral, directory, { values: REFERRAL_VALUES, format: 'text' });
    expect(email.subject).toBe('Complaint Ref ABC/123 re/from Sam Example – Due date 7 January 2026');
    expect(email.text).toContain(
      'Please see the attached complaint from Sam Example about contact arrangements. Please investigate the issues raised and send your response by 7 January 2026.',
    );
    expect(email.text).toContain('to the complaints mailbox: complaints.socialcare@dudley.gov.uk.');
    for (const format of ['text', 'html', 'both'] as const) {
      const e = caught(() => emails.email(received, referral, directory, { format, values: { details: 'x' } })) as MissingPersonalisationError;
      expect(e).toBeInstanceOf(MissingPersonalisationError);
      expect([e.code, e.path, e.names]).toEqual(['missing-personalisation', 'options.values', ['complainant name']]);
    }
  });

  it('the delay reasons of a late response are a numbered list in both bodies, and one string of lines for Notify', () => {
    // Response sent Fri 9 Jan 2026, two working days after Wed 7 Jan: the reason-for-delay request (Dudley's "Action
    // After Response", codes Z040–Z044 labelled as the preset labels them).
    const late = applyEvent(dudley, received, { type: 'response-sent', on: '2026-01-09', outcome: 'upheld' });
    const request = reminderOf(dudley, late, 'delay-reason-request');
    const email = emails.email(late, request, directory);
    expect(email.subject).toBe('Complaint Ref ABC/123 – reason for delay required');
    expect(email.text).toContain('1. Complex case\n2. Multiple teams involved\n3. Staff absence\n4. Other urgent work\n5. Other (specify)');
    expect(email.html).toContain(
      '<ol>\n<li>Complex case</li>\n<li>Multiple teams involved</li>\n<li>Staff absence</li>\n<li>Other urgent work</li>\n<li>Other (specify)</li>\n</ol>',
    );
    expect(email.personalisation['delay reasons']).toBe('1. Complex case\n2. Multiple teams involved\n3. Staff absence\n4. Other urgent work\n5. Other (specify)');
  });

  it('a role the directory lacks falls back to the complaints mailbox; with none of them, the mailbox is the addressee', () => {
    const { 'personal-assistant': _pa, ...withoutPa } = directory;
    const email = emails.email(received, first, withoutPa, { format: 'text' });
    expect(email.cc).toEqual([{ name: 'Service Manager', email: 'service.manager@example.gov.uk' }, MAILBOX]);
    expect(email.fellBack).toEqual(['personal-assistant']);
    const none = emails.email(received, first, {}, { format: 'text' });
    expect([none.to, none.cc, none.fellBack]).toEqual([[MAILBOX], [], ['team-manager', 'service-manager', 'personal-assistant']]);
    expect(none.text!.startsWith('Children’s Complaints Team,\n\n')).toBe(true);
  });

  it('recipients are worked out per directory and per list of roles, never carried from one to another', () => {
    const dirA = { ...directory };
    const dirB = { ...directory, 'team-manager': { name: 'Another Manager', email: 'another@example.gov.uk' } };
    const second = reminderOf(dudley, received, 'second-reminder');
    const fourth = reminderOf(dudley, received, 'fourth-overdue-reminder');
    // Seed ladder: the 1st reminder copies SM and PA; the 2nd adds the head of service; the 4th overdue the director.
    const ccOf = (r: ScheduledReminder, dir: object) => emails.email(received, r, dir as never, { format: 'text' }).cc.map((c) => c.email);
    expect(ccOf(first, dirA)).toEqual(['service.manager@example.gov.uk', 'pa@example.gov.uk']);
    expect(ccOf(second, dirA)).toEqual(['service.manager@example.gov.uk', 'pa@example.gov.uk', 'hos@example.gov.uk']);
    expect(ccOf(fourth, dirA)).toEqual(['service.manager@example.gov.uk', 'pa@example.gov.uk', 'hos@example.gov.uk', 'director@example.gov.uk']);
    expect(ccOf(first, dirA)).toEqual(['service.manager@example.gov.uk', 'pa@example.gov.uk']);
    const a = emails.email(received, first, dirA, { format: 'text' });
    const b = emails.email(received, first, dirB, { format: 'text' });
    expect(a.to).toEqual([{ name: 'Team Manager', email: 'team.manager@example.gov.uk' }]);
    expect(b.to).toEqual([{ name: 'Another Manager', email: 'another@example.gov.uk' }]);
    expect(b.text!.startsWith('Another Manager,\n\n')).toBe(true);
    // The delay-reason follow-up goes to the service manager (seed: "escalate to the senior manager").
    const late = applyEvent(dudley, received, { type: 'response-sent', on: '2026-01-09', outcome: 'upheld' });
    const followUp = reminderOf(dudley, late, 'delay-reason-follow-up');
    expect(emails.email(late, followUp, dirA, { format: 'text' }).to).toEqual([{ name: 'Service Manager', email: 'service.manager@example.gov.uk' }]);
  });

  it('a directory that is not an object is refused, naming the argument', () => {
    for (const bad of [null, 'x', 42]) {
      const e = caught(() => emails.email(received, first, bad as never)) as InvalidArgumentError;
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect([e.code, e.path]).toEqual(['invalid-argument', 'directory']);
    }
  });

  it('a missing role with no complaints mailbox is a MissingRecipientError naming the role', () => {
    const borough = getPolicy('mayoral-borough');
    const kase = openCase(borough, { reference: 'CSC-7', receivedAt: '2025-12-19' });
    const r = reminderSchedule(borough, kase)[0]!;
    const e = caught(() =>
      createReminderEmails(createWorkflow(borough)).email(kase, r, { 'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' } }),
    ) as MissingRecipientError;
    expect(e).toBeInstanceOf(MissingRecipientError);
    expect(e.roles).toEqual(['service-manager']);
  });
});

describe('display names on one header line (both functions)', () => {
  const first = reminderOf(dudley, received, 'first-reminder');
  // C0 controls (to U+001F), DEL and the C1 controls (U+007F to U+009F), the no-break space, and the line and paragraph
  // separators (U+2028, U+2029) become one space; the characters either side of those ranges are kept.
  const cases: [string, string][] = [
    ['A\u001fB\u007fC\u009fD\u0080E\u2028F\u2029G\u00a0H\tI\nJ\rK\u0000L', 'A B C D E F G H I J K L'],
    ['Tilde~\u00a1Inverted\u2027Hyphenation\u202aPoint', 'Tilde~\u00a1Inverted\u2027Hyphenation\u202aPoint'],
    ['\r\n\u00a0 Team \u2028\u2029 Manager \t\u0085', 'Team Manager'],
  ];
  // Plain titles: a test's title holding control characters is not one a test runner can always select by name.
  cases.forEach(([name, expected], i) => {
    it(`name ${i + 1} is written on one line as ${expected}`, () => {
      const dir = { ...directory, 'team-manager': { name, email: 'team.manager@example.gov.uk' }, 'service-manager': { name, email: 'sm@example.gov.uk' } };
      const { fast, slow } = both(dudley, received, first, dir, { format: 'text' });
      for (const email of [fast, slow]) {
        expect(email.to).toEqual([{ name: expected, email: 'team.manager@example.gov.uk' }]);
        expect(email.cc[0]).toEqual({ name: expected, email: 'sm@example.gov.uk' });
        expect(email.body!.startsWith(`${expected},\n\n`)).toBe(true);
      }
    });
  });
});

describe('every value the library fills, in a template that uses them all (both functions)', () => {
  const probe = parsePolicy({
    id: 'dudley-probe',
    extends: 'dudley',
    title: 'Dudley with a test template',
    version: '1.0.0',
    effectiveFrom: '2025-01-01',
    templates: {
      probe: {
        subject: 'Ref ((reference)) for ((recipient name))',
        body: [
          'Received ((received date)); due ((due date)); originally ((original due date)).',
          '',
          'At ((stage)), ((working days overdue)) working days overdue.',
          '',
          'Next: ((next stage)) within ((next stage window)).',
          '',
          'Mailbox ((complaints mailbox)) of the ((complaints team)); ((ombudsman name)), ((ombudsman website)), ((ombudsman phone)).',
        ].join('\n'),
        source: 'local: test template',
      },
      'probe-short': {
        subject: 'Ref ((reference))',
        body: 'Due ((due date)), originally ((original due date)), received ((received date)).',
        dates: { 'due date': 'short', 'original due date': 'short', 'received date': 'short' },
        source: 'local: test template',
      },
      hearing: {
        subject: 'Hearing for ((reference))',
        body: 'The panel meets on ((hearing date)).',
        source: 'local: test template',
      },
      'next-stage': {
        subject: 'Ref ((reference))',
        body: 'Next: ((next stage)) within ((next stage window)).',
        source: 'local: test template',
      },
    },
  });
  const as = (r: ScheduledReminder, template: string) => ({ ...r, template });
  // The cases above, opened under this policy.
  const received = openCase(probe, { reference: 'ABC/123', receivedAt: '2025-12-19' });
  const extended = applyEvent(probe, received, {
    type: 'extension-agreed',
    on: '2026-01-05',
    newDueDate: '2026-01-21',
    reason: 'confidential reason',
    agreedWithComplainant: true,
  });
  const atStage2 = applyEvent(probe, applyEvent(probe, received, { type: 'response-sent', on: '2026-01-07', outcome: 'not-upheld' }), {
    type: 'next-stage-requested',
    on: '2026-01-12',
  });
  // Dudley's ladder chases stage 1 only: a stage-2 (or stage-3) message is a reminder of the case's stage written by hand.
  const laterStage = (stage: string, template: string) =>
    ({
      ...reminderOf(probe, received, 'first-reminder'),
      key: `ABC/123|${stage}|chase|2026-02-16`,
      stage,
      date: '2026-02-09',
      dueDate: '2026-02-16',
      template,
    }) as ScheduledReminder;

  it('the 1st overdue reminder after an extension (Monday 26 January 2026, 3 working days after Wednesday 21 January)', () => {
    const overdue = reminderOf(probe, extended, 'first-overdue-reminder');
    expect([overdue.date, overdue.dueDate]).toEqual(['2026-01-26', '2026-01-21']);
    const { fast, slow } = both(probe, extended, as(overdue, 'probe'), directory, { format: 'text' });
    for (const email of [fast, slow]) {
      expect(email.subject).toBe('Ref ABC/123 for Team Manager');
      expect(email.body).toBe(
        'Received Friday 19 December 2025; due Wednesday 21 January 2026; originally Wednesday 7 January 2026.\n\n' +
          'At Stage 1 – local resolution, 3 working days overdue.\n\n' +
          'Next: Stage 2 – investigation within 20 working days.\n\n' +
          'Mailbox complaints.socialcare@dudley.gov.uk of the Children’s Complaints Team; Local Government and Social Care Ombudsman, www.lgo.org.uk, 0300 061 0614.',
      );
      expect(email.key).toBe('ABC/123|stage-1|first-overdue-reminder|2026-01-21');
      expect(email.template).toBe('probe');
      expect(email.personalisation).toMatchObject({
        'received date': 'Friday 19 December 2025',
        'due date': 'Wednesday 21 January 2026',
        'original due date': 'Wednesday 7 January 2026',
        'working days overdue': '3',
        'next stage window': '20 working days',
      });
    }
  });

  it('12 working days overdue on the 4th overdue reminder (Friday 6 February 2026); 0 before the due date', () => {
    const fourth = reminderOf(probe, extended, 'fourth-overdue-reminder');
    expect(fourth.date).toBe('2026-02-06');
    const firstReminder = reminderOf(probe, extended, 'first-reminder');
    expect(firstReminder.date).toBe('2026-01-14');
    for (const [r, days] of [
      [fourth, '12'],
      [firstReminder, '0'],
    ] as const) {
      const { fast, slow } = both(probe, extended, as(r, 'probe'), directory, { format: 'text' });
      for (const email of [fast, slow]) expect(email.body).toContain(`At Stage 1 – local resolution, ${days} working days overdue.`);
    }
  });

  it("a template's `dates` styles apply to every library date (short: 21 January 2026)", () => {
    const r = reminderOf(probe, extended, 'first-reminder');
    const { fast, slow } = both(probe, extended, as(r, 'probe-short'), directory, { format: 'html' });
    for (const email of [fast, slow]) expect(email.body).toBe('<p>Due 21 January 2026, originally 7 January 2026, received 19 December 2025.</p>');
  });

  it('with no pass through the reminder’s stage, the original due date is the caller’s to give', () => {
    // A stage-2 reminder on a case still at stage 1: the library has no stage-2 dates.
    const r = { ...reminderOf(probe, received, 'first-reminder'), stage: 'stage-2', template: 'probe-short' };
    for (const f of [() => createReminderEmails(createWorkflow(probe)).email(received, r, directory), () => emailForReminder(probe, received, r, directory)]) {
      const e = caught(f) as MissingPersonalisationError;
      expect(e).toBeInstanceOf(MissingPersonalisationError);
      expect([e.path, e.names]).toEqual(['options.values', ['original due date']]);
    }
    const { fast, slow } = both(probe, received, r, directory, { format: 'text', values: { 'original due date': '2026-02-16' } });
    for (const email of [fast, slow]) expect(email.body).toBe('Due 7 January 2026, originally 16 February 2026, received 19 December 2025.');
  });

  it('the original due date of a later stage is that stage’s own: stage 2 asked for Monday 12 January, due Monday 16 February 2026', () => {
    const r = laterStage('stage-2', 'probe-short');
    const { fast, slow } = both(probe, atStage2, r, directory, { format: 'text' });
    for (const email of [fast, slow]) expect(email.body).toBe('Due 16 February 2026, originally 16 February 2026, received 19 December 2025.');
  });

  it('the next stage and its window come from the stage’s escalation; stage 3 has none, so the caller gives them', () => {
    const requested = applyEvent(probe, applyEvent(probe, atStage2, { type: 'response-sent', on: '2026-02-13', outcome: 'not-upheld' }), {
      type: 'panel-requested',
      on: '2026-02-16',
    });
    const stage2 = laterStage('stage-2', 'next-stage');
    // Stage 2 escalates to stage 3, "Stage 3 – review panel", within 20 working days (england-children-2006.yaml).
    for (const email of Object.values(both(probe, atStage2, stage2, directory, { format: 'text' }))) {
      expect(email.body).toBe('Next: Stage 3 – review panel within 20 working days.');
    }
    const stage3 = { ...stage2, stage: 'stage-3' };
    for (const f of [
      () => createReminderEmails(createWorkflow(probe)).email(requested, stage3, directory),
      () => emailForReminder(probe, requested, stage3, directory),
    ]) {
      expect((caught(f) as MissingPersonalisationError).names).toEqual(['next stage', 'next stage window']);
    }
  });

  it('the hearing date is the last hearing arranged; before one is, the caller’s date; after, a caller’s one is refused', () => {
    // Stage 2 answered Fri 13 Feb 2026, the panel asked for Mon 16 Feb; a hearing arranged for Mon 9 March, then moved
    // to Mon 16 March 2026 (1 March 2026 is a Sunday).
    const requested = applyEvent(probe, applyEvent(probe, atStage2, { type: 'response-sent', on: '2026-02-13', outcome: 'not-upheld' }), {
      type: 'panel-requested',
      on: '2026-02-16',
    });
    const once = applyEvent(probe, requested, { type: 'hearing-arranged', on: '2026-02-17', hearingDate: '2026-03-09' });
    const moved = applyEvent(probe, once, { type: 'hearing-arranged', on: '2026-02-18', hearingDate: '2026-03-16' });
    const r = laterStage('stage-3', 'hearing');
    for (const email of Object.values(both(probe, once, r, directory, { format: 'text' }))) expect(email.body).toBe('The panel meets on Monday 9 March 2026.');
    for (const email of Object.values(both(probe, moved, r, directory, { format: 'text' }))) expect(email.body).toBe('The panel meets on Monday 16 March 2026.');
    for (const email of Object.values(both(probe, requested, r, directory, { format: 'text', values: { 'hearing date': '2026-03-16' } }))) {
      expect(email.body).toBe('The panel meets on Monday 16 March 2026.');
    }
    for (const f of [() => createReminderEmails(createWorkflow(probe)).email(requested, r, directory), () => emailForReminder(probe, requested, r, directory)]) {
      expect((caught(f) as MissingPersonalisationError).names).toEqual(['hearing date']);
    }
    for (const f of [
      () => createReminderEmails(createWorkflow(probe)).email(moved, r, directory, { values: { 'hearing date': '2026-03-17' } }),
      () => emailForReminder(probe, moved, r, directory, { values: { 'hearing date': '2026-03-17' } }),
    ]) {
      const e = caught(f) as InvalidArgumentError;
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.path).toBe('options.values.hearing date');
      expect(e.message).not.toContain('2026-03-17');
    }
  });
});

describe('the clock-stop values (issue 16), on an FOI request (both functions)', () => {
  // As test/workflow/clock-stops.test.ts works it out: received Monday 2 March 2026, a fees notice given Friday 6 March
  // and the fee received Friday 13 March (a pause, FOIA 2000 s.10(2)): due Friday 10 April 2026. A clarification asked
  // for on Friday 6 March and received on Friday 13 March restarts the clock (s.1(3), s.10(6)(b)). The titles are the
  // preset's: "Waiting for the fee to be paid", "Waiting for further information to identify and locate what is
  // asked for" (foi-2000.yaml).
  const foi = parsePolicy({
    id: 'foi-probe',
    extends: 'foi-2000',
    title: 'FOI with a test template',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    templates: {
      stopped: {
        subject: 'Request ((reference))',
        body: 'Stopped on ((clock stopped date)) (((clock stop reason))). Ran again on ((clock restarted date)). Due ((due date)).',
        source: 'local: test template',
      },
      'stopped-only': {
        subject: 'Request ((reference))',
        body: 'Stopped on ((clock stopped date)) (((clock stop reason))).',
        source: 'local: test template',
      },
    },
  });
  const wf = createWorkflow(foi);
  const officer = { 'foi-officer': { name: 'FOI Officer', email: 'foi@example.gov.uk' } };
  const open = (events: Parameters<typeof wf.applyEvent>[1][]) =>
    events.reduce((k, e) => wf.applyEvent(k, e), wf.openCase({ reference: 'FOI-1', receivedAt: '2026-03-02' }));
  const reminderFor = (template: string, dueDate = '2026-04-10'): ScheduledReminder =>
    ({
      key: `FOI-1|response|chase|${dueDate}`,
      reference: 'FOI-1',
      stage: 'response',
      id: 'chase',
      date: '2026-04-08',
      dueDate,
      to: ['foi-officer'],
      cc: [],
      template,
    }) as unknown as ScheduledReminder;
  const run = (kase: Case, template: string, values?: object) => {
    const r = reminderFor(template);
    return [
      createReminderEmails(wf).email(kase, r, officer, { format: 'text', values } as never).text,
      emailForReminder(foi, kase, r, officer, { values } as never).body,
    ] as string[];
  };

  it('a pause ended by the fee: the stop date, its reason and the day the clock ran again', () => {
    const paid = open([
      { type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-03-13' },
    ]);
    expect(wf.deadlines(paid).find((d) => d.id === 'response-response')!.due).toBe('2026-04-10');
    for (const body of run(paid, 'stopped')) {
      expect(body).toBe('Stopped on Friday 6 March 2026 (Waiting for the fee to be paid). Ran again on Friday 13 March 2026. Due Friday 10 April 2026.');
    }
  });

  it('a restart ended by the clarification', () => {
    const clarified = open([
      { type: 'clock-stopped', on: '2026-03-06', reason: 'clarification' },
      { type: 'clock-restarted', on: '2026-03-13' },
    ]);
    for (const body of run(clarified, 'stopped')) {
      expect(body).toBe(
        'Stopped on Friday 6 March 2026 (Waiting for further information to identify and locate what is asked for). Ran again on Friday 13 March 2026. Due Friday 10 April 2026.',
      );
    }
  });

  it('a stop still running has no restart date: the caller must give it, and the stop date is filled', () => {
    const waiting = open([{ type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' }]);
    for (const body of run(waiting, 'stopped-only')) expect(body).toBe('Stopped on Friday 6 March 2026 (Waiting for the fee to be paid).');
    for (const f of [() => run(waiting, 'stopped')]) expect((caught(f) as MissingPersonalisationError).names).toEqual(['clock restarted date']);
  });

  it('the last of two stops is the one written', () => {
    const twice = open([
      { type: 'clock-stopped', on: '2026-03-04', reason: 'clarification' },
      { type: 'clock-restarted', on: '2026-03-05' },
      { type: 'clock-stopped', on: '2026-03-06', reason: 'fees-notice' },
      { type: 'clock-resumed', on: '2026-03-13' },
    ]);
    for (const body of run(twice, 'stopped'))
      expect(body.startsWith('Stopped on Friday 6 March 2026 (Waiting for the fee to be paid). Ran again on Friday 13 March 2026.')).toBe(true);
  });

  it('with no stop, all three are the caller’s to give', () => {
    const plain = open([]);
    expect((caught(() => run(plain, 'stopped')) as MissingPersonalisationError).names).toEqual(['clock stopped date', 'clock stop reason', 'clock restarted date']);
  });
});

describe('Welsh and bilingual messages from createReminderEmails', () => {
  // The council of test/templates/welsh.test.ts: a reminder 2 working days before the local resolution discussion
  // (due Friday 9 January 2026 -> 8, 7 -> Wednesday 7 January 2026). Wording from its template, as written there.
  const council = exampleWelshCouncil;
  const workflow = createWorkflow(council);
  const emails = createReminderEmails(workflow);
  const kase = workflow.openCase({ reference: 'W/7', receivedAt: '2025-12-19' });
  const reminder = workflow.reminderSchedule(kase).find((r) => r.id === 'discussion-reminder')!;
  const officer = { 'complaints-officer': { name: 'Complaints Officer', email: 'co@example.gov.wales' } };
  /** GOV.UK Notify's plain-text rule (`---`): 65 characters of `=-`. */
  const TEXT_RULE = '=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=-=';
  const WELSH_TEXT = 'Complaints Officer,\n\nRhaid i’r drafodaeth datrys yn lleol ar gyfer cwyn W/7 ddigwydd erbyn 9 Ionawr 2026.';
  const ENGLISH_TEXT = 'Complaints Officer,\n\nThe local resolution discussion for complaint W/7 must take place by 9 January 2026.';

  it('a case without a preference (bilingual, standard 5): Welsh first, both bodies', () => {
    expect([reminder.date, reminder.dueDate]).toEqual(['2026-01-07', '2026-01-09']);
    const email = emails.email(kase, reminder, officer);
    expect(email.subject).toBe('Cwyn W/7 – trafodaeth erbyn 9 Ionawr 2026 / Complaint W/7 – discussion by 9 January 2026');
    expect(email.text).toBe(`${WELSH_TEXT}\n\n${TEXT_RULE}\n\n${ENGLISH_TEXT}`);
    expect(email.html).toBe(
      '<div lang="cy"><p>Complaints Officer,</p>\n<p>Rhaid i’r drafodaeth datrys yn lleol ar gyfer cwyn W/7 ddigwydd erbyn 9 Ionawr 2026.</p></div>' +
        '<hr>' +
        '<div lang="en"><p>Complaints Officer,</p>\n<p>The local resolution discussion for complaint W/7 must take place by 9 January 2026.</p></div>',
    );
    expect([email.to, email.cc, email.fellBack, email.template, email.key]).toEqual([
      [{ name: 'Complaints Officer', email: 'co@example.gov.wales' }],
      [],
      [],
      'discussion-reminder',
      'W/7|local-resolution|discussion-reminder|2026-01-09',
    ]);
    expect(Object.isFrozen(email)).toBe(true);
  });

  it('one body only when asked, and Welsh only for a Welsh-language case', () => {
    const text = emails.email(kase, reminder, officer, { format: 'text', language: 'welsh' });
    expect('html' in text).toBe(false);
    expect([text.subject, text.text]).toEqual(['Cwyn W/7 – trafodaeth erbyn 9 Ionawr 2026', WELSH_TEXT]);
    const html = emails.email(kase, reminder, officer, { format: 'html', language: 'welsh' });
    expect('text' in html).toBe(false);
    expect(html.subject).toBe('Cwyn W/7 – trafodaeth erbyn 9 Ionawr 2026');
    expect(html.html).toContain('Rhaid i’r drafodaeth datrys yn lleol ar gyfer cwyn W/7 ddigwydd erbyn 9 Ionawr 2026.');
    expect(html.html).not.toContain('The local resolution');
  });

  it('English when asked for (a council whose chasing emails go only to its staff)', () => {
    const email = emails.email(kase, reminder, officer, { language: 'english', format: 'text' });
    expect([email.subject, email.text]).toEqual(['Complaint W/7 – discussion by 9 January 2026', ENGLISH_TEXT]);
  });

  it('an unknown language and malformed Welsh values are refused, naming the option', () => {
    expect(caught(() => emails.email(kase, reminder, officer, { language: 'french' as never }))).toMatchObject({ code: 'invalid-argument', path: 'options.language' });
    expect(caught(() => emailForReminder(council, kase, reminder, officer, { language: 'french' as never }))).toMatchObject({
      code: 'invalid-argument',
      path: 'options.language',
    });
    for (const bad of ['x', [], 42]) {
      expect(caught(() => emails.email(kase, reminder, officer, { welshValues: bad as never }))).toMatchObject({ code: 'invalid-argument', path: 'options.welshValues' });
      expect(caught(() => emailForReminder(council, kase, reminder, officer, { welshValues: bad as never }))).toMatchObject({
        code: 'invalid-argument',
        path: 'options.welshValues',
      });
    }
  });
});

describe('errors: typed, naming the field, never echoing a value', () => {
  const MARKER = 'MARKER-51a0';
  const kase = openCase(dudley, { reference: `REF-${MARKER}`, receivedAt: '2025-12-19' });
  const first = reminderOf(dudley, kase, 'first-reminder');
  const emails = createReminderEmails(createWorkflow(dudley));
  /** Each failure through both functions. */
  const through = (r: unknown, options?: unknown, k: Case = kase): (() => unknown)[] => [
    () => emails.email(k, r as ScheduledReminder, directory, options as never),
    () => emailForReminder(dudley, k, r as ScheduledReminder, directory, options as never),
  ];
  const expectError = (fs: (() => unknown)[], type: abstract new (...args: never[]) => Error, code: string, path: string, words: string) => {
    for (const f of fs) {
      const e = caught(f) as InvalidArgumentError;
      expect(e).toBeInstanceOf(type);
      expect([e.code, e.path]).toEqual([code, path]);
      expect(e.message.startsWith(`${path}: `)).toBe(true);
      expect(e.message).toContain(words);
      for (const text of [e.message, String(e), JSON.stringify(e)]) expect(text).not.toContain(MARKER);
    }
  };

  it('a reminder that is not an object', () => {
    for (const bad of [null, undefined, `reminder ${MARKER}`, 42])
      expectError(through(bad), InvalidArgumentError, 'invalid-argument', 'reminder', 'must be a reminder from reminderSchedule or remindersDue');
  });

  it('each of key, reference, stage and template must be a string', () => {
    for (const field of ['key', 'reference', 'stage', 'template']) {
      for (const bad of [undefined, 42, { text: MARKER }])
        expectError(through({ ...first, [field]: bad }), InvalidArgumentError, 'invalid-argument', `reminder.${field}`, 'must be a string');
    }
  });

  it("a reminder of another case (the other case's reference never named)", () => {
    const other = openCase(dudley, { reference: `OTHER-${MARKER}`, receivedAt: '2025-12-19' });
    expectError(
      through(reminderOf(dudley, other, 'first-reminder')),
      InvalidArgumentError,
      'invalid-argument',
      'reminder.reference',
      'must be the reference of the case passed with it',
    );
  });

  it('a date or due date that is not a calendar date', () => {
    for (const field of ['date', 'dueDate']) {
      for (const bad of [undefined, '2026-02-30', `2026-01-07 ${MARKER}`, 20260107])
        expectError(through({ ...first, [field]: bad }), InvalidDateError, 'invalid-date', `reminder.${field}`, 'YYYY-MM-DD');
    }
  });

  it('a stage or template the policy lacks, inherited names included', () => {
    for (const stage of ['stage-9', 'toString', '__proto__']) {
      expectError(
        through({ ...first, stage }),
        InvalidArgumentError,
        'invalid-argument',
        'reminder.stage',
        'must be a stage of the case type: stage-1, stage-2, stage-3',
      );
    }
    for (const template of ['no-such-template', 'constructor', 'hasOwnProperty']) {
      expectError(through({ ...first, template }), InvalidArgumentError, 'invalid-argument', 'reminder.template', "must be the id of one of the policy's templates: ");
      for (const f of through({ ...first, template })) expect((caught(f) as Error).message).toMatch(/\breminder\b.*\bdue-date-reminder\b.*\boverdue-reminder\b/);
    }
  });

  it('options that are not an object, and values that are not an object', () => {
    for (const bad of [`html ${MARKER}`, 42]) expectError(through(first, bad), InvalidArgumentError, 'invalid-argument', 'options', 'must be an object such as {');
    for (const bad of [`values ${MARKER}`, [MARKER], 42]) {
      expectError(through(first, { values: bad }), InvalidArgumentError, 'invalid-argument', 'options.values', 'must be an object mapping placeholder names to values');
    }
  });

  it('a value for a placeholder the library fills', () => {
    expectError(
      through(first, { values: { Due_Date: '2026-02-01', Reference: MARKER } }),
      InvalidArgumentError,
      'invalid-argument',
      'options.values.Due_Date',
      'due date',
    );
    for (const f of through(first, { values: { Due_Date: '2026-02-01' } })) expect((caught(f) as Error).message).not.toContain('2026-02-01');
  });

  it('an unknown format', () => {
    expectError(
      [() => emails.email(kase, first, directory, { format: 'pdf' as never })],
      InvalidArgumentError,
      'invalid-argument',
      'options.format',
      "must be 'text', 'html' or 'both'",
    );
    expectError([() => emailForReminder(dudley, kase, first, directory, { format: 'pdf' as never })], InvalidArgumentError, 'invalid-argument', 'options.format', 'text');
  });

  it('createReminderEmails refuses what is not a workflow engine', () => {
    for (const bad of [
      null,
      undefined,
      'dudley',
      dudley,
      {},
      { snapshot: () => undefined },
      { snapshot: 'x', policy: dudley },
      { snapshot: () => undefined, policy: null },
    ]) {
      const e = caught(() => createReminderEmails(bad as never)) as InvalidArgumentError;
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect([e.code, e.path, e.message]).toEqual(['invalid-argument', 'workflow', 'workflow: must be a workflow engine from createWorkflow(policy).']);
    }
    const wf = createWorkflow(dudley);
    expect(createReminderEmails(wf).workflow).toBe(wf);
  });

  it("Notify's 2,000,000-byte limit holds whichever body is asked for", () => {
    const referral = { ...first, id: 'new-referral', template: 'new-referral' };
    const values = { 'complainant name': 'Sam', details: 'x'.repeat(2_000_001) };
    for (const format of ['text', 'html', 'both'] as const) {
      const e = caught(() => emails.email(kase, referral, directory, { format, values })) as TemplateTooLargeError;
      expect(e).toBeInstanceOf(TemplateTooLargeError);
      expect(e.limit).toBe(2_000_000);
    }
  });
});

describe('createReminderEmails agrees with emailForReminder over many messages', () => {
  // Every reminder of a set of Dudley cases (open, extended, late, at stage 2), in both formats, through one engine:
  // the fast path parses each template once and remembers recipients and bodies, and must give the same emails.
  const late = applyEvent(dudley, received, { type: 'response-sent', on: '2026-01-09', outcome: 'upheld' });
  const cases = [received, extended, late, atStage2, openCase(dudley, { reference: 'XYZ/9', receivedAt: '2026-01-05' })];
  const dirs = [directory, {}, { 'team-manager': { name: 'Another Manager', email: 'another@example.gov.uk' } }];

  it('the same subject, bodies, recipients, key and personalisation for each', () => {
    const emails = createReminderEmails(createWorkflow(dudley));
    let count = 0;
    for (const kase of cases) {
      for (const r of reminderSchedule(dudley, kase)) {
        for (const dir of dirs) {
          const fast = emails.email(kase, r, dir, { values: REFERRAL_VALUES });
          const text = emailForReminder(dudley, kase, r, dir, { values: REFERRAL_VALUES, format: 'text' });
          const html = emailForReminder(dudley, kase, r, dir, { values: REFERRAL_VALUES, format: 'html' });
          expect(fast).toEqual({
            to: text.to,
            cc: text.cc,
            fellBack: text.fellBack,
            subject: text.subject,
            text: text.body,
            html: html.body,
            template: text.template,
            key: text.key,
            personalisation: text.personalisation,
          });
          expect(html.subject).toBe(text.subject);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(60);
  });
});

describe('a template body with character references', () => {
  // Notify's HTML email decodes character references in the template (`&lpar;` is "(", as in test/chase/run.test.ts);
  // Dudley's A case: due Wednesday 7 January 2026; the stage's title from england-children-2006.yaml.
  const policy = parsePolicy({
    id: 'dudley-references',
    extends: 'dudley',
    title: 'Dudley with a test template',
    version: '1.0.0',
    effectiveFrom: '2025-01-01',
    templates: { refs: { subject: 'Ref ((reference))', body: 'Due ((due date)) &lpar;today&rpar;\n\n* ((stage))', source: 'local: test template' } },
  });
  const kase = openCase(policy, { reference: 'ABC/123', receivedAt: '2025-12-19' });
  const r = { ...reminderOf(policy, kase, 'due-date-reminder'), template: 'refs' };

  it('both bodies, and each alone, from one engine', () => {
    const emails = createReminderEmails(createWorkflow(policy));
    for (const format of ['html', 'text', 'both'] as const) {
      const email = emails.email(kase, r, directory, { format });
      if (format !== 'text') expect(email.html).toBe('<p>Due Wednesday 7 January 2026 (today)</p>\n<ul>\n<li>Stage 1 – local resolution</li>\n</ul>');
      if (format !== 'html') expect(email.text).toBe('Due Wednesday 7 January 2026 (today)\n\n• Stage 1 – local resolution');
      expect(email.subject).toBe('Ref ABC/123');
      expect(email.personalisation).toEqual({ reference: 'ABC/123', 'due date': 'Wednesday 7 January 2026', stage: 'Stage 1 – local resolution' });
    }
  });
});

describe('a GOV.UK feed passed to emailForReminder', () => {
  // GOV.UK's England-and-Wales list for 2026 as published (https://www.gov.uk/bank-holidays.json), as
  // test/workflow/feed.test.ts gives it, plus a bank holiday INVENTED FOR THE TEST on Monday 12 January 2026. A
  // reminder of Tuesday 13 January for a due date of Wednesday 7 January: without the feed 4 working days overdue
  // (Thu 8, Fri 9, Mon 12, Tue 13); with it 3 (Thu 8, Fri 9, Tue 13).
  const feed = parseGovUkBankHolidays({
    'england-and-wales': {
      division: 'england-and-wales',
      events: [
        { title: 'New Year’s Day', date: '2026-01-01', notes: '', bunting: true },
        { title: 'Proclaimed bank holiday (test)', date: '2026-01-12', notes: 'Extra bank holiday', bunting: true },
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
  const policy = parsePolicy({
    id: 'dudley-feed',
    extends: 'dudley',
    title: 'Dudley with a test template',
    version: '1.0.0',
    effectiveFrom: '2025-01-01',
    templates: { overdue: { subject: 'Ref ((reference))', body: '((working days overdue)) working days overdue.', source: 'local: test template' } },
  });
  const kase = openCase(policy, { reference: 'ABC/123', receivedAt: '2025-12-19' });
  const r = { ...reminderOf(policy, kase, 'first-overdue-reminder'), date: '2026-01-13', template: 'overdue' } as ScheduledReminder;

  it('counts working days on the feed’s calendar', () => {
    expect(emailForReminder(policy, kase, r, directory).body).toBe('4 working days overdue.');
    expect(emailForReminder(policy, kase, r, directory, { feed }).body).toBe('3 working days overdue.');
  });
});
