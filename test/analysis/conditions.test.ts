import type { Condition } from '../../src/catalog/schema';
import { holds } from '../../src/analysis/conditions';
import type { FactRecord, FactValue } from '../../src/analysis/facts';

const element = new Map<string, FactValue>([
  ['kind', 'process'],
  ['exposed', true],
  ['inboundFlows', 3],
  ['technologies', ['java', 'spring']],
  ['attr.authentication', 'none'],
]);
const facts: FactRecord = {
  own: new Map<string, FactValue>([
    ['encrypted', false],
    ['regulations', ['gdpr']],
  ]),
  system: new Map<string, FactValue>([['system.deployment', 'cloud']]),
  source: new Map<string, FactValue>([['kind', 'external-entity']]),
  target: element,
};

describe('holds', () => {
  test.each<[string, unknown, boolean]>([
    ['equals on a stated flag', { fact: 'encrypted', equals: false }, true],
    ['equals with another value', { fact: 'encrypted', equals: true }, false],
    [
      'equals on an absent fact',
      { fact: 'authenticated', equals: false },
      false,
    ],
    [
      'equals never matches a list',
      { fact: 'regulations', equals: 'gdpr' },
      false,
    ],
    [
      'in on a value listed',
      { fact: 'target.kind', in: ['process', 'data-store'] },
      true,
    ],
    [
      'in on a value not listed',
      { fact: 'source.kind', in: ['process'] },
      false,
    ],
    ['in on an absent fact', { fact: 'protocol', in: ['http'] }, false],
    [
      'includes on a list holding it',
      { fact: 'target.technologies', includes: 'java' },
      true,
    ],
    [
      'includes on a list without it',
      { fact: 'target.technologies', includes: 'php' },
      false,
    ],
    ['includes on a scalar', { fact: 'encrypted', includes: false }, false],
    [
      'includesAny with one match',
      { fact: 'regulations', includesAny: ['pii', 'gdpr'] },
      true,
    ],
    [
      'includesAny with none',
      { fact: 'regulations', includesAny: ['hipaa'] },
      false,
    ],
    ['atLeast at the bound', { fact: 'target.inboundFlows', atLeast: 3 }, true],
    [
      'atLeast above the value',
      { fact: 'target.inboundFlows', atLeast: 4 },
      false,
    ],
    ['atLeast on a string', { fact: 'target.kind', atLeast: 0 }, false],
    ['exists on a present fact', { fact: 'encrypted', exists: true }, true],
    [
      'exists on an absent fact',
      { fact: 'authenticated', exists: true },
      false,
    ],
    [
      'exists: false on an absent fact',
      { fact: 'authenticated', exists: false },
      true,
    ],
    [
      'exists: false on a present fact',
      { fact: 'encrypted', exists: false },
      false,
    ],
    ['a system fact', { fact: 'system.deployment', equals: 'cloud' }, true],
    [
      'a source fact on its end',
      { fact: 'source.kind', equals: 'external-entity' },
      true,
    ],
    [
      'a system fact under an end',
      { fact: 'source.system.deployment', exists: true },
      false,
    ],
    [
      'all when every part holds',
      {
        all: [
          { fact: 'encrypted', equals: false },
          { fact: 'target.exposed', equals: true },
        ],
      },
      true,
    ],
    [
      'all when one part fails',
      {
        all: [
          { fact: 'encrypted', equals: false },
          { fact: 'target.exposed', equals: false },
        ],
      },
      false,
    ],
    [
      'any when one part holds',
      {
        any: [
          { fact: 'encrypted', equals: true },
          { fact: 'target.exposed', equals: true },
        ],
      },
      true,
    ],
    [
      'any when none holds',
      {
        any: [
          { fact: 'encrypted', equals: true },
          { fact: 'protocol', exists: true },
        ],
      },
      false,
    ],
    [
      'not of a failing test',
      { not: { fact: 'encrypted', equals: true } },
      true,
    ],
    [
      'not of an absent-fact test',
      { not: { fact: 'protocol', equals: 'http' } },
      true,
    ],
    ['a __proto__ fact', { fact: '__proto__', exists: true }, false],
    [
      'a __proto__ fact asked absent',
      { fact: '__proto__', exists: false },
      true,
    ],
    ['a constructor fact', { fact: 'constructor', equals: 'Object' }, false],
    [
      'a prototype fact under an end',
      { fact: 'source.prototype', exists: true },
      false,
    ],
    ['a toString fact', { fact: 'target.toString', exists: true }, false],
  ])('%s', (_name, condition, expected) => {
    expect(holds(condition as Condition, facts)).toBe(expected);
  });

  test.each<[string, unknown]>([
    ['null', null],
    ['a string', 'encrypted'],
    ['a test naming no check', { fact: 'encrypted' }],
    ['a fact name that is not text', { fact: 42, exists: false }],
    ['all that is not a list', { all: { fact: 'encrypted', exists: true } }],
    ['the negation of a malformed part', { not: { fact: 'encrypted' } }],
    [
      'any holding a malformed part',
      { any: [{ fact: 'encrypted', exists: true }, 7] },
    ],
    [
      'a test with a hostile expected value',
      { fact: 'encrypted', in: { length: 1 } },
    ],
    [
      'an object keyed __proto__',
      JSON.parse('{"__proto__": {"fact": "encrypted", "exists": true}}'),
    ],
  ])('is false, not a crash, for %s', (_name, condition) => {
    expect(() => holds(condition as Condition, facts)).not.toThrow();
    expect(holds(condition as Condition, facts)).toBe(false);
  });

  it('is false for a condition nested deeper than any rule needs', () => {
    let condition: unknown = { fact: 'encrypted', exists: true };
    for (let i = 0; i < 10_000; i += 1) condition = { not: { not: condition } };

    expect(holds(condition as Condition, facts)).toBe(false);
  });

  it('is false for a condition that contains itself', () => {
    const condition: { any: unknown[] } = { any: [] };
    condition.any.push(condition);

    expect(holds(condition as unknown as Condition, facts)).toBe(false);
  });

  it('is false for a missing condition, leaving absence to the caller', () => {
    expect(holds(undefined, facts)).toBe(false);
  });
});
