/**
 * Delivering a chase run: each message recorded as attempted, handed to the transport, then recorded as sent, one
 * at a time, so that a crash at any point leaves at most one message whose fate is unknown, and it is never sent
 * twice by accident.
 *
 * @module
 */
import type { ChaseMessage, ChaseResult } from '../../chase/index.js';
import type { AttemptedRecord, Ledger } from './ledger.js';
import { TransportError, type ChaseTransport } from './transports.js';

/** Options of {@link deliverChase}. */
export interface DeliverOptions {
  /** The ledger, opened (and locked) with `openLedger`. */
  readonly ledger: Ledger;
  readonly transport: ChaseTransport;
  /** Send messages that an earlier run attempted but never confirmed (after a person has checked they did not go). */
  readonly retryUnconfirmed?: boolean;
  /** The clock for the ledger's timestamps (default: the system clock). */
  readonly now?: () => Date;
  /** Called after each message is handled (for a progress line). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** What a delivery did. */
export interface DeliveryReport {
  /** Messages the transport confirmed, with its id for each. */
  readonly sent: readonly { readonly message: ChaseMessage; readonly messageId: string }[];
  /**
   * Messages attempted and never confirmed (by an earlier run that stopped, or by this one when the transport
   * failed mid-message): not sent again; check each, then run with `retryUnconfirmed` to send it.
   */
  readonly unconfirmed: readonly AttemptedRecord[];
  /** The message the transport refused (recorded as `failed`: it did not go, and the next run sends it). */
  readonly failed?: ChaseMessage;
  /** The failure that stopped the run, if one did. */
  readonly stoppedBy?: TransportError;
  /** Messages not attempted because the run stopped: the next run sends them. */
  readonly notAttempted: readonly ChaseMessage[];
}

/**
 * Delivers a run's messages through a transport, recording each in the ledger: an `attempted` record (flushed to
 * disk) before the transport is called, a `sent` record after it confirms. A message the ledger holds as attempted
 * but unconfirmed is not sent again unless `retryUnconfirmed` is set (at most once). When the transport fails,
 * the run stops: a refused message is recorded as `failed` (it did not go, and the next run tries it again), a
 * message whose fate is unknown (a timeout mid-message) stays unconfirmed, and the rest are reported as not
 * attempted.
 *
 * @example
 * import { deliverChase } from 'statutory-complaints/node';
 * // An in-memory ledger and a transport that takes the first message and times out on the second.
 * const records = [];
 * const ledger = { path: 'memory', sent: new Set(), unconfirmed: new Map(), lastRunTo: undefined, tornLine: undefined, records: 0, append: (r) => records.push(r), close() {} };
 * const m = (key) => ({ key, reference: key, reminder: 'reminder', date: '2026-01-07', template: 'reminder', to: [{ name: 'TM', email: 'tm@example.gov.uk' }], cc: [] });
 * let calls = 0;
 * const transport = { name: 'test', async send() { calls++; if (calls === 2) throw new Error('timeout'); return { messageId: '<1@example.gov.uk>' }; }, async close() {} };
 * const report = await deliverChase({ messages: [m('A'), m('B'), m('C')] }, { ledger, transport });
 * report.sent.map((s) => s.message.key) //=> ['A']
 * report.unconfirmed.map((r) => r.key) //=> ['B']
 * report.notAttempted.map((x) => x.key) //=> ['C']
 * records.map((r) => `${r.type} ${r.key}`) //=> ['attempted A', 'sent A', 'attempted B']
 */
export async function deliverChase(run: ChaseResult, options: DeliverOptions): Promise<DeliveryReport> {
  const { ledger, transport } = options;
  const now = options.now ?? (() => new Date());
  const sent: { message: ChaseMessage; messageId: string }[] = [];
  const unconfirmed = new Map<string, AttemptedRecord>();
  if (!options.retryUnconfirmed) for (const [k, r] of ledger.unconfirmed) unconfirmed.set(k, r);
  const notAttempted: ChaseMessage[] = [];
  let stoppedBy: TransportError | undefined;
  let failed: ChaseMessage | undefined;
  let done = 0;
  for (const m of run.messages) {
    done++;
    if (stoppedBy) {
      notAttempted.push(m);
      continue;
    }
    if (ledger.sent.has(m.key)) continue;
    if (!options.retryUnconfirmed && ledger.unconfirmed.has(m.key)) continue;
    const attempted: AttemptedRecord = {
      type: 'attempted',
      at: now().toISOString(),
      key: m.key,
      reference: m.reference,
      reminder: m.reminder,
      date: m.date,
      template: m.template,
      to: m.to.map((c) => c.email),
      cc: m.cc.map((c) => c.email),
      transport: transport.name,
    };
    ledger.append(attempted);
    try {
      const { messageId } = await transport.send(m);
      ledger.append({ type: 'sent', at: now().toISOString(), key: m.key, messageId });
      sent.push({ message: m, messageId });
      unconfirmed.delete(m.key);
    } catch (error) {
      const e =
        error instanceof TransportError
          ? error
          : new TransportError(
              'transport-error',
              transport.name,
              `${transport.name}: the message could not be handed over (${(error as { code?: string }).code ?? 'error'}); it is listed as unconfirmed.`,
              undefined,
            );
      if (e.delivered === false) {
        ledger.append({ type: 'failed', at: now().toISOString(), key: m.key, code: e.code });
        unconfirmed.delete(m.key);
        failed = m;
      } else {
        unconfirmed.set(m.key, attempted);
      }
      stoppedBy = e;
    }
    options.onProgress?.(done, run.messages.length);
  }
  return { sent, unconfirmed: [...unconfirmed.values()], ...(failed ? { failed } : {}), ...(stoppedBy ? { stoppedBy } : {}), notAttempted };
}
