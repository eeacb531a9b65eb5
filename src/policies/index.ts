/**
 * Policy presets: the data that says how a council runs its complaints process (calendar, stages and timescales,
 * who responds, the chasing ladder, templates, delay-reason codes), with every rule's source. One zod schema is
 * the single source of the format; `parsePolicy` checks a preset and reports every problem at once in plain
 * English; `getPolicy` and `listPolicies` give the built-in presets.
 *
 * Reading a preset's YAML or JSON text, with line and column in the messages, is in `statutory-complaints/policy-text`
 * (`parsePolicyText`, which also runs in a browser) and reading a file in the Node-only `statutory-complaints/node`
 * (`loadPolicyFile`), so this module needs no YAML parser.
 *
 * @packageDocumentation
 */
export { parsePolicy } from './parse-policy.js';
export type { ParsePolicyOptions } from './parse-policy.js';
export { getPolicy, listPolicies } from './builtins.js';
export { caseTypeCalendar } from './case-type-calendar.js';
export type { PolicySummary } from './builtins.js';
export type { PresetLookup } from './resolve.js';
export { isResolvedPolicy } from './resolve.js';
export type { PolicySourceMap, SourcePosition } from './source-map.js';
export { formatPath } from './paths.js';
export type { PolicyPath, PathSegment } from './paths.js';
export { policySchema, presetFileSchema } from './public-schemas.js';
export { statutoryLimitWarnings } from './limits.js';
export { explainPolicy } from './explain.js';
export type { ExplainedPolicy, ValueOrigin } from './explain.js';
export { diffPolicies } from './diff.js';
export type { PolicyDifference } from './diff.js';
export type { PolicyWarning } from './limits.js';
export type {
  Policy,
  PolicyInput,
  PresetFile,
  ExtendingPresetInput,
  Stage,
  CaseType,
  CaseKind,
  ClockStop,
  Timescale,
  Extension,
  Reminder,
  Role,
  Template as PolicyTemplate,
  ClockStart,
  DelayReasons,
  DelayReason,
  PolicyCalendar,
  CaseTypeCalendar,
  Referral,
  Panel,
  Step,
  StepStart,
  Escalation,
  Target,
  TimeLimit,
  OutsideProcedure,
  Contacts,
  PresetPatch,
  NamedItemPatch,
  StatutoryLimit,
  LimitAmount,
  LanguagePreference,
  Correspondence,
  CorrespondenceInput,
  WelshTemplate,
  ValidationSchema,
  SchemaResult,
  SchemaIssue,
  Closure,
  Mailbox,
  DelayReasonFollowUp,
  DelayReasonFollowUpInput,
  DateStyle,
  Jurisdiction,
  PolicyHolidays,
  NonWorkingDayReceiptRule,
  PolicyCalendarInput,
  CaseTypeInput,
  StageInput,
  ReminderInput,
  ReferralInput,
  PanelInput,
  DelayReasonsInput,
  TemplateInput,
} from './types.js';
export { WORKFLOW_PLACEHOLDERS, normalisePlaceholderName } from './placeholders.js';
export { findPlaceholders } from './template-placeholders.js';
export { templateNotes } from './checks.js';
export type { PolicyNote } from './checks.js';
export type { FoundPlaceholder } from './template-placeholders.js';
export type { WorkflowPlaceholder } from './placeholders.js';
export { PolicyValidationError } from '../errors.js';
export type { ValidationIssue } from '../errors.js';

/** Internal (`@internal`): for the other areas of this package, not part of the supported API. */
export { checkPolicyShape } from './resolve.js';
