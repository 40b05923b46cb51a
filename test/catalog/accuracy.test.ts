import { analyze, type Analysis } from '../../src/analysis';
import { builtInCatalog } from '../../src/catalog';
import { parseModel, type Stride } from '../../src/model';
import { ecommerce, healthcare } from './examples';

function analyzeModel(model: unknown): Analysis {
  return analyze(parseModel(model), { catalog: builtInCatalog() });
}

function categoriesOn(analysis: Analysis, targetId: string): Set<Stride> {
  return new Set(
    analysis.threats
      .filter((threat) => threat.target.id === targetId)
      .flatMap((threat) => threat.stride),
  );
}

/** The e-commerce model with the attributes one element states. */
function ecommerceWith(id: string, change: object): unknown {
  return {
    ...ecommerce,
    elements: ecommerce.elements.map((element) =>
      element.id === id ? { ...element, ...change } : element,
    ),
  };
}

describe('the built-in catalog on the e-commerce payment example', () => {
  const shop = analyzeModel(ecommerce);
  const cardThreats = shop.threats.filter((threat) =>
    /^FIN-I-/.test(threat.ruleId),
  );

  it.each(['browser->lb', 'payments->gateway'])(
    'finds card data disclosure on the flow %s',
    (flowId) => {
      const found = cardThreats.filter((t) => t.target.id === flowId);

      expect(found.length).toBeGreaterThan(0);
    },
  );

  it('rates every card data disclosure high or critical', () => {
    const severities = cardThreats.map((t) => t.inherent.severity);

    expect(severities.length).toBeGreaterThan(0);
    expect(severities.filter((s) => s !== 'high' && s !== 'critical')).toEqual(
      [],
    );
  });

  it.each([
    ['an identity provider', { subtype: 'identity-provider' }],
    [
      'a service that checks passwords',
      { subtype: 'service', attributes: { authentication: 'password' } },
    ],
  ])(
    'finds spoofing and elevation against the authentication service as %s',
    (_, change) => {
      const analysis = analyzeModel(ecommerceWith('auth', change));

      const categories = categoriesOn(analysis, 'auth');

      expect(categories.has('S')).toBe(true);
      expect(categories.has('E')).toBe(true);
    },
  );

  it('finds tampering with the payment processing service', () => {
    const payment = shop.threats.filter(
      (t) => t.target.id === 'payments' && t.stride.includes('T'),
    );

    expect(payment.map((t) => t.ruleId)).toEqual(
      expect.arrayContaining(['CORE-T-01', 'FIN-T-01']),
    );
  });

  it.each(['auditlog', 'payments->auditlog'])(
    'finds repudiation around the payment audit log on %s',
    (targetId) => {
      expect(categoriesOn(shop, targetId).has('R')).toBe(true);
    },
  );

  it('gives every element and flow a threat though none states an attribute', () => {
    const targets = [...ecommerce.elements, ...ecommerce.flows].map(
      (t) => t.id,
    );

    const missed = targets.filter((id) => categoriesOn(shop, id).size === 0);

    expect(missed).toEqual([]);
  });

  it('drops a threat whose stated control rules it out', () => {
    const stated = analyzeModel(
      ecommerceWith('payments', { attributes: { inputValidation: true } }),
    );

    const ids = stated.threats.map((t) => t.id);

    expect(ids).not.toContain('CORE-T-01@payments');
    expect(shop.threats.map((t) => t.id)).toContain('CORE-T-01@payments');
  });
});

describe('the built-in catalog on the bare e-commerce diagram', () => {
  const bare = analyzeModel({
    ...ecommerce,
    system: { name: 'Shop' },
    assets: [],
    flows: ecommerce.flows.map((flow) => ({ ...flow, assets: [] })),
  });

  it('applies the finance pack for the payment provider alone', () => {
    expect(bare.packs).toContain('finance');
  });

  it.each([
    ['FIN-I-01', 'browser->lb'],
    ['FIN-I-03', 'browser->lb'],
    ['FIN-I-02', 'payments->gateway'],
    ['FIN-T-01', 'payments'],
    ['FIN-R-02', 'auditlog'],
  ])('still raises %s on %s from names and subtypes', (ruleId, targetId) => {
    const ids = bare.threats.map((t) => t.id);

    expect(ids).toContain(`${ruleId}@${targetId}`);
  });

  it('does not assume card data in a store the diagram says nothing of', () => {
    const ids = bare.threats.map((t) => t.id);

    expect(ids).not.toContain('FIN-I-04@customerdb');
  });
});

describe('the built-in catalog on the healthcare example', () => {
  const clinic = analyzeModel(healthcare);
  const byRule = (ruleId: string, targetId: string) =>
    clinic.threats.find((t) => t.ruleId === ruleId && t.target.id === targetId);

  it('finds disclosure of PHI from the records database', () => {
    expect(byRule('HC-I-01', 'recordsdb')?.stride).toEqual(['I']);
  });

  it.each(['ehr', 'recordsdb'])(
    'finds medical record tampering with repudiation on %s',
    (targetId) => {
      expect(byRule('HC-T-01', targetId)?.stride).toEqual(['T', 'R']);
    },
  );

  it.each(['lake', 'etl'])(
    'finds research data poisoning on %s',
    (targetId) => {
      expect(byRule('HC-T-02', targetId)?.stride).toEqual(['T']);
    },
  );

  it('applies the ml pack to a data platform and finds training data writes', () => {
    expect(clinic.packs).toContain('ml');
    expect(byRule('ML-T-03', 'etl->lake')).toBeDefined();
  });
});
