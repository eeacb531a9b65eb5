// Shared set-up of the workbench's browser tests: build the site into a temporary folder, serve it on 127.0.0.1,
// and drive Debian's chromium with playwright-core (it cannot download browsers, and needs none).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
// @ts-expect-error the build scripts are plain JavaScript modules
import { buildWorkbench } from '../../scripts/build-workbench.mjs';
// @ts-expect-error the build scripts are plain JavaScript modules
import { serveStatic } from '../../scripts/serve-workbench.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export interface BuiltFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface Site {
  readonly url: string;
  readonly files: readonly BuiltFile[];
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const out = mkdtempSync(join(tmpdir(), 'sc-workbench-'));
  const { files } = (await buildWorkbench({ out, quiet: true })) as { files: BuiltFile[] };
  const server = (await serveStatic(out, 0)) as Server;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    files,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(out, { recursive: true, force: true });
    },
  };
}

/** A fresh page (its own context: no shared storage or downloads between tests). */
export async function newPage(site: Site, options: { bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true, bypassCSP: options.bypassCSP ?? false });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`the page opened a ${dialog.type()} dialog`);
  });
  return { context, page };
}

/** Opens the workbench (optionally with a fragment) and waits until it has drawn the first time. */
export async function open(page: Page, site: Site, fragment = ''): Promise<void> {
  await page.goto(`${site.url}${fragment}`);
  await page.waitForSelector('body[data-ready="true"]');
}

/** The page's revision counter: it goes up each time the page re-validates and redraws. */
export async function revision(page: Page): Promise<number> {
  return Number(await page.evaluate(() => document.body.dataset.revision ?? '0'));
}

/** Replaces the editor's whole text as a paste would (select all, then insert). */
export async function replaceText(page: Page, text: string): Promise<void> {
  const before = await revision(page);
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
  await page.waitForFunction((n) => Number(document.body.dataset.revision) > n, before);
}

/** The editor's text. */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.cm-content .cm-line')].map((l) => l.textContent ?? '');
    return lines.join('\n');
  });
}

/** Sets a date input (YYYY-MM-DD) and waits for the redraw. */
export async function setDate(page: Page, selector: string, date: string): Promise<void> {
  await page.fill(selector, date);
}

/** The text of the timeline row of a deadline. */
export async function deadlineRow(page: Page, id: string): Promise<string> {
  return page.locator(`#deadlines tr:has([data-deadline="${id}"])`).innerText();
}
