#!/usr/bin/env node
// Before/after comparison of two builds in ONE process, measurements interleaved (A, B, A, B, …), so that a busy
// shared machine slows both alike; CPU time (user + system) of the process, median of the rounds.
//
//   node bench/compare-builds.mjs <root of build A> <root of build B> [rounds]
//
// Each root is a checkout with a built dist/ (e.g. a scratch `git worktree add --detach ../before <commit>` after
// `npm run build` there). Measured with each build's own functions on the same seeded cases: the 0.1 functions
// deadlines + reminderSchedule over 100,000 Dudley cases (the timeline of a dashboard), remindersDue over 100,000
// open cases for one year and one day, and 50,000 addWorkingDays calls. Cases are made by each build's own openCase
// and applyEvent (a build trusts only its own cases).
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rootA, rootB, roundsArg] = process.argv.slice(2);
if (!rootA || !rootB) {
  console.error('usage: node bench/compare-builds.mjs <root A> <root B> [rounds]');
  process.exit(2);
}
const ROUNDS = Number(roundsArg ?? 7);
const N = 100_000;

async function load(root) {
  const lib = await import(pathToFileURL(join(resolve(root), 'dist', 'index.js')).href);
  const calendar = await import(pathToFileURL(join(resolve(root), 'dist', 'calendar', 'index.js')).href);
  return { root, lib: { ...lib, addDays: calendar.addDays } };
}

// Mulberry32 (as bench/workflow.bench.mjs), reseeded per build so both get the same cases.
function generator(lib) {
  const { getPolicy, openCase, applyEvent, createCalendar, addDays } = lib;
  const dudley = getPolicy('dudley');
  const cal = createCalendar({ holidays: dudley.calendar.holidays });
  let seed = 0x5eed;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(random() * n);
  return (count, openOnly) => {
    const cases = [];
    for (let i = 0; i < count; i++) {
      const received = addDays('2024-01-01', int(4 * 365));
      let c = openCase(dudley, { reference: `DUD-${i}`, receivedAt: received });
      if (openOnly) {
        cases.push(c);
        continue;
      }
      let last = received;
      const record = (event) => {
        c = applyEvent(dudley, c, event);
        last = event.on;
      };
      const after = (from, n) => {
        const d = cal.addWorkingDays(from, n);
        return d < last ? last : d;
      };
      if (random() < 0.95) record({ type: 'acknowledged', on: after(received, int(3)) });
      if (random() < 0.9) record({ type: 'allocated', on: after(last, int(4)), role: random() < 0.9 ? 'team-manager' : 'service-manager' });
      const due = cal.addWorkingDays(received, 10);
      const early = () => {
        const d = cal.subtractWorkingDays(due, int(5));
        return d < last ? last : d;
      };
      const roll = random();
      if (roll < 0.4) {
        // still open
      } else if (roll < 0.6) {
        record({ type: 'response-sent', on: early(), outcome: 'upheld' });
      } else if (roll < 0.7) {
        const on = after(due, 1 + int(10));
        record({ type: 'response-sent', on, outcome: 'partly-upheld' });
        if (roll < 0.65) record({ type: 'delay-reason-recorded', on: cal.addWorkingDays(on, 2), code: 'Z040' });
      } else if (roll < 0.85) {
        const extra = 1 + int(10);
        const on = cal.subtractWorkingDays(due, 2);
        record({ type: 'extension-agreed', on: on < last ? last : on, workingDays: extra, reason: 'Complex case', agreedWithComplainant: true });
        if (roll < 0.775) record({ type: 'response-sent', on: after(due, int(extra + 1)), outcome: 'not-upheld' });
      } else if (roll < 0.95) {
        record({ type: 'response-sent', on: early(), outcome: 'not-upheld' });
        record({ type: 'next-stage-requested', on: after(last, 1 + int(15)) });
        if (roll < 0.93) record({ type: 'acknowledged', on: after(last, int(3)) });
      } else if (roll < 0.975) {
        record({ type: 'withdrawn', on: after(last, int(5)) });
      } else {
        record({ type: 'referred-back', on: after(last, int(3)), reason: 'not-eligible' });
      }
      cases.push(c);
    }
    return cases;
  };
}

function cpu(fn) {
  const c0 = process.cpuUsage();
  const result = fn();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, result };
}

const builds = [await load(rootA), await load(rootB)];
for (const b of builds) {
  const gen = generator(b.lib);
  const made = cpu(() => gen(N, false));
  b.cases = made.result;
  b.open = gen(N, true);
  b.dudley = b.lib.getPolicy('dudley');
  b.cal = b.lib.createCalendar({ holidays: 'england-and-wales' });
  b.generateMs = made.ms;
}

const tasks = {
  'timelines: deadlines + reminderSchedule (0.1 functions) x 100,000': (b) => {
    let n = 0;
    for (const c of b.cases) n += b.lib.deadlines(b.dudley, c).length + b.lib.reminderSchedule(b.dudley, c).length;
    return n;
  },
  'remindersDue (0.1 function), one year, 100,000 open cases': (b) => b.lib.remindersDue(b.dudley, b.open, { after: '2025-12-31', through: '2026-12-31' }).length,
  'remindersDue (0.1 function), one day, 100,000 open cases': (b) => b.lib.remindersDue(b.dudley, b.open, { after: '2026-03-09', through: '2026-03-10' }).length,
  'addWorkingDays x 1,000,000 (n = 10 and 65)': (b) => {
    let s = 0;
    for (let i = 0; i < 500_000; i++) s += b.cal.addWorkingDays(b.open[i % 1000].received, i % 2 === 0 ? 10 : 65).length;
    return s;
  },
};

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`node ${process.version}; A = ${rootA}, B = ${rootB}; ${ROUNDS} interleaved rounds, CPU ms (median, min)`);
console.log(`generate 100,000 cases (openCase + applyEvent): A ${builds[0].generateMs.toFixed(0)} ms, B ${builds[1].generateMs.toFixed(0)} ms (one run each)`);
for (const [name, task] of Object.entries(tasks)) {
  for (const b of builds) task(b); // warm-up
  const times = [[], []];
  const answers = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < 2; k++) {
      const m = cpu(() => task(builds[r % 2 === 0 ? k : 1 - k]));
      times[r % 2 === 0 ? k : 1 - k].push(m.ms);
      answers[r % 2 === 0 ? k : 1 - k] = m.result;
    }
  }
  const [a, b] = times.map(median);
  console.log(
    `${name}: A ${a.toFixed(0)} (min ${Math.min(...times[0]).toFixed(0)}), B ${b.toFixed(0)} (min ${Math.min(...times[1]).toFixed(0)}) — B/A ${(b / a).toFixed(2)}` +
      (answers[0] === answers[1] ? '' : ` — ANSWERS DIFFER: ${answers[0]} vs ${answers[1]}`),
  );
}
