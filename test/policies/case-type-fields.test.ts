// The fields added for the presets' two gaps: a case type's own calendar (FOIA 2000 s.10(6) counts a bank holiday in
// any part of the UK, while English complaints count England-and-Wales days), a stage's referral email (Dudley's
// "New Referral", seed 000), and the `note` authors write where sources disagree.
import { describe, expect, test } from 'vitest';
import { InvalidArgumentError } from '../../src/index.js';
import { caseTypeCalendar, getPolicy, parsePolicy } from '../../src/policies/index.js';
import { child, LOCAL, minimalPolicy, pathsAndCodes, problems } from './helpers.js';

const FOIA = 'FOIA 2000 s.10(6)';

/** The minimal preset with an FOI case type whose calendar differs from the policy's. */
function withFoi(calendar: Record<string, unknown> | undefined): Record<string, any> {
  const data = minimalPolicy();
  data.caseTypes.foi = {
    title: 'FOI request',
    kind: 'foi',
    ...(calendar === undefined ? {} : { calendar }),
    stages: {
      response: {
        title: 'Response',
        clockStart: 'received',
        timescale: { workingDays: 20, source: 'FOIA 2000 s.10(1)' },
        responder: 'complaints-team',
        source: 'FOIA 2000 s.10',
      },
    },
  };
  return data;
}

describe("a case type's own calendar", () => {
  test('overrides the policy calendar field by field; the rest (closures, receipt rule) is the policy’s', () => {
    const policy = parsePolicy(withFoi({ holidays: 'united-kingdom', source: FOIA }));
    expect(policy.caseTypes.foi?.calendar).toEqual({ holidays: 'united-kingdom', source: FOIA });
    expect(caseTypeCalendar(policy, 'foi')).toEqual({
      holidays: 'united-kingdom',
      closures: [{ date: '2026-12-29', reason: 'Office closed' }],
      nonWorkingDayReceipt: 'count-from-next-working-day',
      source: FOIA,
    });
    expect(Object.isFrozen(caseTypeCalendar(policy, 'foi'))).toBe(true);
    // A case type without its own calendar counts on the policy's, the very object.
    expect(caseTypeCalendar(policy, 'statutory-complaint')).toBe(policy.calendar);
  });

  test('a list is replaced whole (`closures: []` for none); the cut-off, receipt rule and note come through', () => {
    const policy = parsePolicy(
      withFoi({
        closures: [],
        receiptCutOff: '16:00',
        nonWorkingDayReceipt: 'next-working-day-is-receipt',
        source: 'local: FOI procedure',
        note: 'Privilege days do not stop the FOI clock (ICO LTT47).',
      }),
    );
    expect(caseTypeCalendar(policy, 'foi')).toEqual({
      holidays: 'england-and-wales',
      closures: [],
      receiptCutOff: '16:00',
      nonWorkingDayReceipt: 'next-working-day-is-receipt',
      source: 'local: FOI procedure',
      note: 'Privilege days do not stop the FOI clock (ICO LTT47).',
    });
  });

  test('needs a source, and says when it changes nothing', () => {
    expect(pathsAndCodes(problems(() => parsePolicy(withFoi({ holidays: 'united-kingdom' }))))).toEqual([['caseTypes.foi.calendar.source', 'missing-source']]);
    expect(pathsAndCodes(problems(() => parsePolicy(withFoi({ source: FOIA }))))).toEqual([['caseTypes.foi.calendar', 'empty-calendar']]);
  });

  test('its closures are checked like the policy’s: real dates, each once', () => {
    const data = withFoi({
      closures: [
        { date: '2026-12-29', reason: 'Closed' },
        { date: '2026-02-29', reason: 'Not a day in 2026' },
        { date: '2026-12-29', reason: 'Again' },
      ],
      source: LOCAL,
    });
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([
      ['caseTypes.foi.calendar.closures[1].date', 'bad-date'],
      ['caseTypes.foi.calendar.closures[2].date', 'duplicate-date'],
    ]);
  });

  test('strict keys and allowed values, with suggestions', () => {
    const issues = problems(() => parsePolicy(withFoi({ holiday: 'united-kingdom', nonWorkingDayReceipt: 'next-day', source: FOIA })));
    expect(pathsAndCodes(issues)).toEqual([
      ['caseTypes.foi.calendar.nonWorkingDayReceipt', 'not-allowed-value'],
      ['caseTypes.foi.calendar.holiday', 'unknown-key'],
    ]);
    expect(issues[1]!.message).toBe('`holiday` is not a field here. Did you mean `holidays`? Remove it or correct the spelling.');
  });

  test('a preset that extends another merges it key by key, or removes it with null', () => {
    const scottish = parsePolicy(child('mayoral-borough', { caseTypes: { foi: { calendar: { holidays: 'scotland' } } } }));
    // The rest of the borough's FOI calendar is inherited; its source no longer vouches for the changed value, so it
    // is marked as a local change naming the old source and the old value (issue 14: sources follow the values).
    const old = getPolicy('mayoral-borough').caseTypes.foi!.calendar!.source;
    expect(caseTypeCalendar(scottish, 'foi')).toMatchObject({ holidays: 'scotland', source: `local (changed from ${old}: united-kingdom)` });
    const removed = parsePolicy(child('mayoral-borough', { caseTypes: { foi: { calendar: null } } }));
    expect(caseTypeCalendar(removed, 'foi')).toBe(removed.calendar);
    expect(caseTypeCalendar(removed, 'foi').holidays).toBe('england-and-wales');
  });

  test('an unknown case type is an InvalidArgumentError naming the field', () => {
    const policy = parsePolicy(withFoi(undefined));
    expect(() => caseTypeCalendar(policy, 'complaint')).toThrow(InvalidArgumentError);
    expect(() => caseTypeCalendar(policy, 'constructor')).toThrow(expect.objectContaining({ path: 'caseType' }));
  });
});

describe("a stage's referral email", () => {
  const stage1 = (data: Record<string, any>) => data.caseTypes['statutory-complaint'].stages['stage-1'];

  test('is sent to roles (`responder` allowed), copies default to none, with a template and a source', () => {
    const data = minimalPolicy();
    stage1(data).referral = { to: ['responder'], template: 'reminder', source: LOCAL };
    const policy = parsePolicy(data);
    expect(policy.caseTypes['statutory-complaint']!.stages['stage-1']!.referral).toEqual({ to: ['responder'], cc: [], template: 'reminder', source: LOCAL });
  });

  test('roles must be declared and the template must exist; it needs someone to send to and a source', () => {
    const data = minimalPolicy();
    stage1(data).referral = { to: ['responder'], cc: ['service-manger', 'responder'], template: 'new-referral', source: LOCAL };
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([
      ['caseTypes.statutory-complaint.stages.stage-1.referral.cc[0]', 'unknown-role'],
      ['caseTypes.statutory-complaint.stages.stage-1.referral.template', 'unknown-template'],
    ]);
    expect(issues[0]!.message).toMatch(/^This role is not declared under `roles`\. Did you mean `service-manager`\?/);
    const empty = minimalPolicy();
    stage1(empty).referral = { to: [], template: 'reminder' };
    expect(pathsAndCodes(problems(() => parsePolicy(empty)))).toEqual([
      ['caseTypes.statutory-complaint.stages.stage-1.referral.to', 'too-small'],
      ['caseTypes.statutory-complaint.stages.stage-1.referral.source', 'missing-source'],
    ]);
  });
});

describe('notes', () => {
  test('a note is accepted on the calendar, escalation, time limit, reminder, step and outside-procedure entries', () => {
    const data = minimalPolicy();
    const s1 = data.caseTypes['statutory-complaint'].stages['stage-1'];
    data.calendar.note = 'Why England-and-Wales days.';
    s1.escalation.note = 'Why 20 working days, not 28 days.';
    data.timeLimit.note = 'Why 12 months.';
    s1.reminders[0].note = 'Why 3 days before.';
    s1.steps = [{ id: 'draft', title: 'Draft', by: 'team-manager', source: LOCAL, note: 'Why a draft.' }];
    data.outsideProcedure = [{ id: 'court-proceedings', label: 'Court proceedings', source: 'SI 2006/1738 reg 8', note: 'Why.' }];
    const policy = parsePolicy(data);
    const stage = policy.caseTypes['statutory-complaint']!.stages['stage-1']!;
    expect([
      policy.calendar.note,
      stage.escalation?.note,
      policy.timeLimit?.note,
      stage.reminders[0]?.note,
      stage.steps?.[0]?.note,
      policy.outsideProcedure[0]?.note,
    ]).toEqual(['Why England-and-Wales days.', 'Why 20 working days, not 28 days.', 'Why 12 months.', 'Why 3 days before.', 'Why a draft.', 'Why.']);
  });

  test('a note must be text', () => {
    const data = minimalPolicy();
    data.calendar.note = 42;
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([['calendar.note', 'wrong-type']]);
  });
});
