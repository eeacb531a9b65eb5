#!/usr/bin/env node
// Performance-report benchmark (issue 6 §3): a report over 1,000,000 generated Dudley cases, with the time and the
// peak memory printed. Run with `npm run bench`, or alone after a build:
//   npx tsup && node bench/reporting.bench.mjs [cases]
//
// The cases are generated directly as case values (plain objects, as a council's system would hand them over),
// valid under the `dudley` preset: received across the financial year 2025/26, most answered within 10 working
// days, some late with a reason code or awaiting one, some extended, a fifth escalated to stage 2, a few open. A
// seeded generator makes every run the same. The report checks every case against the workflow's case schema and
// replays it with the workflow's rules; the last figure is a report over the same cases read by casesFromJson (as the
// CLI does), which checked them when reading, so the report does not check the schema again.
//
// Peak memory is the process's maximum resident set size (process.resourceUsage().maxRSS), which includes the
// generated cases themselves; the heap figures show what the report adds. The process re-runs itself with a larger
// heap (--max-old-space-size=8192) when the default would be too small for a million cases.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../scripts/mulberry32.mjs';
import { getHeapStatistics } from 'node:v8';

const HEAP_MB = 8192;
if (getHeapStatistics().heap_size_limit < 6 * 1024 ** 3 && !process.env.SC_BENCH_CHILD) {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, SC_BENCH_CHILD: '1' },
  });
  process.exit(r.status ?? 1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { getPolicy, createCalendar, performanceReport, reportToCsv, reportToHtml, casesFromJson } = await import(join(root, 'dist', 'index.js'));

const N = Number(process.argv[2] ?? 1_000_000);
const policy = getPolicy('dudley');
const cal = createCalendar({ holidays: 'england-and-wales' });
const MB = 1024 * 1024;

const random = mulberry32(6);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const CODES = ['Z040', 'Z041', 'Z042', 'Z043', 'Z044'];
const OUTCOMES = ['upheld', 'partly-upheld', 'not-upheld'];

// Every day of 2025/26.
const days = [];
for (let t = Date.UTC(2025, 3, 1); t <= Date.UTC(2026, 2, 31); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));

/** One stage's events from `start` (day 0), with the due date in force; returns the response date or undefined. */
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

function generate(n) {
  const cases = new Array(n);
  for (let i = 0; i < n; i++) {
    const received = days[int(0, days.length - 1)];
    const events = [];
    const responded = stage(events, received, 10, 15);
    if (responded !== undefined && random() < 0.2 && events[events.length - 1].type !== 'delay-reason-recorded') {
      const requested = cal.addWorkingDays(responded, int(1, 15));
      events.push({ type: 'next-stage-requested', on: requested });
      stage(events, requested, 25, 45);
    }
    cases[i] = {
      reference: `B-${i}`,
      caseType: 'statutory-complaint',
      policyId: 'dudley',
      policyVersion: policy.version,
      receivedAt: null,
      received,
      events,
    };
  }
  return cases;
}

const mb = (bytes) => `${(bytes / MB).toFixed(0)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

console.log(`node ${process.version}, heap limit ${mb(getHeapStatistics().heap_size_limit)}`);
let t = performance.now();
const cases = generate(N);
const events = cases.reduce((n, c) => n + c.events.length, 0);
console.log(`generated ${N.toLocaleString('en-GB')} cases (${events.toLocaleString('en-GB')} events) in ${seconds(performance.now() - t)}`);

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const options = { from: '2025-04-01', to: '2026-03-31', asOf: '2026-03-31' };
t = performance.now();
const cpu0 = process.cpuUsage();
const report = performanceReport(policy, cases, options);
const reportMs = performance.now() - t;
const reportCpu = process.cpuUsage(cpu0);
const heapAfter = process.memoryUsage().heapUsed;
const s1 = report.stages[0].period;
const s2 = report.stages[1].period;
console.log(
  `performanceReport over ${N.toLocaleString('en-GB')} cases: ${seconds(reportMs)} (${Math.round(N / (reportMs / 1000)).toLocaleString('en-GB')} cases/s); ` +
    `CPU time ${seconds((reportCpu.user + reportCpu.system) / 1000)} (what to compare on a busy machine)`,
);
console.log(
  `  stage 1: received ${s1.received}, responded ${s1.responded}, in time ${s1.percentInTime}% (original ${s1.percentInTimeOriginal}%), mean ${s1.meanWorkingDays} / median ${s1.medianWorkingDays} working days; stage 2: received ${s2.received}, responded ${s2.responded}`,
);
console.log(`  overdue at ${report.asOf}: ${report.stages[0].overdue.total + report.stages[1].overdue.total}; reasons awaited: ${report.reasonAwaitedCases.length}`);
console.log(
  `  memory: RSS ${mb(rssBefore)} before the report (the cases), heap ${mb(heapAfter - heapBefore)} more after it, peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`,
);

t = performance.now();
const summary = reportToCsv(report, 'summary');
const html = reportToHtml(report, { title: 'Benchmark' });
console.log(`summary CSV (${summary.length} chars) and HTML (${html.length} chars) in ${seconds(performance.now() - t)}`);

t = performance.now();
const withRows = performanceReport(policy, cases, { ...options, rows: true });
const rowsMs = performance.now() - t;
t = performance.now();
const casesCsv = reportToCsv(withRows, 'cases');
console.log(
  `with per-case rows (${withRows.rows.length.toLocaleString('en-GB')}): report ${seconds(rowsMs)}, cases CSV ${mb(casesCsv.length)} in ${seconds(performance.now() - t)}`,
);

// The CLI's path: read (schema check and replay), then report without checking the schema again.
t = performance.now();
const read = casesFromJson(policy, cases);
const readMs = performance.now() - t;
t = performance.now();
const fromRead = performanceReport(policy, read.cases, options);
const fromReadMs = performance.now() - t;
if (JSON.stringify(fromRead.stages) !== JSON.stringify(report.stages)) throw new Error('the report over the cases read back differs');
console.log(`casesFromJson over the same cases: ${seconds(readMs)}; performanceReport over what it read (schema not checked again): ${seconds(fromReadMs)}`);
console.log(`peak memory (max RSS of the process): ${mb(process.resourceUsage().maxRSS * 1024)}`);
