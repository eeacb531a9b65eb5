/**
 * The `marked` emphasis option: Notify's default prints `**`/`__` as typed; Dudley's preset asks for `marked` because
 * its seed underlines (and embolds) its warnings, and `validate` says such a template will not look the same in
 * Notify.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { getPolicy, renderTemplate } from '../../src/index.js';
import { templateNotes } from '../../src/policies/index.js';
import { fakeIo } from '../cli/helpers.js';

const dudley = getPolicy('dudley');
const values = {
  reference: 'ABC/123',
  'recipient name': 'Team Manager',
  'complainant name': 'the complainant',
  details: 'the service',
  'due date': { date: '2026-01-07', style: 'short' as const },
  'complaints mailbox': 'complaints@example.org',
};

describe("Dudley's warnings, as the seed has them", () => {
  it('new referral: "PLEASE NOTE:" bold and the warning underlined in HTML (seed: <u>…</u>)', () => {
    const body = renderTemplate(dudley.templates['new-referral']!, values, { format: 'html' }).body;
    expect(body).toContain('<p><strong>PLEASE NOTE:</strong> <u>an explanation will be required if the response due date is exceeded.</u> Data on response times');
  });

  it('plain text reads as the seed: no asterisks or underscores', () => {
    const body = renderTemplate(dudley.templates['new-referral']!, values).body;
    expect(body).toContain('PLEASE NOTE: an explanation will be required if the response due date is exceeded. Data on response times');
    expect(body).not.toMatch(/\*\*|__/);
    const overdue = renderTemplate(dudley.templates['overdue-reminder']!, values).body;
    expect(overdue).toContain('PLEASE NOTE: as this response is now overdue, you will be required to provide an explanation for the delay.');
  });

  it("the same template with Notify's default renders as Notify would send it: a line starting * is a bullet", () => {
    // Notify's list rule takes `*` then anything as an item, so the paragraph becomes a bullet "*PLEASE NOTE:** __…__"
    const body = renderTemplate(dudley.templates['new-referral']!, values, { format: 'html', emphasis: 'notify' }).body;
    expect(body).toContain('<ul>\n<li>*PLEASE NOTE:** __an explanation will be required if the response due date is exceeded.__ Data on');
  });
});

describe('validate says a marked template will not look the same in Notify', () => {
  it('templateNotes lists the two Dudley templates that ask for it', () => {
    expect(templateNotes(dudley).map((n) => n.path)).toEqual(['templates.new-referral.emphasis', 'templates.overdue-reminder.emphasis']);
    expect(templateNotes(getPolicy('swindon'))).toEqual([]);
  });

  it('statutory-complaints validate prints the note with its line, and still exits 0', async () => {
    const text = readFileSync(new URL('../../src/policies/presets/dudley.yaml', import.meta.url), 'utf8');
    const line = text.split('\n').findIndex((l) => l.trim() === 'emphasis: marked') + 1; // first template asking for it
    const io = fakeIo({ 'dudley.yaml': text });
    const code = await runCli(['validate', 'dudley.yaml'], io);
    const out = io.out.join('');
    expect(code).toBe(0);
    expect(out).toContain(`dudley.yaml:${line}:`);
    expect(out).toContain('templates.new-referral.emphasis  Note: This template asks for `emphasis: marked`');
    expect(out).toContain('will not look the same');
    expect(out).toContain('1 preset file checked: no problems.');
  });
});
