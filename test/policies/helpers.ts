// Shared test data: a small complete preset as plain data, fresh on every call so tests can change it freely.
import { PolicyValidationError, type ValidationIssue } from '../../src/errors.js';

export const LOCAL = 'local: Test Council complaints procedure 2026';

/** A complete, valid preset (SI 2006/1738 stage-1 and stage-2 numbers: 10/20 and 25/65 working days). */
export function minimalPolicy(): Record<string, any> {
  return {
    id: 'test-council',
    title: 'Test Council – children’s complaints',
    version: '1.0.0',
    effectiveFrom: '2026-04-01',
    jurisdiction: 'england',
    calendar: {
      holidays: 'england-and-wales',
      closures: [{ date: '2026-12-29', reason: 'Office closed' }],
      nonWorkingDayReceipt: 'count-from-next-working-day',
      source: LOCAL,
    },
    roles: {
      'team-manager': { title: 'Team Manager', escalatesTo: 'service-manager', source: LOCAL },
      'service-manager': { title: 'Service Manager', escalatesTo: 'head-of-service', source: LOCAL },
      'head-of-service': { title: 'Head of Service' },
      'complaints-team': { title: 'Complaints Team' },
    },
    contacts: { complaintsMailbox: { name: 'Complaints Team', email: 'complaints@example.gov.uk' } },
    timeLimit: { months: 12, discretion: true, decidedBy: 'complaints-team', source: 'SI 2006/1738 reg 9' },
    delayReasons: {
      codes: [
        { code: 'Z040', label: 'Complex case' },
        { code: 'Z041', label: 'Multiple teams involved' },
      ],
      awaited: { code: 'Z045', label: 'Reason awaited' },
      requestTemplate: 'delay-request',
      followUp: { afterWorkingDays: 5, to: ['head-of-service'], cc: ['responder'], template: 'delay-request', source: LOCAL },
      source: LOCAL,
    },
    caseTypes: {
      'statutory-complaint': {
        title: 'Statutory complaint',
        kind: 'statutory-complaint',
        stages: {
          'stage-1': {
            title: 'Stage 1',
            clockStart: 'received',
            timescale: { workingDays: 10, source: 'SI 2006/1738 reg 14' },
            extension: { maxWorkingDays: 20, localDateMayExceed: false, source: 'SI 2006/1738 reg 14' },
            responder: 'team-manager',
            escalation: { to: 'stage-2', windowWorkingDays: 20, lateRequestNeedsDiscretion: true, source: 'GBFC (2006)' },
            reminders: [
              { id: 'first', offsetWorkingDays: -3, to: ['responder'], cc: ['service-manager'], template: 'reminder', source: LOCAL },
              { id: 'due', offsetWorkingDays: 0, to: ['responder'], cc: ['service-manager'], template: 'reminder', source: LOCAL },
              { id: 'overdue', offsetWorkingDays: 5, to: ['responder'], cc: ['service-manager', 'head-of-service'], template: 'reminder', source: LOCAL },
            ],
            source: 'SI 2006/1738 reg 14',
          },
          'stage-2': {
            title: 'Stage 2',
            clockStart: 'requested',
            timescale: { workingDays: 25, source: 'SI 2006/1738 reg 17' },
            extension: { maxWorkingDays: 65, localDateMayExceed: false, source: 'SI 2006/1738 reg 17' },
            responder: 'service-manager',
            source: 'SI 2006/1738 reg 17',
          },
        },
      },
    },
    templates: {
      reminder: {
        subject: 'Complaint ((reference)) due ((due date))',
        body: '((recipient name)),\n\nThe response is due on ((due date)).',
        dates: { 'due date': 'long' },
        source: LOCAL,
      },
      'delay-request': {
        subject: 'Complaint ((reference)): reason for delay',
        body: '((recipient name)),\n\nPlease give the reason:\n\n((delay reasons))',
        source: LOCAL,
      },
    },
  };
}

/** A preset that extends `parent` with the given changes. */
export function child(parent: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'child', extends: parent, title: 'Child', version: '1.0.0', effectiveFrom: '2026-04-01', ...changes };
}

/** The problems `fn` throws as a PolicyValidationError (fails if it returns or throws anything else). */
export function problems(fn: () => unknown): readonly ValidationIssue[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof PolicyValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a PolicyValidationError, but the preset validated');
}

/** `[path, code]` of each problem. */
export function pathsAndCodes(issues: readonly ValidationIssue[]): [string, string][] {
  return issues.map((i) => [i.path, i.code]);
}
