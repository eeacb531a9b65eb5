/**
 * Type-level tests of the main public signatures. The `expectTypeOf` assertions are checked by the compiler
 * (`npm run typecheck` covers test/), the run-time part only makes sure each file is loaded; the second group asks
 * the TypeScript language service what an editor shows for a few calls, so that the date types stay visible.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { addDays } from '../../src/calendar/index.js';
import {
  applyEvent,
  createCalendar,
  deadlines,
  getPolicy,
  openCase,
  parseDate,
  performanceReport,
  receivedDate,
  remindersDue,
  renderTemplate,
  statusOn,
  type BankHolidayFeed,
  type Calendar,
  type CalendarDate,
  type Case,
  type CaseEventInput,
  type DateInput,
  type Deadline,
  type Policy,
} from '../../src/index.js';
import type { CaseStatus, ScheduledReminder } from '../../src/workflow/index.js';
import type { PerformanceReport } from '../../src/reporting/index.js';
import type { RenderedMessage } from '../../src/templates/index.js';

describe('signatures (checked by tsc)', () => {
  test('a CalendarDate is a string, but a string is not a CalendarDate', () => {
    expectTypeOf<CalendarDate>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<CalendarDate>();
    expectTypeOf<CalendarDate>().toExtend<DateInput>();
    expectTypeOf<'2026-01-05'>().toExtend<DateInput>();
  });

  test('DateInput does not collapse to string', () => {
    expectTypeOf<DateInput>().not.toEqualTypeOf<string>();
  });

  test('calendar functions take DateInput and return CalendarDate', () => {
    expectTypeOf(parseDate).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseDate).returns.toEqualTypeOf<CalendarDate>();
    expectTypeOf(addDays).parameters.toEqualTypeOf<[date: DateInput, days: number]>();
    expectTypeOf(addDays).returns.toEqualTypeOf<CalendarDate>();
    expectTypeOf(receivedDate).returns.toEqualTypeOf<CalendarDate>();
    expectTypeOf(createCalendar).returns.toEqualTypeOf<Calendar>();
    expectTypeOf<Calendar['addWorkingDays']>().returns.toEqualTypeOf<CalendarDate>();
    expectTypeOf<Calendar['isWorkingDay']>().parameter(0).toEqualTypeOf<DateInput>();
  });

  test('a policy, a case, its deadlines and status', () => {
    expectTypeOf(getPolicy).returns.toEqualTypeOf<Policy>();
    expectTypeOf(openCase).parameter(0).toEqualTypeOf<Policy>();
    expectTypeOf(openCase).returns.toEqualTypeOf<Case>();
    expectTypeOf(applyEvent).parameters.toExtend<[Policy, Case, CaseEventInput, ...unknown[]]>();
    expectTypeOf(applyEvent).returns.toEqualTypeOf<Case>();
    expectTypeOf(deadlines).returns.toEqualTypeOf<readonly Deadline[]>();
    expectTypeOf<Deadline['due']>().toEqualTypeOf<CalendarDate>();
    expectTypeOf(statusOn).returns.toEqualTypeOf<CaseStatus>();
    expectTypeOf(remindersDue).returns.toEqualTypeOf<readonly ScheduledReminder[]>();
    expectTypeOf<ScheduledReminder['date']>().toEqualTypeOf<CalendarDate>();
  });

  test('the feed option has one shape', () => {
    expectTypeOf<NonNullable<Parameters<typeof performanceReport>[2]>['feed']>().toEqualTypeOf<BankHolidayFeed | undefined>();
  });

  test('rendering and reports', () => {
    expectTypeOf(renderTemplate).returns.toEqualTypeOf<RenderedMessage>();
    expectTypeOf(performanceReport).returns.toEqualTypeOf<PerformanceReport>();
  });
});

/** What an editor shows (quick info) at `marker` in `code`, a module in test/types that imports src/. */
function quickInfo(code: string, marker: string): string {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const file = join(root, 'test', 'types', '__editor__.ts');
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(join(root, 'tsconfig.json'), (p) => ts.sys.readFile(p)).config, ts.sys, root);
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => {
      const text = name === file ? code : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? code : ts.sys.readFile(name)),
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    directoryExists: (name) => ts.sys.directoryExists(name),
    getDirectories: (name) => ts.sys.getDirectories(name),
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const info = service.getQuickInfoAtPosition(file, code.indexOf(marker));
  return ts.displayPartsToString(info?.displayParts ?? []);
}

describe('what an editor shows', () => {
  const code = [
    "import { addDays } from '../../src/calendar/index.js';",
    "import { createCalendar, deadlines, getPolicy, openCase } from '../../src/index.js';",
    "const due = addDays('2026-01-05', 1);",
    "const calendar = createCalendar({ holidays: 'england-and-wales' });",
    "const next = calendar.nextWorkingDay('2026-01-05');",
    "const first = deadlines(getPolicy('dudley'), openCase(getPolicy('dudley'), { id: 'C1', receivedAt: '2026-01-05' }), '2026-01-06')[0];",
    'first!.due;',
  ].join('\n');

  test('addDays: the parameter shows DateInput and the result CalendarDate', () => {
    expect(quickInfo(code, 'addDays(')).toBe('(alias) addDays(date: DateInput, days: number): CalendarDate\nimport addDays');
    expect(quickInfo(code, 'due =')).toBe('const due: CalendarDate');
  });

  test('a Calendar method shows DateInput and CalendarDate', () => {
    expect(quickInfo(code, 'nextWorkingDay(')).toBe('(method) Calendar.nextWorkingDay(date: DateInput): CalendarDate');
  });

  test("a deadline's due date shows CalendarDate", () => {
    expect(quickInfo(code, 'due;')).toBe('(property) Deadline.due: CalendarDate');
  });
});
