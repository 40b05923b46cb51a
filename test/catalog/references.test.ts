import { builtInCatalog } from '../../src/catalog';
import type { Pack } from '../../src/catalog';

const { rules, mitigations } = builtInCatalog();

/** The id prefix of each pack: `CORE-S-01`, `API-E-02`, `HC-T-01`... */
const PREFIX: Readonly<Record<Pack, string>> = {
  core: 'CORE',
  api: 'API',
  cloud: 'CLOUD',
  iot: 'IOT',
  mobile: 'MOB',
  ml: 'ML',
  finance: 'FIN',
  healthcare: 'HC',
  saas: 'SAAS',
};

describe('rule ids', () => {
  it('are unique', () => {
    const ids = rules.map((rule) => rule.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(rules.map((rule) => [rule.id, rule] as const))(
    '%s names its pack and its first STRIDE category',
    (id, rule) => {
      const [prefix, category, number] = id.split('-');

      expect(prefix).toBe(PREFIX[rule.pack]);
      expect(category).toBe(rule.stride[0]);
      expect(number).toMatch(/^\d{2}$/);
    },
  );
});

describe('mitigation ids', () => {
  it('are unique and read like M-TLS', () => {
    const ids = mitigations.map((m) => m.id);

    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !/^M-[A-Z0-9]+(-[A-Z0-9]+)*$/.test(id))).toEqual(
      [],
    );
  });
});

describe('references', () => {
  const all = (pick: (rule: (typeof rules)[number]) => readonly string[]) => [
    ...new Set(rules.flatMap(pick)),
  ];

  it('give every rule a well-formed CWE and CAPEC', () => {
    expect(
      all((r) => r.cwe).filter((c) => !/^CWE-[1-9]\d{0,3}$/.test(c)),
    ).toEqual([]);
    expect(
      all((r) => r.capec).filter((c) => !/^CAPEC-[1-9]\d{0,2}$/.test(c)),
    ).toEqual([]);
  });

  it('cite only OWASP Top 10 2021 and API Top 10 2023 categories', () => {
    expect(
      all((r) => r.owasp).filter((c) => !/^A(0[1-9]|10):2021$/.test(c)),
    ).toEqual([]);
    expect(
      all((r) => r.owaspApi).filter((c) => !/^API([1-9]|10):2023$/.test(c)),
    ).toEqual([]);
  });

  it('cite every API Top 10 2023 category in the api pack', () => {
    const cited = new Set(
      rules.filter((r) => r.pack === 'api').flatMap((r) => r.owaspApi),
    );

    expect(cited.size).toBe(10);
  });

  it('give every mitigation ASVS 4.0 references within its 14 chapters', () => {
    const refs = [...new Set(mitigations.flatMap((m) => m.asvs))];
    const wrong = refs.filter((ref) => {
      const [chapter, section, item] = ref.slice(1).split('.').map(Number);
      return (
        !/^V\d+\.\d+\.\d+$/.test(ref) ||
        chapter === undefined ||
        chapter < 1 ||
        chapter > 14 ||
        section === undefined ||
        section < 1 ||
        item === undefined ||
        item < 1
      );
    });

    expect(wrong).toEqual([]);
  });

  it('give every mitigation an imperative title and testable criteria', () => {
    const weak = mitigations.filter(
      (m) =>
        !/^[A-Z][a-z-]+[ ,]/.test(m.title) ||
        m.title.endsWith('.') ||
        m.acceptanceCriteria.some((c) => !c.endsWith('.')),
    );

    expect(weak.map((m) => m.id)).toEqual([]);
  });
});
