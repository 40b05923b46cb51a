import { exportModel, importModel } from '../../src/importers';
import type { ThreatModel } from '../../src/model';
import { fixture, thrown } from './helpers';

function imported(text: string, fileName: string): ThreatModel {
  return importModel(text, { fileName }).model;
}

describe('a model file with a diagram', () => {
  it('adds what a diagram draws and a complete model does not list', () => {
    const model = imported(fixture('full-model.yaml'), 'full.yaml');
    const stale = {
      ...model,
      diagram: 'flowchart LR\n  customer --> desk\n  desk --> legacy\n',
    };

    const again = importModel(exportModel(stale, 'yaml'), {
      fileName: 'again.yaml',
    });

    expect(again.model.elements.map((e) => e.id)).toEqual([
      'customer',
      'desk',
      'legacy',
      'tickets',
    ]);
    expect(again.model.elements[1]).toStrictEqual(model.elements[1]);
    expect(again.model.flows.map((f) => f.id)).toEqual([
      'customer->desk',
      'desk->legacy',
      'desk->tickets',
    ]);
    expect(again.skipped).toEqual([]);
  });

  it('reads the diagram of a model that lists no elements, as the examples teach', () => {
    const text =
      'schemaVersion: 1\nsystem: {name: x}\ndiagram: "flowchart LR\\n a-->b"\n';

    const { model, skipped } = importModel(text, { fileName: 'x.yaml' });

    expect(model.elements.map((e) => [e.id, e.kind])).toEqual([
      ['a', 'process'],
      ['b', 'process'],
    ]);
    expect(model.flows.map((f) => [f.id, f.from, f.to])).toEqual([
      ['a->b', 'a', 'b'],
    ]);
    expect(model.diagram).toBe('flowchart LR\n a-->b');
    expect(skipped).toEqual([]);
  });

  it('overlays complete entries on the diagram instead of dropping what it draws', () => {
    const text = [
      'schemaVersion: 1',
      'system: {name: x}',
      'diagram: "flowchart LR\\n a-->b\\n b-->c"',
      'elements:',
      '  - {id: a, name: Shopper, kind: external-entity}',
      '  - {id: b, name: Shop, kind: process}',
      'flows:',
      '  - {id: a->b, from: a, to: b, protocol: https}',
    ].join('\n');

    const { model } = importModel(text, { fileName: 'x.yaml' });

    expect(model.elements.map((e) => [e.id, e.name, e.kind])).toEqual([
      ['a', 'Shopper', 'external-entity'],
      ['b', 'Shop', 'process'],
      ['c', 'c', 'process'],
    ]);
    expect(model.flows.map((f) => [f.id, f.protocol])).toEqual([
      ['a->b', 'https'],
      ['b->c', undefined],
    ]);
  });

  it('refuses a complete model whose diagram cannot be read, naming the line in the diagram', () => {
    const model = imported(fixture('full-model.yaml'), 'full.yaml');
    const broken = {
      ...model,
      diagram: 'flowchart LR\n  customer --> desk\n  desk[oops --> tickets\n',
    };

    const error = thrown(() =>
      importModel(exportModel(broken, 'yaml'), { fileName: 'again.yaml' }),
    );

    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toMatch(/^in diagram: .* at line 3:/);
    expect(error.problems[0]?.path).toBe('diagram, line 3');
    expect(error.line).toBeUndefined();
  });

  it('gives back a model exported before repeated edges were named by their labels', () => {
    const drawn = imported(
      'flowchart LR\n  A -->|HTTPS| B\n  A -->|SQL| B\n',
      'shop.mmd',
    );
    const old = {
      ...drawn,
      flows: drawn.flows.map((flow, i) => ({
        ...flow,
        id: i === 0 ? 'A->B' : `A->B#${i + 1}`,
      })),
    };

    const again = importModel(exportModel(old, 'yaml'), {
      fileName: 'old.yaml',
    });

    expect(drawn.flows.map((f) => f.id)).toEqual(['A->B#https', 'A->B#sql']);
    expect(again.model).toStrictEqual(old);
  });
});
