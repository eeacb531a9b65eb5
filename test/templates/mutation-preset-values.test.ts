// The complaints team's Welsh name (`correspondence.welsh.complaintsTeam`), which no templates test reached (issue 18,
// mutation run). Dudley's preset names its team "Children's Complaints Team" (src/policies/presets/dudley.yaml,
// contacts.complaintsMailbox); the Welsh name below is the test preset's own. The documented contract
// (renderPolicyTemplate, docs/welsh.md): a Welsh text is filled with the preset's Welsh name, and a name the preset
// has no Welsh form of is a MissingTranslationError whose path is the field to add.
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy, type Policy } from '../../src/policies/index.js';
import { MissingTranslationError, renderPolicyTemplate } from '../../src/templates/index.js';
import { caught } from '../caught.js';

const dudley = getPolicy('dudley');
const dudleyInWelsh = parsePolicy({
  id: 'dudley-welsh-team-test',
  extends: 'dudley',
  title: `${dudley.title} (test: Welsh team name)`,
  version: '1.0.0',
  effectiveFrom: dudley.effectiveFrom,
  correspondence: { welsh: { complaintsTeam: 'Tîm Cwynion Plant' }, source: 'local: test' },
  templates: { 'due-date-reminder': { welsh: { subject: 'Cwyn ((reference))', body: '((recipient name)), gan ((complaints team)).' } } },
});
const values = { reference: 'R/1', 'recipient name': 'Rheolwr Tîm' };

describe('((complaints team)) in a Welsh text', () => {
  it('is the Welsh name the preset gives; the English text keeps the English name', () => {
    const welsh = renderPolicyTemplate(dudleyInWelsh, 'due-date-reminder', values, { language: 'welsh' });
    expect(welsh.body).toBe('Rheolwr Tîm, gan Tîm Cwynion Plant.');
    const english = renderPolicyTemplate(dudleyInWelsh, 'due-date-reminder', values);
    expect(english.personalisation['complaints team']).toBe("Children's Complaints Team");
  });

  it('a policy object with no Welsh names (built by hand, so never validated): MissingTranslationError naming the field', () => {
    const unchecked: Policy = { ...dudleyInWelsh, correspondence: undefined };
    const e = caught(() => renderPolicyTemplate(unchecked, 'due-date-reminder', values, { language: 'welsh' }));
    expect(e).toBeInstanceOf(MissingTranslationError);
    expect((e as MissingTranslationError).path).toBe('correspondence.welsh.complaintsTeam');
    expect((e as MissingTranslationError).message).toContain('((complaints team))');
  });
});
