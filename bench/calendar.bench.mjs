#!/usr/bin/env node
// Working-day calendar benchmark (issue 2 §6). Run with `npm run bench`, or alone after a build:
//   npx tsup && node bench/calendar.bench.mjs
//
// In one process, on the England-and-Wales calendar with 'YYYY-MM-DD' strings in and out:
//   - ops/s of addWorkingDays and countWorkingDays for n in {3, 10, 25, 65, 250},
//   - beside a naive day-by-day loop over a Set of holiday day numbers,
//   - and beside date-fns addBusinessDays stepping one business day at a time over a Set of holiday strings
//     (count: differenceInBusinessDays less the weekday holidays in the range),
// after checking that all three agree on a few thousand random cases. Then the ratios against the targets
// (flat in n: n = 250 within 1.5x of n = 3; at least 100x date-fns at n = 65) and the min+gz size of the
// ./calendar entry bundled with esbuild, with and without the receipt-instant helper (receivedDate).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { addBusinessDays, differenceInBusinessDays, format, isWeekend, parseISO, previousFriday } from 'date-fns';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const calendarEntry = join(root, 'dist', 'calendar', 'index.js');
const { createCalendar, bankHolidays } = await import(join(root, 'dist', 'index.js'));

const MS_PER_DAY = 86_400_000;
const NS = [3, 10, 25, 65, 250];
const ew = createCalendar({ holidays: 'england-and-wales' });

// ---- Competitors ------------------------------------------------------------------------------------------------
const holidayList = bankHolidays('england-and-wales', { from: '1990-01-01', to: '2070-12-31' }).map((h) => h.date);
const holidayStrings = new Set(holidayList);
const holidayDays = new Set(holidayList.map((d) => Date.parse(`${d}T00:00:00Z`) / MS_PER_DAY));
const weekdayHolidays = holidayList.filter((d) => {
  const w = new Date(`${d}T00:00:00Z`).getUTCDay();
  return w !== 0 && w !== 6;
});

const toDay = (s) => Date.parse(`${s}T00:00:00Z`) / MS_PER_DAY;
const toIso = (day) => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
const isWorking = (day) => {
  const w = (day + 4) % 7; // 1970-01-01 was a Thursday (getUTCDay 4)
  return w !== 0 && w !== 6 && !holidayDays.has(day);
};

const naive = {
  add(date, n) {
    let day = toDay(date);
    for (let left = n; left > 0;) if (isWorking(++day)) left--;
    return toIso(day);
  },
  count(from, to) {
    const a = toDay(from);
    const b = toDay(to);
    let c = 0;
    for (let day = a + 1; day <= b; day++) if (isWorking(day)) c++;
    return c;
  },
};

const dateFns = {
  add(date, n) {
    let d = parseISO(date);
    for (let left = n; left > 0;) {
      d = addBusinessDays(d, 1);
      if (!holidayStrings.has(format(d, 'yyyy-MM-dd'))) left--;
    }
    return format(d, 'yyyy-MM-dd');
  },
  count(from, to) {
    let holidays = 0;
    for (const h of weekdayHolidays) if (h > from && h <= to) holidays++;
    // differenceInBusinessDays is off by one at weekend ends; (from, to] holds the same business days when a
    // Saturday or Sunday end is replaced by the Friday before it.
    const friday = (d) => (isWeekend(d) ? previousFriday(d) : d);
    return differenceInBusinessDays(friday(parseISO(to)), friday(parseISO(from))) - holidays;
  },
};

const ours = {
  add: (date, n) => ew.addWorkingDays(date, n),
  count: (from, to) => ew.countWorkingDays(from, to),
};

// ---- Deterministic random inputs --------------------------------------------------------------------------------
let seed = 0x2eb3293b;
function random() {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const FIRST = toDay('2000-01-01');
const SPAN = toDay('2049-12-31') - FIRST;
const randomDate = () => toIso(FIRST + Math.floor(random() * SPAN));

// ---- Agreement check before timing ------------------------------------------------------------------------------
const CHECKS = 3000;
for (let i = 0; i < CHECKS; i++) {
  const d = randomDate();
  const n = Math.floor(random() * 251);
  const expected = naive.add(d, n);
  const got = [ours.add(d, n), dateFns.add(d, n)];
  if (got.some((g) => g !== expected)) {
    console.error(`disagreement: ${d} + ${n}: naive ${expected}, ours ${got[0]}, date-fns ${got[1]}`);
    process.exit(1);
  }
  const counts = [naive.count(d, expected), ours.count(d, expected), dateFns.count(d, expected)];
  if (counts.some((c) => c !== n)) {
    console.error(`disagreement: count(${d}, ${expected}) should be ${n}: naive/ours/date-fns ${counts.join('/')}`);
    process.exit(1);
  }
}
console.log(`agreement: ours, naive loop and date-fns agree on ${CHECKS} random additions and counts (2000-2049, n 0-250)`);

// ---- Timing -----------------------------------------------------------------------------------------------------
const INPUTS = Array.from({ length: 1024 }, randomDate);
let sink = 0;

function opsPerSecond({ cases, call }, minMs) {
  // Whole passes over the inputs until minMs of this process's CPU time has elapsed. CPU time rather than wall time,
  // so that other processes on a busy machine do not count against whichever n happens to be running.
  let ops = 0;
  const start = process.cpuUsage();
  let elapsed;
  do {
    for (const [a, b] of cases) {
      const r = call(a, b);
      sink += typeof r === 'string' ? r.length : r;
    }
    ops += cases.length;
    const used = process.cpuUsage(start);
    elapsed = (used.user + used.system) / 1000;
  } while (elapsed < minMs);
  return (ops / elapsed) * 1000;
}

// Best of ROUNDS short runs, the values of n interleaved within each round, so that a busy machine slows every n
// alike instead of whichever n happened to run at the wrong moment. The first round is a warm-up.
const ROUNDS = 8;
const results = {}; // results[op][impl][n] = ops/s
const impls = { ours, naive, 'date-fns': dateFns };
for (const op of ['add', 'count']) {
  results[op] = {};
  for (const [name, impl] of Object.entries(impls)) {
    results[op][name] = {};
    const slow = name === 'date-fns';
    const runs = NS.map((n) => ({
      n,
      cases: (op === 'add' ? INPUTS.map((d) => [d, n]) : INPUTS.map((d) => [d, naive.add(d, n)])).slice(0, slow ? 128 : INPUTS.length),
      call: op === 'add' ? (a, b) => impl.add(a, b) : (a, b) => impl.count(a, b),
    }));
    for (let round = 0; round < ROUNDS; round++) {
      for (const run of runs) {
        const ops = opsPerSecond(run, slow ? 40 : 80);
        if (round > 0) results[op][name][run.n] = Math.max(results[op][name][run.n] ?? 0, ops);
      }
    }
  }
}

const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : x >= 1e3 ? `${(x / 1e3).toFixed(1)}k` : x.toFixed(0));
const pad = (s, w) => String(s).padStart(w);
console.log(`\nops/s on england-and-wales, YYYY-MM-DD in and out (node ${process.version})`);
console.log(`${'operation'.padEnd(30)}${NS.map((n) => pad(`n=${n}`, 10)).join('')}`);
for (const op of ['add', 'count']) {
  for (const name of Object.keys(impls)) {
    const label = `${op === 'add' ? 'addWorkingDays' : 'countWorkingDays'} ${name}`;
    console.log(`${label.padEnd(30)}${NS.map((n) => pad(fmt(results[op][name][n]), 10)).join('')}`);
  }
}

const flatAdd = results.add.ours[3] / results.add.ours[250];
const flatCount = results.count.ours[3] / results.count.ours[250];
const vsDateFns = results.add.ours[65] / results.add['date-fns'][65];
const verdict = (ok) => (ok ? 'meets target' : 'MISSES target');
console.log('\nratios');
console.log(`  addWorkingDays   time(n=250) / time(n=3): ${flatAdd.toFixed(2)}x  (target <= 1.5x: ${verdict(flatAdd <= 1.5)})`);
console.log(`  countWorkingDays time(n=250) / time(n=3): ${flatCount.toFixed(2)}x  (target <= 1.5x: ${verdict(flatCount <= 1.5)})`);
console.log(`  addWorkingDays ours / date-fns at n=65:   ${vsDateFns.toFixed(0)}x  (target >= 100x: ${verdict(vsDateFns >= 100)})`);
console.log(`  addWorkingDays ours / naive loop at n=65: ${(results.add.ours[65] / results.add.naive[65]).toFixed(1)}x`);

// ---- Bundle size ------------------------------------------------------------------------------------------------
async function minGz(contents, external = []) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    external,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gz: gzipSync(code, { level: 9 }).length };
}
const calendarModule = await import(calendarEntry);
const names = Object.keys(calendarModule);
const exportAll = `export * from ${JSON.stringify(calendarEntry)};`;
const exportWithout = (skip) => `export { ${names.filter((n) => !skip.includes(n)).join(', ')} } from ${JSON.stringify(calendarEntry)};`;
const kB = ({ min, gz }) => `${(min / 1024).toFixed(1)} kB min, ${(gz / 1024).toFixed(2)} kB min+gz`;

const whole = await minGz(exportAll);
const withoutReceipt = await minGz(exportWithout(['receivedDate']));
const withoutReceiptOrFeed = await minGz(exportWithout(['receivedDate', 'parseGovUkBankHolidays']));
const withoutReceiptZodExternal = await minGz(exportWithout(['receivedDate']), ['zod']);
const calendarOnly = await minGz(`export { createCalendar } from ${JSON.stringify(calendarEntry)};`);
console.log('\nbundle size of the ./calendar entry (esbuild --bundle --minify, gzip -9)');
console.log(`  whole entry (${names.length} exports):                     ${kB(whole)}`);
console.log(`  without receivedDate:                           ${kB(withoutReceipt)}  (target <= 4 kB: ${verdict(withoutReceipt.gz <= 4096)})`);
console.log(`  without receivedDate and parseGovUkBankHolidays: ${kB(withoutReceiptOrFeed)}`);
console.log(`  without receivedDate, zod left external:        ${kB(withoutReceiptZodExternal)}`);
console.log(`  createCalendar alone (tree-shaken):             ${kB(calendarOnly)}`);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (sink === 0) console.log(`(${pkg.name})`); // keeps the results alive; never true
