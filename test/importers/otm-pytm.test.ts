import { importModel } from '../../src/importers';
import { corpusFile } from './helpers';

describe('Open Threat Model import', () => {
  it('maps trust zones, components, dataflows and assets', () => {
    const { model } = importModel(
      corpusFile('otm/td-example-open-threat-model.otm.json'),
      { fileName: 'x.otm.json' },
    );

    expect(model.system.name).toBe('Test project');
    expect(model.boundaries.map((b) => b.name)).toEqual([
      'Internet',
      'Private',
    ]);
    expect(model.elements.map((e) => [e.id, e.kind, e.subtype])).toEqual([
      ['web-client', 'external-entity', 'browser'],
      ['web-service', 'process', 'service'],
      ['customer-database', 'data-store', 'database'],
      ['class-customerdatabase', 'process', 'generic'],
    ]);
    expect(model.flows[1]).toMatchObject({
      from: 'web-service',
      to: 'customer-database',
      assets: ['cc-data'],
      bidirectional: true,
    });
    expect(model.assets[0]).toMatchObject({
      id: 'cc-data',
      classification: 'restricted',
      confidentiality: 'high',
    });
    expect(model.assets[1]).toMatchObject({
      id: 'public-info',
      classification: 'public',
      availability: 'medium',
    });
  });

  it('turns an implemented mitigation into a control for the threat categories', () => {
    const { model } = importModel(
      corpusFile('otm/td-example-open-threat-model.otm.json'),
      { fileName: 'x.otm.json' },
    );

    expect(model.controls).toEqual([
      expect.objectContaining({
        id: 'fd6136f4-e2ff-11eb-ba80-0242ac130004',
        name: 'This is the name of mitigation 1',
        covers: ['web-service'],
        stride: ['S', 'T'],
      }),
    ]);
  });

  it('nests trust zones and reads transport facts from attributes', () => {
    const { model } = importModel(
      corpusFile('otm/startleft-nested_tz.expected.otm'),
      { fileName: 'nested.otm' },
    );

    expect(model.boundaries[1]).toMatchObject({
      name: 'Sandbox environment',
      parent: model.boundaries[0]?.id,
    });
    expect(model.flows[0]).toMatchObject({
      protocol: 'https',
      encrypted: true,
      authenticated: true,
    });
    expect(model.flows[1]).toMatchObject({
      encrypted: false,
      authenticated: false,
    });
  });

  it('reads OTM written in YAML', () => {
    const text =
      'otmVersion: 0.2.0\nproject: {name: Y, id: y}\ncomponents:\n  - {id: c, name: Cache, type: redis}\n';

    const { model, format } = importModel(text, { fileName: 'y.otm.yaml' });

    expect(format).toBe('otm');
    expect(model.elements[0]).toMatchObject({
      kind: 'data-store',
      subtype: 'cache',
    });
  });
});

describe('pytm JSON import', () => {
  it('maps classes, boundaries, data and flows named by name', () => {
    const { model, skipped } = importModel(
      corpusFile('pytm/pytm-tests-input.json'),
      { fileName: 'input.json' },
    );

    expect(model.system).toMatchObject({
      name: 'my test tm',
      description: 'aaa',
    });
    expect(model.boundaries).toEqual([
      { id: 'internet', name: 'Internet' },
      { id: 'server-db', name: 'Server/DB' },
    ]);
    expect(
      model.elements.map((e) => [e.id, e.kind, e.subtype, e.boundary]),
    ).toEqual([
      ['user', 'external-entity', 'user', 'internet'],
      ['web-server', 'process', 'web-application', undefined],
      ['sql-database', 'data-store', 'database', 'server-db'],
    ]);
    expect(model.flows[0]).toMatchObject({
      id: 'request',
      from: 'user',
      to: 'web-server',
      assets: ['password'],
    });
    expect(model.assets[0]).toMatchObject({
      classification: 'restricted',
      confidentiality: 'high',
    });
    expect(skipped).toEqual([
      {
        path: 'flows',
        message:
          '2 flow notes are not imported: the model has no place for them',
      },
    ]);
  });

  it('maps pytm controls and nested boundaries, and skips unknown classes', () => {
    const text = JSON.stringify({
      name: 'x',
      boundaries: [{ name: 'Cloud' }, { name: 'VPC', inBoundary: 'Cloud' }],
      elements: [
        {
          __class__: 'Server',
          name: 'Web',
          controls: { isHardened: true, sanitizesInput: false },
        },
        { __class__: 'Spaceship', name: 'Odd' },
      ],
      flows: [{ name: 'f', source: 'Web', sink: 'Nowhere' }],
    });

    const { model, skipped } = importModel(text, { fileName: 'tm.json' });

    expect(model.elements[0]?.attributes).toMatchObject({
      hardened: true,
      inputValidation: false,
    });
    expect(model.boundaries).toEqual([
      { id: 'cloud', name: 'Cloud' },
      { id: 'vpc', name: 'VPC', parent: 'cloud' },
    ]);
    expect(skipped.map((s) => s.path)).toEqual(['elements[1]', 'flows[0]']);
  });
});
