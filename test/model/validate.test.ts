import { parseModel, ThreatModelError } from '../../src/model';

const minimal = {
  schemaVersion: 1,
  system: { name: 'Shop' },
  boundaries: [{ id: 'dmz', name: 'DMZ' }],
  elements: [
    {
      id: 'browser',
      name: 'Browser',
      kind: 'external-entity',
      subtype: 'browser',
    },
    { id: 'web', name: 'Web', kind: 'process', boundary: 'dmz' },
  ],
  flows: [{ id: 'f1', from: 'browser', to: 'web', protocol: 'HTTPS' }],
};

function problemsOf(data: unknown): { path: string; message: string }[] {
  try {
    parseModel(data);
  } catch (error) {
    if (error instanceof ThreatModelError) return [...error.problems];
    throw error;
  }
  throw new Error('expected the model to be rejected');
}

describe('parseModel', () => {
  it('fills in defaults and normalises the protocol', () => {
    const model = parseModel(minimal);

    expect(model.system.riskTolerance).toBe('low');
    expect(model.flows[0]?.protocol).toBe('https');
    expect(model.elements[1]?.subtype).toBe('generic');
  });

  it('names the path of a flow end that points nowhere', () => {
    const data = {
      ...minimal,
      flows: [{ id: 'f1', from: 'browser', to: 'db' }],
    };

    expect(problemsOf(data)).toEqual([
      {
        path: 'flows[0].to',
        message: "names element 'db', which the model does not have",
      },
    ]);
  });

  it('rejects an unknown key instead of dropping it', () => {
    const data = { ...minimal, system: { name: 'Shop', tolerance: 'high' } };

    expect(problemsOf(data)[0]?.path).toBe('system');
    expect(problemsOf(data)[0]?.message).toMatch(/tolerance/);
  });

  it('finds a boundary that sits inside itself', () => {
    const data = {
      ...minimal,
      boundaries: [
        { id: 'a', name: 'A', parent: 'b' },
        { id: 'b', name: 'B', parent: 'a' },
      ],
      elements: [],
      flows: [],
    };

    expect(problemsOf(data).map((p) => p.path)).toEqual([
      'boundaries[0].parent',
      'boundaries[1].parent',
    ]);
  });

  it('refuses an id used by an element and a flow alike', () => {
    const data = {
      ...minimal,
      flows: [{ id: 'web', from: 'browser', to: 'web' }],
    };

    expect(problemsOf(data)).toContainEqual({
      path: 'flows[0].id',
      message: "id 'web' is used twice",
    });
  });
});
