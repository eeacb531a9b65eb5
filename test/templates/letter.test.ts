// letterForCase: a letter to the complainant, its dates worked out from the case itself.
//
// Dates worked out by hand on the England and Wales calendar (GOV.UK bank holidays: Thu 25 Dec 2025 Christmas Day,
// Fri 26 Dec 2025 Boxing Day, Thu 1 Jan 2026 New Year's Day; none in January to March 2026 after that).
// - Received Fri 19 Dec 2025, stage 1 (10 working days, SI 2006/1738 reg 14): Mon 22 (1), Tue 23 (2), Wed 24 (3),
//   Mon 29 (4), Tue 30 (5), Wed 31 (6), Fri 2 Jan (7), Mon 5 (8), Tue 6 (9), Wed 7 Jan 2026 (10).
// - Extension agreed Mon 5 Jan 2026 to Wed 21 Jan 2026 (the 20th working day: Thu 8 (11), Fri 9 (12), Mon 12 … Fri 16
//   (17), Mon 19 (18), Tue 20 (19), Wed 21 (20)).
// - Stage 2 asked for on Mon 12 Jan 2026, counted from the request (england-children-2006, 25 working days):
//   Tue 13 … Fri 16 (4), Mon 19 … Fri 23 (9), Mon 26 … Fri 30 (14), Mon 2 Feb … Fri 6 (19), Mon 9 … Fri 13 (24),
//   Mon 16 Feb 2026 (25).
// - Hearing on Mon 16 Mar 2026 (1 Feb 2026 is a Sunday; 1 Mar a Sunday; 16 Mar a Monday).
// Roles and invented values only: no names of staff or complainants.
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import {
  applyEvent,
  getPolicy,
  InvalidArgumentError,
  InvalidDateError,
  letterForCase,
  MissingPersonalisationError,
  openCase,
  parsePolicy,
  type Case,
} from '../../src/index.js';

const dudley = getPolicy('dudley');
const SAM = { 'complainant name': 'Sam Example' };
const MAILBOX = 'the Children’s Complaints Team at complaints.socialcare@dudley.gov.uk';

function received19Dec(reference = 'ABC/123'): Case {
  return openCase(dudley, { reference, receivedAt: '2025-12-19' });
}

const extended = applyEvent(dudley, received19Dec(), {
  type: 'extension-agreed',
  on: '2026-01-05',
  newDueDate: '2026-01-21',
  reason: 'confidential reason',
  agreedWithComplainant: true,
});

const atStage2 = applyEvent(dudley, applyEvent(dudley, received19Dec(), { type: 'response-sent', on: '2026-01-07', outcome: 'not-upheld' }), {
  type: 'next-stage-requested',
  on: '2026-01-12',
});

describe('the acknowledgement, written Monday 22 December 2025 for a complaint received Friday 19 December 2025', () => {
  it('gives the date of receipt, the stage and the due date, Wednesday 7 January 2026, from the case', () => {
    const letter = letterForCase(dudley, received19Dec(), 'acknowledgement', SAM, { on: '2025-12-22' });
    expect(letter).toEqual({
      template: 'acknowledgement',
      stage: 'stage-1',
      date: '2025-12-22',
      language: 'english',
      subject: 'Your complaint – reference ABC/123',
      body:
        'Dear Sam Example,\n\n' +
        'Thank you for your complaint, which we received on Friday 19 December 2025. Your reference number is ABC/123. Please quote it if you contact us.\n\n' +
        'Your complaint will be considered at Stage 1 – local resolution of the children’s social care complaints procedure. We will send you our response by Wednesday 7 January 2026.\n\n' +
        'If you would like help to make your complaint, for example from an advocate, please tell us.\n\n' +
        `If you have any questions, please contact ${MAILBOX}.`,
      personalisation: {
        reference: 'ABC/123',
        'complainant name': 'Sam Example',
        'received date': 'Friday 19 December 2025',
        stage: 'Stage 1 – local resolution',
        'due date': 'Wednesday 7 January 2026',
        'complaints team': "Children's Complaints Team",
        'complaints mailbox': 'complaints.socialcare@dudley.gov.uk',
      },
    });
  });

  it("a due date from the caller is refused: the promise is always the case's own (naming the key, not the value)", () => {
    const e = caught(() => letterForCase(dudley, received19Dec(), 'acknowledgement', { ...SAM, 'Due Date': '2030-05-01' })) as InvalidArgumentError;
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.path).toBe('values.Due Date');
    expect(e.message).not.toContain('2030');
  });

  it('as HTML, values escaped', () => {
    const letter = letterForCase(dudley, received19Dec(), 'acknowledgement', { 'complainant name': '<b>Sam</b>' }, { format: 'html', on: '2025-12-22' });
    expect(letter.body.split('\n')[0]).toBe('<p>Dear &lt;b&gt;Sam&lt;/b&gt;,</p>');
  });

  it("without a date, the letter is dated by the case's last event (here the date of receipt)", () => {
    expect(letterForCase(dudley, received19Dec(), 'acknowledgement', SAM).date).toBe('2025-12-19');
    expect(letterForCase(dudley, extended, 'acknowledgement', SAM).date).toBe('2026-01-05');
  });
});

describe('the extension notice, written Monday 5 January 2026', () => {
  it('gives the original date, Wednesday 7 January 2026, and the agreed one, Wednesday 21 January 2026', () => {
    const values = { ...SAM, 'extension reason': 'We need to speak to another service.' };
    const letter = letterForCase(dudley, extended, 'extension-notice', values, { on: '2026-01-05' });
    expect(letter.subject).toBe('Your complaint ABC/123 – new response date');
    expect(letter.body).toBe(
      'Dear Sam Example,\n\n' +
        'We are sorry, but we need more time to respond to your complaint. We said we would respond by Wednesday 7 January 2026. We will now respond by Wednesday 21 January 2026.\n\n' +
        'We need to speak to another service.\n\n' +
        `If you are unhappy about this delay, please contact ${MAILBOX}.\n\n` +
        'You can also contact the Local Government and Social Care Ombudsman: www.lgo.org.uk, telephone 0300 061 0614. The Ombudsman will usually expect us to have had the chance to deal with your complaint first.',
    );
  });

  it('a letter dated before the extension (Friday 2 January 2026) still promises Wednesday 7 January 2026', () => {
    expect(letterForCase(dudley, extended, 'acknowledgement', SAM, { on: '2026-01-02' }).personalisation['due date']).toBe('Wednesday 7 January 2026');
  });

  it("the preset's own placeholder (extension reason) comes from the caller", () => {
    const e = caught(() => letterForCase(dudley, extended, 'extension-notice', SAM)) as MissingPersonalisationError;
    expect(e).toBeInstanceOf(MissingPersonalisationError);
    expect(e.names).toEqual(['extension reason']);
  });
});

describe('the stage-1 closing paragraph, written Wednesday 7 January 2026', () => {
  it('gives the next stage, its window of 20 working days and the ombudsman, from the policy', () => {
    const letter = letterForCase(dudley, atStage2, 'stage-1-closing', {}, { on: '2026-01-07' });
    expect(letter.stage).toBe('stage-1');
    expect(letter.body).toBe(
      'If you are not satisfied with this response, you can ask for your complaint to be considered at Stage 2 – investigation. To do this, please contact ' +
        `${MAILBOX} within 20 working days of receiving this letter, and tell us what you are still unhappy about.\n\n` +
        'At Stage 2 – investigation, an investigating officer will look into your complaint, and an independent person, who does not work for the council, will make sure the investigation is fair.\n\n' +
        'You can also contact the Local Government and Social Care Ombudsman: www.lgo.org.uk, telephone 0300 061 0614. The Ombudsman will usually expect the council to have had the chance to deal with your complaint first.',
    );
  });
});

describe('a window given in calendar months is written with its unit', () => {
  it('a council giving 2 calendar months to ask for stage 2: "within 2 calendar months of receiving this letter"', () => {
    const months = parsePolicy({
      id: 'window-in-months',
      extends: 'dudley',
      title: 'Stage 2 window in calendar months',
      version: '1.0.0',
      effectiveFrom: '2026-04-01',
      caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { escalation: { windowWorkingDays: null, windowCalendarMonths: 2 } } } } },
    });
    const answered = applyEvent(months, openCase(months, { reference: 'ABC/123', receivedAt: '2025-12-19' }), {
      type: 'response-sent',
      on: '2026-01-07',
      outcome: 'not-upheld',
    });
    const letter = letterForCase(months, answered, 'stage-1-closing', {}, { on: '2026-01-07' });
    expect(letter.personalisation['next stage window']).toBe('2 calendar months');
    expect(letter.body).toContain(`${MAILBOX} within 2 calendar months of receiving this letter, and tell us`);
  });
});

describe('the stage-2 acknowledgement, written Tuesday 13 January 2026 for a request of Monday 12 January 2026', () => {
  it('gives stage 2 and its due date, Monday 16 February 2026 (25 working days from the request)', () => {
    const letter = letterForCase(dudley, atStage2, 'stage-2-acknowledgement', SAM, { on: '2026-01-13' });
    expect(letter.stage).toBe('stage-2');
    expect(letter.subject).toBe('Your request for Stage 2 – investigation – reference ABC/123');
    expect(letter.body).toContain('Thank you for asking for your complaint to be considered at Stage 2 – investigation.');
    expect(letter.body).toContain('We will send you our response by Monday 16 February 2026.');
  });
});

describe('the panel hearing notice', () => {
  // Stage 2 answered Friday 13 February 2026; the panel asked for on Monday 16 February; the hearing arranged on
  // Tuesday 17 February for Monday 16 March 2026.
  const requested = applyEvent(dudley, applyEvent(dudley, atStage2, { type: 'response-sent', on: '2026-02-13', outcome: 'not-upheld' }), {
    type: 'panel-requested',
    on: '2026-02-16',
  });
  const arranged = applyEvent(dudley, requested, { type: 'hearing-arranged', on: '2026-02-17', hearingDate: '2026-03-16' });
  const values = { ...SAM, 'hearing time': '10am', 'hearing venue': 'the Council House' };

  it('gives the hearing date recorded on the case, Monday 16 March 2026', () => {
    const letter = letterForCase(dudley, arranged, 'panel-hearing-notice', values, { on: '2026-02-17' });
    expect(letter.stage).toBe('stage-3');
    expect(letter.body).toContain('The review panel for your complaint will meet on Monday 16 March 2026 at 10am, at the Council House.');
  });

  it('before the hearing is recorded, the caller gives its date (YYYY-MM-DD, written in the long style)', () => {
    const letter = letterForCase(dudley, requested, 'panel-hearing-notice', { ...values, 'hearing date': '2026-03-16' }, { on: '2026-02-16' });
    expect(letter.body).toContain('will meet on Monday 16 March 2026 at 10am');
    expect((caught(() => letterForCase(dudley, requested, 'panel-hearing-notice', values)) as MissingPersonalisationError).names).toEqual(['hearing date']);
  });

  it("once recorded, the hearing date is the case's and a caller's one is refused", () => {
    const e = caught(() => letterForCase(dudley, arranged, 'panel-hearing-notice', { ...values, 'hearing date': '2026-03-17' })) as InvalidArgumentError;
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.path).toBe('values.hearing date');
  });
});

describe('bad arguments', () => {
  const kase = received19Dec();

  it('an unknown template, a date before receipt, an impossible date, a bad format', () => {
    expect((caught(() => letterForCase(dudley, kase, 'no-such-letter', SAM)) as InvalidArgumentError).path).toBe('templateId');
    expect((caught(() => letterForCase(dudley, kase, 'acknowledgement', SAM, { on: '2025-12-18' })) as InvalidArgumentError).path).toBe('options.on');
    expect(caught(() => letterForCase(dudley, kase, 'acknowledgement', SAM, { on: '2026-02-30' }))).toBeInstanceOf(InvalidDateError);
    expect(caught(() => letterForCase(dudley, kase, 'acknowledgement', SAM, { format: 'pdf' as 'html' }))).toBeInstanceOf(InvalidArgumentError);
    expect(caught(() => letterForCase(dudley, kase, 'acknowledgement', 'Sam' as never))).toBeInstanceOf(InvalidArgumentError);
  });

  it('a template id that is not a string is refused as an unknown one is, listing the ids to use', () => {
    // One check (presetTemplate) serves letterForCase and renderPolicyTemplate; Dudley's letters include `acknowledgement`.
    for (const id of [42, 'no-such-letter']) {
      const e = caught(() => letterForCase(dudley, kase, id as string, SAM)) as InvalidArgumentError;
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect(e.path).toBe('templateId');
      expect(e.message).toMatch(/must be the id of one of the policy's templates: .*\backnowledgement\b/);
    }
  });

  it('a case of another policy is refused', () => {
    const other = openCase(getPolicy('swindon'), { reference: 'X', receivedAt: '2025-12-19' });
    expect(caught(() => letterForCase(dudley, other, 'acknowledgement', SAM))).toBeInstanceOf(InvalidArgumentError);
  });

  it('a marker placed in every value never appears in an error message', () => {
    const MARKER = 'MARKER-3b9d';
    const marked = openCase(dudley, { reference: `REF-${MARKER}`, receivedAt: '2025-12-19' });
    const failures = [
      () => letterForCase(dudley, marked, 'extension-notice', { 'complainant name': MARKER }),
      () => letterForCase(dudley, marked, 'acknowledgement', { 'complainant name': MARKER, reference: MARKER }),
      () => letterForCase(dudley, marked, 'panel-hearing-notice', { 'complainant name': MARKER, 'hearing date': { date: MARKER } }),
      () => letterForCase(dudley, marked, 'acknowledgement', { 'complainant name': [MARKER, { date: MARKER, text: MARKER }] as never }),
      () => letterForCase(dudley, marked, 'acknowledgement', { 'complainant name': MARKER }, { on: MARKER }),
    ];
    for (const f of failures) {
      const e = caught(f);
      expect(e).toBeInstanceOf(Error);
      expect(String(e)).not.toContain(MARKER);
      expect(JSON.stringify(e)).not.toContain(MARKER);
    }
  });
});
