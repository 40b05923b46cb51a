import {
  builtInCatalog,
  PACK_DESCRIPTIONS,
  PACK_NAMES,
} from '../../src/catalog';
import type { Rule } from '../../src/catalog/schema';
import { CONTROL_TYPES, ELEMENT_KINDS, STRIDE } from '../../src/model';

const catalog = builtInCatalog();
const core = catalog.rules.filter((rule) => rule.pack === 'core');

function coversElement(rule: Rule, kind: string): boolean {
  return (
    rule.target === 'element' &&
    (rule.elementKinds.length === 0 ||
      rule.elementKinds.some((k) => k === kind))
  );
}

describe('builtInCatalog', () => {
  it('validates and returns the same frozen catalog every time', () => {
    expect(builtInCatalog()).toBe(catalog);
    expect(Object.isFrozen(catalog.rules)).toBe(true);
    expect(Object.isFrozen(catalog.rules[0]?.likelihood)).toBe(true);
  });

  it('holds at least 90 rules and 50 to 70 mitigations', () => {
    expect(catalog.rules.length).toBeGreaterThanOrEqual(90);
    expect(catalog.mitigations.length).toBeGreaterThanOrEqual(50);
    expect(catalog.mitigations.length).toBeLessThanOrEqual(70);
  });

  it.each(PACK_NAMES.filter((pack) => pack !== 'core'))(
    'gives the %s pack at least five rules and a description',
    (pack) => {
      const rules = catalog.rules.filter((rule) => rule.pack === pack);

      expect(rules.length).toBeGreaterThanOrEqual(5);
      expect(PACK_DESCRIPTIONS[pack].length).toBeGreaterThan(20);
    },
  );
});

describe('core pack coverage', () => {
  const cells = [...ELEMENT_KINDS, 'flow'].flatMap((target) =>
    STRIDE.map((category) => [target, category] as const),
  );

  it.each(cells)('has a rule for %s and STRIDE %s', (target, category) => {
    const rules = core.filter(
      (rule) =>
        rule.stride.includes(category) &&
        (target === 'flow'
          ? rule.target === 'flow'
          : coversElement(rule, target)),
    );

    expect(rules.length).toBeGreaterThan(0);
  });

  it.each(ELEMENT_KINDS)(
    'has a catch-all for a bare %s: no `when`, only stated controls in `unless`',
    (kind) => {
      const catchAlls = core.filter(
        (rule) => coversElement(rule, kind) && rule.when === undefined,
      );
      const unlessFacts = catchAlls.flatMap(
        (rule) =>
          JSON.stringify(rule.unless ?? {}).match(/"fact":"[^"]+"/g) ?? [],
      );

      expect(catchAlls.length).toBeGreaterThanOrEqual(2);
      expect(
        unlessFacts.every((fact) => fact.startsWith('"fact":"attr.')),
      ).toBe(true);
    },
  );

  it('never asks for a stated attribute in `when`', () => {
    const readers = core.filter((rule) =>
      JSON.stringify(rule.when ?? {}).includes('"fact":"attr.'),
    );

    expect(readers.map((rule) => rule.id)).toEqual([]);
  });
});

describe('rule and mitigation references', () => {
  const mitigationIds = new Set(catalog.mitigations.map((m) => m.id));
  const used = new Set(catalog.rules.flatMap((rule) => rule.mitigations));

  it('names only mitigations that exist', () => {
    const missing = [...used].filter((id) => !mitigationIds.has(id));

    expect(missing).toEqual([]);
  });

  it('uses every mitigation in some rule', () => {
    const unused = [...mitigationIds].filter((id) => !used.has(id));

    expect(unused).toEqual([]);
  });

  it.each(CONTROL_TYPES)('has at least three %s mitigations', (type) => {
    const count = catalog.mitigations.filter(
      (m) => m.controlType === type,
    ).length;

    expect(count).toBeGreaterThanOrEqual(3);
  });
});
