// Dudley's children's complaints emails, written as Notify templates and rendered with expected output written by
// hand. Wording from Dudley MBC, "Children's Complaints – Referral & Follow UP Emails" and "Children's Complaints –
// Action After Response" (the seed's standard emails); placeholders stand for the bracketed "(name)", "(date)" etc.
// Roles and invented values only: no names of staff or complainants.
import { describe, expect, it } from 'vitest';
import { MissingPersonalisationError, renderTemplate } from '../../src/index.js';
import { placeholders } from '../../src/templates/index.js';

const newReferral = {
  subject: 'Complaint Ref ((reference)) re/from ((complainant name)) – Due date ((due date))',
  body: [
    '((recipient name)),',
    '',
    'If this is not appropriate for you to respond please inform us as soon as possible.',
    '',
    'Please see attached complaint from ((complainant name)) regarding ((details)). Can you please investigate the issues raised and send your response by ((due date)). Please send a copy of your response together with the completed Monitoring and Learning Form attached to the complaints mailbox – ((complaints mailbox)).',
    '',
    'PLEASE NOTE: An explanation will be required if the response due date is exceeded.',
  ].join('\n'),
};

const values = {
  reference: 'CSC/2026/014',
  'complainant name': 'A. Example',
  'recipient name': 'Service Manager',
  details: 'contact arrangements',
  'due date': { date: '2026-01-07', style: 'long' as const },
  'complaints mailbox': 'complaints@example.gov.uk',
};

const reasonForDelay = {
  subject: 'Complaint Ref ((reference)) – reason for delay',
  body: [
    '((recipient name)), thank you for completing the response to this complaint. As this response was completed after the due date / agreed extension you are required to provide an explanation for the delay.',
    '',
    'Please state the reason for delay, and additional information, under one or more of the following –',
    '',
    '1. Complex case.',
    '2. Multiple Teams involved',
    '3. Staff absence',
    '4. Other urgent work',
    '5. Other, specify',
    '',
    'Reason number – Additional information about delay -',
  ].join('\n'),
};

describe("Dudley's new referral email (due Wednesday 7 January 2026)", () => {
  it('uses these placeholders', () => {
    expect(placeholders(newReferral)).toEqual(['reference', 'complainant name', 'due date', 'recipient name', 'details', 'complaints mailbox']);
  });

  it('renders as plain text', () => {
    expect(renderTemplate(newReferral, values)).toEqual({
      subject: 'Complaint Ref CSC/2026/014 re/from A. Example – Due date Wednesday 7 January 2026',
      body:
        'Service Manager,\n\n' +
        'If this is not appropriate for you to respond please inform us as soon as possible.\n\n' +
        'Please see attached complaint from A. Example regarding contact arrangements. Can you please investigate the issues raised and send your response by Wednesday 7 January 2026. Please send a copy of your response together with the completed Monitoring and Learning Form attached to the complaints mailbox – complaints@example.gov.uk.\n\n' +
        'PLEASE NOTE: An explanation will be required if the response due date is exceeded.',
    });
  });

  it('renders as HTML', () => {
    expect(renderTemplate(newReferral, values, { format: 'html' })).toEqual({
      subject: 'Complaint Ref CSC/2026/014 re/from A. Example – Due date Wednesday 7 January 2026',
      body:
        '<p>Service Manager,</p>\n' +
        '<p>If this is not appropriate for you to respond please inform us as soon as possible.</p>\n' +
        '<p>Please see attached complaint from A. Example regarding contact arrangements. Can you please investigate the issues raised and send your response by Wednesday 7 January 2026. Please send a copy of your response together with the completed Monitoring and Learning Form attached to the complaints mailbox – complaints@example.gov.uk.</p>\n' +
        '<p>PLEASE NOTE: An explanation will be required if the response due date is exceeded.</p>',
    });
  });

  it('names every missing value at once', () => {
    let error: unknown;
    try {
      renderTemplate(newReferral, { reference: 'CSC/2026/014', details: 'x' });
    } catch (e) {
      error = e;
    }
    expect((error as MissingPersonalisationError).names).toEqual(['complainant name', 'due date', 'recipient name', 'complaints mailbox']);
  });
});

describe("Dudley's reason-for-delay request, with the five reasons as a numbered list", () => {
  it('renders as HTML', () => {
    expect(renderTemplate(reasonForDelay, { reference: 'CSC/2026/014', 'recipient name': 'Service Manager' }, { format: 'html' }).body).toBe(
      '<p>Service Manager, thank you for completing the response to this complaint. As this response was completed after the due date / agreed extension you are required to provide an explanation for the delay.</p>\n' +
        '<p>Please state the reason for delay, and additional information, under one or more of the following –</p>\n' +
        '<ol>\n<li>Complex case.</li>\n<li>Multiple Teams involved</li>\n<li>Staff absence</li>\n<li>Other urgent work</li>\n<li>Other, specify</li>\n</ol>\n' +
        '<p>Reason number – Additional information about delay -</p>',
    );
  });

  it('renders as plain text, numbered as the seed numbers them', () => {
    expect(renderTemplate(reasonForDelay, { reference: 'CSC/2026/014', 'recipient name': 'Service Manager' }).body).toBe(
      'Service Manager, thank you for completing the response to this complaint. As this response was completed after the due date / agreed extension you are required to provide an explanation for the delay.\n\n' +
        'Please state the reason for delay, and additional information, under one or more of the following –\n\n' +
        '1. Complex case.\n2. Multiple Teams involved\n3. Staff absence\n4. Other urgent work\n5. Other, specify\n\n' +
        'Reason number – Additional information about delay -',
    );
  });

  it('the reasons can also come as a numbered list value', () => {
    const template = { subject: 'Reason for delay', body: 'Please choose one:\n((delay reasons))\nThank you.' };
    const reasons = { numbered: ['Complex case.', 'Multiple Teams involved', 'Staff absence', 'Other urgent work', 'Other, specify'] };
    expect(renderTemplate(template, { delayReasons: reasons }).body).toBe(
      'Please choose one:\n\n1. Complex case.\n2. Multiple Teams involved\n3. Staff absence\n4. Other urgent work\n5. Other, specify\n\nThank you.',
    );
  });
});
