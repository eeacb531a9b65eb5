// parsePolicy: resolution of `extends` by the documented merge rules, the checks between parts of a preset, safety
// against prototype pollution and odd values, and messages that never repeat a value from the data.
import { describe, expect, test } from 'vitest';
import { PolicyValidationError } from '../../src/index.js';
import { parsePolicy } from '../../src/policies/index.js';
import { child, LOCAL, minimalPolicy, pathsAndCodes, problems } from './helpers.js';

const S1 = 'caseTypes.statutory-complaint.stages.stage-1';

describe('a complete preset', () => {
  test('validates, with defaults filled in', () => {
    const policy = parsePolicy(minimalPolicy());
    expect(policy.caseTypes['statutory-complaint']!.stages['stage-2']!.reminders).toEqual([]);
    expect(policy.caseTypes['statutory-complaint']!.stages['stage-1']!.optional).toBe(false);
    expect(policy.outsideProcedure).toEqual([]);
    expect(policy.placeholders).toEqual([]);
  });

  test('is deeply frozen', () => {
    const policy = parsePolicy(minimalPolicy());
    const reminder = policy.caseTypes['statutory-complaint']!.stages['stage-1']!.reminders[0]!;
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(reminder)).toBe(true);
    expect(Object.isFrozen(reminder.cc)).toBe(true);
    expect(() => {
      (reminder as { offsetWorkingDays: number }).offsetWorkingDays = 99;
    }).toThrow(TypeError);
  });

  test('a policy parsePolicy returned comes back unchanged', () => {
    const policy = parsePolicy(minimalPolicy());
    expect(parsePolicy(policy)).toBe(policy);
  });

  test('the data passed in is not changed', () => {
    const data = minimalPolicy();
    const copy = structuredClone(data);
    parsePolicy(data);
    expect(data).toEqual(copy);
  });

  test('without a source map, problems have no line or column', () => {
    const data = minimalPolicy();
    data.caseTypes['statutory-complaint'].stages['stage-1'].timescale.workingDays = -1;
    const [issue] = problems(() => parsePolicy(data));
    expect(issue).toEqual({ path: `${S1}.timescale.workingDays`, code: 'too-small', message: '`workingDays` cannot be negative: use 0 or more.' });
  });

  test('the error names the file and lists the problems', () => {
    const data = minimalPolicy();
    delete data.calendar.source;
    let caught: unknown;
    try {
      parsePolicy(data, { fileName: 'council.yaml' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PolicyValidationError);
    const error = caught as PolicyValidationError;
    expect(error.fileName).toBe('council.yaml');
    expect(error.path).toBe('calendar.source');
    expect(error.message).toContain('Policy file council.yaml has 1 problem:');
    expect(error.message).toContain('calendar.source: Every rule needs a `source`');
  });

  test.each([
    ['null', null],
    ['a list', []],
    ['text', 'id: x'],
    ['a number', 3],
  ])('%s is not a preset', (_what, data) => {
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([['', 'wrong-type']]);
  });
});

describe('checks between parts', () => {
  const stage1 = (p: Record<string, any>) => p.caseTypes['statutory-complaint'].stages['stage-1'];

  test('every problem is reported at once, in the order found', () => {
    const data = minimalPolicy();
    stage1(data).responder = 'team-manger';
    stage1(data).reminders[1].template = 'remnder';
    data.roles['head-of-service'].escalatesTo = 'team-manager';
    data.roles['head-of-service'].source = LOCAL;
    delete data.timeLimit.source;
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([
      ['timeLimit.source', 'missing-source'],
      ['roles.team-manager.escalatesTo', 'role-cycle'],
      [`${S1}.responder`, 'unknown-role'],
      [`${S1}.reminders[1].template`, 'unknown-template'],
    ]);
  });

  test('reminder paths count from 0: the third reminder is reminders[2]', () => {
    const data = minimalPolicy();
    stage1(data).reminders[2].offsetWorkingDays = 0;
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([[`${S1}.reminders[2].offsetWorkingDays`, 'ladder-order']]);
  });

  test('responder may be used in reminders and follow-ups, but not as a stage responder or a step', () => {
    const data = minimalPolicy();
    stage1(data).responder = 'responder';
    stage1(data).steps = [{ id: 'draft', title: 'Draft', by: 'responder', source: LOCAL }];
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([
      [`${S1}.responder`, 'unknown-role'],
      [`${S1}.steps[0].by`, 'unknown-role'],
    ]);
    expect(issues[0]!.message).toBe(
      '`responder` (whoever responds at the stage) can be used only in the `to` and `cc` of a reminder, a referral or a follow-up. Name a role declared under `roles` here.',
    );
  });

  test('roles used anywhere must be declared: respondsWith, panel, steps, time limit, follow-up', () => {
    const data = minimalPolicy();
    stage1(data).respondsWith = ['advocate'];
    data.caseTypes['statutory-complaint'].stages['stage-2'].panel = {
      meetWithin: { workingDays: 30, source: 'SI 2006/1738 reg 19(4)' },
      report: { workingDays: 5, source: 'SI 2006/1738 reg 20' },
      response: { workingDays: 15, source: 'SI 2006/1738 reg 20(3)' },
      respondsWith: ['independent-person'],
    };
    data.timeLimit.decidedBy = 'complaints-manager';
    data.delayReasons.followUp.to = ['director'];
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([
      ['timeLimit.decidedBy', 'unknown-role'],
      ['delayReasons.followUp.to[0]', 'unknown-role'],
      [`${S1}.respondsWith[0]`, 'unknown-role'],
      ['caseTypes.statutory-complaint.stages.stage-2.panel.respondsWith[0]', 'unknown-role'],
    ]);
  });

  test('templates used by delay reasons must exist', () => {
    const data = minimalPolicy();
    data.delayReasons.requestTemplate = 'delay-reqest';
    data.delayReasons.followUp.template = 'chase';
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([
      ['delayReasons.requestTemplate', 'unknown-template'],
      ['delayReasons.followUp.template', 'unknown-template'],
    ]);
    expect(issues[0]!.message).toContain('Did you mean `delay-request`?');
  });

  test('a stage cannot escalate to itself, nor a role', () => {
    const data = minimalPolicy();
    stage1(data).escalation.to = 'stage-1';
    data.roles['head-of-service'].escalatesTo = 'head-of-service';
    data.roles['head-of-service'].source = LOCAL;
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([
      ['roles.head-of-service.escalatesTo', 'role-cycle'],
      [`${S1}.escalation.to`, 'unknown-stage'],
    ]);
  });

  test('a timescale needs one length: neither, or both, is reported (also in panels and steps)', () => {
    const data = minimalPolicy();
    stage1(data).timescale = { source: 'x-source' };
    stage1(data).steps = [{ id: 'draft', title: 'Draft', by: 'team-manager', timescale: { workingDays: 5, calendarMonths: 1, source: LOCAL }, source: LOCAL }];
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([
      [`${S1}.timescale`, 'timescale-unit'],
      [`${S1}.steps[0].timescale`, 'timescale-unit'],
    ]);
    expect(issues[0]!.message).toBe('This timescale has no length: add `workingDays`, `calendarDays` or `calendarMonths`.');
    expect(issues[1]!.message).toBe('Give only one of `workingDays`, `calendarDays` or `calendarMonths` for this timescale, not both.');
  });

  test('a timescale may be in calendar days (a source that says "30 days"), alone', () => {
    const days = minimalPolicy();
    stage1(days).timescale = { calendarDays: 30, source: LOCAL };
    stage1(days).extension = { maxCalendarDays: 60, localDateMayExceed: false, source: LOCAL };
    expect(parsePolicy(days).caseTypes['statutory-complaint']!.stages['stage-1']!.timescale.calendarDays).toBe(30);

    const three = minimalPolicy();
    stage1(three).timescale = { workingDays: 10, calendarDays: 14, calendarMonths: 1, source: LOCAL };
    const issues = problems(() => parsePolicy(three));
    expect(pathsAndCodes(issues)).toEqual([[`${S1}.timescale`, 'timescale-unit']]);
    expect(issues[0]!.message).toBe('Give only one of `workingDays`, `calendarDays` or `calendarMonths` for this timescale, not several.');

    const mixed = minimalPolicy();
    stage1(mixed).timescale = { calendarDays: 30, source: LOCAL };
    const mixedIssues = problems(() => parsePolicy(mixed));
    expect(pathsAndCodes(mixedIssues)).toEqual([[`${S1}.extension.maxWorkingDays`, 'extension-unit']]);
    expect(mixedIssues[0]!.message).toBe("This stage's timescale is in calendar days, so give the maximum as `maxCalendarDays`, not `maxWorkingDays`.");
  });

  test('targets: exactly one of workingDays or calendarDays, not counted from their own event', () => {
    const data = minimalPolicy();
    const caseType = data.caseTypes['statutory-complaint'];
    caseType.acknowledgement = { calendarDays: 3, source: LOCAL };
    caseType.allocation = { workingDays: 2, calendarDays: 2, source: LOCAL };
    caseType.normalBusiness = { source: LOCAL };
    stage1(data).allocation = { workingDays: 2, from: 'allocated', source: LOCAL };
    data.caseTypes['statutory-complaint'].stages['stage-2'].acknowledgement = { workingDays: 3, from: 'acknowledged', source: LOCAL };
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([
      ['caseTypes.statutory-complaint.allocation', 'timescale-unit'],
      ['caseTypes.statutory-complaint.normalBusiness', 'timescale-unit'],
      [`${S1}.allocation.from`, 'target-from-itself'],
      ['caseTypes.statutory-complaint.stages.stage-2.acknowledgement.from', 'target-from-itself'],
    ]);
    expect(issues.map((i) => i.message)).toEqual([
      'Give only one of `workingDays` or `calendarDays` for this target, not both.',
      'This target has no length: add `workingDays` or `calendarDays`.',
      'This target cannot count from `allocated`, the event it is the target for. Count it from `received` (the default: the date of receipt, or of the request for the stage) or another earlier event.',
      'This target cannot count from `acknowledged`, the event it is the target for. Count it from `received` (the default: the date of receipt, or of the request for the stage) or another earlier event.',
    ]);
  });

  test('a stage may have its own allocation target, and a step may count from allocation', () => {
    const data = minimalPolicy();
    stage1(data).allocation = { workingDays: 2, source: LOCAL };
    stage1(data).steps = [{ id: 'respond', title: 'Respond', by: 'team-manager', from: 'allocated', timescale: { workingDays: 5, source: LOCAL }, source: LOCAL }];
    const s1 = parsePolicy(data).caseTypes['statutory-complaint']!.stages['stage-1']!;
    expect(s1.allocation).toEqual({ workingDays: 2, source: LOCAL });
    expect(s1.steps![0]!.from).toBe('allocated');

    const bad = minimalPolicy();
    stage1(bad).steps = [{ id: 'respond', title: 'Respond', by: 'team-manager', from: 'requested', source: LOCAL }];
    expect(pathsAndCodes(problems(() => parsePolicy(bad)))).toEqual([[`${S1}.steps[0].from`, 'not-allowed-value']]);
  });

  test('an escalation window: exactly one of working days, calendar days or calendar months', () => {
    const months = minimalPolicy();
    stage1(months).escalation = { to: 'stage-2', windowCalendarMonths: 2, lateRequestNeedsDiscretion: true, source: LOCAL };
    expect(parsePolicy(months).caseTypes['statutory-complaint']!.stages['stage-1']!.escalation!.windowCalendarMonths).toBe(2);

    const none = minimalPolicy();
    stage1(none).escalation = { to: 'stage-2', lateRequestNeedsDiscretion: true, source: LOCAL };
    const noneIssues = problems(() => parsePolicy(none));
    expect(pathsAndCodes(noneIssues)).toEqual([[`${S1}.escalation`, 'timescale-unit']]);
    expect(noneIssues[0]!.message).toBe('This window to ask for the next stage has no length: add `windowWorkingDays`, `windowCalendarDays` or `windowCalendarMonths`.');

    const two = minimalPolicy();
    stage1(two).escalation.windowCalendarDays = 28;
    expect(pathsAndCodes(problems(() => parsePolicy(two)))).toEqual([[`${S1}.escalation`, 'timescale-unit']]);
  });

  test('a hearing notice is counted back from the hearing in working days only', () => {
    const data = minimalPolicy();
    data.caseTypes['statutory-complaint'].stages['stage-2'].panel = {
      meetWithin: { calendarDays: 30, source: LOCAL },
      hearingNotice: { calendarDays: 14, source: LOCAL },
      report: { workingDays: 5, source: 'SI 2006/1738 reg 20' },
      response: { workingDays: 15, source: 'SI 2006/1738 reg 20(3)' },
    };
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([['caseTypes.statutory-complaint.stages.stage-2.panel.hearingNotice.calendarDays', 'timescale-unit']]);
    expect(issues[0]!.message).toBe('The notice before a hearing is counted back from the hearing date in working days: give it as `workingDays`.');
  });

  test('a role with escalatesTo needs a source', () => {
    const data = minimalPolicy();
    delete data.roles['team-manager'].source;
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([['roles.team-manager.source', 'missing-source']]);
    expect(issues[0]!.message).toBe(
      'This role has `escalatesTo`, so it needs a `source`: where the rule comes from that the complaint goes one rung up, to that role, when it is about the person in this role. Write the statute or guidance paragraph, or `local: <council document>`.',
    );
    // A role without escalatesTo needs none.
    expect(minimalPolicy().roles['head-of-service'].source).toBeUndefined();
  });

  test('an extension maximum: one unit, the timescale’s, and not shorter; none at all is allowed', () => {
    const both = minimalPolicy();
    stage1(both).extension.maxCalendarMonths = 1;
    expect(pathsAndCodes(problems(() => parsePolicy(both)))).toEqual([[`${S1}.extension`, 'extension-unit']]);

    const months = minimalPolicy();
    stage1(months).timescale = { calendarMonths: 3, source: 'UK GDPR art 12(3)' };
    stage1(months).extension = { maxCalendarMonths: 2, localDateMayExceed: false, source: 'UK GDPR art 12(3)' };
    expect(pathsAndCodes(problems(() => parsePolicy(months)))).toEqual([[`${S1}.extension.maxCalendarMonths`, 'extension-below-base']]);

    const monthsWithDays = minimalPolicy();
    stage1(monthsWithDays).timescale = { calendarMonths: 1, source: 'UK GDPR art 12(3)' };
    expect(pathsAndCodes(problems(() => parsePolicy(monthsWithDays)))).toEqual([[`${S1}.extension.maxWorkingDays`, 'extension-unit']]);

    const open = minimalPolicy();
    stage1(open).extension = { agreeBeforeDue: true, source: 'SI 2009/309 reg 14' };
    expect(() => parsePolicy(open)).not.toThrow();

    // Without a maximum, localDateMayExceed means nothing; with one, it must be given.
    const openWithFlag = minimalPolicy();
    stage1(openWithFlag).extension = { localDateMayExceed: true, source: 'SI 2009/309 reg 14' };
    const flagIssues = problems(() => parsePolicy(openWithFlag));
    expect(pathsAndCodes(flagIssues)).toEqual([[`${S1}.extension.localDateMayExceed`, 'no-maximum']]);
    expect(flagIssues[0]!.message).toBe(
      'This extension has no maximum, so `localDateMayExceed` has no effect. Remove it, or give the maximum the source sets (e.g. `maxWorkingDays`).',
    );
    const maxWithoutFlag = minimalPolicy();
    delete stage1(maxWithoutFlag).extension.localDateMayExceed;
    const missing = problems(() => parsePolicy(maxWithoutFlag));
    expect(pathsAndCodes(missing)).toEqual([[`${S1}.extension.localDateMayExceed`, 'missing-field']]);
    expect(missing[0]!.message).toBe(
      '`localDateMayExceed` is missing from `extension`. With a maximum, say whether a date agreed locally with the complainant may go beyond it: `true` (the date is kept and flagged) or `false` (it is refused).',
    );

    const equal = minimalPolicy();
    stage1(equal).extension.maxWorkingDays = 10;
    expect(() => parsePolicy(equal)).not.toThrow();
  });

  test('ids, codes, dates and placeholder names that must differ', () => {
    const data = minimalPolicy();
    data.calendar.closures.push({ date: '2026-12-29', reason: 'Again' });
    data.delayReasons.codes[1].code = 'Z040';
    data.outsideProcedure = [
      { id: 'court', label: 'Court proceedings', source: 'SI 2006/1738 reg 8' },
      { id: 'court', label: 'Court again', source: 'SI 2006/1738 reg 8' },
    ];
    data.placeholders = ['Hearing Venue', 'hearing-venue'];
    stage1(data).steps = [
      { id: 'draft', title: 'Draft', by: 'team-manager', source: LOCAL },
      { id: 'draft', title: 'Draft again', by: 'team-manager', source: LOCAL },
    ];
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([
      ['calendar.closures[1].date', 'duplicate-date'],
      ['outsideProcedure[1].id', 'duplicate-id'],
      ['delayReasons.codes[1].code', 'duplicate-code'],
      [`${S1}.steps[1].id`, 'duplicate-id'],
      ['placeholders[1]', 'duplicate-placeholder'],
    ]);
  });

  test('dates must be real days in 1900–2199', () => {
    const data = minimalPolicy();
    data.effectiveFrom = '2025-02-29';
    data.calendar.closures[0].date = '1899-12-31';
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([
      ['effectiveFrom', 'bad-date'],
      ['calendar.closures[0].date', 'bad-date'],
    ]);
    expect(issues[1]!.message).toBe('This date is outside the supported range, 1900-01-01 to 2199-12-31. Check the year.');
  });

  test('placeholders: workflow names in any spelling, declared names, conditionals; unknown ones suggested', () => {
    const data = minimalPolicy();
    data.placeholders = ['hearing venue'];
    data.templates.reminder.body = '((Recipient_Name)), ((HEARING-VENUE)) ((ombudsman phone??Call us)) (not (a) placeholder) ((compliant name))';
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([['templates.reminder.body', 'unknown-placeholder']]);
    expect(issues[0]!.message).toBe(
      'The 4th placeholder in `body` is not one the library fills in, nor one declared under `placeholders`. Did you mean `((complainant name))`? Correct the name, or declare it under `placeholders` if your system supplies it.',
    );
  });

  test('a date style for a placeholder the template does not use is reported, matching names as Notify does', () => {
    const data = minimalPolicy();
    data.templates.reminder.dates = { Due_Date: 'short', 'received date': 'long' };
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([['templates.reminder.dates["received date"]', 'unused-date-style']]);
  });

  test('a role may not be called responder', () => {
    const data = minimalPolicy();
    data.roles.responder = { title: 'Responder' };
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([['roles.responder', 'reserved-role']]);
  });
});

describe('messages', () => {
  test('a misspelt key gets the closest field; an unrelated one the list of fields', () => {
    const data = minimalPolicy();
    data.caseTypes['statutory-complaint'].stages['stage-1'].Timescale = {};
    data.calendar.colour = 'blue';
    const issues = problems(() => parsePolicy(data));
    expect(issues.map((i) => i.message)).toEqual([
      '`colour` is not a field here. Remove it, or use one of the fields allowed here: `holidays`, `closures`, `receiptCutOff`, `nonWorkingDayReceipt`, `source`, `note`.',
      '`Timescale` is not a field here. Did you mean `timescale`? Remove it or correct the spelling.',
    ]);
  });

  test('missing fields say what to add', () => {
    const data = minimalPolicy();
    delete data.caseTypes['statutory-complaint'].stages['stage-2'].clockStart;
    delete data.title;
    const issues = problems(() => parsePolicy(data));
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      ['title', '`title` is missing. Add it: the preset\'s name as people read it, e.g. "Dudley – children\'s social care complaints".'],
      [
        'caseTypes.statutory-complaint.stages.stage-2.clockStart',
        '`clockStart` is missing from `stage-2`. Add it, with one of: `received`, `acknowledged`, `allocated`, `requested`, `statement-agreed`, `hearing-held`, `report-received`.',
      ],
    ]);
  });

  test('wrong types say what is expected', () => {
    const data = minimalPolicy();
    data.version = 1;
    data.caseTypes['statutory-complaint'].stages['stage-1'].optional = 'yes';
    data.caseTypes['statutory-complaint'].stages['stage-1'].timescale.workingDays = 10.5;
    data.calendar.receiptCutOff = '5pm';
    data.contacts.complaintsMailbox.email = 'complaints team';
    const issues = problems(() => parsePolicy(data));
    expect(issues.map((i) => i.message)).toEqual([
      '`version` must be text, but it reads as a number: put it in quotes.',
      '`receiptCutOff` must be a time written HH:MM on the 24-hour clock, e.g. `17:00`.',
      '`email` must be an email address, e.g. `complaints@example.gov.uk`.',
      '`optional` must be `true` or `false`, without quotes.',
      '`workingDays` must be a whole number (no fractions).',
    ]);
  });

  test('a source that is too short counts as missing', () => {
    const data = minimalPolicy();
    data.templates.reminder.source = ' x ';
    const [issue] = problems(() => parsePolicy(data));
    expect(issue!.code).toBe('missing-source');
    expect(issue!.message).toBe(
      '`source` is too short to say where the rule comes from. Every rule needs a `source`: the statute, guidance paragraph, ombudsman code or `local: <council document>` it comes from.',
    );
  });

  test('never repeat a value from the data', () => {
    const MARK = 'zqmarkzq';
    const data = minimalPolicy();
    // The marker in values only (never in keys): wrong ids, text where numbers belong, bad dates, bad emails.
    data.title = MARK;
    data.version = `${MARK}.1`;
    data.effectiveFrom = `${MARK}-date`;
    data.jurisdiction = MARK;
    data.calendar.receiptCutOff = MARK;
    data.contacts.complaintsMailbox = { name: MARK, email: `${MARK}@` };
    data.roles['team-manager'].escalatesTo = MARK;
    data.timeLimit.months = MARK;
    const stage = data.caseTypes['statutory-complaint'].stages['stage-1'];
    stage.responder = MARK;
    stage.clockStart = MARK;
    stage.escalation.to = MARK;
    stage.reminders[0].to = [MARK];
    stage.reminders[0].template = MARK;
    stage.reminders[1].id = `${MARK} reminder`;
    data.templates.reminder.body = `Dear ((${MARK})), (( ${MARK} ))`;
    data.extends = MARK;
    const issues = problems(() => parsePolicy(data));
    expect(issues.length).toBeGreaterThan(1);
    for (const issue of issues) expect(issue.message).not.toContain(MARK);

    delete data.extends;
    const more = problems(() => parsePolicy(data));
    expect(more.length).toBeGreaterThan(10);
    for (const issue of more) expect(`${issue.message} ${issue.path}`).not.toContain(MARK);
  });
});

describe('extends: the merge rules', () => {
  const presets = () => ({ base: minimalPolicy() });
  const stages = (p: ReturnType<typeof parsePolicy>) => p.caseTypes['statutory-complaint']!.stages;

  test('maps merge key by key, at every depth', () => {
    const policy = parsePolicy(child('base', { caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { responder: 'service-manager' } } } } }), {
      presets: presets(),
    });
    expect(stages(policy)['stage-1']!.responder).toBe('service-manager');
    expect(stages(policy)['stage-1']!.timescale.workingDays).toBe(10);
    expect(stages(policy)['stage-1']!.reminders.map((r) => r.id)).toEqual(['first', 'due', 'overdue']);
    expect(Object.keys(policy.roles)).toEqual(['team-manager', 'service-manager', 'head-of-service', 'complaints-team']);
  });

  test('lists are replaced whole, never concatenated', () => {
    const policy = parsePolicy(
      child('base', {
        calendar: { closures: [{ date: '2026-12-30', reason: 'Closed' }] },
        caseTypes: {
          'statutory-complaint': {
            stages: { 'stage-1': { reminders: [{ id: 'only', offsetWorkingDays: 1, to: ['responder'], template: 'reminder', source: LOCAL }] } },
          },
        },
      }),
      { presets: presets() },
    );
    expect(policy.calendar.closures.map((c) => c.date)).toEqual(['2026-12-30']);
    expect(stages(policy)['stage-1']!.reminders.map((r) => [r.id, r.cc])).toEqual([['only', []]]);
    expect(policy.calendar.holidays).toBe('england-and-wales');
  });

  test('a key set to null removes it; removing what is not there is reported', () => {
    const policy = parsePolicy(
      child('base', { timeLimit: null, caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { escalation: null }, 'stage-2': null } } } }),
      { presets: presets() },
    );
    expect(policy.timeLimit).toBeUndefined();
    expect(Object.keys(stages(policy))).toEqual(['stage-1']);
    expect(stages(policy)['stage-1']!.escalation).toBeUndefined();

    const issues = problems(() => parsePolicy(child('base', { roles: { 'service-manger': null } }), { presets: presets() }));
    expect(issues).toEqual([
      {
        path: 'roles.service-manger',
        code: 'nothing-to-remove',
        message:
          '`service-manger` is set to null to remove it, but the preset extended has no `service-manger` here. Did you mean `service-manager`? Correct the spelling or delete this line.',
      },
    ]);
  });

  test('removing an inherited maximum leaves an open-ended extension; an inherited localDateMayExceed is not reported', () => {
    const policy = parsePolicy(child('base', { caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { extension: { maxWorkingDays: null } } } } } }), {
      presets: presets(),
    });
    // The regulation's citation does not cover an extension with no ceiling: the source says what changed.
    expect(stages(policy)['stage-1']!.extension).toEqual({ localDateMayExceed: false, source: 'local (changed from SI 2006/1738 reg 14: 20)' });
    // Written by the extending file itself, it is reported.
    const issues = problems(() =>
      parsePolicy(child('base', { caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { extension: { maxWorkingDays: null, localDateMayExceed: true } } } } } }), {
        presets: presets(),
      }),
    );
    expect(pathsAndCodes(issues)).toEqual([[`${S1}.extension.localDateMayExceed`, 'no-maximum']]);
  });

  test('removing a role still used by the preset extended is reported at the removal, naming each inherited use', () => {
    const issues = problems(() => parsePolicy(child('base', { roles: { 'head-of-service': null } }), { presets: presets() }));
    expect(pathsAndCodes(issues)).toEqual([
      ['roles.head-of-service', 'removed-but-referenced'],
      ['roles.head-of-service', 'removed-but-referenced'],
      ['roles.head-of-service', 'removed-but-referenced'],
    ]);
    expect(issues.map((i) => i.message)).toEqual(
      ['roles.service-manager.escalatesTo', 'delayReasons.followUp.to[0]', `${S1}.reminders[2].cc[1]`].map(
        (use) => `\`head-of-service\` is removed here, but \`${use}\` (inherited) still names it. Change or remove that reference in this file too, or keep this item.`,
      ),
    );
  });

  test('single values are replaced; id, title, version and effectiveFrom are the file’s own; extends is not kept', () => {
    const policy = parsePolicy(child('base', { jurisdiction: 'wales' }), { presets: presets() });
    expect([policy.id, policy.title, policy.version, policy.effectiveFrom, policy.jurisdiction]).toEqual(['child', 'Child', '1.0.0', '2026-04-01', 'wales']);
    expect('extends' in policy).toBe(false);
  });

  test('identity is never inherited: each missing field is reported', () => {
    const issues = problems(() => parsePolicy({ id: 'child', extends: 'base' }, { presets: presets() }));
    expect(pathsAndCodes(issues)).toEqual([
      ['title', 'not-inherited'],
      ['version', 'not-inherited'],
      ['effectiveFrom', 'not-inherited'],
    ]);
  });

  test('a chain: child → middle → base, each merged in turn', () => {
    const middle = child('base', { id: 'middle', caseTypes: { 'statutory-complaint': { stages: { 'stage-2': { responder: 'head-of-service' } } } } });
    const policy = parsePolicy(child('middle', { roles: { 'complaints-team': { title: 'Customer Relations' } } }), {
      presets: { base: minimalPolicy(), middle },
    });
    expect(stages(policy)['stage-2']!.responder).toBe('head-of-service');
    expect(policy.roles['complaints-team']!.title).toBe('Customer Relations');
    expect(stages(policy)['stage-1']!.timescale.workingDays).toBe(10);
  });

  test('a new key goes before the first inherited key written after it, else at the end', () => {
    const mediation = {
      title: 'Mediation',
      optional: true,
      clockStart: 'requested',
      timescale: { workingDays: 10, source: LOCAL },
      responder: 'complaints-team',
      source: LOCAL,
    };
    const between = parsePolicy(child('base', { caseTypes: { 'statutory-complaint': { stages: { mediation, 'stage-2': {} } } } }), { presets: presets() });
    expect(Object.keys(stages(between))).toEqual(['stage-1', 'mediation', 'stage-2']);
    const atEnd = parsePolicy(child('base', { caseTypes: { 'statutory-complaint': { stages: { mediation } } } }), { presets: presets() });
    expect(Object.keys(stages(atEnd))).toEqual(['stage-1', 'stage-2', 'mediation']);
  });

  test('a parent may be a policy parsePolicy already resolved', () => {
    const base = parsePolicy(minimalPolicy());
    const policy = parsePolicy(child('base', { contacts: null }), { presets: new Map([['base', base]]) });
    expect(policy.contacts).toEqual({});
    expect(policy.roles).toEqual(base.roles);
  });

  test('a resolved policy saved as JSON parses back to the same policy, removals kept', () => {
    const policy = parsePolicy(child('base', { caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { escalation: null }, 'stage-2': null } } } }), {
      presets: presets(),
    });
    expect(parsePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
  });

  test('the file is checked as a partial preset before merging: a typo is reported once, at its own path', () => {
    const issues = problems(() => parsePolicy(child('base', { calendar: { closure: [] } }), { presets: presets() }));
    expect(pathsAndCodes(issues)).toEqual([['calendar.closure', 'unknown-key']]);
  });

  test('unknown parent, cycles and invalid parents are reported at `extends`', () => {
    const unknown = problems(() => parsePolicy(child('bse'), { presets: presets() }));
    expect(pathsAndCodes(unknown)).toEqual([['extends', 'unknown-parent']]);
    expect(unknown[0]!.message).toMatch(/^There is no preset with this id to extend\. Did you mean `base`\? Use one of: `base`, /);

    const self = problems(() => parsePolicy(child('child'), { presets: presets() }));
    expect(pathsAndCodes(self)).toEqual([['extends', 'extends-cycle']]);

    const loop = { a: { ...child('b'), id: 'a' }, b: { ...child('a'), id: 'b' } };
    expect(pathsAndCodes(problems(() => parsePolicy(loop.a, { presets: loop })))).toEqual([['extends', 'extends-cycle']]);
    const longLoop = { x: { ...child('y'), id: 'x' }, y: { ...child('z'), id: 'y' }, z: { ...child('y'), id: 'z' } };
    expect(pathsAndCodes(problems(() => parsePolicy(longLoop.x, { presets: longLoop })))).toEqual([['extends', 'extends-cycle']]);

    const broken = minimalPolicy();
    delete broken.calendar;
    delete broken.title;
    const invalid = problems(() => parsePolicy(child('base'), { presets: { base: broken } }));
    expect(invalid).toEqual([
      {
        path: 'extends',
        code: 'parent-invalid',
        message: 'The preset this one extends has 2 problems of its own. Fix that preset first (validate it on its own), or extend another.',
      },
    ]);
  });

  test('presets given win over built-ins of the same id', () => {
    const mine = minimalPolicy();
    mine.id = 'dudley';
    const policy = parsePolicy(child('dudley'), { presets: { dudley: mine } });
    expect(Object.keys(policy.roles)).toEqual(['team-manager', 'service-manager', 'head-of-service', 'complaints-team']);
  });
});

describe('safety', () => {
  test('__proto__, constructor and prototype keys are refused wherever they appear and change no prototype', () => {
    const data = JSON.parse(
      JSON.stringify(minimalPolicy())
        .replace('"roles":{', '"roles":{"__proto__":{"title":"x","polluted":true},"constructor":{"title":"y"},')
        .replace('"templates":{', '"templates":{"prototype":{"subject":"a","body":"b","source":"local: x"},'),
    ) as Record<string, unknown>;
    expect(Object.prototype.hasOwnProperty.call(data.roles, '__proto__')).toBe(true);
    const issues = problems(() => parsePolicy(data));
    expect(pathsAndCodes(issues)).toEqual([
      ['roles.__proto__', 'forbidden-key'],
      ['roles.constructor', 'forbidden-key'],
      ['templates.prototype', 'forbidden-key'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('a preset extending another cannot pollute through the merge', () => {
    const patch = JSON.parse('{"id":"child","extends":"base","title":"C","version":"1.0","effectiveFrom":"2026-04-01","calendar":{"__proto__":{"polluted":1}}}');
    expect(pathsAndCodes(problems(() => parsePolicy(patch, { presets: { base: minimalPolicy() } })))).toEqual([['calendar.__proto__', 'forbidden-key']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('values a file cannot hold are reported, not thrown: functions, dates, NaN, Infinity, symbols, maps, circular data', () => {
    const data = minimalPolicy();
    data.title = () => 'x';
    data.effectiveFrom = new Date(Date.UTC(2026, 3, 1));
    data.timeLimit.months = Number.NaN;
    data.caseTypes['statutory-complaint'].stages['stage-1'].timescale.workingDays = Number.POSITIVE_INFINITY;
    data.description = Symbol('s');
    data.contacts = new Map();
    data.calendar.closures[0].self = data.calendar.closures;
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([
      ['title', 'unsupported-value'],
      ['effectiveFrom', 'unsupported-value'],
      ['calendar.closures[0].self', 'circular-data'],
      ['contacts', 'unsupported-value'],
      ['timeLimit.months', 'unsupported-value'],
      [`${S1}.timescale.workingDays`, 'unsupported-value'],
      ['description', 'unsupported-value'],
    ]);
  });

  test('a getter that throws is reported as a value that cannot be read', () => {
    const data = minimalPolicy();
    Object.defineProperty(data, 'description', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(pathsAndCodes(problems(() => parsePolicy(data)))).toEqual([['description', 'unsupported-value']]);
  });

  test('absurdly deep data is reported, not a stack overflow', () => {
    const data = minimalPolicy();
    let deep: Record<string, unknown> = {};
    data.description = deep;
    for (let i = 0; i < 10_000; i++) {
      const next: Record<string, unknown> = {};
      deep.a = next;
      deep = next;
    }
    const issues = problems(() => parsePolicy(data));
    // 64 levels are read; below that the data is refused. `description` must be text in any case.
    expect(issues.map((i) => [i.path.length > 100 ? 'description.a.a…' : i.path, i.code])).toEqual([
      ['description.a.a…', 'too-deep'],
      ['description', 'wrong-type'],
    ]);
  });
});
