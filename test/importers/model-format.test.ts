import { exportModel, importModel } from '../../src/importers';
import type { ThreatModel } from '../../src/model';
import { corpusFile, fixture, thrown } from './helpers';

function imported(text: string, fileName: string): ThreatModel {
  return importModel(text, { fileName }).model;
}

describe('the project model format', () => {
  const models: [string, () => ThreatModel][] = [
    [
      'a complete YAML model',
      () => imported(fixture('full-model.yaml'), 'full-model.yaml'),
    ],
    [
      'a diagram plus attributes',
      () => imported(fixture('diagram-plus-attributes.yaml'), 'd.yaml'),
    ],
    [
      'a Markdown diagram',
      () => imported(fixture('shop-design.md'), 'shop-design.md'),
    ],
    [
      'a Threat Dragon model',
      () =>
        imported(
          corpusFile('threat-dragon/td-v2-demo-threat-model.json'),
          'td.json',
        ),
    ],
    [
      'a Threagile model',
      () =>
        imported(corpusFile('threagile/threagile-example-2020.yaml'), 't.yaml'),
    ],
    [
      'the Kubernetes diagram',
      () => imported(corpusFile('mermaid/k8s-cluster-api-dfd.md'), 'k8s.md'),
    ],
  ];

  describe.each(['yaml', 'json'] as const)('exported as %s', (format) => {
    test.each(models)('gives back %s unchanged', (_, build) => {
      const model = build();

      const again = importModel(exportModel(model, format), {
        fileName: `again.${format}`,
      });

      expect(again.model).toStrictEqual(model);
      expect(again.format).toBe('model');
    });
  });

  it('writes the same text whatever order a model was built in', () => {
    const model = imported(fixture('full-model.yaml'), 'full.yaml');
    const reversed = reverseKeys(model) as ThreatModel;
    expect(Object.keys(reversed)[0]).not.toBe('schemaVersion');

    expect(exportModel(reversed, 'yaml')).toBe(exportModel(model, 'yaml'));
    expect(exportModel(reversed, 'json')).toBe(exportModel(model, 'json'));
  });

  it('writes keys in the schema order', () => {
    const text = exportModel(
      imported(fixture('full-model.yaml'), 'full.yaml'),
      'yaml',
    );

    expect(text.split('\n').filter((line) => /^\w/.test(line))).toEqual([
      'schemaVersion: 1',
      'system:',
      'elements:',
      'flows:',
      'boundaries:',
      'assets:',
      'actors:',
      'controls:',
    ]);
  });

  it('merges a diagram with the attributes listed beside it', () => {
    const { model, skipped } = importModel(
      fixture('diagram-plus-attributes.yaml'),
      { fileName: 'd.yaml' },
    );

    expect(skipped).toEqual([]);
    expect(model.elements.map((e) => e.id)).toEqual([
      'shopper',
      'api',
      'db',
      'mailer',
    ]);
    expect(model.elements[1]).toMatchObject({
      name: 'Orders API',
      kind: 'process',
      boundary: 'cloud',
      attributes: { authentication: 'token', technologies: ['go'] },
    });
    expect(model.elements[2]).toMatchObject({
      kind: 'data-store',
      description: 'Orders and addresses.',
      attributes: { encryptionAtRest: true },
    });
    expect(model.flows.find((f) => f.id === 'api->db')).toMatchObject({
      protocol: 'sql',
      encrypted: true,
    });
    expect(model.flows.find((f) => f.id === 'api->mailer')).toMatchObject({
      protocol: 'smtp',
    });
    expect(model.boundaries).toEqual([
      { id: 'cloud', name: 'Cloud', description: "The provider's account." },
    ]);
  });

  it('names an override whose id the diagram lacks', () => {
    const text = fixture('diagram-plus-attributes.yaml').replace(
      '- id: db\n',
      '- id: dbx\n',
    );

    const error = thrown(() => importModel(text, { fileName: 'd.yaml' }));

    expect(error.code).toBe('INVALID_MODEL');
    expect(error.problems).toEqual([
      {
        path: 'elements[1].id',
        message:
          "names element 'dbx', which the diagram does not draw; give name, kind to add it",
      },
    ]);
  });

  it('names the file entry at fault when a merged model is invalid', () => {
    const text = fixture('diagram-plus-attributes.yaml').replace(
      'authentication: token',
      'authentication: magic',
    );

    const error = thrown(() => importModel(text, { fileName: 'd.yaml' }));

    expect(error.code).toBe('INVALID_MODEL');
    expect(error.problems.map((p) => p.path)).toEqual([
      'elements[0].attributes.authentication',
    ]);
  });

  it('names a diagram node at fault when the diagram breaks the model', () => {
    const text =
      'schemaVersion: 1\nsystem: {name: X}\ndiagram: "graph LR\\nA-->B"\nflows:\n  - {id: A->B, assets: [nope]}\n';

    const error = thrown(() => importModel(text, { fileName: 'x.yaml' }));

    expect(error.problems).toEqual([
      {
        path: 'flows[0].assets[0]',
        message: "names asset 'nope', which the model does not have",
      },
    ]);
  });

  it('names the diagram line of a broken diagram', () => {
    const text =
      'schemaVersion: 1\nsystem: {name: X}\ndiagram: "graph LR\\nA[oops --> B"\nelements: [{id: A}]\n';

    const error = thrown(() => importModel(text, { fileName: 'x.yaml' }));

    expect(error.code).toBe('PARSE_ERROR');
    expect(error.problems[0]?.path).toBe('diagram, line 2');
  });

  it('names the path of a flow end that points nowhere', () => {
    const text = fixture('full-model.yaml').replace(
      'to: tickets',
      'to: nowhere',
    );

    const error = thrown(() => importModel(text, { fileName: 'full.yaml' }));

    expect(error.code).toBe('INVALID_MODEL');
    expect(error.problems).toEqual([
      {
        path: 'flows[1].to',
        message: "names element 'nowhere', which the model does not have",
      },
    ]);
  });

  it('reads the same model from JSON', () => {
    const model = imported(fixture('full-model.yaml'), 'full.yaml');

    expect(imported(JSON.stringify(model), 'model.json')).toStrictEqual(model);
  });
});

/** The same value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;

  const entries = Object.entries(value).reverse();
  return Object.fromEntries(
    entries.map(([key, item]) => [key, reverseKeys(item)]),
  );
}
