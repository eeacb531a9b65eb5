#!/usr/bin/env node
// Takes the screenshots of the preset workbench shown in the README and docs/workbench.md, into docs/images/.
// Needs Debian's chromium at /usr/bin/chromium. Usage: node scripts/workbench-screenshots.mjs
/* global document, window -- page.evaluate callbacks run in the browser */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildWorkbench } from './build-workbench.mjs';
import { serveStatic } from './serve-workbench.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const images = join(root, 'docs', 'images');
mkdirSync(images, { recursive: true });
const out = mkdtempSync(join(tmpdir(), 'sc-workbench-shots-'));
await buildWorkbench({ out, quiet: true });
const server = await serveStatic(out, 0);
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1, locale: 'en-GB' });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  await page.fill('#received', '2025-12-19');
  await page.fill('#reference', 'CS-2025-0042');
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    document.activeElement?.blur();
    window.scrollTo(0, 0);
  });
  const shot = async (name, selector) => {
    const box = await page.locator(selector).evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { y: r.top + window.scrollY, height: r.height };
    });
    await page.screenshot({ path: join(images, name), clip: { x: 0, y: Math.max(0, box.y - 10), width: 1400, height: Math.min(box.height + 20, 1400) }, fullPage: true });
    console.log(`docs/images/${name}`);
  };
  await page.screenshot({ path: join(images, 'workbench-editor.png'), fullPage: true, clip: { x: 0, y: 0, width: 1400, height: 1100 } });
  console.log('docs/images/workbench-editor.png');
  await shot('workbench-timeline.png', '#timeline');
  await page.selectOption('#template', 'new-referral');
  await page.fill('#value-details', 'a change of placement');
  await page.waitForTimeout(300);
  await shot('workbench-previews.png', 'section[aria-labelledby="previews-heading"]');
  // A misspelt key: underlined, listed, and the last valid version kept.
  const text = readFileSync(join(root, 'src', 'policies', 'presets', 'dudley.yaml'), 'utf8').replace('\ncontacts:\n', '\ncontcts:\n');
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.waitForSelector('#problem-list');
  await page.click('#problem-list a');
  await page.waitForTimeout(300);
  await shot('workbench-problems.png', 'section[aria-labelledby="preset-heading"]');
  console.log('docs/images/workbench-problems.png');
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
