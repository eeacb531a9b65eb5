// The Node loader: YAML and JSON text to a policy, with the line and column of every problem (placeholders inside
// text values too), and files read by extension.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { InvalidArgumentError, PolicyValidationError, type ValidationIssue } from '../../src/errors.js';
import { loadPolicyFile, parsePolicyText } from '../../src/node/index.js';
import { parsePolicy } from '../../src/policies/index.js';
import { minimalPolicy } from './helpers.js';

const BASE = fileURLToPath(new URL('../fixtures/policies/good/fixture-base.yaml', import.meta.url));
const presets = { 'fixture-base': minimalPolicy() };

function issuesOf(text: string, fileName = 'council.yaml', format?: 'yaml' | 'json'): readonly ValidationIssue[] {
  try {
    parsePolicyText(text, { fileName, presets, ...(format ? { format } : {}) });
  } catch (error) {
    if (error instanceof PolicyValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected problems');
}

const where = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.path, i.line, i.column, i.code]);

/** A child of `fixture-base` (the minimal policy) whose `reminder` template has the given YAML for `body`. */
function withBody(bodyYaml: string): string {
  return ['id: child', 'extends: fixture-base', 'title: Child', 'version: 1.0.0', 'effectiveFrom: 2026-04-01', 'templates:', '  reminder:', `    body: ${bodyYaml}`].join(
    '\n',
  );
}

describe('placeholder positions inside text values', () => {
  test('a plain one-line value: line 8, column of the `((`', () => {
    // `    body: Dear ((recipient nme))` – the value starts at column 11; `((` is 5 characters in: column 16.
    expect(where(issuesOf(withBody('Dear ((recipient nme))')))).toEqual([['templates.reminder.body', 8, 16, 'unknown-placeholder']]);
  });

  test("a single-quoted value with an escaped quote ('') before the placeholder", () => {
    // `    body: 'It''s ((due dat))'`: the quote is column 11, `It''s ` takes 6 columns, `((` is at column 18.
    expect(where(issuesOf(withBody("'It''s ((due dat))'")))).toEqual([['templates.reminder.body', 8, 18, 'unknown-placeholder']]);
  });

  test('a double-quoted value with escapes before the placeholder', () => {
    // `    body: "a\tb\u00e9 ((due dat))"`: `"` at 11, then a \t b \u00e9 space = 1+2+1+6+1 = 11 columns: `((` at 23.
    expect(where(issuesOf(withBody('"a\\tb\\u00e9 ((due dat))"')))).toEqual([['templates.reminder.body', 8, 23, 'unknown-placeholder']]);
  });

  test('a | block: the line and column inside the block', () => {
    const text = withBody('|\n      Dear ((recipient name)),\n\n      Due ((due dat)).\n');
    // Line 11 is `      Due ((due dat)).`: `((` at column 11.
    expect(where(issuesOf(text))).toEqual([['templates.reminder.body', 11, 11, 'unknown-placeholder']]);
  });

  test('a > folded block cannot be mapped character for character: the position of `body` is given', () => {
    const text = withBody('>\n      Dear ((recipient name)),\n      due ((due dat)).\n');
    expect(where(issuesOf(text))).toEqual([['templates.reminder.body', 8, 5, 'unknown-placeholder']]);
  });

  test('JSON: escapes such as \\n before the placeholder are followed', () => {
    const json = JSON.stringify(
      {
        id: 'child',
        extends: 'fixture-base',
        title: 'Child',
        version: '1.0.0',
        effectiveFrom: '2026-04-01',
        templates: { reminder: { body: 'Dear ((recipient name)),\n\n((due dat))' } },
      },
      null,
      2,
    );
    // Line 9: `      "body": "Dear ((recipient name)),\n\n((due dat))"`; the value's quote is column 15 and
    // `Dear ((recipient name)),` (24) + `\n\n` (4) puts the unknown `((` at column 44.
    expect(where(issuesOf(json, 'child.json'))).toEqual([['templates.reminder.body', 9, 44, 'unknown-placeholder']]);
  });
});

describe('text problems', () => {
  test('a byte order mark is ignored and does not shift columns', () => {
    expect(where(issuesOf(`\uFEFF${withBody('((due dat))')}`))).toEqual([['templates.reminder.body', 8, 11, 'unknown-placeholder']]);
  });

  test('Windows line endings count lines the same way', () => {
    expect(where(issuesOf(withBody('((due dat))').replace(/\n/g, '\r\n')))).toEqual([['templates.reminder.body', 8, 11, 'unknown-placeholder']]);
  });

  test('an empty file, or one with only comments', () => {
    for (const text of ['', '# nothing yet\n']) {
      expect(issuesOf(text)).toEqual([
        { path: '', code: 'empty-file', message: 'The file is empty. A preset starts with `id:`, `title:` and the other fields.', line: 1, column: 1 },
      ]);
    }
  });

  test('two documents in one file', () => {
    const issues = issuesOf('id: a\n---\nid: b\n');
    expect(issues.map((i) => [i.code, i.line, i.message])).toEqual([
      ['yaml-syntax', 2, 'The file holds more than one document (a `---` line in the middle). A preset file holds one preset.'],
    ]);
  });

  test('a duplicate key inside a list item is reported at its path, with the other problems', () => {
    const text = [
      'id: child',
      'extends: fixture-base',
      'title: Child',
      'version: 1.0.0',
      'effectiveFrom: 2026-04-01',
      'caseTypes:',
      '  statutory-complaint:',
      '    stages:',
      '      stage-1:',
      '        reminders:',
      '          - id: a',
      '            id: b',
      '            offsetWorkingDays: -1',
      '            to: [responder]',
      '            template: reminder',
      '            source: "local: x"',
      '        responder: team-manger',
    ].join('\n');
    expect(where(issuesOf(text))).toEqual([
      ['caseTypes.statutory-complaint.stages.stage-1.reminders[0].id', 12, 13, 'duplicate-key'],
      ['caseTypes.statutory-complaint.stages.stage-1.responder', 17, 9, 'unknown-role'],
    ]);
  });

  test('anchors and aliases are read; an alias bomb is refused', () => {
    const ok = parsePolicyText(
      withBody('x')
        .replace('templates:', 'roles:\n  team-manager: &tm\n    title: Team Manager\n  deputy: *tm\ntemplates:')
        .replace('    body: x', '    subject: ((reference))'),
      { fileName: 'c.yaml', presets },
    );
    expect(ok.roles.deputy).toEqual({ title: 'Team Manager' });
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(',')}]`,
      );
    const [issue] = issuesOf(lines.join('\n'));
    expect(issue!.code).toBe('yaml-syntax');
    expect(issue!.message).toBe('The file uses aliases (`*name`) so much that reading it would take too long. Write the values out.');
  });

  test('an unknown tag and a list used as a key are reported', () => {
    const issues = issuesOf('id: !secret x\n? [a, b]\n: 1\n');
    // (The list used as a key is also an unknown key; its name does not look like a field name, so its path stops at the root.)
    expect(issues.filter((i) => i.path === '' && i.code !== 'unknown-key').map((i) => [i.code, i.line, i.column])).toEqual([
      ['yaml-warning', 1, 5],
      ['bad-key', 2, 3],
    ]);
  });

  test('a .json file must be JSON; the format option overrides the extension', () => {
    expect(issuesOf('id: x\n', 'council.json').map((i) => [i.code, i.line])).toEqual([['json-syntax', 1]]);
    const text = JSON.stringify({ ...minimalPolicy(), id: 'as-yaml' });
    expect(parsePolicyText(text, { fileName: 'council.txt', format: 'json' }).id).toBe('as-yaml');
    expect(parsePolicyText(text, { fileName: 'council.yml' }).id).toBe('as-yaml');
  });

  test('problems come in file order, whatever order they were found in', () => {
    const text = ['id: child', 'extends: fixture-base', 'title: Child', 'version: 1.0.0', 'effectiveFrom: 2026-02-30', 'jurisdction: england'].join('\n');
    expect(where(issuesOf(text))).toEqual([
      ['effectiveFrom', 5, 1, 'bad-date'],
      ['jurisdction', 6, 1, 'unknown-key'],
    ]);
  });

  test('messages never quote the file, even for syntax errors', () => {
    const secret = 'jane.doe@example.org';
    for (const text of [`id: x\ntitle: "${secret}`, `id: x\n\ttitle: ${secret}`, `{"id": "${secret}",}`, `id: [${secret}\n`]) {
      for (const issue of issuesOf(text, text.startsWith('{') ? 'x.json' : 'x.yaml')) expect(issue.message).not.toContain('jane');
    }
  });
});

describe('loadPolicyFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policies-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads a file and resolves extends against presetFiles by their id', async () => {
    const file = join(dir, 'child.yaml');
    writeFileSync(file, ['id: child', 'extends: fixture-base', 'title: Child', 'version: 1.0.0', 'effectiveFrom: 2026-04-01'].join('\n'));
    const policy = await loadPolicyFile(file, { presetFiles: [BASE] });
    expect(policy.title).toBe('Child');
    expect(policy.contacts.complaintsMailbox?.email).toBe('complaints@example.gov.uk');
  });

  test('extends may name a preset passed in `presets`, raw or resolved', async () => {
    const file = join(dir, 'child2.yml');
    writeFileSync(file, ['id: child2', 'extends: mine', 'title: Child', 'version: 1.0.0', 'effectiveFrom: 2026-04-01'].join('\n'));
    expect((await loadPolicyFile(file, { presets: { mine: minimalPolicy() } })).roles).toHaveProperty('complaints-team');
    expect((await loadPolicyFile(file, { presets: new Map([['mine', parsePolicy(minimalPolicy())]]) })).id).toBe('child2');
  });

  test('problems carry the file name', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"id": "broken"}');
    const error = await loadPolicyFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyValidationError);
    expect((error as PolicyValidationError).fileName).toBe(file);
    expect((error as PolicyValidationError).message).toMatch(/^Policy file .*broken\.json has \d+ problems:/);
  });

  test('only .yaml, .yml and .json files; a missing file is a FileAccessError naming it', async () => {
    await expect(loadPolicyFile(join(dir, 'policy.txt'))).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(loadPolicyFile(join(dir, 'missing.yaml'))).rejects.toThrow(
      `path: cannot read ${join(dir, 'missing.yaml')}: there is no such file. Check the name and the folder.`,
    );
  });
});
