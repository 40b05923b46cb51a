import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/analysis';
import { importModel } from '../../src/importers';

/** Real models from other tools, kept beside the project (shared/corpus). */
const CORPUS = path.join(__dirname, '../../../shared/corpus');

/** Formats the importers refuse on purpose, with a message saying so. */
const REFUSED = new Set(['.py', '.tm7']);

const files = readdirSync(CORPUS, { recursive: true, encoding: 'utf8' })
  .filter((name) => /\.(json|ya?ml|md|otm)$/.test(name))
  .filter((name) => !name.endsWith('README.md'))
  .filter((name) => !REFUSED.has(path.extname(name)))
  .sort();

describe('analysis of the corpus of real models', () => {
  it('finds every model of the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('gives %s threats on every element and flow', (name) => {
    const text = readFileSync(path.join(CORPUS, name), 'utf8');
    const { model } = importModel(text, { fileName: name });

    const analysis = analyze(model);

    const targets = new Set(analysis.threats.map((t) => t.target.id));
    const bare = [...model.elements, ...model.flows]
      .map((part) => part.id)
      .filter((id) => !targets.has(id));
    expect(bare).toEqual([]);
    expect(analysis.summary.coverage).toBe(1);
  });
});
