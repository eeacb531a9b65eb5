// The preset workbench in a real browser (Debian's chromium driven by playwright-core): the built page, served on
// 127.0.0.1, checked against answers worked out by hand from the calendar. Without /usr/bin/chromium these tests are
// skipped with a message (CI installs it: .ci/run).
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPolicyText, readPolicyText } from '../../src/policy-text/index.js';
import { deadlineRow, editorText, hasChromium, newPage, open, replaceText, revision, setDate, startSite, type Site } from './browser.js';

const DUDLEY = readFileSync(new URL('../../src/policies/presets/dudley.yaml', import.meta.url), 'utf8');
const ENGLAND = readFileSync(new URL('../../src/policies/presets/england-children-2006.yaml', import.meta.url), 'utf8');

if (!hasChromium) {
  console.warn('workbench browser tests skipped: /usr/bin/chromium is not installed (apt-get install -y chromium)');
}

async function downloadText(page: Page, selector: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/** Dudley's file with a stage-1 timescale of `days` working days added under its stage-1 (it inherits 10). */
function dudleyWithTimescale(days: number): string {
  const anchor = '      stage-1:\n';
  expect(DUDLEY).toContain(anchor);
  return DUDLEY.replace(anchor, `${anchor}        timescale:\n          workingDays: ${days}\n`);
}

describe.skipIf(!hasChromium)('preset workbench (browser)', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
  }, 120_000);
  afterAll(async () => {
    await site?.close();
  });

  test('the JavaScript is at most 400 kB minified and gzipped', () => {
    const js = site.files.filter((f) => f.file.endsWith('.js'));
    const gzip = js.reduce((n, f) => n + f.gzip, 0);
    console.log(`workbench JavaScript: ${(js.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(1)} kB minified, ${(gzip / 1024).toFixed(1)} kB gzip`);
    expect(gzip).toBeLessThanOrEqual(400 * 1024);
  });

  test('Dudley, received 19 December 2025: stage 1 due Wednesday 7 January 2026, Christmas days skipped', async () => {
    // Received Friday 19 December 2025 (day 0); 10 working days on the England-and-Wales calendar:
    // Mon 22 (1), Tue 23 (2), Wed 24 (3); Thu 25 Christmas Day and Fri 26 Boxing Day (bank holidays), Sat 27 and
    // Sun 28 skipped; Mon 29 (4), Tue 30 (5), Wed 31 (6); Thu 1 January New Year's Day skipped; Fri 2 (7); Sat 3,
    // Sun 4 skipped; Mon 5 (8), Tue 6 (9), Wed 7 January 2026 (10). Skipped: 3 bank holidays and 6 weekend days.
    const { context, page } = await newPage(site);
    await open(page, site);
    await page.selectOption('#preset', 'dudley');
    await page.click('#load-preset');
    await setDate(page, '#received', '2025-12-19');
    const row = await deadlineRow(page, 'stage-1-response');
    expect(row).toContain('Wednesday 7 January 2026');
    expect(row).toContain('Thursday 25 December 2025: Christmas Day');
    expect(row).toContain('Friday 26 December 2025: Boxing Day');
    expect(row).toMatch(/Thursday 1 January 2026: New Year.s Day/);
    expect(row).toContain('6 weekend days');
    // The first reminder, 5 working days before Wednesday 7 January: Tue 6, Mon 5, Fri 2, Wed 31, Tue 30 December.
    expect(await page.locator('#reminders tr:has([data-reminder="stage-1/first-reminder"])').innerText()).toContain('Tuesday 30 December 2025');
    await context.close();
  });

  test('a stage-1 timescale of 15 working days moves the due date to Wednesday 14 January 2026', async () => {
    // From Wednesday 7 January (the 10th working day): Thu 8 (11), Fri 9 (12), Mon 12 (13), Tue 13 (14), Wed 14 (15).
    const { context, page } = await newPage(site);
    await open(page, site);
    await setDate(page, '#received', '2025-12-19');
    await replaceText(page, dudleyWithTimescale(15));
    await page.waitForSelector('#no-problems');
    expect(await deadlineRow(page, 'stage-1-response')).toContain('Wednesday 14 January 2026');
    await context.close();
  });

  test('what changed: a council’s own preset extending Dudley lists “stage-1 timescale: 10 working days → 15” as the author types', async () => {
    // The value the base preset gives: Dudley sets no stage-1 timescale of its own, so it has the one it extends,
    // england-children-2006's 10 working days (SI 2006/1738 reg 14). The edited value is the one typed below.
    expect(DUDLEY).toContain('\nextends: england-children-2006\n');
    expect(DUDLEY).not.toMatch(/stage-1:\n(?:\s*#.*\n)*\s+timescale:/);
    expect(ENGLAND).toMatch(
      / {6}stage-1:\n {8}title: [^\n]+\n {8}clockStart: received\n {8}timescale:\n {10}workingDays: 10\n {10}source: SI 2006\/1738 reg 14 \(read second-hand\)\n/,
    );
    const sentence = (days: number) => `stage-1 timescale: 10 working days → ${days}`;
    const { context, page } = await newPage(site);
    await open(page, site);
    await page.selectOption('#preset', 'dudley');
    await page.fill('#council-id', 'my-council');
    const before = await revision(page);
    await page.click('#start-own');
    await page.waitForFunction((n) => Number(document.body.dataset.revision) > n, before);
    // The panel: a heading, and nothing changed yet.
    expect(await page.locator('#changes-heading').innerText()).toBe('What changed');
    await expect.poll(() => page.locator('#changes-summary').innerText()).toMatch(/^No differences from the built-in preset dudley \(/);
    expect(await page.locator('#changes-list').count()).toBe(0);
    expect(await page.getAttribute('#changes-status', 'aria-live')).toBe('polite');
    // The author adds a stage-1 timescale of 1 working day, then types a 5 after the 1: the list follows each change.
    const own = await editorText(page);
    await replaceText(page, `${own.trimEnd()}\ncaseTypes:\n  statutory-complaint:\n    stages:\n      stage-1:\n        timescale:\n          workingDays: 1`);
    await page.waitForSelector('#no-problems');
    await expect.poll(() => page.locator('#changes-list li').allInnerTexts()).toEqual([sentence(1)]);
    const typed = await revision(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('5');
    await page.waitForFunction((n) => Number(document.body.dataset.revision) > n, typed);
    await expect.poll(() => page.locator('#changes-list li').allInnerTexts()).toEqual([sentence(15)]);
    expect(await page.locator('#changes-summary').innerText()).toBe(
      'Compared with the built-in preset dudley (' +
        (await page.locator('#preset option[value="dudley"]').innerText()).replace(/ \([^)]*\)$/, '') +
        '), which this preset extends: 1 difference.',
    );
    // A screen reader hears the new sentence (the list itself is not re-read).
    await expect.poll(() => page.locator('#changes-status').textContent()).toBe(`What changed: 1 difference from dudley. New: ${sentence(15)}.`);
    // The same sentence is in the timeline's terms: stage 1 of a complaint received on 19 December 2025 is now
    // due on Wednesday 14 January 2026 (15 working days; see the test of the timescale of 15 above).
    await setDate(page, '#received', '2025-12-19');
    await expect.poll(() => deadlineRow(page, 'stage-1-response')).toContain('Wednesday 14 January 2026');
    // While the text is broken, the last valid list stays, marked as such.
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(':');
    await expect.poll(() => page.locator('#changes .govuk-tag').count()).toBe(1);
    expect((await page.locator('#changes .govuk-tag').innerText()).toLowerCase()).toBe('last valid version');
    expect(await page.locator('#changes-list li').allInnerTexts()).toEqual([sentence(15)]);
    await context.close();
  });

  test('what changed: Dudley against the preset it extends; a preset that extends none says so', async () => {
    const { context, page } = await newPage(site);
    await open(page, site);
    // Dudley as shipped: its differences from england-children-2006, none about the stage-1 timescale.
    const shipped = await page.locator('#changes-list li').allInnerTexts();
    expect(shipped).toContain('reminder first-reminder added'); // Dudley's chasing ladder (dudley.yaml), absent from the base
    expect(shipped.filter((t) => t.startsWith('stage-1 timescale'))).toEqual([]);
    await replaceText(page, dudleyWithTimescale(15));
    await page.waitForSelector('#no-problems');
    await expect.poll(() => page.locator('#changes-list li').allInnerTexts()).toContain('stage-1 timescale: 10 working days → 15');
    expect(await page.locator('#changes-list li').count()).toBe(shipped.length + 1);
    await page.selectOption('#preset', 'england-children-2006');
    await page.click('#load-preset');
    await expect.poll(() => page.locator('#changes-none').innerText()).toMatch(/^This preset does not extend another/);
    expect(await page.locator('#changes-list').count()).toBe(0);
    await context.close();
  });

  test("a misspelt key is underlined at its line and listed in the validator's words; the list takes the cursor there", async () => {
    const { context, page } = await newPage(site);
    await open(page, site);
    const text = DUDLEY.replace('\ncontacts:\n', '\ncontcts:\n');
    const line = text.split('\n').indexOf('contcts:') + 1;
    // The validator's own message for this text (the same as `statutory-complaints validate`).
    const issues = checkPolicyText(readPolicyText(text, { fileName: 'preset.yaml' }), { fileName: 'preset.yaml' }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(line);
    await replaceText(page, text);
    const item = page.locator('#problem-list li');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.innerText()).toBe(`Line ${line} (contcts): ${issues[0]!.message}`);
    expect(issues[0]!.message).toMatch(/Did you mean `contacts`\?/);
    // Keyboard only: focus the problem's link and press Enter; the editor gets the cursor on that line.
    await page.focus('#problem-list a');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(true);
    expect(await page.locator('.cm-activeLine').innerText()).toBe('contcts:');
    // The underline is on that line, under the key.
    expect(await page.locator('.cm-line:has(.cm-lintRange-error)').innerText()).toBe('contcts:');
    expect(await page.locator('.cm-lintRange-error').innerText()).toBe('contcts');
    // The last valid version stays on screen, marked as such.
    await expect.poll(() => page.locator('#stale').isVisible()).toBe(true);
    expect((await page.locator('#timeline .govuk-tag').innerText()).toLowerCase()).toBe('last valid version');
    await context.close();
  });

  test('a template value <img src=x onerror=alert(1)> is shown as text in both previews', async () => {
    const { context, page } = await newPage(site); // a dialog would fail the test (see newPage)
    await open(page, site);
    await page.selectOption('#template', 'new-referral');
    const hostile = '<img src=x onerror=alert(1)>';
    await page.fill('#value-complainantname', hostile);
    await expect.poll(() => page.locator('#preview-text').innerText()).toContain(`re/from ${hostile}`);
    const frame = page.frameLocator('#preview-html');
    await expect.poll(() => frame.locator('body').innerText()).toContain(hostile);
    expect(await frame.locator('img').count()).toBe(0);
    expect(await page.locator('#preview-text img').count()).toBe(0);
    // The frame is sandboxed: no scripts, whatever it holds.
    expect(await page.getAttribute('#preview-html', 'sandbox')).toBe('allow-same-origin');
    // A placeholder without a value is highlighted, as Notify's previews show it.
    await page.fill('#value-recipientname', '');
    await expect.poll(() => page.locator('#preview-text mark').first().innerText()).toBe('((recipient name))');
    await expect.poll(() => frame.locator('.placeholder').first().innerText()).toBe('((recipient name))');
    await context.close();
  });

  test('the previews in Welsh and bilingual: the Wales acknowledgement, dates in Welsh; Dudley has no Welsh text', async () => {
    // Received Friday 19 December 2025: "a ddaeth i law ar 19 Rhagfyr 2025" (the short style the Wales preset gives
    // the received date), the Welsh text's words as the preset has them.
    const { context, page } = await newPage(site);
    await open(page, site);
    await page.selectOption('#preset', 'wales-social-services-2014');
    await page.click('#load-preset');
    await setDate(page, '#received', '2025-12-19');
    await page.selectOption('#template', 'acknowledgement');
    await page.selectOption('#language', 'welsh');
    await expect.poll(() => page.locator('#preview-text').innerText()).toContain('a ddaeth i law ar 19 Rhagfyr 2025');
    expect(await page.locator('#preview-subject').innerText()).toContain('Eich cwyn – cyfeirnod');
    expect(await page.locator('#preview-text').innerText()).not.toContain('Dear ');
    await page.selectOption('#language', 'bilingual');
    await expect.poll(() => page.locator('#preview-subject').innerText()).toMatch(/Eich cwyn – cyfeirnod .* \/ Your complaint – reference /);
    const both = await page.locator('#preview-text').innerText();
    expect(both.indexOf('Annwyl')).toBeLessThan(both.indexOf('Dear '));
    await page.selectOption('#preset', 'dudley');
    await page.click('#load-preset');
    await page.selectOption('#template', 'new-referral');
    await page.selectOption('#language', 'welsh');
    await expect.poll(() => page.locator('#preview-text').innerText()).toContain('templates.new-referral.welsh');
    await context.close();
  });

  test('the shared link reopens the same preset, case and values', async () => {
    const { context, page } = await newPage(site);
    await open(page, site);
    await setDate(page, '#received', '2025-12-19');
    await replaceText(page, dudleyWithTimescale(15));
    await page.fill('#reference', 'CS-2025-0042');
    await page.selectOption('#template', 'new-referral');
    await page.fill('#value-details', 'a change of placement');
    await page.waitForFunction(() => (document.querySelector('#share-link') as HTMLInputElement).value.includes('#s='));
    await page.waitForFunction(
      () => document.body.dataset.shared === document.body.dataset.revision && (document.querySelector('#share-link') as HTMLInputElement).value === location.href,
    );
    await page.waitForTimeout(400); // the link follows the last change after 150 ms
    const link = await page.inputValue('#share-link');
    expect(new URL(link).hash.length).toBeLessThan(DUDLEY.length); // compressed
    const before = await downloadText(page, '#download-yaml');
    await context.close();

    const second = await newPage(site);
    await second.page.goto(link);
    await second.page.waitForSelector('body[data-ready="true"]');
    expect(await second.page.inputValue('#received')).toBe('2025-12-19');
    expect(await second.page.inputValue('#reference')).toBe('CS-2025-0042');
    expect(await second.page.inputValue('#template')).toBe('new-referral');
    expect(await second.page.inputValue('#value-details')).toBe('a change of placement');
    expect(await deadlineRow(second.page, 'stage-1-response')).toContain('Wednesday 14 January 2026');
    const after = await downloadText(second.page, '#download-yaml');
    expect(after).toEqual({ name: 'dudley.yaml', text: before.text });
    expect(after.text).toBe(dudleyWithTimescale(15));
    await second.context.close();
  });

  test('the .ics downloads and parses, stage 1 on Wednesday 7 January 2026', async () => {
    const { context, page } = await newPage(site);
    await open(page, site);
    await setDate(page, '#received', '2025-12-19');
    await page.fill('#reference', 'CS-2025-0042');
    await expect.poll(() => deadlineRow(page, 'stage-1-response')).toContain('Wednesday 7 January 2026');
    const { name, text } = await downloadText(page, '#download-ics');
    expect(name).toBe('CS-2025-0042.ics');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const stage1 = events.find((e) => e.uid === 'CS-2025-0042.dudley.deadline.stage-1-response@statutory-complaints');
    expect(stage1?.startDate.toString()).toBe('2026-01-07');
    expect(stage1?.startDate.isDate).toBe(true);
    await context.close();
  });

  test('start a council’s own preset: a short file extending the chosen preset, valid as written', async () => {
    const { context, page } = await newPage(site);
    await open(page, site);
    await page.selectOption('#preset', 'swindon');
    await page.fill('#council-id', 'my-council');
    const before = await revision(page);
    await page.click('#start-own');
    await page.waitForFunction((n) => Number(document.body.dataset.revision) > n, before);
    await page.waitForSelector('#no-problems');
    const { name, text } = await downloadText(page, '#download-yaml');
    expect(name).toBe('my-council.yaml');
    expect(text).toContain('\nid: my-council\nextends: swindon\n');
    expect(text.split('\n').length).toBeLessThan(20);
    await context.close();
  });

  test('axe-core finds no accessibility violations (a valid preset, and one with problems)', async () => {
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const { context, page } = await newPage(site, { bypassCSP: true });
    await open(page, site);
    await setDate(page, '#received', '2025-12-19');
    await page.fill('#extension', '5');
    await page.fill('#response-date', '2026-01-13');
    // The "What changed" panel is showing: Dudley extends england-children-2006.
    expect(await page.locator('#changes-list li').count()).toBeGreaterThan(0);
    await page.addScriptTag({ content: axeSource });
    const run = () =>
      page.evaluate(async () => {
        const result = await (
          window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
        ).axe.run(document, {
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
    expect(await run()).toEqual([]);
    await replaceText(page, DUDLEY.replace('\ncontacts:\n', '\ncontcts:\n'));
    expect(await run()).toEqual([]);
    await context.close();
  });

  test('completion: field names from the JSON Schema where the cursor is, role ids after to/cc', async () => {
    const { context, page } = await newPage(site);
    await open(page, site);
    const lines = DUDLEY.split('\n');
    const goToLine = async (n: number) => {
      await page.click('.cm-content');
      await page.keyboard.press('Control+Alt+g');
      await page.keyboard.type(String(n));
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
    };
    // A new line under `stage-1:`, indented one step further: the fields of a stage, e.g. `timescale`.
    await goToLine(lines.indexOf('      stage-1:') + 1);
    await page.keyboard.press('Enter'); // the editor keeps the indentation of `stage-1:` (6 spaces)
    await page.keyboard.type('  times');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete .cm-completionLabel').allInnerTexts()).toContain('timescale');
    await page.keyboard.press('Escape');
    // In a reminder's `to:` list, the preset's role ids.
    const to = lines.findIndex((l) => l.trim() === 'to: [responder]');
    expect(to).toBeGreaterThan(lines.indexOf('      stage-1:'));
    await goToLine(to + 2); // one line further down: the line typed above
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type(', pers');
    await expect.poll(() => page.locator('.cm-tooltip-autocomplete .cm-completionLabel').allInnerTexts()).toContain('personal-assistant');
    await context.close();
  });

  test('keyboard only: Tab leaves the editor rather than being trapped in it', async () => {
    const { context, page } = await newPage(site);
    await open(page, site);
    await page.click('.cm-content');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).toBe(false);
    await context.close();
  });

  test('speed: load, and a keystroke in the largest preset re-validated and redrawn (figures printed, not asserted)', async () => {
    const { context, page } = await newPage(site);
    await open(page, site);
    const ready = await page.evaluate(() => performance.getEntriesByName('workbench:ready')[0]!.startTime);
    const ids = await page.locator('#preset option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // The largest preset: the one whose resolved policy is biggest (most to validate and to draw).
    const { getPolicy } = await import('../../src/policies/index.js');
    // (presets are compared by their resolved size: the most the page validates and draws)
    const id = ids.map((i) => [i, JSON.stringify(getPolicy(i)).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
    await page.selectOption('#preset', id);
    const loaded = await revision(page);
    await page.click('#load-preset');
    await page.waitForFunction((n) => Number(document.body.dataset.revision) > n, loaded);
    await setDate(page, '#received', '2025-12-19');
    // Go to the preset's `title:` line (Ctrl+Alt+G, CodeMirror's go-to-line) and type at its end: each keystroke
    // changes the policy, so the page re-validates and redraws the timeline and the previews.
    const text = readFileSync(new URL(`../../src/policies/presets/${id}.yaml`, import.meta.url), 'utf8');
    const titleLine = text.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
    await page.click('.cm-content');
    await page.keyboard.press('Control+Alt+g');
    await page.keyboard.type(String(titleLine));
    await page.keyboard.press('Enter');
    await page.keyboard.press('End');
    const work: number[] = [];
    const endToEnd: number[] = [];
    const validation: number[] = [];
    for (let i = 0; i < 15; i++) {
      const n = await revision(page);
      const drawn = Number(await page.evaluate(() => document.body.dataset.drawn));
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.type(i % 2 === 0 ? 'x' : '', { delay: 0 });
      if (i % 2 === 1) await page.keyboard.press('Backspace');
      await page.waitForFunction((r) => Number(document.body.dataset.revision) > r, n);
      const [t1, d, v] = await page.evaluate(() => [
        performance.now(),
        performance.getEntriesByName('workbench:update').at(-1)!.duration,
        performance.getEntriesByName('workbench:validate').at(-1)!.duration,
      ]);
      endToEnd.push(t1 - t0);
      work.push(d);
      validation.push(v);
      // The policy changed (its title), so the timeline and previews were drawn again.
      expect(Number(await page.evaluate(() => document.body.dataset.drawn))).toBe(drawn + 1);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `workbench speed: usable ${ready.toFixed(0)} ms after navigation; keystroke in ${id} (largest): re-validate + redraw median ${median(work).toFixed(1)} ms (max ${Math.max(...work).toFixed(1)} ms; of which validation median ${median(validation).toFixed(1)} ms), keypress to redrawn median ${median(endToEnd).toFixed(1)} ms (includes the test's round trips)`,
    );
    expect(work).toHaveLength(15);
    await context.close();
  });
});
