import { analyze } from '../../src/analysis';
import type { ThreatModelInput } from '../../src/model';
import { catalogOf, modelOf, rule } from './fixtures';

type ElementInput = NonNullable<ThreatModelInput['elements']>[number];

const process = (id: string, attributes = {}): ElementInput => ({
  id,
  name: id,
  kind: 'process',
  attributes,
});
const store = (id: string): ElementInput => ({
  id,
  name: id,
  kind: 'data-store',
});
const flow = (from: string, to: string, extra = {}) => ({
  id: `${from}-${to}`,
  from,
  to,
  ...extra,
});

const network: Partial<ThreatModelInput> = {
  elements: [
    { id: 'user', name: 'User', kind: 'external-entity' },
    { id: 'partner', name: 'Partner', kind: 'external-entity' },
    process('web', { internetFacing: true }),
    process('left'),
    process('right'),
    process('slow1'),
    process('slow2'),
    store('db'),
    store('scratch'),
  ],
  flows: [
    flow('user', 'web'),
    flow('web', 'left'),
    flow('web', 'right'),
    flow('left', 'db'),
    flow('right', 'db'),
    flow('web', 'slow1'),
    flow('slow1', 'slow2'),
    flow('slow2', 'db'),
    flow('web', 'scratch'),
    flow('web', 'partner'),
    flow('partner', 'db'),
  ],
  assets: [{ id: 'orders', name: 'Orders', storedIn: ['db'] }],
};

const catalog = catalogOf([
  rule({ id: 'R-TAMPER', elementKinds: ['process'] }),
  rule({ id: 'R-LEAK', stride: ['I'], elementKinds: ['data-store'] }),
]);

describe('attack paths', () => {
  it('follows the shortest routes from the entry point to the store holding assets', () => {
    const paths = analyze(modelOf(network), { catalog }).attackPaths;

    expect(paths.map((p) => p.id).sort()).toEqual([
      'web>left>db',
      'web>right>db',
    ]);
    expect(paths[0]?.flows).toEqual(['web-left', 'left-db']);
    expect(paths[0]?.targetAsset).toBe('db');
  });

  it('rates a path by its worst threat and lists the threats on it', () => {
    const analysis = analyze(modelOf(network), { catalog });
    const path = analysis.attackPaths[0];
    const worst = Math.max(
      ...analysis.threats
        .filter((t) => path?.steps.includes(t.target.id))
        .map((t) => t.residual.score),
    );

    expect(path?.score).toBe(worst);
    expect(path?.threats).toEqual([
      'R-LEAK@db',
      'R-TAMPER@left',
      'R-TAMPER@web',
    ]);
  });

  it('ends at every data store when no asset says where it lives', () => {
    const paths = analyze(modelOf({ ...network, assets: [] }), {
      catalog,
    }).attackPaths;

    expect(paths.map((p) => p.id)).toContain('web>scratch');
  });

  it('travels a bidirectional flow both ways', () => {
    const model = modelOf({
      elements: [process('web', { internetFacing: true }), store('db')],
      flows: [flow('db', 'web', { bidirectional: true })],
    });

    expect(analyze(model, { catalog }).attackPaths.map((p) => p.id)).toEqual([
      'web>db',
    ]);
  });

  it('keeps at most three shortest paths between an entry point and a store', () => {
    const middle = ['m1', 'm2', 'm3', 'm4', 'm5'];
    const model = modelOf({
      elements: [
        process('web', { internetFacing: true }),
        ...middle.map((id) => process(id)),
        store('db'),
      ],
      flows: middle.flatMap((id) => [flow('web', id), flow(id, 'db')]),
    });

    expect(analyze(model, { catalog }).attackPaths).toHaveLength(3);
  });
});
