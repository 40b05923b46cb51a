import { analyzeExample, isAtLeast, matching, type Expected } from './findings';

describe('the e-commerce payment example', () => {
  const { analysis } = analyzeExample('ecommerce-payments.yaml');

  test.each<[string, Expected]>([
    [
      'card data disclosed on the flow into the DMZ',
      {
        stride: 'I',
        target: 'browser->lb',
        about: /card data/i,
        atLeast: 'high',
      },
    ],
    [
      'card data disclosed toward the payment gateway',
      {
        stride: 'I',
        target: 'payments->gateway_api',
        about: /card data/i,
        atLeast: 'high',
      },
    ],
    [
      'the authentication service spoofed',
      {
        stride: 'S',
        target: 'auth',
        about: /account|impersonat|forged/i,
        atLeast: 'high',
      },
    ],
    [
      'privilege elevated through the authentication service',
      {
        stride: 'E',
        target: 'auth',
        about: /privilege|role|claims/i,
        atLeast: 'high',
      },
    ],
    [
      'the payment processing service tampered with',
      {
        stride: 'T',
        target: 'payments',
        about: /payment amount|input/i,
        atLeast: 'high',
      },
    ],
    [
      'payment audit records repudiated',
      {
        stride: 'R',
        target: 'auditlog',
        about: /audit records/i,
        atLeast: 'high',
      },
    ],
    [
      'forged entries written to the payment audit log',
      {
        stride: 'R',
        target: 'payments->auditlog',
        about: /log/i,
        atLeast: 'high',
      },
    ],
  ])('finds %s', (_, expected) => {
    const found = matching(analysis, expected);

    expect(found.map((threat) => threat.id)).not.toEqual([]);
    expect(found.some((threat) => isAtLeast(threat, expected.atLeast))).toBe(
      true,
    );
  });

  it('rates every card-data threat High or Critical before controls', () => {
    const cardThreats = analysis.threats.filter((threat) =>
      /card/i.test(threat.title),
    );

    expect(cardThreats.length).toBeGreaterThanOrEqual(4);
    for (const threat of cardThreats) {
      expect([threat.id, threat.inherent.severity]).toEqual([
        threat.id,
        expect.stringMatching(/^(high|critical)$/),
      ]);
    }
  });

  it('lowers card-data interception on the TLS-protected edge flow, and only there', () => {
    const [edge] = matching(analysis, {
      stride: 'I',
      target: 'browser->lb',
      about: /card data is intercepted/i,
      atLeast: 'high',
    });
    const [toGateway] = matching(analysis, {
      stride: 'I',
      target: 'payments->gateway_api',
      about: /card data/i,
      atLeast: 'high',
    });

    expect(edge?.residual.score).toBeLessThan(edge?.inherent.score ?? 0);
    expect(edge?.residual.appliedControls).toContain('tls-edge');
    expect(toGateway?.residual.severity).toMatch(/^(high|critical)$/);
  });

  it('uses the finance, API and cloud rule packs the context calls for', () => {
    expect(analysis.packs).toEqual(
      expect.arrayContaining(['core', 'api', 'cloud', 'finance']),
    );
  });
});
