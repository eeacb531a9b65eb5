/**
 * Internal: which placeholder values a policy supplies by itself, where every other value comes from, the date
 * style a template asks for, and merging the library's values with the caller's. Used by `emailForReminder` and by
 * the CLI's `render` and `templates` commands.
 *
 * @module
 */
import { InvalidArgumentError, InvalidDateError } from '../errors.js';
import { normalisePlaceholderName } from '../policies/index.js';
import type { Correspondence, Escalation, Policy, Stage } from '../policies/index.js';
import { describeCount, windowCountOf } from '../workflow/index.js';
import { MissingTranslationError } from './errors.js';
import { templatePlaceholders } from './placeholders.js';
import { welshCount } from './welsh.js';
import type { DateStyle, Template, TemplateValue, TemplateValues } from './types.js';

/**
 * Where the value of a placeholder comes from:
 * - `policy`: the library fills it from the preset (contacts, delay-reason labels);
 * - `case`: `emailForReminder` fills it from the case, the reminder, the stage and the directory (the `render`
 *   command has no case: give these in its values file);
 * - `caller`: the caller always supplies it (the complainant's display name, the details, the preset's declared
 *   placeholders), and so does anyone rendering a placeholder the preset cannot fill (e.g. `complaints mailbox`
 *   in a preset without a complaints mailbox).
 *
 * @internal
 */
export type PlaceholderSource = 'policy' | 'case' | 'caller';

/** The placeholders the library fills from the case, the reminder and the directory (normalised key → name). */
export const CASE_PLACEHOLDERS: ReadonlyMap<string, string> = keyed([
  'reference',
  'recipient name',
  'received date',
  'due date',
  'original due date',
  'stage',
  'working days overdue',
  'next stage window',
  'next stage',
  'hearing date',
  'clock stopped date',
  'clock stop reason',
  'clock restarted date',
]);

/** The library's date placeholders: written as dates in the template's style (`long` unless `dates` says). */
export const DATE_PLACEHOLDERS: ReadonlyMap<string, string> = keyed([
  'received date',
  'due date',
  'original due date',
  'hearing date',
  'clock stopped date',
  'clock restarted date',
]);

/** The placeholders the library fills from the policy itself (normalised key → name). */
const POLICY_PLACEHOLDERS: ReadonlyMap<string, string> = keyed([
  'complaints mailbox',
  'complaints team',
  'ombudsman name',
  'ombudsman website',
  'ombudsman phone',
  'delay reasons',
]);

function keyed(names: readonly string[]): ReadonlyMap<string, string> {
  return new Map(names.map((n) => [normalisePlaceholderName(n), n]));
}

/** Sets `key` on a plain object as an ordinary own property (so a name such as `__proto__` is just a key). */
export function setValue(target: Record<string, TemplateValue>, key: string, value: TemplateValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * The values a policy supplies by itself, keyed by the names in `WORKFLOW_PLACEHOLDERS`: `complaints mailbox` and
 * `complaints team` (the complaints mailbox's address and name), `ombudsman name`, `ombudsman website`,
 * `ombudsman phone`, and `delay reasons` (the delay-reason labels in the preset's order, as a numbered list, so a
 * reply can quote the reason's number as Dudley's "Reason number – Additional information about delay" asks). A
 * value the preset does not have is left out, so a template that uses it reports it missing.
 *
 * @internal
 */
export function policyValues(policy: Policy): Record<string, TemplateValue> {
  const out: Record<string, TemplateValue> = {};
  const mailbox = policy.contacts?.complaintsMailbox;
  if (mailbox) {
    out['complaints mailbox'] = mailbox.email;
    out['complaints team'] = mailbox.name;
  }
  const ombudsman = policy.contacts?.ombudsman;
  if (ombudsman) {
    out['ombudsman name'] = ombudsman.name;
    out['ombudsman website'] = ombudsman.website;
    if (ombudsman.phone !== undefined) out['ombudsman phone'] = ombudsman.phone;
  }
  const reasons = policy.delayReasons?.codes;
  if (reasons) out['delay reasons'] = { numbered: reasons.map((r) => r.label) };
  return out;
}

/**
 * Where a placeholder's value comes from under this policy: `policy` when the preset has it, `case` for the
 * library's case values, `caller` otherwise.
 *
 * @internal
 */
export function sourceOf(policy: Policy, name: string): PlaceholderSource {
  const key = normalisePlaceholderName(name);
  if (CASE_PLACEHOLDERS.has(key)) return 'case';
  const policyName = POLICY_PLACEHOLDERS.get(key);
  if (policyName !== undefined && policyValues(policy)[policyName] !== undefined) return 'policy';
  return 'caller';
}

/**
 * A template as a preset has it: `{ subject, body }` with optional date styles per placeholder and a Welsh text.
 *
 * @internal
 */
export type StyledTemplate = Template & {
  readonly dates?: Readonly<Record<string, DateStyle>> | undefined;
  /** The Welsh text (issue 16): written for a case whose language preference is Welsh or bilingual. */
  readonly welsh?: { readonly subject: string; readonly body: string } | undefined;
};

/**
 * The preset's template `templateId`, or an {@link InvalidArgumentError} on `templateId` that lists the preset's
 * template ids (used by `letterForCase` and `renderPolicyTemplate`).
 */
export function presetTemplate(policy: Policy, templateId: unknown): StyledTemplate {
  if (typeof templateId !== 'string' || !Object.prototype.hasOwnProperty.call(policy.templates, templateId)) {
    throw new InvalidArgumentError('templateId', `must be the id of one of the policy's templates: ${Object.keys(policy.templates).join(', ')}`);
  }
  return policy.templates[templateId]!;
}

/** The date style the template gives for a placeholder (names compared as Notify compares them), if any. */
export function dateStyleOf(template: StyledTemplate, name: string): DateStyle | undefined {
  const dates = template.dates;
  if (!dates) return undefined;
  const key = normalisePlaceholderName(name);
  for (const [k, style] of Object.entries(dates)) if (normalisePlaceholderName(k) === key) return style;
  return undefined;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The style a date placeholder is written in: the template's `dates` entry, else `long` for the library's date
 * placeholders (`received date`, `due date`, `original due date`, `hearing date`); `undefined` for a placeholder
 * that is not a date.
 *
 * @internal
 */
export function dateStyleFor(template: StyledTemplate, name: string): DateStyle | undefined {
  return dateStyleOf(template, name) ?? (DATE_PLACEHOLDERS.has(normalisePlaceholderName(name)) ? 'long' : undefined);
}

/**
 * The caller's values with the template's date styles applied. A date placeholder (listed in the template's
 * `dates`, or one of the library's date placeholders) takes a `YYYY-MM-DD` string, which becomes `{ date, style }`,
 * or a `{ date, style? }` value (a missing style gets the placeholder's); anything else for it (`2026-2-3`,
 * `7/1/2026`, an instant, free text) is refused with an {@link InvalidDateError} naming the placeholder, never
 * echoing the value. Other values are passed through as they are (the renderer checks them).
 *
 * @internal
 */
export function withDateStyles(template: StyledTemplate, values: TemplateValues): Record<string, TemplateValue> {
  const out: Record<string, TemplateValue> = {};
  for (const key of Object.keys(values)) {
    const value = values[key];
    const style = dateStyleFor(template, key);
    if (style !== undefined && typeof value === 'string' && DATE_SHAPE.test(value)) {
      setValue(out, key, { date: value, style });
    } else if (style !== undefined && isPlainObject(value) && 'date' in value && value['style'] === undefined) {
      setValue(out, key, { ...(value as Record<string, unknown>), style });
    } else if (style !== undefined && value !== null && value !== undefined && !(isPlainObject(value) && 'date' in value)) {
      throw new InvalidDateError(
        `values.${key}`,
        `((${key})) is a date placeholder, and its value is not a date`,
        "Give the date written 'YYYY-MM-DD' (e.g. '2026-01-07') or as { date: 'YYYY-MM-DD', style: 'long' | 'short' }.",
      );
    } else {
      setValue(out, key, value);
    }
  }
  return out;
}

/**
 * The library's values and the caller's in one object. A caller key naming (as Notify compares names) a placeholder
 * the library has filled is refused, so a stale date or address can never replace the one worked out from the case
 * and the policy; the error names the key, never a value.
 *
 * @internal
 */
export function mergeValues(
  library: Readonly<Record<string, TemplateValue>>,
  caller: Readonly<Record<string, TemplateValue>>,
  filledBy: string,
  path: string,
): Record<string, TemplateValue> {
  const filled = new Map<string, string>();
  const out: Record<string, TemplateValue> = {};
  for (const key of Object.keys(library)) {
    const value = library[key];
    if (value === undefined || value === null) continue;
    filled.set(normalisePlaceholderName(key), key);
    setValue(out, key, value);
  }
  for (const key of Object.keys(caller)) {
    const name = filled.get(normalisePlaceholderName(key));
    if (name !== undefined) {
      throw new InvalidArgumentError(`${path}.${key}`, `names ((${name})), which the library fills ${filledBy}; leave it out`);
    }
    setValue(out, key, caller[key]);
  }
  return out;
}

/**
 * The values the library fills for one template: only those the template uses are worked out (each value is given
 * as a function, called only when wanted), dates in the template's style.
 */
export class LibraryValues {
  readonly values: Record<string, TemplateValue> = {};
  private readonly used: ReadonlySet<string>;
  private welshNames: Correspondence['welsh'] | undefined;

  /**
   * @param template - the text being filled (for a Welsh text: its `welsh` subject and body, with the template's
   *   `dates`).
   * @param language - the language of that text: `welsh` fills the preset's own names in Welsh (from
   *   `correspondence.welsh`) and counts in Welsh, and throws {@link MissingTranslationError} for a name the preset
   *   has no Welsh form of. Dates stay `{ date, style }` values: written in Welsh by `withWelshDates`.
   * @param templateId - the template's id, named in a {@link MissingTranslationError}.
   * @param used - the template's placeholder keys, when the caller has them already (from a template parsed once).
   */
  constructor(
    private readonly template: StyledTemplate,
    private readonly language: 'english' | 'welsh',
    private readonly templateId: string,
    used?: ReadonlySet<string>,
  ) {
    this.used = used ?? new Set(templatePlaceholders(template).map((p) => p.key));
  }

  /** The Welsh name at `correspondence.welsh.<field>`, or a MissingTranslationError naming it. */
  private welsh(name: string, value: string | undefined, field: string): string {
    if (value !== undefined) return value;
    throw new MissingTranslationError(this.templateId, `correspondence.welsh.${field}`, `the preset gives no Welsh form for ((${name}))`);
  }

  /** Fills `name` (`stage`, `next stage`) with a stage's title: its Welsh title for a Welsh text. */
  stage(name: string, stageId: string, stage: Stage): void {
    this.fill(name, () => {
      if (this.language === 'english') return stage.title;
      const titles = this.welshNames?.stageTitles ?? {};
      return this.welsh(name, Object.prototype.hasOwnProperty.call(titles, stageId) ? titles[stageId] : undefined, `stageTitles.${stageId}`);
    });
  }

  /** Whether the template uses the placeholder. */
  wants(name: string): boolean {
    return this.used.has(normalisePlaceholderName(name));
  }

  /** Fills `name` with `value()` when the template uses it. */
  fill(name: string, value: () => TemplateValue): void {
    if (this.wants(name)) setValue(this.values, name, value());
  }

  /** Fills a date placeholder, in the template's style (`long` when it gives none), when there is a date. */
  date(name: string, value: string | undefined): void {
    // `name` is one of the library's date placeholders, so its style is the template's, else `long` (as dateStyleFor).
    if (value !== undefined) this.fill(name, () => ({ date: value, style: dateStyleOf(this.template, name) ?? 'long' }));
  }

  /**
   * Fills `next stage` (the next stage's title) and `next stage window` (the time to ask for it, with its unit, e.g.
   * `20 working days` or `2 calendar months`) from a stage's escalation, when it has one.
   */
  escalation(escalation: Escalation | undefined, stages: Readonly<Record<string, Stage>>): void {
    if (!escalation) return;
    const count = windowCountOf(escalation);
    this.fill('next stage window', () => (this.language === 'welsh' ? welshCount(count) : describeCount(count)));
    const next = Object.prototype.hasOwnProperty.call(stages, escalation.to) ? stages[escalation.to] : undefined;
    if (next) this.stage('next stage', escalation.to, next);
  }

  /**
   * Fills the policy's own values (contacts, ombudsman, delay reasons); for a Welsh text, the complaints team's and
   * the ombudsman's Welsh names and the delay reasons' Welsh labels (`correspondence.welsh`), a missing one being a
   * {@link MissingTranslationError} that names the field to add.
   */
  policy(policy: Policy): void {
    this.welshNames = policy.correspondence?.welsh;
    for (const [name, value] of Object.entries(policyValues(policy))) {
      if (this.language === 'english') this.fill(name, () => value);
      else if (name === 'complaints team') this.fill(name, () => this.welsh(name, this.welshNames?.complaintsTeam, 'complaintsTeam'));
      else if (name === 'ombudsman name') this.fill(name, () => this.welsh(name, this.welshNames?.ombudsmanName, 'ombudsmanName'));
      else if (name === 'delay reasons') {
        // Each reason's Welsh label (`correspondence.welsh.delayReasons`, by code), in the order of the codes.
        this.fill(name, () => {
          const labels = this.welshNames?.delayReasons ?? {};
          // policyValues gives `delay reasons` only when the policy has its codes.
          const codes = policy.delayReasons!.codes;
          return {
            numbered: codes.map((r) => this.welsh(name, Object.prototype.hasOwnProperty.call(labels, r.code) ? labels[r.code] : undefined, `delayReasons.${r.code}`)),
          };
        });
      } else this.fill(name, () => value);
    }
  }
}
