/**
 * Small inline policies for unit tests, passed through the schema. Roles and rules are invented for the tests
 * (sources say so); the numbers in them are the statutory ones where a test relies on a real rule.
 */
import { policySchema, type Policy, type PolicyInput } from '../../src/policies/index.js';

const base = {
  title: 'Test policy',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  jurisdiction: 'england',
} as const;

const roles = {
  'team-manager': { title: 'Team Manager', escalatesTo: 'service-manager' },
  'service-manager': { title: 'Service Manager', escalatesTo: 'head-of-service' },
  'head-of-service': { title: 'Head of Service' },
  'complaints-manager': { title: 'Complaints Manager' },
  director: { title: 'Director' },
} as const;

/** Three stages (10/20, 25/65, panel 30/5/15), a 2-rung ladder, delay reasons, acknowledgement in 3, mailbox. */
export function threeStagePolicy(overrides: Partial<PolicyInput> = {}): Policy {
  return policySchema.parse({
    ...base,
    id: 'three-stage',
    calendar: { holidays: 'england-and-wales', nonWorkingDayReceipt: 'count-from-next-working-day', source: 'SI 2006/1738 reg 2' },
    roles,
    contacts: { complaintsMailbox: { name: 'Complaints Team', email: 'complaints@example.gov.uk' } },
    timeLimit: { months: 12, discretion: true, source: 'SI 2006/1738 reg 9' },
    outsideProcedure: [{ id: 'panel-referrals', label: 'Panel referrals', source: 'local: test' }],
    delayReasons: {
      codes: [
        { code: 'Z040', label: 'Complex case' },
        { code: 'Z044', label: 'Other' },
      ],
      awaited: { code: 'Z045', label: 'Awaited' },
      requestTemplate: 'delay-request',
      followUp: { afterWorkingDays: 10, to: ['service-manager'], cc: ['responder'], template: 'no-reason', source: 'local: test' },
      source: 'local: test',
    },
    caseTypes: {
      complaint: {
        title: 'Complaint',
        kind: 'statutory-complaint',
        acknowledgement: { workingDays: 3, source: 'local: test' },
        stages: {
          'stage-1': {
            title: 'Stage 1',
            clockStart: 'received',
            timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' },
            extension: { maxWorkingDays: 20, localDateMayExceed: true, source: 'SI 2006/1738 reg 14' },
            responder: 'team-manager',
            escalation: { to: 'stage-2', windowWorkingDays: 20, lateRequestNeedsDiscretion: true, source: 'local: test' },
            reminders: [
              { id: 'before', offsetWorkingDays: -2, to: ['responder'], cc: ['service-manager'], template: 'r', source: 'local: test' },
              { id: 'due', offsetWorkingDays: 0, to: ['responder'], cc: ['service-manager', 'team-manager'], template: 'r', source: 'local: test' },
              { id: 'after', offsetWorkingDays: 2, to: ['responder', 'head-of-service'], cc: ['service-manager'], template: 'r', source: 'local: test' },
            ],
            source: 'local: test',
          },
          'stage-2': {
            title: 'Stage 2',
            clockStart: 'requested',
            timescale: { workingDays: 25, source: 'SI 2006/1738 reg 17' },
            extension: { maxWorkingDays: 65, localDateMayExceed: false, source: 'SI 2006/1738 reg 17' },
            responder: 'complaints-manager',
            escalation: { to: 'stage-3', windowWorkingDays: 20, lateRequestNeedsDiscretion: false, source: 'local: test' },
            source: 'local: test',
          },
          'stage-3': {
            title: 'Stage 3',
            clockStart: 'requested',
            timescale: { workingDays: 30, source: 'SI 2006/1738 reg 19(4)' },
            responder: 'director',
            panel: {
              meetWithin: { workingDays: 30, source: 'SI 2006/1738 reg 19(4)' },
              hearingNotice: { workingDays: 10, source: 'local: test' },
              report: { workingDays: 5, source: 'SI 2006/1738 reg 20' },
              response: { workingDays: 15, source: 'SI 2006/1738 reg 20(3)' },
            },
            source: 'local: test',
          },
        },
      },
      enquiry: {
        title: 'Enquiry',
        kind: 'member-enquiry',
        stages: {
          response: {
            title: 'Response',
            clockStart: 'received',
            timescale: { workingDays: 10, source: 'local: test' },
            responder: 'team-manager',
            steps: [
              { id: 'draft', title: 'Draft', by: 'team-manager', timescale: { workingDays: 5, source: 'local: test' }, source: 'local: test' },
              { id: 'sent', title: 'Sent', by: 'complaints-manager', source: 'local: test' },
            ],
            source: 'local: test',
          },
        },
      },
    },
    ...overrides,
  });
}

/** One stage, no extension, no ladder, no mailbox; receipt cut-off 17:00 and next-working-day receipt. */
export function plainPolicy(overrides: Partial<PolicyInput> = {}): Policy {
  return policySchema.parse({
    ...base,
    id: 'plain',
    calendar: {
      holidays: 'england-and-wales',
      receiptCutOff: '17:00',
      nonWorkingDayReceipt: 'next-working-day-is-receipt',
      source: 'local: test',
    },
    roles,
    caseTypes: {
      request: {
        title: 'Request',
        kind: 'foi',
        stages: {
          response: {
            title: 'Response',
            clockStart: 'received',
            timescale: { workingDays: 20, source: 'FOIA 2000 s.10(1)' },
            responder: 'team-manager',
            source: 'local: test',
          },
        },
      },
    },
    ...overrides,
  });
}
