/**
 * Where the chase run's messages go: `.eml` files in an outbox folder (built with nodemailer's MailComposer), an
 * SMTP server (nodemailer), a JSON-lines file of GOV.UK Notify `sendEmail` calls, or Notify itself (GOV.UK's
 * `notifications-node-client`). nodemailer and the Notify client are optional peer dependencies, loaded only when
 * the transport that needs them is made.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StatutoryComplaintsError } from '../../errors.js';
import type { ChaseMessage } from '../../chase/index.js';
import type { Contact } from '../../workflow/index.js';

/** What a transport says about one message it took. */
export interface Delivery {
  /** The transport's id for it (the Message-ID, Notify's notification ids, or the file written). */
  readonly messageId: string;
}

/** A way to deliver the run's messages. */
export interface ChaseTransport {
  /** `outbox`, `smtp`, `notify-file` or `notify`. */
  readonly name: string;
  /** Hands one message over; resolves once the transport has confirmed it. */
  send(message: ChaseMessage): Promise<Delivery>;
  /** Releases connections. */
  close(): Promise<void>;
}

/**
 * A transport failed. `delivered` says what is known: `false` when the message certainly did not go (refused,
 * or no connection), `undefined` when it may have (a timeout or a connection lost mid-message).
 *
 * @example
 * import { smtpTransport, TransportError } from 'statutory-complaints/node';
 * const e = await smtpTransport('http://mail.example.gov.uk', { name: 'Complaints', email: 'complaints@example.gov.uk' }).catch((x) => x);
 * [e instanceof TransportError, e.code, e.delivered] //=> [true, 'bad-url', false]
 */
export class TransportError extends StatutoryComplaintsError {
  readonly delivered: false | undefined;
  constructor(code: string, path: string, message: string, delivered: false | undefined) {
    super(code, path, message);
    this.delivered = delivered;
  }
}

/**
 * An optional peer dependency (nodemailer for `--outbox` and SMTP, notifications-node-client for Notify) is not
 * installed; the message says what to install.
 *
 * @example
 * import { MissingDependencyError } from 'statutory-complaints/node';
 * new MissingDependencyError('nodemailer', '--outbox').message //=> '--outbox needs the package nodemailer, which is not installed. Install it beside statutory-complaints: npm install nodemailer'
 */
export class MissingDependencyError extends StatutoryComplaintsError {
  constructor(pkg: string, option: string) {
    super('missing-dependency', option, `${option} needs the package ${pkg}, which is not installed. Install it beside statutory-complaints: npm install ${pkg}`);
  }
}

async function load<T>(pkg: string, option: string): Promise<T> {
  try {
    const mod = (await import(pkg)) as { default?: T };
    return (mod.default ?? mod) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') throw new MissingDependencyError(pkg, option);
    throw error;
  }
}

/** A stable Message-ID for a message key, so the same message always has the same id. */
export function messageIdFor(key: string, domain: string): string {
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${domain}>`;
}

/** A file name for a message key: safe characters, plus a short hash so that different keys never collide. */
export function fileNameFor(key: string, ext: string): string {
  const safe = key.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 120);
  return `${safe}.${createHash('sha256').update(key).digest('hex').slice(0, 8)}.${ext}`;
}

/** The part of nodemailer used here. */
interface Nodemailer {
  createTransport(options: Record<string, unknown>): {
    sendMail(mail: Record<string, unknown>): Promise<{ messageId: string; message?: unknown }>;
    close(): void;
  };
}

const address = (c: Contact) => ({ name: c.name, address: c.email });

/** The mail nodemailer builds for a message: both parts, the case reference and key in headers, a stable Message-ID. */
export function mailFor(message: ChaseMessage, from: Contact): Record<string, unknown> {
  const domain = from.email.slice(from.email.lastIndexOf('@') + 1);
  return {
    from: address(from),
    to: message.to.map(address),
    ...(message.cc.length > 0 ? { cc: message.cc.map(address) } : {}),
    subject: message.subject,
    ...(message.text !== undefined ? { text: message.text } : {}),
    ...(message.html !== undefined ? { html: message.html } : {}),
    messageId: messageIdFor(message.key, domain),
    headers: {
      'X-Complaint-Reference': message.reference,
      'X-Chase-Key': message.key,
    },
    textEncoding: 'quoted-printable',
  };
}

function writeDurable(path: string, data: Buffer, option: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
    writeSync(fd, data);
    fsyncSync(fd);
    closeSync(fd);
  } catch (error) {
    throw new TransportError(
      'unwritable',
      option,
      `${option}: the file cannot be written (${(error as { code?: string }).code ?? 'error'}). Check that the folder exists and is writable.`,
      false,
    );
  }
}

/**
 * `.eml` files (RFC 5322, multipart/alternative with the text and HTML parts, UTF-8 headers encoded, a Message-ID
 * and the case reference in `X-Complaint-Reference`) in a folder, one per message, that Outlook or Thunderbird
 * opens and sends. Built by nodemailer's MailComposer (through its stream transport, which sends nothing). Needs
 * `nodemailer`.
 *
 * @example
 * import { outboxTransport } from 'statutory-complaints/node';
 * const e = await outboxTransport('package.json/outbox', { name: 'Complaints', email: 'complaints@example.gov.uk' }).catch((x) => x);
 * e.code //=> 'unwritable'
 */
export async function outboxTransport(dir: string, from: Contact): Promise<ChaseTransport> {
  // nodemailer's stream transport runs its MailComposer and hands back the message as built, sending nothing.
  const nodemailer = await load<Nodemailer>('nodemailer', '--outbox');
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new TransportError(
      'unwritable',
      '--outbox',
      `--outbox: the folder cannot be created (${(error as { code?: string }).code ?? 'error'}). Give a folder you can write to.`,
      false,
    );
  }
  return {
    name: 'outbox',
    async send(message) {
      const mail = mailFor(message, from);
      const info = await composer.sendMail(mail);
      writeDurable(join(dir, fileNameFor(message.key, 'eml')), info.message as Buffer, '--outbox');
      return { messageId: String(mail.messageId) };
    },
    // eslint-disable-next-line @typescript-eslint/require-await -- the Transport interface is async; this step is synchronous (a throw still becomes a rejection)
    async close() {
      composer.close();
    },
  };
}

/** Options of {@link smtpTransport}. */
export interface SmtpOptions {
  /** Milliseconds to wait for a connection, a greeting or a reply before giving up (default 30,000). */
  readonly timeoutMs?: number;
}

interface NodemailerError {
  code?: string;
  responseCode?: number;
  command?: string;
}

/**
 * Delivery through an SMTP server (`smtp://` or `smtps://`, user and password in the URL when the server needs
 * them). A refusal (a 4xx or 5xx reply, rejected recipients, no connection) means the message did not go; a timeout
 * or a connection lost mid-message leaves it unknown. Needs `nodemailer`.
 *
 * @example
 * import { smtpTransport } from 'statutory-complaints/node';
 * const t = await smtpTransport('smtp://127.0.0.1:2525', { name: 'Complaints', email: 'complaints@example.gov.uk' });
 * t.name //=> 'smtp'
 * await t.close();
 */
export async function smtpTransport(url: string, from: Contact, options: SmtpOptions = {}): Promise<ChaseTransport> {
  if (!/^smtps?:\/\//i.test(url)) throw new TransportError('bad-url', '--send', "--send: give an smtp:// or smtps:// address (or 'notify')", false);
  const nodemailer = await load<Nodemailer>('nodemailer', '--send smtp://');
  const timeout = options.timeoutMs ?? 30_000;
  const u = new URL(url);
  const transport = nodemailer.createTransport({
    host: u.hostname,
    port: u.port === '' ? (u.protocol === 'smtps:' ? 465 : 587) : Number(u.port),
    secure: u.protocol === 'smtps:',
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    name: 'smtp',
    async send(message) {
      try {
        const info = await transport.sendMail(mailFor(message, from));
        return { messageId: info.messageId };
      } catch (error) {
        const e = error as NodemailerError;
        const refused =
          (e.responseCode !== undefined && e.responseCode >= 400) || e.code === 'EENVELOPE' || e.code === 'EAUTH' || e.code === 'ECONNECTION' || e.code === 'EDNS';
        const what = e.responseCode !== undefined ? `the server replied ${e.responseCode}${e.command ? ` to ${e.command}` : ''}` : `${e.code ?? 'error'}`;
        throw new TransportError(
          refused ? 'smtp-refused' : 'smtp-unknown',
          '--send',
          refused
            ? `--send: the SMTP server refused the message (${what}); it was not sent and will be tried again by the next run.`
            : `--send: the SMTP connection failed mid-message (${what}); the message may or may not have been delivered and is listed as unconfirmed.`,
          refused ? false : undefined,
        );
      }
    },
    // eslint-disable-next-line @typescript-eslint/require-await -- the Transport interface is async; this step is synchronous (a throw still becomes a rejection)
    async close() {
      transport.close();
    },
  };
}

/** Notify template ids by preset template id (the mapping file's `templates`). */
export type NotifyTemplateIds = Readonly<Record<string, string>>;

/** One GOV.UK Notify `sendEmail` call: `notifyClient.sendEmail(templateId, emailAddress, options)`. */
export interface NotifyCall {
  readonly templateId: string;
  readonly emailAddress: string;
  readonly options: { readonly personalisation: Readonly<Record<string, string | readonly string[]>>; readonly reference: string };
}

/**
 * A message's template has no Notify template id in the mapping file (checked before anything is sent).
 *
 * @example
 * import { NotifyMappingError } from 'statutory-complaints/node';
 * const e = new NotifyMappingError(['reminder'], 'notify.yaml');
 * [e.code, e.path] //=> ['missing-template', 'templates.reminder']
 */
export class NotifyMappingError extends StatutoryComplaintsError {
  readonly templates: readonly string[];
  constructor(templates: readonly string[], file: string) {
    super(
      'missing-template',
      `templates.${templates[0] ?? ''}`,
      `${file}: no Notify template id for ${templates.map((t) => `templates.${t}`).join(', ')}. Add each under \`templates:\` (the id Notify shows on the template's page), then run again. Nothing was sent.`,
    );
    this.templates = templates;
  }
}

/** The `sendEmail` calls for a message: Notify sends to one address per call, so one per recipient (to, then cc). */
export function notifyCallsFor(message: ChaseMessage, templates: NotifyTemplateIds): NotifyCall[] {
  const templateId = templates[message.template];
  if (templateId === undefined) throw new NotifyMappingError([message.template], 'the Notify mapping');
  return [...message.to, ...message.cc].map((c) => ({
    templateId,
    emailAddress: c.email,
    options: { personalisation: message.personalisation, reference: message.key },
  }));
}

/**
 * Checks that every template the messages use is mapped, before anything is sent.
 *
 * @example
 * import { checkNotifyMapping } from 'statutory-complaints/node';
 * checkNotifyMapping([{ template: 'reminder' }], {}, 'notify.yaml') //=> throws NotifyMappingError
 */
export function checkNotifyMapping(messages: readonly ChaseMessage[], templates: NotifyTemplateIds, file: string): void {
  const missing = [...new Set(messages.map((m) => m.template))].filter((t) => !Object.prototype.hasOwnProperty.call(templates, t));
  if (missing.length > 0) throw new NotifyMappingError(missing, file);
}

/**
 * A JSON-lines file of Notify `sendEmail` calls (one per recipient: Notify sends to one address per call), each
 * `{ templateId, emailAddress, options: { personalisation, reference } }`, `reference` the message key; each
 * message's lines flushed to disk before the next.
 *
 * @example
 * import { notifyFileTransport } from 'statutory-complaints/node';
 * let caught;
 * try { notifyFileTransport('no-such-folder/calls.jsonl', {}); } catch (e) { caught = e; }
 * caught.code //=> 'unwritable'
 */
export function notifyFileTransport(path: string, templates: NotifyTemplateIds): ChaseTransport {
  let fd: number;
  try {
    fd = openSync(path, 'a');
  } catch (error) {
    throw new TransportError(
      'unwritable',
      '--notify',
      `--notify: the file cannot be written (${(error as { code?: string }).code ?? 'error'}). Check the path and its permissions.`,
      false,
    );
  }
  return {
    name: 'notify-file',
    // eslint-disable-next-line @typescript-eslint/require-await -- the Transport interface is async; this step is synchronous (a throw still becomes a rejection)
    async send(message) {
      const calls = notifyCallsFor(message, templates);
      writeSync(fd, calls.map((c) => `${JSON.stringify(c)}\n`).join(''));
      fsyncSync(fd);
      return { messageId: `notify-file:${message.key}` };
    },
    // eslint-disable-next-line @typescript-eslint/require-await -- the Transport interface is async; this step is synchronous (a throw still becomes a rejection)
    async close() {
      closeSync(fd);
    },
  };
}

/** Options of {@link notifyTransport}. */
export interface NotifyOptions {
  /** The API base URL (default GOV.UK Notify's production API; for a proxy, or a test server). */
  readonly baseUrl?: string;
}

interface AxiosLikeError {
  response?: { status?: number; data?: { errors?: { error?: string }[] } };
  code?: string;
}

/**
 * Sends through GOV.UK Notify with GOV.UK's own client (`notifications-node-client`): one `sendEmail` per
 * recipient, `reference` the message key. The API key is used, never logged or put in an error. A 4xx reply means
 * the message was refused (not sent); no reply leaves it unknown. Needs `notifications-node-client`.
 *
 * @example
 * import { notifyTransport } from 'statutory-complaints/node';
 * const e = await notifyTransport('too-short', {}).catch((x) => x);
 * [e.code, e.message.includes('too-short')] //=> ['bad-api-key', false]
 */
export async function notifyTransport(apiKey: string, templates: NotifyTemplateIds, options: NotifyOptions = {}): Promise<ChaseTransport> {
  if (typeof apiKey !== 'string' || apiKey.length < 74) {
    throw new TransportError(
      'bad-api-key',
      'NOTIFY_API_KEY',
      'NOTIFY_API_KEY: set it to the API key Notify gave you (key name, service id and secret, joined by hyphens).',
      false,
    );
  }
  const { NotifyClient } = await load<{
    NotifyClient: new (...args: string[]) => { sendEmail(t: string, e: string, o: Record<string, unknown>): Promise<{ data: { id: string } }> };
  }>('notifications-node-client', '--send notify');
  const client = options.baseUrl ? new NotifyClient(options.baseUrl, apiKey) : new NotifyClient(apiKey);
  return {
    name: 'notify',
    async send(message) {
      const ids: string[] = [];
      for (const call of notifyCallsFor(message, templates)) {
        try {
          const res = await client.sendEmail(call.templateId, call.emailAddress, { personalisation: call.options.personalisation, reference: call.options.reference });
          ids.push(res.data.id);
        } catch (error) {
          const e = error as AxiosLikeError;
          const status = e.response?.status;
          const refused = status !== undefined && status >= 400 && status < 500 && ids.length === 0;
          const kinds = (e.response?.data?.errors ?? []).map((x) => x.error).filter((x): x is string => typeof x === 'string' && /^[A-Za-z]+$/.test(x));
          throw new TransportError(
            refused ? 'notify-refused' : 'notify-unknown',
            '--send',
            refused
              ? `--send: Notify refused the message (HTTP ${status}${kinds.length ? `, ${kinds.join(', ')}` : ''}); it was not sent and will be tried again by the next run.`
              : `--send: Notify did not confirm the message (${status !== undefined ? `HTTP ${status} after ${ids.length} of its recipients` : (e.code ?? 'no reply')}); it is listed as unconfirmed.`,
            refused ? false : undefined,
          );
        }
      }
      return { messageId: ids.join(' ') };
    },
    async close() {},
  };
}
