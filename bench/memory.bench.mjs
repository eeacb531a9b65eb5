#!/usr/bin/env node
// Memory benchmark (issue 12): a long-running process that validates 100,000 different cases returns to its starting
// heap once they are dropped. Nothing the library keeps at module level may grow with what it has seen.
//
// Each case is a different stored case value (as read back from a database: not made by openCase, so every one is
// checked in full on replay): a different reference, date of receipt (any day of 2000-2039) and events. They are
// validated in batches of 10,000 by replaying them (`workflow.snapshot`, which runs the stored-case checks and every
// event through the reducer) and by `casesFromJson`, then dropped; the heap is measured after a full GC.
//
//   (a) with an engine made for the job and dropped with the cases: the heap must come back to its start;
//   (b) through the 0.1 free functions (deprecated wrappers), whose engine per policy (a WeakMap keyed by the policy
//       object) holds bounded tables.
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

if (typeof globalThis.gc !== 'function') {
  const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = await import(join(root, 'dist', 'index.js'));
const { getPolicy, casesFromJson, deadlines } = lib;
const { addDays } = await import(join(root, 'dist', 'calendar', 'index.js')); // a subpath name since the root has 44
const dudley = getPolicy('dudley');
const N = 100_000;
const BATCH = 10_000;

function heap() {
  for (let i = 0; i < 3; i++) globalThis.gc();
  return process.memoryUsage().heapUsed;
}
const mb = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;

/** The i-th stored case: all different (reference, date, events). */
function storedCase(i) {
  const received = addDays('2000-01-03', (i * 7919) % 14600);
  const events = [{ type: 'acknowledged', on: addDays(received, 1 + (i % 3)) }];
  if (i % 2 === 0) events.push({ type: 'allocated', on: addDays(received, 3 + (i % 4)), role: 'team-manager' });
  if (i % 3 === 0) events.push({ type: 'response-sent', on: addDays(received, 8 + (i % 9)), outcome: 'upheld' });
  return { reference: `MEM-${i}`, caseType: 'statutory-complaint', policyId: 'dudley', policyVersion: dudley.version, receivedAt: null, received, events };
}

function validateAll(check) {
  for (let start = 0; start < N; start += BATCH) {
    const batch = [];
    for (let i = start; i < start + BATCH; i++) batch.push(storedCase(i));
    check(batch);
  }
}

console.log(`node ${process.version}; ${N.toLocaleString('en-GB')} different stored cases, in batches of ${BATCH.toLocaleString('en-GB')}`);

if (typeof lib.createWorkflow === 'function') {
  const start = heap();
  (() => {
    const workflow = lib.createWorkflow(dudley);
    validateAll((batch) => {
      for (const c of batch) workflow.snapshot(c);
      casesFromJson(dudley, batch);
    });
  })();
  const end = heap();
  const grew = end - start;
  console.log(
    `(a) engine made for the job, then dropped: heap ${mb(start)} before, ${mb(end)} after (${grew >= 0 ? '+' : ''}${mb(grew)}) — ` +
      `target: back to the start (within 1 MB): ${Math.abs(grew) <= 1024 * 1024 ? 'met' : 'NOT met'}`,
  );
}

{
  const start = heap();
  validateAll((batch) => {
    for (const c of batch) deadlines(dudley, c);
  });
  const end = heap();
  console.log(`(b) 0.1 deadlines(policy, case) on each: heap ${mb(start)} before, ${mb(end)} after (${end - start >= 0 ? '+' : ''}${mb(end - start)})`);
  // A second pass over 100,000 other cases: nothing may keep growing.
  validateAll((batch) => {
    for (const c of batch)
      deadlines(dudley, { ...c, reference: `${c.reference}-2`, received: addDays(c.received, 1), events: c.events.map((e) => ({ ...e, on: addDays(e.on, 1) })) });
  });
  const again = heap();
  console.log(
    `    after 100,000 more: ${mb(again)} (${again - end >= 0 ? '+' : ''}${mb(again - end)} since the first pass) — target: no further growth (within 1 MB): ${again - end <= 1024 * 1024 ? 'met' : 'NOT met'}`,
  );
}
