import { measureLayers, MAX_LAYERS } from '../../src/analysis/reach';
import type { ThreatModelInput } from '../../src/model';
import { modelOf } from './fixtures';

function layersOf(input: Partial<ThreatModelInput>): Record<string, number> {
  const model = modelOf(input);
  const layers = measureLayers(model.elements, model.flows);
  return Object.fromEntries(
    model.elements.map((e) => [e.id, layers.get(e.id) ?? MAX_LAYERS]),
  );
}

const chain: Partial<ThreatModelInput> = {
  elements: [
    { id: 'user', name: 'User', kind: 'external-entity' },
    { id: 'lb', name: 'LB', kind: 'process', subtype: 'load-balancer' },
    { id: 'web', name: 'Web', kind: 'process' },
    { id: 'api', name: 'API', kind: 'process' },
    { id: 'db', name: 'DB', kind: 'data-store' },
    { id: 'vault', name: 'Vault', kind: 'data-store' },
    { id: 'job', name: 'Job', kind: 'process' },
  ],
  flows: [
    { id: 'f1', from: 'user', to: 'lb' },
    { id: 'f2', from: 'lb', to: 'web' },
    { id: 'f3', from: 'web', to: 'api' },
    { id: 'f4', from: 'api', to: 'db' },
    { id: 'f5', from: 'job', to: 'vault' },
  ],
};

describe('measureLayers', () => {
  it('counts the elements outside data passes, behind a load balancer as in front of it', () => {
    expect(layersOf(chain)).toEqual({
      user: 0,
      lb: 0,
      web: 0,
      api: 1,
      db: 2,
      vault: MAX_LAYERS,
      job: MAX_LAYERS,
    });
  });

  it('puts internet-facing elements at the edge and follows flows both ways', () => {
    const layers = layersOf({
      ...chain,
      elements: (chain.elements ?? []).map((e) =>
        e.id === 'job' ? { ...e, attributes: { internetFacing: true } } : e,
      ),
      flows: [
        ...(chain.flows ?? []),
        { id: 'f6', from: 'db', to: 'job', bidirectional: true },
      ],
    });

    expect(layers.job).toBe(0);
    expect(layers.vault).toBe(1);
    expect(layers.db).toBe(1);
  });
});
