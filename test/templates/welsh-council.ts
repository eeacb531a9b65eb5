/**
 * A council extending the Wales preset with a reminder 2 working days before the local resolution discussion's date,
 * its template in English and Welsh (test/templates/welsh.test.ts and reminder-emails.test.ts). Opened on Friday 19
 * December 2025, the discussion is due Friday 9 January 2026 and the reminder goes on Wednesday 7 January 2026
 * (9 -> 8, 7).
 */
import { parsePolicy, type Policy } from '../../src/policies/index.js';

export const exampleWelshCouncil: Policy = parsePolicy({
  id: 'example-welsh-council',
  extends: 'wales-social-services-2014',
  title: 'Example Welsh council',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  caseTypes: {
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
  },
  templates: {
    'discussion-reminder': {
      subject: 'Complaint ((reference)) – discussion by ((due date))',
      body: '((recipient name)),\n\nThe local resolution discussion for complaint ((reference)) must take place by ((due date)).',
      welsh: {
        subject: 'Cwyn ((reference)) – trafodaeth erbyn ((due date))',
        body: '((recipient name)),\n\nRhaid i’r drafodaeth datrys yn lleol ar gyfer cwyn ((reference)) ddigwydd erbyn ((due date)).',
      },
      dates: { 'due date': 'short' },
      source: 'local: example',
    },
  },
});
