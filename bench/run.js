'use strict';
/**
 * The performance benchmark: `npm run bench`. Each size runs in its own
 * process (fresh heap, its own peak RSS); the timings are the median of
 * RUNS runs, the memory the largest seen.
 */
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const SIZES = [100, 1000, 10000];
const RUNS = 3;
const TARGET = { elements: 10000, ms: 2000, mb: 300 };

function runOnce(size, withMermaid) {
  const args = [
    '--expose-gc',
    path.join(__dirname, 'measure.js'),
    String(size),
  ];
  if (withMermaid) args.push('--mermaid');
  const out = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: 120000,
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function summarize(runs) {
  const pick = (key) => runs.map((run) => run[key]);
  const first = runs[0];
  return {
    ...first,
    importMs: median(pick('importMs')),
    analyzeMs: median(pick('analyzeMs')),
    reportMs: median(pick('reportMs')),
    heapAnalysisMb: Math.max(...pick('heapAnalysisMb')),
    rssAnalysisMb: Math.max(...pick('rssAnalysisMb')),
    heapPeakMb: Math.max(...pick('heapPeakMb')),
    rssPeakMb: Math.max(...pick('rssPeakMb')),
    mermaidMs: first.mermaidMs,
  };
}

const ms = (value) => `${value.toFixed(0)} ms`;
const mb = (value) => `${value.toFixed(0)} MB`;
const int = (value) => value.toLocaleString('en-US');

function printTable(results) {
  const header = [
    'elements',
    'flows',
    'import',
    'analysis',
    'total',
    'report',
    'threats',
    'threats/s',
    'heap',
    'RSS',
    'heap +report',
    'RSS +report',
  ];
  const rows = results.map((r) => {
    const total = r.importMs + r.analyzeMs;
    return [
      int(r.elements),
      int(r.flows),
      ms(r.importMs),
      ms(r.analyzeMs),
      ms(total),
      ms(r.reportMs),
      int(r.threats),
      int(Math.round((r.threats * 1000) / Math.max(total, 0.001))),
      mb(r.heapAnalysisMb),
      mb(r.rssAnalysisMb),
      mb(r.heapPeakMb),
      mb(r.rssPeakMb),
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i].length)),
  );
  const line = (cells) => cells.map((c, i) => c.padStart(widths[i])).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

function main() {
  console.log(
    `threatmodel benchmark, Node ${process.version}, median of ${RUNS} runs per size`,
  );
  console.log(
    'total = import from JSON + analysis. heap and RSS: peaks through the ' +
      'analysis (RSS is the process maximum; heap is sampled at phase ends).\n' +
      'report = Markdown rendering, apart; the +report columns include it.\n',
  );
  const results = SIZES.map((size) =>
    summarize(
      Array.from({ length: RUNS }, (_, i) =>
        runOnce(size, size === 10000 && i === 0),
      ),
    ),
  );
  printTable(results);

  const big = results.find((r) => r.size === TARGET.elements);
  if (big.mermaidMs !== undefined) {
    console.log(
      `\nMermaid import of the ${int(big.mermaidElements)}-element diagram ` +
        `(${int(big.mermaidFlows)} edges, ${(big.mermaidBytes / 2 ** 20).toFixed(1)} MB): ${ms(big.mermaidMs)}`,
    );
  }

  const total = big.importMs + big.analyzeMs;
  const met = total < TARGET.ms && big.rssAnalysisMb < TARGET.mb;
  console.log(
    `\ntarget: 10,000 elements and 30,000 flows in under 2 s and 300 MB: ` +
      `${met ? 'met' : 'NOT met'} (${ms(total)}, RSS peak ${mb(big.rssAnalysisMb)})`,
  );
}

main();
