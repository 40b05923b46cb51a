import { analyze } from '../../src/analysis';
import { BROAD_WIN_THREATS, recommend } from '../../src/analysis/recommend';
import type { MitigationItem, Threat } from '../../src/analysis/types';
import { item, threat } from '../backlog/fixtures';
import { catalogOf, mitigation, rule, shop, shopInput } from './fixtures';

/** A threat with this residual score and these mitigation keys. */
function scored(
  id: string,
  score: number,
  mitigations: string[],
  aboveTolerance = true,
): Threat {
  const base = threat(id);
  return threat(id, 'high', ['S'], {
    residual: { ...base.residual, score },
    aboveTolerance,
    mitigations,
  });
}

/** An open, not yet recommended item with this reduction and effort. */
function option(
  key: string,
  riskReduction: number,
  effort: number,
  overrides: Partial<MitigationItem> = {},
): MitigationItem {
  return item(key, [], {
    riskReduction,
    effort,
    recommended: false,
    ...overrides,
  });
}

function chosen(threats: Threat[], items: MitigationItem[]): string[] {
  return recommend(threats, items)
    .filter((entry) => entry.recommended)
    .map((entry) => entry.key);
}

describe('recommend', () => {
  test.each<[string, MitigationItem[], string]>([
    [
      'the most risk reduction per unit of effort',
      [option('A@web', 4, 2), option('B@web', 3, 1)],
      'B@web',
    ],
    [
      'the lower effort when the ratios tie',
      [option('A@web', 4, 2), option('B@web', 2, 1)],
      'B@web',
    ],
    [
      'the lower effort when tenths tie exactly (0.3 / 3 and 0.1 / 1)',
      [option('A@web', 0.3, 3), option('B@web', 0.1, 1)],
      'B@web',
    ],
    [
      'the first key when ratio and effort tie',
      [option('B@web', 2, 1), option('A@web', 2, 1)],
      'A@web',
    ],
  ])('gives a threat above tolerance %s', (_, items, expected) => {
    const threats = [
      scored(
        'R@web',
        8,
        items.map((entry) => entry.key),
      ),
    ];

    expect(chosen(threats, items)).toEqual([expected]);
  });

  it('gives nothing more to a threat an item chosen for a worse one covers', () => {
    const threats = [
      scored('R2@web', 5, ['Y@web', 'Z@web']),
      scored('R1@web', 9, ['X@web', 'Y@web']),
    ];
    const items = [
      option('X@web', 1, 1),
      option('Y@web', 6, 1),
      option('Z@web', 8, 1),
    ];

    const result = chosen(threats, items);

    expect(result).toEqual(['Y@web']);
  });

  it('takes the threats by residual score, so the worst one picks first', () => {
    const threats = [
      scored('R1@web', 5, ['Y@web', 'Z@web']),
      scored('R2@web', 9, ['X@web', 'Y@web']),
    ];
    const items = [
      option('X@web', 9, 1),
      option('Y@web', 6, 1),
      option('Z@web', 1, 1),
    ];

    const result = chosen(threats, items);

    expect(result).toEqual(['X@web', 'Y@web']);
  });

  it('leaves the items of threats within tolerance alone', () => {
    const threats = [scored('R@web', 3, ['A@web'], false)];

    expect(chosen(threats, [option('A@web', 5, 1)])).toEqual([]);
  });

  it('never recommends an implemented item but keeps it in the list', () => {
    const threats = [scored('R@web', 8, ['A@web', 'B@web'])];
    const items = [
      option('A@web', 9, 1, { status: 'implemented', recommended: true }),
      option('B@web', 1, 5),
    ];

    const result = recommend(threats, items);

    expect(result.map((entry) => [entry.key, entry.recommended])).toEqual([
      ['A@web', false],
      ['B@web', true],
    ]);
  });

  it(`recommends an item answering ${BROAD_WIN_THREATS} threats above tolerance on its own`, () => {
    const keys = ['BEST@web', 'BROAD@web'];
    const threats = [
      scored('R1@web', 9, keys),
      scored('R2@web', 8, keys),
      scored('R3@web', 7, ['BROAD@web']),
    ];
    const items = [option('BEST@web', 30, 1), option('BROAD@web', 3, 5)];

    const result = chosen(threats, items);

    expect(result).toEqual(['BROAD@web']);
  });

  it('counts only threats above tolerance towards a broad win', () => {
    const keys = ['BEST@web', 'BROAD@web'];
    const threats = [
      scored('R1@web', 9, keys),
      scored('R2@web', 8, keys),
      scored('R3@web', 2, ['BROAD@web'], false),
    ];
    const items = [option('BEST@web', 30, 1), option('BROAD@web', 3, 5)];

    expect(chosen(threats, items)).toEqual(['BEST@web']);
  });

  it('chooses the same items whatever order the threats come in', () => {
    const threats = [
      scored('R1@web', 9, ['X@web', 'Y@web']),
      scored('R2@web', 5, ['Y@web', 'Z@web']),
      scored('R3@web', 5, ['Z@web']),
    ];
    const items = [
      option('X@web', 9, 1),
      option('Y@web', 6, 1),
      option('Z@web', 1, 1),
    ];

    const forwards = chosen(threats, items);
    const backwards = chosen([...threats].reverse(), items);

    expect(backwards).toEqual(forwards);
    expect(forwards).toEqual(['X@web', 'Y@web', 'Z@web']);
  });

  it('keeps the order and the objects whose flag is already right', () => {
    const threats = [scored('R@web', 8, ['A@web'])];
    const untouched = option('B@web', 1, 1);
    const items = [option('A@web', 2, 1), untouched];

    const result = recommend(threats, items);

    expect(result.map((entry) => entry.key)).toEqual(['A@web', 'B@web']);
    expect(result[1]).toBe(untouched);
    expect(items[0]?.recommended).toBe(false);
  });
});

describe('recommended items in an analysis', () => {
  const catalog = catalogOf(
    [
      rule({
        id: 'R-INJECT',
        stride: ['T'],
        elementKinds: ['process'],
        mitigations: ['M-VALIDATE', 'M-WAF'],
      }),
    ],
    [
      mitigation('M-VALIDATE', { effort: 1 }),
      mitigation('M-WAF', { effort: 5 }),
    ],
  );

  it('recommends one item per threat above tolerance', () => {
    const analysis = analyze(shop(), { catalog });
    const above = analysis.threats.filter((t) => t.aboveTolerance);
    const recommended = analysis.mitigations.filter((m) => m.recommended);

    expect(above.length).toBeGreaterThan(0);
    expect(recommended.map((m) => m.mitigationId)).toEqual(
      above.map(() => 'M-VALIDATE'),
    );
  });

  it('moves the recommendation on once the recommended item is implemented', () => {
    // Any residual risk above `note` stays above this tolerance.
    const strict = () =>
      shop({ system: { ...shopInput().system, riskTolerance: 'note' } });
    const first = analyze(strict(), { catalog });
    const done = first.mitigations
      .filter((m) => m.recommended)
      .map((m) => m.key);

    const second = analyze(strict(), { catalog, implemented: done });

    const doneItems = second.mitigations.filter((m) => done.includes(m.key));
    expect(doneItems.map((m) => [m.status, m.recommended])).toEqual(
      done.map(() => ['implemented', false]),
    );
    const stillAbove = second.threats
      .filter((t) => t.aboveTolerance)
      .map((t) => `M-WAF@${t.target.id}`);
    expect(stillAbove.length).toBeGreaterThan(0);
    expect(
      second.mitigations
        .filter((m) => m.recommended)
        .map((m) => m.key)
        .sort(),
    ).toEqual(stillAbove.sort());
  });
});
