// The `render` and `templates` commands, run in-process with a fake io. Expected output written by hand from the
// preset YAML (src/policies/presets/dudley.yaml) and hand-computed dates (Wednesday 7 January 2026).
// Roles and invented values only.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { getPolicy, listPolicies } from '../../src/index.js';
import { fakeIo } from '../cli/helpers.js';

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = fakeIo(files);
  const code = await runCli(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

const REMINDER_VALUES = JSON.stringify({ reference: 'ABC/123', 'recipient name': 'Team Manager', 'due date': '2026-01-07' });

describe('statutory-complaints render', () => {
  it("prints 'Subject: …', a blank line and the body; a YYYY-MM-DD due date is written in the template's style", async () => {
    const r = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--values', 'v.json'], { 'v.json': REMINDER_VALUES });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'Subject: Complaint Ref ABC/123 – response due Wednesday 7 January 2026\n' +
        '\n' +
        'Team Manager,\n\n' +
        'Please note that the deadline for responding to this complaint is Wednesday 7 January 2026. Please let us know your current progress and confirm whether you will be able to complete the response by the due date.\n\n' +
        'PLEASE NOTE: an explanation will be required if the response due date is exceeded.\n',
    );
  });

  it('--json prints { subject, body }; --format html escapes values in the body', async () => {
    const values = JSON.stringify({
      reference: 'ABC/123',
      'complainant name': '<b>Sam</b>',
      details: 'contact arrangements',
      'recipient name': 'Team Manager',
      'due date': '2026-01-07',
    });
    const r = await run(['render', '--policy', 'dudley', '--template', 'new-referral', '--values', 'v.json', '--format', 'html', '--json'], { 'v.json': values });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { subject: string; body: string };
    expect(Object.keys(out)).toEqual(['subject', 'body']);
    // new-referral writes its due date in the short style (dudley.yaml: `dates: { due date: short }`).
    // The subject is plain header text in both formats (Notify sends the plain-text subject).
    expect(out.subject).toBe('Complaint Ref ABC/123 re/from <b>Sam</b> – Due date 7 January 2026');
    expect(out.body).toContain('<p>Please see the attached complaint from &lt;b&gt;Sam&lt;/b&gt; about contact arrangements.');
    // The complaints mailbox comes from the preset's contacts.
    expect(out.body).toContain('to the complaints mailbox: complaints.socialcare@dudley.gov.uk.</p>');
  });

  it('a { date, style } value chooses its own style', async () => {
    const values = JSON.stringify({ reference: 'ABC/123', 'recipient name': 'Team Manager', due_date: { date: '2026-01-07', style: 'short' } });
    const r = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--values', 'v.json', '--json'], { 'v.json': values });
    expect((JSON.parse(r.stdout) as { subject: string }).subject).toBe('Complaint Ref ABC/123 – response due 7 January 2026');
  });

  it('the delay reasons come from the preset', async () => {
    const values = JSON.stringify({ reference: 'ABC/123', 'recipient name': 'Team Manager' });
    const r = await run(['render', '--policy', 'dudley', '--template', 'reason-for-delay-request', '--values', 'v.json'], { 'v.json': values });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n\n1. Complex case\n2. Multiple teams involved\n3. Staff absence\n4. Other urgent work\n5. Other (specify)\n\nReason number');
  });

  it('missing values: exit 1 and every missing name on stderr, no value', async () => {
    const MARKER = 'MARKER-5d2a';
    const values = JSON.stringify({ reference: `ABC/${MARKER}`, details: MARKER });
    const r = await run(['render', '--policy', 'dudley', '--template', 'new-referral', '--values', 'v.json'], { 'v.json': values });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe('statutory-complaints render: Missing personalisation: complainant name, due date, recipient name');
    expect(r.stderr).not.toContain(MARKER);
  });

  it('without a values file, lists everything the preset cannot fill', async () => {
    const r = await run(['render', '--policy', 'dudley', '--template', 'new-referral']);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('statutory-complaints render: Missing personalisation: reference, complainant name, due date, recipient name, details');
  });

  it('--preview shows the template with ((name)) for each value not given, lists them on stderr, exit 0', async () => {
    const values = JSON.stringify({ reference: 'ABC/123', 'recipient name': 'Team Manager' });
    const r = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--values', 'v.json', '--preview'], { 'v.json': values });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Subject: Complaint Ref ABC/123 – response due ((due date))\n\n' +
        'Team Manager,\n\n' +
        'Please note that the deadline for responding to this complaint is ((due date)). Please let us know your current progress and confirm whether you will be able to complete the response by the due date.\n\n' +
        'PLEASE NOTE: an explanation will be required if the response due date is exceeded.\n',
    );
    expect(r.stderr).toBe('statutory-complaints render: preview, not for sending: no value for due date\n');
  });

  it('--preview in HTML highlights the missing placeholders; --redact shows them as hidden', async () => {
    const html = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--preview', '--format', 'html', '--json']);
    expect(html.code).toBe(0);
    const out = JSON.parse(html.stdout) as { subject: string; body: string };
    expect(out.subject).toBe('Complaint Ref ((reference)) – response due ((due date))');
    expect(out.body.split('\n')[0]).toBe(`<p><span class='placeholder'>&#40;&#40;recipient name&#41;&#41;</span>,</p>`);
    expect(html.stderr).toBe('statutory-complaints render: preview, not for sending: no value for reference, due date, recipient name\n');
    const redacted = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--redact']);
    expect(redacted.code).toBe(0);
    expect(redacted.stdout.split('\n').slice(0, 3)).toEqual(['Subject: Complaint Ref [hidden] – response due [hidden]', '', '[hidden],']);
  });

  it('with every value given, --preview prints what render prints and nothing on stderr', async () => {
    const plain = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--values', 'v.json'], { 'v.json': REMINDER_VALUES });
    const preview = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--values', 'v.json', '--preview'], { 'v.json': REMINDER_VALUES });
    expect(preview).toEqual(plain);
  });

  it('refuses a value for a placeholder the preset fills, without echoing it', async () => {
    const MARKER = 'MARKER-81fe';
    const values = JSON.stringify({ reference: 'ABC/123', 'recipient name': 'x', 'Complaints-Mailbox': `${MARKER}@example.org` });
    const r = await run(['render', '--policy', 'dudley', '--template', 'due-date-reminder', '--values', 'v.json'], { 'v.json': values });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('values.Complaints-Mailbox');
    expect(r.stderr).not.toContain(MARKER);
  });

  it('a values file that is not JSON, or not an object, or unreadable: exit 1 without quoting the file', async () => {
    const MARKER = 'MARKER-03bb';
    for (const text of [`{ "complainant name": ${MARKER} }`, `["${MARKER}"]`, `"${MARKER}"`]) {
      const r = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--values', 'v.json'], { 'v.json': text });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^statutory-complaints render: --values: /);
      expect(r.stderr).not.toContain(MARKER);
    }
    const missing = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--values', 'nowhere.json']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('--values: cannot read nowhere.json: there is no such file.');
  });

  it('a bad value names its key, not the value', async () => {
    const MARKER = 'MARKER-99c0';
    const values = JSON.stringify({ reference: 'ABC/123', 'recipient name': 'x', 'due date': { date: MARKER } });
    const r = await run(['render', '--policy', 'dudley', '--template', 'reminder', '--values', 'v.json'], { 'v.json': values });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('values.due date');
    expect(r.stderr).not.toContain(MARKER);
  });

  it('usage errors: exit 2; an unknown template: exit 1 listing the templates', async () => {
    expect((await run(['render', '--policy', 'dudley'])).code).toBe(2);
    expect((await run(['render', '--policy', 'dudley', '--template', 'reminder', '--format', 'pdf'])).code).toBe(2);
    const unknown = await run(['render', '--policy', 'dudley', '--template', 'referral']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--template: must be one of the templates of dudley: acknowledgement, extension-notice,');
  });

  it('every template of every preset renders from the values `templates` says to give', async () => {
    const sample: Record<string, unknown> = {
      reference: 'ABC/123',
      'complainant name': 'Sam Example',
      details: 'contact arrangements',
      'recipient name': 'Team Manager',
      'received date': '2025-12-19',
      'due date': '2026-01-21',
      'original due date': '2026-01-07',
      'hearing date': '2026-03-02',
      stage: 'Stage 1 – local resolution',
      'working days overdue': 6,
      'next stage': 'Stage 2 – investigation',
      'next stage window': '20 working days',
      'extension reason': 'We need to speak to another service.',
      'hearing time': '10am',
      'hearing venue': 'the Council House',
      'complaints mailbox': 'complaints@example.gov.uk',
      'complaints team': 'Complaints Team',
    };
    let rendered = 0;
    for (const { id } of listPolicies()) {
      const listed = await run(['templates', '--policy', id, '--json']);
      const { templates } = JSON.parse(listed.stdout) as { templates: { id: string; placeholders: { name: string; from: string }[] }[] };
      for (const t of templates) {
        const values: Record<string, unknown> = {};
        for (const p of t.placeholders) {
          if (p.from === 'policy') continue;
          if (!(p.name in sample)) throw new Error(`no sample value for ((${p.name}))`);
          values[p.name] = sample[p.name];
        }
        for (const format of ['text', 'html']) {
          const r = await run(['render', '--policy', id, '--template', t.id, '--values', 'v.json', '--format', format], { 'v.json': JSON.stringify(values) });
          expect(r.stderr, `${id} ${t.id}`).toBe('');
          expect(r.code).toBe(0);
          expect(r.stdout).not.toContain('((');
          if (t.placeholders.some((p) => p.name === 'due date')) expect(r.stdout).toContain('21 January 2026');
          rendered++;
        }
      }
    }
    // dudley 11, england-children-2006 5, southampton 5, swindon 5, mayoral-borough 7, lgsco-code-2024 2,
    // wales-social-services-2014 3 (issue 16: its English text; the Welsh is tested in welsh.test.ts); twice each.
    expect(rendered).toBe(2 * (11 + 5 + 5 + 5 + 7 + 2 + 3));
  });
});

describe('statutory-complaints templates', () => {
  it('--json lists each template with its placeholders and where each value comes from', async () => {
    const r = await run(['templates', '--policy', 'dudley', '--template', 'new-referral', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ policy: 'dudley', version: '1.0.0' });
    const [t] = out['templates'] as Record<string, unknown>[];
    expect(t).toMatchObject({
      id: 'new-referral',
      title: 'New referral',
      subject: 'Complaint Ref ((reference)) re/from ((complainant name)) – Due date ((due date))',
    });
    expect(t!['placeholders']).toEqual([
      { name: 'reference', from: 'case', dateStyle: null, conditional: false },
      { name: 'complainant name', from: 'caller', dateStyle: null, conditional: false },
      { name: 'due date', from: 'case', dateStyle: 'short', conditional: false },
      { name: 'recipient name', from: 'case', dateStyle: null, conditional: false },
      { name: 'details', from: 'caller', dateStyle: null, conditional: false },
      { name: 'complaints mailbox', from: 'policy', dateStyle: null, conditional: false },
    ]);
  });

  it('a preset without a complaints mailbox leaves it to the caller', async () => {
    const r = await run(['templates', '--policy', 'england-children-2006', '--template', 'acknowledgement', '--json']);
    const [t] = (JSON.parse(r.stdout) as { templates: { placeholders: { name: string; from: string; dateStyle: string | null }[] }[] }).templates;
    expect(t!.placeholders.map((p) => [p.name, p.from, p.dateStyle])).toEqual([
      ['reference', 'case', null],
      ['complainant name', 'caller', null],
      ['received date', 'case', 'long'],
      ['stage', 'case', null],
      ['due date', 'case', 'long'],
      ['complaints team', 'caller', null],
      ['complaints mailbox', 'caller', null],
    ]);
  });

  it('lists every template of the preset in a readable table', async () => {
    const r = await run(['templates', '--policy', 'dudley']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe("Dudley – children's social care complaints (dudley 1.0.0): 11 templates");
    const at = lines.indexOf('overdue-reminder – Overdue reminder (1st to 4th)');
    expect(lines.slice(at, at + 7)).toEqual([
      'overdue-reminder – Overdue reminder (1st to 4th)',
      '  Subject: Complaint Ref ((reference)) – response overdue since ((due date))',
      '  placeholder     from  date style',
      '  --------------  ----  ----------',
      '  reference       case',
      '  due date        case  short',
      '  recipient name  case',
    ]);
    expect(Object.keys(getPolicy('dudley').templates).every((id) => lines.some((l) => l.startsWith(`${id} – `)))).toBe(true);
  });

  it('--template shows the body; a preset without templates says so', async () => {
    const one = await run(['templates', '--policy', 'dudley', '--template', 'reminder']);
    expect(one.stdout).toContain('  Body:\n    ((recipient name)),\n\n    Please note that the deadline');
    const none = await run(['templates', '--policy', 'foi-2000']);
    expect(none.code).toBe(0);
    expect(none.stdout).toMatch(/\(foi-2000 1\.0\.0\) has no templates\.\n$/);
    expect((await run(['templates', '--policy', 'dudley', '--template', 'nope'])).code).toBe(1);
    expect((await run(['templates'])).code).toBe(2);
  });

  it('both commands appear in the top-level help', async () => {
    const r = await run(['--help']);
    expect(r.stdout).toMatch(/\n {2}render {2,}render a preset's email template/);
    expect(r.stdout).toMatch(/\n {2}templates {2,}list a preset's email templates/);
  });
});
