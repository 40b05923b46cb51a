import { analyze, type Threat } from '../../src/analysis';
import type { ThreatModelInput } from '../../src/model';
import { catalogOf, modelOf, rule, shop, shopInput } from './fixtures';

const catalog = catalogOf([
  rule({
    id: 'R-TAMPER',
    stride: ['T'],
    elementKinds: ['process', 'data-store'],
  }),
  rule({ id: 'R-LEAK', stride: ['I'], elementKinds: ['data-store'] }),
  rule({ id: 'R-FLOOD', stride: ['D'], elementKinds: ['data-store'] }),
  rule({
    id: 'R-ABUSE',
    stride: ['E'],
    elementKinds: ['data-store'],
    actors: ['malicious-insider'],
  }),
]);

function threat(model: ReturnType<typeof shop>, id: string): Threat {
  const found = analyze(model, { catalog }).threats.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no threat ${id}`);
  return found;
}

/** A model of one data store and no assets. */
function loneStore(
  system: ThreatModelInput['system'],
): ReturnType<typeof modelOf> {
  return modelOf({
    system,
    elements: [{ id: 'store', name: 'Store', kind: 'data-store' }],
  });
}

/** The shop with its card database reachable from the internet. */
function exposedDb(): ReturnType<typeof shop> {
  const input = shopInput();
  return shop({
    elements: (input.elements ?? []).map((element) =>
      element.id === 'db'
        ? { ...element, attributes: { internetFacing: true } }
        : element,
    ),
  });
}

describe('inherent risk', () => {
  it('gives an outsider less opportunity and company the deeper the target sits', () => {
    const [web, api, db] = ['R-TAMPER@web', 'R-TAMPER@api', 'R-TAMPER@db'].map(
      (id) => threat(shop(), id).inherent.likelihood,
    );

    expect(web?.factors.opportunity).toBe(7);
    expect(api?.factors.opportunity).toBe(4);
    expect(db?.factors.opportunity).toBe(2);
    expect(db?.factors.size).toBe(4);
    expect(Object.keys(web?.factors ?? {})).toHaveLength(8);
    expect(web?.score).toBeGreaterThan(db?.score ?? 9);
  });

  it('leaves an insider the opportunity of the inside', () => {
    const abuse = threat(shop(), 'R-ABUSE@db').inherent.likelihood;

    expect(abuse.factors.opportunity).toBe(9);
  });

  it('caps motive by what the data at stake is worth', () => {
    const worth = (dataSensitivity: 'internal' | 'restricted') =>
      analyze(loneStore({ name: 'Tool', dataSensitivity }), {
        catalog,
      }).threats.find((t) => t.ruleId === 'R-LEAK')?.inherent.likelihood.factors
        .motive;

    expect(worth('internal')).toBe(2);
    expect(worth('restricted')).toBe(6);
  });

  it('lowers intrusion detection where logging is stated', () => {
    const input = shopInput();
    const logged = shop({
      elements: (input.elements ?? []).map((element) =>
        element.id === 'api'
          ? { ...element, attributes: { logging: true } }
          : element,
      ),
    });

    const before = threat(shop(), 'R-TAMPER@api').inherent.likelihood;
    const after = threat(logged, 'R-TAMPER@api').inherent.likelihood;

    expect(after.factors.intrusionDetection).toBe(5);
    expect(after.score).toBeLessThan(before.score);
  });

  it('weighs impact by what the STRIDE category loses', () => {
    const leak = threat(shop(), 'R-LEAK@db').inherent.impact;
    const flood = threat(shop(), 'R-FLOOD@db').inherent.impact;

    expect(leak.factors.lossOfConfidentiality).toBe(9);
    expect(flood.factors.lossOfConfidentiality).toBe(1);
    expect(leak.score).toBeGreaterThan(flood.score);
  });

  it('assumes data a notch below the system data sensitivity where no asset is known', () => {
    const leak = (dataSensitivity: 'public' | 'restricted') =>
      analyze(loneStore({ name: 'Tool', dataSensitivity }), {
        catalog,
      }).threats.find((t) => t.ruleId === 'R-LEAK')?.inherent.impact;

    expect(leak('restricted')?.factors.lossOfConfidentiality).toBe(7);
    expect(leak('restricted')?.score).toBeGreaterThan(
      leak('public')?.score ?? 9,
    );
  });

  it('counts the regulations of the data at stake as business impact', () => {
    const impact = (model: ReturnType<typeof modelOf>) =>
      analyze(model, { catalog }).threats.find((t) => t.ruleId === 'R-LEAK')
        ?.inherent.impact.factors;
    const unregulatedAsset = modelOf({
      system: { name: 'Tool', regulations: ['pci-dss'] },
      elements: [{ id: 'store', name: 'Store', kind: 'data-store' }],
      assets: [{ id: 'notes', name: 'Notes', storedIn: ['store'] }],
    });

    expect(impact(loneStore({ name: 'Tool' }))?.nonCompliance).toBe(0);
    expect(
      impact(loneStore({ name: 'Tool', regulations: ['pci-dss'] }))
        ?.nonCompliance,
    ).toBe(7);
    expect(impact(unregulatedAsset)?.nonCompliance).toBe(0);
  });

  it('derives severity from the levels and a score from 1 to 10', () => {
    const risk = threat(exposedDb(), 'R-LEAK@db').inherent;

    expect(risk.likelihood.level).toBe('high');
    expect(risk.impact.level).toBe('high');
    expect(risk.severity).toBe('critical');
    expect(risk.score).toBeGreaterThanOrEqual(7);
    expect(risk.score).toBeLessThanOrEqual(10);
  });
});
