import { importModel } from '../../src/importers';
import { MAX_ELEMENTS } from '../../src/model';
import { thrown } from './helpers';

function range(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

/** A model in the project's format: `size` elements, three flows each. */
function modelJson(size: number): string {
  const elements = range(size).map((i) => ({
    id: `e${i}`,
    name: `Part ${i}`,
    kind: 'process',
  }));
  const flows = range(size * 3).map((i) => ({
    id: `f${i}`,
    from: `e${i % size}`,
    to: `e${(i * 7 + 1) % size}`,
  }));
  return JSON.stringify({
    schemaVersion: 1,
    system: { name: 'Big' },
    elements,
    flows,
  });
}

function mermaid(size: number): string {
  const nodes = range(size).map((i) => `  e${i}[Part ${i}]`);
  const links = range(size * 3).map(
    (i) => `  e${i % size} -->|https| e${(i * 7 + 1) % size}`,
  );
  return ['flowchart LR', ...nodes, ...links, ''].join('\n');
}

function threatDragon(size: number): string {
  const cells = range(size).map((i) => ({
    id: `c${i}`,
    shape: 'process',
    data: { type: 'tm.Process', name: `Part ${i}` },
  }));
  return JSON.stringify({
    version: '2.2.0',
    summary: { title: 'Big' },
    detail: { diagrams: [{ cells }] },
  });
}

function otm(size: number): string {
  const components = range(size).map((i) => ({
    id: `c${i}`,
    name: `Part ${i}`,
  }));
  return JSON.stringify({
    otmVersion: '0.2.0',
    project: { name: 'Big', id: 'big' },
    components,
  });
}

describe('import size limits', () => {
  it('imports a model as large as the benchmark, 10,000 elements and 30,000 flows', () => {
    const { model } = importModel(modelJson(10_000), { fileName: 'big.json' });

    expect([model.elements.length, model.flows.length]).toEqual([
      10_000, 30_000,
    ]);
  });

  it('imports a Mermaid diagram as large as the benchmark', () => {
    const { model } = importModel(mermaid(10_000), { fileName: 'big.mmd' });

    expect([model.elements.length, model.flows.length]).toEqual([
      10_000, 30_000,
    ]);
  });

  test.each([
    ['the project format', () => modelJson(MAX_ELEMENTS + 1), 'big.json'],
    ['Threat Dragon', () => threatDragon(MAX_ELEMENTS + 1), 'big.json'],
    ['Open Threat Model', () => otm(MAX_ELEMENTS + 1), 'big.otm.json'],
    ['Mermaid', () => mermaid(MAX_ELEMENTS + 1), 'big.mmd'],
  ])('refuses more elements than the limit in %s', (_, make, fileName) => {
    const error = thrown(() => importModel(make(), { fileName }));

    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toMatch(/20,001 .*the limit of 20,000 elements/);
  });

  test.each([
    [
      'Threat Dragon',
      () =>
        JSON.stringify({
          summary: { title: 'Zones' },
          detail: {
            diagrams: [
              {
                cells: range(2_001).map((i) => ({
                  id: `b${i}`,
                  shape: 'trust-boundary-box',
                  data: { type: 'tm.BoundaryBox', name: 'Zone' },
                })),
              },
            ],
          },
        }),
      'td.json',
      'detail.diagrams',
    ],
    [
      'Threagile',
      () =>
        `threagile_version: 1.0.0\ntitle: Zones\ntrust_boundaries:\n${range(
          2_001,
        )
          .map((i) => `  Zone ${i}:\n    id: z${i}\n`)
          .join('')}`,
      'threagile.yaml',
      'trust_boundaries',
    ],
  ])(
    'refuses a %s file listing too many trust boundaries before placing anything in them',
    (_, make, fileName, path) => {
      const error = thrown(() => importModel(make(), { fileName }));

      expect(error.code).toBe('INPUT_TOO_LARGE');
      expect(error.message).toMatch(
        /^the file lists 2,001 trust boundaries, more than the limit of 2,000/,
      );
      expect(error.problems[0]?.path).toBe(path);
    },
  );

  it('refuses a Threat Dragon element inside more stacked boxes than boundaries may nest', () => {
    const boxes = range(33).map((i) => ({
      id: `b${i}`,
      shape: 'trust-boundary-box',
      position: { x: i, y: i },
      size: { width: 1000 - 2 * i, height: 1000 - 2 * i },
      data: { type: 'tm.BoundaryBox', name: `Zone ${i}` },
    }));
    const web = {
      id: 'web',
      shape: 'process',
      position: { x: 480, y: 480 },
      size: { width: 40, height: 40 },
      data: { type: 'tm.Process', name: 'Web' },
    };
    const text = JSON.stringify({
      summary: { title: 'Stack' },
      detail: { diagrams: [{ cells: [...boxes, web] }] },
    });

    const error = thrown(() => importModel(text, { fileName: 'td.json' }));

    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.problems).toEqual([
      {
        path: 'detail.diagrams',
        message:
          "element 'web' is inside 33 trust boundaries, more than the limit of 32",
      },
    ]);
  });

  it('stops reading a diagram of 100,000 nodes on one line at the node past the limit', () => {
    const text = `flowchart LR\n${range(100_000)
      .map((i) => `n${i}`)
      .join('-->')}\n`;

    const error = thrown(() => importModel(text, { fileName: 'chain.mmd' }));

    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toMatch(
      /^the diagram draws 20,001 nodes, more than the limit of 20,000 elements/,
    );
    expect(error.problems).toEqual([
      {
        path: 'line 2',
        message:
          'the diagram draws 20,001 nodes, more than the limit of 20,000 elements',
      },
    ]);
  });

  it('stops a short diagram whose groups would draw millions of links', () => {
    const group = (from: number) =>
      range(2_000)
        .map((i) => `n${from + i}`)
        .join(' & ');
    const text = `flowchart LR\n${group(0)} --> ${group(2_000)}\n`;

    const error = thrown(() => importModel(text, { fileName: 'mesh.mmd' }));

    expect(text.length).toBeLessThan(40_000);
    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toMatch(
      /^the diagram draws 60,001 links, more than the limit of 60,000 flows/,
    );
  });

  it('refuses one more subgraph than the trust boundary limit', () => {
    const subgraphs = range(2_001).map((i) => `subgraph s${i}\n  n${i}\nend`);
    const text = `flowchart LR\n${subgraphs.join('\n')}\n`;

    const error = thrown(() => importModel(text, { fileName: 'zones.mmd' }));

    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.message).toMatch(
      /2,001 subgraphs, more than the limit of 2,000 trust boundaries/,
    );
    expect(error.problems[0]?.path).toBe(`line ${2 + 3 * 2_000}`);
  });

  it('names the diagram field of a model file whose diagram is too large', () => {
    const chain = range(MAX_ELEMENTS + 1)
      .map((i) => `n${i}`)
      .join('-->');
    const text = JSON.stringify({
      schemaVersion: 1,
      system: { name: 'Big' },
      diagram: `flowchart LR\n${chain}\n`,
    });

    const error = thrown(() => importModel(text, { fileName: 'big.json' }));

    expect(error.code).toBe('INPUT_TOO_LARGE');
    expect(error.problems[0]?.path).toBe('diagram, line 2');
  });
});
