/**
 * Checks between parts of a policy that its shape alone cannot express: every role, template and stage used is
 * declared; ids and codes are unique; a chasing ladder runs in order; a timescale has one length in one unit and an
 * extension's maximum is in that unit and not below it; `escalatesTo` chains end; dates are real; every placeholder
 * a template uses is one the library fills in or the preset declares.
 *
 * They run on the merged data even when its shape has problems, so that every problem is reported at once; each
 * check looks only at values of the right type and leaves the rest to the shape check.
 *
 * @module
 */
import { DateOutOfRangeError } from '../errors.js';
import { parseDate } from '../calendar/date.js';
import { IssueList, Phase } from './issues.js';
import { isMap, own, type DataMap, type PathSegment, type PolicyPath } from './paths.js';
import { normalisePlaceholderName, WORKFLOW_PLACEHOLDERS } from './placeholders.js';
import { PATTERNS } from './schema.js';
import { closest } from './suggest.js';
import { findPlaceholders } from './template-placeholders.js';

/** The pseudo-role of reminders and follow-ups: whoever responds at the stage concerned. */
export const RESPONDER = 'responder';

/** The fields a case type's calendar may override. */
const CALENDAR_FIELDS: readonly string[] = ['holidays', 'closures', 'receiptCutOff', 'nonWorkingDayReceipt'];

function codeList(values: readonly string[]): string {
  return values.length === 0 ? '(none yet)' : values.map((v) => `\`${v}\``).join(', ');
}

function ordinal(n: number): string {
  const s = ['th', 'st', 'nd', 'rd'];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}

function keysOf(value: unknown): string[] {
  return isMap(value) ? Object.keys(value) : [];
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function maps(value: unknown): [string, DataMap][] {
  return isMap(value) ? Object.entries(value).filter((e): e is [string, DataMap] => isMap(e[1])) : [];
}

/** Runs every cross-reference check on `policy` (the merged data), adding problems to `issues`. */
export function checkReferences(policy: unknown, issues: IssueList, written: (path: PolicyPath) => boolean = () => true): void {
  if (!isMap(policy)) return;
  const add = (path: PolicyPath, code: string, message: string, textIndex?: number) =>
    issues.add(Phase.References, path, code, message, textIndex);

  const roleIds = keysOf(own(policy, 'roles'));
  const roleSet = new Set(roleIds);
  const templateIds = keysOf(own(policy, 'templates'));
  const templateSet = new Set(templateIds);

  // When `roles` or `templates` is not a map, its own shape problem is reported; references to it are not checked.
  const rolesDeclared = isMap(own(policy, 'roles'));
  const templatesDeclared = own(policy, 'templates') === undefined || isMap(own(policy, 'templates'));
  const checkRole = (value: unknown, path: PolicyPath, allowResponder: boolean) => {
    if (typeof value !== 'string' || roleSet.has(value) || !rolesDeclared) return;
    if (value === RESPONDER) {
      if (allowResponder) return;
      add(
        path,
        'unknown-role',
        '`responder` (whoever responds at the stage) can be used only in the `to` and `cc` of a reminder, a referral or a follow-up. Name a role declared under `roles` here.',
      );
      return;
    }
    const suggestion = closest(value, allowResponder ? [...roleIds, RESPONDER] : roleIds);
    add(
      path,
      'unknown-role',
      `This role is not declared under \`roles\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} ` +
        `Declare it under \`roles\` with its \`title\`, or use a declared role: ${codeList(roleIds)}` +
        `${allowResponder ? ' (or `responder` for whoever responds at the stage)' : ''}.`,
    );
  };
  const checkRoles = (value: unknown, path: PolicyPath, allowResponder: boolean) =>
    list(value).forEach((r, i) => checkRole(r, [...path, i], allowResponder));
  const checkTemplate = (value: unknown, path: PolicyPath) => {
    if (typeof value !== 'string' || templateSet.has(value) || !templatesDeclared) return;
    const suggestion = closest(value, templateIds);
    add(
      path,
      'unknown-template',
      `There is no template with this id under \`templates\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} ` +
        `Add the template, or use one of: ${codeList(templateIds)}.`,
    );
  };
  const checkDate = (value: unknown, path: PolicyPath) => {
    if (typeof value !== 'string' || !PATTERNS.date.test(value)) return;
    try {
      parseDate(value, 'date');
    } catch (error) {
      add(
        path,
        'bad-date',
        error instanceof DateOutOfRangeError
          ? 'This date is outside the supported range, 1900-01-01 to 2199-12-31. Check the year.'
          : 'This is not a real calendar date: check the day and the month (YYYY-MM-DD).',
      );
    }
  };
  const checkUniqueIds = (items: unknown, path: PolicyPath, what: string) => {
    const seen = new Map<string, number>();
    list(items).forEach((item, i) => {
      const id = own(item, 'id');
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else add([...path, i, 'id'], 'duplicate-id', `Another ${what} in this list (item ${first + 1}) already has this id. Give each ${what} its own id.`);
    });
  };

  const checkClosures = (closures: unknown, base: PolicyPath) => {
    const seenDates = new Map<string, number>();
    list(closures).forEach((closure, i) => {
      const date = own(closure, 'date');
      const path = [...base, i, 'date'];
      checkDate(date, path);
      if (typeof date !== 'string') return;
      const first = seenDates.get(date);
      if (first === undefined) seenDates.set(date, i);
      else add(path, 'duplicate-date', `This date is already listed as closure ${first + 1}. List each closed day once.`);
    });
  };

  // Identity and calendar.
  checkDate(own(policy, 'effectiveFrom'), ['effectiveFrom']);
  checkClosures(own(own(policy, 'calendar'), 'closures'), ['calendar', 'closures']);

  // Roles and the chain of responsibility.
  for (const [id, role] of maps(own(policy, 'roles'))) {
    if (id === RESPONDER) {
      add(['roles', id], 'reserved-role', '`responder` is reserved: in reminders it means whoever responds at the stage. Give this role another id.');
    }
    const up = own(role, 'escalatesTo');
    if (up === id) add(['roles', id, 'escalatesTo'], 'role-cycle', 'A role cannot escalate to itself. Name the role one rung up, or remove `escalatesTo`.');
    else checkRole(up, ['roles', id, 'escalatesTo'], false);
  }
  const reported = new Set<string>();
  for (const start of roleIds) {
    const chain: string[] = [];
    let current: string | undefined = start;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      const up = own(own(own(policy, 'roles'), current), 'escalatesTo');
      current = typeof up === 'string' && roleSet.has(up) && up !== current ? up : undefined;
    }
    if (current === undefined) continue;
    const cycle = chain.slice(chain.indexOf(current));
    if (cycle.length < 2 || cycle.some((r) => reported.has(r))) continue;
    cycle.forEach((r) => reported.add(r));
    // Report it where the file writes it, if it does: at the first role of the cycle whose `escalatesTo` it writes.
    const first =
      roleIds.find((r) => cycle.includes(r) && written(['roles', r, 'escalatesTo'])) ?? roleIds.find((r) => cycle.includes(r))!;
    const from = cycle.indexOf(first);
    const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
    add(
      ['roles', first, 'escalatesTo'],
      'role-cycle',
      `\`escalatesTo\` goes round in a circle (${ordered.map((r) => `\`${r}\``).join(' → ')}), so responsibility could never move up. End the chain at a role without \`escalatesTo\`.`,
    );
  }

  checkRole(own(own(policy, 'timeLimit'), 'decidedBy'), ['timeLimit', 'decidedBy'], false);
  checkUniqueIds(own(policy, 'outsideProcedure'), ['outsideProcedure'], 'entry');

  // Delay reasons.
  const delay = own(policy, 'delayReasons');
  if (isMap(delay)) {
    const seen = new Map<string, string>();
    const codeAt = (code: unknown, path: PolicyPath, name: string) => {
      if (typeof code !== 'string') return;
      const first = seen.get(code);
      if (first === undefined) seen.set(code, name);
      else add(path, 'duplicate-code', `This code is already used by ${first}. Each delay-reason code must be different.`);
    };
    list(own(delay, 'codes')).forEach((c, i) => codeAt(own(c, 'code'), ['delayReasons', 'codes', i, 'code'], `reason ${i + 1} in \`codes\``));
    codeAt(own(own(delay, 'awaited'), 'code'), ['delayReasons', 'awaited', 'code'], '`awaited`');
    checkTemplate(own(delay, 'requestTemplate'), ['delayReasons', 'requestTemplate']);
    const followUp = own(delay, 'followUp');
    checkRoles(own(followUp, 'to'), ['delayReasons', 'followUp', 'to'], true);
    checkRoles(own(followUp, 'cc'), ['delayReasons', 'followUp', 'cc'], true);
    checkTemplate(own(followUp, 'template'), ['delayReasons', 'followUp', 'template']);
  }

  // Case types and their stages.
  for (const [caseTypeId, caseType] of maps(own(policy, 'caseTypes'))) {
    // A case type's own calendar: what differs from the policy's, checked like the policy's.
    const calendar = own(caseType, 'calendar');
    if (isMap(calendar)) {
      const calendarPath: PathSegment[] = ['caseTypes', caseTypeId, 'calendar'];
      checkClosures(own(calendar, 'closures'), [...calendarPath, 'closures']);
      if (!CALENDAR_FIELDS.some((field) => own(calendar, field) !== undefined)) {
        add(
          calendarPath,
          'empty-calendar',
          `This case type's \`calendar\` changes nothing: give the fields that differ from the policy's calendar (${codeList(CALENDAR_FIELDS)}), or remove it to count on the policy's calendar.`,
        );
      }
    }
    const stagesValue = own(caseType, 'stages');
    const stageIds = keysOf(stagesValue);
    for (const [stageId, stage] of maps(stagesValue)) {
      const base: PathSegment[] = ['caseTypes', caseTypeId, 'stages', stageId];
      checkRole(own(stage, 'responder'), [...base, 'responder'], false);
      checkRoles(own(stage, 'respondsWith'), [...base, 'respondsWith'], false);

      const timescale = own(stage, 'timescale');
      checkTimescale(timescale, [...base, 'timescale'], add);
      const panel = own(stage, 'panel');
      for (const part of ['meetWithin', 'hearingNotice', 'report', 'response']) checkTimescale(own(panel, part), [...base, 'panel', part], add);
      checkRoles(own(panel, 'respondsWith'), [...base, 'panel', 'respondsWith'], false);

      const steps = own(stage, 'steps');
      checkUniqueIds(steps, [...base, 'steps'], 'step');
      list(steps).forEach((step, i) => {
        checkRole(own(step, 'by'), [...base, 'steps', i, 'by'], false);
        checkTimescale(own(step, 'timescale'), [...base, 'steps', i, 'timescale'], add);
      });

      checkExtension(own(stage, 'extension'), timescale, [...base, 'extension'], add);

      const escalation = own(stage, 'escalation');
      const to = own(escalation, 'to');
      if (typeof to === 'string') {
        if (to === stageId) {
          add([...base, 'escalation', 'to'], 'unknown-stage', 'A stage cannot escalate to itself. Name the next stage of this case type.');
        } else if (!stageIds.includes(to)) {
          const suggestion = closest(to, stageIds);
          add(
            [...base, 'escalation', 'to'],
            'unknown-stage',
            `There is no stage with this id in case type \`${caseTypeId}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Use one of its stages: ${codeList(stageIds.filter((s) => s !== stageId))}.`,
          );
        }
      }

      const referral = own(stage, 'referral');
      checkRoles(own(referral, 'to'), [...base, 'referral', 'to'], true);
      checkRoles(own(referral, 'cc'), [...base, 'referral', 'cc'], true);
      checkTemplate(own(referral, 'template'), [...base, 'referral', 'template']);

      const reminders = own(stage, 'reminders');
      checkUniqueIds(reminders, [...base, 'reminders'], 'reminder');
      let previous: { offset: number; index: number } | undefined;
      list(reminders).forEach((reminder, i) => {
        const path = [...base, 'reminders', i];
        const offset = own(reminder, 'offsetWorkingDays');
        if (typeof offset === 'number' && Number.isFinite(offset)) {
          if (previous !== undefined && offset <= previous.offset) {
            add(
              [...path, 'offsetWorkingDays'],
              'ladder-order',
              `Reminders must be listed in order of \`offsetWorkingDays\`, each later than the one before, but this one is not later than reminder ${previous.index + 1}. Reorder the reminders or correct the offset.`,
            );
          }
          previous = { offset, index: i };
        }
        checkRoles(own(reminder, 'to'), [...path, 'to'], true);
        checkRoles(own(reminder, 'cc'), [...path, 'cc'], true);
        checkTemplate(own(reminder, 'template'), [...path, 'template']);
      });
    }
  }

  checkTemplates(policy, add);
}

type Add = (path: PolicyPath, code: string, message: string, textIndex?: number) => void;

function checkTimescale(timescale: unknown, path: PolicyPath, add: Add): void {
  if (!isMap(timescale)) return;
  const days = own(timescale, 'workingDays') !== undefined;
  const months = own(timescale, 'calendarMonths') !== undefined;
  if (days && months) add(path, 'timescale-unit', 'Give either `workingDays` or `calendarMonths` for this timescale, not both.');
  else if (!days && !months) add(path, 'timescale-unit', 'This timescale has no length: add `workingDays` (or `calendarMonths`).');
}

function checkExtension(extension: unknown, timescale: unknown, path: PolicyPath, add: Add): void {
  if (!isMap(extension)) return;
  const maxDays = own(extension, 'maxWorkingDays');
  const maxMonths = own(extension, 'maxCalendarMonths');
  if (maxDays !== undefined && maxMonths !== undefined) {
    add(path, 'extension-unit', 'Give the maximum either as `maxWorkingDays` or as `maxCalendarMonths`, not both.');
    return;
  }
  if (maxDays === undefined && maxMonths === undefined) return; // no maximum: e.g. a period agreed with the complainant
  const days = own(timescale, 'workingDays');
  const months = own(timescale, 'calendarMonths');
  if (days !== undefined && months !== undefined) return; // reported on the timescale
  if (days !== undefined && maxMonths !== undefined) {
    add([...path, 'maxCalendarMonths'], 'extension-unit', 'This stage\'s timescale is in working days, so give the maximum as `maxWorkingDays`, not `maxCalendarMonths`.');
  } else if (months !== undefined && maxDays !== undefined) {
    add([...path, 'maxWorkingDays'], 'extension-unit', 'This stage\'s timescale is in calendar months, so give the maximum as `maxCalendarMonths`, not `maxWorkingDays`.');
  } else if (typeof days === 'number' && typeof maxDays === 'number' && maxDays < days) {
    add(
      [...path, 'maxWorkingDays'],
      'extension-below-base',
      'The maximum with extensions is shorter than the stage\'s own timescale (`timescale.workingDays`). It must be the same or longer.',
    );
  } else if (typeof months === 'number' && typeof maxMonths === 'number' && maxMonths < months) {
    add(
      [...path, 'maxCalendarMonths'],
      'extension-below-base',
      'The maximum with extensions is shorter than the stage\'s own timescale (`timescale.calendarMonths`). It must be the same or longer.',
    );
  }
}

function checkTemplates(policy: DataMap, add: Add): void {
  const known = new Map<string, string>();
  for (const name of Object.keys(WORKFLOW_PLACEHOLDERS)) known.set(normalisePlaceholderName(name), name);
  const declared = new Map<string, number>();
  list(own(policy, 'placeholders')).forEach((name, i) => {
    if (typeof name !== 'string') return;
    const key = normalisePlaceholderName(name);
    const first = declared.get(key);
    if (first !== undefined) {
      add(['placeholders', i], 'duplicate-placeholder', `This name is already declared (item ${first + 1} of \`placeholders\`; case, spaces, hyphens and underscores do not count). List it once.`);
      return;
    }
    declared.set(key, i);
    if (!known.has(key)) known.set(key, name);
  });
  const knownNames = [...known.values()];

  for (const [templateId, template] of maps(own(policy, 'templates'))) {
    const used = new Map<string, string>();
    for (const field of ['subject', 'body'] as const) {
      const text = own(template, field);
      if (typeof text !== 'string') continue;
      findPlaceholders(text).forEach((p, n) => {
        const key = normalisePlaceholderName(p.name);
        const path = ['templates', templateId, field];
        const canonical = known.get(key);
        if (canonical === undefined) {
          const suggestion = closest(p.name, knownNames);
          add(
            path,
            'unknown-placeholder',
            `The ${ordinal(n + 1)} placeholder in \`${field}\` is not one the library fills in, nor one declared under \`placeholders\`.` +
              `${suggestion ? ` Did you mean \`((${suggestion}))\`?` : ''} Correct the name, or declare it under \`placeholders\` if your system supplies it.`,
            p.index,
          );
          return;
        }
        if (!used.has(key)) used.set(key, canonical);
      });
    }
    for (const dateKey of keysOf(own(template, 'dates'))) {
      if (used.has(normalisePlaceholderName(dateKey))) continue;
      const suggestion = closest(dateKey, [...used.values()]);
      add(
        ['templates', templateId, 'dates', dateKey],
        'unused-date-style',
        `\`${dateKey}\` is not a placeholder this template uses, so its date style has no effect.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} Correct the name or remove the line.`,
      );
    }
  }
}
