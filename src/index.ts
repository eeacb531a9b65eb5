/**
 * statutory-complaints: the rules English councils (and the other UK nations) follow when they handle complaints
 * about children's social care, as pure functions.
 *
 * The package root holds the names for the main jobs (about 40): the working-day calendar, the built-in policy
 * presets, the case operations, rendering emails and letters, performance reports, and the error classes to catch.
 * Everything else is on the area subpaths, each a complete module on its own:
 * `statutory-complaints/calendar`, `/policies`, `/workflow`, `/templates`, `/reporting`, and the Node-only `/node`.
 * Every name exported here is also exported from its area's subpath.
 *
 * @packageDocumentation
 */

// The working-day calendar and bank holidays.
export { createCalendar, parseDate, receivedDate, bankHolidays, parseGovUkBankHolidays } from './calendar/index.js';
export type { CalendarDate, DateInput, Calendar, BankHolidayFeed } from './calendar/index.js';

// Policy presets.
export { getPolicy, listPolicies, parsePolicy } from './policies/index.js';
export type { Policy } from './policies/index.js';

// Cases: the workflow engine of a policy (`createWorkflow`), and the 0.1 functions (deprecated wrappers that run on it):
// open, record events, and ask what is due, when, and who to chase.
export {
  createWorkflow,
  openCase,
  applyEvent,
  allowedEventTypes,
  deadlines,
  statusOn,
  reminderSchedule,
  remindersDue,
  resolveRecipients,
  expectedTimeline,
} from './workflow/index.js';
export type { Workflow, Case, CaseEventInput, Deadline } from './workflow/index.js';

// Emails and letters in GOV.UK Notify's syntax.
export { renderTemplate, emailForReminder, letterForCase } from './templates/index.js';

// Performance reports.
export { performanceReport, casesFromJson, casesFromCsv, reportToCsv, reportToHtml } from './reporting/index.js';

// The errors to catch: every error the library throws is a StatutoryComplaintsError (or, for a date outside the
// supported range, a DateOutOfRangeError), each with a `code` and a `path`.
export { StatutoryComplaintsError, InvalidDateError, DateOutOfRangeError, InvalidArgumentError, CoverageError } from './calendar/index.js';
export { PolicyValidationError } from './policies/index.js';
export { TransitionError } from './workflow/index.js';
export { MissingPersonalisationError } from './templates/index.js';
export { CaseInputError } from './reporting/index.js';
