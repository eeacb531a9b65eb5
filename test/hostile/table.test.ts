// The hostile-input table (issue 20): for each entry point, inputs an attacker or an unlucky user would give, with the
// error class, code and (for the command line) exit status expected. Every message is checked not to contain the
// value given as personal data ('Zebedee Quartermaine', a complainant's name put where a field name goes).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createNodeIo } from '../../src/cli/node-io.js';
import { runCli } from '../../src/cli/run.js';
import {
  applyEvent,
  CaseInputError,
  casesFromCsv,
  casesFromJson,
  getPolicy,
  InvalidArgumentError,
  openCase,
  parsePolicy,
  performanceReport,
  PolicyValidationError,
  receivedDate,
  renderTemplate,
  StatutoryComplaintsError,
} from '../../src/index.js';
import { FileAccessError, FileEncodingError, FileTooLargeError, parsePolicyText } from '../../src/node/index.js';

const NAME = 'Zebedee Quartermaine';
const policy = getPolicy('dudley');
const HEADER = 'reference,received,responded,extended_due_date,outcome,delay_code';
// Opened Mon 2 Jun 2025: a plain stage-1 case.
const kase = openCase(policy, { reference: 'C-1', receivedAt: '2025-06-02' });
const base = { id: 'x', extends: 'dudley', title: 'X', version: '1.0.0', effectiveFrom: '2026-04-01' };
const stage1 = (timescale: Record<string, unknown>) => ({ ...base, caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { timescale } } } } });

interface Row {
  readonly name: string;
  readonly run: () => unknown;
  readonly error: new (...args: never[]) => Error;
  readonly code: string;
  /** Text the message must contain (the rule in the project's own words). */
  readonly says?: readonly string[];
  /** Text the message must not contain. */
  readonly never?: readonly string[];
}

function messageOf(error: Error): string {
  const issues = (error as { issues?: readonly { path?: string; field?: string; message?: string; rule?: string }[] }).issues;
  const details = issues?.map((i) => `${i.path ?? ''} ${i.field ?? ''} ${i.message ?? ''} ${i.rule ?? ''}`).join('\n') ?? '';
  return `${error.message}\n${(error as { path?: string }).path ?? ''}\n${details}`;
}

const API: readonly Row[] = [
  // Item 3: an unknown key that may be personal data is not echoed; one that looks like a field name keeps the did-you-mean.
  {
    name: "openCase: a key 'Zebedee Quartermaine'",
    run: () => openCase(policy, { reference: 'C-1', receivedAt: '2025-06-02', [NAME]: 'x' } as never),
    error: InvalidArgumentError,
    code: 'invalid-argument',
    says: ['an unknown field (its name is not shown', 'the options are reference, caseType, receivedAt and about'],
  },
  {
    name: 'openCase: a misspelt option keeps its did-you-mean',
    run: () => openCase(policy, { reference: 'C-1', receivedAt: '2025-06-02', refrence: 'x' } as never),
    error: InvalidArgumentError,
    code: 'invalid-argument',
    says: ['refrence: is not an option of openCase; did you mean reference?'],
  },
  { name: 'openCase: input null', run: () => openCase(policy, null as never), error: InvalidArgumentError, code: 'invalid-argument' },
  {
    name: "applyEvent: an event with a key 'Zebedee Quartermaine'",
    run: () => applyEvent(policy, kase, { type: 'acknowledged', on: '2025-06-03', [NAME]: 1 } as never),
    error: InvalidArgumentError,
    code: 'invalid-argument',
    says: ['has an unknown field (its name is not shown'],
  },
  // Item 6: whole numbers in the project's own words.
  {
    name: 'applyEvent: an extension of 1.5 working days',
    run: () => applyEvent(policy, kase, { type: 'extension-agreed', on: '2025-06-03', workingDays: 1.5, reason: 'x', agreedWithComplainant: true }),
    error: InvalidArgumentError,
    code: 'invalid-argument',
    says: ['event.workingDays: must be a whole number of working days (no fractions).'],
    never: ['a int'],
  },
  {
    name: 'applyEvent: an extension of 2^53+1 working days',
    run: () => applyEvent(policy, kase, { type: 'extension-agreed', on: '2025-06-03', workingDays: 2 ** 53 + 1, reason: 'x', agreedWithComplainant: true }),
    error: InvalidArgumentError,
    code: 'invalid-argument',
    says: ['event.workingDays: must be a whole number of working days, at most 1000.'],
    never: ['9007199254740991', 'items'],
  },
  {
    name: 'parsePolicy: a stage of 2^53+1 working days',
    run: () => parsePolicy(stage1({ workingDays: 2 ** 53 + 1 })),
    error: PolicyValidationError,
    code: 'invalid-policy',
    says: ['`workingDays` must be a whole number of working days, at most 1000.'],
    never: ['9007199254740991', 'items'],
  },
  {
    name: 'parsePolicy: a stage of 1.5 working days',
    run: () => parsePolicy(stage1({ workingDays: 1.5 })),
    error: PolicyValidationError,
    code: 'invalid-policy',
    says: ['`workingDays` must be a whole number (no fractions).'],
    never: ['a int'],
  },
  {
    name: "parsePolicy: a key 'Zebedee Quartermaine' at the top and in calendar",
    run: () => parsePolicy({ ...base, [NAME]: 1, calendar: { [NAME]: 2 } }),
    error: PolicyValidationError,
    code: 'invalid-policy',
    says: ['An unknown field (its name is not shown: it does not look like a field name) is here'],
  },
  {
    name: 'parsePolicy: a misspelt key keeps its did-you-mean',
    run: () => parsePolicy({ ...base, calendar: { closure: [] } }),
    error: PolicyValidationError,
    code: 'invalid-policy',
    says: ['`closure` is not a field here. Did you mean `closures`?'],
  },
  { name: 'parsePolicy: null', run: () => parsePolicy(null), error: PolicyValidationError, code: 'invalid-policy' },
  {
    name: 'parsePolicyText: a JSON preset nested 100,000 deep',
    run: () => parsePolicyText('['.repeat(100_000) + ']'.repeat(100_000), { fileName: 'deep.json' }),
    error: PolicyValidationError,
    code: 'invalid-policy',
    says: ['nested too deeply'],
    never: ['alias'],
  },
  {
    name: 'parsePolicyText: a YAML preset nested 100,000 deep in braces',
    run: () => parsePolicyText('{a: '.repeat(100_000) + '}'.repeat(100_000), { fileName: 'deep.yaml' }),
    error: PolicyValidationError,
    code: 'invalid-policy',
    says: ['nested too deeply'],
    never: ['alias'],
  },
  {
    name: 'parsePolicyText: UTF-16 text decoded as UTF-8',
    run: () => parsePolicyText(new TextDecoder().decode(new Uint8Array([0xff, 0xfe, ...Buffer.from('id: x\n', 'utf16le')])), { fileName: 'p.yaml' }),
    error: PolicyValidationError,
    code: 'invalid-policy',
    says: ['UTF-16', 'Save it as UTF-8'],
  },
  {
    name: "casesFromJson: a case with a key 'Zebedee Quartermaine'",
    run: () => casesFromJson(policy, [{ ...kase, [NAME]: 'x' }]),
    error: CaseInputError,
    code: 'invalid-cases',
    says: ['has an unknown field (its name is not shown'],
  },
  {
    name: 'casesFromJson: a case with a misspelt key',
    run: () => casesFromJson(policy, [{ ...kase, refrence: 'x' }]),
    error: CaseInputError,
    code: 'invalid-cases',
    says: ['has unknown field refrence'],
  },
  { name: 'casesFromJson: not an array', run: () => casesFromJson(policy, { cases: [] }), error: CaseInputError, code: 'invalid-cases' },
  {
    name: "casesFromJson: an option 'Zebedee Quartermaine'",
    run: () => casesFromJson(policy, [], { [NAME]: true } as never),
    error: InvalidArgumentError,
    code: 'invalid-argument',
    says: ['options: an unknown field', 'is not an option of casesFromJson'],
  },
  {
    name: "casesFromCsv: a header 'Zebedee Quartermaine'",
    run: () => casesFromCsv(policy, `${HEADER},${NAME}\r\nC-1,2025-06-02,,,,,\r\n`),
    error: CaseInputError,
    code: 'invalid-cases',
    says: ['column 7 is an unknown field (its name is not shown'],
  },
  {
    name: 'casesFromCsv: a misspelt header keeps its did-you-mean',
    run: () => casesFromCsv(policy, `${HEADER.replace('reference', 'refrence')}\r\n`),
    error: CaseInputError,
    code: 'invalid-cases',
    says: ['column 1 is `refrence`, not a column of the layout; did you mean `reference`?'],
  },
  // Item 7: two references that differ only by the whitespace around them are refused, naming both lines.
  {
    name: 'casesFromCsv: references \\t=1+1 and \\r=1+1',
    run: () => casesFromCsv(policy, `${HEADER}\r\n"\t=1+1",2025-06-02,,,,\r\n"\r=1+1",2025-06-03,,,,\r\n`),
    error: CaseInputError,
    code: 'invalid-cases',
    says: ['line 2, column reference: is written differently on line 3', 'line 3, column reference: is written differently on line 2'],
  },
  {
    name: 'casesFromCsv: UTF-16 text decoded as UTF-8',
    run: () => casesFromCsv(policy, new TextDecoder().decode(new Uint8Array([0xff, 0xfe, ...Buffer.from(`${HEADER}\r\n`, 'utf16le')]))),
    error: CaseInputError,
    code: 'invalid-cases',
    says: ['UTF-16', 'save the file as UTF-8'],
  },
  { name: 'casesFromCsv: not a string', run: () => casesFromCsv(policy, 42 as never), error: InvalidArgumentError, code: 'invalid-argument' },
  {
    name: "performanceReport: an option 'Zebedee Quartermaine'",
    run: () => performanceReport(policy, [], { from: '2025-04-01', to: '2026-03-31', [NAME]: 1 } as never),
    error: InvalidArgumentError,
    code: 'invalid-argument',
    says: ['options: has an unknown field'],
  },
  {
    name: "receivedDate: an option 'Zebedee Quartermaine'",
    run: () => receivedDate('2026-01-05T10:00:00Z', { [NAME]: 1 } as never),
    error: InvalidArgumentError,
    code: 'invalid-argument',
    says: ['options: has an unknown field'],
  },
  { name: 'renderTemplate: a template that is not an object', run: () => renderTemplate(null as never, {}), error: InvalidArgumentError, code: 'invalid-argument' },
];

describe('hostile inputs to the API: class, code, and no echo of personal data', () => {
  test.each(API.map((row) => [row.name, row] as const))('%s', (_name, row) => {
    let thrown: unknown;
    try {
      row.run();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(row.error);
    expect(thrown).toBeInstanceOf(StatutoryComplaintsError);
    const error = thrown as StatutoryComplaintsError;
    expect(error.code).toBe(row.code);
    const text = messageOf(error);
    for (const phrase of row.says ?? []) expect(text).toContain(phrase);
    for (const phrase of [...(row.never ?? []), 'Zebedee', 'Quartermaine']) expect(text).not.toContain(phrase);
  });

  test('casesFromCsv with skipBad: the two references of item 7 are both left out, not merged', () => {
    const read = casesFromCsv(policy, `${HEADER}\r\n"\t=1+1",2025-06-02,,,,\r\n"\r=1+1",2025-06-03,,,,\r\nC-2,2025-06-02,,,,\r\n`, { skipBad: true });
    expect(read.cases.map((c) => c.reference)).toEqual(['C-2']);
    expect(read.skipped.map((i) => i.line)).toEqual([2, 3]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The command line, in-process with the real file io
// ---------------------------------------------------------------------------------------------------------------

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sc-hostile-'));
  writeFileSync(join(dir, 'named.yaml'), `id: x\nextends: dudley\ntitle: X\nversion: '1.0.0'\neffectiveFrom: 2026-04-01\n${NAME}: 1\n`);
  writeFileSync(join(dir, 'named.csv'), `${HEADER},${NAME}\r\nC-1,2025-06-02,,,,,\r\n`);
  writeFileSync(join(dir, 'merged.csv'), `${HEADER}\r\n"\t=1+1",2025-06-02,,,,\r\n"\r=1+1",2025-06-03,,,,\r\n`);
  writeFileSync(join(dir, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\r\n`, 'utf16le')]));
  writeFileSync(join(dir, 'big.json'), ' '.repeat(1024 * 1024 + 1));
  writeFileSync(join(dir, 'values.json'), JSON.stringify({ [NAME]: NAME }));
  mkdirSync(join(dir, 'folder.yaml'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, createNodeIo({ stdout: (t) => void out.push(t), stderr: (t) => void err.push(t) }));
  return { code, output: out.join('') + err.join('') };
}

const PERIOD = ['--from', '2025-04-01', '--to', '2026-03-31'];
const CLI: readonly { name: string; argv: () => string[]; exit: number; says?: readonly string[] }[] = [
  {
    name: 'report --out /tmp/ (a folder)',
    argv: () => ['report', '--policy', 'dudley', '--cases', join(dir, 'merged.csv'), ...PERIOD, '--skip-bad', '--out', '/tmp/'],
    exit: 3,
    says: ['cannot write /tmp/: it is a folder'],
  },
  {
    name: 'report --out /nonexistent/x.csv',
    argv: () => ['report', '--policy', 'dudley', '--cases', join(dir, 'merged.csv'), ...PERIOD, '--skip-bad', '--out', '/nonexistent/x.csv'],
    exit: 3,
    says: ['the folder it would go in does not exist'],
  },
  {
    name: 'report --out /dev/full',
    argv: () => ['report', '--policy', 'dudley', '--cases', join(dir, 'merged.csv'), ...PERIOD, '--skip-bad', '--out', '/dev/full'],
    exit: 3,
    says: ['the disk is full'],
  },
  {
    name: "report --cases with a header 'Zebedee Quartermaine'",
    argv: () => ['report', '--policy', 'dudley', '--cases', join(dir, 'named.csv'), ...PERIOD],
    exit: 1,
    says: ['an unknown field (its name is not shown'],
  },
  {
    name: 'report --cases with \\t=1+1 and \\r=1+1',
    argv: () => ['report', '--policy', 'dudley', '--cases', join(dir, 'merged.csv'), ...PERIOD],
    exit: 1,
    says: ['is written differently on line 3'],
  },
  { name: 'report --cases UTF-16', argv: () => ['report', '--policy', 'dudley', '--cases', join(dir, 'utf16.csv'), ...PERIOD], exit: 1, says: ['is saved as UTF-16'] },
  {
    name: 'report --cases /dev/zero',
    argv: () => ['report', '--policy', 'dudley', '--cases', '/dev/zero', ...PERIOD],
    exit: 3,
    says: ['it is a device, not a regular file'],
  },
  {
    name: 'report --feed over 1 MiB',
    argv: () => ['report', '--policy', 'dudley', '--cases', join(dir, 'merged.csv'), ...PERIOD, '--feed', join(dir, 'big.json')],
    exit: 1,
    says: ['over the limit of 1 MiB'],
  },
  {
    name: "validate a preset with a key 'Zebedee Quartermaine'",
    argv: () => ['validate', join(dir, 'named.yaml')],
    exit: 1,
    says: ['An unknown field (its name is not shown'],
  },
  { name: 'validate a missing file', argv: () => ['validate', join(dir, 'missing.yaml')], exit: 3, says: ['there is no such file'] },
  { name: 'validate a folder', argv: () => ['validate', join(dir, 'folder.yaml')], exit: 3, says: ['it is a folder'] },
  {
    name: 'render --values over 1 MiB',
    argv: () => ['render', '--policy', 'dudley', '--template', 'reminder', '--values', join(dir, 'big.json')],
    exit: 1,
    says: ['over the limit of 1 MiB'],
  },
  {
    name: "render --values with 'Zebedee Quartermaine' as a name and a value",
    argv: () => ['render', '--policy', 'dudley', '--template', 'reminder', '--values', join(dir, 'values.json')],
    exit: 1,
  },
  {
    name: 'timeline --feed a FIFO-like device',
    argv: () => ['timeline', '--policy', 'dudley', '--received', '2026-01-05', '--feed', '/dev/null'],
    exit: 3,
    says: ['it is a device, not a regular file'],
  },
  { name: 'workdays add 1.5 days (a usage error)', argv: () => ['workdays', 'add', '2025-12-19', '1.5'], exit: 2 },
  { name: '--max-file-size lots', argv: () => ['--max-file-size', 'lots', 'validate', join(dir, 'named.yaml')], exit: 2 },
  { name: 'an unknown command', argv: () => ['frobnicate'], exit: 2 },
];

describe('hostile inputs to the command line: exit status, message, and no echo of personal data', () => {
  test.each(CLI.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const r = await cli(...row.argv());
    expect(r.code).toBe(row.exit);
    for (const phrase of row.says ?? []) expect(r.output).toContain(phrase);
    expect(r.output).not.toContain('Zebedee');
    expect(r.output).not.toContain('internal error');
    expect(r.output).not.toMatch(/\n\s+at /); // no stack trace
  });
});

// Classes exported for the table's readers: the file errors are the /node entry's.
test('the file error classes are typed library errors', () => {
  for (const C of [FileAccessError, FileTooLargeError, FileEncodingError]) expect(C.prototype).toBeInstanceOf(StatutoryComplaintsError);
});
