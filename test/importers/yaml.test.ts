import { importModel } from '../../src/importers';
import { thrown } from './helpers';

describe('YAML reading', () => {
  test.each([
    ['a double quote', 'schemaVersion: 1\nsystem:\n  name: "Shop\n  x: 1\n', 3],
    ['a single quote', "schemaVersion: 1\nsystem:\n  name: 'Shop\n", 3],
    [
      'a quote in a list',
      'schemaVersion: 1\nsystem: {name: x}\nelements:\n  - id: "a\n  - id: b\n',
      4,
    ],
    ['a quote in a flow mapping', 'schemaVersion: 1\nsystem: {name: "x}\n', 2],
    ['a quoted key', 'schemaVersion: 1\n"system: 1\nflows: []\n', 2],
  ])('says %s is not closed, at the line where it opens', (_, text, line) => {
    const error = thrown(() => importModel(text, { fileName: 'm.yaml' }));

    expect(error.code).toBe('PARSE_ERROR');
    expect(error.message).toBe(
      `the YAML is not valid at line ${line}: a quoted string is not closed`,
    );
    expect(error.problems).toEqual([
      { path: `line ${line}`, message: 'a quoted string is not closed' },
    ]);
    expect(error.line).toBe(line);
  });

  it('counts the line of an open quote in Markdown front matter from the top of the file', () => {
    const text = '---\ntitle: "Shop\n---\n```mermaid\ngraph LR\nA-->B\n```\n';

    const error = thrown(() => importModel(text, { fileName: 'shop.md' }));

    expect(error.problems).toEqual([
      { path: 'line 2', message: 'a quoted string is not closed' },
    ]);
  });

  it('still names a key written twice in a nested mapping', () => {
    const text =
      'schemaVersion: 1\nsystem:\n  name: a\n  description: b\n  name: c\n';

    const error = thrown(() => importModel(text, { fileName: 'm.yaml' }));

    expect(error.message).toBe(
      'the YAML is not valid at line 5: a key appears twice in one mapping',
    );
  });

  it('lets a merged key be written again, as an override', () => {
    const text = [
      'threagile_version: 1.0.0',
      'title: Shop',
      'base: &base {type: process, usage: business}',
      'technical_assets:',
      '  App:',
      '    id: app',
      '    <<: *base',
      '    type: datastore',
    ].join('\n');

    const { model } = importModel(text, { fileName: 'threagile.yaml' });

    expect(model.elements.map((e) => [e.id, e.kind])).toEqual([
      ['app', 'data-store'],
    ]);
  });

  it('reads a mapping of 100,000 keys to the end, then names what is wrong with it', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: 1`);
    const text = `schemaVersion: 1\nsystem:\n${keys.join('\n')}\n`;

    const error = thrown(() => importModel(text, { fileName: 'm.yaml' }));

    expect(error.code).toBe('INVALID_MODEL');
    expect(error.problems.map((p) => p.path)).toContain('system');
  });
});
