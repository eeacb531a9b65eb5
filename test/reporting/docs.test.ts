// docs/reporting.md shows what the CLI prints for the committed example data set. These checks keep the page true
// when the data set, the presets or the report change: they compare the page with the CLI's output (the figures
// themselves are checked against hand-worked answers in report.test.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/types.js';
import { casesFromJson } from '../../src/reporting/index.js';
import { dudley } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const doc = readFileSync(join(root, 'docs', 'reporting.md'), 'utf8');

async function run(argv: string[]): Promise<{ stdout: string; written: Record<string, string> }> {
  const out: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo & { writeFile(p: string, t: string): Promise<void> } = {
    stdout: (t) => void out.push(t),
    stderr: () => undefined,
    readFile: (p) => Promise.resolve(readFileSync(join(root, p), 'utf8')),
    writeFile: (p, t) => {
      written[p] = t;
      return Promise.resolve();
    },
  };
  expect(await runCli(argv, io)).toBe(0);
  return { stdout: out.join(''), written };
}

function between(start: string, end: string): string {
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  expect(a).toBeGreaterThan(-1);
  expect(b).toBeGreaterThan(a);
  return doc.slice(a + start.length, b).trim();
}

const CSV_COMMAND = 'npx statutory-complaints report --policy dudley --cases examples/cases-dudley.json --from 2025-04-01 --to 2026-03-31 --format csv';

describe('docs/reporting.md sample report', () => {
  it('shows exactly what the documented command prints', async () => {
    expect(doc).toContain(CSV_COMMAND);
    const { stdout } = await run(CSV_COMMAND.split(' ').slice(2));
    const block = between('<!-- sample-csv:start -->', '<!-- sample-csv:end -->');
    expect(block).toBe(`\`\`\`csv\n${stdout.replace(/\r\n/g, '\n').trimEnd()}\n\`\`\``);
  });

  it('its whole-year table and reasons for delay agree with those rows', async () => {
    const { stdout } = await run(CSV_COMMAND.split(' ').slice(2));
    const [header, ...rows] = stdout
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    const col = (row: string[], name: string) => row[header!.indexOf(name)]!;
    const whole = rows.filter((r) => col(r, 'period') === 'Whole period');
    const pct = (n: string, p: string) => `${n} (${p}%)`;
    const expected = whole.map((r) =>
      [
        col(r, 'stage'),
        col(r, 'received'),
        col(r, 'responded'),
        pct(col(r, 'in_time_original'), col(r, 'percent_in_time_original')),
        pct(col(r, 'in_time'), col(r, 'percent_in_time')),
        col(r, 'mean_working_days'),
        col(r, 'median_working_days'),
        col(r, 'longest_working_days'),
        `${col(r, 'extensions_agreed')} (${col(r, 'extensions_beyond_maximum')})`,
        pct(col(r, 'escalated'), col(r, 'percent_escalated') || '0'),
        col(r, 'overdue_at_as_of'),
      ].join(' | '),
    );
    const table = between('<!-- sample-table:start -->', '<!-- sample-table:end -->').split('\n').slice(2);
    expect(table.map((l) => l.replace(/^\| | \|$/g, ''))).toEqual(expected);
    const sum = (name: string) => whole.reduce((n, r) => n + Number(col(r, name)), 0);
    const late = whole.map((r) => col(r, 'late')).join(' + ');
    expect(doc).toContain(
      `Reasons for delay of the ${late} = ${sum('late')} late responses: Z040 complex case ${sum('delay_Z040')}, Z041 multiple teams involved ${sum('delay_Z041')},\nZ042 staff absence ${sum('delay_Z042')}, Z043 other urgent work ${sum('delay_Z043')}, Z044 other ${sum('delay_Z044')}, and ${sum('delay_reason_awaited')} still awaiting a reason on 31 March 2026.`,
    );
  });

  it('the committed HTML report is what the documented command writes', async () => {
    const line = doc.split('\n').find((l) => l.includes('--out examples/report-dudley-2025-26.html'))!;
    const argv = line
      .replace(/^npx statutory-complaints /, '')
      .match(/"[^"]*"|\S+/g)!
      .map((a) => a.replace(/^"|"$/g, ''));
    const { written } = await run(argv);
    expect(written['examples/report-dudley-2025-26.html']).toBe(readFileSync(join(root, 'examples', 'report-dudley-2025-26.html'), 'utf8'));
  });

  it('the example data set: 300 valid Dudley cases with made-up references and no personal data fields', () => {
    const json = JSON.parse(readFileSync(join(root, 'examples', 'cases-dudley.json'), 'utf8')) as { reference: string; events: Record<string, unknown>[] }[];
    const { cases } = casesFromJson(dudley, json);
    expect(cases.map((c) => c.reference)).toEqual(Array.from({ length: 300 }, (_, i) => `EX-${String(i + 1).padStart(4, '0')}`));
    expect(json.flatMap((c) => c.events).some((e) => 'name' in e || 'text' in e || 'actions' in e)).toBe(false);
  });
});
