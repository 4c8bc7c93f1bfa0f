import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReport, embedJson } from '../../src/report/index.js';
import type { TimelineEvent } from '../../src/store/store.js';
import { expectedTimelineItems, IMG_TEXT, sampleStore, SCRIPT_TITLE } from '../export/fixture.js';
import { chromiumPath, launchChromium } from './browser.js';

describe('report HTML', () => {
  it('embeds JSON that cannot close its script element or break a JS string', () => {
    const text = embedJson({ a: '</script><!-- & \u2028\u2029 >' });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ a: '</script><!-- & \u2028\u2029 >' });
  });

  it('holds article strings only inside the escaped data block', async () => {
    const store = await sampleStore();
    const html = buildReport(await store.timeline({}));
    expect(html).not.toContain(SCRIPT_TITLE);
    expect(html).not.toContain(IMG_TEXT);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).toMatch(/Content-Security-Policy/);
    expect(html.match(/<script>/g)!.length).toBe(5);
  });
});

const chromium = chromiumPath();

describe.skipIf(chromium === null)('report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;
  let events: TimelineEvent[];
  let page: Page;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eventline-report-'));
    const store = await sampleStore();
    events = await store.timeline({});
    const file = join(dir, 'report.html');
    writeFileSync(file, buildReport(events));
    browser = await launchChromium(chromium!);
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    page.on('request', (req) => {
      if (!req.url().startsWith('file:') && !req.url().startsWith('data:')) requests.push(req.url());
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction('window.eventlineReady === true', undefined, { timeout: 30_000 });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws one timeline item per dated event and participant, with no console errors or requests', async () => {
    const expected = expectedTimelineItems(events);
    expect(expected).toBe(10);
    const drawn = await page.locator('#timeline .vis-item.vis-point, #timeline .vis-item.vis-range').count();
    expect(drawn).toBe(expected);
    expect(await page.locator('#timeline .vis-item.hollow.vis-point, #timeline .vis-item.hollow.vis-range').count()).toBe(4); // possible meeting x2, planned talks x2
    expect(await page.locator('#undated li').count()).toBe(1);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('shows hostile article strings as text when their event is clicked', async () => {
    const hostile = events.find((e) => e.sources.some((s) => s.title === SCRIPT_TITLE))!;
    // the hostile meeting's items: the timeline labels them "Meeting"; click until its evidence shows
    const items = page.locator('#timeline .vis-item.vis-point', { hasText: 'Meeting' });
    let shown = false;
    for (let i = 0; i < (await items.count()) && !shown; i++) {
      await items.nth(i).click();
      shown = (await page.locator('#details').getAttribute('data-event')) === hostile.id;
    }
    expect(shown).toBe(true);
    const details = page.locator('#details');
    expect(await details.locator('.article-title').first().textContent()).toBe(SCRIPT_TITLE);
    expect(await details.locator('.evidence').first().textContent()).toContain(IMG_TEXT);
    expect(await page.locator('body img, body script:not([type]):not([src])').count()).toBe(5); // the five inlined scripts, no img
    expect(await page.locator('body img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('saves a screenshot', async () => {
    const shot = join(process.env.EVENTLINE_SCREENSHOT_DIR ?? dir, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
