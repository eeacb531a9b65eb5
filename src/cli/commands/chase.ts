/**
 * `statutory-complaints chase`: the daily (or weekly) chase run: every chasing email due, for every open case,
 * rendered, addressed from the role directory, and delivered once (outbox, SMTP or GOV.UK Notify), with a ledger of
 * what was sent.
 *
 * @module
 */
import { addDays, parseDate } from '../../calendar/index.js';
import { chaseRun, type ChaseMessage, type ChaseResult } from '../../chase/index.js';
import { InvalidArgumentError } from '../../errors.js';
import {
  checkNotifyMapping,
  deliverChase,
  loadDirectoryFile,
  notifyFileTransport,
  notifyTransport,
  openLedger,
  outboxTransport,
  parseNotifyMappingText,
  parsePolicyText,
  readLedger,
  smtpTransport,
  type ChaseTransport,
  type DeliveryReport,
  type LedgerState,
} from '../../node/index.js';
import { getPolicy, type Policy } from '../../policies/index.js';
import { casesFromCsv } from '../../reporting/index.js';
import type { TemplateValues } from '../../templates/index.js';
import type { Case, Contact } from '../../workflow/index.js';
import { parseArgs, requireOption, UsageError } from '../args.js';
import { FEED_HELP, readFeed, readOptionFile } from '../files.js';
import { indentedTable, printLines } from '../output.js';
import type { CliIo, Command } from '../types.js';

const OPTIONS = {
  policy: { type: 'string' },
  cases: { type: 'string' },
  directory: { type: 'string' },
  on: { type: 'string' },
  since: { type: 'string' },
  'since-last-run': { type: 'boolean' },
  ledger: { type: 'string' },
  outbox: { type: 'string' },
  send: { type: 'string' },
  notify: { type: 'string' },
  'notify-templates': { type: 'string' },
  'notify-url': { type: 'string' },
  values: { type: 'string' },
  'retry-unconfirmed': { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  feed: { type: 'string' },
  'smtp-timeout': { type: 'string' },
} as const;

const usage = `Usage:
  statutory-complaints chase --policy <id|file> --cases <file> --directory <file> --on <date>
                             [--since <date> | --since-last-run] --ledger <file>
                             (--outbox <dir> | --send smtp://… | --notify <calls.jsonl> | --send notify)
                             [--notify-templates <file>] [--values <file.json>] [--retry-unconfirmed]
                             [--dry-run] [--json] [--feed <bank-holidays.json>]

Every chasing email due (the referral, the reminders of the preset's ladder, the delay-reason emails), for every
case, rendered from the preset's templates, addressed from the role directory, and delivered once. Each message is
recorded in the ledger as attempted before it is handed over and as sent once the transport confirms it: a run
can be repeated, missed days are caught up, and a message is never sent twice. See docs/chasing.md.

Options:
  --policy <id|file>      a built-in policy preset (e.g. dudley), or a preset file (.yaml, .yml or .json)
  --cases <file>          the cases: a JSON array of case values (events included), or a CSV file (docs/reporting.md)
  --directory <file>      the role directory (YAML or JSON): who each role is, per team, with a fallback mailbox
  --on <date>             today, YYYY-MM-DD (the last day of the window; the clock is never read)
  --since <date>          the first day of the window (default: --on): catch up on days missed
  --since-last-run        the window starts the day after the ledger's last run
  --ledger <file>         the ledger (JSON lines, created if missing): what was sent; a lock file <ledger>.lock
                          stops two runs at once
  --outbox <dir>          write one .eml file per message (Outlook and Thunderbird open and send them)
  --send smtp://host:port send through an SMTP server (smtps:// for TLS; user:password@ in the address if needed)
  --notify <file>         write GOV.UK Notify sendEmail calls as JSON lines (one per recipient)
  --send notify           send through GOV.UK Notify (API key in the NOTIFY_API_KEY environment variable)
  --notify-templates <f>  with --notify or --send notify: the Notify template id for each preset template
  --notify-url <url>      with --send notify: the API's address (default: GOV.UK Notify's)
  --values <file.json>    values the cases do not hold, by case reference (e.g. "complainant name", "details")
  --retry-unconfirmed     send again the messages an earlier run attempted but never confirmed (check first!)
  --dry-run               render and list what is due; write nothing, send nothing
  --json                  print the run as JSON
  --smtp-timeout <ms>     with --send smtp://: give up waiting after this many milliseconds (default 30000)
${FEED_HELP}
  -h, --help              show this help

Exit codes: 0 done; 1 a case failed its checks (listed with its index; the others were handled), the transport
stopped the run (what was sent is recorded, the rest listed), or bad input; 2 usage error.

Examples:
  statutory-complaints chase --policy dudley --cases cases.json --directory directory.yaml --on 2026-01-07 --ledger chase.jsonl --outbox outbox/
  statutory-complaints chase --policy dudley --cases cases.json --directory directory.yaml --on 2026-01-12 --since-last-run --ledger chase.jsonl --send smtp://mail.example.gov.uk:587
`;

async function loadPolicy(io: CliIo, value: string): Promise<Policy> {
  if (/\.(ya?ml|json)$/i.test(value)) return parsePolicyText(await readOptionFile(io, value, 'policy'), { fileName: value });
  return getPolicy(value);
}

interface ReadCases {
  readonly cases: readonly Case[];
  readonly bad: readonly string[];
}

function readCases(policy: Policy, path: string, text: string): ReadCases {
  const lower = path.toLowerCase();
  const body = text.replace(/^\uFEFF/, '');
  const json = lower.endsWith('.json') ? true : lower.endsWith('.csv') ? false : body.trimStart().startsWith('[');
  if (!json) {
    const read = casesFromCsv(policy, text, { skipBad: true });
    return { cases: read.cases, bad: read.skipped.map((i) => `line ${i.line ?? '?'}, ${i.field}: ${i.rule}`) };
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    throw new InvalidArgumentError('--cases', 'is not valid JSON (expected an array of case values)');
  }
  if (!Array.isArray(value)) throw new InvalidArgumentError('--cases', 'must be a JSON array of case values');
  // Each case is checked by the run itself, so that a bad one is reported with its index and the others go on.
  return { cases: value as Case[], bad: [] };
}

async function readValues(io: CliIo, path: string): Promise<Readonly<Record<string, TemplateValues>>> {
  let value: unknown;
  try {
    value = JSON.parse((await readOptionFile(io, path, 'values')).replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof InvalidArgumentError) throw error;
    throw new InvalidArgumentError('--values', 'is not valid JSON (expected an object: case reference → { placeholder: value })');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError('--values', 'must be a JSON object: case reference → { placeholder: value }');
  }
  return value as Record<string, TemplateValues>;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function who(c: Contact | undefined): string {
  return c ? `${c.name} <${c.email}>` : '(nobody listed)';
}

function printRun(io: CliIo, run: ChaseResult, delivery: DeliveryReport | undefined, dryRun: boolean, heldKeys: ReadonlySet<string>): void {
  const lines: string[] = [];
  const window = run.from === run.to ? run.to : `${run.from} to ${run.to}`;
  lines.push(`Chase run for ${window}${dryRun ? ' (dry run: nothing written, nothing sent)' : ''}`);
  const delivered = new Set(delivery?.sent.map((s) => s.message.key));
  const shown = run.messages.filter((m) => !heldKeys.has(m.key));
  const byRecipient = new Map<string, ChaseMessage[]>();
  for (const m of shown) {
    const k = who(m.to[0]);
    const list = byRecipient.get(k);
    if (list) list.push(m);
    else byRecipient.set(k, [m]);
  }
  for (const [recipient, list] of byRecipient) {
    lines.push('', `To ${recipient}: ${plural(list.length, 'message')}`);
    lines.push(
      ...indentedTable(
        ['case', 'stage', 'reminder', 'fell due', 'response due', 'overdue', 'cc', 'status'],
        list.map((m) => [
          m.reference,
          m.stage,
          m.reminder,
          m.date,
          m.dueDate,
          m.workingDaysOverdue > 0 ? `${m.workingDaysOverdue} wd` : '',
          String(m.cc.length),
          dryRun
            ? 'due'
            : delivered.has(m.key)
              ? 'sent'
              : delivery?.failed?.key === m.key
                ? 'refused'
                : delivery?.notAttempted.some((x) => x.key === m.key)
                  ? 'not attempted'
                  : 'unconfirmed',
        ]),
      ),
    );
  }
  if (run.needsAttention.length > 0) {
    lines.push('', `Needs attention: ${plural(run.needsAttention.length, 'overdue case')} nothing chases`);
    lines.push(
      ...indentedTable(
        ['case', 'stage', 'due', 'late', 'responsible', 'contact', 'why'],
        run.needsAttention.map((n) => [
          n.reference,
          n.stage,
          n.dueDate,
          `${n.workingDaysLate} wd`,
          n.responsible,
          who(n.contact),
          n.reason === 'no-reminders-at-stage' ? 'no reminders at this stage' : 'last reminder passed',
        ]),
      ),
    );
  }
  if (run.skipped.length > 0) {
    lines.push('', `Skipped: ${plural(run.skipped.length, 'message')}`);
    lines.push(
      ...indentedTable(
        ['case', 'reminder', 'fell due', 'why'],
        run.skipped.map((s) => [s.reference, s.reminder, s.date, `${s.reason}: ${s.detail}`]),
      ),
    );
  }
  const unconfirmed = delivery?.unconfirmed ?? [];
  if (unconfirmed.length > 0) {
    lines.push('', `Unconfirmed: ${plural(unconfirmed.length, 'message')} attempted but never confirmed (not sent again; check, then --retry-unconfirmed)`);
    lines.push(
      ...indentedTable(
        ['case', 'reminder', 'fell due', 'attempted at', 'to'],
        unconfirmed.map((u) => [u.reference, u.reminder, u.date, u.at, u.to.join(', ')]),
      ),
    );
  }
  if (run.problems.length > 0) {
    lines.push('', `Cases with problems: ${run.problems.length} (left out; the others were handled)`);
    for (const p of run.problems) lines.push(`  cases[${p.caseIndex}]${p.reference !== undefined ? ` ${p.reference}` : ''}: ${p.message.split('\n')[0]}`);
  }
  if (delivery?.stoppedBy) {
    lines.push('', `Stopped: ${delivery.stoppedBy.message}`);
    if (delivery.notAttempted.length > 0) lines.push(`  ${plural(delivery.notAttempted.length, 'message')} not attempted: the next run sends them.`);
  }
  const sent = delivery?.sent.length ?? 0;
  lines.push(
    '',
    `Totals: ${run.cases} cases, ${shown.length} due, ${dryRun ? 0 : sent} sent, ${run.skipped.length} skipped, ${unconfirmed.length} unconfirmed, ${run.needsAttention.length} needing attention, ${run.problems.length} with problems`,
  );
  printLines(io, lines);
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { options, positionals } = parseArgs(args, OPTIONS);
  if (positionals.length > 0) throw new UsageError('chase takes no positional arguments: give everything as options');
  const policyArg = requireOption(options.policy, 'policy');
  const casesPath = requireOption(options.cases, 'cases');
  const directoryPath = requireOption(options.directory, 'directory');
  const on = requireOption(options.on, 'on');
  const ledgerPath = requireOption(options.ledger, 'ledger');
  if (options.since !== undefined && options['since-last-run']) throw new UsageError('give --since or --since-last-run, not both');
  const send = options.send;
  const outputs = [options.outbox !== undefined, send !== undefined, options.notify !== undefined].filter(Boolean).length;
  const dryRun = options['dry-run'] === true;
  if (outputs === 0 && !dryRun) throw new UsageError('say where the messages go: --outbox <dir>, --send smtp://…, --notify <file> or --send notify');
  if (outputs > 1) throw new UsageError('give one of --outbox, --send and --notify');
  const notifyMode = options.notify !== undefined || send === 'notify';
  if (notifyMode && options['notify-templates'] === undefined) throw new UsageError('--notify and --send notify need --notify-templates <file>');
  if (!notifyMode && options['notify-templates'] !== undefined) throw new UsageError('--notify-templates goes with --notify or --send notify');
  if (options['notify-url'] !== undefined && send !== 'notify') throw new UsageError('--notify-url goes with --send notify');
  if (send !== undefined && send !== 'notify' && !/^smtps?:\/\//i.test(send)) throw new UsageError("--send takes an smtp:// or smtps:// address, or 'notify'");
  const smtpTimeout = options['smtp-timeout'] === undefined ? undefined : Number(options['smtp-timeout']);
  if (smtpTimeout !== undefined && !(Number.isInteger(smtpTimeout) && smtpTimeout > 0)) throw new UsageError('--smtp-timeout takes a whole number of milliseconds');
  const today = parseDate(on, '--on');
  if (options.since !== undefined) parseDate(options.since, '--since');

  const policy = await loadPolicy(io, policyArg);
  const feed = options.feed === undefined ? undefined : await readFeed(io, options.feed);
  const directory = await loadDirectoryFile(directoryPath, policy);
  const mapping = notifyMode
    ? parseNotifyMappingText(await readOptionFile(io, options['notify-templates']!, 'notify-templates'), policy, { fileName: options['notify-templates']! })
    : undefined;
  const values = options.values === undefined ? undefined : await readValues(io, options.values);
  const read = readCases(policy, casesPath, await readOptionFile(io, casesPath, 'cases'));

  // The ledger: locked for a real run, only read for a dry run.
  const ledger = dryRun ? undefined : openLedger(ledgerPath);
  try {
    const state: LedgerState = ledger ?? readLedger(ledgerPath);
    if (state.tornLine !== undefined) {
      io.stderr(
        `note: the ledger's last line (line ${state.tornLine}) was cut short by a crash; it is ignored${dryRun ? '' : ' and marked as torn'}. Any message it recorded is listed as unconfirmed.\n`,
      );
    }
    let from = today;
    if (options.since !== undefined) from = parseDate(options.since, '--since');
    else if (options['since-last-run']) {
      if (state.lastRunTo === undefined) io.stderr('note: the ledger records no earlier run: the window is --on alone.\n');
      else if (state.lastRunTo < today) from = addDays(state.lastRunTo, 1);
    }
    if (from > today) throw new InvalidArgumentError('--since', 'must not be after --on');
    // Retrying: widen the window back to the earliest unconfirmed message, for those messages only.
    const retry = options['retry-unconfirmed'] === true;
    let runFrom = from;
    if (retry) for (const u of state.unconfirmed.values()) if (u.date < runFrom) runFrom = parseDate(u.date, `${ledgerPath}: date`);

    if (read.cases.length > 300) io.stderr(`checking ${read.cases.length} cases from ${runFrom} to ${today}…\n`);
    const full = chaseRun(policy, read.cases, { from: runFrom, to: today, directory, sent: state.sent, ...(feed ? { feed } : {}), ...(values ? { values } : {}) });
    const keep = <T extends { date: string; key: string }>(x: T) => x.date >= from || state.unconfirmed.has(x.key);
    const result: ChaseResult = runFrom === from ? full : { ...full, from, messages: full.messages.filter(keep), skipped: full.skipped.filter((s) => s.date >= from) };
    const held = new Set<string>();
    if (!retry) for (const m of result.messages) if (state.unconfirmed.has(m.key)) held.add(m.key);
    const problems = read.bad.length + result.problems.length;

    let delivery: DeliveryReport | undefined;
    if (ledger) {
      const sender = directory.from ?? policy.contacts?.complaintsMailbox;
      let transport: ChaseTransport;
      if (options.outbox !== undefined || (send !== undefined && send !== 'notify')) {
        if (!sender)
          throw new InvalidArgumentError(
            '--directory',
            'name the sender: add `from: { name, email }` to the directory (the preset has no complaints mailbox to send from)',
          );
      }
      if (mapping) checkNotifyMapping(result.messages, mapping, options['notify-templates']!);
      if (options.outbox !== undefined) transport = await outboxTransport(options.outbox, sender!);
      else if (send === 'notify') {
        const key = process.env.NOTIFY_API_KEY;
        if (!key) throw new InvalidArgumentError('NOTIFY_API_KEY', 'set this environment variable to your GOV.UK Notify API key (it is never printed)');
        transport = await notifyTransport(key, mapping!, options['notify-url'] ? { baseUrl: options['notify-url'] } : {});
      } else if (send !== undefined) transport = await smtpTransport(send, sender!, smtpTimeout === undefined ? {} : { timeoutMs: smtpTimeout });
      else transport = notifyFileTransport(options.notify!, mapping!);
      ledger.append({ type: 'run', at: new Date().toISOString(), from, to: today, transport: transport.name });
      const total = result.messages.length;
      try {
        delivery = await deliverChase(result, {
          ledger,
          transport,
          retryUnconfirmed: retry,
          ...(total > 300
            ? {
                onProgress: (done: number) => {
                  if (done % 100 === 0 || done === total) io.stderr(`sent ${done} of ${total}\n`);
                },
              }
            : {}),
        });
      } finally {
        await transport.close();
      }
    } else {
      delivery = undefined;
    }
    const dryHeld = dryRun ? held : new Set<string>();
    if (options.json) {
      io.stdout(
        `${JSON.stringify(
          {
            from: result.from,
            to: result.to,
            dryRun,
            cases: result.cases,
            messages: result.messages
              .filter((m) => !dryHeld.has(m.key))
              .map((m) => ({
                ...m,
                status: dryRun
                  ? 'due'
                  : delivery?.sent.some((s) => s.message.key === m.key)
                    ? 'sent'
                    : held.has(m.key)
                      ? 'held-unconfirmed'
                      : delivery?.failed?.key === m.key
                        ? 'failed'
                        : delivery?.notAttempted.some((x) => x.key === m.key)
                          ? 'not-attempted'
                          : 'unconfirmed',
              })),
            skipped: result.skipped,
            needsAttention: result.needsAttention,
            unconfirmed: delivery?.unconfirmed ?? [...state.unconfirmed.values()],
            problems: [...read.bad.map((message) => ({ message })), ...result.problems],
            ...(delivery?.stoppedBy ? { stoppedBy: { code: delivery.stoppedBy.code, message: delivery.stoppedBy.message } } : {}),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      printRun(io, result, delivery ?? (dryRun ? undefined : undefined), dryRun, dryRun ? dryHeld : held);
      for (const b of read.bad) io.stderr(`  case left out: ${b}\n`);
    }
    return problems > 0 || delivery?.stoppedBy ? 1 : 0;
  } finally {
    ledger?.close();
  }
}

/** The `chase` command. */
export const command: Command = {
  name: 'chase',
  summary: 'send every chasing email due today, once (outbox, SMTP or GOV.UK Notify), with a ledger',
  usage,
  run,
};
