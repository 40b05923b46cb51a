// Bundle sizes of the built Custom UI apps, raw and gzipped, split into
// what the first load fetches and what loads later, plus a check that each
// index.html holds no inline script, handler or style attribute (Forge's
// CSP blocks them).
//   node static/report-sizes.mjs          a table; exit 1 over budget
//   node static/report-sizes.mjs --json   the same figures as JSON
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { APPS } from './vite.config.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const FIRST_LOAD_BUDGET_GZIP = 200 * 1024;

function sizeOf(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function firstLoadFiles(manifest) {
  const files = new Set(['index.html']);
  const visit = (key) => {
    const chunk = manifest[key];
    if (chunk === undefined || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) visit(key);
  }
  return files;
}

function cspProblems(html) {
  const problems = [];
  if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) {
    problems.push('inline <script>');
  }
  if (/\son[a-z]+\s*=/i.test(html)) problems.push('inline event handler');
  if (/\sstyle\s*=/i.test(html) || /<style/i.test(html)) {
    problems.push('inline style');
  }
  if (/(src|href)=["']\//i.test(html)) problems.push('absolute asset path');
  return problems;
}

function reportApp(app) {
  const dist = resolve(here, app, 'dist');
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath)) return { app, built: false };

  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const first = firstLoadFiles(manifest);
  const all = new Set(['index.html']);
  for (const chunk of Object.values(manifest)) {
    all.add(chunk.file);
    for (const css of chunk.css ?? []) all.add(css);
    for (const asset of chunk.assets ?? []) all.add(asset);
  }

  const files = [...all].sort().map((file) => ({
    file,
    firstLoad: first.has(file),
    ...sizeOf(join(dist, file)),
  }));
  const total = (list) =>
    list.reduce(
      (sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip }),
      {
        raw: 0,
        gzip: 0,
      },
    );
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return {
    app,
    built: true,
    files,
    firstLoad: total(files.filter((f) => f.firstLoad)),
    lazy: total(files.filter((f) => !f.firstLoad)),
    csp: cspProblems(html),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const reports = APPS.map(reportApp);

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({ budgetGzip: FIRST_LOAD_BUDGET_GZIP, reports }, null, 2),
  );
} else {
  for (const report of reports) {
    if (!report.built) {
      console.log(`${report.app}: not built (npm run build:ui)`);
      continue;
    }
    console.log(`\n${report.app}`);
    for (const f of report.files) {
      const when = f.firstLoad ? 'first' : 'lazy ';
      console.log(
        `  ${when}  ${kb(f.raw).padStart(10)}  ${kb(f.gzip).padStart(10)} gz  ${f.file}`,
      );
    }
    console.log(
      `  first load ${kb(report.firstLoad.raw)} (${kb(report.firstLoad.gzip)} gz); lazy ${kb(report.lazy.raw)} (${kb(report.lazy.gzip)} gz)`,
    );
    console.log(
      `  CSP: ${report.csp.length === 0 ? 'no inline script, handler or style' : report.csp.join(', ')}`,
    );
  }
}

const failed = reports.some(
  (r) =>
    r.built && (r.firstLoad.gzip > FIRST_LOAD_BUDGET_GZIP || r.csp.length > 0),
);
process.exitCode = failed ? 1 : 0;
