// Issue 14: a council's own preset works everywhere, edits named items by name, and cannot quietly drift from the
// law. Every date below is worked out by hand from the England-and-Wales calendar (see the comments).
import { describe, expect, test } from 'vitest';
import { applyEvent, openCase } from '../../src/workflow/index.js';
import { performanceReport } from '../../src/reporting/index.js';
import { diffPolicies, explainPolicy, getPolicy, parsePolicy, PolicyValidationError, statutoryLimitWarnings } from '../../src/policies/index.js';
import { parsePolicyText } from '../../src/node/index.js';
import { runCli } from '../../src/cli/run.js';
import { policyFileJsonSchema } from '../../src/policies/json-schema.js';
import { fakeIo } from '../cli/helpers.js';

// The manager's file from the issue: extends dudley, stage 1 in 15 working days, drops one reminder.
const MY_COUNCIL = [
  'id: my-council', //                                   line 1
  'extends: dudley', //                                  line 2
  "title: My Council – children's social care complaints", // 3
  'version: 1.0.0', //                                   line 4
  'effectiveFrom: 2026-04-01', //                        line 5
  'caseTypes:', //                                       line 6
  '  statutory-complaint:', //                           line 7
  '    stages:', //                                      line 8
  '      stage-1:', //                                   line 9
  '        timescale:', //                               line 10
  '          workingDays: 15', //                        line 11
  '        reminders:', //                               line 12
  '          third-overdue-reminder: null', //           line 13
  '',
].join('\n');

async function run(argv: string[], files: Record<string, string> = { 'my-council.yaml': MY_COUNCIL }) {
  const io = fakeIo(files);
  const code = await runCli(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

const S1 = 'caseTypes.statutory-complaint.stages.stage-1';
const stage1 = (p: ReturnType<typeof getPolicy>) => p.caseTypes['statutory-complaint']!.stages['stage-1']!;
const child = (body: Record<string, unknown>) => ({ id: 'my-council', extends: 'dudley', title: 'My Council', version: '1.0.0', effectiveFrom: '2026-04-01', ...body });
const stage1Patch = (patch: Record<string, unknown>) => child({ caseTypes: { 'statutory-complaint': { stages: { 'stage-1': patch } } } });
const problems = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof PolicyValidationError) return e.issues;
    throw e;
  }
  throw new Error('expected a PolicyValidationError');
};

describe("the manager's loop on their own file", () => {
  test('timeline --policy my-council.yaml: a complaint received Fri 19 Dec 2025 is due Wed 14 Jan 2026', async () => {
    // Day 0 is Fri 19 Dec 2025. Working days after it (England and Wales): Mon 22 (1), Tue 23 (2), Wed 24 (3);
    // Thu 25 Dec and Fri 26 Dec are bank holidays, 27-28 the weekend; Mon 29 (4), Tue 30 (5), Wed 31 (6); Thu 1 Jan
    // 2026 is a bank holiday; Fri 2 (7); 3-4 the weekend; Mon 5 (8), Tue 6 (9), Wed 7 (10: Dudley's own due date),
    // Thu 8 (11), Fri 9 (12), Mon 12 (13), Tue 13 (14), Wed 14 (15).
    const r = await run(['timeline', '--policy', 'my-council.yaml', '--received', '2025-12-19', '--json']);
    expect(r.code).toBe(0);
    const timeline = JSON.parse(r.stdout) as { policy: string; deadlines: { id: string; date: string }[] };
    expect(timeline.policy).toBe('my-council');
    expect(timeline.deadlines.find((d) => d.id === 'stage-1-response')!.date).toBe('2026-01-14');
    const dudley = JSON.parse((await run(['timeline', '--policy', 'dudley', '--received', '2025-12-19', '--json'])).stdout) as typeof timeline;
    expect(dudley.deadlines.find((d) => d.id === 'stage-1-response')!.date).toBe('2026-01-07');
  });

  test('templates and render take the file too', async () => {
    const t = await run(['templates', '--policy', 'my-council.yaml', '--json']);
    expect(t.code).toBe(0);
    expect((JSON.parse(t.stdout) as { policy: string }).policy).toBe('my-council');
    const r = await run(['render', '--policy', 'my-council.yaml', '--template', 'due-date-reminder', '--preview']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Please note that the response to this complaint is now due.');
  });

  test('a file with a problem: the same file:line:col and message as validate, exit 1', async () => {
    const broken = MY_COUNCIL.replace('third-overdue-reminder: null', 'third-overdue-remindr: null');
    const r = await run(['timeline', '--policy', 'my-council.yaml', '--received', '2025-12-19'], { 'my-council.yaml': broken });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('my-council.yaml');
    expect(r.stderr).toContain('13:11');
    expect(r.stderr).toContain('There is no reminder `third-overdue-remindr` in the preset extended to remove. Did you mean `third-overdue-reminder`?');
    const v = await run(['validate', 'my-council.yaml'], { 'my-council.yaml': broken });
    expect(v.stdout).toContain('my-council.yaml:13:11  caseTypes.statutory-complaint.stages.stage-1.reminders.third-overdue-remindr  There is no reminder');
  });

  test('validate: exit 0 with the warning naming the limit and its source; --strict makes it fail', async () => {
    const v = await run(['validate', 'my-council.yaml']);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(
      `my-council.yaml:11:11  ${S1}.timescale.workingDays  warning: stage-1 timescale 15 working days is beyond SI 2006/1738 reg 14's 10 working days (20 with an extension)\n`,
    );
    expect((await run(['validate', 'my-council.yaml', '--strict'])).code).toBe(1);
  });

  test('policies show my-council.yaml: the warning, and the file and line that set each value', async () => {
    const r = await run(['policies', 'show', 'my-council.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# warning: stage-1 timescale 15 working days is beyond SI 2006/1738 reg 14's 10 working days (20 with an extension) (line 11)");
    expect(r.stdout).toContain('# Resolved: built on dudley, then england-children-2006, merged in');
    expect(r.stdout).toContain('          workingDays: 15 # my-council.yaml:11\n');
    expect(r.stdout).toContain('          source: "local (changed from SI 2006/1738 reg 14: 10)" # my-council.yaml:10\n');
    expect(r.stdout).not.toContain('third-overdue-reminder');
  });

  test('policies diff dudley my-council.yaml: the differences as sentences', async () => {
    const r = await run(['policies', 'diff', 'dudley', 'my-council.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      ['my-council compared with dudley: 2 differences', '  - stage-1 timescale: 10 working days → 15', '  - reminder third-overdue-reminder removed', ''].join('\n'),
    );
  });
});

describe('named items are edited by name', () => {
  const ids = (p: ReturnType<typeof getPolicy>) => stage1(p).reminders.map((r) => r.id);
  const DUDLEY = [
    'first-reminder',
    'second-reminder',
    'due-date-reminder',
    'first-overdue-reminder',
    'second-overdue-reminder',
    'third-overdue-reminder',
    'fourth-overdue-reminder',
  ];

  test('remove one, change one, add one where it belongs; the others keep their order and sources', () => {
    expect(ids(getPolicy('dudley'))).toEqual(DUDLEY);
    const policy = parsePolicy(
      stage1Patch({
        reminders: {
          'third-overdue-reminder': null,
          'first-reminder': { offsetWorkingDays: -4 },
          'extra-reminder': {
            offsetWorkingDays: 1,
            to: ['responder'],
            template: 'overdue-reminder',
            source: 'local: My Council procedure 2026',
            after: 'due-date-reminder',
          },
        },
      }),
    );
    expect(ids(policy)).toEqual([
      'first-reminder',
      'second-reminder',
      'due-date-reminder',
      'extra-reminder',
      'first-overdue-reminder',
      'second-overdue-reminder',
      'fourth-overdue-reminder',
    ]);
    const first = stage1(policy).reminders[0]!;
    expect(first.offsetWorkingDays).toBe(-4);
    expect(first.cc).toEqual(['service-manager', 'personal-assistant']);
    expect(first.source).toBe('local (changed from local: Dudley "Children\'s Complaints – Referral & Follow Up Action" (2020): -5)');
    expect(stage1(policy).reminders[3]!.cc).toEqual([]);
  });

  test('move: before/after puts an inherited item elsewhere (the ladder order is still checked)', () => {
    const issues = problems(() => parsePolicy(stage1Patch({ reminders: { 'first-reminder': { after: 'second-reminder' } } })));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`${S1}.reminders.first-reminder.offsetWorkingDays`, 'ladder-order']]);
    const moved = parsePolicy(stage1Patch({ reminders: { 'first-reminder': { after: 'second-reminder', offsetWorkingDays: -2 } } }));
    expect(ids(moved).slice(0, 3)).toEqual(['second-reminder', 'first-reminder', 'due-date-reminder']);
  });

  test('the whole list can still be replaced, by writing it as a list', () => {
    const only = stage1(getPolicy('dudley')).reminders[2]!;
    const policy = parsePolicy(stage1Patch({ reminders: [{ ...only }] }));
    expect(ids(policy)).toEqual(['due-date-reminder']);
  });

  test('removing a reminder the base lacks, editing an unknown one: typed problems with line and did-you-mean; nothing else changes', () => {
    const text = MY_COUNCIL.replace('third-overdue-reminder: null', 'fifth-overdue-reminder: null') + '          first-remindr:\n            offsetWorkingDays: -4\n';
    let caught: unknown;
    try {
      parsePolicyText(text, { fileName: 'my-council.yaml' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PolicyValidationError);
    expect((caught as PolicyValidationError).issues).toEqual([
      {
        path: `${S1}.reminders.fifth-overdue-reminder`,
        code: 'nothing-to-remove',
        line: 13,
        column: 11,
        message:
          'There is no reminder `fifth-overdue-reminder` in the preset extended to remove. Did you mean `first-overdue-reminder`? Correct the name or delete this line.',
      },
      {
        path: `${S1}.reminders.first-remindr`,
        code: 'unknown-item',
        line: 14,
        column: 11,
        message:
          'There is no reminder `first-remindr` in the preset extended to change. Did you mean `first-reminder`? Correct the name, or, to add a new reminder, give all its fields (missing: `to`, `template`, `source`).',
      },
    ]);
  });

  test('the old misleading message is gone: `reminders: { third-overdue-reminder: null }` just works', () => {
    expect(ids(parsePolicy(stage1Patch({ reminders: { 'third-overdue-reminder': null } })))).toEqual(DUDLEY.filter((id) => id !== 'third-overdue-reminder'));
  });

  test('a list whose items have no names cannot be edited by name: it says so', () => {
    const issues = problems(() => parsePolicy(child({ calendar: { closures: { christmas: null } } })));
    expect(issues.map((i) => [i.path, i.code])).toEqual([['calendar.closures', 'wrong-type']]);
  });

  test('removing a stage that another stage still refers to is reported at the removal', () => {
    const text = [
      'id: my-council',
      'extends: dudley',
      'title: My Council',
      'version: 1.0.0',
      'effectiveFrom: 2026-04-01',
      'caseTypes:',
      '  statutory-complaint:',
      '    stages:',
      '      stage-3: null',
      '',
    ].join('\n');
    let caught: unknown;
    try {
      parsePolicyText(text, { fileName: 'my-council.yaml' });
    } catch (e) {
      caught = e;
    }
    expect((caught as PolicyValidationError).issues).toEqual([
      {
        path: 'caseTypes.statutory-complaint.stages.stage-3',
        code: 'removed-but-referenced',
        line: 9,
        column: 7,
        message:
          '`stage-3` is removed here, but `caseTypes.statutory-complaint.stages.stage-2.escalation.to` (inherited) still names it. Change or remove that reference in this file too, or keep this item.',
      },
    ]);
  });
});

describe('the JSON Schema follows: editors accept a list or a map by name', () => {
  test("an extending preset's reminders are a list (replacing) or a map of changes by id (null removes)", () => {
    type Node = { type?: string; anyOf?: Node[]; properties?: Record<string, Node>; additionalProperties?: Node };
    const schema = policyFileJsonSchema() as Node;
    const extending = JSON.stringify(schema.anyOf![1]);
    // Down the extending branch: a nullable field is anyOf [the field, null]; a record's values are additionalProperties.
    const objectOf = (n: Node): Node => (n.anyOf && !n.anyOf.some((b) => b.type === 'array') ? objectOf(n.anyOf.find((b) => b.type !== 'null')!) : n);
    const down = (n: Node, key: string | null): Node => {
      const o = objectOf(n);
      return key === null ? o.additionalProperties! : o.properties![key]!;
    };
    let node: Node = schema.anyOf![1]!;
    for (const key of ['caseTypes', null, 'stages', null, 'reminders'] as const) node = down(node, key);
    const reminders = objectOf(node) as { anyOf: { type: string }[] };
    expect(reminders.anyOf.map((b) => b.type)).toEqual(['array', 'object']);
    expect(extending).toContain('Changes to the item with this id, field by field; all its fields to add a new one; null to remove it.');
  });
});

describe('the law as a guard rail, and sources that follow the values', () => {
  test('beyond the limit: a warning naming it and its source; stricter (shorter) is silent', () => {
    const slower = parsePolicy(stage1Patch({ timescale: { workingDays: 15 } }));
    expect(statutoryLimitWarnings(slower).map((w) => [w.path, w.limit, w.message])).toEqual([
      [`${S1}.timescale.workingDays`, 'stage-1-response', "stage-1 timescale 15 working days is beyond SI 2006/1738 reg 14's 10 working days (20 with an extension)"],
    ]);
    expect(statutoryLimitWarnings(parsePolicy(stage1Patch({ timescale: { workingDays: 8 } })))).toEqual([]);
    const longer = parsePolicy(stage1Patch({ extension: { maxWorkingDays: 30 } }));
    expect(statutoryLimitWarnings(longer).map((w) => w.message)).toEqual(["stage-1 extension ceiling 30 working days is beyond SI 2006/1738 reg 14's 20 working days"]);
    const late = parsePolicy(child({ timeLimit: { months: 18 } }));
    expect(statutoryLimitWarnings(late).map((w) => w.message)).toEqual(["time limit for complaining 18 months is beyond SI 2006/1738 reg 9's 12 months"]);
  });

  test('no built-in preset goes beyond its own limits', () => {
    for (const id of [
      'england-children-2006',
      'dudley',
      'southampton',
      'swindon',
      'foi-2000',
      'eir-2004',
      'uk-gdpr-sar',
      'england-adults-2009',
      'wales-social-services-2014',
    ]) {
      expect([id, statutoryLimitWarnings(getPolicy(id))]).toEqual([id, []]);
    }
  });

  test('an inherited statutory limit cannot be changed or removed', () => {
    const issues = problems(() => parsePolicy(child({ statutoryLimits: { 'stage-1-response': null } })));
    expect(issues.map((i) => [i.path, i.code])).toEqual([['statutoryLimits.stage-1-response', 'statutory-limit-inherited']]);
  });

  test('a changed value without its own source is marked local, with the old source and value; one with a source keeps it', () => {
    expect(stage1(parsePolicy(stage1Patch({ timescale: { workingDays: 15 } }))).timescale).toEqual({
      workingDays: 15,
      source: 'local (changed from SI 2006/1738 reg 14: 10)',
    });
    expect(stage1(parsePolicy(stage1Patch({ timescale: { workingDays: 8, source: 'local: My Council procedure 2026' } }))).timescale).toEqual({
      workingDays: 8,
      source: 'local: My Council procedure 2026',
    });
    // The same value again is no change: the citation stays.
    expect(stage1(parsePolicy(stage1Patch({ timescale: { workingDays: 10 } }))).timescale.source).toBe('SI 2006/1738 reg 14');
  });

  test('explainPolicy: the origin of values set by the file, by dudley and by the baseline, and defaults', () => {
    const doc = parsePolicyText(MY_COUNCIL, { fileName: 'my-council.yaml' });
    expect(doc.id).toBe('my-council');
    const explained = explainPolicy('dudley');
    const at = (path: string) => explained.origins.find((o) => o.path === path);
    // dudley.yaml: line 14 `id: dudley`; the first reminder's id is on line 50 (`- id: first-reminder`).
    expect(at('id')).toEqual({ path: 'id', preset: 'dudley', file: 'src/policies/presets/dudley.yaml', line: 14, column: 1 });
    expect(at(`${S1}.reminders[0].id`)).toMatchObject({ preset: 'dudley', line: 50 });
    expect(at(`${S1}.timescale.workingDays`)).toMatchObject({ preset: 'england-children-2006', file: 'src/policies/presets/england-children-2006.yaml' });
    expect(at('calendar.closures')).toEqual({ path: 'calendar.closures', preset: undefined });
  });
});

describe('diffPolicies', () => {
  test('sentences a manager reads, matched by name', () => {
    const changed = parsePolicy(
      child({
        caseTypes: {
          'statutory-complaint': {
            stages: { 'stage-1': { timescale: { workingDays: 15 }, reminders: { 'third-overdue-reminder': null, 'first-reminder': { offsetWorkingDays: -4 } } } },
          },
        },
        delayReasons: { followUp: { afterWorkingDays: 5 } },
      }),
    );
    // In the policy's order: delayReasons comes before caseTypes in a resolved policy.
    expect(diffPolicies(getPolicy('dudley'), changed)).toEqual([
      { path: 'delayReasons.followUp.afterWorkingDays', kind: 'changed', text: 'delay reasons follow up after: 10 working days → 5' },
      { path: `${S1}.timescale.workingDays`, kind: 'changed', text: 'stage-1 timescale: 10 working days → 15' },
      { path: `${S1}.reminders.first-reminder.offsetWorkingDays`, kind: 'changed', text: 'reminder first-reminder offset: -5 working days → -4' },
      { path: `${S1}.reminders.third-overdue-reminder`, kind: 'removed', text: 'reminder third-overdue-reminder removed' },
    ]);
    expect(diffPolicies(changed, getPolicy('dudley')).map((d) => d.kind)).toEqual(['changed', 'changed', 'changed', 'added']);
  });
});

describe('what-if reports', () => {
  // Received Fri 19 Dec 2025, response sent Mon 12 Jan 2026: under dudley due Wed 7 Jan 2026 (10 working days, see
  // above), so late; under my-council due Wed 14 Jan 2026 (15 working days), so in time.
  const dudley = getPolicy('dudley');
  const mine = parsePolicyText(MY_COUNCIL, { fileName: 'my-council.yaml' });
  const kase = applyEvent(dudley, openCase(dudley, { reference: 'WI-1', receivedAt: '2025-12-19' }), { type: 'response-sent', on: '2026-01-12', outcome: 'upheld' });
  const period = { from: '2025-10-01', to: '2026-03-31' };

  test('cases opened under dudley, figures under my-council: recomputed, and the report says both', () => {
    const before = performanceReport(dudley, [kase], period);
    expect([before.stages[0]!.period.responded, before.stages[0]!.period.inTime]).toEqual([1, 0]);
    const after = performanceReport(mine, [kase], { ...period, openedUnder: 'dudley' });
    expect([after.stages[0]!.period.responded, after.stages[0]!.period.inTime]).toEqual([1, 1]);
    expect(after.policy.id).toBe('my-council');
    expect(after.openedUnder).toEqual({ id: 'dudley', eventsSetAside: 0 });
    expect(() => performanceReport(mine, [kase], period)).toThrow(/policyId/);
  });

  test('report --policy my-council.yaml on cases opened under dudley: a what-if; another preset needs --reinterpret', async () => {
    const files = { 'my-council.yaml': MY_COUNCIL, 'cases.json': JSON.stringify([kase]) };
    const r = await run(['report', '--policy', 'my-council.yaml', '--cases', 'cases.json', '--from', '2025-10-01', '--to', '2026-03-31', '--format', 'json'], files);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: what-if: figures computed under my-council for cases opened under dudley\n');
    const report = JSON.parse(r.stdout) as { openedUnder: unknown; stages: { period: { inTime: number } }[] };
    expect(report.openedUnder).toEqual({ id: 'dudley', eventsSetAside: 0 });
    expect(report.stages[0]!.period.inTime).toBe(1);
    const other = await run(['report', '--policy', 'swindon', '--cases', 'cases.json', '--from', '2025-10-01', '--to', '2026-03-31', '--format', 'json'], files);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('give --reinterpret');
    const reinterpreted = await run(
      ['report', '--policy', 'swindon', '--reinterpret', '--cases', 'cases.json', '--from', '2025-10-01', '--to', '2026-03-31', '--format', 'json'],
      files,
    );
    expect(reinterpreted.code).toBe(0);
  });
});
