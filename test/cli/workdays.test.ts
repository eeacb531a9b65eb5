// `statutory-complaints workdays`. Every expected date is worked out by hand from the calendar and GOV.UK's
// published bank holidays (England and Wales unless stated).
import { describe, expect, test } from 'vitest';
import { cli, cliJson } from './helpers.js';

interface AddJson {
  date: string;
  weekday: string;
  start: string;
  workingDays: number;
  calendar: string;
  skipped: { date: string; reason: string; kind: string }[];
  provisional: boolean;
}

describe('workdays add', () => {
  test('Fri 19 Dec 2025 + 10 = Wed 7 Jan 2026, skipping weekends, Thu 25 and Fri 26 Dec and Thu 1 Jan', async () => {
    const out = (await cliJson('workdays', 'add', '2025-12-19', '10', '--json')) as AddJson;
    expect(out).toEqual({
      date: '2026-01-07',
      weekday: 'Wednesday',
      start: '2025-12-19',
      workingDays: 10,
      calendar: 'england-and-wales',
      skipped: [
        { date: '2025-12-20', reason: 'Saturday', kind: 'weekend' },
        { date: '2025-12-21', reason: 'Sunday', kind: 'weekend' },
        { date: '2025-12-25', reason: 'Christmas Day', kind: 'holiday' },
        { date: '2025-12-26', reason: 'Boxing Day', kind: 'holiday' },
        { date: '2025-12-27', reason: 'Saturday', kind: 'weekend' },
        { date: '2025-12-28', reason: 'Sunday', kind: 'weekend' },
        { date: '2026-01-01', reason: 'New Year’s Day', kind: 'holiday' },
        { date: '2026-01-03', reason: 'Saturday', kind: 'weekend' },
        { date: '2026-01-04', reason: 'Sunday', kind: 'weekend' },
      ],
      provisional: false,
    });
  });

  test('text output: the result with its weekday first, then the skipped days and why', async () => {
    const r = await cli('workdays', 'add', '2025-12-19', '10');
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('2026-01-07 (Wednesday)');
    expect(lines[1]).toBe('= 10 working days after 2025-12-19 (Friday) on the england-and-wales calendar.');
    expect(r.stdout).toMatch(/Skipped 9 non-working days:/);
    expect(r.stdout).toMatch(/^ {2}2025-12-25 {2}Thursday {2}bank holiday: Christmas Day$/m);
    expect(r.stdout).toMatch(/^ {2}2025-12-20 {2}Saturday {2}weekend$/m);
  });

  test('--closure 2025-12-29..2025-12-31 (Mon–Wed) moves Fri 19 Dec + 10 to Mon 12 Jan 2026', async () => {
    const out = (await cliJson('workdays', 'add', '2025-12-19', '10', '--closure', '2025-12-29..2025-12-31=Christmas closure', '--json')) as AddJson;
    expect(out.date).toBe('2026-01-12');
    expect(out.weekday).toBe('Monday');
    expect(out.skipped.filter((d) => d.kind === 'closure')).toEqual([
      { date: '2025-12-29', reason: 'Christmas closure', kind: 'closure' },
      { date: '2025-12-30', reason: 'Christmas closure', kind: 'closure' },
      { date: '2025-12-31', reason: 'Christmas closure', kind: 'closure' },
    ]);
  });

  test('repeated and comma-separated --closure dates combine; a date without a reason gets a default one', async () => {
    // Fri 19 Dec + 3: Mon 22 and Tue 23 closed, Wed 24 (1), Mon 29 (2), Tue 30 (3).
    const out = (await cliJson('workdays', 'add', '2025-12-19', '3', '--closure', '2025-12-22', '--closure=2025-12-23', '--json')) as AddJson;
    expect(out.date).toBe('2025-12-30');
    const closures = out.skipped.filter((d) => d.kind === 'closure');
    expect(closures.map((d) => d.date)).toEqual(['2025-12-22', '2025-12-23']);
    expect(closures[0]!.reason).toBe('office closed');
    const same = (await cliJson('workdays', 'add', '2025-12-19', '3', '--closure', '2025-12-22,2025-12-23', '--json')) as AddJson;
    expect(same.date).toBe('2025-12-30');
  });

  test('--calendar scotland: Thu 31 Dec 2026 + 1 = Tue 5 Jan 2027 (Fri 1 Jan; Sat 2 Jan substituted by Mon 4 Jan)', async () => {
    const out = (await cliJson('workdays', 'add', '2026-12-31', '1', '--calendar', 'scotland', '--json')) as AddJson;
    expect(out.calendar).toBe('scotland');
    // Scotland 2027: 1 Jan (Fri) New Year, 2 Jan (Sat) → substitute Mon 4 Jan. So the next working day is Tue 5 Jan.
    expect(out.date).toBe('2027-01-05');
    expect(out.weekday).toBe('Tuesday');
  });

  test('n = 0 gives the date itself', async () => {
    const out = (await cliJson('workdays', 'add', '2026-01-03', '0', '--json')) as AddJson;
    expect(out.date).toBe('2026-01-03');
    expect(out.skipped).toEqual([]);
  });

  test('Wed 20 Dec 2028 + 10 = Mon 8 Jan 2029, provisional (GOV.UK has not published 2029)', async () => {
    const out = (await cliJson('workdays', 'add', '2028-12-20', '10', '--json')) as AddJson;
    expect(out.date).toBe('2029-01-08');
    expect(out.provisional).toBe(true);
    const text = await cli('workdays', 'add', '2028-12-20', '10');
    expect(text.stdout).toMatch(/Provisional/);
  });
});

describe('workdays count', () => {
  test('Thu 2 Apr to Mon 13 Apr 2026 = 5 (Good Friday 3 Apr and Easter Monday 6 Apr skipped)', async () => {
    expect(await cliJson('workdays', 'count', '2026-04-02', '2026-04-13', '--json')).toEqual({
      count: 5,
      from: '2026-04-02',
      to: '2026-04-13',
      calendar: 'england-and-wales',
    });
    const text = await cli('workdays', 'count', '2026-04-02', '2026-04-13');
    expect(text.stdout.split('\n')[0]).toBe('5');
  });

  test('the same span in Scotland is 6 (Easter Monday is not a Scottish bank holiday)', async () => {
    expect(((await cliJson('workdays', 'count', '2026-04-02', '2026-04-13', '--calendar', 'scotland', '--json')) as { count: number }).count).toBe(6);
  });

  test('backwards is negative: Mon 13 Apr to Thu 2 Apr 2026 = -5', async () => {
    expect(((await cliJson('workdays', 'count', '2026-04-13', '2026-04-02', '--json')) as { count: number }).count).toBe(-5);
  });
});

describe('workdays check', () => {
  test('Fri 3 Apr 2026 is Good Friday', async () => {
    const r = await cli('workdays', 'check', '2026-04-03');
    expect(r).toEqual({
      code: 0,
      stdout: '2026-04-03 (Friday) is not a working day on the england-and-wales calendar: bank holiday: Good Friday.\n',
      stderr: '',
    });
  });

  test('Tue 7 Apr 2026 is a working day', async () => {
    const r = await cli('workdays', 'check', '2026-04-07');
    expect(r.stdout).toBe('2026-04-07 (Tuesday) is a working day on the england-and-wales calendar.\n');
  });

  test('Mon 3 Aug 2026: a working day in England and Wales, the summer holiday in Scotland', async () => {
    expect(await cliJson('workdays', 'check', '2026-08-03', '--json')).toMatchObject({ workingDay: true, kind: null, reason: null });
    expect(await cliJson('workdays', 'check', '2026-08-03', '--calendar', 'scotland', '--json')).toMatchObject({
      date: '2026-08-03',
      weekday: 'Monday',
      calendar: 'scotland',
      workingDay: false,
      kind: 'holiday',
    });
  });

  test('Sat 4 Jul 2026 is a weekend day; a closure says its reason', async () => {
    expect(await cliJson('workdays', 'check', '2026-07-04', '--json')).toMatchObject({ workingDay: false, kind: 'weekend', reason: 'Saturday' });
    const r = await cli('workdays', 'check', '2026-07-06', '--closure', '2026-07-06=stocktake');
    expect(r.stdout).toBe('2026-07-06 (Monday) is not a working day on the england-and-wales calendar: closure: stocktake.\n');
  });
});

describe('workdays errors', () => {
  test.each([
    [['workdays'], /missing subcommand: add, count or check/],
    [['workdays', 'subtract', '2026-01-05', '3'], /unknown subcommand/],
    [['workdays', 'add', '2025-12-19'], /missing argument <n>/],
    [['workdays', 'add'], /missing argument <date>/],
    [['workdays', 'add', '2025-12-19', 'ten'], /<n> must be a whole number/],
    [['workdays', 'add', '2025-12-19', '1.5'], /<n> must be a whole number/],
    [['workdays', 'add', '2025-12-19', '10', '11'], /too many arguments/],
    [['workdays', 'count', '2026-04-02'], /missing argument <to>/],
    [['workdays', 'check', '2026-04-02', '--calendar', 'wales'], /--calendar must be one of/],
    [['workdays', 'check', '2026-04-02', '--calendar'], /'--calendar' needs a value/],
    [['workdays', 'check', '2026-04-02', '--verbose'], /unknown option '--verbose'/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/\nRun 'statutory-complaints workdays --help' for usage\.\n$/);
  });

  test.each([
    [['workdays', 'add', '2026-02-30', '3'], 'InvalidDateError', /^statutory-complaints workdays: date: /],
    [['workdays', 'add', '2026-2-3', '3'], 'InvalidDateError', /^statutory-complaints workdays: date: /],
    [['workdays', 'add', '2026-01-05', '-1'], 'InvalidArgumentError', /^statutory-complaints workdays: n: /],
    [['workdays', 'add', '2026-01-05', '1000000000'], 'InvalidArgumentError', /^statutory-complaints workdays: n: /],
    [['workdays', 'add', '2199-12-30', '5'], 'DateOutOfRangeError', /supported range/],
    [['workdays', 'check', '2026-13-01'], 'InvalidDateError', /^statutory-complaints workdays: date: /],
    [['workdays', 'add', '2026-01-05', '3', '--closure', '2026-01-31..2026-01-01'], 'InvalidArgumentError', /closure: /],
    [['workdays', 'add', '2026-01-05', '3', '--closure', '2026-1-6'], 'InvalidDateError', /closure: /],
    [['workdays', 'add', '2026-01-05', '3', '--closure', '2026-01-01..2027-06-01'], 'InvalidArgumentError', /at most 366 days/],
  ])('%j is a domain error (%s, exit 1, one line)', async (argv, _kind, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });
});
