import { builtInCatalog, loadCatalog } from '../../src/catalog';
import { mitigation, problemsOf, rule } from './team-catalog';

describe('loadCatalog', () => {
  it('returns the built-in catalog when given nothing', () => {
    expect(loadCatalog()).toBe(builtInCatalog());
  });

  it('replaces a built-in rule with a team rule of the same id, in place', () => {
    const index = builtInCatalog().rules.findIndex((r) => r.id === 'CORE-S-01');

    const catalog = loadCatalog({
      rules: [rule({ id: 'CORE-S-01', title: 'Ours now' })],
    });

    expect(catalog.rules[index]?.title).toBe('Ours now');
    expect(catalog.rules).toHaveLength(builtInCatalog().rules.length);
  });

  it('adds new rules and mitigations, which may name each other', () => {
    const catalog = loadCatalog({
      rules: [rule({ mitigations: ['M-TEAM', 'M-TLS'] })],
      mitigations: [mitigation],
    });

    expect(catalog.rules.at(-1)?.id).toBe('TEAM-S-01');
    expect(catalog.rules.at(-1)?.owasp).toEqual([]);
    expect(catalog.mitigations.at(-1)?.id).toBe('M-TEAM');
  });

  it('reads a team rule as specific unless it says it is a fallback', () => {
    const catalog = loadCatalog({
      rules: [
        rule({ id: 'TEAM-S-01' }),
        rule({ id: 'TEAM-S-02', fallback: true }),
      ],
    });
    const flags = catalog.rules
      .filter((r) => r.id.startsWith('TEAM-'))
      .map((r) => [r.id, r.fallback]);

    expect(flags).toEqual([
      ['TEAM-S-01', false],
      ['TEAM-S-02', true],
    ]);
  });

  it('refuses a fallback flag that is not a boolean', () => {
    const problems = problemsOf({
      rules: [rule({ fallback: 'yes' as unknown as boolean })],
    });

    expect(problems.map((p) => p.path)).toEqual(['rules[0].fallback']);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({
      rules: [
        rule({ when: { fact: 'attr.firewall', equals: true } }),
        rule({ id: 'TEAM-S-02', mitigations: ['M-NOPE'] }),
      ],
    });

    expect(problems.map((p) => p.path)).toEqual([
      'rules[0].when',
      'rules[1].mitigations[0]',
    ]);
  });

  test.each<[string, unknown, string, RegExp]>([
    ['a value that is not an object', 'rules', '', /object/],
    ['null', null, '', /object/],
    ['an unknown top-level key', { rule: [] }, '', /rule/],
    [
      'a missing title',
      { rules: [rule({ title: undefined })] },
      'rules[0].title',
      /./,
    ],
    [
      'a malformed CWE',
      { rules: [rule({ cwe: ['CWE 79'] })] },
      'rules[0].cwe[0]',
      /./,
    ],
    [
      'a malformed ASVS reference',
      { mitigations: [{ ...mitigation, asvs: ['9.1.1'] }] },
      'mitigations[0].asvs[0]',
      /./,
    ],
    [
      'a fact test with two tests',
      {
        rules: [
          rule({ when: { fact: 'exposed', equals: true, exists: true } }),
        ],
      },
      'rules[0].when',
      /exactly one/,
    ],
    [
      'an unknown fact',
      { rules: [rule({ unless: { fact: 'attr.firewall', equals: true } })] },
      'rules[0].unless',
      /unknown fact 'attr.firewall'/,
    ],
    [
      'an element-only fact on a flow rule',
      {
        rules: [
          rule({
            target: 'flow',
            elementKinds: [],
            when: { all: [{ fact: 'exposed', equals: true }] },
          }),
        ],
      },
      'rules[0].when.all[0]',
      /source\.exposed or target\.exposed/,
    ],
    [
      'a flow fact on an element rule',
      { rules: [rule({ when: { not: { fact: 'encrypted', equals: true } } })] },
      'rules[0].when.not',
      /flow fact/,
    ],
    [
      'element kinds on a flow rule',
      { rules: [rule({ target: 'flow' })] },
      'rules[0].elementKinds',
      /remove elementKinds/,
    ],
    [
      'a missing mitigation',
      { rules: [rule({ mitigations: ['M-TLS', 'M-NOPE'] })] },
      'rules[0].mitigations[1]',
      /'M-NOPE'/,
    ],
    [
      'a rule id used twice',
      { rules: [rule(), rule()] },
      'rules[1].id',
      /used twice/,
    ],
    [
      'a mitigation id used twice',
      { mitigations: [mitigation, mitigation] },
      'mitigations[1].id',
      /used twice/,
    ],
    [
      'a list fact tested with equals',
      { rules: [rule({ when: { fact: 'regulations', equals: 'hipaa' } })] },
      'rules[0].when',
      /is a list/,
    ],
    [
      'a flag tested with includes',
      { rules: [rule({ when: { fact: 'exposed', includes: true } })] },
      'rules[0].when',
      /not a list/,
    ],
    [
      'atLeast on a flag',
      { rules: [rule({ when: { fact: 'privileged', atLeast: 1 } })] },
      'rules[0].when',
      /not a number/,
    ],
    [
      'a misspelt subtype',
      {
        rules: [
          rule({ when: { fact: 'subtype', in: ['service', 'databse'] } }),
        ],
      },
      'rules[0].when',
      /"databse" is never a value of 'subtype'/,
    ],
    [
      'a string compared with a flag',
      { rules: [rule({ when: { fact: 'authenticates', equals: 'yes' } })] },
      'rules[0].when',
      /"yes" is never a value of 'authenticates'/,
    ],
    [
      'an unknown regulation',
      { rules: [rule({ when: { fact: 'regulations', includes: 'pci' } })] },
      'rules[0].when',
      /"pci" is never a value/,
    ],
  ])('rejects %s', (_, extra, path, message) => {
    const problems = problemsOf(extra);

    expect(
      problems.some((p) => p.path === path && message.test(p.message)),
    ).toBe(true);
  });
});
