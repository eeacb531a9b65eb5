// The benchmark's case generator, shared by bench/reporting.bench.mjs and bench/streaming.bench.mjs: made-up case
// values valid under the `dudley` preset (received across the financial year 2025/26, most answered within 10
// working days, some late with a reason code or awaiting one, some extended, a fifth escalated to stage 2, a few
// open), from a seeded generator (scripts/generate-example-cases.mjs's mulberry32), so every run is the same.
// `writeCasesFile` writes them straight to a file as a JSON array (one case a line), JSON Lines or the CSV layout
// without ever holding them all: the million-case exports are made this way and never committed.
import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../scripts/mulberry32.mjs';

export function caseGenerator(lib, seed = 6) {
  const { getPolicy, createCalendar } = lib;
  const policy = getPolicy('dudley');
  const cal = createCalendar({ holidays: 'england-and-wales' });
  const random = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const CODES = ['Z040', 'Z041', 'Z042', 'Z043', 'Z044'];
  const OUTCOMES = ['upheld', 'partly-upheld', 'not-upheld'];
  const days = [];
  for (let t = Date.UTC(2025, 3, 1); t <= Date.UTC(2026, 2, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));

  /** One stage's events from `start` (day 0); returns the response date or undefined. */
  function stage(events, start, timescale, extraMax) {
    let due = cal.addWorkingDays(start, timescale);
    if (random() < 0.12) {
      const on = cal.addWorkingDays(start, int(1, 4));
      due = cal.addWorkingDays(due, int(2, extraMax));
      events.push({ type: 'extension-agreed', on, newDueDate: due, reason: 'More time needed', agreedWithComplainant: true });
    }
    if (random() < 0.02) return undefined; // still open
    const total = cal.countWorkingDays(start, due);
    const late = random() < 0.25;
    const on = cal.addWorkingDays(start, late ? total + int(1, 25) : int(Math.max(1, total - 6), total));
    events.push({ type: 'response-sent', on, outcome: OUTCOMES[int(0, 2)] });
    if (late && random() < 0.85) events.push({ type: 'delay-reason-recorded', on: cal.addWorkingDays(on, int(0, 8)), code: CODES[int(0, 4)] });
    return on;
  }

  /** The i-th case (call with i = 0, 1, 2, ... in order). */
  return function next(i) {
    const received = days[int(0, days.length - 1)];
    const events = [];
    const responded = stage(events, received, 10, 15);
    if (responded !== undefined && random() < 0.2 && events[events.length - 1].type !== 'delay-reason-recorded') {
      const requested = cal.addWorkingDays(responded, int(1, 15));
      events.push({ type: 'next-stage-requested', on: requested });
      stage(events, requested, 25, 45);
    }
    return {
      reference: `B-${i}`,
      caseType: 'statutory-complaint',
      policyId: 'dudley',
      policyVersion: policy.version,
      receivedAt: null,
      received,
      events,
    };
  };
}

/** The CSV layout's header (see docs/reporting.md), with the optional columns the generated cases need. */
const CSV_HEADER = 'reference,received,responded,extended_due_date,outcome,delay_code,stage,extension_agreed_on\n';

/**
 * A generated case value as rows of the CSV layout, one a stage (the same case `casesFromCsv` makes), except that the
 * layout cannot give a later stage's reason for delay while an earlier stage's is awaited (docs/reporting.md): such
 * a code is left out (about 0.15 % of the cases).
 */
function csvRows(kase, cal) {
  const rows = [];
  let row = { received: kase.received, stage: '' };
  for (const e of kase.events) {
    if (e.type === 'extension-agreed') {
      row.extended = e.newDueDate;
      row.agreed = e.on;
    } else if (e.type === 'response-sent') {
      row.responded = e.on;
      row.outcome = e.outcome;
    } else if (e.type === 'delay-reason-recorded') row.code = e.code;
    else if (e.type === 'next-stage-requested') {
      rows.push(row);
      row = { received: e.on, stage: 'stage-2' };
    }
  }
  rows.push(row);
  // Stage 1 is late (after its due date, 10 working days or the extended date) with no code: its reason is awaited.
  const [first] = rows;
  if (rows.length > 1 && first.responded > (first.extended ?? cal.addWorkingDays(first.received, 10)) && first.code === undefined) {
    for (const r of rows.slice(1)) delete r.code;
  }
  return rows
    .map((r) => `${kase.reference},${r.received},${r.responded ?? ''},${r.extended ?? ''},${r.outcome ?? ''},${r.code ?? ''},${r.stage},${r.agreed ?? ''}\n`)
    .join('');
}

/**
 * Writes `n` generated cases to `path` as 'json' (an array, one case a line), 'jsonl' or 'csv' (the CSV layout, a
 * row a stage, each case's rows together); returns the bytes written.
 */
export function writeCasesFile(lib, path, n, format = 'json') {
  const next = caseGenerator(lib);
  const cal = lib.createCalendar({ holidays: 'england-and-wales' });
  const fd = openSync(path, 'w');
  let bytes = 0;
  let buffer = format === 'json' ? '[\n' : format === 'csv' ? CSV_HEADER : '';
  const flush = () => {
    bytes += writeSync(fd, buffer);
    buffer = '';
  };
  for (let i = 0; i < n; i++) {
    if (format === 'csv') buffer += csvRows(next(i), cal);
    else {
      buffer += JSON.stringify(next(i));
      buffer += format === 'json' ? (i === n - 1 ? '\n' : ',\n') : '\n';
    }
    if (buffer.length > 1 << 20) flush();
  }
  if (format === 'json') buffer += ']\n';
  flush();
  closeSync(fd);
  return bytes;
}
