#!/usr/bin/env node
// Pins what the 0.1 workflow answered, before the engine restructure (issue 12), on a broad set of generated cases.
//
//   node test/workflow/equivalence/generate.mjs <path to a 0.1 build's dist/index.js> [out.json.gz]
//
// This fixture is NOT an independent statement of the rules (those are the hand-worked tests elsewhere in test/):
// it is the 0.1 implementation's own output, recorded once from the 0.1 code (commit 4c1c7fc) BEFORE the engine
// replaced it, so that equivalence.test.ts can check the new engine gives every answer the old code gave. It must
// never be regenerated from the new code (that would make the comparison compare the engine with itself).
//
// Cases: every built-in preset × every case type × received dates spread over 2023-2028 × event sequences from a
// seeded random walk over the events the case allows (with dates 0-30 days apart and the fields each event needs).
// Each attempted event is recorded with what 0.1 did: accepted, or refused with the error's class, code and path.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [dist, out = 'test/workflow/equivalence/v0.1-fixture.json.gz'] = process.argv.slice(2);
const lib = await import(pathToFileURL(resolve(dist)).href);
const { getPolicy, listPolicies, openCase, applyEvent, allowedEventTypes, deadlines, statusOn, reminderSchedule, remindersDue, expectedTimeline, addDays } = lib;

let seed = 0x12e4;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (n) => Math.floor(random() * n);
const pick = (xs) => xs[int(xs.length)];

// Events that end a case, or are always allowed, are drawn less often, so that walks reach later stages.
const RARE = { withdrawn: 0.1, closed: 0.1, 'referred-to-ombudsman': 0.1, 'referred-back': 0.1, 'agreed-actions-recorded': 0.1 };
function weighted(types) {
  const weights = types.map((t) => RARE[t] ?? 1);
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < types.length; i++) if ((r -= weights[i]) < 0) return types[i];
  return types[types.length - 1];
}
const errorOf = (e) => ({ error: e.name, code: e.code, path: e.path });

function eventFor(policy, ct, type, on) {
  const e = { type, on };
  switch (type) {
    case 'allocated':
      e.role = pick(Object.keys(policy.roles));
      break;
    case 'referred-back':
      e.reason = pick(['court-proceedings', 'out-of-time', 'not-eligible', ...policy.outsideProcedure.map((o) => o.id)]);
      break;
    case 'extension-agreed': {
      const r = random();
      if (r < 0.45) e.workingDays = 1 + int(25);
      else if (r < 0.7) e.calendarMonths = 1 + int(3);
      else e.newDueDate = addDays(on, 5 + int(40));
      e.reason = 'More time needed';
      e.agreedWithComplainant = random() < 0.7;
      if (random() < 0.3) e.agreedOn = addDays(on, -int(3));
      break;
    }
    case 'response-sent':
      if (random() < 0.9) e.outcome = pick(['upheld', 'partly-upheld', 'not-upheld']);
      break;
    case 'final-response-sent':
      e.outcome = pick(['upheld', 'partly-upheld', 'not-upheld']);
      break;
    case 'discretion-decided':
      e.accepted = random() < 0.6;
      break;
    case 'mediation-concluded':
      e.resolved = random() < 0.4;
      break;
    case 'hearing-arranged':
      e.hearingDate = addDays(on, int(30));
      break;
    case 'agreed-actions-recorded':
      e.actions = ['Review the letter'];
      break;
    case 'delay-reason-recorded':
      e.code = policy.delayReasons ? pick(policy.delayReasons.codes).code : 'X';
      break;
    case 'step-completed': {
      const steps = Object.values(ct.stages).flatMap((s) => s.steps ?? []);
      e.step = steps.length > 0 ? pick(steps).id : 'draft';
      break;
    }
    case 'next-stage-requested':
      if (random() < 0.15) e.stage = pick(Object.keys(ct.stages));
      break;
  }
  return e;
}

const records = [];
const policyIds = listPolicies().map((p) => p.id);
for (const id of policyIds) {
  const policy = getPolicy(id);
  for (const caseType of Object.keys(policy.caseTypes)) {
    const ct = policy.caseTypes[caseType];
    const timelines = [];
    for (let i = 0; i < 6; i++) {
      const receivedAt = `${2023 + int(6)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
      try {
        timelines.push({ receivedAt, timeline: expectedTimeline(policy, { receivedAt, caseType }) });
      } catch (e) {
        timelines.push({ receivedAt, ...errorOf(e) });
      }
    }
    const cases = [];
    for (let n = 0; n < 120; n++) {
      const year = 2023 + int(6);
      const receivedAt =
        random() < 0.2
          ? `${year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}T${String(int(24)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}:00Z`
          : `${year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
      const input = { reference: `${id}-${caseType}-${n}`, receivedAt, caseType };
      let kase = openCase(policy, input);
      const attempts = [];
      let on = kase.received;
      const length = int(22);
      for (let k = 0; k < length; k++) {
        const allowed = allowedEventTypes(policy, kase);
        // Mostly an allowed event; sometimes any event type, to pin refusals too.
        const type = random() < 0.85 && allowed.length > 0 ? weighted(allowed) : pick(lib.CASE_EVENT_TYPES);
        on = addDays(on, random() < 0.3 ? 0 : int(30));
        const event = eventFor(policy, ct, type, on);
        try {
          kase = applyEvent(policy, kase, event);
          attempts.push({ event, ok: true });
        } catch (e) {
          attempts.push({ event, ...errorOf(e) });
        }
      }
      const asked = [kase.received, addDays(kase.received, 10 + int(30)), addDays(kase.received, 40 + int(120))];
      cases.push({
        input,
        received: kase.received,
        attempts,
        allowed: allowedEventTypes(policy, kase),
        deadlines: deadlines(policy, kase),
        status: asked.map((d) => ({ on: d, status: statusOn(policy, kase, d) })),
        reminders: reminderSchedule(policy, kase),
        kase,
      });
    }
    const windows = [];
    for (let w = 0; w < 3; w++) {
      const after = `${2023 + int(6)}-${String(1 + int(12)).padStart(2, '0')}-01`;
      const through = addDays(after, 1 + int(90));
      windows.push({
        after,
        through,
        due: remindersDue(
          policy,
          cases.map((c) => c.kase),
          { after, through },
        ),
      });
    }
    for (const c of cases) delete c.kase;
    records.push({ policy: id, caseType, timelines, cases, windows });
  }
}
const json = JSON.stringify({ generatedFrom: '0.1 (commit 4c1c7fc), before the engine restructure', records });
writeFileSync(out, gzipSync(json, { level: 9 }));
console.log(`${records.length} preset case types, ${records.reduce((n, r) => n + r.cases.length, 0)} cases, ${json.length} bytes of JSON -> ${out}`);
