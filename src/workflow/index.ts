/**
 * The complaint lifecycle: open a case, record what happened, and ask what is due, when, and who to chase.
 * Everything is a pure function of the policy, the case's events and a date the caller passes in; deadlines and
 * reminders are worked out from the events every time, never stored.
 *
 * @packageDocumentation
 */
export { CASE_EVENT_TYPES, checkCaseValue } from './types.js';
export { caseEventSchema, caseSchema, outcomeSchema } from './public-schemas.js';
export { isEmailAddress } from './events.js';
export type { CaseValueProblem, StoredCase } from './types.js';
export type {
  AnyCaseEvent,
  AcknowledgedEvent,
  AllocatedEvent,
  ReferredBackEvent,
  AcceptedLateEvent,
  NormalBusinessConfirmedEvent,
  HoldingResponseSentEvent,
  ExtensionAgreedEvent,
  ResponseSentEvent,
  FurtherQuestionsAnsweredEvent,
  NextStageRequestedEvent,
  DiscretionDecidedEvent,
  MediationOfferedEvent,
  MediationConcludedEvent,
  InvestigatorAppointedEvent,
  IndependentPersonAppointedEvent,
  StatementAgreedEvent,
  PanelRequestedEvent,
  HearingArrangedEvent,
  HearingHeldEvent,
  PanelReportReceivedEvent,
  FinalResponseSentEvent,
  ReferredToOmbudsmanEvent,
  WithdrawnEvent,
  ClosedEvent,
  AgreedActionsRecordedEvent,
  DelayReasonRecordedEvent,
  StepCompletedEvent,
  ResponseReceivedEvent,
  LanguagePreferenceChangedEvent,
  ClockStoppedEvent,
  ClockResumedEvent,
  ClockRestartedEvent,
  RequestLapsedEvent,
} from './event-types.js';
export type {
  Outcome,
  CaseEvent,
  CaseEventInput,
  CaseEventType,
  CaseEventOf,
  Case,
  OpenCaseInput,
  CaseStateName,
  DeadlineFlag,
  DeadlineKind,
  Deadline,
  SkippedDay,
  ClockStoppedDay,
  Responsibility,
  CaseStatus,
  ScheduledReminder,
  ReminderWindow,
  WorkflowOptions,
  Contact,
  Recipients,
  LanguagePreference,
} from './types.js';
export { TransitionError, EventOrderError, MissingRecipientError } from './errors.js';
export { createWorkflow } from './engine.js';
export type { Workflow, WorkflowEngineOptions, WorkflowReplayOptions, StageDates } from './engine.js';
// The type of `WorkflowEngineOptions.feed`, so that this entry alone can name every type its functions take.
export type { BankHolidayFeed } from '../calendar/index.js';
export type { CaseSnapshot, StageSnapshot, ExtensionSnapshot, RequestSnapshot, ClockStopSnapshot } from './snapshot.js';
export { describeCount, windowCountOf } from './dates.js';
export type { Count } from './dates.js';
export { openCase } from './open-case.js';
export { applyEvent, allowedEventTypes } from './apply-event.js';
export { deadlines } from './deadlines.js';
export { statusOn } from './status.js';
export { reminderSchedule, remindersDue } from './reminders.js';
export { resolveRecipients } from './recipients.js';
export type { RecipientRoles, Directory } from './recipients.js';
export { expectedTimeline } from './timeline.js';
export type { TimelineInput, Timeline } from './timeline.js';
export { timelineToICalendar } from './icalendar.js';
export type { ICalendarOptions } from './icalendar.js';
