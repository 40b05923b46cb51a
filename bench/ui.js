'use strict';
/**
 * The Custom UI's figures: bundle sizes of the built apps (first load and
 * what loads later, gzipped), and the panel's first render in Debian's
 * Chromium: the app's own performance mark, from navigation start, median
 * of five cold page loads on a loopback stub host.
 */
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const RENDERS = 5;

function printSizes() {
  const script = path.join(root, 'static/report-sizes.mjs');
  const { budgetGzip, reports } = JSON.parse(
    execFileSync(process.execPath, [script, '--json'], { encoding: 'utf8' }),
  );
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const total = (files, first) =>
    files
      .filter((f) => f.firstLoad === first)
      .reduce((sum, f) => sum + f.gzip, 0);

  console.log(
    `\nCustom UI bundles, gzipped (first-load budget ${kb(budgetGzip)})`,
  );
  for (const report of reports) {
    const first = total(report.files, true);
    console.log(
      `  ${report.app.padEnd(12)} first load ${kb(first).padStart(9)}` +
        `   on demand ${kb(total(report.files, false)).padStart(9)}` +
        `   ${first <= budgetGzip ? 'within budget' : 'OVER budget'}`,
    );
  }
}

async function firstRender() {
  require('../local/register-ts.js');
  const { launch } = require('../test/browser/browser.ts');
  const { startStubSite } = require('../test/browser/stub-site.ts');
  const { StubEpic } = require('../test/browser/stub-resolvers.ts');

  const epic = new StubEpic();
  const site = await startStubSite((name, payload) =>
    epic.handle(name, payload),
  );
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < RENDERS; i += 1) {
      const page = await browser.context.newPage();
      await page.goto(site.frameUrl('panel'));
      await page.getByRole('tab', { name: 'Model' }).waitFor();
      times.push(
        await page.evaluate(
          (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
          'tm-panel-first-render',
        ),
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await site.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(
    `\nPanel first render (Chromium, loopback stub host): median ${Math.round(median)} ms ` +
      `of ${RENDERS} loads (${times.map((t) => Math.round(t)).join(', ')} ms)`,
  );
}

async function main() {
  if (!existsSync(path.join(root, 'static/panel/dist/index.html'))) {
    console.log(
      '\nCustom UI: not built; run `npm run build:ui` for its figures.',
    );
    return;
  }
  printSizes();
  if (!existsSync('/usr/bin/chromium')) {
    console.log(
      '\nPanel first render: needs Debian Chromium (apt-get install chromium).',
    );
    return;
  }
  await firstRender();
}

main().catch((error) => {
  console.error(`ui bench: ${error.message}`);
  process.exitCode = 1;
});
