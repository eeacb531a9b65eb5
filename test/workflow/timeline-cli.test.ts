import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/types.js';

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWith({}, ...argv);
}

/** Runs the CLI with these files readable (path → text); any other path fails as a missing file does. */
async function cliWith(files: Record<string, string>, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) return Promise.reject(Object.assign(new Error('no such file'), { code: 'ENOENT' }));
      return Promise.resolve(text);
    },
    writeFile: () => {
      return Promise.reject(new Error('no files in this test'));
    },
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

interface TimelineJson {
  policy: string;
  received: string;
  caseType: string;
  deadlines: Array<{ id: string; date: string; weekday: string; skipped: Array<{ date: string; kind: string; reason: string }> }>;
  reminders: Array<{ id: string; stage: string; date: string; to: string[]; cc: string[]; template: string }>;
}

describe('statutory-complaints timeline', () => {
  it('--json for Dudley, received Friday 2025-12-19: stage 1 due Wednesday 2026-01-07, the ladder with recipients', async () => {
    const r = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as TimelineJson;
    expect(t.policy).toBe('dudley');
    expect(t.received).toBe('2025-12-19');
    expect(t.caseType).toBe('statutory-complaint');
    const s1 = t.deadlines.find((d) => d.id === 'stage-1-response')!;
    expect([s1.date, s1.weekday]).toEqual(['2026-01-07', 'Wednesday']);
    expect(s1.skipped.filter((d) => d.kind === 'holiday').map((d) => d.date)).toEqual(['2025-12-25', '2025-12-26', '2026-01-01']);
    // Hand-computed in walks.test.ts: the referral on the day of receipt (provisional: no allocation assumed), then
    // -5, -3, 0, +3, +6, +9, +12 working days around Wed 7 Jan 2026.
    expect(t.reminders.map((x) => [x.id, x.date])).toEqual([
      ['new-referral', '2025-12-19'],
      ['first-reminder', '2025-12-30'],
      ['second-reminder', '2026-01-02'],
      ['due-date-reminder', '2026-01-07'],
      ['first-overdue-reminder', '2026-01-12'],
      ['second-overdue-reminder', '2026-01-15'],
      ['third-overdue-reminder', '2026-01-20'],
      ['fourth-overdue-reminder', '2026-01-23'],
    ]);
    expect(t.reminders[0]).toMatchObject({
      stage: 'stage-1',
      to: ['team-manager'],
      cc: ['service-manager', 'personal-assistant'],
      template: 'new-referral',
      provisional: true,
    });
    expect(t.reminders[7]).toMatchObject({
      stage: 'stage-1',
      to: ['team-manager'],
      cc: ['service-manager', 'personal-assistant', 'head-of-service', 'director'],
      template: 'overdue-reminder',
    });
    // Later stages, escalated on each due date: stage 2 due Wed 11 Feb, stage 3 final response Fri 24 Apr 2026.
    expect(t.deadlines.find((d) => d.id === 'stage-2-response')?.date).toBe('2026-02-11');
    expect(t.deadlines.find((d) => d.id === 'stage-3-final-response')?.date).toBe('2026-04-24');
  });

  it('prints a readable table with weekday names', async () => {
    const r = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2026-01-07\s+Wednesday\s+stage-1-response\s+10 working days\s+received 2025-12-19/);
    expect(r.stdout).toMatch(/2025-12-25\s+Thursday\s+bank holiday: Christmas Day/);
    // The referral first, its date marked provisional.
    expect(r.stdout).toMatch(/2025-12-19\*\s+Friday\s+stage-1\s+new-referral\s+team-manager\s+service-manager, personal-assistant\s+new-referral/);
    expect(r.stdout).toContain('* provisional: the referral is sent when the case is allocated');
    expect(r.stdout.indexOf('new-referral')).toBeLessThan(r.stdout.indexOf('first-reminder'));
    expect(r.stdout).toMatch(
      /2026-01-23\s+Friday\s+stage-1\s+fourth-overdue-reminder\s+team-manager\s+service-manager, personal-assistant, head-of-service, director\s+overdue-reminder/,
    );
  });

  it('an instant after the cut-off or on a Saturday, and another case type', async () => {
    // FOI received Saturday 2026-03-28 (ICO: the date of receipt stays; day 1 is Monday): due Tuesday 2026-04-28.
    const foi = JSON.parse((await cli('timeline', '--policy', 'foi-2000', '--received', '2026-03-28T10:00:00Z', '--json')).stdout) as TimelineJson;
    expect(foi.received).toBe('2026-03-28');
    expect(foi.deadlines.find((d) => d.id === 'response-response')?.date).toBe('2026-04-28');
    const me = JSON.parse(
      (await cli('timeline', '--policy', 'mayoral-borough', '--case-type', 'member-enquiry', '--received', '2026-05-20', '--json')).stdout,
    ) as TimelineJson;
    expect(me.caseType).toBe('member-enquiry');
    // Clock assumed to start on receipt (no allocation yet): Wed 20 May + 5 WD, spring bank holiday skipped → Thu 28 May.
    expect(me.deadlines.find((d) => d.id === 'response-response')?.date).toBe('2026-05-28');
  });

  it('usage and domain errors', async () => {
    expect((await cli('timeline', '--received', '2025-12-19')).code).toBe(2);
    expect((await cli('timeline', '--policy', 'dudley')).code).toBe(2);
    const unknown = await cli('timeline', '--policy', 'nowhere', '--received', '2025-12-19');
    expect(unknown.code).toBe(1);
    const badDate = await cli('timeline', '--policy', 'dudley', '--received', '2025-02-30');
    expect(badDate.code).toBe(1);
    // The error names the command's flag, not the API's field (issue 12).
    expect(badDate.stderr).toContain('--received: ');
    expect(badDate.stderr).not.toContain('receivedAt');
    const badType = await cli('timeline', '--policy', 'dudley', '--received', '2025-12-19', '--case-type', 'foi');
    expect(badType.code).toBe(1);
    expect(badType.stderr).toContain('--case-type: ');
  });

  it('--feed: a bank holiday proclaimed for Monday 2026-01-12 moves Dudley stage 1 from Monday 2026-01-19 to Tuesday 2026-01-20', async () => {
    // GOV.UK's England-and-Wales dates for 2026 as published, plus one extra day INVENTED FOR THE TEST.
    const events = [
      ['New Year’s Day', '2026-01-01'],
      ['Good Friday', '2026-04-03'],
      ['Easter Monday', '2026-04-06'],
      ['Early May bank holiday', '2026-05-04'],
      ['Spring bank holiday', '2026-05-25'],
      ['Summer bank holiday', '2026-08-31'],
      ['Christmas Day', '2026-12-25'],
      ['Boxing Day', '2026-12-28'],
      ['Proclaimed bank holiday (test)', '2026-01-12'],
    ].map(([title, date]) => ({ title, date, notes: '', bunting: true }));
    const files = { 'bank-holidays.json': JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events } }) };
    const without = JSON.parse((await cli('timeline', '--policy', 'dudley', '--received', '2026-01-05', '--json')).stdout) as TimelineJson;
    expect(without.deadlines.find((d) => d.id === 'stage-1-response')?.date).toBe('2026-01-19');
    const r = await cliWith(files, 'timeline', '--policy', 'dudley', '--received', '2026-01-05', '--feed', 'bank-holidays.json', '--json');
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as TimelineJson;
    const s1 = t.deadlines.find((d) => d.id === 'stage-1-response')!;
    expect([s1.date, s1.weekday]).toEqual(['2026-01-20', 'Tuesday']);
    expect(s1.skipped).toContainEqual({ date: '2026-01-12', kind: 'holiday', reason: 'Proclaimed bank holiday (test)' });
    // Five working days before Tuesday 20 January, Monday 12 January not counted: Tuesday 13 January.
    expect(t.reminders.find((x) => x.id === 'first-reminder')?.date).toBe('2026-01-13');
    const human = await cliWith(files, 'timeline', '--policy', 'dudley', '--received', '2026-01-05', '--feed', 'bank-holidays.json');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Bank holidays from the feed for england-and-wales 2026; the bundled data for other years.');
    expect(human.stdout).toMatch(/2026-01-12\s+Monday\s+bank holiday: Proclaimed bank holiday \(test\)/);
    expect(human.stdout).toMatch(/2026-01-20\s+Tuesday\s+stage-1-response/);
  });

  it("--feed errors exit 1 with the feed check's message", async () => {
    const wrongDivision = await cliWith(
      { 'f.json': JSON.stringify({ wales: { division: 'wales', events: [] } }) },
      'timeline',
      '--policy',
      'dudley',
      '--received',
      '2026-01-05',
      '--feed',
      'f.json',
    );
    expect(wrongDivision.code).toBe(1);
    expect(wrongDivision.stderr).toContain('The GOV.UK bank-holidays feed has 1 problem');
    expect(wrongDivision.stderr).toContain('wales');
    const notJson = await cliWith({ 'f.json': '<html>' }, 'timeline', '--policy', 'dudley', '--received', '2026-01-05', '--feed', 'f.json');
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('is not valid JSON');
    const badDate = await cliWith(
      { 'f.json': JSON.stringify({ 'england-and-wales': { division: 'england-and-wales', events: [{ title: 'x', date: '2026-02-30', notes: '', bunting: true }] } }) },
      'timeline',
      '--policy',
      'dudley',
      '--received',
      '2026-01-05',
      '--feed',
      'f.json',
    );
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('england-and-wales.events[0].date');
    const missing = await cliWith({}, 'timeline', '--policy', 'dudley', '--received', '2026-01-05', '--feed', 'nowhere.json');
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('--feed: cannot read nowhere.json: there is no such file.');
    expect((await cli('timeline', '--policy', 'dudley', '--received', '2026-01-05', '--feed')).code).toBe(2);
  });
});
