/**
 * A clock stop counted with the preset's own reading of a period (issue 16, remaining): `calendarMonthsEnd:
 * period-last-day`, an extension's `calendarMonthsFrom: first-period-end`, and a count whose start is day 1. Before,
 * a paused count always ended on the corresponding date, counted from the clock start, with the start as day 0.
 *
 * Every date is worked out by hand from the England-and-Wales calendar. 2026: Sunday 1 March, so Monday 2, 9, 16
 * March; Wednesday 1 April; Good Friday 3 April, Easter Monday 6 April; Sunday 12 April; Monday 1 June. 2027:
 * Friday 1 January, so Sunday 31 January, Sunday 28 February, Monday 1 March, Wednesday 28 April, Friday 30 April,
 * Sunday 2 May; Monday 3 May 2027 is the early May bank holiday.
 */
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { getPolicy, parsePolicy, type Policy } from '../../src/policies/index.js';
import { applyEvent, deadlines, openCase, type Case, type CaseEventInput, type Deadline } from '../../src/workflow/index.js';
import { addCountPaused } from '../../src/workflow/rules/clock-stops.js';

/** A preset extending `parent` that changes one reading. */
function variant(parent: string, changes: Record<string, unknown>): Policy {
  const p = getPolicy(parent);
  return parsePolicy({ id: `${parent}-variant`, extends: parent, title: `${p.title} (test variant)`, version: '2.0.0', effectiveFrom: p.effectiveFrom, ...changes });
}

function walk(policy: Policy, receivedAt: string, events: readonly CaseEventInput[]): Case {
  return events.reduce((c, e) => applyEvent(policy, c, e), openCase(policy, { reference: 'R16-S', receivedAt }));
}

function byId(list: readonly Deadline[], id: string): Deadline {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`no deadline ${id}`);
  return d;
}

const stop = (on: string, reason = 'clarification'): CaseEventInput => ({ type: 'clock-stopped', on, reason });
const resume = (on: string): CaseEventInput => ({ type: 'clock-resumed', on });

describe('a pause with calendarMonthsEnd: period-last-day (the period ends on its last day, never rolled)', () => {
  const sar = getPolicy('uk-gdpr-sar');
  const lastDay = variant('uk-gdpr-sar', {
    caseTypes: { 'subject-access': { stages: { response: { timescale: { calendarMonthsEnd: 'period-last-day', calendarMonthsEndSource: 'local: test' } } } } },
  });

  // Received Monday 2 March 2026. The month commencing on 2 March ends on its last day, Wednesday 1 April (the day
  // before the corresponding date, 2 April). Clarification asked Wednesday 4 March, received Wednesday 11 March:
  // 4-11 March, 8 days, do not count, so the end moves on 8 days: Thursday 9 April 2026. The default reading moves
  // the corresponding date 2 April on 8 days: Friday 10 April.
  const clarified = [stop('2026-03-04'), resume('2026-03-11')];

  it('received 2 March, clarification 4-11 March: due Thursday 9 April 2026 (Friday 10 April with the corresponding date)', () => {
    expect(byId(deadlines(lastDay, walk(lastDay, '2026-03-02', [])), 'response-response').due).toBe('2026-04-01');
    const d = byId(deadlines(lastDay, walk(lastDay, '2026-03-02', clarified)), 'response-response');
    expect(d.due).toBe('2026-04-09');
    expect(d.skipped.map((s) => s.date)).toEqual(['2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11']);
    expect(byId(deadlines(sar, walk(sar, '2026-03-02', clarified)), 'response-response').due).toBe('2026-04-10');
  });

  // Clarification received Saturday 14 March instead: 4-14 March, 11 days. 1 April + 11 = Sunday 12 April 2026, kept
  // (nothing in the period-last-day reading moves a weekend end); the default reading gives 2 April + 11 = Monday 13
  // April 2026, a working day (Easter Monday was 6 April).
  it('a pause of 11 days ends the period on Sunday 12 April 2026, not rolled (default: Monday 13 April)', () => {
    const later = [stop('2026-03-04'), resume('2026-03-14')];
    const d = byId(deadlines(lastDay, walk(lastDay, '2026-03-02', later)), 'response-response');
    expect(d.due).toBe('2026-04-12');
    // Nothing rolled over at the end: only the 11 stopped days are skipped.
    expect(d.skipped.every((s) => s.kind === 'clock-stopped')).toBe(true);
    expect(d.skipped).toHaveLength(11);
    expect(byId(deadlines(sar, walk(sar, '2026-03-02', later)), 'response-response').due).toBe('2026-04-13');
  });

  // The three-month maximum: the period of 3 months commencing on 2 March ends Monday 1 June 2026; + 8 days = Tuesday
  // 9 June 2026 (the default: 2 June + 8 = Wednesday 10 June).
  it('the three-month maximum moves from Monday 1 June to Tuesday 9 June 2026 (default: 10 June)', () => {
    expect(byId(deadlines(lastDay, walk(lastDay, '2026-03-02', [])), 'response-maximum').due).toBe('2026-06-01');
    expect(byId(deadlines(lastDay, walk(lastDay, '2026-03-02', clarified)), 'response-maximum').due).toBe('2026-06-09');
    expect(byId(deadlines(sar, walk(sar, '2026-03-02', clarified)), 'response-maximum').due).toBe('2026-06-10');
  });
});

describe('a pause with calendarMonthsFrom: first-period-end (the further months run from the end of the first)', () => {
  const sar = getPolicy('uk-gdpr-sar');
  const further = variant('uk-gdpr-sar', {
    caseTypes: { 'subject-access': { stages: { response: { extension: { calendarMonthsFrom: 'first-period-end', calendarMonthsFromSource: 'local: test' } } } } },
  });
  const extend: CaseEventInput = { type: 'extension-agreed', on: '2027-02-19', calendarMonths: 2, reason: 'Complex request', agreedWithComplainant: false };

  // Received Sunday 31 January 2027. First month: 28 February 2027 (no 31 February). Two further months from it: 28
  // April 2027, a Wednesday. Three months from receipt: 30 April 2027, a Friday.
  it('without a pause: Wednesday 28 April 2027 from the end of the first month, Friday 30 April from receipt', () => {
    expect(byId(deadlines(further, walk(further, '2027-01-31', [])), 'response-maximum').due).toBe('2027-04-28');
    expect(byId(deadlines(sar, walk(sar, '2027-01-31', [])), 'response-maximum').due).toBe('2027-04-30');
  });

  // Extended on Friday 19 February; clarification asked Monday 1 March, received Tuesday 2 March 2027: 2 days that do
  // not count, after the first month ended (28 February). From the end of the first month: 28 April + 2 = Friday 30
  // April 2027. From receipt: 30 April + 2 = Sunday 2 May, rolled past the early May bank holiday (Monday 3 May) to
  // Tuesday 4 May 2027. Before this fix the paused count ignored first-period-end and gave 4 May for both.
  const paused = [extend, stop('2027-03-01'), resume('2027-03-02')];

  it('a 2-day pause in the further months: Friday 30 April 2027 (Tuesday 4 May from receipt)', () => {
    const list = deadlines(further, walk(further, '2027-01-31', paused));
    expect(byId(list, 'response-maximum').due).toBe('2027-04-30');
    expect(byId(list, 'response-extended-response').due).toBe('2027-04-30');
    expect(byId(deadlines(sar, walk(sar, '2027-01-31', paused)), 'response-maximum').due).toBe('2027-05-04');
  });

  // A pause inside the first month moves the first month's end, and the further months run from the moved end:
  // clarification asked Wednesday 10 February, received Thursday 11 February 2027 (2 days). First month: 28 February
  // + 2 = Tuesday 2 March 2027; two further months: Sunday 2 May, rolled past Monday 3 May (bank holiday) to Tuesday
  // 4 May 2027. The one-month response: 28 February + 2 = Tuesday 2 March 2027.
  it('a 2-day pause in the first month: the response Tuesday 2 March 2027, the maximum Tuesday 4 May 2027', () => {
    const list = deadlines(further, walk(further, '2027-01-31', [stop('2027-02-10'), resume('2027-02-11')]));
    expect(byId(list, 'response-response').due).toBe('2027-03-02');
    expect(byId(list, 'response-maximum').due).toBe('2027-05-04');
  });
});

describe('a paused count whose start is day 1 (startDay: day-1)', () => {
  const ew = createCalendar({ holidays: 'england-and-wales' });
  const pause = (from: string, until: string) => ({ from, until, title: 'Waiting', reason: 'clarification' }) as never;

  // 10 working days from Monday 2 March 2026, the start being day 1: 2 (1), 3, 4, 5, 6 (5), 9-13 (10): Friday 13
  // March. With 4 and 5 March paused: 2 (1), 3 (2), 6 (3), 9-13 (8), 16 (9), 17 (10): Tuesday 17 March 2026. Day 0
  // with the same pause: 3 (1), 6 (2), 9-13 (7), 16, 17, 18 (10): Wednesday 18 March.
  it('working days: Tuesday 17 March 2026 with 4-5 March paused (day 0: Wednesday 18 March)', () => {
    expect(addCountPaused(ew, '2026-03-02' as never, { workingDays: 10, startIsDayOne: true }, [])).toBe('2026-03-13');
    expect(addCountPaused(ew, '2026-03-02' as never, { workingDays: 10, startIsDayOne: true }, [pause('2026-03-04', '2026-03-05')])).toBe('2026-03-17');
    expect(addCountPaused(ew, '2026-03-02' as never, { workingDays: 10 }, [pause('2026-03-04', '2026-03-05')])).toBe('2026-03-18');
  });

  // A pause from the start day itself (2-3 March) takes day 1 out: 4 (1), 5, 6 (3), 9-13 (8), 16 (9), 17 (10):
  // Tuesday 17 March 2026, the same as day 0 (3 March is paused, so counting resumes on 4 March either way).
  it('a pause from the start day takes that day out: Tuesday 17 March 2026 either way', () => {
    const p = [pause('2026-03-02', '2026-03-03')];
    expect(addCountPaused(ew, '2026-03-02' as never, { workingDays: 10, startIsDayOne: true }, p)).toBe('2026-03-17');
    expect(addCountPaused(ew, '2026-03-02' as never, { workingDays: 10 }, p)).toBe('2026-03-17');
  });

  // 30 calendar days, the start (Monday 2 March) being day 1: day 30 is Tuesday 31 March. 4-11 March paused (8
  // days): Wednesday 8 April 2026. Day 0: 1 April + 8 = Thursday 9 April.
  it('calendar days: Wednesday 8 April 2026 with 4-11 March paused (day 0: Thursday 9 April)', () => {
    expect(addCountPaused(ew, '2026-03-02' as never, { calendarDays: 30, startIsDayOne: true }, [])).toBe('2026-03-31');
    expect(addCountPaused(ew, '2026-03-02' as never, { calendarDays: 30, startIsDayOne: true }, [pause('2026-03-04', '2026-03-11')])).toBe('2026-04-08');
    expect(addCountPaused(ew, '2026-03-02' as never, { calendarDays: 30 }, [pause('2026-03-04', '2026-03-11')])).toBe('2026-04-09');
  });
});

describe('data protection complaints: the 30 days of DPA 2018 s.164A(3), on both readings of its start', () => {
  const ico = getPolicy('uk-dpa-complaints');
  const literal = variant('uk-dpa-complaints', {
    caseTypes: {
      'data-protection-complaint': { acknowledgement: { startDay: 'day-1', startDaySource: 'local: test, "30 days beginning when the complaint is received"' } },
    },
  });
  const ack = (p: Policy, received: string) => byId(deadlines(p, walk(p, received, [])), 'acknowledgement').due;

  it('the preset quotes the section and takes the ICO count (the day of receipt is day 0)', () => {
    const a = ico.caseTypes['data-protection-complaint']!.acknowledgement!;
    expect(a.startDay).toBe('day-0');
    expect(a.source).toContain('"the controller must acknowledge receipt of the complaint within the period of 30 days beginning when the complaint is received"');
  });

  // Received Thursday 25 June 2026. ICO: day 30 after it is Saturday 25 July, moved to Monday 27 July 2026. Day of
  // receipt as day 1: day 30 is Friday 24 July 2026. Received Monday 22 June: ICO Wednesday 22 July; day 1 reading
  // Tuesday 21 July 2026.
  it('received 25 June 2026: Monday 27 July (ICO) or Friday 24 July (day of receipt as day 1)', () => {
    expect(ack(ico, '2026-06-25')).toBe('2026-07-27');
    expect(ack(literal, '2026-06-25')).toBe('2026-07-24');
    expect(ack(ico, '2026-06-22')).toBe('2026-07-22');
    expect(ack(literal, '2026-06-22')).toBe('2026-07-21');
  });
});

describe('subject access requests received before 5 February 2026 (SI 2026/82 reg 4, savings relating to s.76)', () => {
  const sar = getPolicy('uk-gdpr-sar');
  // Received Wednesday 4 February 2026: one month from receipt under Article 12(3) as it stood, Wednesday 4 March 2026.
  it('are answered under Article 12(3) as it stood: received 4 February, due Wednesday 4 March 2026', () => {
    expect(byId(deadlines(sar, walk(sar, '2026-02-04', [])), 'response-response').due).toBe('2026-03-04');
  });

  it('may use none of the Article 12A clock stops: identity, fee and clarification are all refused', () => {
    for (const reason of ['identity', 'fee', 'clarification']) {
      expect(() => walk(sar, '2026-02-04', [stop('2026-02-06', reason)])).toThrow(/only for cases received on or after 2026-02-05/);
    }
    expect(sar.caseTypes['subject-access']!.clockStops!['identity']!.source).toContain('SI 2026/82 reg 4');
  });
});
