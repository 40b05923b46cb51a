import type { Frame, Page } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  SCREENSHOTS,
  colorMode,
  cspRefusals,
  launch,
  setTheme,
  shoot,
  type Browser,
  type Theme,
} from './browser';
import { shopModel } from '../ui/fixtures';
import { StubEpic } from './stub-resolvers';
import { startStubSite, type StubSite } from './stub-site';

/**
 * The built Custom UI in Chromium behind Forge's frame CSP, with a stub
 * host and stub resolvers: the diagram is drawn by the real Mermaid, names
 * that look like markup stay text, and every screen is photographed in
 * both themes.
 */
const HOSTILE = [
  'flowchart LR',
  '  shopper(["<script>alert(1)</script>"])',
  "  subgraph cloud [\"%%{init: {'securityLevel': 'loose'}}%%\"]",
  '    api["#quot;><img src=x onerror=alert(1)>"]',
  '    db[(Orders DB)]',
  '  end',
  '  shopper -->|HTTPS| api',
  '  api -->|SQL| db',
].join('\n');

const INIT = '%%{init: {"securityLevel": "loose"}}%%';
const IMG = '"><img src=x onerror=alert(1)>';

let browser: Browser;
let site: StubSite;
let epic: StubEpic;
const dialogs: string[] = [];

beforeAll(async () => {
  epic = new StubEpic();
  site = await startStubSite((name, payload) => epic.handle(name, payload));
  browser = await launch();
  browser.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser.close();
  await site.close();
});

async function open(app: string, theme: Theme): Promise<Page> {
  const page = await browser.context.newPage();
  await setTheme(page, theme);
  await page.goto(site.frameUrl(app));
  return page;
}

/**
 * Writes when the panel first showed the epic (the app's performance
 * mark, from navigation start) to test-results/metrics.json; a figure to
 * report, not a pass or fail.
 */
async function recordFirstRender(page: Page, theme: Theme): Promise<void> {
  const ms = await page.evaluate(
    (name) => performance.getEntriesByName(name)[0]?.startTime ?? null,
    'tm-panel-first-render',
  );
  const file = resolve(SCREENSHOTS, '../metrics.json');
  const metrics = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>)
    : {};
  metrics[`panelFirstRenderMs.${theme}`] = ms === null ? null : Math.round(ms);
  writeFileSync(file, JSON.stringify(metrics, null, 2));
}

/** Text without spaces: Mermaid wraps long labels into separate lines. */
function words(text: string): string {
  return text.replace(/\s+/g, '');
}

async function diagramText(page: Page | Frame): Promise<string> {
  const svg = page.locator('.tm-diagram__canvas svg');
  await svg.waitFor({ state: 'attached', timeout: 30_000 });
  return (await svg.textContent()) ?? '';
}

describe.each<Theme>(['light', 'dark'])(
  'the stub-hosted UI in the %s theme',
  (theme) => {
    it('draws the model with Mermaid and analyses it', async () => {
      epic = new StubEpic();
      const page = await open('panel', theme);

      await page.getByRole('tab', { name: 'Model' }).waitFor();
      expect(await colorMode(page)).toBe(theme);
      await recordFirstRender(page, theme);
      await page.getByRole('tab', { name: 'Model' }).click();
      expect(await diagramText(page)).toContain('Orders API');
      await shoot(page, 'stub-panel-model', theme);

      await page.getByRole('button', { name: 'Analyze' }).click();
      await page.getByRole('table', { name: 'Threat inventory' }).waitFor();
      await page
        .getByRole('button', { name: 'SQL injection in order search' })
        .click();
      await shoot(page, 'stub-panel-threats', theme);

      await page.getByRole('tab', { name: 'Backlog' }).click();
      await page
        .getByRole('button', { name: 'Create backlog tickets' })
        .click();
      await page.getByRole('table', { name: 'Tickets to create' }).waitFor();
      await shoot(page, 'stub-panel-preview', theme);
      await page.getByRole('button', { name: /^Create \d tickets?$/ }).click();
      await page
        .getByText(/^Created \d tickets?$/)
        .waitFor({ timeout: 30_000 });
      await shoot(page, 'stub-panel-created', theme);

      const macro = await open('macro', theme);
      await macro
        .getByRole('heading', { name: /Threat model: ENG-1/ })
        .waitFor();
      await macro.getByRole('button', { name: 'Show diagram' }).click();
      expect(await diagramText(macro)).toContain('Orders DB');
      await shoot(macro, 'stub-macro', theme);

      const config = await open('macro-config', theme);
      await config.getByRole('textbox', { name: 'Epic key' }).waitFor();
      await shoot(config, 'stub-macro-config', theme);
      await Promise.all([page.close(), macro.close(), config.close()]);
    });
  },
);

describe('the stub-hosted panel', () => {
  it('keeps names that look like markup as text in the drawn diagram', async () => {
    epic = new StubEpic(shopModel({ api: IMG, system: INIT }));
    const page = await open('panel', 'light');
    await page.getByRole('tab', { name: 'Model' }).click();

    expect(words(await diagramText(page))).toContain(words(IMG));
    await page.getByRole('rowheader', { name: IMG, exact: true }).waitFor();

    await page.getByRole('textbox', { name: 'Mermaid source' }).fill(HOSTILE);
    await page.getByText(/The diagram reads: 3 elements/).waitFor();
    await page.waitForFunction(() =>
      (
        document.querySelector('.tm-diagram__canvas svg')?.textContent ?? ''
      ).includes('<script>'),
    );

    const text = words(await diagramText(page));
    expect(text).toContain(words('<script>alert(1)</script>'));
    expect(text).toContain(words('#quot;><img src=x onerror=alert(1)>'));
    const active = page.locator(
      '.tm-diagram__canvas :is(script, img, foreignObject, a, style)',
    );
    expect(await active.count()).toBe(0);
    expect(await page.locator('img, [onerror]').count()).toBe(0);
    await page
      .getByRole('rowheader', {
        name: '<script>alert(1)</script>',
        exact: true,
      })
      .waitFor();
    await shoot(page, 'stub-panel-hostile', 'light');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('runs under the frame CSP without a refused script', () => {
    const refused = cspRefusals(browser.errors).filter((text) =>
      /script-src|inline script|eval/i.test(text.split('.')[0] ?? ''),
    );

    expect(refused).toEqual([]);
  });
});
