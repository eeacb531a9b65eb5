import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policies/index.js';
import { applyEvent, deadlines, openCase, statusOn, type Case, type CaseEventInput } from '../../src/workflow/index.js';

/*
 * "Complaint statement agreed (starts stage 2 where the preset says so)" (issue 4). The statutory children's preset
 * counts stage 2 from the request (LGSCO 25 005 179 Cornwall); its note cites LGSCO 24 002 249 (Haringey, North
 * Somerset, Middlesbrough) for councils that count from the agreed statement of complaint instead. A council preset
 * extending it says so with `clockStart: statement-agreed`.
 */
const policy = parsePolicy({
  id: 'statement-council',
  extends: 'england-children-2006',
  title: 'Council counting stage 2 from the agreed statement (test)',
  version: '1.0.0',
  effectiveFrom: '2026-01-01',
  caseTypes: {
    'statutory-complaint': {
      stages: {
        'stage-2': {
          clockStart: 'statement-agreed',
          source: 'local: test, after LGSCO decision 24 002 249',
        },
      },
    },
  },
});

function walk(events: readonly CaseEventInput[]): Case {
  return events.reduce((c, e) => applyEvent(policy, c, e), openCase(policy, { reference: 'SA-1', receivedAt: '2026-01-05' }));
}

// Received Monday 2026-01-05; stage 1 answered Friday 2026-01-16 (due Monday 19 January); stage 2 asked for on
// Monday 2026-01-26, inside the 20-working-day window.
const asked: CaseEventInput[] = [
  { type: 'response-sent', on: '2026-01-16', outcome: 'not-upheld' },
  { type: 'next-stage-requested', on: '2026-01-26' },
];

describe('stage 2 counted from the agreed statement of complaint', () => {
  it('the preset says so', () => {
    expect(policy.caseTypes['statutory-complaint']!.stages['stage-2']!.clockStart).toBe('statement-agreed');
  });

  it('statement agreed Monday 2026-02-02: 25 working days to Monday 2026-03-09, the maximum (65) Thursday 2026-05-07', () => {
    const kase = walk([...asked, { type: 'statement-agreed', on: '2026-02-02' }]);
    const list = deadlines(policy, kase);
    const response = list.find((d) => d.id === 'stage-2-response')!;
    // Tue 3 … Fri 6 Feb (4), 9–13 (9), 16–20 (14), 23–27 (19), 2–6 Mar (24), Mon 9 Mar (25): no bank holiday.
    expect(response).toMatchObject({ start: '2026-02-02', startedBy: 'statement-agreed', workingDays: 25, due: '2026-03-09', provisional: false });
    expect(response.flags).toEqual([]);
    expect(response.skipped.every((d) => d.kind === 'weekend')).toBe(true);
    expect(response.skipped).toHaveLength(10);
    // 65 working days: Mon 30 Mar is the 40th; Good Friday (3 Apr) and Easter Monday (6 Apr) skipped, Fri 1 May
    // the 62nd, the early May bank holiday (4 May) skipped, Thu 7 May the 65th.
    const maximum = list.find((d) => d.id === 'stage-2-maximum')!;
    expect([maximum.start, maximum.due]).toEqual(['2026-02-02', '2026-05-07']);
    expect(maximum.skipped.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(['2026-04-03', '2026-04-06', '2026-05-04']);
    expect(statusOn(policy, kase, '2026-03-02')).toMatchObject({ stage: 'stage-2', workingDaysRemaining: 5 });
  });

  it('until the statement is agreed, the request date stands in for it, provisionally: Monday 2026-03-02', () => {
    const kase = walk(asked);
    const response = deadlines(policy, kase).find((d) => d.id === 'stage-2-response')!;
    // Tue 27 … Fri 30 Jan (4), 2–6 Feb (9), 9–13 (14), 16–20 (19), 23–27 (24), Mon 2 Mar (25).
    expect(response).toMatchObject({ start: '2026-01-26', startedBy: 'statement-agreed', due: '2026-03-02', provisional: true });
    expect(response.flags).toEqual(['clock-start-assumed']);
  });

  it('the statutory preset itself counts from the request: due Monday 2026-03-02 even after a statement on 2 February', () => {
    const statutory = parsePolicy({
      id: 'request-council',
      extends: 'england-children-2006',
      title: 'Counting from the request (test)',
      version: '1.0.0',
      effectiveFrom: '2026-01-01',
    });
    const kase = [...asked, { type: 'statement-agreed', on: '2026-02-02' } as const].reduce(
      (c, e) => applyEvent(statutory, c, e),
      openCase(statutory, { reference: 'R-1', receivedAt: '2026-01-05' }),
    );
    expect(deadlines(statutory, kase).find((d) => d.id === 'stage-2-response')).toMatchObject({
      start: '2026-01-26',
      startedBy: 'next-stage-requested',
      due: '2026-03-02',
    });
  });
});
