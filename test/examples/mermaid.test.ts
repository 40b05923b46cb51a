import { analyzeExample } from './findings';

describe('the bare e-commerce diagram', () => {
  const { model, analysis } = analyzeExample('ecommerce-payments.mmd');

  it('reads the nine elements, nine flows and three boundaries it draws', () => {
    expect(model.elements).toHaveLength(9);
    expect(model.flows).toHaveLength(9);
    expect(model.boundaries.map((b) => b.id).sort()).toEqual([
      'app',
      'data',
      'dmz',
    ]);
  });

  it('gives a first analysis with threats in every STRIDE category', () => {
    expect(analysis.threats.length).toBeGreaterThan(0);
    for (const count of Object.values(analysis.summary.byStride)) {
      expect(count).toBeGreaterThan(0);
    }
  });

  it('finds fewer threats than the model that states its assets and attributes', () => {
    const full = analyzeExample('ecommerce-payments.yaml').analysis;

    expect(full.threats.length).toBeGreaterThan(analysis.threats.length);
  });
});
