import { riskLevel, riskScore, severityOf } from '../../src/analysis';
import type { Level, Severity } from '../../src/model';

describe('severityOf', () => {
  test.each<[Level, Level, Severity]>([
    ['high', 'low', 'medium'],
    ['high', 'medium', 'high'],
    ['high', 'high', 'critical'],
    ['medium', 'low', 'low'],
    ['medium', 'medium', 'medium'],
    ['medium', 'high', 'high'],
    ['low', 'low', 'note'],
    ['low', 'medium', 'low'],
    ['low', 'high', 'medium'],
  ])(
    'reads impact %s with likelihood %s as %s',
    (impact, likelihood, severity) => {
      expect(severityOf(likelihood, impact)).toBe(severity);
    },
  );
});

describe('riskLevel', () => {
  test.each<[number, Level]>([
    [0, 'low'],
    [2.9, 'low'],
    [3, 'medium'],
    [5.9, 'medium'],
    [6, 'high'],
    [9, 'high'],
  ])('puts a score of %d at level %s', (score, level) => {
    expect(riskLevel(score)).toBe(level);
  });
});

describe('riskScore', () => {
  it('runs from 1 with no likelihood to 10 at the top of both scales', () => {
    expect(riskScore(0, 9)).toBe(1);
    expect(riskScore(9, 9)).toBe(10);
  });

  it('grows with likelihood times impact and keeps one decimal', () => {
    const products = [
      [1, 2],
      [2, 2],
      [3, 4],
      [5, 5],
      [6, 7.5],
    ].map(([l, i]) => riskScore(l ?? 0, i ?? 0));

    expect([...products].sort((a, b) => a - b)).toEqual(products);
    expect(new Set(products).size).toBe(products.length);
    for (const score of products)
      expect(Math.round(score * 10) / 10).toBe(score);
  });
});
