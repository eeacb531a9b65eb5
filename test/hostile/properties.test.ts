// Issue 20's properties: for any string or JSON value, parsePolicy / the YAML loader, casesFromJson, casesFromCsv,
// renderTemplate, openCase and applyEvent throw only the library's typed errors (StatutoryComplaintsError, or the
// RangeError DateOutOfRangeError), and no message contains a value given as personal data.
//
// Personal data is marked: every string value generated (and every key that does not look like a field name) carries
// the marker `§PD§`, which no message of the library contains. 10,000 runs each; on a failure fast-check prints the
// seed and path to replay it (`fc.assert(..., { seed, path })`).
import fc from 'fast-check';
import { describe, test } from 'vitest';
import {
  applyEvent,
  casesFromCsv,
  casesFromJson,
  DateOutOfRangeError,
  getPolicy,
  openCase,
  parsePolicy,
  renderTemplate,
  StatutoryComplaintsError,
} from '../../src/index.js';
import { parsePolicyText } from '../../src/node/index.js';
import { CASE_EVENT_TYPES } from '../../src/workflow/index.js';

const RUNS = 10_000;
const MARK = '§PD§';
const policy = getPolicy('dudley');
// Opened Mon 2 Jun 2025, acknowledged Tue 3 Jun: a case events can be applied to.
const opened = applyEvent(policy, openCase(policy, { reference: 'C-1', receivedAt: '2025-06-02' }), { type: 'acknowledged', on: '2025-06-03' });

/** Strings that are personal data: the marker and anything after it. */
const personal = fc.string({ maxLength: 12, unit: 'grapheme' }).map((s) => `${MARK}${s}`);
/** Strings a field might hold that are not marked: dates, numbers as text, names of things. */
const plain = fc.oneof(
  fc.constantFrom(
    '2025-06-03',
    '2026-02-30',
    '2025-13-01',
    '1899-12-31',
    '2200-01-01',
    '',
    ' ',
    'upheld',
    'statutory-complaint',
    'stage-2',
    'Z040',
    '((name))',
    '__proto__',
  ),
  fc.date({ min: new Date('1890-01-01'), max: new Date('2210-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** Any JSON value whose strings are all personal data; keys are marked too (as a spreadsheet header holding a name). */
const markedJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 }).map(function mark(value: unknown): unknown {
  if (typeof value === 'string') return `${MARK}${value}`;
  if (Array.isArray(value)) return value.map(mark);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [`${MARK}${k}`, mark(v)]));
  }
  return value;
});

/** A field value: personal data, a plain value, a number or another JSON value. */
const fieldValue = fc.oneof(personal, plain, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), markedJson);

function assertTyped(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof StatutoryComplaintsError) && !(error instanceof DateOutOfRangeError)) throw error;
    const issues = (error as { issues?: unknown }).issues;
    const text = `${error.message}\n${(error as { path?: unknown }).path as string}\n${JSON.stringify(issues ?? [])}`;
    if (text.includes(MARK)) throw new Error(`a message echoes personal data: ${text.slice(0, 2000)}`, { cause: error });
  }
}

const check = (property: fc.IProperty<never> | fc.IProperty<unknown[]>) => fc.assert(property as fc.IProperty<unknown[]>, { numRuns: RUNS });

// Raw data of a whole preset, to change one value at a time: most changes then hit a real rule, not "not a preset".
const dudleyData = JSON.parse(JSON.stringify(policy)) as Record<string, unknown>;
const paths: (string | number)[][] = [];
(function walk(value: unknown, path: (string | number)[]) {
  paths.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
})(dudleyData, []);
/** Maps keyed by ids the author chose: a key added there is an (echoed) id, not an unknown field. */
const ID_MAPS = new Set(['roles', 'caseTypes', 'stages', 'templates', 'dates']);

function changed(pathIndex: number, value: unknown, extraKey: string | undefined): unknown {
  const copy = structuredClone(dudleyData);
  const path = paths[pathIndex % paths.length]!;
  if (path.length === 0) return value;
  // Keys of `dates` are the template's placeholder names, shown in messages as written: only values go there.
  if (path.includes('dates')) value = typeof value === 'object' && value !== null ? `${MARK}style` : value;
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (extraKey !== undefined && typeof parent === 'object' && !Array.isArray(parent) && !ID_MAPS.has(String(path[path.length - 2] ?? ''))) {
    parent[extraKey] = value;
  } else {
    parent[last] = value;
  }
  return copy;
}

describe('properties: only typed errors, never personal data in a message (10,000 runs each)', () => {
  test('parsePolicy: any JSON value, and a real preset with one value changed or one unknown key added', () => {
    check(fc.property(markedJson, (value) => assertTyped(() => parsePolicy(value))));
    check(
      fc.property(fc.nat(), fieldValue, fc.option(personal, { nil: undefined }), (at, value, extraKey) => assertTyped(() => parsePolicy(changed(at, value, extraKey)))),
    );
  }, 600_000);

  test('the YAML/JSON loader (parsePolicyText): any text, and any JSON value written as text', () => {
    check(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), fc.constantFrom('p.yaml', 'p.json'), (text, fileName) =>
        assertTyped(() => parsePolicyText(`${MARK}${text}`, { fileName })),
      ),
    );
    check(
      fc.property(markedJson, fc.constantFrom('p.yaml', 'p.json'), (value, fileName) =>
        assertTyped(() => parsePolicyText(JSON.stringify(value) ?? 'null', { fileName })),
      ),
    );
  }, 600_000);

  test('casesFromJson: any JSON value, and a real case with one field changed or added', () => {
    check(fc.property(markedJson, fc.boolean(), (value, skipBad) => assertTyped(() => casesFromJson(policy, value, { skipBad }))));
    const fields = ['reference', 'caseType', 'received', 'receivedAt', 'about', 'events', `${MARK}x`];
    check(
      fc.property(fc.constantFrom(...fields), fieldValue, fc.boolean(), (field, value, skipBad) =>
        assertTyped(() => casesFromJson(policy, [{ ...opened, [field]: value }], { skipBad })),
      ),
    );
  }, 600_000);

  test('casesFromCsv: any text, and rows of any cells under the documented header', () => {
    check(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => assertTyped(() => casesFromCsv(policy, `${MARK}${text}`))));
    const cell = fc.oneof(personal, plain, fc.constant(''));
    const csvCell = (c: string) => `"${c.replace(/"/g, '""')}"`;
    check(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 7 }), { maxLength: 5 }), fc.boolean(), (rows, skipBad) => {
        const text = ['reference,received,responded,extended_due_date,outcome,delay_code', ...rows.map((r) => r.slice(0, 6).map(csvCell).join(','))].join('\r\n');
        assertTyped(() => casesFromCsv(policy, text, { skipBad }));
      }),
    );
  }, 600_000);

  test('renderTemplate: any template text, and values of any kind under its placeholders', () => {
    const values = fc.dictionary(fc.oneof(fc.constantFrom('name', 'due date', 'reference'), personal), fieldValue, { maxKeys: 4 });
    check(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.string({ maxLength: 80 }),
        values,
        fc.constantFrom('text', 'html'),
        fc.constantFrom('error', 'preview', 'redact'),
        (subject, body, vals, format, missing) =>
          assertTyped(() => renderTemplate({ subject: `((name)) ${subject}`, body: `((due date)) ((reference)) ${body}` }, vals as never, { format, missing })),
      ),
    );
  }, 600_000);

  test('openCase: any JSON input, and a good input with one field changed or added', () => {
    check(fc.property(markedJson, (input) => assertTyped(() => openCase(policy, input as never))));
    check(
      fc.property(fc.constantFrom('reference', 'receivedAt', 'caseType', 'about', `${MARK}Zebedee Quartermaine`), fieldValue, (field, value) =>
        assertTyped(() => openCase(policy, { reference: 'C-1', receivedAt: '2025-06-02', [field]: value })),
      ),
    );
  }, 600_000);

  test('applyEvent: any JSON event, and an event of each type with any fields', () => {
    check(fc.property(markedJson, (event) => assertTyped(() => applyEvent(policy, opened, event as never))));
    const fields = fc.dictionary(
      fc.oneof(
        fc.constantFrom('on', 'reason', 'outcome', 'workingDays', 'newDueDate', 'agreedWithComplainant', 'agreedOn', 'to', 'hearingDate', 'actions', 'code'),
        personal,
      ),
      fieldValue,
      { maxKeys: 4 },
    );
    check(
      fc.property(fc.constantFrom(...CASE_EVENT_TYPES), fields, (type, extra) =>
        assertTyped(() => applyEvent(policy, opened, { type, on: '2025-06-04', ...extra } as never)),
      ),
    );
  }, 600_000);
});
