#!/usr/bin/env node
// Chase run benchmark (issue 13). Run with `npm run bench`, or alone after a build:
//   npx tsup && node bench/chase.bench.mjs
// 1. chaseRun for one day (Tue 10 March 2026) over 100,000 open Dudley cases received over the 120 days before it
//    (a daily run's real load: every message rendered in text and HTML), targets < 1,000 ms; and over 100,000 open
//    cases received over four years (nearly all long overdue: the needs-attention path for every case).
// 2. 1,000,000 ledger keys: reading a 1,000,000-record ledger (JSON lines) into its set of sent keys, and a day's run
//    checked against those keys; target < 1,000 ms.
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { getPolicy, openCase, applyEvent } = await import(join(root, 'dist', 'index.js'));
const { addDays } = await import(join(root, 'dist', 'calendar', 'index.js'));
const { chaseRun, parseDirectory } = await import(join(root, 'dist', 'chase', 'index.js'));
const { readLedgerText } = await import(join(root, 'dist', 'node', 'index.js'));

const dudley = getPolicy('dudley');
let seed = 0x5eed;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const fmt = (n) => n.toLocaleString('en-GB');

const directory = parseDirectory(
  {
    fallback: { name: 'Complaints Team', email: 'complaints@example.gov.uk' },
    roles: {
      'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' },
      'service-manager': { name: 'Service Manager', email: 'sm@example.gov.uk' },
      'head-of-service': { name: 'Head of Service', email: 'hos@example.gov.uk' },
    },
    teams: { north: { 'team-manager': { name: 'North TM', email: 'north@example.gov.uk' } } },
  },
  dudley,
);
const DAY = '2026-03-10';

function generate(count, spanDays) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const received = addDays(DAY, -1 - int(spanDays));
    let c = openCase(dudley, { reference: `DUD-${i}`, receivedAt: received });
    if (random() < 0.7) c = applyEvent(dudley, c, { type: 'allocated', on: received, role: 'team-manager', ...(random() < 0.3 ? { team: 'north' } : {}) });
    out.push(c);
  }
  return out;
}

function best(label, fn, runs = 3) {
  let min = Infinity;
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    min = Math.min(min, performance.now() - t0);
  }
  return { ms: min, result };
}

const values = () => ({ 'complainant name': 'Sam Example', details: 'the example' });
const recent = generate(100_000, 120);
chaseRun(dudley, recent.slice(0, 5_000), { from: DAY, to: DAY, directory, values });
const day = best('day', () => chaseRun(dudley, recent, { from: DAY, to: DAY, directory, values }));
console.log(
  `chaseRun, one day (${DAY}) x ${fmt(recent.length)} open Dudley cases received in the 120 days before: ${day.ms.toFixed(0)} ms ` +
    `(${fmt(day.result.messages.length)} messages rendered as text and HTML, ${fmt(day.result.skipped.length)} skipped, ${fmt(day.result.needsAttention.length)} needing attention) — target < 1,000 ms: ${day.ms < 1000 ? 'met' : 'NOT met'}`,
);
const old = generate(100_000, 4 * 365);
const spread = best('spread', () => chaseRun(dudley, old, { from: DAY, to: DAY, directory, values }), 2);
console.log(
  `chaseRun, one day x ${fmt(old.length)} open cases received over four years (nearly all long overdue): ${spread.ms.toFixed(0)} ms ` +
    `(${fmt(spread.result.messages.length)} messages, ${fmt(spread.result.needsAttention.length)} needing attention)`,
);

// 2. A ledger of 1,000,000 sent records, including every key of the day's run.
const lines = [];
const keys = day.result.messages.map((m) => m.key);
for (let i = 0; i < 1_000_000; i++) {
  const key = i < keys.length ? keys[i] : `DUD-${i}|stage-1|first-reminder|2025-${String(1 + (i % 12)).padStart(2, '0')}-15`;
  lines.push(JSON.stringify({ type: 'sent', at: '2026-03-09T07:00:00.000Z', key, messageId: `<${i.toString(16)}@example.gov.uk>` }));
}
const text = `${lines.join('\n')}\n`;
const read = best('ledger', () => readLedgerText(text, 'ledger.jsonl'));
console.log(
  `readLedgerText, ${fmt(read.result.records)} records (${(text.length / 1e6).toFixed(0)} MB) into ${fmt(read.result.sent.size)} sent keys: ${read.ms.toFixed(0)} ms — target < 1,000 ms: ${read.ms < 1000 ? 'met' : 'NOT met'}`,
);
const checked = best('checked', () => chaseRun(dudley, recent, { from: DAY, to: DAY, directory, values, sent: read.result.sent }));
console.log(
  `chaseRun, the same day against the 1,000,000 ledger keys: ${checked.ms.toFixed(0)} ms (${fmt(checked.result.messages.length)} to send, ${fmt(checked.result.skipped.filter((s) => s.reason === 'already-sent').length)} already sent)`,
);
