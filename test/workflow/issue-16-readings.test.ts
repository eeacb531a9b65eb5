import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../../src/errors.js';
import { getPolicy, parsePolicy, type Policy } from '../../src/policies/index.js';
import { applyEvent, deadlines, openCase, statusOn, TransitionError, type Case, type CaseEventInput, type Deadline } from '../../src/workflow/index.js';
import { periodLastDay } from '../../src/workflow/dates.js';
import { problems } from '../policies/helpers.js';

/*
 * Issue 16, part 2: readings the library used to make silently are preset fields now, each with its source (or "no
 * source found"), and each is tested here on both settings with dates worked out by hand from the England-and-Wales
 * calendar (bank holidays named where they fall). Every preset built for a test extends a built-in one and changes
 * only the reading under test.
 */

/** A preset extending `parent` that changes one reading. */
function variant(parent: string, changes: Record<string, unknown>): Policy {
  const p = getPolicy(parent);
  return parsePolicy({ id: `${parent}-variant`, extends: parent, title: `${p.title} (test variant)`, version: '1.0.0', effectiveFrom: p.effectiveFrom, ...changes });
}

function walk(policy: Policy, receivedAt: string, events: readonly CaseEventInput[], caseType?: string): Case {
  const opened = openCase(policy, caseType === undefined ? { reference: 'R16-1', receivedAt } : { reference: 'R16-1', receivedAt, caseType });
  return events.reduce((c, e) => applyEvent(policy, c, e), opened);
}

function byId(list: readonly Deadline[], id: string): Deadline {
  const d = list.find((x) => x.id === id);
  if (!d) throw new Error(`no deadline ${id} in ${list.map((x) => x.id).join(', ')}`);
  return d;
}

const children = getPolicy('england-children-2006');

describe('a late request accepted at the discretion: the clock from acceptance (default) or from the request', () => {
  const fromRequest = variant('england-children-2006', {
    caseTypes: {
      'statutory-complaint': {
        stages: {
          'stage-2': { lateRequestClockStart: 'requested', lateRequestClockStartSource: 'local: test, counting late requests as LGSCO 25 005 179 counts in-time ones' },
          'stage-3': { lateRequestClockStart: 'requested', lateRequestClockStartSource: 'local: test' },
        },
      },
    },
  });
  // Received Mon 2024-07-01; stage 1 answered Fri 2024-07-12. The window (20 working days from the day the response
  // was sent, the baseline's reading): 15–19 Jul (5), 22–26 (10), 29 Jul–2 Aug (15), 5–9 Aug (20): Fri 2024-08-09.
  // Stage 2 asked for on Thu 2024-08-29 (after the window: the summer bank holiday, Mon 26 Aug, is inside the
  // gap), accepted on Thu 2024-09-05.
  const events: CaseEventInput[] = [
    { type: 'response-sent', on: '2024-07-12', outcome: 'not-upheld' },
    { type: 'next-stage-requested', on: '2024-08-29' },
    { type: 'discretion-decided', on: '2024-09-05', accepted: true },
  ];

  it('the baseline says so, with no source found', () => {
    const s2 = children.caseTypes['statutory-complaint']!.stages['stage-2']!;
    expect(s2.lateRequestClockStart).toBe('accepted');
    expect(s2.lateRequestClockStartSource).toMatch(/^no source found/);
  });

  it('from acceptance (Thu 5 Sep 2024): 25 working days end Thu 10 Oct, the 65-working-day maximum Thu 5 Dec 2024', () => {
    const kase = walk(children, '2024-07-01', events);
    expect(statusOn(children, kase, '2024-09-05').stage).toBe('stage-2');
    const list = deadlines(children, kase);
    expect(byId(list, 'stage-2-request-window')).toMatchObject({ start: '2024-07-12', due: '2024-08-09', metOn: '2024-08-29' });
    // 25 working days are exactly five weeks and 65 exactly thirteen: no bank holiday from 6 Sep to 5 Dec 2024.
    expect(byId(list, 'stage-2-response')).toMatchObject({ start: '2024-09-05', startedBy: 'discretion-decided', due: '2024-10-10' });
    expect(byId(list, 'stage-2-maximum')).toMatchObject({ start: '2024-09-05', due: '2024-12-05' });
  });

  it('from the request (Thu 29 Aug 2024): 25 working days end Thu 3 Oct, the maximum Thu 28 Nov 2024 (LGSCO 25 005 179)', () => {
    const kase = walk(fromRequest, '2024-07-01', events);
    const list = deadlines(fromRequest, kase);
    expect(byId(list, 'stage-2-response')).toMatchObject({ start: '2024-08-29', startedBy: 'next-stage-requested', due: '2024-10-03' });
    // The date the ombudsman gave in decision 25 005 179 (Cornwall): "should have been completed by 28 November 2024".
    expect(byId(list, 'stage-2-maximum')).toMatchObject({ start: '2024-08-29', due: '2024-11-28' });
  });

  it('a late request for a panel: 30 working days from acceptance (Fri 3 Jan 2025) or from the request (Tue 24 Dec 2024)', () => {
    // Stage 2 answered Mon 2024-10-07; its window: 8–11 Oct (4), 14–18 (9), 21–25 (14), 28 Oct–1 Nov (19), Mon 4 Nov
    // (20). A panel asked for on Tue 2024-11-12 (late), accepted on Tue 2024-11-19.
    const more: CaseEventInput[] = [
      ...events,
      { type: 'response-sent', on: '2024-10-07', outcome: 'not-upheld' },
      { type: 'panel-requested', on: '2024-11-12' },
      { type: 'discretion-decided', on: '2024-11-19', accepted: true },
    ];
    // From Tue 19 Nov: 20–26 Nov (5), to 3 Dec (10), 10 Dec (15), 17 Dec (20), 18–24 Dec (25), [Christmas Day, Boxing
    // Day], Fri 27 (26), Mon 30 (27), Tue 31 (28), [New Year's Day], Thu 2 Jan (29), Fri 3 Jan 2025 (30).
    const meeting = byId(deadlines(children, walk(children, '2024-07-01', more)), 'stage-3-panel-meeting');
    expect(meeting).toMatchObject({ start: '2024-11-19', due: '2025-01-03' });
    expect(meeting.skipped.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(['2024-12-25', '2024-12-26', '2025-01-01']);
    // From Tue 12 Nov: six weeks exactly, before Christmas: Tue 24 Dec 2024.
    expect(byId(deadlines(fromRequest, walk(fromRequest, '2024-07-01', more)), 'stage-3-panel-meeting')).toMatchObject({ start: '2024-11-12', due: '2024-12-24' });
  });

  it('an in-time request is counted from the request either way', () => {
    const inTime: CaseEventInput[] = [
      { type: 'response-sent', on: '2024-07-12', outcome: 'not-upheld' },
      { type: 'next-stage-requested', on: '2024-08-08' },
    ];
    for (const p of [children, fromRequest]) expect(byId(deadlines(p, walk(p, '2024-07-01', inTime)), 'stage-2-response').start).toBe('2024-08-08');
  });
});

describe('the window to ask for the next stage: from the day the response was sent, or received', () => {
  const fromReceipt = variant('england-children-2006', {
    caseTypes: {
      'statutory-complaint': {
        stages: {
          'stage-1': {
            escalation: { windowFrom: 'response-received', windowFromSource: 'local: test, "within 20 working days of receiving the Stage 1 written response"' },
          },
        },
      },
    },
  });
  // Received Mon 2026-03-09; stage 1 answered Fri 2026-03-20 (due Mon 23 March); the letter reached the
  // complainant on Tue 2026-03-24.
  const sent: CaseEventInput = { type: 'response-sent', on: '2026-03-20', outcome: 'partly-upheld' };
  const received: CaseEventInput = { type: 'response-received', on: '2026-03-25', receivedOn: '2026-03-24' };

  it('from the day sent (Fri 20 Mar 2026): Tue 21 Apr, Good Friday and Easter Monday skipped; a request on Wed 22 Apr is late', () => {
    // 23–27 Mar (5), 30 Mar–2 Apr (9), [Good Friday 3 Apr, Easter Monday 6 Apr], 7–10 Apr (13), 13–17 (18), Mon 20 (19),
    // Tue 21 Apr (20).
    const kase = walk(children, '2026-03-09', [sent, received]);
    const w = byId(deadlines(children, kase), 'stage-2-request-window');
    expect(w).toMatchObject({ start: '2026-03-20', startedBy: 'response-sent', due: '2026-04-21', provisional: false });
    expect(w.skipped.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(['2026-04-03', '2026-04-06']);
    const asked = applyEvent(children, kase, { type: 'next-stage-requested', on: '2026-04-22' });
    expect(statusOn(children, asked, '2026-04-22').state).toBe('awaiting-discretion');
  });

  it('from the day received (Tue 24 Mar 2026): Thu 23 Apr; the same request on Wed 22 Apr is in time', () => {
    // 25–27 Mar (3), 30 Mar–2 Apr (7), [3 and 6 Apr], 7–10 Apr (11), 13–17 (16), Mon 20 (17), Tue 21 (18), Wed 22 (19),
    // Thu 23 Apr (20).
    const kase = walk(fromReceipt, '2026-03-09', [sent, received]);
    expect(byId(deadlines(fromReceipt, kase), 'stage-2-request-window')).toMatchObject({
      start: '2026-03-24',
      startedBy: 'response-received',
      due: '2026-04-23',
      flags: [],
    });
    const asked = applyEvent(fromReceipt, kase, { type: 'next-stage-requested', on: '2026-04-22' });
    expect(statusOn(fromReceipt, asked, '2026-04-22')).toMatchObject({ state: 'open', stage: 'stage-2' });
  });

  it('until receipt is recorded, the day sent stands in for it, flagged as assumed', () => {
    const w = byId(deadlines(fromReceipt, walk(fromReceipt, '2026-03-09', [sent])), 'stage-2-request-window');
    expect(w).toMatchObject({ start: '2026-03-20', due: '2026-04-21', provisional: true });
    expect(w.flags).toEqual(['clock-start-assumed']);
  });

  it('Swindon counts from receipt, as its flowchart says', () => {
    const swindon = getPolicy('swindon').caseTypes['statutory-complaint']!.stages;
    expect(swindon['stage-1']!.escalation).toMatchObject({ windowFrom: 'response-received' });
    expect(swindon['stage-1']!.escalation!.windowFromSource).toContain('of receiving the Stage 1 written response');
    expect(swindon['stage-2']!.escalation).toMatchObject({ windowFrom: 'response-received' });
  });

  it('the response-received event: once, after a response, dated between the response and the day it is recorded', () => {
    const opened = walk(fromReceipt, '2026-03-09', []);
    expect(() => applyEvent(fromReceipt, opened, { type: 'response-received', on: '2026-03-20' })).toThrow(TransitionError);
    const answered = applyEvent(fromReceipt, opened, sent);
    const before = (): unknown => applyEvent(fromReceipt, answered, { type: 'response-received', on: '2026-03-25', receivedOn: '2026-03-19' });
    expect(before).toThrow(InvalidArgumentError);
    expect(before).toThrow(/event\.receivedOn.*before the day the response was sent/);
    expect(() => applyEvent(fromReceipt, answered, { type: 'response-received', on: '2026-03-25', receivedOn: '2026-03-26' })).toThrow(/event\.receivedOn.*not be after/);
    const once = applyEvent(fromReceipt, answered, { type: 'response-received', on: '2026-03-23' });
    expect(() => applyEvent(fromReceipt, once, { type: 'response-received', on: '2026-03-24' })).toThrow(TransitionError);
  });
});

describe("the adults' ceiling: the period of 6 months commencing on the day of receipt, or the ICO's month rule", () => {
  const adults = getPolicy('england-adults-2009');
  const ico = variant('england-adults-2009', {
    caseTypes: { 'statutory-complaint': { stages: { response: { timescale: { calendarMonthsEnd: 'corresponding-date', calendarMonthsEndSource: 'local: test' } } } } },
  });
  const due = (p: Policy, receivedAt: string): Deadline => byId(deadlines(p, walk(p, receivedAt, [])), 'response-response');

  it("the preset reads the regulation's words: period-last-day, quoting SI 2012/3094 reg 29(3)(a)", () => {
    const t = adults.caseTypes['statutory-complaint']!.stages['response']!.timescale;
    expect(t.calendarMonthsEnd).toBe('period-last-day');
    expect(t.calendarMonthsEndSource).toContain('"the period of 6 months commencing on the day on which the complaint was');
  });

  it('received Thu 25 Jun 2026: the period ends Thu 24 Dec 2026; the ICO rule gives Tue 29 Dec (Christmas, a weekend, Boxing Day moved to Mon 28 Dec)', () => {
    expect(due(adults, '2026-06-25')).toMatchObject({ calendarMonths: 6, due: '2026-12-24', skipped: [] });
    const rolled = due(ico, '2026-06-25');
    expect(rolled.due).toBe('2026-12-29');
    expect(rolled.skipped.map((d) => d.date)).toEqual(['2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28']);
  });

  it('received Mon 5 Jan 2026: the period ends Sat 4 Jul, not moved; the ICO rule gives Mon 6 Jul (Sun 5 Jul moved)', () => {
    expect(due(adults, '2026-01-05').due).toBe('2026-07-04');
    expect(due(ico, '2026-01-05').due).toBe('2026-07-06');
  });

  it('received on the summer bank holiday, Mon 31 Aug 2026: no 31 February, so the period ends Sun 28 Feb 2027; ICO Mon 1 Mar', () => {
    expect(due(adults, '2026-08-31').due).toBe('2027-02-28');
    expect(due(ico, '2026-08-31').due).toBe('2027-03-01');
  });

  it("the last day of a period of months: the day before the corresponding date, else the month's last day", () => {
    expect(periodLastDay('2026-01-15' as never, 6)).toBe('2026-07-14');
    expect(periodLastDay('2026-08-28' as never, 6)).toBe('2027-02-27');
    expect(periodLastDay('2026-08-29' as never, 6)).toBe('2027-02-28');
    expect(periodLastDay('2026-09-01' as never, 6)).toBe('2027-02-28');
    expect(periodLastDay('2027-08-31' as never, 6)).toBe('2028-02-29');
    expect(periodLastDay('2026-03-01' as never, 1)).toBe('2026-03-31');
  });
});

describe('a subject access extension: three months from receipt, or two further months from the end of the first', () => {
  const sar = getPolicy('uk-gdpr-sar');
  const further = variant('uk-gdpr-sar', {
    caseTypes: { 'subject-access': { stages: { response: { extension: { calendarMonthsFrom: 'first-period-end', calendarMonthsFromSource: 'local: test' } } } } },
  });
  const extend: CaseEventInput = { type: 'extension-agreed', on: '2026-02-20', calendarMonths: 2, reason: 'Complex request', agreedWithComplainant: false };

  it('the preset keeps three months from receipt, with no source found', () => {
    const e = sar.caseTypes['subject-access']!.stages['response']!.extension!;
    expect(e.calendarMonthsFrom).toBe('clock-start');
    expect(e.calendarMonthsFromSource).toMatch(/^no source found/);
  });

  it('received Sat 31 Jan 2026: one month ends Sat 28 Feb (due Mon 2 Mar); extended, Thu 30 Apr from receipt or Tue 28 Apr from 28 Feb', () => {
    for (const [p, end] of [
      [sar, '2026-04-30'],
      [further, '2026-04-28'],
    ] as const) {
      const opened = walk(p, '2026-01-31', [], 'subject-access');
      const list = deadlines(p, opened);
      expect(byId(list, 'response-response').due).toBe('2026-03-02');
      expect(byId(list, 'response-maximum').due).toBe(end);
      const extended = deadlines(p, applyEvent(p, opened, extend));
      expect(byId(extended, 'response-extended-response')).toMatchObject({ due: end, calendarMonths: 3, flags: ['extension-not-agreed-with-complainant'] });
    }
  });

  it('received Sun 31 May 2026: both end on the summer bank holiday or the Sunday before it, so both are due Tue 1 Sep 2026', () => {
    // From receipt: 31 August, the summer bank holiday, moved to Tue 1 Sep. From the first month's end (30 June):
    // 30 August, a Sunday, moved past Mon 31 Aug (bank holiday) to Tue 1 Sep.
    for (const p of [sar, further]) expect(byId(deadlines(p, walk(p, '2026-05-31', [], 'subject-access')), 'response-maximum').due).toBe('2026-09-01');
  });
});

describe('Swindon\'s "On Day 1 of receiving the complaint": the day of receipt is day 0 (preset) or day 1', () => {
  const swindon = getPolicy('swindon');
  const dayOne = variant('swindon', { caseTypes: { 'statutory-complaint': { acknowledgement: { startDay: 'day-1', startDaySource: 'local: test' } } } });

  it('the preset says day 0, and why', () => {
    const ack = swindon.caseTypes['statutory-complaint']!.acknowledgement!;
    expect(ack.startDay).toBe('day-0');
    expect(ack.startDaySource).toContain('On Day 1 of');
    expect(ack.startDaySource).toContain('day of receipt as day 0');
  });

  it('received Thu 2 Apr 2026, 3 working days: Thu 9 Apr (day 0) or Wed 8 Apr (day 1), Good Friday and Easter Monday skipped', () => {
    // Day 0: Tue 7 (1), Wed 8 (2), Thu 9 (3). Day 1: Thu 2 (1), Tue 7 (2), Wed 8 (3).
    expect(byId(deadlines(swindon, walk(swindon, '2026-04-02', [])), 'acknowledgement').due).toBe('2026-04-09');
    expect(byId(deadlines(dayOne, walk(dayOne, '2026-04-02', [])), 'acknowledgement').due).toBe('2026-04-08');
  });

  it('received on Saturday 4 Apr 2026 both readings give Thu 9 Apr: the first working day after is day 1', () => {
    for (const p of [swindon, dayOne]) expect(byId(deadlines(p, walk(p, '2026-04-04', [])), 'acknowledgement').due).toBe('2026-04-09');
  });
});

describe('Wales (WSI 2014/1794): a time limit for complaining and a rule for an investigation over 25 working days', () => {
  const wales = getPolicy('wales-social-services-2014');

  it('12 months with discretion, marked as read second-hand', () => {
    expect(wales.timeLimit).toMatchObject({ months: 12, discretion: true, decidedBy: 'complaints-officer' });
    expect(wales.timeLimit!.source).toContain('read second-hand');
    const kase = walk(wales, '2026-01-05', []);
    expect(statusOn(wales, applyEvent(wales, kase, { type: 'accepted-late', on: '2026-01-06' }), '2026-01-06').state).toBe('open');
  });

  it('formal investigation asked for Mon 2 Mar 2026: due Wed 8 Apr (Good Friday, Easter Monday skipped); a later date is recorded, no maximum', () => {
    // Stage 1 acknowledged Tue 2026-02-03 and answered Fri 2026-02-13; investigation asked for Mon 2026-03-02.
    // 25 working days: 3–6 Mar (4), 9–13 (9), 16–20 (14), 23–27 (19), 30 Mar–2 Apr (23), [3 and 6 Apr], Tue 7 (24),
    // Wed 8 Apr (25).
    const kase = walk(wales, '2026-02-02', [
      { type: 'acknowledged', on: '2026-02-03' },
      { type: 'response-sent', on: '2026-02-13', outcome: 'not-upheld' },
      { type: 'next-stage-requested', on: '2026-03-02' },
    ]);
    expect(byId(deadlines(wales, kase), 'formal-investigation-response').due).toBe('2026-04-08');
    const later = applyEvent(wales, kase, {
      type: 'extension-agreed',
      on: '2026-04-01',
      newDueDate: '2026-05-20',
      reason: 'Two bodies involved',
      agreedWithComplainant: false,
    });
    const list = deadlines(wales, later);
    expect(list.some((d) => d.kind === 'maximum')).toBe(false);
    expect(byId(list, 'formal-investigation-extended-response')).toMatchObject({ due: '2026-05-20', flags: ['extension-not-agreed-with-complainant'] });
  });
});

describe('the new fields validate with clear errors', () => {
  const stage2 = (fields: Record<string, unknown>) => ({ caseTypes: { 'statutory-complaint': { stages: { 'stage-2': fields } } } });
  const child = (changes: Record<string, unknown>) => ({
    id: 'child',
    extends: 'england-children-2006',
    title: 'Child',
    version: '1.0.0',
    effectiveFrom: '2026-04-01',
    ...changes,
  });
  const S2 = 'caseTypes.statutory-complaint.stages.stage-2';

  it('a value outside the list names the field and the values allowed', () => {
    const issues = problems(() => parsePolicy(child(stage2({ lateRequestClockStart: 'decided', lateRequestClockStartSource: 'local: test' }))));
    expect(issues.map((i) => i.path)).toEqual([`${S2}.lateRequestClockStart`]);
    expect(issues[0]!.message).toContain('`accepted`');
    expect(issues[0]!.message).toContain('`requested`');
    const window = problems(() => parsePolicy(child(stage2({ escalation: { windowFrom: 'sent', windowFromSource: 'local: test' } }))));
    expect(window.map((i) => i.path)).toEqual([`${S2}.escalation.windowFrom`]);
    expect(window[0]!.message).toMatch(/`response-sent`.*`response-received`/);
  });

  it('a reading without its source is refused, naming the source field to add', () => {
    // Stage 1 of the baseline states no reading of its own (stage 2 does, and a child inherits its source).
    const S1 = 'caseTypes.statutory-complaint.stages.stage-1';
    const issues = problems(() => parsePolicy(child({ caseTypes: { 'statutory-complaint': { stages: { 'stage-1': { lateRequestClockStart: 'requested' } } } } })));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`${S1}.lateRequestClockStartSource`, 'missing-source']]);
    expect(issues[0]!.message).toContain('`no source found`');
    const target = problems(() =>
      parsePolicy({ ...child({}), caseTypes: { 'statutory-complaint': { acknowledgement: { workingDays: 3, startDay: 'day-1', source: 'local: test' } } } }),
    );
    expect(target.map((i) => [i.path, i.code])).toEqual([['caseTypes.statutory-complaint.acknowledgement.startDaySource', 'missing-source']]);
  });

  it('a months-only reading on a timescale in working days is refused', () => {
    const issues = problems(() => parsePolicy(child(stage2({ timescale: { calendarMonthsEnd: 'period-last-day', calendarMonthsEndSource: 'local: test' } }))));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[`${S2}.timescale.calendarMonthsEnd`, 'months-only']]);
    const ext = problems(() => parsePolicy(child(stage2({ extension: { calendarMonthsFrom: 'first-period-end', calendarMonthsFromSource: 'local: test' } }))));
    expect(ext.map((i) => [i.path, i.code])).toEqual([[`${S2}.extension.calendarMonthsFrom`, 'months-only']]);
  });
});
