/**
 * The areas `npm run test:mutation` measures, each with its own goal (issue 18): Stryker has one `thresholds.break`
 * per run, so each area is its own run with its own config, incremental file and report.
 */
export const AREAS = {
  calendar: { goal: 90 },
  templates: { goal: 85 },
  workflow: { goal: 85 },
};

/** The Stryker options for one area. */
export function strykerConfig(area) {
  const { goal } = AREAS[area];
  return {
    $schema: '../node_modules/@stryker-mutator/core/schema/stryker-schema.json',
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner'],
    vitest: { configFile: `stryker/vitest.${area}.config.ts`, related: false },
    // No type-checker plugin: on this 2-core machine it halved the throughput. A mutant that would not compile
    // runs as JavaScript like any other; the few that survive are reviewed by hand (see the ignore notes).
    mutate: [`src/${area}/**/*.ts`],
    coverageAnalysis: 'perTest',
    // Static mutants (in code run once when a module loads: tables, constants, regular expressions) each need the
    // area's whole suite in a fresh process, which takes hours here; they are reported as ignored, and counted with
    // MUTATION_STATIC=1 (`MUTATION_STATIC=1 npm run test:mutation`) when there is time for them.
    ignoreStatic: process.env.MUTATION_STATIC !== '1',
    // The machine running this is usually shared: raise with --concurrency when it is yours.
    concurrency: 1,
    timeoutMS: 10_000,
    incremental: true,
    incrementalFile: `reports/stryker-incremental-${area}.json`,
    thresholds: { high: Math.min(goal + 5, 100), low: goal, break: goal },
    // event-recorder writes each mutant's result as it is tested (reports/mutation/events-<area>/), so survivors can
    // be looked at during a long run: `node scripts/mutation-survivors.mjs <area>`.
    reporters: ['progress-append-only', 'clear-text', 'json', 'html', 'event-recorder'],
    eventReporter: { baseDir: `reports/mutation/events-${area}` },
    clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, skipFull: true },
    jsonReporter: { fileName: `reports/mutation/${area}.json` },
    htmlReporter: { fileName: `reports/mutation/${area}.html` },
    tempDirName: '.stryker-tmp',
    cleanTempDir: 'always',
    ignorePatterns: ['dist', 'docs', 'workbench', 'bench', 'examples', '.tmp', '.cache', 'coverage', 'reports'],
  };
}

/**
 * Mutants disabled in the source as equivalent (`// Stryker disable next-line <mutator>: <reason>`), reviewed by hand:
 * each cannot change any result a caller sees. Keep this list short and in step with the comments.
 */
export const EQUIVALENT_MUTANTS = [
  {
    file: 'src/templates/body-memo.ts',
    mutator: 'ConditionalExpression',
    where: 'BodyMemo.body: `if (body === undefined)`',
    reason: 'a cache: rendering again on a hit gives the same string',
  },
  {
    file: 'src/templates/email.ts',
    mutator: 'ConditionalExpression',
    where: "fillFromCase: `if (values.wants('original due date'))`",
    reason: 'only skips working out a date the template does not use: LibraryValues.date fills only the names the template uses',
  },
  {
    file: 'src/templates/email.ts',
    mutator: 'ConditionalExpression',
    where: "prepareTemplate: `if (segment.kind === 'placeholder')`",
    reason: 'a text segment has no key: `undefined` in the set of used names is never asked for',
  },
  {
    file: 'src/templates/email.ts',
    mutator: 'StringLiteral',
    where: "prepareTemplate: `template.emphasis ?? 'notify'`",
    reason: "the renderers only ask whether emphasis is 'marked'",
  },
  {
    file: 'src/templates/email.ts',
    mutator: 'ConditionalExpression',
    where: 'createReminderEmails: `if (prepared === undefined)` and `if (byRoles === undefined)`',
    reason: 'caches: preparing the template again, or a new map of recipients for the directory, gives the same result',
  },
  {
    file: 'src/templates/email.ts',
    mutator: 'ConditionalExpression, StringLiteral',
    where: "createReminderEmails: `if (language !== 'english')`",
    reason:
      'an English message written through writeReminderEmail is the same message (tested: "createReminderEmails agrees with emailForReminder"); the English path only saves work',
  },
  {
    file: 'src/templates/email.ts',
    mutator: 'ConditionalExpression',
    where: 'createReminderEmails: `prepared.html === prepared.text ? resolvedText : …`',
    reason: 'resolving the same parse again gives the same values; the shared result only saves work',
  },
  {
    file: 'src/templates/typography.ts',
    mutator: 'ConditionalExpression, StringLiteral',
    where: "smartQuotes: `if (s.indexOf(\"'\") === -1 && s.indexOf('\"') === -1 && s.indexOf('\\\\') === -1) return s`",
    reason: "a fast path: smartypants' passes leave a text with no quote and no backslash as it is",
  },
  {
    file: 'src/templates/typography.ts',
    mutator: 'ConditionalExpression, StringLiteral',
    where: 'smartQuotes: `const quotes = …` and `if ((needs & quotes) === needs)`',
    reason: 'skips the passes whose quotes are not in the text; such a pass changes nothing',
  },
  {
    file: 'src/templates/typography.ts',
    mutator: 'ConditionalExpression, StringLiteral',
    where: "straightenEmailQuotes: `if (s.indexOf('@') === -1 || (no ‘ and no ’)) return s`",
    reason: 'a fast path: the email-word pattern changes nothing in a text with no `@` or no curly single quote',
  },
  {
    file: 'src/workflow/rules/clock-stops.ts',
    mutator: 'EqualityOperator',
    where: 'pausedDays: `d <= p.until && d <= due`',
    reason: "the due date is a counted day, never one of a pause's days, so `<` and `<=` against it list the same days",
  },
  {
    file: 'src/workflow/rules/reminder-ladder.ts',
    mutator: 'ConditionalExpression',
    where: 'recipients: `if (!byResponder)`',
    reason: 'a memo: worked out afresh, the recipients are the same',
  },
];
