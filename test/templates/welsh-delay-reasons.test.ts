/**
 * Welsh labels for the reasons for delay (issue 16, remaining): a Welsh text may quote `((delay reasons))` when the
 * preset gives each reason's Welsh label under `correspondence.welsh.delayReasons`, by code. The expected lists are
 * the labels the test preset gives, in the order of Dudley's codes Z040-Z044 (src/policies/presets/dudley.yaml).
 */
import { describe, expect, it } from 'vitest';
import { getPolicy, parsePolicy, PolicyValidationError } from '../../src/policies/index.js';
import { renderPolicyTemplate } from '../../src/templates/index.js';
import { caught } from '../caught.js';

const WELSH_LABELS = { Z040: 'Achos cymhleth', Z041: 'Mwy nag un tîm yn rhan', Z042: 'Absenoldeb staff', Z043: 'Gwaith brys arall', Z044: 'Arall (nodwch)' };

function dudleyInWelsh(labels: Record<string, string>) {
  const dudley = getPolicy('dudley');
  return parsePolicy({
    id: 'dudley-welsh-test',
    extends: 'dudley',
    title: `${dudley.title} (test: Welsh delay reasons)`,
    version: '1.0.0',
    effectiveFrom: dudley.effectiveFrom,
    correspondence: { welsh: { delayReasons: labels }, source: 'local: test' },
    templates: {
      'reason-for-delay-request': {
        welsh: { subject: 'Cwyn ((reference)) – mae angen rheswm dros yr oedi', body: '((recipient name)),\n\nNodwch y rheswm dros yr oedi:\n\n((delay reasons))' },
      },
    },
  });
}

describe('Welsh delay reasons (correspondence.welsh.delayReasons)', () => {
  it('a Welsh text lists the Welsh labels, numbered, in the order of the codes', () => {
    const r = renderPolicyTemplate(dudleyInWelsh(WELSH_LABELS), 'reason-for-delay-request', { reference: 'R/1', 'recipient name': 'Rheolwr Tîm' }, { language: 'welsh' });
    expect(r.subject).toBe('Cwyn R/1 – mae angen rheswm dros yr oedi');
    expect(r.body).toBe(
      'Rheolwr Tîm,\n\nNodwch y rheswm dros yr oedi:\n\n1. Achos cymhleth\n2. Mwy nag un tîm yn rhan\n3. Absenoldeb staff\n4. Gwaith brys arall\n5. Arall (nodwch)',
    );
    expect(r.personalisation['delay reasons']).toBe('1. Achos cymhleth\n2. Mwy nag un tîm yn rhan\n3. Absenoldeb staff\n4. Gwaith brys arall\n5. Arall (nodwch)');
  });

  it('bilingual: the Welsh labels in the Welsh half, the English labels in the English half', () => {
    const r = renderPolicyTemplate(
      dudleyInWelsh(WELSH_LABELS),
      'reason-for-delay-request',
      { reference: 'R/1', 'recipient name': 'Team Manager' },
      { language: 'bilingual' },
    );
    expect(r.personalisation['delay reasons cy']).toContain('1. Achos cymhleth');
    expect(r.personalisation['delay reasons']).toBe('1. Complex case\n2. Multiple teams involved\n3. Staff absence\n4. Other urgent work\n5. Other (specify)');
  });

  it('a reason without a Welsh label is refused when the preset is read, naming the code and the field', () => {
    const { Z044: _left, ...four } = WELSH_LABELS;
    const e = caught(() => dudleyInWelsh(four));
    expect(e).toBeInstanceOf(PolicyValidationError);
    const issues = (e as PolicyValidationError).issues;
    expect(issues.map((i) => [i.path, i.code])).toEqual([['templates.reason-for-delay-request.welsh', 'missing-welsh-name']]);
    expect(issues[0]!.message).toContain('`Z044`');
    expect(issues[0]!.message).toContain('correspondence.welsh.delayReasons');
  });
});
