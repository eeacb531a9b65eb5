// Reminder emails (src/templates/email.ts), cases the mutation run of issue 18 found untested: both functions
// (emailForReminder and createReminderEmails) on the same inputs, with answers worked out by hand below.
//
// Dates on the England and Wales calendar (GOV.UK bank holidays: Thu 25 Dec 2025 Christmas Day, Fri 26 Dec Boxing
// Day, Thu 1 Jan 2026 New Year's Day; none after that until Good Friday, 3 April 2026):
// - Dudley, received Fri 19 Dec 2025: stage 1's 10 working days (22, 23, 24, 29, 30, 31 Dec, 2, 5, 6, 7 Jan) end
//   Wednesday 7 January 2026; the 1st reminder, 5 working days before it, is Tue 30 Dec 2025.
// - Answered Wed 7 Jan 2026 and stage 2 asked for on Mon 12 Jan 2026; answered Fri 13 Feb, the panel asked for
//   Mon 16 Feb 2026; a hearing arranged on Tue 17 Feb for Monday 9 March 2026, and held that day.
// Roles and invented values only.
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import {
  createWorkflow,
  emailForReminder,
  InvalidArgumentError,
  InvalidDateError,
  MissingPersonalisationError,
  parsePolicy,
  type Case,
  type Policy,
} from '../../src/index.js';
import { createReminderEmails, TemplateTooLargeError } from '../../src/templates/index.js';
import type { ScheduledReminder } from '../../src/workflow/index.js';

const directory = {
  'team-manager': { name: 'Team Manager', email: 'team.manager@example.gov.uk' },
  'service-manager': { name: 'Service Manager', email: 'service.manager@example.gov.uk' },
  'personal-assistant': { name: 'Personal Assistant', email: 'pa@example.gov.uk' },
};

/** The text body from both functions, English. */
function bodies(policy: Policy, kase: Case, r: ScheduledReminder, values?: object): string[] {
  return [
    createReminderEmails(createWorkflow(policy)).email(kase, r, directory, { format: 'text', values } as never).text!,
    emailForReminder(policy, kase, r, directory, { format: 'text', values } as never).body,
  ];
}

/** What both functions throw. */
function errors(policy: Policy, kase: Case, r: ScheduledReminder, options?: unknown): unknown[] {
  return [
    caught(() => createReminderEmails(createWorkflow(policy)).email(kase, r, directory, options as never)),
    caught(() => emailForReminder(policy, kase, r, directory, options as never)),
  ];
}

// Dudley extended with test templates and, on its complaint, a pause of the clock (the clock-stop values are read
// from the reminder's own stage: a stop in another stage is not the reminder's).
const probe = parsePolicy({
  id: 'dudley-mutation-probe',
  extends: 'dudley',
  title: 'Dudley with test templates',
  version: '1.0.0',
  effectiveFrom: '2025-01-01',
  caseTypes: {
    'statutory-complaint': {
      clockStops: {
        'waiting-for-complainant': {
          title: 'Waiting for the complainant',
          effect: 'pause',
          effectiveFrom: '2020-01-01',
          source: 'local: test clock stop',
        },
      },
    },
  },
  templates: {
    hearing: { subject: 'Hearing for ((reference))', body: 'The panel meets on ((hearing date)).', source: 'local: test template' },
    'stop-reason': { subject: 'Ref ((reference))', body: 'Stopped: ((clock stop reason)).', source: 'local: test template' },
    'stop-restarted': { subject: 'Ref ((reference))', body: 'Ran again on ((clock restarted date)).', source: 'local: test template' },
  },
});
const wf = createWorkflow(probe);
const received = wf.openCase({ reference: 'ABC/123', receivedAt: '2025-12-19' });
const first = wf.reminderSchedule(received).find((r) => r.id === 'first-reminder')!;
const as = (r: ScheduledReminder, fields: Record<string, unknown>) => ({ ...r, ...fields });

describe('options that are null are refused as options that are not an object (both functions)', () => {
  it('null options: InvalidArgumentError naming `options`', () => {
    for (const e of errors(probe, received, first, null)) {
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('options');
    }
  });
});

describe('the hearing date is the last hearing *arranged*, whatever events come after it', () => {
  it('after the hearing is held (Monday 9 March 2026), the date is still the one arranged', () => {
    const atStage2 = wf.applyEvent(wf.applyEvent(received, { type: 'response-sent', on: '2026-01-07', outcome: 'not-upheld' }), {
      type: 'next-stage-requested',
      on: '2026-01-12',
    });
    const requested = wf.applyEvent(wf.applyEvent(atStage2, { type: 'response-sent', on: '2026-02-13', outcome: 'not-upheld' }), {
      type: 'panel-requested',
      on: '2026-02-16',
    });
    const arranged = wf.applyEvent(requested, { type: 'hearing-arranged', on: '2026-02-17', hearingDate: '2026-03-09' });
    const held = wf.applyEvent(arranged, { type: 'hearing-held', on: '2026-03-09' });
    const r = as(first, { key: 'ABC/123|stage-3|chase|2026-03-20', stage: 'stage-3', date: '2026-03-10', dueDate: '2026-03-20', template: 'hearing' });
    for (const body of bodies(probe, held, r)) expect(body).toBe('The panel meets on Monday 9 March 2026.');
  });
});

describe('a reminder with nobody to address: the recipient name is the caller’s to give', () => {
  it('no `to` roles: MissingPersonalisationError names `recipient name`; given, it is written', () => {
    const nobody = as(first, { to: [], cc: [] });
    for (const e of errors(probe, received, nobody)) {
      expect(e).toBeInstanceOf(MissingPersonalisationError);
      expect((e as MissingPersonalisationError).names).toEqual(['recipient name']);
    }
    // Dudley's 1st reminder opens with the recipient's name and a comma (dudley.yaml, the seed's wording).
    for (const body of bodies(probe, received, nobody, { 'recipient name': 'Colleagues' })) expect(body.split('\n')[0]).toBe('Colleagues,');
  });
});

describe("the clock-stop values come from the last stop of the reminder's own stage", () => {
  // Stage 1 paused from Mon 22 Dec 2025 to Mon 29 Dec 2025, then answered on Wed 14 Jan 2026 and stage 2 asked for on
  // Mon 19 Jan 2026; stage 2 paused on Tue 20 Jan 2026 and still paused.
  const paused = wf.applyEvent(wf.applyEvent(received, { type: 'clock-stopped', on: '2025-12-22', reason: 'waiting-for-complainant' }), {
    type: 'clock-resumed',
    on: '2025-12-29',
  });
  const stage2 = wf.applyEvent(wf.applyEvent(paused, { type: 'response-sent', on: '2026-01-14', outcome: 'not-upheld' }), {
    type: 'next-stage-requested',
    on: '2026-01-19',
  });
  const stage2Paused = wf.applyEvent(stage2, { type: 'clock-stopped', on: '2026-01-20', reason: 'waiting-for-complainant' });

  it("a stage-1 reminder written while stage 2 runs: stage 1's stop, ended on Monday 29 December 2025", () => {
    const r = as(first, { template: 'stop-restarted' });
    for (const body of bodies(probe, stage2Paused, r)) expect(body).toBe('Ran again on Monday 29 December 2025.');
  });

  it('a stage-1 reminder when only stage 2 was stopped: no stop of its own, so the caller gives the values', () => {
    const unpaused = wf.applyEvent(
      wf.applyEvent(wf.applyEvent(received, { type: 'response-sent', on: '2026-01-07', outcome: 'not-upheld' }), { type: 'next-stage-requested', on: '2026-01-12' }),
      { type: 'clock-stopped', on: '2026-01-13', reason: 'waiting-for-complainant' },
    );
    for (const e of errors(probe, unpaused, as(first, { template: 'stop-reason' }))) {
      expect(e).toBeInstanceOf(MissingPersonalisationError);
      expect((e as MissingPersonalisationError).names).toEqual(['clock stop reason']);
    }
  });

  it('a reminder of a stage the case has not reached has no stop either', () => {
    const r = as(first, { key: 'ABC/123|stage-2|chase|2026-02-16', stage: 'stage-2', template: 'stop-reason' });
    for (const e of errors(probe, paused, r)) {
      expect(e).toBeInstanceOf(MissingPersonalisationError);
      expect((e as MissingPersonalisationError).names).toEqual(['clock stop reason']);
    }
    for (const body of bodies(probe, paused, r, { 'clock stop reason': 'Waiting for a reply' })) expect(body).toBe('Stopped: Waiting for a reply.');
  });
});

describe('a stop that ended with the request lapsing never ran again', () => {
  it('the restart date is the caller’s to give', () => {
    // FOI: a fees notice given Friday 6 March 2026 and never paid; the three months (FOIA 2000 s.9(2)) beginning
    // 6 March end on 5 June, so the request lapses from Saturday 6 June 2026 (foi-2000.yaml's note).
    const foi = parsePolicy({
      id: 'foi-mutation-probe',
      extends: 'foi-2000',
      title: 'FOI with a test template',
      version: '1.0.0',
      effectiveFrom: '2026-01-01',
      templates: { restarted: { subject: 'Request ((reference))', body: 'Ran again on ((clock restarted date)).', source: 'local: test template' } },
    });
    const foiWf = createWorkflow(foi);
    const stopped = foiWf.applyEvent(foiWf.openCase({ reference: 'FOI-1', receivedAt: '2026-03-02' }), {
      type: 'clock-stopped',
      on: '2026-03-06',
      reason: 'fees-notice',
    });
    const lapsed = foiWf.applyEvent(stopped, { type: 'request-lapsed', on: '2026-06-06' });
    const r = {
      key: 'FOI-1|response|chase|2026-04-10',
      reference: 'FOI-1',
      stage: 'response',
      id: 'chase',
      date: '2026-04-08',
      dueDate: '2026-04-10',
      to: ['foi-officer'],
      cc: [],
      template: 'restarted',
    } as unknown as ScheduledReminder;
    const officer = { 'foi-officer': { name: 'FOI Officer', email: 'foi@example.gov.uk' } };
    for (const f of [() => createReminderEmails(foiWf).email(lapsed, r, officer), () => emailForReminder(foi, lapsed, r, officer)]) {
      const e = caught(f);
      expect(e).toBeInstanceOf(MissingPersonalisationError);
      expect((e as MissingPersonalisationError).names).toEqual(['clock restarted date']);
    }
  });
});

const exampleWelshCouncilCaseTypes = {
  'statutory-complaint': {
    stages: {
      'local-resolution': {
        reminders: [
          {
            id: 'discussion-reminder',
            title: 'Discussion reminder',
            offsetWorkingDays: -2,
            to: ['responder'],
            template: 'discussion-reminder',
            source: 'local: example',
          },
        ],
      },
    },
  },
};

describe('a Welsh message missing a value names both options that can give it', () => {
  // The council of test/templates/welsh-council.ts (its reminder, as written there), with a Welsh text that needs a value only the caller has
  // (`manylion`, "details"). Its discussion reminder is dated Wednesday 7 January 2026 (see that file).
  const council = parsePolicy({
    id: 'example-welsh-council-probe',
    extends: 'wales-social-services-2014',
    title: 'Example Welsh council with a test template',
    version: '1.0.0',
    effectiveFrom: '2026-01-01',
    caseTypes: exampleWelshCouncilCaseTypes,
    placeholders: ['extension reason', 'manylion'],
    templates: {
      'discussion-reminder': {
        subject: 'Complaint ((reference))',
        body: 'About ((details)).',
        welsh: { subject: 'Cwyn ((reference))', body: 'Ynglŷn â ((manylion)).' },
        source: 'local: test template',
      },
    },
  });
  const cwf = createWorkflow(council);
  const kase = cwf.openCase({ reference: 'W/7', receivedAt: '2025-12-19' });
  const reminder = cwf.reminderSchedule(kase).find((r) => r.id === 'discussion-reminder')!;
  const officer = { 'complaints-officer': { name: 'Complaints Officer', email: 'co@example.gov.wales' } };

  it('with Welsh values given but not this one: `options.values or options.welshValues`', () => {
    const options = { language: 'welsh', values: { details: 'contact' }, welshValues: { details: 'cyswllt' } } as const;
    for (const f of [() => createReminderEmails(cwf).email(kase, reminder, officer, options), () => emailForReminder(council, kase, reminder, officer, options)]) {
      const e = caught(f) as MissingPersonalisationError;
      expect(e).toBeInstanceOf(MissingPersonalisationError);
      expect([e.names, e.path]).toEqual([['manylion'], 'options.values or options.welshValues']);
    }
  });
});

describe('recipients remembered per list of roles: lists that join to the same letters are different lists', () => {
  // With the same directory object, `to: [team-manager, service-manager]` and `to: [team-managerservice-manager]` (a
  // role the directory lacks, so Dudley's complaints mailbox instead) are different addressees.
  it('each reminder gets its own recipients', () => {
    const emails = createReminderEmails(wf);
    const two = emails.email(received, as(first, { to: ['team-manager', 'service-manager'], cc: [] }), directory, { format: 'text' });
    expect(two.to.map((c) => c.email)).toEqual(['team.manager@example.gov.uk', 'service.manager@example.gov.uk']);
    const joined = emails.email(received, as(first, { to: ['team-managerservice-manager'], cc: [] }), directory, { format: 'text' });
    expect([joined.to.map((c) => c.email), joined.fellBack]).toEqual([['complaints.socialcare@dudley.gov.uk'], ['team-managerservice-manager']]);
    const cc = emails.email(received, as(first, { to: ['team-manager'], cc: ['service-manager', 'personal-assistant'] }), directory, { format: 'text' });
    expect(cc.cc.map((c) => c.email)).toEqual(['service.manager@example.gov.uk', 'pa@example.gov.uk']);
    const ccJoined = emails.email(received, as(first, { to: ['team-manager'], cc: ['service-managerpersonal-assistant'] }), directory, { format: 'text' });
    expect(ccJoined.fellBack).toEqual(['service-managerpersonal-assistant']);
  });
});

describe('errors from the values, through both functions', () => {
  const referral = wf.reminderSchedule(received).find((r) => r.id === 'new-referral')!;

  it('a malformed date value is an InvalidDateError (not a missing value)', () => {
    for (const e of errors(probe, received, referral, { values: { 'complainant name': 'Sam Example', details: { date: '7 January 2026' } } })) {
      expect(e).toBeInstanceOf(InvalidDateError);
    }
  });

  it('a value for a name the library fills says where the library takes it from', () => {
    for (const e of errors(probe, received, first, { values: { 'due date': '2026-01-01' } })) {
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).path).toBe('options.values.due date');
      expect((e as Error).message).toContain('from the case and the policy');
    }
  });
});

describe("Notify's size limit is on the values as Notify receives them, even for the HTML body alone", () => {
  // Notify counts the content with the values written in as they were sent (2,000,000 bytes of UTF-8; see
  // reminder-emails.test.ts). `&amp;` written 400,001 times is 2,000,005 bytes; the HTML body decodes a value's
  // character references (as Notify's HTML does), to 400,001 bytes, but the message is over the limit all the same.
  it('an HTML-only message with a value over the limit before decoding is refused', () => {
    const referral = wf.reminderSchedule(received).find((r) => r.id === 'new-referral')!;
    const values = { 'complainant name': 'Sam Example', details: '&amp;'.repeat(400_001) };
    const e = caught(() => createReminderEmails(wf).email(received, referral, directory, { format: 'html', values }));
    expect(e).toBeInstanceOf(TemplateTooLargeError);
  });
});
