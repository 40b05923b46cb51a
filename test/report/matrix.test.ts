import { riskMatrix } from '../../src/report';
import { analysis, risk, threat } from './factory';

describe('riskMatrix', () => {
  const subject = analysis({
    threats: [
      threat('a@web', {
        inherent: risk('high', 'high', 'critical', 9),
        residual: risk('medium', 'high', 'high', 6),
      }),
      threat('b@web', {
        inherent: risk('high', 'high', 'critical', 8.5),
        residual: risk('low', 'high', 'medium', 4),
      }),
      threat('c@web', { inherent: risk('low', 'low', 'note', 1) }),
    ],
  });

  it('counts each threat once, in its inherent likelihood and impact cell', () => {
    const matrix = riskMatrix(subject, 'inherent');

    const counts = matrix.rows.map((row) => row.map((cell) => cell.count));
    expect(counts).toEqual([
      [0, 0, 2],
      [0, 0, 0],
      [1, 0, 0],
    ]);
    expect(matrix.rows[0]?.[2]?.threats).toEqual(['a@web', 'b@web']);
  });

  it('counts the residual rating when asked for the residual matrix', () => {
    const matrix = riskMatrix(subject, 'residual');

    expect(matrix.basis).toBe('residual');
    expect(matrix.rows[1]?.[2]).toMatchObject({ count: 1, threats: ['a@web'] });
    expect(matrix.rows[2]?.[2]).toMatchObject({ count: 1, threats: ['b@web'] });
    expect(matrix.rows[2]?.[0]).toMatchObject({ count: 1, threats: ['c@web'] });
  });

  it('lays out high likelihood first and low impact first, with OWASP severities', () => {
    const matrix = riskMatrix(analysis(), 'inherent');

    const layout = matrix.rows.map((row) =>
      row.map((cell) => `${cell.likelihood}/${cell.impact}=${cell.severity}`),
    );
    expect(layout).toEqual([
      ['high/low=medium', 'high/medium=high', 'high/high=critical'],
      ['medium/low=low', 'medium/medium=medium', 'medium/high=high'],
      ['low/low=note', 'low/medium=low', 'low/high=medium'],
    ]);
  });
});
