// `statutory-complaints policies` and `statutory-complaints validate`, run in-process with a fake file system.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../../src/cli/run.js';
import { fakeIo } from '../cli/helpers.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/policies/${path}`, import.meta.url), 'utf8');

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = fakeIo(files);
  const code = await runCli(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

describe('policies', () => {
  test('lists the built-in presets with their case types, parents and sources', async () => {
    const r = await run(['policies']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+title\s+jurisdiction\s+case types\s+extends$/);
    expect(lines.find((l) => l.startsWith('dudley '))).toMatch(/^dudley\s+.*\s+england\s+statutory-complaint\s+england-children-2006$/);
    expect(r.stdout).toContain('Sources cited:');
    expect(r.stdout).toContain('    - SI 2006/1738 reg 14');
  });

  test('--json: an array of { id, title, jurisdiction, caseTypes, sources, extends? }', async () => {
    const r = await run(['policies', '--json']);
    const list = JSON.parse(r.stdout) as { id: string; jurisdiction: string; caseTypes: { kind: string }[]; sources: string[]; extends?: string }[];
    const foi = list.find((p) => p.id === 'foi-2000')!;
    expect(foi.jurisdiction).toBe('united-kingdom');
    expect(foi.caseTypes.map((c) => c.kind)).toEqual(['foi']);
    expect(foi.extends).toBeUndefined();
    expect(foi.sources.length).toBeGreaterThan(0);
  });

  test('show <id>: the resolved preset as YAML, with what it extends merged in', async () => {
    const r = await run(['policies', 'show', 'swindon']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual([
      expect.stringMatching(/^# swindon: /),
      '# Resolved: built on england-children-2006, merged in, with defaults filled in.',
      '# After each value: the file and line that set it (default: filled in by the library).',
      // `id: swindon` is line 15 of src/policies/presets/swindon.yaml (after its comment header).
      'id: swindon # swindon.yaml:15',
    ]);
    expect(r.stdout).not.toMatch(/^extends:/m);
  });

  test('show <id> --json: the resolved policy, its lineage and origins; the policy validates again on its own through validate', async () => {
    const r = await run(['policies', 'show', 'dudley', '--json']);
    const shown = JSON.parse(r.stdout) as { policy: { id: string }; lineage: string[]; warnings: unknown[]; origins: { path: string; file?: string; line?: number }[] };
    expect(shown.policy.id).toBe('dudley');
    expect(shown.lineage).toEqual(['dudley', 'england-children-2006']);
    expect(shown.warnings).toEqual([]);
    // dudley.yaml line 14 is `id: dudley`; the stage-1 timescale is the baseline's (england-children-2006.yaml).
    expect(shown.origins.find((o) => o.path === 'id')).toMatchObject({ file: 'src/policies/presets/dudley.yaml', line: 14 });
    expect(shown.origins.find((o) => o.path === 'caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays')).toMatchObject({
      file: 'src/policies/presets/england-children-2006.yaml',
    });
    const again = await run(['validate', 'dudley.json'], { 'dudley.json': JSON.stringify(shown.policy) });
    expect(again.code).toBe(0);
    // valid; two notes first: Dudley's two templates with `emphasis: marked` will not look the same in Notify
    const lines = again.stdout.split('\n');
    expect(lines.slice(-2)).toEqual(['1 preset file checked: no problems.', '']);
    expect(lines.filter((l) => l.includes('Note: ')).map((l) => l.split('  ')[1])).toEqual(['templates.new-referral.emphasis', 'templates.overdue-reminder.emphasis']);
  });

  test('the source of each one-rung-up rule (escalatesTo) is listed and shown', async () => {
    const rule = 'local: Southampton children & families complaints process note (2016), "Complaint involving Team Manager"';
    const list = JSON.parse((await run(['policies', '--json'])).stdout) as { id: string; sources: string[] }[];
    expect(list.find((p) => p.id === 'southampton')!.sources).toContain(rule);
    expect((await run(['policies'])).stdout).toContain(`    - ${rule}\n`);
    const shown = parseYaml((await run(['policies', 'show', 'southampton'])).stdout) as { roles: Record<string, { escalatesTo?: string; source?: string }> };
    expect(shown.roles['team-manager']).toMatchObject({ escalatesTo: 'service-manager', source: rule });
  });

  test('show with an unknown id: exit 1 and the list of ids', async () => {
    const r = await run(['policies', 'show', 'nowhere']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^statutory-complaints policies: id: there is no built-in preset with this id; use one of: dudley, eir-2004, /);
  });

  test('usage errors: exit 2', async () => {
    expect((await run(['policies', 'list'])).code).toBe(2);
    expect((await run(['policies', 'show'])).code).toBe(2);
    expect((await run(['policies', '--yaml'])).code).toBe(2);
  });
});

describe('validate', () => {
  const files = {
    'base.yaml': fixture('good/fixture-base.yaml'),
    'typo.yaml': fixture('broken/typo-key.yaml'),
    'several.yaml': fixture('broken/several-problems.yaml'),
    'exampleshire.yaml': fixture('good/exampleshire.yaml'),
  };

  test('valid files: exit 0 and a one-line summary', async () => {
    const r = await run(['validate', 'exampleshire.yaml', 'base.yaml'], files);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '2 preset files checked: no problems.\n', '']);
  });

  test('problems: one line each, file:line:col  path  message, and exit 1', async () => {
    const r = await run(['validate', 'base.yaml', 'typo.yaml', 'several.yaml'], files);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'typo.yaml:11:9  caseTypes.statutory-complaint.stages.stage-1.timscale  `timscale` is not a field here. Did you mean `timescale`? Remove it or correct the spelling.',
      'several.yaml:7:1  jurisdction  `jurisdction` is not a field here. Did you mean `jurisdiction`? Remove it or correct the spelling.',
      expect.stringMatching(/^several\.yaml:12:9 {2}caseTypes\.statutory-complaint\.stages\.stage-1\.responder {2}This role is not declared/),
      'several.yaml:14:11  caseTypes.statutory-complaint.stages.stage-1.timescale.workingDays  `workingDays` cannot be negative: use 0 or more.',
      '',
    ]);
    expect(r.stderr).toBe('4 problems in 2 of 3 files.\n');
  });

  test('--json: an array of { file, line, column, path, code, message }', async () => {
    const r = await run(['validate', 'base.yaml', 'typo.yaml', '--json'], files);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        file: 'typo.yaml',
        line: 11,
        column: 9,
        path: 'caseTypes.statutory-complaint.stages.stage-1.timscale',
        code: 'unknown-key',
        message: '`timscale` is not a field here. Did you mean `timescale`? Remove it or correct the spelling.',
        severity: 'error',
      },
    ]);
    const ok = await run(['validate', 'base.yaml', '--json'], files);
    expect([ok.code, JSON.parse(ok.stdout)]).toEqual([0, []]);
  });

  test('a file may extend another given in the same command; without it the parent is unknown', async () => {
    const alone = await run(['validate', 'typo.yaml'], files);
    expect(alone.stdout.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^typo\.yaml:3:1 {2}extends {2}There is no preset with this id to extend\. Use one of: `dudley`, /),
      'typo.yaml:11:9  caseTypes.statutory-complaint.stages.stage-1.timscale  `timscale` is not a field here. Did you mean `timescale`? Remove it or correct the spelling.',
    ]);
    const together = await run(['validate', 'typo.yaml', 'base.yaml'], files);
    expect(together.stdout.split('\n')[0]).toMatch(/^typo\.yaml:11:9 /);
  });

  test('unreadable files, other extensions and repeated ids are problems of their own', async () => {
    const r = await run(['validate', 'missing.yaml', 'notes.txt', 'base.yaml', 'copy.yaml', '--json'], { ...files, 'copy.yaml': files['base.yaml'] });
    expect((JSON.parse(r.stdout) as { file: string; line: number | null; code: string }[]).map((p) => [p.file, p.line, p.code])).toEqual([
      ['missing.yaml', null, 'file-unreadable'],
      ['notes.txt', null, 'file-type'],
      ['copy.yaml', 6, 'duplicate-id'],
    ]);
    // A file that could not be read is an I/O failure: exit 3 (docs/limits-and-errors.md).
    expect(r.code).toBe(3);
  });

  test('no file: usage error, exit 2', async () => {
    expect((await run(['validate'])).code).toBe(2);
  });
});
