// Every file in test/fixtures/policies/broken/ is a preset with a known mistake. Each test pins the exact problems
// the validator reports: the path, the line (counted by hand in the fixture file), the code, and the message a
// complaints manager reads, which must say what to do. Most fixtures extend test/fixtures/policies/good/fixture-base.yaml.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { PolicyValidationError, type ValidationIssue } from '../../src/errors.js';
import { loadPolicyFile } from '../../src/node/index.js';

const DIR = fileURLToPath(new URL('../fixtures/policies/broken/', import.meta.url));
const BASE = fileURLToPath(new URL('../fixtures/policies/good/fixture-base.yaml', import.meta.url));

interface Expected {
  readonly path: string;
  readonly line: number;
  readonly column?: number;
  readonly code: string;
  readonly message: string | RegExp;
}

const SOURCE_RULE = 'Every rule needs a `source`: the statute, guidance paragraph, ombudsman code or `local: <council document>` it comes from.';
const STAGE_1 = 'caseTypes.statutory-complaint.stages.stage-1';
const STAGE_2 = 'caseTypes.statutory-complaint.stages.stage-2';

const CASES: Record<string, { readonly presetFiles?: readonly string[]; readonly problems: readonly Expected[] }> = {
  'typo-key.yaml': {
    problems: [
      {
        path: `${STAGE_1}.timscale`,
        line: 11,
        column: 9,
        code: 'unknown-key',
        message: '`timscale` is not a field here. Did you mean `timescale`? Remove it or correct the spelling.',
      },
    ],
  },
  'duplicate-key.yaml': {
    problems: [
      {
        path: 'roles.team-manager.title',
        line: 10,
        column: 5,
        code: 'duplicate-key',
        message: '`title` is written twice in the same place. Keep one of them (only the last would count).',
      },
    ],
  },
  'wrong-type.yaml': {
    problems: [{ path: `${STAGE_1}.timescale.workingDays`, line: 12, column: 11, code: 'wrong-type', message: '`workingDays` must be a number.' }],
  },
  'quoted-number.yaml': {
    problems: [{ path: `${STAGE_2}.timescale.workingDays`, line: 12, code: 'wrong-type', message: '`workingDays` must be a number: write it without quotes.' }],
  },
  'missing-source.yaml': {
    // The reminder starts on line 12 (`- id: …`); its `source` is missing, so the problem points at the reminder.
    problems: [{ path: `${STAGE_1}.reminders[0].source`, line: 12, code: 'missing-source', message: SOURCE_RULE }],
  },
  'complete-missing-source.yaml': {
    problems: [{ path: 'caseTypes.complaint.stages.stage-1.timescale.source', line: 22, code: 'missing-source', message: SOURCE_RULE }],
  },
  'unknown-role-in-ladder.yaml': {
    problems: [
      {
        path: `${STAGE_1}.reminders[0].cc[0]`,
        line: 15,
        column: 18,
        code: 'unknown-role',
        message:
          'This role is not declared under `roles`. Did you mean `service-manager`? Declare it under `roles` with its `title`, or use a declared role: `team-manager`, `service-manager`, `head-of-service`, `complaints-team` (or `responder` for whoever responds at the stage).',
      },
    ],
  },
  'ladder-out-of-order.yaml': {
    problems: [
      {
        path: `${STAGE_1}.reminders[1].offsetWorkingDays`,
        line: 18,
        code: 'ladder-order',
        message:
          'Reminders must be listed in order of `offsetWorkingDays`, each later than the one before, but this one is not later than reminder 1. Reorder the reminders or correct the offset.',
      },
    ],
  },
  'extension-below-base.yaml': {
    problems: [
      {
        path: `${STAGE_1}.extension.maxWorkingDays`,
        line: 12,
        code: 'extension-below-base',
        message: "The maximum with extensions is shorter than the stage's own timescale (`timescale.workingDays`). It must be the same or longer.",
      },
    ],
  },
  'extends-itself.yaml': {
    problems: [
      { path: 'extends', line: 3, column: 1, code: 'extends-cycle', message: 'A preset cannot extend itself. Point `extends` at the preset this one starts from.' },
    ],
  },
  'cycle-a.yaml': {
    presetFiles: ['cycle-b.yaml'],
    problems: [
      {
        path: 'extends',
        line: 3,
        code: 'extends-cycle',
        message:
          '`extends` goes round in a circle: following it from preset to preset leads back to this one. Point `extends` at a baseline preset that does not lead back here.',
      },
    ],
  },
  'cycle-b.yaml': {
    presetFiles: ['cycle-a.yaml'],
    problems: [{ path: 'extends', line: 3, code: 'extends-cycle', message: /^`extends` goes round in a circle/ }],
  },
  'unknown-parent.yaml': {
    problems: [
      {
        path: 'extends',
        line: 3,
        code: 'unknown-parent',
        message: /^There is no preset with this id to extend\. Did you mean `fixture-base`\? Use one of: `fixture-base`, /,
      },
    ],
  },
  'bad-date.yaml': {
    problems: [
      {
        path: 'calendar.closures[1].date',
        line: 11,
        code: 'bad-date',
        message: 'This is not a real calendar date: check the day and the month (YYYY-MM-DD).',
      },
    ],
  },
  'bad-date-format.yaml': {
    problems: [{ path: 'effectiveFrom', line: 6, code: 'bad-format', message: '`effectiveFrom` must be a date written YYYY-MM-DD, e.g. `2026-04-01`.' }],
  },
  'negative-days.yaml': {
    problems: [{ path: `${STAGE_2}.escalation.windowWorkingDays`, line: 13, code: 'too-small', message: '`windowWorkingDays` cannot be negative: use 0 or more.' }],
  },
  'unknown-template.yaml': {
    problems: [
      {
        path: `${STAGE_1}.reminders[0].template`,
        line: 15,
        code: 'unknown-template',
        message: 'There is no template with this id under `templates`. Did you mean `reminder`? Add the template, or use one of: `reminder`, `delay-reason-request`.',
      },
    ],
  },
  'unknown-placeholder.yaml': {
    // Line 12 is `      Your response is due on ((due dat)).`: the `((` is at column 31.
    problems: [
      {
        path: 'templates.reminder.body',
        line: 12,
        column: 31,
        code: 'unknown-placeholder',
        message:
          'The 2nd placeholder in `body` is not one the library fills in, nor one declared under `placeholders`. Did you mean `((due date))`? Correct the name, or declare it under `placeholders` if your system supplies it.',
      },
    ],
  },
  'bad-id.yaml': {
    problems: [
      {
        // A key that does not look like an id may be a person's name: it is not echoed (issue 20 item 3); the line
        // and column still point at it.
        path: 'roles',
        line: 8,
        column: 3,
        code: 'bad-id',
        message: 'This key (not shown: it does not look like an id, and may be a name) cannot be used as an id: ids use lower-case letters, digits and single hyphens.',
      },
    ],
  },
  'both-units.yaml': {
    // The file adds calendarMonths to a timescale that inherits workingDays: 10.
    problems: [
      {
        path: `${STAGE_1}.timescale`,
        line: 11,
        code: 'timescale-unit',
        message: 'Give only one of `workingDays`, `calendarDays` or `calendarMonths` for this timescale, not both.',
      },
    ],
  },
  'escalation-to-unknown-stage.yaml': {
    problems: [
      {
        path: `${STAGE_2}.escalation.to`,
        line: 12,
        code: 'unknown-stage',
        message: 'There is no stage with this id in case type `statutory-complaint`. Did you mean `stage-1`? Use one of its stages: `stage-1`.',
      },
    ],
  },
  'duplicate-reminder-id.yaml': {
    problems: [
      {
        path: `${STAGE_1}.reminders[1].id`,
        line: 17,
        code: 'duplicate-id',
        message: 'Another reminder in this list (item 1) already has this id. Give each reminder its own id.',
      },
    ],
  },
  'unit-mismatch.yaml': {
    problems: [
      {
        path: `${STAGE_2}.extension.maxCalendarMonths`,
        line: 13,
        code: 'extension-unit',
        message: "This stage's timescale is in working days, so give the maximum as `maxWorkingDays`, not `maxCalendarMonths`.",
      },
    ],
  },
  'yaml-syntax.yaml': {
    // The quote opened on line 9 column 12 is never closed.
    problems: [
      {
        path: '',
        line: 9,
        column: 12,
        code: 'yaml-syntax',
        message: 'The quote that starts here is never closed. Add the matching closing quote at the end of the value.',
      },
    ],
  },
  'tab-indent.yaml': {
    problems: [
      { path: '', line: 8, column: 1, code: 'yaml-syntax', message: 'A tab is used for indentation here. YAML needs spaces: replace the tab with spaces.' },
      { path: '', line: 9, column: 1, code: 'yaml-syntax', message: 'A tab is used for indentation here. YAML needs spaces: replace the tab with spaces.' },
    ],
  },
  'proto-key.yaml': {
    problems: [
      {
        path: 'roles.__proto__',
        line: 8,
        code: 'forbidden-key',
        message: '`__proto__` cannot be used as a key: programs give it a special meaning. Remove it, or choose another name.',
      },
    ],
  },
  'constructor-role.yaml': {
    problems: [
      {
        path: 'roles.constructor',
        line: 8,
        code: 'forbidden-key',
        message: '`constructor` cannot be used as a key: programs give it a special meaning. Remove it, or choose another name.',
      },
    ],
  },
  'role-cycle.yaml': {
    // fixture-base: team-manager → service-manager → head-of-service; the file closes the loop at line 9.
    problems: [
      {
        path: 'roles.head-of-service.escalatesTo',
        line: 9,
        code: 'role-cycle',
        message:
          '`escalatesTo` goes round in a circle (`head-of-service` → `team-manager` → `service-manager` → `head-of-service`), so responsibility could never move up. End the chain at a role without `escalatesTo`.',
      },
    ],
  },
  'role-without-source.yaml': {
    // The role starts on line 8; its `source` is missing, so the problem points at the role.
    problems: [
      {
        path: 'roles.assistant-team-manager.source',
        line: 8,
        code: 'missing-source',
        message:
          'This role has `escalatesTo`, so it needs a `source`: where the rule comes from that the complaint goes one rung up, to that role, when it is about the person in this role. Write the statute or guidance paragraph, or `local: <council document>`.',
      },
    ],
  },
  'duplicate-delay-code.yaml': {
    problems: [
      {
        path: 'delayReasons.awaited.code',
        line: 9,
        code: 'duplicate-code',
        message: 'This code is already used by reason 2 in `codes`. Each delay-reason code must be different.',
      },
    ],
  },
  'remove-missing.yaml': {
    problems: [
      {
        path: 'caseTypes.statutory-complaint.stages.mediation',
        line: 10,
        code: 'nothing-to-remove',
        message: '`mediation` is set to null to remove it, but the preset extended has no `mediation` here. Correct the spelling or delete this line.',
      },
    ],
  },
  'not-inherited.yaml': {
    // `version` is missing from the whole file, so the problem points at its first line of content.
    problems: [{ path: 'version', line: 2, code: 'not-inherited', message: 'A preset that extends another must give its own `version`: it is not inherited.' }],
  },
  'wrong-choice.yaml': {
    problems: [
      {
        path: `${STAGE_2}.clockStart`,
        line: 11,
        code: 'not-allowed-value',
        message:
          '`clockStart` must be one of: `received`, `acknowledged`, `allocated`, `requested`, `statement-agreed`, `hearing-held`, `report-received`. Did you mean `received`?',
      },
    ],
  },
  'unused-date-style.yaml': {
    problems: [
      {
        path: 'templates.reminder.dates["received date"]',
        line: 10,
        code: 'unused-date-style',
        message: '`received date` is not a placeholder this template uses, so its date style has no effect. Correct the name or remove the line.',
      },
    ],
  },
  'list-not-map.yaml': {
    problems: [{ path: 'roles', line: 7, code: 'wrong-type', message: '`roles` must be a map of named entries, not a list: remove the `-` in front of its entries.' }],
  },
  'string-for-list.yaml': {
    problems: [
      {
        path: `${STAGE_1}.respondsWith`,
        line: 11,
        code: 'wrong-type',
        message: '`respondsWith` must be a list: one `- item` per line below it, or `[a, b]` on one line, even for a single item.',
      },
    ],
  },
  'reserved-role.yaml': {
    problems: [
      {
        path: 'roles.responder',
        line: 8,
        code: 'reserved-role',
        message: '`responder` is reserved: in reminders it means whoever responds at the stage. Give this role another id.',
      },
    ],
  },
  'case-type-calendar-bad-closure.yaml': {
    // Line 12 is the closure (`- date: 2026-02-30`) in the case type's own calendar.
    problems: [
      {
        path: 'caseTypes.statutory-complaint.calendar.closures[0].date',
        line: 12,
        code: 'bad-date',
        message: 'This is not a real calendar date: check the day and the month (YYYY-MM-DD).',
      },
    ],
  },
  'case-type-calendar-missing-source.yaml': {
    // The case type's `calendar:` is on line 9; its `source` is missing, so the problem points at the calendar.
    problems: [{ path: 'caseTypes.statutory-complaint.calendar.source', line: 9, column: 5, code: 'missing-source', message: SOURCE_RULE }],
  },
  'case-type-calendar-changes-nothing.yaml': {
    problems: [
      {
        path: 'caseTypes.statutory-complaint.calendar',
        line: 9,
        column: 5,
        code: 'empty-calendar',
        message:
          "This case type's `calendar` changes nothing: give the fields that differ from the policy's calendar (`holidays`, `closures`, `receiptCutOff`, `nonWorkingDayReceipt`), or remove it to count on the policy's calendar.",
      },
    ],
  },
  'referral-problems.yaml': {
    // `to: []` on line 12, `template: remindr` on line 14.
    problems: [
      { path: `${STAGE_1}.referral.to`, line: 12, code: 'too-small', message: '`to` must list at least one role.' },
      {
        path: `${STAGE_1}.referral.template`,
        line: 14,
        code: 'unknown-template',
        message: 'There is no template with this id under `templates`. Did you mean `reminder`? Add the template, or use one of: `reminder`, `delay-reason-request`.',
      },
    ],
  },
  'several-problems.yaml': {
    problems: [
      {
        path: 'jurisdction',
        line: 7,
        code: 'unknown-key',
        message: '`jurisdction` is not a field here. Did you mean `jurisdiction`? Remove it or correct the spelling.',
      },
      { path: `${STAGE_1}.responder`, line: 12, code: 'unknown-role', message: /^This role is not declared under `roles`\. Did you mean `team-manager`\?/ },
      { path: `${STAGE_1}.timescale.workingDays`, line: 14, code: 'too-small', message: '`workingDays` cannot be negative: use 0 or more.' },
    ],
  },
  'json-duplicate.json': {
    problems: [
      { path: 'title', line: 7, column: 3, code: 'duplicate-key', message: '`title` is written twice in the same place. Keep one of them (only the last would count).' },
    ],
  },
  'json-syntax.json': {
    // The comma at the end of line 6 is followed by `}` on line 7: JSON allows no trailing comma.
    problems: [
      {
        path: '',
        line: 7,
        column: 1,
        code: 'json-syntax',
        message: 'This is not valid JSON. Check for a missing or extra comma, quote, bracket or brace around here.',
      },
    ],
  },
};

async function problemsOf(file: string, presetFiles: readonly string[] = []): Promise<readonly ValidationIssue[]> {
  try {
    await loadPolicyFile(DIR + file, { presetFiles: [BASE, ...presetFiles.map((f) => DIR + f)] });
  } catch (error) {
    if (error instanceof PolicyValidationError) {
      expect(error.fileName).toBe(DIR + file);
      return error.issues;
    }
    throw error;
  }
  throw new Error(`${file} validated, but it is a broken fixture`);
}

describe('broken preset fixtures', () => {
  test('there are at least 25 of them, and each has expectations here', () => {
    const files = readdirSync(DIR).sort();
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(Object.keys(CASES).sort()).toEqual(files);
  });

  for (const [file, { presetFiles, problems }] of Object.entries(CASES)) {
    test(`${file}: ${problems.map((p) => `${p.code} at ${p.path || '(file)'} line ${p.line}`).join('; ')}`, async () => {
      const issues = await problemsOf(file, presetFiles);
      expect(issues.map((i) => [i.path, i.line, i.code])).toEqual(problems.map((p) => [p.path, p.line, p.code]));
      problems.forEach((p, n) => {
        const issue = issues[n]!;
        if (typeof p.message === 'string') expect(issue.message).toBe(p.message);
        else expect(issue.message).toMatch(p.message);
        if (p.column !== undefined) expect(issue.column).toBe(p.column);
        expect(issue.column).toBeGreaterThanOrEqual(1);
      });
    });
  }
});
