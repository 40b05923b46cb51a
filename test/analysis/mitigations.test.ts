import { analyze } from '../../src/analysis';
import { catalogOf, mitigation, rule, shop } from './fixtures';

const catalog = catalogOf(
  [
    rule({
      id: 'R-INJECT',
      stride: ['T'],
      elementKinds: ['process'],
      mitigations: ['M-VALIDATE'],
    }),
    rule({
      id: 'R-SMUGGLE',
      stride: ['T', 'E'],
      elementKinds: ['process'],
      mitigations: ['M-VALIDATE', 'M-WAF'],
    }),
  ],
  [mitigation('M-VALIDATE'), mitigation('M-WAF', { effort: 5 })],
);

describe('mitigation items', () => {
  it('makes one item of a mitigation two threats on a target share', () => {
    const items = analyze(shop(), { catalog }).mitigations.filter(
      (item) => item.key === 'M-VALIDATE@api',
    );

    expect(items).toHaveLength(1);
    expect(items[0]?.threats).toEqual(['R-INJECT@api', 'R-SMUGGLE@api']);
    expect(items[0]?.target).toEqual({
      kind: 'element',
      id: 'api',
      name: 'API',
    });
  });

  it('lists the item keys on each threat', () => {
    const threat = analyze(shop(), { catalog }).threats.find(
      (t) => t.id === 'R-SMUGGLE@web',
    );

    expect(threat?.mitigations).toEqual(['M-VALIDATE@web', 'M-WAF@web']);
  });

  it('sums the marginal risk reduction over the threats it covers', () => {
    const analysis = analyze(shop(), { catalog });
    const item = analysis.mitigations.find((m) => m.key === 'M-VALIDATE@api');
    const done = analyze(shop(), { catalog, implemented: ['M-VALIDATE@api'] });
    const drop = (id: string) =>
      (analysis.threats.find((t) => t.id === id)?.residual.score ?? 0) -
      (done.threats.find((t) => t.id === id)?.residual.score ?? 0);

    expect(item?.riskReduction).toBeCloseTo(
      drop('R-INJECT@api') + drop('R-SMUGGLE@api'),
      5,
    );
    expect(item?.riskReduction).toBeGreaterThan(0);
  });

  it('is implemented when its key is done, or when a covering control implements it', () => {
    const byKey = analyze(shop(), {
      catalog,
      implemented: ['M-VALIDATE@api'],
    }).mitigations;
    const byControl = analyze(
      shop({
        controls: [
          {
            id: 'lib',
            name: 'Validator',
            type: 'preventive',
            covers: ['web'],
            mitigations: ['M-WAF'],
          },
        ],
      }),
      { catalog },
    ).mitigations;
    const status = (items: typeof byKey, key: string) =>
      items.find((m) => m.key === key)?.status;

    expect(status(byKey, 'M-VALIDATE@api')).toBe('implemented');
    expect(status(byKey, 'M-VALIDATE@web')).toBe('open');
    expect(status(byControl, 'M-WAF@web')).toBe('implemented');
    expect(status(byControl, 'M-WAF@api')).toBe('open');
  });

  it('keeps its reduction once implemented, measured against its absence', () => {
    const open = analyze(shop(), { catalog }).mitigations;
    const done = analyze(shop(), {
      catalog,
      implemented: ['M-VALIDATE@api'],
    }).mitigations;
    const reduction = (items: typeof open) =>
      items.find((m) => m.key === 'M-VALIDATE@api')?.riskReduction;

    expect(reduction(done)).toBe(reduction(open));
  });

  it('sorts items by risk reduction per unit of effort, then key', () => {
    const items = analyze(shop(), { catalog }).mitigations;
    const sortKeys = items.map(
      (item) => [-item.riskReduction / item.effort, item.key] as const,
    );

    expect(items).toHaveLength(4);
    expect(sortKeys).toEqual(
      [...sortKeys].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1)),
    );
    expect(items.at(-1)?.mitigationId).toBe('M-WAF');
  });
});
