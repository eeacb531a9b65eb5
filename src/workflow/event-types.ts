/**
 * The event types of a case, declared once as the library's own interfaces. They are what `events.ts` infers from
 * the event schema (a type test, `test/types/schema-agreement.test.ts`, fails if the two ever differ), written out so
 * that the published declarations show these names and fields instead of zod's inference chains.
 *
 * Each event is generic in the type of its dates: {@link CalendarDate} once validated (`CaseEvent`), a plain
 * `YYYY-MM-DD` string as a caller writes it (`CaseEventInput`).
 *
 * @module
 */
import type { CalendarDate } from '../calendar/index.js';
import type { LanguagePreference } from '../policies/index.js';

/** The outcome of a complaint response. */
export type Outcome = 'upheld' | 'partly-upheld' | 'not-upheld';

/** The case (or the request for the current stage) was acknowledged. */
export interface AcknowledgedEvent<D = CalendarDate> {
  type: 'acknowledged';
  /** The date it happened. */
  on: D;
}
/** The case was allocated to a person in a role (at the current stage). */
export interface AllocatedEvent<D = CalendarDate> {
  type: 'allocated';
  on: D;
  /** The role of the person now responsible (a role id of the policy). */
  role: string;
  /** The person's name, if the caller wants it kept with the case (personal data). */
  name?: string | undefined;
  /** The person's email address, so that chasing emails reach them (personal data). */
  email?: string | undefined;
  /** The team or service area the case is allocated to. */
  team?: string | undefined;
}
/** The matter is outside the procedure and the complainant was told so. */
export interface ReferredBackEvent<D = CalendarDate> {
  type: 'referred-back';
  on: D;
  /** `court-proceedings`, `out-of-time`, `not-eligible`, or the id of one of the preset's `outsideProcedure` entries. */
  reason: string;
}
/** A complaint made after the time limit was accepted at the council's discretion. */
export interface AcceptedLateEvent<D = CalendarDate> {
  type: 'accepted-late';
  on: D;
}
/** The recipient confirmed they will treat the matter as normal business. */
export interface NormalBusinessConfirmedEvent<D = CalendarDate> {
  type: 'normal-business-confirmed';
  on: D;
}
/** A holding response was sent to the complainant. */
export interface HoldingResponseSentEvent<D = CalendarDate> {
  type: 'holding-response-sent';
  on: D;
}
/**
 * A longer time to respond was agreed for the current stage: exactly one of `newDueDate`, `additionalWorkingDays`
 * (days on top of the due date in force; `workingDays` is its deprecated name) or `calendarMonths`.
 */
export interface ExtensionAgreedEvent<D = CalendarDate> {
  type: 'extension-agreed';
  on: D;
  /** Why more time is needed (free text, may be personal data). */
  reason: string;
  /** Whether the new date was agreed with the complainant. */
  agreedWithComplainant: boolean;
  /** The new due date. */
  newDueDate?: D | undefined;
  /** Working days added ON TOP of the due date in force (not the total). */
  additionalWorkingDays?: number | undefined;
  /** Deprecated name of `additionalWorkingDays` (the same meaning: days added on top, not the total). */
  workingDays?: number | undefined;
  /** Calendar months added to the timescale (subject access: 2). */
  calendarMonths?: number | undefined;
  /** When it was agreed (default: `on`). */
  agreedOn?: D | undefined;
}
/** The response for the current stage was sent. */
export interface ResponseSentEvent<D = CalendarDate> {
  type: 'response-sent';
  on: D;
  /** Required for complaints; not used for enquiries and information requests. */
  outcome?: Outcome | undefined;
}
/** The complainant received the response to the current stage (e.g. delivery confirmed). */
export interface ResponseReceivedEvent<D = CalendarDate> {
  type: 'response-received';
  on: D;
  /** The day the complainant received the response, when it is recorded later (default: `on`). */
  receivedOn?: D | undefined;
}
/** The complainant's further questions about the response were answered. */
export interface FurtherQuestionsAnsweredEvent<D = CalendarDate> {
  type: 'further-questions-answered';
  on: D;
}
/** The complainant asked to move to the next stage. */
export interface NextStageRequestedEvent<D = CalendarDate> {
  type: 'next-stage-requested';
  on: D;
  /** The stage asked for (default: the current stage's escalation target, else the next stage). */
  stage?: string | undefined;
}
/** The decision on a late request for the next stage. */
export interface DiscretionDecidedEvent<D = CalendarDate> {
  type: 'discretion-decided';
  on: D;
  accepted: boolean;
}
/** Mediation was offered. */
export interface MediationOfferedEvent<D = CalendarDate> {
  type: 'mediation-offered';
  on: D;
}
/** Mediation ended, resolving the complaint or not. */
export interface MediationConcludedEvent<D = CalendarDate> {
  type: 'mediation-concluded';
  on: D;
  resolved: boolean;
}
/** An investigating officer was appointed. */
export interface InvestigatorAppointedEvent<D = CalendarDate> {
  type: 'investigator-appointed';
  on: D;
}
/** An independent person was appointed (SI 2006/1738 reg 17(2)). */
export interface IndependentPersonAppointedEvent<D = CalendarDate> {
  type: 'independent-person-appointed';
  on: D;
}
/** The statement of complaint was agreed. */
export interface StatementAgreedEvent<D = CalendarDate> {
  type: 'statement-agreed';
  on: D;
}
/** The complainant asked for a review panel. */
export interface PanelRequestedEvent<D = CalendarDate> {
  type: 'panel-requested';
  on: D;
}
/** A panel hearing was arranged for a date. */
export interface HearingArrangedEvent<D = CalendarDate> {
  type: 'hearing-arranged';
  on: D;
  hearingDate: D;
}
/** The panel met. */
export interface HearingHeldEvent<D = CalendarDate> {
  type: 'hearing-held';
  on: D;
}
/** The panel's report was received. */
export interface PanelReportReceivedEvent<D = CalendarDate> {
  type: 'panel-report-received';
  on: D;
}
/** The council's final response after the panel was sent. */
export interface FinalResponseSentEvent<D = CalendarDate> {
  type: 'final-response-sent';
  on: D;
  outcome: Outcome;
}
/** The complainant went (or was referred) to the ombudsman. */
export interface ReferredToOmbudsmanEvent<D = CalendarDate> {
  type: 'referred-to-ombudsman';
  on: D;
}
/** The complainant withdrew. */
export interface WithdrawnEvent<D = CalendarDate> {
  type: 'withdrawn';
  on: D;
}
/** The case was closed on the system. */
export interface ClosedEvent<D = CalendarDate> {
  type: 'closed';
  on: D;
}
/** Actions agreed as a result of the case, to follow up and report on. */
export interface AgreedActionsRecordedEvent<D = CalendarDate> {
  type: 'agreed-actions-recorded';
  on: D;
  /** The actions agreed (free text, may be personal data). */
  actions: string[];
}
/** The reason for a late response was recorded. */
export interface DelayReasonRecordedEvent<D = CalendarDate> {
  type: 'delay-reason-recorded';
  on: D;
  /** One of the preset's delay-reason codes, e.g. `Z040`. */
  code: string;
  /** Additional information (free text, may be personal data). */
  text?: string | undefined;
}
/** A step inside the current stage was completed. */
export interface StepCompletedEvent<D = CalendarDate> {
  type: 'step-completed';
  on: D;
  /** The step id from the preset. */
  step: string;
}

/** The case's language preference for correspondence changed. */
export interface LanguagePreferenceChangedEvent<D = CalendarDate> {
  type: 'language-preference-changed';
  on: D;
  /** `english`, `welsh` or `bilingual`. */
  language: LanguagePreference;
}
/** The response clock was stopped under one of the case type's clock-stop mechanisms. */
export interface ClockStoppedEvent<D = CalendarDate> {
  type: 'clock-stopped';
  on: D;
  /** The id of one of the case type's `clockStops` (e.g. `fees-notice`, `clarification`). */
  reason: string;
  /** Additional information (free text, may be personal data). */
  note?: string | undefined;
}
/** A paused clock runs again (a mechanism whose effect is `pause`). */
export interface ClockResumedEvent<D = CalendarDate> {
  type: 'clock-resumed';
  on: D;
}
/** A stopped clock starts again from this day (a mechanism whose effect is `restart`). */
export interface ClockRestartedEvent<D = CalendarDate> {
  type: 'clock-restarted';
  on: D;
}
/** The request lapsed: what the clock waited for did not come in time. */
export interface RequestLapsedEvent<D = CalendarDate> {
  type: 'request-lapsed';
  on: D;
}

/** Any event, with dates of type `D`. */
export type AnyCaseEvent<D> =
  | AcknowledgedEvent<D>
  | AllocatedEvent<D>
  | ReferredBackEvent<D>
  | AcceptedLateEvent<D>
  | NormalBusinessConfirmedEvent<D>
  | HoldingResponseSentEvent<D>
  | ExtensionAgreedEvent<D>
  | ResponseSentEvent<D>
  | ResponseReceivedEvent<D>
  | FurtherQuestionsAnsweredEvent<D>
  | NextStageRequestedEvent<D>
  | DiscretionDecidedEvent<D>
  | MediationOfferedEvent<D>
  | MediationConcludedEvent<D>
  | InvestigatorAppointedEvent<D>
  | IndependentPersonAppointedEvent<D>
  | StatementAgreedEvent<D>
  | PanelRequestedEvent<D>
  | HearingArrangedEvent<D>
  | HearingHeldEvent<D>
  | PanelReportReceivedEvent<D>
  | FinalResponseSentEvent<D>
  | ReferredToOmbudsmanEvent<D>
  | WithdrawnEvent<D>
  | ClosedEvent<D>
  | AgreedActionsRecordedEvent<D>
  | DelayReasonRecordedEvent<D>
  | StepCompletedEvent<D>
  | LanguagePreferenceChangedEvent<D>
  | ClockStoppedEvent<D>
  | ClockResumedEvent<D>
  | ClockRestartedEvent<D>
  | RequestLapsedEvent<D>;

/** Any event recorded on a case (validated: dates are {@link CalendarDate}s). */
export type CaseEvent = AnyCaseEvent<CalendarDate>;
/** An event as a caller writes it (dates as plain `YYYY-MM-DD` strings). */
export type CaseEventInput = AnyCaseEvent<string>;
