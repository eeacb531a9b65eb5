/**
 * Internal: who is responsible for a stage.
 *
 * @module
 */
import type { Context } from './context.js';
import type { Run } from './snapshot.js';
import type { Responsibility } from './types.js';

/**
 * The responsible role of a run: the role it was allocated to at this stage, else the stage's responder; moved one
 * rung up (the role's `escalatesTo`) when the complaint is about the person in that role (Southampton seed:
 * "If the complaint involves the Team Manager then the level of response liability … moves up to the next level").
 */
export function responsibilityOf(ctx: Context, run: Run, about: string | undefined): Responsibility {
  const role = responsibleRole(ctx, run, about);
  const movedUp = role !== (run.allocatedRole ?? run.def.responder);
  const others: string[] = [];
  for (const r of [...run.def.respondsWith, ...(run.def.panel?.respondsWith ?? [])]) {
    if (r !== role && !others.includes(r)) others.push(r);
  }
  return Object.freeze({ role, with: Object.freeze(others), movedUp });
}

/** The responsible role of a run alone (see {@link responsibilityOf}). */
export function responsibleRole(ctx: Context, run: Run, about: string | undefined): string {
  const role = run.allocatedRole ?? run.def.responder;
  if (about !== undefined && about === role) {
    const up = ctx.policy.roles[role]?.escalatesTo;
    if (up !== undefined) return up;
  }
  return role;
}
