import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';

/**
 * Debian's Chromium, headless, with a fresh profile per run and nothing
 * that reaches past loopback: no downloads, no update or sync traffic.
 */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOTS = resolve(__dirname, '../../test-results/screenshots');

export type Theme = 'light' | 'dark';

export interface Browser {
  readonly context: BrowserContext;
  /** Console errors and CSP refusals seen on any page. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function launch(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
    offline: false,
  });
  const errors: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  context.on('weberror', (error) => {
    errors.push(error.error().message);
  });
  mkdirSync(SCREENSHOTS, { recursive: true });

  return {
    context,
    errors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function setTheme(page: Page, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
}

export async function shoot(
  page: Page,
  name: string,
  theme: Theme,
): Promise<void> {
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}-${theme}.png`),
    fullPage: true,
  });
}

/** The refusals Chromium logs for content the page's CSP blocked. */
export function cspRefusals(errors: readonly string[]): string[] {
  return errors.filter((text) => text.includes('Content Security Policy'));
}

/** Whether the frame's document took the dark colour mode. */
export async function colorMode(frame: Frame | Page): Promise<string | null> {
  return frame.evaluate(() =>
    document.documentElement.getAttribute('data-color-mode'),
  );
}
