/**
 * Checks between parts of a policy that its shape alone cannot express: every role, template and stage used is
 * declared; ids and codes are unique; a chasing ladder runs in order; a timescale, a target and an escalation window
 * each have one length in one unit, and an extension's maximum (if any) is in the timescale's unit and not below it;
 * `escalatesTo` chains end and each says where the rule comes from; dates are real; every placeholder a template
 * uses is one the library fills in or the preset declares.
 *
 * They run on the merged data even when its shape has problems, so that every problem is reported at once; each
 * check looks only at values of the right type and leaves the rest to the shape check.
 *
 * @module
 */
import { DateOutOfRangeError, isEchoableKey } from '../errors.js';
import { parseDate } from '../calendar/index.js';
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

/** The ids in backticks; an id that does not look like a field name (it may be a person's name) is not shown. */
function codeList(values: readonly string[]): string {
  const shown = values.filter(isEchoableKey);
  const hidden = values.length - shown.length;
  if (values.length === 0) return '(none yet)';
  const list = shown.map((v) => `\`${v}\``).join(', ');
  return hidden === 0 ? list : `${list}${list ? ' ' : ''}(and ${hidden} not shown: they do not look like ids)`;
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
  const add = (path: PolicyPath, code: string, message: string, textIndex?: number) => issues.add(Phase.References, path, code, message, textIndex);

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
    const suggestion = closest(value, (allowResponder ? [...roleIds, RESPONDER] : roleIds).filter(isEchoableKey));
    add(
      path,
      'unknown-role',
      `This role is not declared under \`roles\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ''} ` +
        `Declare it under \`roles\` with its \`title\`, or use a declared role: ${codeList(roleIds)}` +
        `${allowResponder ? ' (or `responder` for whoever responds at the stage)' : ''}.`,
    );
  };
  const checkRoles = (value: unknown, path: PolicyPath, allowResponder: boolean) => list(value).forEach((r, i) => checkRole(r, [...path, i], allowResponder));
  const checkTemplate = (value: unknown, path: PolicyPath) => {
    if (typeof value !== 'string' || templateSet.has(value) || !templatesDeclared) return;
    const suggestion = closest(value, templateIds.filter(isEchoableKey));
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
    if (up !== undefined && up !== null && own(role, 'source') === undefined) {
      add(
        ['roles', id, 'source'],
        'missing-source',
        'This role has `escalatesTo`, so it needs a `source`: where the rule comes from that the complaint goes one rung up, to that role, when it is about the person in this role. Write the statute or guidance paragraph, or `local: <council document>`.',
      );
    }
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
    const first = roleIds.find((r) => cycle.includes(r) && written(['roles', r, 'escalatesTo'])) ?? roleIds.find((r) => cycle.includes(r))!;
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
    const caseTypePath: PathSegment[] = ['caseTypes', caseTypeId];
    checkTarget(own(caseType, 'acknowledgement'), [...caseTypePath, 'acknowledgement'], 'acknowledged', add);
    checkTarget(own(caseType, 'allocation'), [...caseTypePath, 'allocation'], 'allocated', add);
    checkTarget(own(caseType, 'normalBusiness'), [...caseTypePath, 'normalBusiness'], undefined, add);
    const stagesValue = own(caseType, 'stages');
    const stageIds = keysOf(stagesValue);
    for (const [stageId, stage] of maps(stagesValue)) {
      const base: PathSegment[] = ['caseTypes', caseTypeId, 'stages', stageId];
      checkRole(own(stage, 'responder'), [...base, 'responder'], false);
      checkRoles(own(stage, 'respondsWith'), [...base, 'respondsWith'], false);

      const timescale = own(stage, 'timescale');
      checkTimescale(timescale, [...base, 'timescale'], add);
      if (isMap(stage)) checkChoiceSource(stage, 'lateRequestClockStart', base, add);
      checkTarget(own(stage, 'acknowledgement'), [...base, 'acknowledgement'], 'acknowledged', add);
      checkTarget(own(stage, 'allocation'), [...base, 'allocation'], 'allocated', add);
      const panel = own(stage, 'panel');
      for (const part of ['meetWithin', 'report', 'response']) checkTimescale(own(panel, part), [...base, 'panel', part], add);
      checkHearingNotice(own(panel, 'hearingNotice'), [...base, 'panel', 'hearingNotice'], add);
      checkRoles(own(panel, 'respondsWith'), [...base, 'panel', 'respondsWith'], false);

      const steps = own(stage, 'steps');
      checkUniqueIds(steps, [...base, 'steps'], 'step');
      list(steps).forEach((step, i) => {
        checkRole(own(step, 'by'), [...base, 'steps', i, 'by'], false);
        checkTimescale(own(step, 'timescale'), [...base, 'steps', i, 'timescale'], add);
      });

      checkExtension(own(stage, 'extension'), timescale, [...base, 'extension'], add, written);

      const escalation = own(stage, 'escalation');
      checkWindow(escalation, [...base, 'escalation'], add);
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

/** The units a count may be given in, by field name, with how messages name them. */
const TIMESCALE_UNITS = ['workingDays', 'calendarDays', 'calendarMonths'] as const;
const TARGET_UNITS = ['workingDays', 'calendarDays'] as const;
const WINDOW_UNITS = ['windowWorkingDays', 'windowCalendarDays', 'windowCalendarMonths'] as const;
const MAXIMUM_OF: Readonly<Record<(typeof TIMESCALE_UNITS)[number], string>> = {
  workingDays: 'maxWorkingDays',
  calendarDays: 'maxCalendarDays',
  calendarMonths: 'maxCalendarMonths',
};
const UNIT_WORDS: Readonly<Record<(typeof TIMESCALE_UNITS)[number], string>> = {
  workingDays: 'working days',
  calendarDays: 'calendar days',
  calendarMonths: 'calendar months',
};

/** `a`, `a` or `b`, `a`, `b` or `c`. */
function orList(fields: readonly string[]): string {
  const quoted = fields.map((f) => `\`${f}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** The unit fields given in `value` (those that are not `undefined`). */
function unitsGiven(value: DataMap, fields: readonly string[]): string[] {
  return fields.filter((f) => own(value, f) !== undefined);
}

/** Exactly one unit: reports none or several at `path`. */
function checkOneUnit(value: DataMap, fields: readonly string[], path: PolicyPath, what: string, add: Add): void {
  const given = unitsGiven(value, fields);
  if (given.length > 1) add(path, 'timescale-unit', `Give only one of ${orList(fields)} for this ${what}, not ${given.length === 2 ? 'both' : 'several'}.`);
  else if (given.length === 0) add(path, 'timescale-unit', `This ${what} has no length: add ${orList(fields)}.`);
}

function checkTimescale(timescale: unknown, path: PolicyPath, add: Add): void {
  if (!isMap(timescale)) return;
  checkOneUnit(timescale, TIMESCALE_UNITS, path, 'timescale', add);
  checkChoiceSource(timescale, 'calendarMonthsEnd', path, add);
  if (own(timescale, 'calendarMonthsEnd') !== undefined && own(timescale, 'calendarMonths') === undefined) {
    add(
      [...path, 'calendarMonthsEnd'],
      'months-only',
      '`calendarMonthsEnd` says where a count of calendar months ends, but this timescale is not in `calendarMonths`. Remove it, or give the timescale in `calendarMonths`.',
    );
  }
}

/**
 * A reading the library used to make silently (issue 16), e.g. `windowFrom`: when a preset states it, it states its
 * source too (`windowFromSource`), or says `no source found` and why.
 */
function checkChoiceSource(value: DataMap, field: string, path: PolicyPath, add: Add): void {
  if (own(value, field) === undefined || own(value, `${field}Source`) !== undefined) return;
  add(
    [...path, `${field}Source`],
    'missing-source',
    `This has \`${field}\`, so it needs \`${field}Source\`: where that reading comes from (the statute, guidance paragraph or \`local: <council document>\`), or \`no source found\` and why it was chosen.`,
  );
}

/** A target: one unit, and not counted from the very event it is the target for. */
function checkTarget(target: unknown, path: PolicyPath, itself: string | undefined, add: Add): void {
  if (!isMap(target)) return;
  checkOneUnit(target, TARGET_UNITS, path, 'target', add);
  checkChoiceSource(target, 'startDay', path, add);
  if (itself !== undefined && own(target, 'from') === itself) {
    add(
      [...path, 'from'],
      'target-from-itself',
      `This target cannot count from \`${itself}\`, the event it is the target for. Count it from \`received\` (the default: the date of receipt, or of the request for the stage) or another earlier event.`,
    );
  }
}

/** A panel's hearing notice is counted back from the hearing date, in working days. */
function checkHearingNotice(notice: unknown, path: PolicyPath, add: Add): void {
  if (!isMap(notice)) return;
  const given = unitsGiven(notice, TIMESCALE_UNITS);
  if (given.length === 1 && given[0] !== 'workingDays') {
    add([...path, given[0]!], 'timescale-unit', 'The notice before a hearing is counted back from the hearing date in working days: give it as `workingDays`.');
  } else {
    checkTimescale(notice, path, add);
  }
}

/** An escalation window: exactly one of its three units. */
function checkWindow(escalation: unknown, path: PolicyPath, add: Add): void {
  if (!isMap(escalation)) return;
  checkOneUnit(escalation, WINDOW_UNITS, path, 'window to ask for the next stage', add);
  checkChoiceSource(escalation, 'windowFrom', path, add);
}

function checkExtension(extension: unknown, timescale: unknown, path: PolicyPath, add: Add, written: (path: PolicyPath) => boolean): void {
  if (!isMap(extension)) return;
  checkChoiceSource(extension, 'calendarMonthsFrom', path, add);
  if (own(extension, 'calendarMonthsFrom') !== undefined && isMap(timescale) && own(timescale, 'calendarMonths') === undefined) {
    add(
      [...path, 'calendarMonthsFrom'],
      'months-only',
      "`calendarMonthsFrom` says where extended calendar months are counted from, but this stage's timescale is not in `calendarMonths`. Remove it, or give the timescale in `calendarMonths`.",
    );
  }
  const maxima = unitsGiven(extension, Object.values(MAXIMUM_OF));
  if (maxima.length > 1) {
    add(path, 'extension-unit', `Give the maximum in one unit only: one of ${orList(Object.values(MAXIMUM_OF))}, not ${maxima.length === 2 ? 'both' : 'several'}.`);
    return;
  }
  const mayExceed = own(extension, 'localDateMayExceed');
  if (maxima.length === 0) {
    // No maximum: the source sets no ceiling (e.g. a period agreed with the complainant). Whether a local date may
    // go beyond a maximum then means nothing; say so when this file writes it.
    if (mayExceed !== undefined && written([...path, 'localDateMayExceed'])) {
      add(
        [...path, 'localDateMayExceed'],
        'no-maximum',
        'This extension has no maximum, so `localDateMayExceed` has no effect. Remove it, or give the maximum the source sets (e.g. `maxWorkingDays`).',
      );
    }
    return;
  }
  const max = maxima[0]!;
  if (mayExceed === undefined) {
    add(
      [...path, 'localDateMayExceed'],
      'missing-field',
      '`localDateMayExceed` is missing from `extension`. With a maximum, say whether a date agreed locally with the complainant may go beyond it: `true` (the date is kept and flagged) or `false` (it is refused).',
    );
  }
  if (!isMap(timescale)) return;
  const units = unitsGiven(timescale, TIMESCALE_UNITS) as (typeof TIMESCALE_UNITS)[number][];
  if (units.length !== 1) return; // reported on the timescale
  const unit = units[0]!;
  if (MAXIMUM_OF[unit] !== max) {
    add([...path, max], 'extension-unit', `This stage's timescale is in ${UNIT_WORDS[unit]}, so give the maximum as \`${MAXIMUM_OF[unit]}\`, not \`${max}\`.`);
    return;
  }
  const base = own(timescale, unit);
  const limit = own(extension, max);
  if (typeof base === 'number' && typeof limit === 'number' && limit < base) {
    add(
      [...path, max],
      'extension-below-base',
      `The maximum with extensions is shorter than the stage's own timescale (\`timescale.${unit}\`). It must be the same or longer.`,
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
      add(
        ['placeholders', i],
        'duplicate-placeholder',
        `This name is already declared (item ${first + 1} of \`placeholders\`; case, spaces, hyphens and underscores do not count). List it once.`,
      );
      return;
    }
    declared.set(key, i);
    if (!known.has(key)) known.set(key, name);
  });
  const knownNames = [...known.values()];

  const correspondence = own(policy, 'correspondence');
  const languages = list(own(correspondence, 'languages'));
  const welshNames = own(correspondence, 'welsh');
  const writesWelsh = languages.includes('welsh');
  for (const [templateId, template] of maps(own(policy, 'templates'))) {
    const used = new Map<string, string>();
    const welsh = own(template, 'welsh');
    if (writesWelsh && welsh === undefined) {
      add(
        ['templates', templateId],
        'missing-welsh-text',
        'This preset writes its correspondence in Welsh too (`correspondence.languages` lists `welsh`), and this template has no Welsh text, so a letter or email to a Welsh-language case would fail. ' +
          'Add `welsh:` with the `subject` and `body` your translation unit wrote (docs/welsh.md), or remove `welsh` from `correspondence.languages`.',
      );
    }
    const welshUsed = new Set<string>();
    for (const [where, field] of [
      [[], 'subject'],
      [[], 'body'],
      [['welsh'], 'subject'],
      [['welsh'], 'body'],
    ] as const) {
      const text = own(where.length === 0 ? template : welsh, field);
      if (typeof text !== 'string') continue;
      findPlaceholders(text).forEach((p, n) => {
        const key = normalisePlaceholderName(p.name);
        if (where.length > 0) welshUsed.add(key);
        const path = ['templates', templateId, ...where, field];
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
    checkWelshNames(policy, templateId, welshUsed, welshNames, add);
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

/**
 * The preset's own names a template's Welsh text quotes must have Welsh forms under `correspondence.welsh`: the
 * complaints team's and the ombudsman's names (when the preset has them), and the title of every stage (for
 * `((stage))` and `((next stage))`: which stage a letter is about is known only when it is written), and, for
 * `((delay reasons))`, the label of every reason (`correspondence.welsh.delayReasons`, by code).
 */
function checkWelshNames(policy: DataMap, templateId: string, used: ReadonlySet<string>, welshNames: unknown, add: Add): void {
  if (used.size === 0) return;
  const where = ['templates', templateId, 'welsh'];
  const contacts = own(policy, 'contacts');
  const need = (placeholder: string, present: boolean, field: string) => {
    if (!used.has(normalisePlaceholderName(placeholder)) || present || own(welshNames, field) !== undefined) return;
    add(
      where,
      'missing-welsh-name',
      `The Welsh text uses ((${placeholder})), and the preset gives no Welsh form of it: add \`correspondence.welsh.${field}\` (your translation unit's wording), or write the name into the Welsh text.`,
    );
  };
  need('complaints team', own(contacts, 'complaintsMailbox') === undefined, 'complaintsTeam');
  need('ombudsman name', own(contacts, 'ombudsman') === undefined, 'ombudsmanName');
  if (used.has(normalisePlaceholderName('delay reasons'))) {
    // Each reason's Welsh label, by its code (issue 16, remaining): the list is written in the order of the codes.
    const labels = own(welshNames, 'delayReasons');
    const codes = list(own(own(policy, 'delayReasons'), 'codes'))
      .map((c) => own(c, 'code'))
      .filter((c): c is string => typeof c === 'string');
    const missing = codes.filter((code) => own(labels, code) === undefined);
    if (missing.length > 0) {
      add(
        where,
        'missing-welsh-name',
        `The Welsh text uses ((delay reasons)), and the preset gives no Welsh label for the reason${missing.length === 1 ? '' : 's'} ${codeList(missing)}: add ${missing.length === 1 ? 'it' : 'them'} under \`correspondence.welsh.delayReasons\` (by code, your translation unit's wording), or write the reasons into the Welsh text.`,
      );
    }
  }
  if (used.has(normalisePlaceholderName('stage')) || used.has(normalisePlaceholderName('next stage'))) {
    const titles = own(welshNames, 'stageTitles');
    const missing = new Set<string>();
    for (const [, caseType] of maps(own(policy, 'caseTypes')))
      for (const stageId of keysOf(own(caseType, 'stages'))) if (own(titles, stageId) === undefined) missing.add(stageId);
    if (missing.size > 0) {
      add(
        where,
        'missing-welsh-name',
        `The Welsh text uses ((stage)) or ((next stage)), and the preset gives no Welsh title for the stage${missing.size === 1 ? '' : 's'} ${codeList([...missing])}: add them under \`correspondence.welsh.stageTitles\`.`,
      );
    }
  }
}

/**
 * A note about a valid preset: something that is allowed but that its author should know. Today: a template that
 * asks for `emphasis: marked`, which GOV.UK Notify does not render.
 *
 * @example
 * import { getPolicy, templateNotes } from 'statutory-complaints/policies';
 * const [note] = templateNotes(getPolicy('dudley'));
 * note.code //=> 'not-as-notify'
 */
export interface PolicyNote {
  /** Dotted path of the field, e.g. `templates.new-referral.emphasis`. */
  readonly path: string;
  readonly code: 'not-as-notify';
  /** The sentence the preset's author reads. */
  readonly message: string;
}

/**
 * Notes on a preset's templates that will not look the same in GOV.UK Notify: each template with
 * `emphasis: marked` (its `**bold**`, `__underline__` and `*italic*` show in the library's HTML preview, but Notify
 * prints the asterisks and underscores as typed). Used by `statutory-complaints validate`.
 *
 * @example
 * import { templateNotes } from 'statutory-complaints/policies';
 * const policy = { templates: { reminder: { subject: 'S', body: '__Please reply.__', emphasis: 'marked' } } };
 * templateNotes(policy).map((n) => n.path) //=> ['templates.reminder.emphasis']
 */
export function templateNotes(policy: { readonly templates?: Readonly<Record<string, { readonly emphasis?: string | undefined }>> | undefined }): PolicyNote[] {
  const notes: PolicyNote[] = [];
  for (const [id, template] of Object.entries(policy.templates ?? {})) {
    if (template.emphasis !== 'marked') continue;
    notes.push({
      path: `templates.${id}.emphasis`,
      code: 'not-as-notify',
      message:
        'This template asks for `emphasis: marked`, so the preview shows **bold**, __underline__ and *italic*; GOV.UK Notify prints the asterisks and underscores as typed, so pasted into Notify it will not look the same.',
    });
  }
  return notes;
}
