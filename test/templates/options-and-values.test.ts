// The options checks of renderTemplate, renderPolicyTemplate and formatDate, date values given as null-prototype
// objects, the `marked` emphasis carried into a Welsh text, and the HTML escaping and UTF-8 length helpers
// (issue 18: paths no test in test/templates reached).
//
// Independent answers: a Welsh council's preset asking for `marked` emphasis gets `<strong>` for `**…**` in its Welsh
// text as in its English one (the option is the template's, docs/welsh.md; `marked` as emphasis-option.test.ts
// describes it); HTML escaping is checked by round trip through Notify's decoding of character references (Python's
// `html.unescape` rules, entities.test.ts); a string's UTF-8 length is Node's own encoder's (`Buffer.byteLength`,
// which writes a lone surrogate as U+FFFD, 3 bytes, as the WHATWG encoder does).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caught } from '../caught.js';
import { applyEvent, getPolicy, InvalidArgumentError, letterForCase, openCase, parsePolicy, renderTemplate } from '../../src/index.js';
import { formatDate, renderPolicyTemplate } from '../../src/templates/index.js';
import { decodeCharacterReferences } from '../../src/templates/entities.js';
import { escapeHtml, utf8Length } from '../../src/templates/escape.js';

const template = { subject: 'Hello ((name))', body: 'Dear ((name))' };

describe('renderTemplate options', () => {
  it('options that are not an object', () => {
    for (const bad of ['html', 42, null]) {
      const e = caught(() => renderTemplate(template, { name: 'Sam' }, bad as never)) as InvalidArgumentError;
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect([e.code, e.path, e.message]).toEqual(['invalid-argument', 'options', "options: must be an object such as { format: 'html' }."]);
    }
  });

  it("an emphasis other than 'notify' or 'marked', named where it was given", () => {
    const fromOptions = caught(() => renderTemplate(template, { name: 'Sam' }, { emphasis: 'bold' as never })) as InvalidArgumentError;
    expect([fromOptions.path, fromOptions.message]).toEqual(['options.emphasis', "options.emphasis: must be 'notify' or 'marked'."]);
    const fromTemplate = caught(() => renderTemplate({ ...template, emphasis: 'bold' } as never, { name: 'Sam' })) as InvalidArgumentError;
    expect([fromTemplate.path, fromTemplate.message]).toEqual(['template.emphasis', "template.emphasis: must be 'notify' or 'marked'."]);
    // The option wins over the template's own.
    expect(renderTemplate({ ...template, body: '**Dear** ((name))', emphasis: 'bold' } as never, { name: 'Sam' }, { emphasis: 'marked', format: 'html' }).body).toBe(
      '<p><strong>Dear</strong> Sam</p>',
    );
  });
});

describe('renderPolicyTemplate and formatDate options', () => {
  it('renderPolicyTemplate: options that are not an object', () => {
    for (const bad of ['welsh', 42, null]) {
      const e = caught(() => renderPolicyTemplate(getPolicy('dudley'), 'reminder', {}, bad as never)) as InvalidArgumentError;
      expect([e.code, e.path]).toEqual(['invalid-argument', 'options']);
      expect(e.message).toContain("must be an object such as { language: 'welsh', format: 'html' }");
    }
  });

  it('formatDate in Welsh: a style other than long or short is refused, naming `style`', () => {
    const e = caught(() => formatDate('2026-01-07', 'medium' as never, 'welsh')) as InvalidArgumentError;
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect([e.path, e.message]).toEqual(['style', "style: must be 'long' or 'short'."]);
  });
});

describe('a date value given as an object without a prototype', () => {
  // As test/templates/letter.test.ts: Dudley, received Fri 19 Dec 2025, answered Wed 7 Jan 2026, stage 2 asked for Mon
  // 12 Jan, answered Fri 13 Feb, the panel asked for Mon 16 Feb 2026; the hearing, not yet recorded, is on Monday 16
  // March 2026 (1 March 2026 is a Sunday), written in the long style (the library's date placeholder).
  it('takes the placeholder’s style like any plain object', () => {
    const dudley = getPolicy('dudley');
    let kase = openCase(dudley, { reference: 'ABC/123', receivedAt: '2025-12-19' });
    for (const e of [
      { type: 'response-sent', on: '2026-01-07', outcome: 'not-upheld' },
      { type: 'next-stage-requested', on: '2026-01-12' },
      { type: 'response-sent', on: '2026-02-13', outcome: 'not-upheld' },
      { type: 'panel-requested', on: '2026-02-16' },
    ] as const) {
      kase = applyEvent(dudley, kase, e);
    }
    const values = { 'complainant name': 'Sam Example', 'hearing time': '10am', 'hearing venue': 'the Council House' };
    const bare = Object.assign(Object.create(null) as object, { date: '2026-03-16' });
    for (const date of [bare, { date: '2026-03-16' }, '2026-03-16']) {
      expect(letterForCase(dudley, kase, 'panel-hearing-notice', { ...values, 'hearing date': date }, { on: '2026-02-16' }).body).toContain(
        'will meet on Monday 16 March 2026 at 10am, at the Council House.',
      );
    }
  });
});

describe('`marked` emphasis in a Welsh text', () => {
  it('the Welsh variant keeps the template’s emphasis', () => {
    const council = parsePolicy({
      id: 'welsh-emphasis-council',
      extends: 'wales-social-services-2014',
      title: 'A Welsh council',
      version: '1.0.0',
      effectiveFrom: '2026-01-01',
      templates: {
        note: {
          subject: 'Complaint ((reference))',
          body: '**Please note** the reference ((reference)).',
          welsh: { subject: 'Cwyn ((reference))', body: '**Sylwch** ar y cyfeirnod ((reference)).' },
          emphasis: 'marked',
          source: 'local: example',
        },
      },
    });
    const welsh = renderPolicyTemplate(council, 'note', { reference: 'W/7' }, { language: 'welsh', format: 'html' });
    expect(welsh.body).toBe('<p><strong>Sylwch</strong> ar y cyfeirnod W/7.</p>');
    const english = renderPolicyTemplate(council, 'note', { reference: 'W/7' }, { language: 'english', format: 'html' });
    expect(english.body).toBe('<p><strong>Please note</strong> the reference W/7.</p>');
  });
});

describe('escapeHtml and utf8Length', () => {
  it('escapeHtml: Notify’s decoding gives the text back, and no raw markup character is left', () => {
    expect(escapeHtml(`a&b<c>d"e'f`)).not.toMatch(/[<>"']/);
    expect(decodeCharacterReferences(escapeHtml(`a&b<c>d"e'f`))).toBe(`a&b<c>d"e'f`);
    expect(escapeHtml('plain text')).toBe('plain text');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '&', '<', '>', '"', "'", ';', '#', 'x', '1', ' ', 'é') }), (s) => {
        const escaped = escapeHtml(s);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(decodeCharacterReferences(escaped)).toBe(s);
      }),
    );
  });

  it('utf8Length agrees with Node’s encoder on any UTF-16 string, lone surrogates included', () => {
    expect(utf8Length('\ud800x')).toBe(4); // a lone high surrogate (U+FFFD, 3 bytes) then "x"
    expect(utf8Length('\ud83d\ude00')).toBe(4);
    fc.assert(
      fc.property(
        fc.string({ unit: fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0xd800, max: 0xdfff })).map((c) => String.fromCharCode(c)) }),
        (s) => {
          expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
        },
      ),
    );
  });
});
