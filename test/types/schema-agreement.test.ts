/**
 * The library's own interfaces (src/policies/types.ts, src/workflow/event-types.ts, StoredCase) are declared by
 * hand so that the published declarations show them instead of zod's inference chains. These assertions, checked
 * by the compiler (`npm run typecheck` covers test/), fail as soon as a schema and its interface differ in any
 * field, optionality or type, in either direction: the schema stays the single source of the format.
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import type * as z from 'zod';
import type * as schema from '../../src/policies/schema.js';
import type * as policyTypes from '../../src/policies/types.js';
import type * as events from '../../src/workflow/events.js';
import type { AnyCaseEvent, CaseEvent, CaseEventInput, Outcome } from '../../src/workflow/event-types.js';
import type { caseSchema } from '../../src/workflow/types.js';
import type { StoredCase } from '../../src/workflow/index.js';
import type { directoryFileSchema } from '../../src/chase/directory.js';
import type { DirectoryFile } from '../../src/chase/index.js';

describe('hand-written interfaces equal what the schemas infer', () => {
  test('policy types (output: defaults filled in)', () => {
    expectTypeOf<policyTypes.Policy>().toEqualTypeOf<z.output<typeof schema.policySchema>>();
    expectTypeOf<policyTypes.Stage>().toEqualTypeOf<z.output<typeof schema.stageSchema>>();
    expectTypeOf<policyTypes.CaseType>().toEqualTypeOf<z.output<typeof schema.caseTypeSchema>>();
    expectTypeOf<policyTypes.CaseKind>().toEqualTypeOf<z.output<typeof schema.caseKindSchema>>();
    expectTypeOf<policyTypes.Timescale>().toEqualTypeOf<z.output<typeof schema.timescaleSchema>>();
    expectTypeOf<policyTypes.Extension>().toEqualTypeOf<z.output<typeof schema.extensionSchema>>();
    expectTypeOf<policyTypes.Reminder>().toEqualTypeOf<z.output<typeof schema.reminderSchema>>();
    expectTypeOf<policyTypes.Role>().toEqualTypeOf<z.output<typeof schema.roleSchema>>();
    expectTypeOf<policyTypes.Template>().toEqualTypeOf<z.output<typeof schema.templateSchema>>();
    expectTypeOf<policyTypes.ClockStart>().toEqualTypeOf<z.output<typeof schema.clockStartSchema>>();
    expectTypeOf<policyTypes.DelayReasons>().toEqualTypeOf<z.output<typeof schema.delayReasonsSchema>>();
    expectTypeOf<policyTypes.DelayReason>().toEqualTypeOf<z.output<typeof schema.delayReasonSchema>>();
    expectTypeOf<policyTypes.PolicyCalendar>().toEqualTypeOf<z.output<typeof schema.policyCalendarSchema>>();
    expectTypeOf<policyTypes.CaseTypeCalendar>().toEqualTypeOf<z.output<typeof schema.caseTypeCalendarSchema>>();
    expectTypeOf<policyTypes.Referral>().toEqualTypeOf<z.output<typeof schema.referralSchema>>();
    expectTypeOf<policyTypes.Panel>().toEqualTypeOf<z.output<typeof schema.panelSchema>>();
    expectTypeOf<policyTypes.Step>().toEqualTypeOf<z.output<typeof schema.stepSchema>>();
    expectTypeOf<policyTypes.StepStart>().toEqualTypeOf<z.output<typeof schema.stepStartSchema>>();
    expectTypeOf<policyTypes.Escalation>().toEqualTypeOf<z.output<typeof schema.escalationSchema>>();
    expectTypeOf<policyTypes.Target>().toEqualTypeOf<z.output<typeof schema.targetSchema>>();
    expectTypeOf<policyTypes.TimeLimit>().toEqualTypeOf<z.output<typeof schema.timeLimitSchema>>();
    expectTypeOf<policyTypes.OutsideProcedure>().toEqualTypeOf<z.output<typeof schema.outsideProcedureSchema>>();
    expectTypeOf<policyTypes.Contacts>().toEqualTypeOf<z.output<typeof schema.contactsSchema>>();
    expectTypeOf<policyTypes.StatutoryLimit>().toEqualTypeOf<z.output<typeof schema.statutoryLimitSchema>>();
    expectTypeOf<policyTypes.LimitAmount>().toEqualTypeOf<z.output<typeof schema.limitAmountSchema>>();
    expectTypeOf<policyTypes.DateStyle>().toEqualTypeOf<z.output<typeof schema.dateStyleSchema>>();
  });

  test('policy input types (fields with a default may be left out)', () => {
    expectTypeOf<policyTypes.PolicyInput>().toEqualTypeOf<z.input<typeof schema.policySchema>>();
    expectTypeOf<policyTypes.StageInput>().toEqualTypeOf<z.input<typeof schema.stageSchema>>();
    expectTypeOf<policyTypes.CaseTypeInput>().toEqualTypeOf<z.input<typeof schema.caseTypeSchema>>();
    expectTypeOf<policyTypes.ReminderInput>().toEqualTypeOf<z.input<typeof schema.reminderSchema>>();
    expectTypeOf<policyTypes.ReferralInput>().toEqualTypeOf<z.input<typeof schema.referralSchema>>();
    expectTypeOf<policyTypes.PanelInput>().toEqualTypeOf<z.input<typeof schema.panelSchema>>();
    expectTypeOf<policyTypes.PolicyCalendarInput>().toEqualTypeOf<z.input<typeof schema.policyCalendarSchema>>();
    expectTypeOf<policyTypes.DelayReasonsInput>().toEqualTypeOf<z.input<typeof schema.delayReasonsSchema>>();
    expectTypeOf<policyTypes.TemplateInput>().toEqualTypeOf<z.input<typeof schema.templateSchema>>();
  });

  test('event types: validated (CalendarDate) and as written (string)', () => {
    expectTypeOf<CaseEvent>().toEqualTypeOf<z.output<typeof events.caseEventSchema>>();
    expectTypeOf<CaseEventInput>().toEqualTypeOf<z.input<typeof events.caseEventSchema>>();
    expectTypeOf<AnyCaseEvent<string>>().toEqualTypeOf<CaseEventInput>();
    expectTypeOf<Outcome>().toEqualTypeOf<z.output<typeof events.outcomeSchema>>();
  });

  test('a stored case that passed the case schema; a role directory file', () => {
    expectTypeOf<StoredCase>().toEqualTypeOf<z.output<typeof caseSchema>>();
    expectTypeOf<DirectoryFile>().toEqualTypeOf<z.output<typeof directoryFileSchema>>();
    // The run-time part: this file is loaded and its assertions compiled.
    expect(true).toBe(true);
  });
});
