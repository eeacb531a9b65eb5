// Every email template of every built-in preset: it renders, as text and as HTML, with a complete set of values,
// and with any value missing it fails naming exactly the missing placeholders, in order (subject first, then
// body). The expected templates and placeholder lists are written by hand from the preset YAML files
// (src/policies/presets/*.yaml), so a template that loses, gains or misspells a placeholder fails here.
// Roles and invented values only: no names of staff or complainants.
import { describe, expect, it } from 'vitest';
import { getPolicy, listPolicies, MissingPersonalisationError, renderTemplate } from '../../src/index.js';
import { type TemplateValue } from '../../src/templates/index.js';

// The letters of the children's statutory baseline (england-children-2006), inherited by the council presets.
const CHILDREN_LETTERS = {
  acknowledgement: ['reference', 'complainant name', 'received date', 'stage', 'due date', 'complaints team', 'complaints mailbox'],
  'extension-notice': [
    'reference',
    'complainant name',
    'original due date',
    'due date',
    'extension reason',
    'complaints team',
    'complaints mailbox',
    'ombudsman name',
    'ombudsman website',
    'ombudsman phone',
  ],
  'stage-1-closing': ['reference', 'next stage', 'complaints team', 'complaints mailbox', 'next stage window', 'ombudsman name', 'ombudsman website', 'ombudsman phone'],
  'stage-2-acknowledgement': ['stage', 'reference', 'complainant name', 'due date', 'complaints team', 'complaints mailbox'],
  'panel-hearing-notice': ['reference', 'complainant name', 'hearing date', 'hearing time', 'hearing venue', 'complaints team', 'complaints mailbox'],
};

// Dudley's emails to managers (seed: "Children's Complaints – Referral & Follow UP Emails", "Action After Response").
const DUDLEY_EMAILS = {
  'new-referral': ['reference', 'complainant name', 'due date', 'recipient name', 'details', 'complaints mailbox'],
  reminder: ['reference', 'due date', 'recipient name'],
  'due-date-reminder': ['reference', 'recipient name', 'complaints team'],
  'overdue-reminder': ['reference', 'due date', 'recipient name'],
  'reason-for-delay-request': ['reference', 'recipient name', 'delay reasons'],
  'no-reason-received': ['reference', 'recipient name', 'delay reasons'],
};

const EXPECTED: Record<string, Record<string, string[]>> = {
  'england-children-2006': CHILDREN_LETTERS,
  dudley: { ...CHILDREN_LETTERS, ...DUDLEY_EMAILS },
  southampton: CHILDREN_LETTERS,
  swindon: CHILDREN_LETTERS,
  'mayoral-borough': {
    ...CHILDREN_LETTERS,
    'overdue-chase': ['reference', 'recipient name', 'stage', 'due date', 'working days overdue'],
    'member-enquiry-chase': ['reference', 'recipient name', 'details', 'due date', 'working days overdue'],
  },
  'lgsco-code-2024': {
    acknowledgement: ['reference', 'complainant name', 'received date', 'due date', 'complaints team', 'complaints mailbox'],
    'extension-notice': ['reference', 'complainant name', 'original due date', 'due date', 'extension reason', 'ombudsman name', 'ombudsman website', 'ombudsman phone'],
  },
};

// One value per placeholder name, with the text each is expected to show as (dates by hand: Friday 19 December
// 2025, Wednesday 7 January 2026, Wednesday 21 January 2026, Monday 2 March 2026).
const DATES: Record<string, { date: string; long: string; short: string }> = {
  'received date': { date: '2025-12-19', long: 'Friday 19 December 2025', short: '19 December 2025' },
  'original due date': { date: '2026-01-07', long: 'Wednesday 7 January 2026', short: '7 January 2026' },
  'due date': { date: '2026-01-21', long: 'Wednesday 21 January 2026', short: '21 January 2026' },
  'hearing date': { date: '2026-03-02', long: 'Monday 2 March 2026', short: '2 March 2026' },
};
const TEXT: Record<string, string> = {
  reference: 'ABC/123',
  'complainant name': 'Sam Example',
  details: 'contact arrangements',
  'recipient name': 'Team Manager',
  stage: 'Stage 1 – local resolution',
  'working days overdue': '6',
  'complaints mailbox': 'complaints@example.gov.uk',
  'complaints team': 'Complaints Team',
  'ombudsman name': 'Local Government and Social Care Ombudsman',
  'ombudsman website': 'www.lgo.org.uk',
  'ombudsman phone': '0300 061 0614',
  'next stage window': '20 working days',
  'next stage': 'Stage 2 – investigation',
  'extension reason': 'We need to speak to another service.',
  'hearing time': '10am',
  'hearing venue': 'the Council House',
};
const REASONS = ['Complex case', 'Multiple teams involved', 'Staff absence', 'Other urgent work', 'Other (specify)'];

function completeValues(names: readonly string[], dates: Readonly<Record<string, 'long' | 'short'>>): Record<string, TemplateValue> {
  const values: Record<string, TemplateValue> = {};
  for (const name of names) {
    const d = DATES[name];
    if (d) values[name] = { date: d.date, style: dates[name] ?? 'long' };
    else if (name === 'delay reasons') values[name] = { numbered: REASONS };
    else if (name in TEXT) values[name] = TEXT[name]!;
    else throw new Error(`no test value for ((${name}))`);
  }
  return values;
}

function expectedTexts(names: readonly string[], dates: Readonly<Record<string, 'long' | 'short'>>): string[] {
  return names.flatMap((name) => {
    const d = DATES[name];
    if (d) return [d[dates[name] ?? 'long']];
    if (name === 'delay reasons') return REASONS;
    return [TEXT[name]!];
  });
}

describe('the built-in presets have the templates written down here', () => {
  for (const { id } of listPolicies()) {
    it(`${id}`, () => {
      expect(Object.keys(getPolicy(id).templates).sort()).toEqual(Object.keys(EXPECTED[id] ?? {}).sort());
    });
  }
});

for (const [presetId, templates] of Object.entries(EXPECTED)) {
  describe(`${presetId}`, () => {
    const policy = getPolicy(presetId);
    for (const [templateId, names] of Object.entries(templates)) {
      const template = policy.templates[templateId]!;

      it(`${templateId}: renders as text and HTML with every value`, () => {
        const values = completeValues(names, template.dates);
        const text = renderTemplate(template, values);
        const html = renderTemplate(template, values, { format: 'html' });
        for (const rendered of [text, html]) {
          expect(rendered.subject).not.toContain('((');
          expect(rendered.body).not.toContain('((');
          expect(rendered.subject).not.toMatch(/[\r\n]/);
        }
        // Every value shows, in its date style where it is a date (values chosen free of characters that are
        // escaped or made typographic, so they read the same in both formats).
        const all = `${text.subject}\n${text.body}`;
        const allHtml = `${html.subject}\n${html.body}`;
        for (const expected of expectedTexts(names, template.dates)) {
          expect(all).toContain(expected);
          expect(allHtml).toContain(expected);
        }
        expect(html.body.startsWith('<p>')).toBe(true);
      });

      it(`${templateId}: with no values, names every placeholder in order`, () => {
        let error: unknown;
        try {
          renderTemplate(template, {});
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(MissingPersonalisationError);
        expect((error as MissingPersonalisationError).names).toEqual(names);
      });

      it(`${templateId}: with one value left out, names exactly that one`, () => {
        const values = completeValues(names, template.dates);
        for (const name of names) {
          const { [name]: _left, ...rest } = values;
          let error: unknown;
          try {
            renderTemplate(template, rest, { format: 'html' });
          } catch (e) {
            error = e;
          }
          expect((error as MissingPersonalisationError).names).toEqual([name]);
        }
      });
    }
  });
}

describe("Dudley's emails, expected text written by hand", () => {
  const dudley = getPolicy('dudley');

  it('the new referral: subject "Complaint Ref … re/from … – Due date …" with the short date style', () => {
    const values = {
      reference: 'ABC/123',
      'complainant name': 'Sam Example',
      'due date': { date: '2026-01-07', style: 'short' as const },
      'recipient name': 'Team Manager',
      details: 'contact arrangements',
      'complaints mailbox': 'complaints.socialcare@dudley.gov.uk',
    };
    expect(renderTemplate(dudley.templates['new-referral']!, values).subject).toBe('Complaint Ref ABC/123 re/from Sam Example – Due date 7 January 2026');
    expect(dudley.templates['new-referral']!.dates).toEqual({ 'due date': 'short' });
  });

  // Seed 000, "Children's Complaints – Action After Response" (Dudley MBC, 2020): the request lists the reasons as
  // "1. Complex case. 2. Multiple Teams involved 3. Staff absence 4. Other urgent work 5. Other, specify" and asks
  // for the reply "Reason number – Additional information about delay -". The numbers are the seed's; the labels
  // are the preset's (the same reasons, codes Z040–Z044, worded "Multiple teams involved", "Other (specify)").
  const NUMBERED = '1. Complex case\n2. Multiple teams involved\n3. Staff absence\n4. Other urgent work\n5. Other (specify)';
  const DATA =
    'Please note that data concerning response times is shared with senior managers and presented to Scrutiny Committee, Members have specifically requested information regarding overdue complaints and the reasons for this.';

  it("the reason-for-delay request: the seed's wording, the five reasons numbered, and the reply line", () => {
    const template = dudley.templates['reason-for-delay-request']!;
    expect(dudley.delayReasons!.codes.map((c) => c.label)).toEqual(REASONS);
    const values = { reference: 'ABC/123', 'recipient name': 'Team Manager', 'delay reasons': { numbered: REASONS } };
    expect(renderTemplate(template, values)).toEqual({
      subject: 'Complaint Ref ABC/123 – reason for delay required',
      body:
        'Team Manager,\n\n' +
        'Thank you for completing the response to this complaint. As this response was completed after the due date / agreed extension you are required to provide an explanation for the delay.\n\n' +
        `${DATA}\n\n` +
        'Please state the reason for delay, and additional information, under one or more of the following –\n\n' +
        `${NUMBERED}\n\n` +
        'Reason number – Additional information about delay -',
    });
    expect(renderTemplate(template, values, { format: 'html' }).body).toContain(
      '<p>Please state the reason for delay, and additional information, under one or more of the following –</p>\n' +
        '<ol>\n<li>Complex case</li>\n<li>Multiple teams involved</li>\n<li>Staff absence</li>\n<li>Other urgent work</li>\n<li>Other (specify)</li>\n</ol>\n' +
        '<p>Reason number – Additional information about delay -</p>',
    );
  });

  it("the senior-manager email: the seed's wording, the same numbered reasons and reply line", () => {
    const values = { reference: 'ABC/123', 'recipient name': 'Service Manager', 'delay reasons': { numbered: REASONS } };
    expect(renderTemplate(dudley.templates['no-reason-received']!, values)).toEqual({
      subject: 'Complaint Ref ABC/123 – reason for delay not received',
      body:
        'Service Manager,\n\n' +
        'The above complaint has been completed but a reason for the delay has not been received.\n\n' +
        'As this response was completed after the due date / agreed extension you are asked to investigate and provide an explanation for the delay.\n\n' +
        `${DATA}\n\n` +
        'Please state the reason for delay, and additional information, under one or more of the following –\n\n' +
        `${NUMBERED}\n\n` +
        'Reason number – Additional information about delay -',
    });
  });
});

describe('letters to the complainant give the right to the next stage and the ombudsman (seeds: Swindon flowchart, Southampton note)', () => {
  for (const id of ['swindon', 'southampton']) {
    it(`${id}: the stage-1 closing paragraph, from the preset's contacts`, () => {
      const policy = getPolicy(id);
      const contacts = policy.contacts;
      const values = {
        reference: 'ABC/123',
        'next stage': 'Stage 2 – investigation',
        'next stage window': '20 working days',
        'complaints team': contacts.complaintsMailbox!.name,
        'complaints mailbox': contacts.complaintsMailbox!.email,
        'ombudsman name': contacts.ombudsman!.name,
        'ombudsman website': contacts.ombudsman!.website,
        'ombudsman phone': contacts.ombudsman!.phone,
      };
      const body = renderTemplate(policy.templates['stage-1-closing']!, values).body;
      expect(body).toContain('within 20 working days of receiving this letter');
      expect(body).toContain('You can also contact the Local Government and Social Care Ombudsman: www.lgo.org.uk, telephone 0300 061 0614.');
    });
  }
});
