import { analyze, surfaceFacts } from '../../src/analysis';
import { builtInCatalog } from '../../src/catalog';
import type { ThreatModelInput } from '../../src/model';
import { catalogOf, mitigation, rule, shop, shopInput } from './fixtures';

const catalog = catalogOf(
  [
    rule({
      id: 'R-TAMPER',
      elementKinds: ['process'],
      actors: ['cybercriminal', 'malicious-insider'],
    }),
    rule({
      id: 'R-LEAK',
      stride: ['I', 'E'],
      elementKinds: ['data-store'],
      mitigations: ['M-TLS'],
    }),
    rule({
      id: 'R-SNIFF',
      target: 'flow',
      stride: ['I'],
      when: { fact: 'crossesBoundary', equals: true },
      mitigations: ['M-TLS', 'M-LOG'],
    }),
    rule({
      id: 'R-DENY',
      stride: ['R'],
      elementKinds: ['process'],
      mitigations: ['M-LOG'],
    }),
  ],
  [
    mitigation('M-VALIDATE'),
    mitigation('M-TLS'),
    mitigation('M-LOG', { controlType: 'detective' }),
  ],
);

function rich(): ThreatModelInput {
  const input = shopInput();
  return {
    ...input,
    actors: [
      {
        id: 'gang',
        name: 'Gang',
        kind: 'cybercriminal',
        skill: 7,
        motive: 9,
        opportunity: 6,
      },
      {
        id: 'bob',
        name: 'Bob',
        kind: 'malicious-insider',
        skill: 6,
        motive: 6,
        opportunity: 9,
        size: 2,
      },
    ],
    controls: [
      { id: 'siem', name: 'SIEM', type: 'detective', stride: ['R'] },
      {
        id: 'waf',
        name: 'WAF',
        type: 'preventive',
        covers: ['web'],
        effectiveness: 'high',
      },
    ],
    assets: [
      ...(input.assets ?? []),
      {
        id: 'logs',
        name: 'Logs',
        classification: 'internal',
        storedIn: ['db'],
      },
    ],
  };
}

/** The same model with every list reversed. */
function reversed(input: ThreatModelInput): ThreatModelInput {
  const flip = <T>(list: readonly T[] | undefined): T[] =>
    [...(list ?? [])].reverse();
  return {
    ...input,
    elements: flip(input.elements),
    flows: flip(input.flows),
    boundaries: flip(input.boundaries),
    assets: flip(input.assets).map((asset) => ({
      ...asset,
      storedIn: flip(asset.storedIn),
    })),
    actors: flip(input.actors),
    controls: flip(input.controls),
  };
}

describe('analyze', () => {
  it('gives byte-for-byte the same analysis on every run', () => {
    const options = { catalog, implemented: ['M-TLS@f2'] };

    const first = JSON.stringify(analyze(shop(rich()), options));
    const second = JSON.stringify(analyze(shop(rich()), options));

    expect(second).toBe(first);
  });

  it('does not depend on the order the model lists things in', () => {
    const forward = analyze(shop(rich()), { catalog });
    const backward = analyze(shop(reversed(rich())), { catalog });

    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });

  it('sorts threats by residual score, highest first, then id', () => {
    const threats = analyze(shop(rich()), { catalog }).threats;
    const keys = threats.map((t) => [-t.residual.score, t.id] as const);

    expect(threats.length).toBeGreaterThan(3);
    expect(keys).toEqual(
      [...keys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)),
    );
  });

  it('rates a threat against the model actor of the rule kinds strongest at its target', () => {
    const threats = analyze(shop(rich()), { catalog }).threats;
    const actorOn = (id: string) =>
      threats.find((t) => t.id === `R-TAMPER@${id}`)?.actor.id;

    expect(actorOn('web')).toBe('gang');
    expect(actorOn('api')).toBe('bob');
  });

  it('sums up threats, severities, categories and coverage', () => {
    const analysis = analyze(shop(rich()), { catalog });
    const { summary, threats } = analysis;
    const count = (values: Record<string, number>) =>
      Object.values(values).reduce((a, b) => a + b, 0);

    expect(summary.threatCount).toBe(threats.length);
    expect(count(summary.bySeverity)).toBe(threats.length);
    expect(count(summary.residualBySeverity)).toBe(threats.length);
    expect(summary.byStride.I).toBe(
      threats.filter((t) => t.stride.includes('I')).length,
    );
    expect(summary.aboveTolerance).toBe(
      threats.filter((t) => t.aboveTolerance).length,
    );
    expect(summary.mitigationsOpen + summary.mitigationsImplemented).toBe(
      analysis.mitigations.length,
    );
    expect(summary.coverage).toBe(0.857);
    expect(summary.highestResidual).toBe(threats[0]?.residual.severity);
  });

  it('names the packs that applied and the system', () => {
    const analysis = analyze(shop(rich()), { catalog });

    expect(analysis.packs).toEqual(['core', 'cloud', 'finance']);
    expect(analysis.system).toBe('Shop');
    expect(analysis.riskTolerance).toBe('low');
  });

  it('uses the built-in catalog when given none', () => {
    const ruleIds = new Set(builtInCatalog().rules.map((r) => r.id));

    const analysis = analyze(shop());

    expect(analysis.threats.length).toBeGreaterThan(0);
    expect(analysis.threats.every((t) => ruleIds.has(t.ruleId))).toBe(true);
  });

  it('treats ids such as __proto__ and constructor as plain ids', () => {
    const model = shop({
      elements: [
        { id: '__proto__', name: 'Proto', kind: 'external-entity' },
        {
          id: 'constructor',
          name: 'Ctor',
          kind: 'process',
          boundary: 'dmz',
          attributes: { internetFacing: true },
        },
        { id: 'prototype', name: 'Proto store', kind: 'data-store' },
      ],
      flows: [
        {
          id: 'toString',
          from: '__proto__',
          to: 'constructor',
          protocol: 'http',
        },
        { id: 'valueOf', from: 'constructor', to: 'prototype' },
      ],
      assets: [{ id: 'hasOwnProperty', name: 'Data', storedIn: ['prototype'] }],
    });

    const analysis = analyze(model, {
      catalog,
      implemented: ['M-TLS@toString'],
    });

    expect(analysis.threats.map((t) => t.id).sort()).toEqual([
      'R-DENY@constructor',
      'R-LEAK@prototype',
      'R-SNIFF@toString',
      'R-SNIFF@valueOf',
      'R-TAMPER@constructor',
    ]);
    expect(analysis.attackPaths.map((p) => p.id)).toEqual([
      'constructor>prototype',
    ]);
    expect(
      analysis.threats.find((t) => t.id === 'R-SNIFF@toString')?.residual
        .appliedControls,
    ).toEqual(['M-TLS@toString']);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it('finds nothing to say about a model with no elements', () => {
    const analysis = analyze(shop({ elements: [], flows: [], assets: [] }), {
      catalog,
    });

    expect(analysis.threats).toEqual([]);
    expect(analysis.summary.coverage).toBe(0);
    expect(analysis.summary.highestResidual).toBe('note');
  });
});

describe('surfaceFacts', () => {
  it('lists the attack surface of the shop', () => {
    expect(surfaceFacts(shop())).toEqual({
      entryPoints: ['api', 'db', 'web'],
      boundaryCrossings: ['f1', 'f2', 'f3'],
      authenticationPoints: ['web'],
      internetFacing: ['web'],
      privileged: [],
      unencryptedCrossings: ['f2'],
    });
  });
});
