import { analyzeExample, isAtLeast, matching, type Expected } from './findings';

describe('the healthcare analytics example', () => {
  const { analysis } = analyzeExample('healthcare-analytics.yaml');

  test.each<[string, Expected]>([
    [
      'health information disclosed from the clinical records store',
      {
        stride: 'I',
        target: 'recordsdb',
        about: /health information/i,
        atLeast: 'high',
      },
    ],
    [
      'health information disclosed as it leaves the clinical zone',
      { stride: 'I', target: 'recordsdb->etl', about: /PHI/, atLeast: 'high' },
    ],
    [
      'clinical records tampered with',
      {
        stride: 'T',
        target: 'recordsdb',
        about: /records are altered/i,
        atLeast: 'high',
      },
    ],
    [
      'record changes repudiated',
      {
        stride: 'R',
        target: 'recordsdb',
        about: /records are altered/i,
        atLeast: 'high',
      },
    ],
    [
      'research data poisoned in the data lake',
      { stride: 'T', target: 'lake', about: /poison/i, atLeast: 'high' },
    ],
    [
      'the model poisoned through its training data',
      { stride: 'T', target: 'training', about: /poison/i, atLeast: 'high' },
    ],
  ])('finds %s', (_, expected) => {
    const found = matching(analysis, expected);

    expect(found.map((threat) => threat.id)).not.toEqual([]);
    expect(found.some((threat) => isAtLeast(threat, expected.atLeast))).toBe(
      true,
    );
  });

  it('rates record tampering as tampering and repudiation in one threat', () => {
    const [tampering] = matching(analysis, {
      stride: 'T',
      target: 'recordsdb',
      about: /records are altered/i,
      atLeast: 'high',
    });

    expect(tampering?.stride).toEqual(expect.arrayContaining(['T', 'R']));
  });

  it('uses the healthcare and ML rule packs the context calls for', () => {
    expect(analysis.packs).toEqual(
      expect.arrayContaining(['core', 'healthcare', 'ml']),
    );
  });
});
