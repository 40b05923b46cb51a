import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { compactAnalysis, expandAnalysis } from '../../src/app/wire';
import { parseModel } from '../../src/model';
import { largeModel } from './large-model';
import { exampleAnalysis, travel } from './wire-examples';

/** The example with the tickets of its first two items done. */
function withDone(analysis: Analysis, file: string): Analysis {
  const done = analysis.mitigations.slice(0, 2).map((item) => item.key);
  return exampleAnalysis(file, done);
}

function bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value));
}

const ecommerce = exampleAnalysis('ecommerce-payments.yaml');
const healthcare = exampleAnalysis('healthcare-analytics.yaml');

describe('compactAnalysis and expandAnalysis', () => {
  test.each([
    ['the e-commerce example', ecommerce],
    ['the healthcare example', healthcare],
    [
      'the e-commerce example with tickets done',
      withDone(ecommerce, 'ecommerce-payments.yaml'),
    ],
    [
      'the healthcare example with tickets done',
      withDone(healthcare, 'healthcare-analytics.yaml'),
    ],
  ])('gives back %s exactly, key order included', (_name, analysis) => {
    const back = travel(analysis);

    expect(back).toEqual(analysis);
    expect(JSON.stringify(back)).toBe(JSON.stringify(analysis));
  });

  it('gives back a synthetic 1,000-element model in a twentieth of its size', () => {
    const analysis = analyze(parseModel(largeModel(1000)), {});

    const wire = compactAnalysis(analysis);

    expect(analysis.threats.length).toBeGreaterThan(10_000);
    expect(expandAnalysis(wire)).toEqual(analysis);
    expect(bytes(wire) * 20).toBeLessThan(bytes(analysis));
  });

  it('stores each rule and mitigation text once, keyed by its id', () => {
    const wire = compactAnalysis(healthcare);
    const ruleIds = wire.texts?.rules.map((entry) => entry.ruleId) ?? [];
    const mitigationIds =
      wire.texts?.mitigations.map((entry) => entry.mitigationId) ?? [];

    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(new Set(ruleIds)).toEqual(
      new Set(healthcare.threats.map((threat) => threat.ruleId)),
    );
    expect(new Set(mitigationIds).size).toBe(mitigationIds.length);
    expect(new Set(mitigationIds)).toEqual(
      new Set(healthcare.mitigations.map((item) => item.mitigationId)),
    );
  });

  it('keeps scores and risk reductions as the analysis has them', () => {
    const wire = compactAnalysis(ecommerce);
    const scores = ecommerce.threats.map((threat) => threat.residual.score);

    for (const score of new Set(scores)) {
      expect(wire.risks.some((risk) => risk.score === score)).toBe(true);
    }
    expect(wire.mitigations.riskReduction).toEqual(
      ecommerce.mitigations.map((item) => item.riskReduction),
    );
  });

  it('stores each distinct rating once, its factor names apart', () => {
    const wire = compactAnalysis(healthcare);
    const ratings = healthcare.threats.flatMap((threat) =>
      [threat.inherent, threat.residual].flatMap((risk) => [
        risk.likelihood,
        risk.impact,
      ]),
    );
    const names = ratings.map((rating) => Object.keys(rating.factors));

    expect(wire.ratings).toHaveLength(
      new Set(ratings.map((rating) => JSON.stringify(rating))).size,
    );
    expect(wire.factorNames).toHaveLength(
      new Set(names.map((list) => list.join())).size,
    );
    expect(wire.factorNames.length).toBeLessThan(10);
  });
});
