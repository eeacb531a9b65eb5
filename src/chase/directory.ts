/**
 * The role directory: who, at this council, each role of a policy is (a person or a shared mailbox), optionally per
 * team or service area, with a fallback mailbox and the address the chasing emails come from. A data file (YAML or
 * JSON) a complaints team writes once; checked here with zod, every problem named with its path (and, read from a
 * file through `statutory-complaints/node`, its line and column), never quoting a name or address.
 *
 * @module
 */
import * as z from 'zod';
import { keyForMessage, type ValidationIssue } from '../errors.js';
import type { Policy, PolicySourceMap } from '../policies/index.js';
import { isEmailAddress, type Contact, type Directory } from '../workflow/index.js';
import { DirectoryValidationError } from './errors.js';

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Control characters and line or paragraph separators: a display name must stay on one header line. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

const contactSchema = z
  .object({
    name: z
      .string({ error: 'must be the name to show, as text (e.g. Team Manager)' })
      .trim()
      .min(1, { error: 'must not be empty: give the name to show, e.g. Team Manager' })
      .max(200, { error: 'must be at most 200 characters' })
      .refine((s) => !CONTROL.test(s), { error: 'must be on one line, with no control characters' }),
    email: z.string({ error: 'must be an email address, as text' }).refine((s) => isEmailAddress(s), {
      error: 'must be exactly one email address such as name@example.gov.uk (no display name, spaces, commas or line breaks; one address per entry)',
    }),
  })
  .strict();

const roleMap = z.record(z.string(), contactSchema);

/**
 * The zod schema of a role directory file (a YAML or JSON object), for consumers who check their own files; it checks
 * the shape only ({@link parseDirectory} also checks the roles against a policy and gives friendly messages).
 *
 * @example
 * import { directoryFileSchema } from 'statutory-complaints/chase';
 * directoryFileSchema.safeParse({ roles: { 'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' } } }).success //=> true
 * directoryFileSchema.safeParse({ roles: { 'team-manager': { name: 'Team Manager', email: 'a@example.gov.uk; b@example.gov.uk' } } }).success //=> false
 */
export const directoryFileSchema = z
  .object({
    from: contactSchema.optional(),
    fallback: contactSchema.optional(),
    roles: roleMap.optional(),
    teams: z.record(z.string(), roleMap).optional(),
  })
  .strict();

/**
 * A checked role directory (from {@link parseDirectory}).
 *
 * @example
 * import { parseDirectory } from 'statutory-complaints/chase';
 * import { getPolicy } from 'statutory-complaints';
 * const directory = parseDirectory({ roles: { 'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' } } }, getPolicy('dudley'));
 * directory.roles['team-manager'].email //=> 'tm@example.gov.uk'
 * directory.teams //=> {}
 */
export interface RoleDirectory {
  /** The sender of the chasing emails (`From:`), if the directory names one. */
  readonly from?: Contact;
  /** Where a message goes for a role with nobody listed; without it, the preset's complaints mailbox. */
  readonly fallback?: Contact;
  /** The default person or mailbox for each role, by role id. */
  readonly roles: Readonly<Record<string, Contact>>;
  /** Per team or service area (by team id), the people who differ from the defaults. */
  readonly teams: Readonly<Record<string, Readonly<Record<string, Contact>>>>;
}

/** Options of {@link parseDirectory}. */
export interface ParseDirectoryOptions {
  /** The file name, shown in the error. */
  readonly fileName?: string;
  /** Where each path is written in the file, to give problems their line and column. */
  readonly sourceMap?: PolicySourceMap;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function suggestion(name: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 4)) ? ` Did you mean \`${best}\`?` : '';
}

type Segment = string | number;

function zodMessage(issue: z.core.$ZodIssue, path: readonly Segment[]): { code: string; message: string; path: readonly Segment[] }[] {
  if (issue.code === 'unrecognized_keys') {
    const where = path.length === 0 ? 'the top level' : 'a contact';
    const allowed = path.length === 0 ? '`from`, `fallback`, `roles` and `teams`' : '`name` and `email`';
    return issue.keys.map((key) => ({
      code: 'unknown-key',
      path: [...path, key],
      message: `${keyForMessage(key)} is not a field of ${where}: use ${allowed}.`,
    }));
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return [{ code: 'missing-field', path, message: 'is required.' }];
  }
  if (issue.code === 'invalid_type' && path.length > 0 && typeof path[path.length - 1] === 'string' && ['from', 'fallback'].includes(String(path[path.length - 1]))) {
    return [{ code: 'invalid-type', path, message: 'must be a contact with a `name` and an `email`.' }];
  }
  if (issue.code === 'invalid_type' && (issue.expected === 'object' || issue.expected === 'record')) {
    return [
      {
        code: 'invalid-type',
        path,
        message:
          path.length === 0
            ? 'must be a map with `roles` (and optionally `from`, `fallback`, `teams`).'
            : 'must be a map: a contact `{ name, email }`, or role ids to contacts.',
      },
    ];
  }
  const message = issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
  return [{ code: issue.code === 'custom' ? 'invalid-value' : issue.code.replace(/_/g, '-'), path, message }];
}

function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

/**
 * Checks a role directory (the data of a YAML or JSON file, or an object built in code) against a policy: every
 * role named must be a role of the policy (with a did-you-mean), team ids are lower-case kebab-case, and each entry
 * is one contact `{ name, email }` whose address is one header-safe address and whose name is one line.
 *
 * File layout:
 *
 * ```yaml
 * from: { name: Children's Complaints Team, email: complaints@example.gov.uk }   # the sender (optional)
 * fallback: { name: Children's Complaints Team, email: complaints@example.gov.uk } # a role nobody is listed for
 * roles:                          # the default person or mailbox for each role of the policy
 *   team-manager: { name: Duty Team Manager, email: duty.tm@example.gov.uk }
 *   service-manager: { name: Service Manager, email: sm@example.gov.uk }
 * teams:                          # optional: per team or service area, those who differ
 *   north-locality:
 *     team-manager: { name: North Team Manager, email: north.tm@example.gov.uk }
 * ```
 *
 * @throws {@link DirectoryValidationError} listing every problem (with line and column when `options.sourceMap` is given).
 *
 * @example
 * import { parseDirectory, DirectoryValidationError } from 'statutory-complaints/chase';
 * import { getPolicy } from 'statutory-complaints';
 * const dudley = getPolicy('dudley');
 * const d = parseDirectory({ roles: { 'team-manager': { name: 'Team Manager', email: 'tm@example.gov.uk' } }, teams: { north: { 'team-manager': { name: 'North TM', email: 'north@example.gov.uk' } } } }, dudley);
 * d.teams.north['team-manager'].name //=> 'North TM'
 * let caught;
 * try { parseDirectory({ roles: { 'team-manager': { name: 'Team Manager', email: 'Team Manager <tm@example.gov.uk>' } } }, dudley); } catch (e) { caught = e; }
 * caught instanceof DirectoryValidationError //=> true
 * caught.issues[0].path //=> 'roles.team-manager.email'
 */
export function parseDirectory(data: unknown, policy: Policy, options: ParseDirectoryOptions = {}): RoleDirectory {
  const found: { code: string; message: string; path: readonly Segment[] }[] = [];
  const parsed = directoryFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) found.push(...zodMessage(issue, issue.path as Segment[]));
  }
  const roles = Object.keys(policy.roles);
  const checkRoles = (map: unknown, at: readonly Segment[]) => {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) return;
    for (const role of Object.keys(map)) {
      if (roles.includes(role)) continue;
      found.push({
        code: 'unknown-role',
        path: [...at, role],
        message: `${keyForMessage(role)} is not a role of the policy \`${policy.id}\`.${suggestion(role, roles)} Roles: ${roles.join(', ')}.`,
      });
    }
  };
  if (typeof data === 'object' && data !== null) {
    const d = data as Record<string, unknown>;
    checkRoles(d.roles, ['roles']);
    if (typeof d.teams === 'object' && d.teams !== null && !Array.isArray(d.teams)) {
      for (const [team, map] of Object.entries(d.teams)) {
        if (!ID.test(team)) {
          found.push({
            code: 'bad-team-id',
            path: ['teams', team],
            message: `${keyForMessage(team)} is not a team id: write it in lower-case kebab-case, e.g. \`north-locality\`.`,
          });
        }
        checkRoles(map, ['teams', team]);
      }
    }
  }
  if (found.length > 0) {
    const seen = new Set<string>();
    const issues: ValidationIssue[] = [];
    for (const f of found) {
      const path = formatPath(f.path);
      const id = `${path}|${f.code}`;
      if (seen.has(id)) continue;
      seen.add(id);
      // A path with a key that may be personal data is not shown: its parent is.
      const shown = f.path.every((s) => typeof s === 'number' || s === '' || /^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(s)) ? path : formatPath(f.path.slice(0, -1));
      const pos = options.sourceMap?.position(f.path) ?? options.sourceMap?.position(f.path.slice(0, -1));
      issues.push({ path: shown, code: f.code, message: f.message, ...(pos ? { line: pos.line, column: pos.column } : {}) });
    }
    issues.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? Infinity) - (b.column ?? Infinity));
    throw new DirectoryValidationError(issues, options.fileName);
  }
  const v = parsed.data!;
  const freeze = (m: Record<string, { name: string; email: string }> | undefined) =>
    Object.freeze(Object.fromEntries(Object.entries(m ?? {}).map(([k, c]) => [k, Object.freeze({ name: c.name, email: c.email })])));
  return Object.freeze({
    ...(v.from ? { from: Object.freeze({ ...v.from }) } : {}),
    ...(v.fallback ? { fallback: Object.freeze({ ...v.fallback }) } : {}),
    roles: freeze(v.roles),
    teams: Object.freeze(Object.fromEntries(Object.entries(v.teams ?? {}).map(([t, m]) => [t, freeze(m)]))),
  });
}

/** Who a case's roles are: the directory's defaults, the team's people over them, the allocated person over those. */
export interface CaseContacts {
  readonly directory: Directory;
  /** Roles with nobody listed (they go to the fallback, or the preset's complaints mailbox). */
  readonly unlisted: ReadonlySet<string>;
}

/** @internal Builds the per-case directory, cached for the cases with no allocated address. */
export class ContactsCache {
  private readonly byTeam = new Map<string, CaseContacts>();
  constructor(
    private readonly dir: RoleDirectory,
    private readonly roles: readonly string[],
  ) {}

  for(team: string | undefined, allocated: { role: string; name: string; email: string } | undefined): CaseContacts {
    if (allocated === undefined) {
      const k = team ?? '';
      let c = this.byTeam.get(k);
      if (!c) {
        c = this.build(team, undefined);
        this.byTeam.set(k, c);
      }
      return c;
    }
    return this.build(team, allocated);
  }

  private build(team: string | undefined, allocated: { role: string; name: string; email: string } | undefined): CaseContacts {
    const own = team !== undefined && Object.prototype.hasOwnProperty.call(this.dir.teams, team) ? this.dir.teams[team] : undefined;
    const out: Record<string, Contact> = Object.create(null) as Record<string, Contact>;
    const unlisted = new Set<string>();
    for (const role of this.roles) {
      const c =
        allocated && allocated.role === role
          ? { name: allocated.name, email: allocated.email }
          : own && Object.prototype.hasOwnProperty.call(own, role)
            ? own[role]
            : Object.prototype.hasOwnProperty.call(this.dir.roles, role)
              ? this.dir.roles[role]
              : undefined;
      if (c) out[role] = c;
      else {
        unlisted.add(role);
        if (this.dir.fallback) out[role] = this.dir.fallback;
      }
    }
    return { directory: out, unlisted };
  }
}
