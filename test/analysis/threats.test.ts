import { analyze } from '../../src/analysis';
import { chooseActor, DEFAULT_ACTORS } from '../../src/analysis/actors';
import type { ThreatActor } from '../../src/model';
import { catalogOf, rule, shop, shopInput } from './fixtures';

const catalog = catalogOf([
  rule({
    id: 'R-INJECT',
    elementKinds: ['process'],
    unless: { fact: 'attr.inputValidation', equals: true },
  }),
  rule({
    id: 'R-SNIFF',
    target: 'flow',
    stride: ['I'],
    when: { fact: 'encrypted', equals: false },
  }),
  rule({ id: 'R-IOT', pack: 'iot', elementKinds: ['process'] }),
]);

describe('threat identification', () => {
  it('fires each rule once per matching target, with ids rule@target', () => {
    const ids = analyze(shop(), { catalog }).threats.map((t) => t.id);

    expect([...ids].sort()).toEqual([
      'R-INJECT@api',
      'R-INJECT@web',
      'R-SNIFF@f2',
    ]);
  });

  it('keeps every threat id when a revision adds an element', () => {
    const input = shopInput();
    const revised = shop({
      elements: [
        ...(input.elements ?? []),
        { id: 'cache', name: 'Cache', kind: 'process', boundary: 'app' },
      ],
      flows: [
        ...(input.flows ?? []),
        { id: 'f4', from: 'api', to: 'cache', protocol: 'redis' },
      ],
    });

    const before = analyze(shop(), { catalog }).threats.map((t) => t.id);
    const after = analyze(revised, { catalog }).threats.map((t) => t.id);

    expect(after).toEqual(expect.arrayContaining(before));
    expect(after.filter((id) => !before.includes(id)).sort()).toEqual([
      'R-INJECT@cache',
      'R-SNIFF@f4',
    ]);
  });

  it('does not fire a rule whose unless names a control the element states', () => {
    const input = shopInput();
    const model = shop({
      elements: (input.elements ?? []).map((element) =>
        element.id === 'api'
          ? { ...element, attributes: { inputValidation: true } }
          : element,
      ),
    });

    const ids = analyze(model, { catalog }).threats.map((t) => t.id);

    expect(ids).not.toContain('R-INJECT@api');
    expect(ids).toContain('R-INJECT@web');
  });

  it('leaves out rules of packs the system does not need', () => {
    const ids = analyze(shop(), { catalog }).threats.map((t) => t.ruleId);

    expect(ids).not.toContain('R-IOT');
  });
});

describe('fallback rules', () => {
  const layered = catalogOf([
    rule({ id: 'R-GENERIC-T', elementKinds: ['process'], fallback: true }),
    rule({
      id: 'R-GENERIC-SR',
      stride: ['S', 'R'],
      elementKinds: ['process'],
      fallback: true,
    }),
    rule({
      id: 'R-WEB-T',
      elementKinds: ['process'],
      when: { fact: 'subtype', equals: 'web-application' },
    }),
    rule({
      id: 'R-WEB-S',
      stride: ['S'],
      elementKinds: ['process'],
      when: { fact: 'subtype', equals: 'web-application' },
    }),
  ]);
  const ids = () =>
    analyze(shop(), { catalog: layered })
      .threats.map((t) => t.id)
      .sort();

  it('fires a catch-all only where no specific rule raises its category', () => {
    expect(ids()).toEqual(
      expect.arrayContaining(['R-GENERIC-T@api', 'R-WEB-T@web']),
    );
    expect(ids()).not.toContain('R-GENERIC-T@web');
  });

  it('fires a catch-all while one of its categories is still uncovered', () => {
    expect(ids()).toEqual(
      expect.arrayContaining(['R-GENERIC-SR@api', 'R-GENERIC-SR@web']),
    );
  });

  it('gives every process a threat whatever the specific rules cover', () => {
    const targets = new Set(
      analyze(shop(), { catalog: layered }).threats.map((t) => t.target.id),
    );

    expect([...targets].sort()).toEqual(['api', 'web']);
  });
});

describe('chooseActor', () => {
  const actor = (
    id: string,
    kind: ThreatActor['kind'],
    skill: number,
  ): ThreatActor => ({
    id,
    name: id,
    kind,
    skill,
    motive: 5,
    opportunity: 5,
    size: 5,
  });

  it('picks the model actor of a named kind with the highest threat-agent score', () => {
    const actors = [
      actor('crook', 'cybercriminal', 8),
      actor('kid', 'script-kiddie', 3),
      actor('spy', 'nation-state', 9),
    ];

    expect(chooseActor(actors, ['script-kiddie', 'cybercriminal']).id).toBe(
      'crook',
    );
  });

  it('breaks a tie by id', () => {
    const actors = [
      actor('zed', 'hacktivist', 5),
      actor('amy', 'hacktivist', 5),
    ];

    expect(chooseActor(actors, ['hacktivist']).id).toBe('amy');
  });

  it('falls back to the default profile when the model has no actor of the kinds', () => {
    const chosen = chooseActor(
      [actor('spy', 'nation-state', 9)],
      ['external-attacker'],
    );

    expect(chosen).toEqual({
      id: 'default:external-attacker',
      kind: 'external-attacker',
      ...DEFAULT_ACTORS['external-attacker'],
    });
  });
});
