// The report's fast path in front of the case schema (surelyValidCase): it may say "sure" only of a value the schema
// (zod's caseSchema) accepts, since a "sure" value skips the schema. Held to the schema three ways: its table of
// event fields against the schema's own shapes, every stored example case (it must be "sure" of them, or it is never
// used), and 20,000 values mutated one field at a time (it must never be "sure" of one the schema refuses).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_FIELDS, surelyValidCase } from '../../src/reporting/check.js';
import { caseEventSchema } from '../../src/workflow/events.js';
import { caseSchema } from '../../src/workflow/types.js';

const VALUES = JSON.parse(readFileSync(fileURLToPath(new URL('../../examples/cases-dudley.json', import.meta.url)), 'utf8')) as Record<string, unknown>[];

describe('surelyValidCase: its table of event fields is the schema', () => {
  it('has every event type of caseEventSchema, with the same fields, each required or optional as the schema says', () => {
    const fromSchema: Record<string, Record<string, boolean>> = {};
    for (const option of caseEventSchema.options) {
      const shape = option.shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
      const type = (option.shape.type as unknown as { value: string }).value;
      const fields: Record<string, boolean> = {};
      for (const key of Object.keys(shape)) if (key !== 'type' && key !== 'on') fields[key] = !shape[key]!.safeParse(undefined).success;
      fromSchema[type] = fields;
    }
    const fromTable = Object.fromEntries(
      Object.entries(EVENT_FIELDS).map(([type, fields]) => [type, Object.fromEntries(Object.entries(fields).map(([k, [, required]]) => [k, required]))]),
    );
    expect(fromTable).toEqual(fromSchema);
  });
});

describe('surelyValidCase: sure only of what the schema accepts', () => {
  it('is sure of every case in examples/cases-dudley.json (so a report over an export skips the schema)', () => {
    for (const value of VALUES) {
      expect(caseSchema.safeParse(value).success).toBe(true);
      expect(surelyValidCase(value)).toBe(true);
    }
  });

  it('is sure of an event of every type written as the schema declares it, and of a case holding them all', () => {
    const events = [
      { type: 'acknowledged', on: '2026-01-05' },
      { type: 'allocated', on: '2026-01-05', role: 'team-manager', name: 'A Person', email: 'a.person@example.gov.uk', team: 'north' },
      { type: 'referred-back', on: '2026-01-05', reason: 'out-of-time' },
      { type: 'extension-agreed', on: '2026-01-05', additionalWorkingDays: 10, reason: 'More time', agreedWithComplainant: false, agreedOn: '2026-01-05' },
      { type: 'extension-agreed', on: '2026-01-05', calendarMonths: 2, reason: ' padded ', agreedWithComplainant: true },
      { type: 'response-sent', on: '2026-01-05' },
      { type: 'next-stage-requested', on: '2026-01-05', stage: 'stage-2' },
      { type: 'discretion-decided', on: '2026-01-05', accepted: true },
      { type: 'mediation-concluded', on: '2026-01-05', resolved: false },
      { type: 'hearing-arranged', on: '2026-01-05', hearingDate: '2026-02-05' },
      { type: 'final-response-sent', on: '2026-01-05', outcome: 'not-upheld' },
      { type: 'agreed-actions-recorded', on: '2026-01-05', actions: ['Train staff', 'Apologise'] },
      { type: 'delay-reason-recorded', on: '2026-01-05', code: 'Z040', text: 'Waiting for records' },
      { type: 'step-completed', on: '2026-01-05', step: 'draft' },
      ...Object.keys(EVENT_FIELDS)
        .filter((t) => Object.keys(EVENT_FIELDS[t]!).length === 0)
        .map((type) => ({ type, on: '2026-01-05' })),
    ];
    const kase = { ...VALUES[0]!, about: 'team-manager', events };
    expect(caseSchema.safeParse(kase).success).toBe(true);
    expect(surelyValidCase(kase)).toBe(true);
  });

  // Values a field may be given: well written for some field, badly for most.
  const ODD: unknown[] = [
    undefined,
    null,
    true,
    false,
    0,
    -0,
    1,
    1.5,
    10,
    120,
    121,
    1000,
    1001,
    NaN,
    Infinity,
    '',
    ' ',
    '  x  ',
    'x',
    'Z040',
    'Z04000000000000000000000',
    'upheld',
    'partly-upheld',
    'partially',
    'team-manager',
    'Team-Manager',
    'team--manager',
    '-team',
    'stage-2',
    '2026-01-05',
    '2026-02-30',
    '2026-1-5',
    '1899-12-31',
    '2200-01-01',
    'a@example.gov.uk',
    'A <a@example.gov.uk>',
    'a@b',
    'x'.repeat(201),
    ' '.repeat(10_001),
    'y'.repeat(10_001),
    [],
    ['x'],
    [''],
    [' '],
    {},
    { a: 1 },
    new Date(0),
    '__proto__',
  ];
  const KEYS = [
    'reference',
    'caseType',
    'policyId',
    'policyVersion',
    'receivedAt',
    'received',
    'about',
    'events',
    'extra',
    'type',
    'on',
    'outcome',
    'code',
    'text',
    'newDueDate',
    'additionalWorkingDays',
    'workingDays',
    'calendarMonths',
    'reason',
    'agreedWithComplainant',
    'agreedOn',
    'role',
    'name',
    'email',
    'team',
    'stage',
    'accepted',
    'resolved',
    'hearingDate',
    'actions',
    'step',
    'constructor',
    'toString',
  ];

  type Edit = { at: number; event: number; key: string; value: number; kind: 'set' | 'delete' | 'proto' | 'type' };
  const editArb = fc.record({
    at: fc.nat(),
    event: fc.integer({ min: -1, max: 4 }),
    key: fc.constantFrom(...KEYS),
    value: fc.nat({ max: ODD.length - 1 }),
    kind: fc.constantFrom('set', 'delete', 'proto', 'type'),
  }) as fc.Arbitrary<Edit>;

  function edited(edits: Edit[]): unknown {
    const kase = structuredClone<Record<string, unknown>>(VALUES[edits[0]!.at % VALUES.length]!);
    for (const e of edits) {
      const events = kase.events as Record<string, unknown>[];
      const target = e.event >= 0 && Array.isArray(events) && events.length > 0 ? events[e.event % events.length] : kase;
      if (typeof target !== 'object' || target === null) continue;
      const t = target;
      if (e.kind === 'set') t[e.key] = ODD[e.value];
      else if (e.kind === 'delete') delete t[e.key];
      else if (e.kind === 'type') t.type = Object.keys(EVENT_FIELDS)[e.value % Object.keys(EVENT_FIELDS).length];
      else Object.setPrototypeOf(t, e.value % 2 === 0 ? null : { inherited: 1 });
    }
    return kase;
  }

  it('never sure of a value the schema refuses (20,000 cases with one to three fields changed, removed or retyped)', () => {
    let sure = 0;
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 3 }), (edits) => {
        const value = edited(edits);
        if (surelyValidCase(value)) {
          sure++;
          expect(caseSchema.safeParse(value).success).toBe(true);
        }
      }),
      { numRuns: 20_000, seed: 17 },
    );
    // Some edits leave a valid case (e.g. an optional field set to a good value): the property saw both answers.
    expect(sure).toBeGreaterThan(100);
  });
});
