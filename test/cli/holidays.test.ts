// `statutory-complaints holidays`. Expected dates: GOV.UK's published 2026 data (as listed in the project's
// bank-holiday reference notes, from https://www.gov.uk/bank-holidays.json).
import { describe, expect, test } from 'vitest';
import { cli, cliJson } from './helpers.js';

interface Row {
  date: string;
  title: string;
  division: string;
  kind: string;
}

describe('holidays --json', () => {
  test('Scotland 2026: the ten GOV.UK dates, incl. the Mon 15 June World Cup one-off and the Mon 28 Dec substitute', async () => {
    const rows = (await cliJson('holidays', '--division', 'scotland', '--year', '2026', '--json')) as Row[];
    expect(rows.map((r) => r.date)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-04-03',
      '2026-05-04',
      '2026-05-25',
      '2026-06-15',
      '2026-08-03',
      '2026-11-30',
      '2026-12-25',
      '2026-12-28',
    ]);
    expect(rows.every((r) => r.division === 'scotland')).toBe(true);
    expect(rows.every((r) => Object.keys(r).sort().join() === 'date,division,kind,title')).toBe(true);
    expect(rows.find((r) => r.date === '2026-06-15')!.kind).toBe('one-off');
    // Boxing Day 2026 is a Saturday, so the holiday is the substitute Monday 28 December.
    expect(rows.find((r) => r.date === '2026-12-28')!.kind).toBe('substitute');
  });

  test('England and Wales 2026 by --from/--to (inclusive ends): Good Friday 3 Apr and Easter Monday 6 Apr', async () => {
    const rows = (await cliJson('holidays', '--division', 'england-and-wales', '--from', '2026-04-03', '--to', '2026-04-06', '--json')) as Row[];
    expect(rows.map((r) => [r.date, r.title])).toEqual([
      ['2026-04-03', 'Good Friday'],
      ['2026-04-06', 'Easter Monday'],
    ]);
  });

  test('united-kingdom: Tue 17 March 2026 is St Patrick’s Day in Northern Ireland only', async () => {
    const rows = (await cliJson('holidays', '--division', 'united-kingdom', '--from', '2026-03-17', '--to', '2026-03-17', '--json')) as Row[];
    expect(rows).toEqual([{ date: '2026-03-17', title: 'St Patrick’s Day', division: 'northern-ireland', kind: 'standard' }]);
  });

  test('united-kingdom: Thu 1 January 2026 appears once per division', async () => {
    const rows = (await cliJson('holidays', '--division', 'united-kingdom', '--from', '2026-01-01', '--to', '2026-01-01', '--json')) as Row[];
    expect(rows.map((r) => r.division).sort()).toEqual(['england-and-wales', 'northern-ireland', 'scotland']);
  });
});

describe('holidays table', () => {
  test('Northern Ireland July 2026: Mon 13 July, the Boyne substitute (12 July is a Sunday)', async () => {
    const r = await cli('holidays', '--division', 'northern-ireland', '--from', '2026-07-01', '--to', '2026-07-31');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date\s+weekday\s+title\s+kind$/);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^2026-07-13 {2}Monday\s+.+\s+substitute$/);
  });

  test('united-kingdom table groups divisions that share a holiday', async () => {
    const r = await cli('holidays', '--division', 'united-kingdom', '--from', '2026-08-01', '--to', '2026-08-31');
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    // Scotland's summer holiday is the first Monday (3 Aug); the others' the last Monday (31 Aug).
    expect(lines.slice(2)).toHaveLength(2);
    expect(lines[2]).toMatch(/^2026-08-03 {2}Monday .* scotland$/);
    expect(lines[3]).toMatch(/^2026-08-31 {2}Monday .* england-and-wales, northern-ireland$/);
  });

  test('an empty range says so', async () => {
    const r = await cli('holidays', '--division', 'england-and-wales', '--from', '2026-02-01', '--to', '2026-02-28');
    expect(r).toEqual({ code: 0, stdout: 'No england-and-wales bank holidays from 2026-02-01 to 2026-02-28.\n', stderr: '' });
  });

  test('years GOV.UK has not published are marked provisional', async () => {
    const r = await cli('holidays', '--division', 'england-and-wales', '--year', '2030');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\* provisional/);
    const json = await cli('holidays', '--division', 'england-and-wales', '--year', '2030', '--json');
    expect(json.stderr).toMatch(/^note: .*provisional/);
    expect(JSON.parse(json.stdout)).toHaveLength(8);
  });
});

describe('holidays errors', () => {
  test.each([
    [['holidays', '--year', '2026'], /option '--division' is required/],
    [['holidays', '--division', 'wales', '--year', '2026'], /--division must be one of england-and-wales, scotland, northern-ireland, united-kingdom/],
    [['holidays', '--division', 'scotland'], /give --year <YYYY>, or --from <date> and --to <date>/],
    [['holidays', '--division', 'scotland', '--from', '2026-01-01'], /option '--to' is required/],
    [['holidays', '--division', 'scotland', '--year', '26'], /--year must be a four-digit year/],
    [['holidays', '--division', 'scotland', '--year', '2026', '--from', '2026-01-01'], /either --year or --from and --to/],
    [['holidays', '--division', 'scotland', '--year', '2026', 'extra'], /too many arguments/],
    [['holidays', '--division', 'scotland', '--year', '2026', '--csv'], /unknown option '--csv'/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/\nRun 'statutory-complaints holidays --help' for usage\.\n$/);
  });

  test.each([
    [['holidays', '--division', 'scotland', '--year', '1850'], /year/],
    [['holidays', '--division', 'scotland', '--from', '2026-02-30', '--to', '2026-03-31'], /^statutory-complaints holidays: from: /],
    [['holidays', '--division', 'scotland', '--from', '2026-03-31', '--to', '2026-03-01'], /^statutory-complaints holidays: to: /],
  ])('%j is a domain error (exit 1, one line)', async (argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.split('\n')).toHaveLength(2);
  });
});
