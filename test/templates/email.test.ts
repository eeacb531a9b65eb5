// emailForReminder: a preset's template, a case and a reminder put together into an email ready to send.
//
// Dates worked out by hand on the England and Wales calendar (GOV.UK bank holidays: Thu 25 Dec 2025 Christmas Day,
// Fri 26 Dec 2025 Boxing Day, Thu 1 Jan 2026 New Year's Day). A case received Fri 19 Dec 2025 counts its 10
// working days as Mon 22 (1), Tue 23 (2), Wed 24 (3), [Thu 25, Fri 26, Sat 27, Sun 28 skipped], Mon 29 (4),
// Tue 30 (5), Wed 31 (6), [Thu 1 Jan skipped], Fri 2 (7), [Sat 3, Sun 4], Mon 5 (8), Tue 6 (9), Wed 7 Jan 2026 (10).
// Dudley's ladder (seed: "Children's Complaints – Referral & Follow Up Action"): 5 working days before the due date
// is Tue 30 Dec 2025; 3 before is Fri 2 Jan 2026; 3 after is Mon 12 Jan 2026.
// Roles and invented values only: no names of staff or complainants.
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import { applyEvent, emailForReminder, getPolicy, InvalidArgumentError, MissingPersonalisationError, openCase, reminderSchedule, type Case } from '../../src/index.js';
import { MissingRecipientError, type ScheduledReminder } from '../../src/workflow/index.js';

const dudley = getPolicy('dudley');
const MAILBOX = { name: "Children's Complaints Team", email: 'complaints.socialcare@dudley.gov.uk' };

const directory = {
  'team-manager': { name: 'Team Manager', email: 'team.manager@example.gov.uk' },
  'service-manager': { name: 'Service Manager', email: 'service.manager@example.gov.uk' },
  'personal-assistant': { name: 'Personal Assistant', email: 'pa@example.gov.uk' },
  'head-of-service': { name: 'Head of Service', email: 'hos@example.gov.uk' },
  director: { name: 'Director', email: 'director@example.gov.uk' },
};

function received19Dec(reference = 'ABC/123'): Case {
  return openCase(dudley, { reference, receivedAt: '2025-12-19' });
}

function reminder(kase: Case, id: string): ScheduledReminder {
  const found = reminderSchedule(dudley, kase).find((r) => r.id === id);
  if (!found) throw new Error(`no reminder ${id}`);
  return found;
}

describe('Dudley, received Friday 19 December 2025: stage 1 due Wednesday 7 January 2026', () => {
  const kase = received19Dec();

  it('the 1st reminder (Tuesday 30 December 2025) goes to the responder, copying in the service manager and PA', () => {
    const first = reminder(kase, 'first-reminder');
    expect(first.date).toBe('2025-12-30');
    const email = emailForReminder(dudley, kase, first, directory);
    expect(email).toEqual({
      to: [{ name: 'Team Manager', email: 'team.manager@example.gov.uk' }],
      cc: [
        { name: 'Service Manager', email: 'service.manager@example.gov.uk' },
        { name: 'Personal Assistant', email: 'pa@example.gov.uk' },
      ],
      fellBack: [],
      subject: 'Complaint Ref ABC/123 – response due Wednesday 7 January 2026',
      body:
        'Team Manager,\n\n' +
        'Please note that the deadline for responding to this complaint is Wednesday 7 January 2026. Please let us know your current progress and confirm whether you will be able to complete the response by the due date.\n\n' +
        'PLEASE NOTE: an explanation will be required if the response due date is exceeded.',
      template: 'reminder',
      key: 'ABC/123|stage-1|first-reminder|2026-01-07',
      // Dudley's case has no language preference and Dudley's preset none of its own: English.
      language: 'english',
      personalisation: { reference: 'ABC/123', 'due date': 'Wednesday 7 January 2026', 'recipient name': 'Team Manager' },
    });
  });

  it('the 1st reminder as HTML', () => {
    const email = emailForReminder(dudley, kase, reminder(kase, 'first-reminder'), directory, { format: 'html' });
    expect(email.subject).toBe('Complaint Ref ABC/123 – response due Wednesday 7 January 2026');
    expect(email.body).toBe(
      '<p>Team Manager,</p>\n' +
        '<p>Please note that the deadline for responding to this complaint is Wednesday 7 January 2026. Please let us know your current progress and confirm whether you will be able to complete the response by the due date.</p>\n' +
        '<p>PLEASE NOTE: an explanation will be required if the response due date is exceeded.</p>',
    );
  });

  it('the 2nd reminder (Friday 2 January 2026) also copies in the head of service', () => {
    const second = reminder(kase, 'second-reminder');
    expect(second.date).toBe('2026-01-02');
    const email = emailForReminder(dudley, kase, second, directory);
    expect(email.cc.map((c) => c.email)).toEqual(['service.manager@example.gov.uk', 'pa@example.gov.uk', 'hos@example.gov.uk']);
    expect(email.template).toBe('reminder');
  });

  it('the 1st overdue reminder (Monday 12 January 2026) gives the due date in the short style', () => {
    const overdue = reminder(kase, 'first-overdue-reminder');
    expect(overdue.date).toBe('2026-01-12');
    const email = emailForReminder(dudley, kase, overdue, directory);
    expect(email.subject).toBe('Complaint Ref ABC/123 – response overdue since 7 January 2026');
    expect(email.body.startsWith('Team Manager,\n\nPlease let us know your current progress and when the response will be completed.')).toBe(true);
  });

  it('the 4th overdue reminder also copies in the director', () => {
    const email = emailForReminder(dudley, kase, reminder(kase, 'fourth-overdue-reminder'), directory);
    expect(email.cc.map((c) => c.name)).toEqual(['Service Manager', 'Personal Assistant', 'Head of Service', 'Director']);
  });

  it('the due-date reminder names the complaints team from the preset', () => {
    const email = emailForReminder(dudley, kase, reminder(kase, 'due-date-reminder'), directory);
    expect(email.subject).toBe('Complaint Ref ABC/123 – response due today');
    expect(email.body).toContain('and tell the Children’s Complaints Team if a later response date has been agreed.');
  });

  it('a role missing from the directory falls back to the complaints mailbox', () => {
    const { 'personal-assistant': _pa, ...withoutPa } = directory;
    const email = emailForReminder(dudley, kase, reminder(kase, 'first-reminder'), withoutPa);
    expect(email.cc).toEqual([{ name: 'Service Manager', email: 'service.manager@example.gov.uk' }, MAILBOX]);
    expect(email.fellBack).toEqual(['personal-assistant']);
  });

  it('with no directory entry for the responder, the email is addressed to the complaints mailbox by its name', () => {
    const email = emailForReminder(dudley, kase, reminder(kase, 'first-reminder'), {});
    expect(email.to).toEqual([MAILBOX]);
    expect(email.cc).toEqual([]); // the mailbox once, in `to`
    expect(email.fellBack).toEqual(['team-manager', 'service-manager', 'personal-assistant']);
    // The body gets Notify's typography pass (smart apostrophe); the `to` name is kept as the preset writes it.
    expect(email.body.startsWith('Children’s Complaints Team,\n\n')).toBe(true);
  });

  it('addresses are de-duplicated ignoring case, and nobody is in both to and cc', () => {
    const shared = {
      'team-manager': { name: 'Team Manager', email: 'manager@example.gov.uk' },
      'service-manager': { name: 'Service Manager', email: 'MANAGER@example.gov.uk' },
      'personal-assistant': { name: 'Personal Assistant', email: 'pa@example.gov.uk' },
      'head-of-service': { name: 'Head of Service', email: 'PA@Example.gov.uk' },
    };
    const email = emailForReminder(dudley, kase, reminder(kase, 'second-reminder'), shared);
    expect(email.to).toEqual([{ name: 'Team Manager', email: 'manager@example.gov.uk' }]);
    expect(email.cc).toEqual([{ name: 'Personal Assistant', email: 'pa@example.gov.uk' }]);
  });

  it('the referral email (not on the ladder) takes the complainant name and details from the values', () => {
    const referral = { ...reminder(kase, 'first-reminder'), id: 'new-referral', template: 'new-referral', date: '2025-12-19' as ScheduledReminder['date'] };
    const values = { 'complainant name': 'Sam Example', details: 'contact arrangements' };
    const email = emailForReminder(dudley, kase, referral, directory, { values });
    expect(email.subject).toBe('Complaint Ref ABC/123 re/from Sam Example – Due date 7 January 2026');
    expect(email.body).toBe(
      'Team Manager,\n\n' +
        'If it is not appropriate for you to respond, please let us know as soon as possible.\n\n' +
        'Please see the attached complaint from Sam Example about contact arrangements. Please investigate the issues raised and send your response by 7 January 2026. Please send a copy of your response, with the completed Monitoring and Learning Form (attached), to the complaints mailbox: complaints.socialcare@dudley.gov.uk.\n\n' +
        'PLEASE NOTE: an explanation will be required if the response due date is exceeded. Data on response times is shared with senior managers and presented to the Scrutiny Committee. Members have specifically asked for information about overdue complaints and the reasons for them.',
    );
    const missing = caught(() => emailForReminder(dudley, kase, referral, directory)) as MissingPersonalisationError;
    expect(missing).toBeInstanceOf(MissingPersonalisationError);
    expect(missing.names).toEqual(['complainant name', 'details']);
  });

  it('refuses a value for a placeholder the library fills, naming the key and not the value', () => {
    const e = caught(() => emailForReminder(dudley, kase, reminder(kase, 'first-reminder'), directory, { values: { Due_Date: '2026-02-01' } })) as InvalidArgumentError;
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.path).toBe('options.values.Due_Date');
    expect(e.message).not.toContain('2026-02-01');
  });

  it('values for placeholders the template does not use are ignored', () => {
    const email = emailForReminder(dudley, kase, reminder(kase, 'first-reminder'), directory, { values: { 'complainant name': 'Sam Example', unused: 'x' } });
    expect(email.body).not.toContain('Sam Example');
  });

  it('refuses a reminder of another case, an unknown template and an unknown stage', () => {
    const other = received19Dec('XYZ/9');
    const first = reminder(other, 'first-reminder');
    expect((caught(() => emailForReminder(dudley, kase, first, directory)) as InvalidArgumentError).path).toBe('reminder.reference');
    const mine = reminder(kase, 'first-reminder');
    expect((caught(() => emailForReminder(dudley, kase, { ...mine, template: 'no-such-template' }, directory)) as InvalidArgumentError).path).toBe('reminder.template');
    expect((caught(() => emailForReminder(dudley, kase, { ...mine, stage: 'stage-9' }, directory)) as InvalidArgumentError).path).toBe('reminder.stage');
    expect(caught(() => emailForReminder(dudley, kase, mine, directory, { format: 'pdf' as 'html' }))).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('after a late response (Friday 9 January 2026, two working days after the due date)', () => {
  const late = applyEvent(dudley, received19Dec(), { type: 'response-sent', on: '2026-01-09', outcome: 'upheld' });

  it('the reason-for-delay request goes to the responder and lists the five reasons', () => {
    const request = reminder(late, 'delay-reason-request');
    expect([request.date, request.dueDate, request.template]).toEqual(['2026-01-09', '2026-01-07', 'reason-for-delay-request']);
    const text = emailForReminder(dudley, late, request, directory);
    expect(text.to).toEqual([{ name: 'Team Manager', email: 'team.manager@example.gov.uk' }]);
    expect(text.subject).toBe('Complaint Ref ABC/123 – reason for delay required');
    // The five reasons of Dudley's "Action After Response" (codes Z040–Z044), numbered as the seed numbers them, as
    // the preset labels them, and the seed's reply line.
    expect(text.body).toContain(
      'under one or more of the following –\n\n1. Complex case\n2. Multiple teams involved\n3. Staff absence\n4. Other urgent work\n5. Other (specify)\n\nReason number – Additional information about delay -',
    );
    const html = emailForReminder(dudley, late, request, directory, { format: 'html' });
    expect(html.body).toContain(
      '<ol>\n<li>Complex case</li>\n<li>Multiple teams involved</li>\n<li>Staff absence</li>\n<li>Other urgent work</li>\n<li>Other (specify)</li>\n</ol>',
    );
    // Sent to Notify as one string of numbered lines, which Notify's Markdown renders as the same numbered list.
    expect(text.personalisation['delay reasons']).toBe('1. Complex case\n2. Multiple teams involved\n3. Staff absence\n4. Other urgent work\n5. Other (specify)');
  });

  it('with no reason recorded, the senior manager is asked 10 working days later (Friday 23 January 2026)', () => {
    // Fri 9 Jan + 10 working days: Mon 12 … Fri 16 (5), Mon 19 … Fri 23 (10).
    const followUp = reminder(late, 'delay-reason-follow-up');
    expect(followUp.date).toBe('2026-01-23');
    const email = emailForReminder(dudley, late, followUp, directory);
    expect(email.to).toEqual([{ name: 'Service Manager', email: 'service.manager@example.gov.uk' }]);
    expect(email.subject).toBe('Complaint Ref ABC/123 – reason for delay not received');
    expect(email.body.startsWith('Service Manager,\n\nThe above complaint has been completed but a reason for the delay has not been received.')).toBe(true);
  });
});

describe('a mayoral borough: working days overdue, and no mailbox to fall back to', () => {
  const borough = getPolicy('mayoral-borough');
  const kase = openCase(borough, { reference: 'CSC-7', receivedAt: '2025-12-19' });
  const boroughDirectory = {
    'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' },
    'service-manager': { name: 'Service Manager', email: 'sm@example.gov.uk' },
  };

  it('the 2nd overdue chase (Thursday 15 January 2026) says 6 working days overdue', () => {
    // Due Wed 7 Jan 2026; +6 working days: Thu 8, Fri 9, Mon 12, Tue 13, Wed 14, Thu 15.
    const second = reminderSchedule(borough, kase).find((r) => r.id === 'second-overdue-chase')!;
    expect(second.date).toBe('2026-01-15');
    const email = emailForReminder(borough, kase, second, boroughDirectory);
    expect(email.subject).toBe('Complaint CSC-7 – response overdue');
    expect(email.body).toContain('Complaint CSC-7, Stage 1 – local resolution: the response was due on Wednesday 7 January 2026 and is now 6 working days overdue.');
  });

  it('a missing role with no complaints mailbox is a MissingRecipientError naming the role', () => {
    const first = reminderSchedule(borough, kase)[0]!;
    const e = caught(() => emailForReminder(borough, kase, first, { 'team-manager': boroughDirectory['team-manager'] })) as MissingRecipientError;
    expect(e).toBeInstanceOf(MissingRecipientError);
    expect(e.roles).toEqual(['service-manager']);
  });
});

describe('hostile values are neutralised in the whole email', () => {
  const kase = received19Dec();
  const referral = { ...reminder(kase, 'first-reminder'), id: 'new-referral', template: 'new-referral' };

  it('a value cannot add a header: CR and LF in the subject become spaces', () => {
    const email = emailForReminder(dudley, kase, referral, directory, {
      values: { 'complainant name': 'Sam\r\nBcc: x@y.example', details: 'x' },
    });
    expect(email.subject).toBe('Complaint Ref ABC/123 re/from Sam Bcc: x@y.example – Due date 7 January 2026');
    expect(email.subject).not.toMatch(/[\r\n]/);
    expect([...email.to, ...email.cc].map((c) => c.email)).toEqual(['team.manager@example.gov.uk', 'service.manager@example.gov.uk', 'pa@example.gov.uk']);
  });

  it('a directory name cannot add a header either: recipients are one line', () => {
    const hostile = { ...directory, 'team-manager': { name: 'Team\r\nBcc: x@y.example\u2028Manager', email: 'team.manager@example.gov.uk' } };
    const email = emailForReminder(dudley, kase, referral, hostile, { values: { 'complainant name': 'Sam', details: 'x' } });
    expect(email.to).toEqual([{ name: 'Team Bcc: x@y.example Manager', email: 'team.manager@example.gov.uk' }]);
    expect(email.body.startsWith('Team Bcc: x@y.example Manager,\n')).toBe(true);
  });

  it('markup in values is escaped in the HTML body; the subject is plain header text', () => {
    const email = emailForReminder(dudley, kase, referral, directory, {
      format: 'html',
      values: { 'complainant name': '<script>alert(1)</script>', details: '" onmouseover="alert(1)' },
    });
    expect(email.subject).toBe('Complaint Ref ABC/123 re/from <script>alert(1)</script> – Due date 7 January 2026');
    expect(email.body).toContain('Please see the attached complaint from &lt;script&gt;alert(1)&lt;/script&gt; about ');
    expect(email.body).not.toContain('<script');
    // The quotes are escaped or made typographic, never a raw `"` that could close an attribute.
    expect(email.body).not.toContain('"');
  });

  it('a javascript: value is text, never a link', () => {
    const email = emailForReminder(dudley, kase, referral, directory, {
      format: 'html',
      values: { 'complainant name': 'Sam', details: 'javascript:alert(1)' },
    });
    expect(email.body).toContain('about javascript:alert(1). Please');
    expect(email.body).not.toContain('href="javascript');
  });
});

describe('a marker placed in every value never appears in an error message', () => {
  const MARKER = 'MARKER-7c1e';
  const kase = received19Dec(`REF-${MARKER}`);
  const markedDirectory = {
    'team-manager': { name: `TM ${MARKER}`, email: `tm.${MARKER}@example.gov.uk` },
    'service-manager': { name: `SM ${MARKER}`, email: `sm.${MARKER}@example.gov.uk` },
  };
  const first = reminder(kase, 'first-reminder');
  const referral = { ...first, id: 'new-referral', template: 'new-referral' };
  const marked = { 'complainant name': `Sam ${MARKER}`, details: `details ${MARKER}`, 'extension reason': MARKER };

  const failures: [string, () => unknown][] = [
    ['a missing value', () => emailForReminder(dudley, kase, referral, markedDirectory, { values: { details: marked.details } })],
    ['a value the library fills', () => emailForReminder(dudley, kase, referral, markedDirectory, { values: { ...marked, reference: MARKER } })],
    [
      'a malformed date value',
      () => emailForReminder(dudley, kase, { ...first, template: 'panel-hearing-notice' }, markedDirectory, { values: { ...marked, 'hearing date': { date: MARKER } } }),
    ],
    [
      'an impossible date',
      () => emailForReminder(dudley, kase, { ...first, template: 'panel-hearing-notice' }, markedDirectory, { values: { ...marked, 'hearing date': '2026-02-30' } }),
    ],
    ['a value of the wrong type', () => emailForReminder(dudley, kase, referral, markedDirectory, { values: { ...marked, details: [MARKER, () => MARKER] as never } })],
    ['a malformed directory entry', () => emailForReminder(dudley, kase, first, { ...markedDirectory, 'team-manager': { name: MARKER, email: MARKER } })],
    ['a reminder of another case', () => emailForReminder(dudley, received19Dec(`OTHER-${MARKER}`), first, markedDirectory, { values: marked })],
  ];

  for (const [what, f] of failures) {
    it(what, () => {
      const e = caught(f);
      expect(e).toBeInstanceOf(Error);
      expect((e as Error).message).not.toContain(MARKER);
      expect(String(e)).not.toContain(MARKER);
      expect(JSON.stringify(e)).not.toContain(MARKER);
    });
  }
});
