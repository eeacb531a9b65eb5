#!/usr/bin/env node
// Generates the committed example data set examples/cases-dudley.json (and the same cases in the CSV layout,
// examples/cases-dudley.csv, where review-panel stages are left out: the CSV layout cannot carry a panel's
// hearing and report dates): 300 made-up children's social care complaints under the `dudley` preset, received in
// the financial year 2025/26 (1 April 2025 to 31 March 2026), as recorded on 31 March 2026.
//
// Everything is made up: references EX-0001 to EX-0300, no names, no free text beyond fixed phrases. The numbers
// come from a seeded pseudo-random generator (mulberry32), so running the script again gives the same files byte
// for byte. Every case is built with the library's own openCase/applyEvent, so each one is valid under the preset.
//
//   npm run build && node scripts/generate-example-cases.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './mulberry32.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { getPolicy, openCase, applyEvent, createCalendar, statusOn } = await import(join(root, 'dist', 'index.js'));

const SEED = 20250401;
const COUNT = 300;
const FROM = '2025-04-01';
const AS_OF = '2026-03-31';

const random = mulberry32(SEED);
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const chance = (p) => random() < p;
const pick = (weighted) => {
  const total = weighted.reduce((n, [, w]) => n + w, 0);
  let r = random() * total;
  for (const [value, w] of weighted) {
    r -= w;
    if (r < 0) return value;
  }
  return weighted[weighted.length - 1][0];
};

const policy = getPolicy('dudley');
const cal = createCalendar({ holidays: 'england-and-wales' });
const OUTCOMES = [
  ['upheld', 25],
  ['partly-upheld', 30],
  ['not-upheld', 45],
];
const REASONS = [
  ['Z040', 30],
  ['Z041', 20],
  ['Z042', 15],
  ['Z043', 25],
  ['Z044', 10],
];
const EXTENSION_REASON = 'More time needed to look into the complaint (example data)';

/** Days from 1 April 2025 to 31 March 2026, as dates. */
const days = [];
for (let d = FROM; d <= AS_OF; d = nextDay(d)) days.push(d);
function nextDay(date) {
  const t = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const cases = [];
const csvRows = [['reference', 'received', 'responded', 'extended_due_date', 'outcome', 'delay_code', 'stage', 'extension_agreed_on', 'withdrawn']];

/** The date of the last event recorded (or of receipt). */
const lastOn = (kase) => (kase.events.length > 0 ? kase.events[kase.events.length - 1].on : kase.received);
const notBefore = (date, kase) => (date < lastOn(kase) ? lastOn(kase) : date);

/** Adds events to a case only while they are on or before 31 March 2026 (the day the data set is drawn up). */
function record(kase, event) {
  if (event.on > AS_OF) return { kase, stopped: true };
  return { kase: applyEvent(policy, kase, event), stopped: false };
}

/**
 * One stage: maybe an extension, then a response (on time mostly), a reason when late, maybe a later close.
 * Returns the case, whether the stage was answered by 31 March, and the CSV row.
 */
function runStage(kase, stage, start, timescale, maxDays, profile) {
  const row = { received: start, responded: '', extended: '', outcome: '', delay: '', agreed: '', withdrawn: '' };
  const owedBefore = statusOn(policy, kase, lastOn(kase)).delayReasonOwed;
  const due = cal.addWorkingDays(start, timescale);
  let inForce = due;
  let r;
  if (chance(profile.extend)) {
    // Agreed a few working days before the original due date; most within the statutory maximum, a few beyond.
    const agreedOn = cal.subtractWorkingDays(due, between(1, 3));
    const extra = chance(0.12) ? between(maxDays - timescale + 1, maxDays - timescale + 8) : between(3, maxDays - timescale);
    const newDue = cal.addWorkingDays(due, extra);
    r = record(kase, { type: 'extension-agreed', on: agreedOn < start ? start : agreedOn, newDueDate: newDue, reason: EXTENSION_REASON, agreedWithComplainant: true });
    if (r.stopped) return { kase, answered: false, row };
    kase = r.kase;
    inForce = newDue;
    row.extended = newDue;
    row.agreed = kase.events[kase.events.length - 1].on;
  }
  if (chance(profile.neverAnswered)) return { kase, answered: false, row };
  // Working days taken, relative to the due date in force: mostly on time, some late.
  const late = chance(profile.late);
  const total = cal.countWorkingDays(start, inForce);
  const taken = late
    ? total +
      pick([
        [between(1, 5), 60],
        [between(6, 10), 25],
        [between(11, 30), 15],
      ])
    : Math.max(1, total - between(0, Math.min(total - 1, 7)));
  let on = cal.addWorkingDays(start, taken);
  // Now and then a response goes out on a weekend day or bank holiday just before (or after) a working day.
  if (chance(0.04)) on = nextDay(on) <= AS_OF && !cal.isWorkingDay(nextDay(on)) ? nextDay(on) : on;
  const outcome = pick(OUTCOMES);
  r = record(kase, { type: 'response-sent', on, outcome });
  if (r.stopped) return { kase, answered: false, row };
  kase = r.kase;
  row.responded = on;
  row.outcome = outcome;
  // A reason is recorded against the earliest late response still without one (the workflow's order), so a
  // reason is given for this stage only when no earlier stage is still waiting for its own.
  if (on > inForce) {
    if (!owedBefore && chance(0.85)) {
      const code = pick(REASONS);
      r = record(kase, { type: 'delay-reason-recorded', on: cal.addWorkingDays(on, between(1, 12)), code });
      if (!r.stopped) {
        kase = r.kase;
        row.delay = code;
      }
    }
  }
  return { kase, answered: true, row, on };
}

for (let i = 1; i <= COUNT; i++) {
  const reference = `EX-${String(i).padStart(4, '0')}`;
  // More complaints in the autumn and winter, as published council figures usually show.
  let received;
  do received = days[between(0, days.length - 1)];
  while (Number(received.slice(5, 7)) >= 4 && Number(received.slice(5, 7)) <= 8 && chance(0.2));
  let kase = openCase(policy, { reference, receivedAt: received });
  const rows = [];

  if (chance(0.03)) {
    const r = record(kase, { type: 'withdrawn', on: cal.addWorkingDays(received, between(1, 5)) });
    cases.push(r.kase);
    csvRows.push([reference, kase.received, '', '', '', '', '', '', r.stopped ? '' : r.kase.events[0].on]);
    continue;
  }
  if (chance(0.6)) {
    const r = record(kase, { type: 'acknowledged', on: cal.addWorkingDays(received, between(0, 2)) });
    if (!r.stopped) kase = r.kase;
  }
  const s1 = runStage(kase, 'stage-1', kase.received, 10, 20, { extend: 0.12, late: 0.28, neverAnswered: 0.015 });
  kase = s1.kase;
  rows.push({ ...s1.row, stage: '' });
  if (s1.answered) {
    // Closed on the system some days after the response (sometimes well after the due date: the Maidstone trap).
    const escalate = chance(0.22);
    if (escalate) {
      const requested = notBefore(cal.addWorkingDays(s1.on, between(3, 18)), kase);
      let r = record(kase, { type: 'next-stage-requested', on: requested });
      if (!r.stopped) {
        kase = r.kase;
        const s2 = runStage(kase, 'stage-2', requested, 25, 65, { extend: 0.5, late: 0.35, neverAnswered: 0.02 });
        kase = s2.kase;
        rows.push({ ...s2.row, stage: 'stage-2' });
        if (s2.answered && chance(0.25)) {
          const panelOn = notBefore(cal.addWorkingDays(s2.on, between(5, 18)), kase);
          r = record(kase, { type: 'panel-requested', on: panelOn });
          if (!r.stopped) {
            kase = r.kase;
            const hearing = cal.addWorkingDays(panelOn, between(20, 34));
            for (const e of [
              { type: 'hearing-arranged', on: cal.addWorkingDays(panelOn, between(3, 8)), hearingDate: hearing },
              { type: 'hearing-held', on: hearing },
              { type: 'panel-report-received', on: cal.addWorkingDays(hearing, between(3, 7)) },
            ]) {
              r = record(kase, e);
              if (r.stopped) break;
              kase = r.kase;
            }
            if (!r.stopped) {
              const final = cal.addWorkingDays(kase.events[kase.events.length - 1].on, between(8, 20));
              r = record(kase, { type: 'final-response-sent', on: final, outcome: pick(OUTCOMES) });
              if (!r.stopped) kase = r.kase;
            }
          }
        }
      }
    } else if (chance(0.7)) {
      const r = record(kase, { type: 'closed', on: notBefore(cal.addWorkingDays(s1.on, between(1, 25)), kase) });
      if (!r.stopped) kase = r.kase;
    }
  }
  cases.push(kase);
  for (const row of rows) csvRows.push([reference, row.received, row.responded, row.extended, row.outcome, row.delay, row.stage, row.agreed, row.withdrawn]);
}

writeFileSync(join(root, 'examples', 'cases-dudley.json'), `${JSON.stringify(cases, null, 1)}\n`);
writeFileSync(join(root, 'examples', 'cases-dudley.csv'), csvRows.map((r) => `${r.join(',')}\r\n`).join(''));
console.log(`wrote ${cases.length} cases to examples/cases-dudley.json and examples/cases-dudley.csv`);
