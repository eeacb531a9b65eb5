// The chase command's window and dry run: --since-last-run catches up the days missed since the ledger's last run,
// each message once; --dry-run renders and prints but writes nothing; a progress line on stderr for a large run; a
// directory file with a mistake is refused naming its line.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { bundleCli, chaseArgs, runCli, workspace } from './helpers.js';

let cli: string;
beforeAll(() => {
  cli = bundleCli();
});

const args = chaseArgs;

const emlCount = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml')).length : 0);

describe('chase --since-last-run', () => {
  test('catches up the days missed since the last run, each message once, in date order; a rerun sends nothing', async () => {
    // One Dudley case received Friday 19 December 2025: stage 1 due Wednesday 7 January 2026 (10 working days,
    // skipping Christmas Day, Boxing Day and New Year's Day). Its ladder (dudley.yaml, seed 000): first reminder 5
    // working days before (Tuesday 30 December), second reminder 3 before (Friday 2 January: 6, 5, 2 January), the
    // due-date reminder on the day.
    const w = workspace(1);
    const outbox = join(w.dir, 'outbox');
    const first = await runCli(cli, args(w, '2025-12-30', '--outbox', outbox, '--json'));
    expect(first.code).toBe(0);
    const firstRun = JSON.parse(first.stdout) as { messages: { reminder: string; date: string; status: string }[] };
    expect(firstRun.messages.map((m) => [m.reminder, m.date, m.status])).toEqual([['first-reminder', '2025-12-30', 'sent']]);

    // No run on 31 December to 6 January: the run of Wednesday 7 January covers 31 December to 7 January.
    const second = await runCli(cli, args(w, '2026-01-07', '--since-last-run', '--outbox', outbox, '--json'));
    expect(second.code).toBe(0);
    const secondRun = JSON.parse(second.stdout) as { from: string; to: string; messages: { reminder: string; date: string; status: string }[] };
    expect([secondRun.from, secondRun.to]).toEqual(['2025-12-31', '2026-01-07']);
    expect(secondRun.messages.map((m) => [m.reminder, m.date, m.status])).toEqual([
      ['second-reminder', '2026-01-02', 'sent'],
      ['due-date-reminder', '2026-01-07', 'sent'],
    ]);
    expect(emlCount(outbox)).toBe(3);

    // Run again the same morning: the window is 7 January alone, and its message is in the ledger.
    const third = await runCli(cli, args(w, '2026-01-07', '--since-last-run', '--outbox', outbox, '--json'));
    expect(third.code).toBe(0);
    const thirdRun = JSON.parse(third.stdout) as { from: string; messages: unknown[]; skipped: { reminder: string; reason: string }[] };
    expect(thirdRun.from).toBe('2026-01-07');
    expect(thirdRun.messages).toEqual([]);
    expect(thirdRun.skipped.map((s) => [s.reminder, s.reason])).toEqual([['due-date-reminder', 'already-sent']]);
    expect(emlCount(outbox)).toBe(3);
    const sent = readFileSync(w.ledger, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string })
      .filter((r) => r.type === 'sent');
    expect(sent).toHaveLength(3);
  }, 120_000);
});

describe('chase --dry-run', () => {
  test('prints what is due and writes nothing: no ledger, no lock, no outbox', async () => {
    const w = workspace(2);
    const outbox = join(w.dir, 'outbox');
    const r = await runCli(cli, args(w, '2026-01-07', '--outbox', outbox, '--dry-run'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Chase run for 2026-01-07 (dry run: nothing written, nothing sent)');
    // Both cases' due-date reminders, to the team manager (helpers.ts's directory).
    expect(r.stdout).toContain('To Team Manager <tm@example.gov.uk>: 2 messages');
    expect(r.stdout).toContain('Totals: 2 cases, 2 due, 0 sent');
    expect(existsSync(w.ledger)).toBe(false);
    expect(existsSync(`${w.ledger}.lock`)).toBe(false);
    expect(existsSync(outbox)).toBe(false);
  }, 60_000);

  test('a run over more than a few hundred cases says on stderr what it is checking', async () => {
    const w = workspace(301);
    const r = await runCli(cli, args(w, '2026-01-07', '--dry-run'));
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('checking 301 cases from 2026-01-07 to 2026-01-07');
    expect(r.stdout).toContain('Totals: 301 cases, 301 due, 0 sent');
  }, 60_000);
});

describe('chase --directory', () => {
  test('a directory naming an unknown role is refused naming its file and line, quoting no name or address', async () => {
    const w = workspace(1);
    writeFileSync(w.directory, 'roles:\n  team-manager: { name: Pat Jones, email: pat@example.gov.uk }\n  team-manger: { name: Sam Smith, email: sam@example.gov.uk }\n');
    const r = await runCli(cli, args(w, '2026-01-07', '--dry-run'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('roles.team-manger (line 3, column 3)');
    expect(r.stderr).toContain('Did you mean `team-manager`?');
    for (const v of ['Pat Jones', 'pat@example', 'Sam Smith', 'sam@example']) expect(r.stderr).not.toContain(v);
  }, 60_000);
});
