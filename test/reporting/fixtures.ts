// A small hand-built set of Dudley cases (England-and-Wales bank holidays), with every date worked out by hand in
// the comments. 2026 calendar used below: Wed 1 Apr; Good Friday Fri 3 Apr; Easter Monday Mon 6 Apr; early May bank
// holiday Mon 4 May; spring bank holiday Mon 25 May; summer bank holiday Mon 31 Aug (GOV.UK, England and Wales).
// Working days are counted from day 0 (the day of receipt, or of the request for stage 2): day 1 is the next
// working day (SI 2006/1738 reg 14, as the presets count).
import { getPolicy } from '../../src/policies/index.js';
import { applyEvent, openCase, type Case, type CaseEventInput } from '../../src/workflow/index.js';

export const dudley = getPolicy('dudley');

export function build(reference: string, received: string, events: readonly CaseEventInput[]): Case {
  return events.reduce((c, e) => applyEvent(dudley, c, e), openCase(dudley, { reference, receivedAt: received }));
}

/**
 * The set. Period 1 April to 30 September 2026 (Q1 and Q2 of 2026/27), as of Wednesday 30 September 2026.
 */
export const handCases: readonly Case[] = [
  // A: received Wed 1 Apr. Day 1 Thu 2 Apr; Fri 3 and Mon 6 Apr are bank holidays; Tue 7 (2), Wed 8 (3),
  // Thu 9 (4), Fri 10 (5), Mon 13 (6), Tue 14 (7), Wed 15 (8), Thu 16 (9), Fri 17 Apr (10) = due.
  // Answered Thu 16 Apr: 9 working days, in time. Upheld.
  build('HB-A', '2026-04-01', [{ type: 'response-sent', on: '2026-04-16', outcome: 'upheld' }]),

  // B, the close-date trap: received Mon 13 Apr; Tue 14 (1) … Fri 17 (4), Mon 20 (5) … Fri 24 (9), Mon 27 Apr (10)
  // = due. Answered ON the due date Mon 27 Apr (10 working days, in time), but closed on the system Fri 15 May,
  // well after the due date: still in time, because timeliness is measured on the response-sent date.
  build('HB-B', '2026-04-13', [
    { type: 'response-sent', on: '2026-04-27', outcome: 'not-upheld' },
    { type: 'closed', on: '2026-05-15' },
  ]),

  // C, the extension trap: received Mon 1 Jun; Tue 2 (1) … Fri 5 (4), Mon 8 (5) … Fri 12 (9), Mon 15 Jun (10) =
  // original due date. Extension agreed Wed 10 Jun to Mon 29 Jun: Tue 16 (11) … Fri 19 (14), Mon 22 (15) … Fri 26
  // (19), Mon 29 (20) = exactly the 20-working-day statutory maximum, so not beyond it. Answered Wed 24 Jun: Tue 16
  // (11), Wed 17 (12), Thu 18 (13), Fri 19 (14), Mon 22 (15), Tue 23 (16), Wed 24 (17) = 17 working days: late
  // against the original date, in time against the extended one. Partly upheld.
  build('HB-C', '2026-06-01', [
    { type: 'extension-agreed', on: '2026-06-10', newDueDate: '2026-06-29', reason: 'Complex case', agreedWithComplainant: true },
    { type: 'response-sent', on: '2026-06-24', outcome: 'partly-upheld' },
  ]),

  // D, a response sent on a bank holiday, in time: received Mon 11 May; Tue 12 (1) … Fri 15 (4), Mon 18 (5) … Fri 22
  // (9); Mon 25 May is the spring bank holiday; Tue 26 May (10) = due. Answered on Mon 25 May itself: before the
  // due date, so in time; working days: 9 up to Fri 22 May, and a response on a non-working day counts as the next
  // working day, so 10. Upheld.
  build('HB-D', '2026-05-11', [{ type: 'response-sent', on: '2026-05-25', outcome: 'upheld' }]),

  // E, a response sent on a bank holiday, late: received Fri 14 Aug; Mon 17 (1) … Fri 21 (5), Mon 24 (6) … Fri 28
  // Aug (10) = due. Answered Mon 31 Aug, the summer bank holiday: after the due date, so late; working days 10 + 1 =
  // 11. Reason Z041 (multiple teams) recorded Wed 2 Sep. Partly upheld.
  build('HB-E', '2026-08-14', [
    { type: 'response-sent', on: '2026-08-31', outcome: 'partly-upheld' },
    { type: 'delay-reason-recorded', on: '2026-09-02', code: 'Z041' },
  ]),

  // F, late with the reason still awaited: received Wed 1 Jul; Thu 2 (1), Fri 3 (2), Mon 6 (3) … Fri 10 (7), Mon 13
  // (8), Tue 14 (9), Wed 15 Jul (10) = due. Answered Tue 21 Jul: Thu 16 (11), Fri 17 (12), Mon 20 (13), Tue 21 (14)
  // = 14 working days, 4 late. No reason recorded: awaited (Z045). Not upheld.
  build('HB-F', '2026-07-01', [{ type: 'response-sent', on: '2026-07-21', outcome: 'not-upheld' }]),

  // G, escalated: received Thu 2 Apr; Fri 3 and Mon 6 Apr are bank holidays; Tue 7 (1) … Fri 10 (4), Mon 13 (5) …
  // Fri 17 (9), Mon 20 Apr (10) = due. Answered Fri 17 Apr: 9 working days, in time; not upheld.
  // Stage 2 asked for Tue 5 May (day 0; Mon 4 May is a bank holiday). 25 working days: Wed 6 (1) … Fri 8 (3),
  // Mon 11 (4) … Fri 15 (8), Mon 18 (9) … Fri 22 (13), Tue 26 (14; Mon 25 May holiday) … Fri 29 (17), Mon 1 Jun
  // (18) … Fri 5 (22), Mon 8 (23), Tue 9 (24), Wed 10 Jun (25) = original due date. The 65-working-day maximum
  // falls on Wed 5 Aug (Thu 11 Jun 26 … Fri 12 (27); then 5 a week: Fri 19 Jun 32, Fri 26 Jun 37, Fri 3 Jul 42,
  // Fri 10 Jul 47, Fri 17 Jul 52, Fri 24 Jul 57, Fri 31 Jul 62, Mon 3 Aug 63, Tue 4 64, Wed 5 Aug 65).
  // Extension agreed Mon 8 Jun to Fri 7 Aug: beyond the statutory maximum (allowed locally, and counted as such).
  // Stage-2 response Thu 6 Aug = 66 working days: in time against the extended date, late against the original.
  // Partly upheld.
  build('HB-G', '2026-04-02', [
    { type: 'response-sent', on: '2026-04-17', outcome: 'not-upheld' },
    { type: 'next-stage-requested', on: '2026-05-05' },
    { type: 'extension-agreed', on: '2026-06-08', newDueDate: '2026-08-07', reason: 'Investigator availability', agreedWithComplainant: true },
    { type: 'response-sent', on: '2026-08-06', outcome: 'partly-upheld' },
  ]),

  // H, open and long overdue: received Mon 3 Aug; Tue 4 (1) … Fri 7 (4), Mon 10 (5) … Fri 14 (9), Mon 17 Aug (10) =
  // due. No response by Wed 30 Sep: after Mon 17 Aug, Tue 18–Fri 21 (4), 24–28 Aug (9), Mon 31 Aug holiday,
  // 1–4 Sep (13), 7–11 (18), 14–18 (23), 21–25 (28), Mon 28, Tue 29, Wed 30 Sep (31): 31 working days overdue.
  build('HB-H', '2026-08-03', [{ type: 'acknowledged', on: '2026-08-04' }]),

  // I, open and just overdue: received Mon 14 Sep; Tue 15 (1) … Fri 18 (4), Mon 21 (5) … Fri 25 (9), Mon 28 Sep
  // (10) = due. On Wed 30 Sep: Tue 29, Wed 30 = 2 working days overdue.
  build('HB-I', '2026-09-14', []),

  // J, open, not yet due: received Tue 29 Sep.
  build('HB-J', '2026-09-29', []),

  // K, withdrawn Fri 10 Jul (received Mon 6 Jul): not open, never overdue, never responded.
  build('HB-K', '2026-07-06', [{ type: 'withdrawn', on: '2026-07-10' }]),

  // L, received before the period (Mon 23 Mar 2026) and answered in it: Tue 24 (1), Wed 25 (2), Thu 26 (3), Fri 27
  // (4), Mon 30 (5), Tue 31 (6), Wed 1 Apr (7), Thu 2 Apr (8), Tue 7 Apr (9), Wed 8 Apr (10) = due. Answered Thu 9
  // Apr: 11 working days, late; reason Z040 (complex case) Fri 10 Apr. Upheld.
  build('HB-L', '2026-03-23', [
    { type: 'response-sent', on: '2026-04-09', outcome: 'upheld' },
    { type: 'delay-reason-recorded', on: '2026-04-10', code: 'Z040' },
  ]),

  // N, received Mon 21 Sep and answered Fri 2 Oct, after the as-of date: the response is ignored, so the case is open
  // on 30 Sep, and not overdue (due Mon 5 Oct).
  build('HB-N', '2026-09-21', [{ type: 'response-sent', on: '2026-10-02', outcome: 'upheld' }]),
];
