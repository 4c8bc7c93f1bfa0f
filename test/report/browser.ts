/**
 * Headless Chromium for the report tests (Debian `chromium`, driven by playwright-core). Absent
 * Chromium skips those tests with a message, except under CI=true, where it is an error.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.EVENTLINE_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Null (with a warning) when Chromium is not installed; throws under CI=true. */
export function chromiumPath(): string | null {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const message = `${CHROMIUM} not found (apt-get install -y chromium)`;
  if (process.env.CI === 'true') throw new Error(`Chromium missing under CI: ${message}`);
  console.warn(`[skip] ${message} — the report's browser tests are skipped`);
  return null;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}
