/**
 * Welsh and bilingual text outside a case (issue 16, remaining): `renderPolicyTemplate`, and the CLI's `render` and
 * `templates` commands with `--language`. The Wales preset's acknowledgement is the example: its Welsh text (quoted
 * from the preset) with the received date short and the due date long, written in Welsh with date-fns's Welsh names:
 * Friday 19 December 2025 is "19 Rhagfyr 2025"; Friday 9 January 2026 is "dydd Gwener 9 Ionawr 2026".
 */
import { describe, expect, it } from 'vitest';
import { getPolicy } from '../../src/policies/index.js';
import { MissingTranslationError, renderPolicyTemplate } from '../../src/templates/index.js';
import { runCli } from '../../src/cli/run.js';
import { caught } from '../caught.js';
import { fakeIo } from '../cli/helpers.js';

const wales = getPolicy('wales-social-services-2014');
const values = {
  reference: 'W/1',
  'complainant name': 'Sam Example',
  'received date': '2025-12-19',
  'due date': '2026-01-09',
  stage: 'Cam 1',
  'complaints mailbox': 'cwynion@example.gov.wales',
};

async function run(files: Record<string, string>, ...argv: string[]) {
  const io = fakeIo(files);
  const code = await runCli(argv, io);
  return { code, stdout: io.out.join(''), stderr: io.err.join('') };
}

describe('renderPolicyTemplate: a preset template in English, Welsh or both, without a case', () => {
  it('Welsh: the Welsh subject and body, dates in Welsh', () => {
    const r = renderPolicyTemplate(wales, 'acknowledgement', values, { language: 'welsh' });
    expect(r.language).toBe('welsh');
    expect(r.subject).toBe('Eich cwyn – cyfeirnod W/1');
    expect(r.body).toContain('Diolch am eich cwyn, a ddaeth i law ar 19 Rhagfyr 2025.');
    expect(r.body).toContain('bydd y drafodaeth yn digwydd erbyn dydd Gwener 9 Ionawr 2026.');
  });

  it('bilingual: "Welsh / English" subject, Welsh first, then English', () => {
    const r = renderPolicyTemplate(wales, 'acknowledgement', values, { language: 'bilingual' });
    expect(r.subject).toBe('Eich cwyn – cyfeirnod W/1 / Your complaint – reference W/1');
    expect(r.body.indexOf('Annwyl Sam Example')).toBeLessThan(r.body.indexOf('Dear Sam Example'));
    expect(r.body).toContain('which we received on 19 December 2025');
    expect(r.personalisation['due date cy']).toBe('dydd Gwener 9 Ionawr 2026');
    expect(r.personalisation['due date']).toBe('Friday 9 January 2026');
  });

  it('English by default; a template with no Welsh text is a MissingTranslationError naming the field', () => {
    expect(renderPolicyTemplate(wales, 'acknowledgement', values).subject).toBe('Your complaint – reference W/1');
    const e = caught(() =>
      renderPolicyTemplate(getPolicy('dudley'), 'reminder', { 'recipient name': 'x', reference: 'R', 'due date': '2026-01-07' }, { language: 'welsh' }),
    );
    expect(e).toBeInstanceOf(MissingTranslationError);
    expect((e as MissingTranslationError).path).toBe('templates.reminder.welsh');
  });
});

describe('statutory-complaints render --language', () => {
  const files = { 'ack.json': JSON.stringify(values) };

  it('welsh: the Welsh text, with the JSON saying which language', async () => {
    const r = await run(
      files,
      'render',
      '--policy',
      'wales-social-services-2014',
      '--template',
      'acknowledgement',
      '--values',
      'ack.json',
      '--language',
      'welsh',
      '--json',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { subject: string; body: string; language: string };
    expect(out.language).toBe('welsh');
    expect(out.subject).toBe('Eich cwyn – cyfeirnod W/1');
    expect(out.body).toContain('erbyn dydd Gwener 9 Ionawr 2026');
  });

  it('bilingual: the subject "Welsh / English", the Welsh text before the English', async () => {
    const r = await run(files, 'render', '--policy', 'wales-social-services-2014', '--template', 'acknowledgement', '--values', 'ack.json', '--language', 'bilingual');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Subject: Eich cwyn – cyfeirnod W/1 / Your complaint – reference W/1');
    expect(r.stdout.indexOf('Annwyl Sam Example')).toBeLessThan(r.stdout.indexOf('Dear Sam Example'));
  });

  it('welsh for a template without a Welsh text: an error naming the field to add, never English', async () => {
    const r = await run({}, 'render', '--policy', 'dudley', '--template', 'reminder', '--language', 'welsh', '--preview');
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('templates.reminder.welsh');
  });

  it('a preview lists the Welsh text’s placeholders without a value', async () => {
    const r = await run({}, 'render', '--policy', 'wales-social-services-2014', '--template', 'acknowledgement', '--language', 'welsh', '--preview');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Annwyl ((complainant name))');
    expect(r.stderr).toContain('no value for');
    expect(r.stderr).toContain('complainant name');
  });

  it('--welsh-values gives the Welsh text its own value (a reason written in Welsh); the English half keeps --values', async () => {
    const notice = { ...values, 'original due date': '2026-01-09', 'due date': '2026-01-23', 'extension reason': 'We need to speak to another service.' };
    const r = await run(
      { 'n.json': JSON.stringify(notice), 'cy.json': JSON.stringify({ 'extension reason': 'Mae angen i ni siarad â gwasanaeth arall.' }) },
      ...[
        'render',
        '--policy',
        'wales-social-services-2014',
        '--template',
        'extension-notice',
        '--values',
        'n.json',
        '--welsh-values',
        'cy.json',
        '--language',
        'bilingual',
      ],
    );
    expect(r.code).toBe(0);
    const [cy, en] = r.stdout.split('Dear Sam Example');
    expect(cy).toContain('Mae angen i ni siarad â gwasanaeth arall.');
    expect(cy).not.toContain('We need to speak to another service.');
    expect(en).toContain('We need to speak to another service.');
  });

  it('an unknown language is refused, naming the choices', async () => {
    const r = await run(files, 'render', '--policy', 'wales-social-services-2014', '--template', 'acknowledgement', '--values', 'ack.json', '--language', 'french');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--language');
    expect(r.stderr).toContain('bilingual');
  });
});

describe('statutory-complaints templates --language', () => {
  it('welsh: the Welsh subject and the Welsh text’s placeholders', async () => {
    const r = await run({}, 'templates', '--policy', 'wales-social-services-2014', '--template', 'acknowledgement', '--language', 'welsh');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  Subject: Eich cwyn – cyfeirnod ((reference))');
    expect(r.stdout).toContain('Annwyl ((complainant name)),');
    expect(r.stdout).not.toContain('Dear ((complainant name))');
  });

  it('bilingual: both texts, Welsh first', async () => {
    const r = await run({}, 'templates', '--policy', 'wales-social-services-2014', '--template', 'acknowledgement', '--language', 'bilingual');
    expect(r.stdout.indexOf('  Welsh Subject: Eich cwyn')).toBeGreaterThan(-1);
    expect(r.stdout.indexOf('  Welsh Subject:')).toBeLessThan(r.stdout.indexOf('  English Subject: Your complaint'));
  });

  it('a preset without Welsh texts says so per template; the JSON gives "welsh": null', async () => {
    const r = await run({}, 'templates', '--policy', 'dudley', '--template', 'reminder', '--language', 'welsh');
    expect(r.stdout).toContain('  Welsh: none (add templates.reminder.welsh)');
    const j = await run({}, 'templates', '--policy', 'wales-social-services-2014', '--language', 'welsh', '--json');
    const out = JSON.parse(j.stdout) as { templates: { id: string; welsh: { subject: string } | null }[] };
    expect(out.templates.find((t) => t.id === 'acknowledgement')!.welsh!.subject).toBe('Eich cwyn – cyfeirnod ((reference))');
    const d = JSON.parse((await run({}, 'templates', '--policy', 'dudley', '--language', 'welsh', '--json')).stdout) as { templates: { welsh: unknown }[] };
    expect(d.templates.every((t) => t.welsh === null)).toBe(true);
  });
});
