'use strict';
/**
 * One benchmark run in a fresh process, so its peak memory is its own:
 * `node --expose-gc bench/measure.js SIZE [--mermaid]`. Prints one JSON
 * line with the timings, the threat count and the memory figures.
 */
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { generateModel } = require('./generate');
const { toMermaid } = require('./mermaid');

const dist = path.join(__dirname, '..', 'dist');
const { importModel } = require(path.join(dist, 'importers'));
const { analyze } = require(path.join(dist, 'analysis'));
const { builtInCatalog } = require(path.join(dist, 'catalog'));
const { renderMarkdown } = require(path.join(dist, 'report'));

function collect() {
  if (typeof global.gc === 'function') global.gc();
}

function measure(size, withMermaid) {
  const model = generateModel(size);
  const json = JSON.stringify(model);
  const mermaid = withMermaid ? toMermaid(model) : undefined;
  const catalog = builtInCatalog();
  collect();
  const base = process.memoryUsage();
  let heapPeak = base.heapUsed;
  const sample = () => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  };

  const t0 = performance.now();
  const imported = importModel(json, {
    fileName: 'bench.json',
    format: 'model',
  });
  const t1 = performance.now();
  sample();
  const analysis = analyze(imported.model, { catalog });
  const t2 = performance.now();
  sample();
  const heapAnalysis = heapPeak;
  const rssAnalysis = process.resourceUsage().maxRSS;
  const report = renderMarkdown(analysis, imported.model);
  const t3 = performance.now();
  sample();

  const result = {
    size,
    elements: imported.model.elements.length,
    flows: imported.model.flows.length,
    jsonBytes: Buffer.byteLength(json),
    importMs: t1 - t0,
    analyzeMs: t2 - t1,
    reportMs: t3 - t2,
    reportBytes: Buffer.byteLength(report),
    threats: analysis.threats.length,
    heapAnalysisMb: heapAnalysis / 2 ** 20,
    rssAnalysisMb: rssAnalysis / 1024,
    heapPeakMb: heapPeak / 2 ** 20,
    heapBaseMb: base.heapUsed / 2 ** 20,
    rssPeakMb: process.resourceUsage().maxRSS / 1024,
  };

  if (mermaid !== undefined) {
    collect();
    const m0 = performance.now();
    const fromMermaid = importModel(mermaid, {
      fileName: 'bench.mmd',
      format: 'mermaid',
    });
    result.mermaidMs = performance.now() - m0;
    result.mermaidBytes = Buffer.byteLength(mermaid);
    result.mermaidElements = fromMermaid.model.elements.length;
    result.mermaidFlows = fromMermaid.model.flows.length;
  }

  return result;
}

const size = Number(process.argv[2]);
process.stdout.write(
  `${JSON.stringify(measure(size, process.argv.includes('--mermaid')))}\n`,
);
