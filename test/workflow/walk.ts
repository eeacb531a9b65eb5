// Test helpers for the end-to-end walks: apply a list of events in order, and find a deadline by id.
import type { Policy } from '../../src/policies/index.js';
import { applyEvent, type Case, type CaseEventInput, type Deadline } from '../../src/workflow/index.js';

/** The case after each event is applied in turn. */
export function walk(policy: Policy, kase: Case, events: readonly CaseEventInput[]): Case {
  return events.reduce((c, e) => applyEvent(policy, c, e), kase);
}

/** The deadline with this id; fails the test, naming the ids there are, when there is none. */
export function byId(list: readonly Deadline[], id: string): Deadline {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`no deadline ${id} in ${list.map((x) => x.id).join(', ')}`);
  return d;
}
