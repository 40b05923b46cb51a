import { problemsOf, rule } from './team-catalog';

describe('loadCatalog on hostile data', () => {
  it('refuses a __proto__ key instead of merging it', () => {
    const extra: unknown = JSON.parse(
      '{"rules": [], "__proto__": {"polluted": true}}',
    );

    const problems = problemsOf(extra);

    expect(problems[0]?.message).toMatch(/__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects data nested deeper than any catalog before parsing it', () => {
    let condition: unknown = { fact: 'exposed', equals: true };
    for (let i = 0; i < 5000; i += 1) condition = { not: condition };

    const problems = problemsOf({
      rules: [rule({ when: condition as never })],
    });

    expect(problems).toEqual([
      { path: '', message: 'nests deeper than 80 levels' },
    ]);
  });

  it('rejects a condition deeper than the analysis reads', () => {
    let condition: unknown = { fact: 'exposed', equals: true };
    for (let i = 0; i < 33; i += 1) condition = { not: condition };

    const problems = problemsOf({
      rules: [rule({ when: condition as never })],
    });

    expect(problems[0]?.message).toBe('nests deeper than 32 levels');
  });

  it('rejects a file holding more values than any catalog', () => {
    const rules = Array.from({ length: 70_000 }, () => ({ a: 1, b: 2, c: 3 }));

    const problems = problemsOf({ rules });

    expect(problems).toEqual([
      { path: '', message: 'holds more than 200000 values' },
    ]);
  });
});
