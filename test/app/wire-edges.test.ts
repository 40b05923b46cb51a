import type { Analysis, Threat } from '../../src/analysis/types';
import {
  compactAnalysis,
  expandAnalysis,
  TextShelf,
  type WireAnalysis,
} from '../../src/app/wire';
import { ThreatModelError } from '../../src/model/errors';
import { exampleAnalysis, travel } from './wire-examples';

function withThreats(
  analysis: Analysis,
  change: (threat: Threat, index: number) => Threat,
): Analysis {
  return { ...analysis, threats: analysis.threats.map(change) };
}

const shop = exampleAnalysis('ecommerce-payments.yaml');
const clinic = exampleAnalysis('healthcare-analytics.yaml');
/** A threat whose rule has an earlier threat too. */
const sibling = shop.threats.findIndex((threat, index) =>
  shop.threats.slice(0, index).some((t) => t.ruleId === threat.ruleId),
);
const siblingRule = shop.threats[sibling]?.ruleId;

describe('compactAnalysis, for analyses that break its patterns', () => {
  it('keeps a threat whose text differs from its rule’s other threats', () => {
    const odd = withThreats(shop, (threat, index) =>
      index === sibling ? { ...threat, description: 'Another text' } : threat,
    );

    const wire = compactAnalysis(odd);

    expect(sibling).toBeGreaterThan(0);
    expect(
      wire.texts?.rules.filter((entry) => entry.ruleId === siblingRule),
    ).toHaveLength(2);
    expect(travel(odd)).toEqual(odd);
  });

  it('names every id and key when one does not follow id@target', () => {
    const renamed = withThreats(shop, (threat, index) =>
      index === 0 ? { ...threat, id: 'custom' } : threat,
    );
    const rekeyed: Analysis = {
      ...shop,
      mitigations: shop.mitigations.map((item, index) =>
        index === 0 ? { ...item, key: 'custom' } : item,
      ),
    };

    expect(compactAnalysis(renamed).threats.ids).toHaveLength(
      shop.threats.length,
    );
    expect(compactAnalysis(rekeyed).mitigations.keys).toHaveLength(
      shop.mitigations.length,
    );
    expect(travel(renamed)).toEqual(renamed);
    expect(travel(rekeyed)).toEqual(rekeyed);
  });

  it('keeps a mitigation key or threat id that names nothing as it is', () => {
    const dangling = withThreats(shop, (threat, index) =>
      index === 0
        ? { ...threat, mitigations: [...threat.mitigations, 'M-GONE@x'] }
        : threat,
    );

    const wire = compactAnalysis(dangling);

    expect(wire.threats.mitigations[0]).toContain('M-GONE@x');
    expect(travel(dangling)).toEqual(dangling);
  });

  it('keeps ids and factor names such as __proto__ and constructor as data', () => {
    const hostile = withThreats(shop, (threat) => ({
      ...threat,
      id: `__proto__@${threat.target.id}`,
      ruleId: '__proto__',
      target: { ...threat.target, id: 'constructor', name: 'toString' },
      inherent: {
        ...threat.inherent,
        likelihood: {
          ...threat.inherent.likelihood,
          factors: hostileFactors(),
        },
      },
    }));

    const back = travel(hostile);

    expect(back).toEqual(hostile);
    expect(Object.keys(back.threats[0]!.inherent.likelihood.factors)).toEqual([
      '__proto__',
      'constructor',
    ]);
  });
});

/** Own keys a plain assignment would not keep: JSON.parse makes them. */
function hostileFactors(): Record<string, number> {
  return JSON.parse('{"__proto__": 3, "constructor": 4}') as Record<
    string,
    number
  >;
}

describe('expandAnalysis, given a form it cannot read', () => {
  it('refuses another wire version', () => {
    const wire = { ...compactAnalysis(shop), wireVersion: 2 };

    expect(() => expandAnalysis(wire as unknown as WireAnalysis)).toThrow(
      new ThreatModelError(
        'UNSUPPORTED_FORMAT',
        'The compact analysis cannot be read: its wire version is not 1.',
      ),
    );
  });

  it('names the table a row is missing from', () => {
    const wire = compactAnalysis(shop);
    const broken: WireAnalysis = { ...wire, risks: wire.risks.slice(0, 1) };

    expect(() => expandAnalysis(broken)).toThrow(/risks\[\d+\] is missing/);
  });

  it('refuses columns of different lengths', () => {
    const wire = compactAnalysis(shop);
    const broken: WireAnalysis = {
      ...wire,
      threats: { ...wire.threats, actor: wire.threats.actor.slice(1) },
    };

    expect(() => expandAnalysis(broken)).toThrow(/threat columns differ/);
  });
});

describe('a TextShelf shared by several analyses', () => {
  it('holds each text once and lets each analysis expand from it', () => {
    const shelf = new TextShelf();

    const shopWire = compactAnalysis(shop, shelf);
    const clinicWire = compactAnalysis(clinic, shelf);
    const texts = shelf.toWire();

    expect(shopWire.texts).toBeUndefined();
    expect(clinicWire.texts).toBeUndefined();
    expect(new Set(texts.rules.map((r) => r.ruleId)).size).toBe(
      texts.rules.length,
    );
    expect(expandAnalysis(shopWire, texts)).toEqual(shop);
    expect(expandAnalysis(clinicWire, texts)).toEqual(clinic);
    expect(() => expandAnalysis(shopWire)).toThrow(/it has no texts/);
  });

  it('takes back the texts of an analysis left out', () => {
    const shelf = new TextShelf();
    compactAnalysis(shop, shelf);
    const before = JSON.stringify(shelf.toWire());
    const mark = shelf.mark();

    compactAnalysis(clinic, shelf);
    shelf.undoTo(mark);
    const again = compactAnalysis(clinic, shelf);

    expect(JSON.stringify(shelf.toWire())).not.toBe(before);
    expect(expandAnalysis(again, shelf.toWire())).toEqual(clinic);
    shelf.undoTo(mark);
    expect(JSON.stringify(shelf.toWire())).toBe(before);
  });
});
