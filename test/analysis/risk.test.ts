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
]);

function threat(model: ReturnType<typeof shop>, id: string): Threat {
  const found = analyze(model, { catalog }).threats.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no threat ${id}`);
  return found;
}

function lone(system: ThreatModelInput['system']): ReturnType<typeof modelOf> {
  return modelOf({
    system,
    elements: [{ id: 'svc', name: 'Service', kind: 'process' }],
  });
}

describe('inherent risk', () => {
  it('raises opportunity for an exposed target and keeps the factors', () => {
    const web = threat(shop(), 'R-TAMPER@web').inherent.likelihood;
    const api = threat(shop(), 'R-TAMPER@api').inherent.likelihood;

    expect(web.factors.opportunity).toBe(9);
    expect(api.factors.opportunity).toBe(8);
    expect(Object.keys(web.factors)).toHaveLength(8);
    expect(web.score).toBeGreaterThan(api.score);
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
    expect(leak.score).toBeGreaterThan(flood.score);
  });

  it('assumes the system data sensitivity where no asset is known', () => {
    const rate = (dataSensitivity: 'public' | 'restricted') =>
      analyze(lone({ name: 'Tool', dataSensitivity }), { catalog }).threats[0]
        ?.inherent;

    expect(rate('restricted')?.impact.score).toBeGreaterThan(
      rate('public')?.impact.score ?? 9,
    );
  });

  it('counts regulations as business impact', () => {
    const plain = analyze(lone({ name: 'Tool' }), { catalog }).threats[0];
    const regulated = analyze(
      lone({ name: 'Tool', regulations: ['pci-dss'] }),
      { catalog },
    ).threats[0];

    expect(plain?.inherent.impact.factors.nonCompliance).toBe(0);
    expect(regulated?.inherent.impact.factors.nonCompliance).toBe(7);
    expect(regulated?.inherent.impact.factors.financialDamage).toBe(8);
  });

  it('derives severity from the levels and a score from 1 to 10', () => {
    const risk = threat(shop(), 'R-LEAK@db').inherent;

    expect(risk.likelihood.level).toBe('high');
    expect(risk.impact.level).toBe('high');
    expect(risk.severity).toBe('critical');
    expect(risk.score).toBeGreaterThanOrEqual(7);
    expect(risk.score).toBeLessThanOrEqual(10);
  });
});
