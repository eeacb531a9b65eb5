import { isCalendarDateString, type BankHolidayFeed, type CalendarDate } from '../calendar/index.js';
import { InvalidArgumentError, isEchoableKey, keyForMessage } from '../errors.js';
import type { Policy } from '../policies/index.js';
import { closest } from '../suggest.js';
import { createWorkflow, type Case, type CaseEventInput, type Workflow } from '../workflow/index.js';
import { checkCaseValue, schemaCheckedLists } from './check.js';
import { CsvRecordReader, type CsvRecord } from './csv-parse.js';
import { CaseInputError, ruleOf, type CaseInputIssue } from './errors.js';
import { deepFreeze } from './freeze.js';
import { isIssue, replayCase } from './replay.js';

/**
 * Whether text is UTF-16 decoded as UTF-8 or Latin-1: its byte order mark read as two replacement characters (or
 * `ÿþ`), or every other character of its start a NUL.
 */
function looksLikeUtf16(text: string): boolean {
  if (/^(\uFFFD\uFFFD|\u00FF\u00FE|\u00FE\u00FF|\uFFFE)/.test(text)) return true;
  const start = text.slice(0, 200);
  let nul = 0;
  for (let i = 0; i < start.length; i++) if (start.charCodeAt(i) === 0) nul++;
  return start.length >= 4 && nul >= start.length * 0.3;
}

/** Options of {@link casesFromCsv} and {@link casesFromJson}. */
export interface CaseImportOptions {
  /**
   * Leave out bad rows (or bad cases) and return the rest, listing what was left out in `skipped`. Without it
   * (the default) any bad row throws a {@link CaseInputError} listing every one and nothing is returned.
   */
  readonly skipBad?: boolean;
  /**
   * A GOV.UK bank-holidays feed from `parseGovUkBankHolidays`, in the same shape as everywhere else (`{ feed }`):
   * the cases are replayed with it, so a list that imports cleanly is not then refused by
   * `performanceReport(..., { feed })` for a date only the feed makes a working day (or the reverse).
   */
  readonly feed?: BankHolidayFeed;
}

/** What {@link casesFromCsv} and {@link casesFromJson} return. */
export interface CaseImport {
  /** The cases read, frozen, in the order their first row (or element) appears. */
  readonly cases: readonly Case[];
  /** With `skipBad`: every problem of the rows or cases left out (empty otherwise). */
  readonly skipped: readonly CaseInputIssue[];
}

const IMPORT_OPTIONS = ['skipBad', 'feed'];

/** Checks the options and makes the engine the cases are replayed with; `skipBad` says whether to skip bad ones. */
function checkOptions(policy: Policy, options: CaseImportOptions | undefined, fn: string): { readonly skipBad: boolean; readonly workflow: Workflow } {
  if (options !== undefined) {
    if (typeof options !== 'object' || options === null) throw new InvalidArgumentError('options', 'must be an object such as { skipBad: true }');
    for (const key of Object.keys(options)) {
      if (IMPORT_OPTIONS.includes(key)) continue;
      const near = closest(key, IMPORT_OPTIONS);
      throw new InvalidArgumentError(
        isEchoableKey(key) ? `options.${key}` : 'options',
        `${keyForMessage(key)} is not an option of ${fn}${near === undefined ? '' : `: did you mean \`${near}\`?`} (the options are skipBad and feed)`,
      );
    }
    if (options.skipBad !== undefined && typeof options.skipBad !== 'boolean') throw new InvalidArgumentError('options.skipBad', 'must be true or false');
  }
  const feed = options?.feed;
  return { skipBad: options?.skipBad === true, workflow: createWorkflow(policy, feed === undefined ? undefined : { feed }) };
}

function finish(cases: Case[], issues: CaseInputIssue[], skipBad: boolean): CaseImport {
  if (issues.length > 0 && !skipBad) throw new CaseInputError(issues);
  const list = Object.freeze(cases);
  schemaCheckedLists.add(list);
  return Object.freeze({ cases: list, skipped: Object.freeze(issues.map((i) => Object.freeze({ ...i }))) });
}

// ---------------------------------------------------------------------------------------------------------------
// Case values (JSON)
// ---------------------------------------------------------------------------------------------------------------

/**
 * Reads case values (the JSON form of the workflow's {@link Case}: inputs plus events) for a report: checks each
 * element against the case schema, then replays its events under the policy (the case must belong to the policy and
 * every event must be allowed when it happened). Problems name the case's index, the field and the rule, never a
 * value.
 *
 * @param policy - the policy the cases run under.
 * @param value - the parsed JSON: an array of cases.
 * @param options - `skipBad`: leave out bad cases instead of throwing.
 * @throws {@link CaseInputError} listing every bad case (unless `skipBad`), or when `value` is not an array.
 *
 * @example
 * import { getPolicy, openCase, casesFromJson } from 'statutory-complaints';
 * const policy = getPolicy('dudley');
 * const good = openCase(policy, { reference: 'EX-1', receivedAt: '2026-06-01' });
 * const json = JSON.parse(JSON.stringify([good, { ...good, reference: 'EX-2', received: '2026-13-01' }]));
 * const read = casesFromJson(policy, json, { skipBad: true });
 * read.cases.map((c) => c.reference) //=> ['EX-1']
 * read.skipped //=> [{ index: 1, field: 'received', rule: "must be a real calendar date written 'YYYY-MM-DD' between 1900 and 2199" }]
 * casesFromJson(policy, json) //=> throws CaseInputError
 */
export function casesFromJson(policy: Policy, value: unknown, options?: CaseImportOptions): CaseImport {
  const { skipBad, workflow } = checkOptions(policy, options, 'casesFromJson');
  if (!Array.isArray(value)) throw new CaseInputError([{ field: 'cases', rule: 'must be a JSON array of cases' }]);
  const cases: Case[] = [];
  const issues: CaseInputIssue[] = [];
  for (let index = 0; index < value.length; index++) {
    const d = checkCaseValue(value[index], index, issues);
    if (d === undefined) continue;
    const kase: Case = {
      reference: d.reference,
      caseType: d.caseType,
      policyId: d.policyId,
      policyVersion: d.policyVersion,
      receivedAt: d.receivedAt,
      received: d.received,
      ...(d.about === undefined ? {} : { about: d.about }),
      events: d.events,
    };
    const fold = replayCase(workflow, kase, index);
    if (isIssue(fold)) {
      issues.push(fold);
      continue;
    }
    cases.push(deepFreeze(kase));
  }
  return finish(cases, issues, skipBad);
}

// ---------------------------------------------------------------------------------------------------------------
// The CSV layout
// ---------------------------------------------------------------------------------------------------------------

/**
 * The columns of the CSV layout read by {@link casesFromCsv}: the required ones (every file has them; values may be
 * empty) and the optional ones.
 *
 * @example
 * import { CASE_CSV_COLUMNS } from 'statutory-complaints/reporting';
 * CASE_CSV_COLUMNS.required.join(',') //=> 'reference,received,responded,extended_due_date,outcome,delay_code'
 * CASE_CSV_COLUMNS.optional //=> ['case_type', 'stage', 'extension_agreed_on', 'withdrawn']
 */
export const CASE_CSV_COLUMNS = Object.freeze({
  required: Object.freeze(['reference', 'received', 'responded', 'extended_due_date', 'outcome', 'delay_code'] as const),
  optional: Object.freeze(['case_type', 'stage', 'extension_agreed_on', 'withdrawn'] as const),
});

type Column = (typeof CASE_CSV_COLUMNS.required)[number] | (typeof CASE_CSV_COLUMNS.optional)[number];

const OUTCOMES: Readonly<Record<string, 'upheld' | 'partly-upheld' | 'not-upheld'>> = {
  upheld: 'upheld',
  'partly-upheld': 'partly-upheld',
  'partially-upheld': 'partly-upheld',
  'not-upheld': 'not-upheld',
};

/**
 * The reason recorded on an extension read from CSV: the layout gives the extended date but not why.
 *
 * @example
 * import { getPolicy, casesFromCsv } from 'statutory-complaints';
 * import { CSV_EXTENSION_REASON } from 'statutory-complaints/reporting';
 * const csv = 'reference,received,responded,extended_due_date,outcome,delay_code\nEX-1,2026-06-01,,2026-06-29,,\n';
 * casesFromCsv(getPolicy('dudley'), csv).cases[0].events[0].reason === CSV_EXTENSION_REASON //=> true
 */
export const CSV_EXTENSION_REASON = 'Recorded from a CSV export: the export gives the extended due date, not the reason';

interface Row {
  readonly line: number;
  readonly reference: string;
  readonly received: CalendarDate;
  readonly responded?: CalendarDate;
  readonly extended?: CalendarDate;
  readonly extensionAgreedOn?: CalendarDate;
  readonly withdrawn?: CalendarDate;
  readonly outcome?: 'upheld' | 'partly-upheld' | 'not-upheld';
  readonly delayCode?: string;
  readonly caseType: string;
  readonly stageIndex: number;
  readonly stage: string;
}

const DATE_RULE = "must be a real calendar date written 'YYYY-MM-DD'";

/** Checks one record's fields; returns the row or pushes its issues. */
function readRow(policy: Policy, line: number, get: (c: Column) => string, issues: CaseInputIssue[]): Row | undefined {
  const before = issues.length;
  const bad = (field: Column, rule: string) => issues.push({ line, field, rule });
  const reference = get('reference').trim();
  if (reference === '') bad('reference', 'must not be empty');
  else if (reference.length > 200) bad('reference', 'must be at most 200 characters');
  const date = (c: Column, required: boolean): CalendarDate | undefined => {
    const v = get(c).trim();
    if (v === '') {
      if (required) bad(c, 'must not be empty: give the date written YYYY-MM-DD');
      return undefined;
    }
    if (!isCalendarDateString(v)) {
      bad(c, DATE_RULE);
      return undefined;
    }
    return v as CalendarDate;
  };
  const received = date('received', true);
  const responded = date('responded', false);
  const extended = date('extended_due_date', false);
  if (received && responded && responded < received) bad('responded', 'must not be before received');
  if (received && extended && extended <= received) bad('extended_due_date', 'must be after received');
  const extensionAgreedOn = date('extension_agreed_on', false);
  if (extensionAgreedOn !== undefined) {
    if (extended === undefined && get('extended_due_date').trim() === '') bad('extension_agreed_on', 'must be empty when extended_due_date is empty');
    else if (received && extensionAgreedOn < received) bad('extension_agreed_on', 'must not be before received');
    else if (responded && extensionAgreedOn > responded) bad('extension_agreed_on', 'must not be after responded');
  }
  const withdrawn = date('withdrawn', false);
  if (withdrawn !== undefined) {
    if (get('responded').trim() !== '') bad('withdrawn', 'must be empty when responded is given (a case withdrawn after its response is not open)');
    else if (received && withdrawn < received) bad('withdrawn', 'must not be before received');
    else if (extensionAgreedOn && withdrawn < extensionAgreedOn) bad('withdrawn', 'must not be before extension_agreed_on');
  }

  const caseTypeText = get('case_type').trim();
  const caseTypeIds = Object.keys(policy.caseTypes);
  let caseType = caseTypeIds[0]!;
  if (caseTypeText !== '') {
    if (Object.prototype.hasOwnProperty.call(policy.caseTypes, caseTypeText)) caseType = caseTypeText;
    else bad('case_type', `must be empty or one of the policy's case types: ${caseTypeIds.join(', ')}`);
  }
  const stageIds = Object.keys(policy.caseTypes[caseType]!.stages);
  const stageText = get('stage').trim();
  let stageIndex = 0;
  if (stageText !== '') {
    stageIndex = stageIds.indexOf(stageText);
    if (stageIndex === -1) bad('stage', `must be empty (the first stage) or one of the case type's stages: ${stageIds.join(', ')}`);
  }
  const stageDef = stageIndex >= 0 ? policy.caseTypes[caseType]!.stages[stageIds[stageIndex]!] : undefined;
  const kind = policy.caseTypes[caseType]!.kind;
  const complaint = kind === 'statutory-complaint' || kind === 'corporate-complaint' || kind === 'data-protection-complaint';

  const outcomeText = get('outcome').trim();
  let outcome: Row['outcome'];
  if (outcomeText !== '') {
    outcome = OUTCOMES[outcomeText.toLowerCase().replace(/[\s_]+/g, '-')];
    if (outcome === undefined) bad('outcome', 'must be empty or one of upheld, partly-upheld, not-upheld');
    else if (responded === undefined && get('responded').trim() === '') bad('outcome', 'must be empty when responded is empty');
  } else if (complaint && responded !== undefined) {
    bad('outcome', 'is required when responded is given: upheld, partly-upheld or not-upheld');
  }
  const delayText = get('delay_code').trim();
  if (delayText !== '') {
    const reasons = policy.delayReasons;
    if (!reasons) bad('delay_code', 'must be empty: the policy has no delay-reason codes');
    else if (!reasons.codes.some((c) => c.code === delayText) && reasons.awaited.code !== delayText) {
      bad('delay_code', `must be empty or one of the policy's delay-reason codes: ${[...reasons.codes.map((c) => c.code), reasons.awaited.code].join(', ')}`);
    } else if (get('responded').trim() === '') bad('delay_code', 'must be empty when responded is empty');
  }
  if (stageDef?.panel && (responded !== undefined || extended !== undefined)) {
    bad(
      responded !== undefined ? 'responded' : 'extended_due_date',
      'must be empty for a review-panel stage: its response depends on the hearing and the panel report, which the CSV layout does not carry (give such cases as case values in JSON)',
    );
  }
  if (issues.length > before || received === undefined) return undefined;
  return {
    line,
    reference,
    received,
    ...(responded === undefined ? {} : { responded }),
    ...(extended === undefined ? {} : { extended }),
    ...(extensionAgreedOn === undefined ? {} : { extensionAgreedOn }),
    ...(withdrawn === undefined ? {} : { withdrawn }),
    ...(outcome === undefined ? {} : { outcome }),
    ...(delayText === '' ? {} : { delayCode: delayText }),
    caseType,
    stageIndex,
    stage: stageIds[stageIndex]!,
  };
}

/** The column an event (or the opening of the case) reads from, for errors the workflow raises. */
function columnOf(event: CaseEventInput['type'] | 'open', path: string): Column {
  switch (event) {
    case 'open':
      return path.startsWith('caseType') ? 'case_type' : path.startsWith('reference') ? 'reference' : 'received';
    case 'extension-agreed':
      return path.endsWith('agreedOn') || path === 'event.on' ? 'extension_agreed_on' : 'extended_due_date';
    case 'withdrawn':
      return 'withdrawn';
    case 'response-sent':
      return path.endsWith('outcome') ? 'outcome' : 'responded';
    case 'delay-reason-recorded':
      return 'delay_code';
    default:
      return 'stage';
  }
}

/** Applies the events of one row (one stage) to a case; returns the new case or pushes an issue. */
function applyRow(workflow: Workflow, kase: Case, row: Row, first: boolean, issues: CaseInputIssue[]): Case | undefined {
  const policy = workflow.policy;
  let k = kase;
  const apply = (event: CaseEventInput): boolean => {
    try {
      k = workflow.applyEvent(k, event);
      return true;
    } catch (error) {
      const path = (error as { path?: unknown }).path;
      issues.push({ line: row.line, field: columnOf(event.type, typeof path === 'string' ? path : ''), rule: ruleOf(error) });
      return false;
    }
  };
  let stageStart: CalendarDate = first ? k.received : row.received;
  if (!first) {
    if (!apply({ type: 'next-stage-requested', on: row.received, stage: row.stage })) return undefined;
    // The council's system holds the stage, so a request made after its window was accepted.
    const fold = replayCase(workflow, k, 0);
    if (!isIssue(fold) && fold.state === 'awaiting-discretion') {
      if (!apply({ type: 'discretion-decided', on: row.received, accepted: true })) return undefined;
    }
    stageStart = row.received;
  }
  if (row.extended !== undefined) {
    const on = row.extensionAgreedOn ?? stageStart;
    const ok = apply({
      type: 'extension-agreed',
      on: on < stageStart ? stageStart : on,
      newDueDate: row.extended,
      reason: CSV_EXTENSION_REASON,
      agreedWithComplainant: true,
    });
    if (!ok) return undefined;
  }
  if (row.withdrawn !== undefined) {
    if (!apply({ type: 'withdrawn', on: row.withdrawn })) return undefined;
  }
  if (row.responded !== undefined) {
    if (!apply({ type: 'response-sent', on: row.responded, ...(row.outcome === undefined ? {} : { outcome: row.outcome }) })) return undefined;
    const fold = replayCase(workflow, k, 0);
    const late = !isIssue(fold) && fold.stages[fold.stages.length - 1]!.late === true;
    const awaited = policy.delayReasons?.awaited.code;
    if (row.delayCode !== undefined) {
      if (!late) {
        issues.push({ line: row.line, field: 'delay_code', rule: 'must be empty: the response was sent on or before its due date (the extended one when extended)' });
        return undefined;
      }
      if (row.delayCode !== awaited) {
        // The workflow records a reason against the earliest late response still without one.
        const earlierOwed = !isIssue(fold) && fold.stages.slice(0, -1).some((run) => run.late === true && run.delayRecordedOn === undefined);
        if (earlierOwed) {
          issues.push({
            line: row.line,
            field: 'delay_code',
            rule: "cannot be recorded while the reason for an earlier stage's late response is still awaited (reasons are recorded in the order of the responses): give the earlier stage's code first",
          });
          return undefined;
        }
        if (!apply({ type: 'delay-reason-recorded', on: row.responded, code: row.delayCode })) return undefined;
      }
    }
  }
  return k;
}

/**
 * Reads cases from the CSV layout a council can export from its existing case system, for a report. One row per
 * stage of a case; a header row names the columns (any order, case-insensitive):
 *
 * | column | required | content |
 * | --- | --- | --- |
 * | `reference` | yes | the case reference (rows of later stages repeat it) |
 * | `received` | yes | the date of receipt, `YYYY-MM-DD`; for a later stage, the date the complainant asked for it |
 * | `responded` | column yes, value no | the date the response was **sent** (not the date the case was closed), or empty while open |
 * | `extended_due_date` | column yes, value no | the agreed extended due date (a working day), or empty |
 * | `outcome` | column yes, value no | `upheld`, `partly-upheld` (or `partially upheld`) or `not-upheld`; required with `responded` for complaints |
 * | `delay_code` | column yes, value no | for a late response, the reason code (e.g. Dudley's `Z040`–`Z044`); empty or the awaited code (`Z045`) while the reason is awaited; must be empty when the response was not late |
 * | `case_type` | no | a case-type id of the policy (default: its first) |
 * | `stage` | no | a stage id (default: the first stage); the rows of earlier stages must be given too |
 * | `extension_agreed_on` | no | the date the extension was agreed (default: the stage's date of receipt) |
 * | `withdrawn` | no | the date the complainant withdrew, for a case with no response (else it would count as open) |
 *
 * An extension is recorded as agreed with the complainant (the layout has no column for it). A review-panel stage
 * may be given with `received` only: its response needs the hearing and report dates, so such a stage counts as
 * received but stays open (give panel cases as case values in JSON). The file is RFC 4180 (CRLF or LF line
 * ends, fields with commas, quotes or line breaks in double quotes, quotes doubled), UTF-8, with or without a
 * byte-order mark.
 *
 * Every bad row is reported with its line, the column and the rule broken (never the value); a row of a later stage
 * whose earlier stage is bad is bad too.
 *
 * @param policy - the policy the cases run under.
 * @param text - the CSV text.
 * @param options - `skipBad`: leave out bad rows instead of throwing.
 * @throws {@link CaseInputError} listing every bad row (unless `skipBad`), and always when the header is wrong or a
 *   quote is never closed (nothing can be read reliably).
 *
 * @example
 * import { getPolicy, casesFromCsv, statusOn } from 'statutory-complaints';
 * const policy = getPolicy('dudley');
 * const csv = [
 *   'reference,received,responded,extended_due_date,outcome,delay_code,stage',
 *   'EX-1,2026-06-01,2026-06-12,,upheld,,',
 *   'EX-2,2026-06-02,2026-06-18,,not-upheld,Z042,',
 *   'EX-2,2026-06-25,,,,,stage-2',
 * ].join('\r\n');
 * const { cases } = casesFromCsv(policy, csv);
 * cases.map((c) => c.reference) //=> ['EX-1', 'EX-2']
 * cases[1].events.map((e) => e.type) //=> ['response-sent', 'delay-reason-recorded', 'next-stage-requested']
 * statusOn(policy, cases[1], '2026-06-25').stage //=> 'stage-2'
 */
export function casesFromCsv(policy: Policy, text: string, options?: CaseImportOptions): CaseImport {
  const { skipBad, workflow } = checkOptions(policy, options, 'casesFromCsv');
  if (typeof text !== 'string') throw new InvalidArgumentError('text', 'must be the CSV text as a string');
  const reader = new CsvCaseReader(workflow);
  reader.write(text);
  const cases: Case[] = [];
  const issues = reader.end((kase) => cases.push(kase));
  return finish(cases, issues, skipBad);
}

/**
 * A copy of `text` that holds no longer string alive: V8 makes a slice of 13 or more characters a view into the
 * string it was cut from (here a whole piece of the file), so a reference kept as a key would keep its piece.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

const UTF16_ISSUE: CaseInputIssue = {
  line: 1,
  field: '(file)',
  rule: 'is UTF-16 text read as if it were UTF-8 (every other character is NUL): save the file as UTF-8 (in Excel: "CSV UTF-8") and read it again',
};
/** How much of the start of a text {@link looksLikeUtf16} looks at. */
const UTF16_HEAD = 200;

/**
 * The share (0 to `passes` - 1) of the rows of a reference (trimmed, as rows are grouped) when the text is read in
 * `passes` passes: FNV-1a over its UTF-16 code units, its bits mixed by MurmurHash3's finaliser (FNV's low bits
 * alone follow the characters' low bits, and `passes` may be a power of two), modulo `passes`. Cheap and the same on
 * every run.
 */
export function shareOfReference(reference: string, passes: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < reference.length; i++) {
    h ^= reference.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) % passes;
}

/**
 * Internal: the CSV layout read in pieces, with exactly the checks and words of {@link casesFromCsv} (which reads
 * its text through it). Each record is checked as it arrives and only what a case is made of is kept (its rows'
 * dates, codes and stage, by reference: the rows of a case may be anywhere in the file); `end` makes each case in
 * turn, by replaying its rows with the workflow, and hands it on, so the cases are never all held at once.
 *
 * With `passes` above 1 the same text is read that many times (`endPass` after each reading, `end` after the last),
 * and a pass holds only the rows of the references whose share ({@link shareOfReference}) is that pass's number: it
 * makes their cases at its end and drops them, so what is held at once is about a `passes`-th of the one-pass
 * reader's. The first pass also checks the text as a whole (its start for UTF-16, the header, a quote never closed)
 * and reports the rows that belong to no reference (a syntax error, a wrong number of fields, an empty reference).
 * Every problem is found in exactly one pass and with the same words; `end` returns them all sorted by line (a
 * stable sort, so problems of one line keep their order), which is what one pass gives.
 */
export class CsvCaseReader {
  private readonly policy: Policy;
  private records: CsvRecordReader;
  /** The start of the text, until it is long enough to tell UTF-16 (then undefined; never set after the first pass). */
  private head: string | undefined = '';
  private header: CsvRecord | undefined;
  private readonly position = new Map<string, number>();
  private readonly fatal: CaseInputIssue[] = [];
  private last: CsvRecord | undefined;
  private issues: CaseInputIssue[] = [];
  /** The problems of the passes ended so far. */
  private readonly done: CaseInputIssue[] = [];
  /** The pass being read (0-based). */
  private pass = 0;
  /** Passes ended. */
  passesEnded = 0;
  /** Whether any text was written in the pass being read. */
  wrote = false;
  /** The first pass's header (fields and line), records and characters, to tell that a later pass reads the same text. */
  private firstHeader = '';
  private firstRecords = 0;
  private firstChars = 0;
  private chars = 0;
  private readonly badLines = new Set<number>();
  /**
   * The rows of each reference, held until the end: a case's rows may be anywhere in the file and a later row may
   * be an earlier stage, so no case can be made before the last row is read. Each row is held as one short line of
   * text (its line number, stage, case type and the dates and codes it gives, see `encodeRow`), a reference's rows
   * one after another: about a tenth of the memory of row objects. A bad row with a reference is held as its line
   * alone (so that the reference's other rows are reported too).
   */
  private readonly groups = new Map<string, string>();
  /** How the first row of a reference writes it, when that is not the reference itself (spaces around it). */
  private readonly spelled = new Map<string, string>();
  private readonly caseTypeIds: readonly string[];
  private readonly delayCodes: readonly string[];
  private readonly conflicted = new Set<string>();

  /**
   * @param workflow - the engine the cases are made with.
   * @param passes - how many times the text is read (a positive whole number, checked by the caller).
   */
  constructor(
    private readonly workflow: Workflow,
    readonly passes = 1,
  ) {
    this.policy = workflow.policy;
    this.caseTypeIds = Object.keys(this.policy.caseTypes);
    const reasons = this.policy.delayReasons;
    this.delayCodes = reasons ? [...reasons.codes.map((c) => c.code), reasons.awaited.code] : [];
    this.records = this.recordReader();
  }

  private recordReader(): CsvRecordReader {
    return new CsvRecordReader((record) => this.record(record), this.passes > 1 ? (text, from, to) => this.skipLine(text, from, to) : undefined);
  }

  /**
   * Whether a record that is one line with no quote belongs to another pass: it then needs no more reading (it is
   * only counted). Exactly the rows `record` would pass over: a good row whose reference is another pass's (in the
   * first pass, only with the header's number of fields: a row with another is reported by the first pass).
   */
  private skipLine(text: string, from: number, to: number): boolean {
    const header = this.header;
    if (header === undefined || this.fatal.length > 0) return false;
    let start = from;
    for (let f = this.referenceAt; f > 0; f--) {
      const comma = text.indexOf(',', start);
      if (comma === -1 || comma >= to) return false;
      start = comma + 1;
    }
    let stop = text.indexOf(',', start);
    if (stop === -1 || stop > to) stop = to;
    const reference = text.slice(start, stop).trim();
    if (reference === '' || shareOfReference(reference, this.passes) === this.pass) return false;
    if (this.pass === 0) {
      // The number of fields: one more than the commas.
      let commas = 0;
      for (let c = text.indexOf(',', from); c !== -1 && c < to; c = text.indexOf(',', c + 1)) commas++;
      if (commas + 1 !== header.fields.length) return false;
    }
    this.recordsRead++;
    this.last = undefined;
    return true;
  }

  /** The place of the reference among a record's fields. */
  private get referenceAt(): number {
    return this.position.get('reference')!;
  }

  /** Records read so far in this pass (after the last, in the text), the header included (for a progress line). */
  recordsRead = 0;

  write(text: string): void {
    if (!this.wrote) {
      this.wrote = true;
      this.recordsRead = 0;
    }
    this.chars += text.length;
    if (this.head !== undefined) {
      this.head += text;
      if (this.head.length < UTF16_HEAD) return;
      this.checkHead();
      text = this.head!;
      this.head = undefined;
    }
    this.records.write(text);
  }

  private checkHead(): void {
    if (looksLikeUtf16(this.head!)) throw new CaseInputError([UTF16_ISSUE]);
  }

  /**
   * Ends one reading of the text: hands each good case of this pass's share to `onCase` (in the order of its first
   * row, with that row's line) and keeps this pass's problems. In the first pass, throws a {@link CaseInputError}
   * when the header is missing or wrong or a quote is never closed; in a later pass, an {@link InvalidArgumentError}
   * when the text is not the one the first pass read (another header, number of records or length).
   */
  endPass(onCase: (kase: Case, firstLine: number) => void): void {
    if (this.head !== undefined) {
      this.checkHead();
      const head = this.head;
      this.head = undefined;
      this.records.write(head);
    }
    this.records.end();
    if (this.pass === 0) {
      const header = this.header;
      if (header === undefined)
        throw new CaseInputError([{ line: 1, field: '(header)', rule: `is missing: the first line must name the columns, e.g. ${CASE_CSV_COLUMNS.required.join(',')}` }]);
      const fatal = this.fatal;
      const last = this.last;
      if (last !== undefined && last !== header && last.error?.startsWith('has a quoted field that is never closed'))
        fatal.push({ line: last.line, field: '(row)', rule: last.error });
      if (fatal.length > 0) throw new CaseInputError(fatal);
      this.firstRecords = this.recordsRead;
      this.firstChars = this.chars;
    } else if (this.recordsRead !== this.firstRecords || this.chars !== this.firstChars) {
      this.changed(this.recordsRead !== this.firstRecords ? 'it has another number of records' : 'it has another length');
    }
    this.cases(onCase);
    for (const issue of this.issues) this.done.push(issue);
    // The next pass starts afresh, with the header and the columns' places of the first.
    this.passesEnded++;
    this.pass++;
    this.issues = [];
    this.badLines.clear();
    this.groups.clear();
    this.spelled.clear();
    this.conflicted.clear();
    this.header = undefined;
    this.last = undefined;
    this.chars = 0;
    this.wrote = false;
    this.records = this.recordReader();
  }

  /**
   * Ends the text (the last pass, unless `endPass` already ended it): hands each good case to `onCase` (in the order
   * of its first row, within a pass) and returns every problem of every pass, sorted by line. Throws as `endPass`.
   */
  end(onCase: (kase: Case, firstLine: number) => void): CaseInputIssue[] {
    if (this.passesEnded < this.passes) this.endPass(onCase);
    const issues = this.done;
    issues.sort((a, b) => a.line! - b.line!);
    return issues;
  }

  private changed(what: string): never {
    throw new InvalidArgumentError(
      'text',
      `is not the text the first pass read (${what} in pass ${this.pass + 1} of ${this.passes}): give the same text in every pass (was the file changed while it was read?)`,
    );
  }

  private record(rec: CsvRecord): void {
    this.recordsRead++;
    this.last = rec;
    if (this.header === undefined) {
      if (this.pass === 0) {
        this.readHeader(rec);
        this.firstHeader = JSON.stringify([rec.line, rec.fields, rec.error ?? '']);
      } else {
        this.header = rec;
        if (JSON.stringify([rec.line, rec.fields, rec.error ?? '']) !== this.firstHeader) this.changed('its header differs');
      }
      return;
    }
    // A wrong header is fatal: the rows are not read (only the end of the text, for a quote never closed).
    if (this.fatal.length > 0) return;
    const { issues, badLines, groups, spelled, conflicted, position } = this;
    const header = this.header;
    // A row that belongs to no reference is the first pass's.
    if (rec.error) {
      if (this.pass > 0) return;
      issues.push({ line: rec.line, field: '(row)', rule: rec.error });
      badLines.add(rec.line);
      return;
    }
    if (rec.fields.length !== header.fields.length) {
      if (this.pass > 0) return;
      issues.push({
        line: rec.line,
        field: '(row)',
        rule: `has ${rec.fields.length} field${rec.fields.length === 1 ? '' : 's'}; the header has ${header.fields.length}`,
      });
      badLines.add(rec.line);
      return;
    }
    const get = (c: Column): string => {
      const p = position.get(c);
      return p === undefined ? '' : rec.fields[p]!;
    };
    const reference = get('reference').trim();
    // The rows of other references are another pass's: only their record boundaries and reference are read here.
    if (this.passes > 1 && (reference === '' ? this.pass !== 0 : shareOfReference(reference, this.passes) !== this.pass)) return;
    const row = readRow(this.policy, rec.line, get, issues);
    const held = reference === '' ? undefined : groups.get(reference);
    // References are compared as written: two that differ only by spaces, tabs or line breaks around them (e.g.
    // `\t=1+1` and `\r=1+1`) are refused, naming both lines, rather than silently counted as one case.
    if (reference !== '') {
      const raw = get('reference');
      if (held === undefined) {
        if (raw !== reference) spelled.set(detached(reference), detached(raw));
      } else if ((spelled.get(reference) ?? reference) !== raw) {
        const firstLine = Number(held.slice(0, held.indexOf('\t')));
        const rule = (other: number) =>
          `is written differently on line ${other} (spaces, tabs or line breaks around it), so it is not clear whether the two lines are the same case: write the reference exactly the same way on every row of a case, and differently for different cases`;
        if (!conflicted.has(reference)) {
          issues.push({ line: firstLine, field: 'reference', rule: rule(rec.line) });
          badLines.add(firstLine);
          conflicted.add(detached(reference));
        }
        issues.push({ line: rec.line, field: 'reference', rule: rule(firstLine) });
        badLines.add(rec.line);
      }
    }
    if (row === undefined) {
      badLines.add(rec.line);
      // Remember the bad row's place so that later stages of the same reference are reported too.
      if (reference !== '')
        groups.set(held === undefined ? detached(reference) : reference, held === undefined ? `${rec.line}\t-1` : [held, `${rec.line}\t-1`].join('\n'));
      return;
    }
    const text = this.encodeRow(row);
    groups.set(held === undefined ? detached(reference) : reference, held === undefined ? text : [held, text].join('\n'));
  }

  /**
   * A good row as one line of text: numbers, checked dates and the index of its case type and delay code (none of
   * which holds a tab or a line break), fields apart by tabs, an empty field for a value not given.
   */
  private encodeRow(row: Row): string {
    // Array join makes one flat string (a template literal would hold a tree of its pieces, several times larger).
    return [
      row.line,
      row.stageIndex,
      this.caseTypeIds.indexOf(row.caseType),
      row.received,
      row.responded ?? '',
      row.extended ?? '',
      row.extensionAgreedOn ?? '',
      row.withdrawn ?? '',
      row.outcome ?? '',
      row.delayCode === undefined ? '' : this.delayCodes.indexOf(row.delayCode),
    ].join('\t');
  }

  /** The rows of a reference from what {@link CsvCaseReader.encodeRow} made of them. */
  private decodeRows(reference: string, held: string): Row[] {
    return held.split('\n').map((text): Row => {
      const [line, stage, caseTypeIndex, received, responded, extended, extensionAgreedOn, withdrawn, outcome, code] = text.split('\t');
      const stageIndex = Number(stage);
      if (stageIndex < 0) return { line: Number(line), reference, received: '' as CalendarDate, caseType: '', stageIndex: -1, stage: '' };
      const caseType = this.caseTypeIds[Number(caseTypeIndex)]!;
      const date = (v: string | undefined) => (v ? (v as CalendarDate) : undefined);
      return {
        line: Number(line),
        reference,
        received: received as CalendarDate,
        ...(responded ? { responded: date(responded)! } : {}),
        ...(extended ? { extended: date(extended)! } : {}),
        ...(extensionAgreedOn ? { extensionAgreedOn: date(extensionAgreedOn)! } : {}),
        ...(withdrawn ? { withdrawn: date(withdrawn)! } : {}),
        ...(outcome ? { outcome: outcome as NonNullable<Row['outcome']> } : {}),
        ...(code ? { delayCode: this.delayCodes[Number(code)]! } : {}),
        caseType,
        stageIndex,
        stage: Object.keys(this.policy.caseTypes[caseType]!.stages)[stageIndex]!,
      };
    });
  }

  private readHeader(header: CsvRecord): void {
    this.header = header;
    const { fatal, position } = this;
    if (header.error) fatal.push({ line: header.line, field: '(header)', rule: header.error });
    const known: readonly string[] = [...CASE_CSV_COLUMNS.required, ...CASE_CSV_COLUMNS.optional];
    header.fields.forEach((raw, i) => {
      const name = raw.trim().toLowerCase();
      if (!known.includes(name)) {
        // A header may be data (a name in a spreadsheet's first row): named only when it looks like a field name.
        const hint = closest(name, known);
        fatal.push({
          line: header.line,
          field: '(header)',
          rule: `column ${i + 1} is ${keyForMessage(raw.trim())}, not a column of the layout${hint ? `; did you mean \`${hint}\`?` : ''} (the columns are ${known.join(', ')})`,
        });
      } else if (position.has(name)) fatal.push({ line: header.line, field: name, rule: 'is given twice' });
      else position.set(name, i);
    });
    for (const name of CASE_CSV_COLUMNS.required) {
      if (!position.has(name)) fatal.push({ line: header.line, field: name, rule: 'is missing from the header (the column is required, its values may be empty)' });
    }
  }

  /** Makes each case from its rows and hands it on with its first row's line; its problems go to `issues`. */
  private cases(onCase: (kase: Case, firstLine: number) => void): void {
    const { issues, badLines, groups, conflicted, workflow } = this;
    for (const reference of conflicted) {
      const held = groups.get(reference);
      for (const row of held === undefined ? [] : this.decodeRows(reference, held)) {
        if (!badLines.has(row.line)) {
          issues.push({
            line: row.line,
            field: 'reference',
            rule: 'another row writes this reference with different spaces, tabs or line breaks around it, so the case is not counted',
          });
          badLines.add(row.line);
        }
      }
      groups.delete(reference);
    }
    for (const [reference, held] of groups) {
      const rows = this.decodeRows(reference, held);
      const good = rows.filter((r) => r.stageIndex >= 0).sort((a, b) => a.stageIndex - b.stageIndex || a.line - b.line);
      const badRows = rows.filter((r) => r.stageIndex < 0);
      let kase: Case | undefined;
      let lastStage = -1;
      let broken = false;
      for (const row of good) {
        const fail = (field: Column, rule: string) => {
          issues.push({ line: row.line, field, rule });
          badLines.add(row.line);
        };
        if (broken) {
          fail('stage', 'an earlier stage of this case is on a bad row, so this stage cannot be placed');
          continue;
        }
        // The first good row opens the case; each later one continues it.
        const first = kase === undefined;
        let base: Case;
        if (kase === undefined) {
          if (row.stageIndex > 0) {
            fail(
              'stage',
              badRows.length > 0
                ? 'the first stage of this case is not on a good row, so this stage cannot be placed'
                : 'the first stage of this case has no row: give one row per stage, earlier stages included',
            );
            broken = true;
            continue;
          }
          try {
            base = workflow.openCase({ reference: row.reference, receivedAt: row.received, caseType: row.caseType });
          } catch (error) {
            const path = (error as { path?: unknown }).path;
            fail(columnOf('open', typeof path === 'string' ? path : ''), ruleOf(error));
            broken = true;
            continue;
          }
        } else {
          if (row.caseType !== kase.caseType) {
            fail('case_type', 'must be the same on every row of a reference');
            broken = true;
            continue;
          }
          if (row.stageIndex === lastStage) {
            fail('stage', 'this stage is given twice for the same reference');
            broken = true;
            continue;
          }
          base = kase;
        }
        const before = issues.length;
        const next = applyRow(workflow, base, row, first, issues);
        if (next === undefined) {
          for (let j = before; j < issues.length; j++) badLines.add(issues[j]!.line!);
          broken = true;
          continue;
        }
        kase = next;
        lastStage = row.stageIndex;
      }
      if (kase !== undefined) onCase(kase, rows[0]!.line);
      // Its rows are no longer needed.
      groups.delete(reference);
    }
  }
}
