import { importModel } from '../../src/importers';
import { corpusFile } from './helpers';

type Cell = Record<string, unknown>;

function v2(cells: Cell[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: '2.2.0',
    summary: { title: 'Demo' },
    detail: { diagrams: [{ cells, ...extra }] },
  });
}

function box(
  shape: string,
  id: string,
  x: number,
  y: number,
  data: Cell = {},
): Cell {
  const type = { actor: 'tm.Actor', process: 'tm.Process', store: 'tm.Store' }[
    shape
  ];
  return {
    id,
    shape,
    position: { x, y },
    size: { width: 100, height: 60 },
    data: { type, name: id, ...data },
  };
}

function flow(id: string, source: Cell, target: Cell, data: Cell = {}): Cell {
  return {
    id,
    shape: 'flow',
    source,
    target,
    data: { type: 'tm.Flow', name: id, ...data },
  };
}

function read(text: string) {
  return importModel(text, { fileName: 'model.json' });
}

describe('Threat Dragon import', () => {
  it('maps actors, processes and stores to the three element kinds', () => {
    const { model } = read(
      v2([
        box('actor', 'user', 0, 0),
        box('process', 'app', 200, 0),
        box('store', 'db', 400, 0),
      ]),
    );

    expect(model.elements.map((e) => [e.id, e.kind])).toEqual([
      ['user', 'external-entity'],
      ['app', 'process'],
      ['db', 'data-store'],
    ]);
  });

  it('maps element and flow properties where the model has a place', () => {
    const cells = [
      box('actor', 'idp', 0, 0, { providesAuthentication: true }),
      box('process', 'app', 200, 0, {
        isWebApplication: true,
        privilegeLevel: 'root',
      }),
      box('store', 'audit', 400, 0, { isALog: true, isEncrypted: true }),
      box('store', 'conf', 600, 0, { storesCredentials: true }),
      box('process', 'pay', 800, 0, { handlesCardPayment: true }),
      flow(
        'f1',
        { cell: 'idp' },
        { cell: 'app' },
        { protocol: 'HTTPS', isPublicNetwork: true, isBidirectional: true },
      ),
      flow(
        'f2',
        { cell: 'app' },
        { cell: 'audit' },
        { isEncrypted: false, protocol: 'TCP' },
      ),
    ];

    const { model } = read(v2(cells));

    expect(model.elements.map((e) => e.subtype)).toEqual([
      'identity-provider',
      'web-application',
      'log-store',
      'secret-store',
      'generic',
    ]);
    expect(model.elements[1]?.attributes).toMatchObject({
      privileged: true,
      internetFacing: true,
    });
    expect(model.elements[0]?.attributes.internetFacing).toBeUndefined();
    expect(model.elements[2]?.attributes.encryptionAtRest).toBe(true);
    expect(model.system.regulations).toEqual(['pci-dss']);
    expect(model.flows).toEqual([
      expect.objectContaining({
        id: 'f1',
        protocol: 'https',
        encrypted: true,
        bidirectional: true,
      }),
      expect.objectContaining({ id: 'f2', protocol: 'tcp', encrypted: false }),
    ]);
  });

  it('places elements whose centre lies inside a boundary box, nesting boxes', () => {
    const outer = {
      id: 'outer',
      shape: 'trust-boundary-box',
      position: { x: 0, y: 0 },
      size: { width: 1000, height: 500 },
      data: { type: 'tm.BoundaryBox', name: 'VPC' },
    };
    const inner = {
      id: 'inner',
      shape: 'trust-boundary-box',
      position: { x: 350, y: 0 },
      size: { width: 300, height: 200 },
      data: { type: 'tm.BoundaryBox' },
    };
    const cells = [
      outer,
      inner,
      box('process', 'web', 100, 50),
      box('store', 'db', 400, 50),
      box('actor', 'out', 1200, 50),
    ];

    const { model } = read(v2(cells));

    expect(model.boundaries).toEqual([
      { id: 'outer', name: 'VPC' },
      { id: 'inner', name: 'Trust boundary 2', parent: 'outer' },
    ]);
    expect(model.elements.map((e) => [e.id, e.boundary])).toEqual([
      ['web', 'outer'],
      ['db', 'inner'],
      ['out', undefined],
    ]);
  });

  it('lets a curve hold the smaller side it separates, and nothing beyond its ends', () => {
    const curve = {
      id: 'line',
      shape: 'trust-boundary-curve',
      source: { x: 300, y: 0 },
      target: { x: 300, y: 400 },
      vertices: [{ x: 310, y: 200 }],
      data: { type: 'tm.Boundary', name: 'Internet' },
    };
    const cells = [
      curve,
      box('actor', 'browser', 100, 100),
      box('process', 'web', 450, 100),
      box('store', 'db', 450, 250),
      box('process', 'far', 450, 900),
    ];

    const { model } = read(v2(cells));

    expect(model.elements.map((e) => [e.id, e.boundary])).toEqual([
      ['browser', 'line'],
      ['web', undefined],
      ['db', undefined],
      ['far', undefined],
    ]);
  });

  it('attaches a loose flow end to the element it nearly touches, and says so', () => {
    const cells = [
      box('actor', 'browser', 0, 0),
      box('process', 'web', 300, 0),
      flow('f', { x: 110, y: 30 }, { cell: 'web' }),
      flow('lost', { x: 2000, y: 2000 }, { cell: 'web' }),
    ];

    const { model, skipped } = read(v2(cells));

    expect(model.flows.map((f) => [f.id, f.from, f.to])).toEqual([
      ['f', 'browser', 'web'],
    ]);
    expect(skipped.map((s) => s.message)).toEqual([
      "a loose flow end was attached to the nearest element, 'browser'",
      "flow 'lost' does not join two elements: skipped",
    ]);
  });

  it('turns mitigated threats into controls and counts the others', () => {
    const threats = [
      {
        title: 'Spoofed client',
        type: 'Spoofing',
        status: 'Mitigated',
        mitigation: 'Mutual TLS.',
      },
      {
        title: 'Tampered rows',
        type: 'Tampering',
        status: 'Open',
        mitigation: 'Sign rows.',
      },
      { title: 'Linkable', type: 'Linkability', status: 'Mitigated' },
    ];
    const cells = [box('process', 'app', 0, 0, { threats })];

    const { model, skipped } = read(v2(cells));

    expect(model.controls).toEqual([
      {
        id: 'app:mitigated-1',
        name: 'Mitigates: Spoofed client',
        type: 'preventive',
        covers: ['app'],
        stride: ['S'],
        mitigations: [],
        effectiveness: 'medium',
        description: 'Mutual TLS.',
      },
    ]);
    expect(skipped.map((s) => s.message)).toEqual([
      '2 of 3 threats written in Threat Dragon are not imported; 1 mitigated ones became controls',
      "threat 'Tampered rows' (open) is not imported: the analysis finds its own threats",
      "threat 'Linkable' (mitigated) is not imported: the analysis finds its own threats",
    ]);
  });

  it('reads a file with every optional field missing', () => {
    const cells = [
      { id: 'a', shape: 'actor' },
      { id: 'p', data: { type: 'tm.Process' } },
      { id: 'f', shape: 'flow', source: { cell: 'a' }, target: { cell: 'p' } },
      { id: 'b', shape: 'trust-boundary-curve' },
      { shape: 'mystery' },
      'not a cell',
    ];

    const { model, skipped } = read(
      JSON.stringify({ summary: {}, detail: { diagrams: [{ cells }, null] } }),
    );

    expect(model.system.name).toBe('Threat Dragon model');
    expect(model.elements.map((e) => [e.kind, e.name])).toEqual([
      ['external-entity', 'Unnamed actor a'],
      ['process', 'Unnamed process p'],
    ]);
    expect(model.flows).toHaveLength(1);
    expect(model.boundaries).toEqual([{ id: 'b', name: 'Trust boundary 1' }]);
    expect(skipped.map((s) => s.path)).toEqual([
      'detail.diagrams[0].cells[3]',
      'detail.diagrams[0].cells[4]',
    ]);
  });

  it('reads names from the drawing attributes of a 1.x file', () => {
    const { model } = read(
      corpusFile('threat-dragon/td-v1-demo-threat-model.json'),
    );

    expect(model.elements.map((e) => e.name)).toContain(
      'Background Worker Process',
    );
    expect(model.flows.map((f) => f.label)).toContain('Web Request');
  });

  it('places the demo model elements in the zones its curves fence off', () => {
    const { model } = read(
      corpusFile('threat-dragon/td-v2-demo-threat-model.json'),
    );
    const byName = Object.fromEntries(
      model.elements.map((e) => [e.name, e.boundary]),
    );

    expect(byName).toEqual({
      'Worker Config': undefined,
      Database: '4a7911c8-2493-46cc-960f-1b248b176d15',
      'Web Application Config': undefined,
      'Message Queue': '6767506f-3d7f-4a5f-bbe2-ea03689d30fc',
      'Background Worker Process': undefined,
      'Web Application': undefined,
      Browser: '0adc088b-ebb1-46be-af7b-36112c60c419',
    });
  });
});
